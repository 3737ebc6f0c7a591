/**
 * Text pasted from PDFs and web pages, and drafts: hard line wraps, a leading outline, "**" as
 * an anonymisation mark, placeholder marks, concrete instances, near misses of the standard
 * formulations, and a 上年度整改 heading naming several meetings. Several shapes per kind.
 */
import fc from 'fast-check';
import { analyze } from '../../src/engine';
import { readText } from '../../src/engine/readers/text';
import { columns, unwrapLines, wrapWidth } from '../../src/engine/readers/unwrap';
import { leadingOutline } from '../../src/engine/leading-outline';
import { nearFormulations, STANDARD_FORMS } from '../../src/engine/formulation-near';
import { hasExample } from '../../src/engine/link/patterns';
import { PLACEHOLDER_MARK, isPlaceholder } from '../../src/engine/text';
import { completeLines, textDoc } from '../support/docs';

const texts = (s: string) => readText(s).map((p) => p.text);

/** Cut a paragraph into lines of `width` columns, as a PDF copy does. */
function wrap(paragraph: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of paragraph) {
    if (columns(line + ch) > width) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) out.push(line);
  return out;
}

describe('8. hard line wraps from PDFs', () => {
  const PARAS = [
    '一是理论学习不够深入系统，满足于读原文、记笔记，对习近平新时代中国特色社会主义思想的核心要义理解不深不透，学用结合不够紧密，运用理论指导实践、推动工作的能力还有差距。比如，全年参加中心组学习12次，但撰写心得体会仅2篇，联系分管工作思考不够。',
    '二是调查研究不够扎实，深入基层蹲点调研少，听汇报多、看现场少，对群众反映强烈的急难愁盼问题掌握不全面，解决问题的措施针对性不强。比如，今年到分管领域基层调研8次，其中有5次是陪同上级检查，没有形成高质量的调研报告。',
    '三是担当作为不够有力，面对改革发展中的矛盾问题，有时存在畏难情绪，习惯于按部就班、四平八稳，开拓创新的勇气和魄力不足，工作标准不够高，推进落实的力度不够大，一些工作停留在安排部署层面。',
  ];

  test.each([36, 42, 58])('paragraphs wrapped at %i columns are one paragraph each again; a marker line is never joined', (width) => {
    const lines = ['（一）在带头深刻感悟“两个确立”的决定性意义方面', ...PARAS.flatMap((p) => wrap(p, width))];
    expect(wrapWidth(lines)).toBeGreaterThanOrEqual(width - 4);
    expect(texts(lines.join('\n'))).toEqual(['（一）在带头深刻感悟“两个确立”的决定性意义方面', ...PARAS]);
  });

  test('an item whose 比如 starts a wrapped line keeps it', () => {
    const first = '一是理论学习不够深入系统，满足于读原文、记笔记，对核心要义理解不深不透，学用结合不紧密。';
    const lines = [...wrap(PARAS[1], 40), ...wrap(first, 40).slice(0, -1), wrap(first, 40).slice(-1)[0], '比如，全年撰写心得体会仅2篇。', ...wrap(PARAS[2], 40)];
    const ps = readText(lines.join('\n'));
    const item = ps.find((p) => p.text.startsWith('一是'))!;
    // Joined only when the line before reaches the wrap width; either way 比如 is not a new item.
    expect(ps.some((p) => p.text.startsWith('比如') && p.text !== '比如，全年撰写心得体会仅2篇。')).toBe(false);
    expect(item.text.startsWith(first.slice(0, 20))).toBe(true);
  });

  test.each([
    [['某某局党委领导班子2025年度民主生活会', '对照检查材料'], '某某局党委领导班子2025年度民主生活会对照检查材料'],
    [['张某某同志在2025年度专题民主生活会上的', '个人发言提纲'], '张某某同志在2025年度专题民主生活会上的个人发言提纲'],
    [['  XX县委常委班子专题民主生活会', '  检视剖析材料'], 'XX县委常委班子专题民主生活会检视剖析材料'],
  ])('a title split over two lines is one title: %j', (title, joined) => {
    const ps = readText([...title, '', ...completeLines()].join('\n'));
    expect(ps[0].text).toBe(joined);
    expect(ps[1].text).toBe('');
  });

  // A page break inside a paragraph: the PDF's page number (and the blank lines around it) between
  // two lines of one sentence. The trial found "比如" cut from its instance by "— 1 —".
  describe('a page break inside a paragraph', () => {
    const lines = PARAS.flatMap((p) => wrap(p, 40));
    // The first line that ends mid-sentence inside a paragraph, and the line after it.
    const k = lines.findIndex((l, i) => i + 1 < lines.length && PARAS.some((p) => p.includes(l + lines[i + 1])) && !/[。；：]$/.test(l));
    const broken = (furniture: string[]) => [...lines.slice(0, k + 1), ...furniture, ...lines.slice(k + 1)];

    test.each([
      ['"— 1 —" with blank lines around it', ['', '— 1 —', '']],
      ['a bare "- 2 -"', ['- 2 -']],
      ['"第3页"', ['第3页']],
      ['"第 3 页 共 8 页" between two blank lines', ['', '第 3 页 共 8 页', '']],
      ['"3/8"', ['', '3/8']],
      ['blank lines only (the number not copied)', ['', '']],
      ['an indented "－12－"', ['', '　　－12－', '', '']],
    ])('%s: the paragraph runs on and the page furniture is left out', (_name, furniture) => {
      expect(k).toBeGreaterThanOrEqual(0);
      expect(texts(broken(furniture).join('\n'))).toEqual(PARAS);
    });

    test.each([
      ['a page number between two paragraphs', () => {
        const end = lines.findIndex((l) => /。$/.test(l));
        return [...lines.slice(0, end + 1), '', '— 1 —', '', ...lines.slice(end + 1)];
      }, '— 1 —'],
      ['a marker line after the page number', () => [...lines.slice(0, k + 1), '— 1 —', '（二）在带头方面', ...lines.slice(k + 1)], '— 1 —'],
      ['four blank lines before the page number', () => broken(['', '', '', '', '— 1 —']), '— 1 —'],
    ])('%s: stays a line of its own, read as an empty paragraph', (_name, make, kept) => {
      const made = make();
      const own = unwrapLines(made);
      expect(own).toContain(kept);
      const read = texts(made.join('\n'));
      expect(read).toHaveLength(own.length);
      expect(read[own.indexOf(kept)]).toBe('');
    });

    test('a text that is not wrapped keeps a page number line and its blank lines', () => {
      const typed = [...completeLines().slice(0, 3), '', '— 1 —', '', ...completeLines().slice(3)];
      expect(unwrapLines(typed)).toEqual(typed);
    });
  });

  test('text typed one paragraph a line is left alone', () => {
    const lines = completeLines();
    expect(wrapWidth(lines)).toBeUndefined();
    expect(unwrapLines(lines)).toEqual(lines);
    const uneven = PARAS.map((p, i) => p.slice(0, 30 + i * 17));
    expect(unwrapLines([...uneven, ...uneven])).toEqual([...uneven, ...uneven]);
  });

  test('a wrapped material reads into the same structure as the unwrapped one', () => {
    const lines = completeLines();
    const wrapped = lines.flatMap((l) => (l.length > 12 ? wrap(l + '这一段文字写得更长一些，以便在固定宽度处折行，看看还能不能读成一段。', 40) : [l]));
    const a = analyze({ paragraphs: readText(wrapped.join('\n')), source: 'text' });
    const b = analyze({ paragraphs: readText(lines.map((l) => (l.length > 12 ? l + '这一段文字写得更长一些，以便在固定宽度处折行，看看还能不能读成一段。' : l)).join('\n')), source: 'text' });
    expect(a.outline.aspects.map((x) => [x.aspect, x.problems.length])).toEqual(b.outline.aspects.map((x) => [x.aspect, x.problems.length]));
    expect(a.outline.measures.length).toBe(b.outline.measures.length);
  });
});

describe('8b. a list marker alone on its line, its text on the next (PDF numbers in a column of their own)', () => {
  /** Every numbered line of a complete material with its marker cut onto a line of its own, in `style`. */
  function split(lines: string[], style: (marker: string) => string): string[] {
    return lines.flatMap((l) => {
      const m = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+是|\d+\.)/.exec(l);
      return m ? [style(m[0]), l.slice(m[0].length)] : [l];
    });
  }

  test.each<[string, (m: string) => string, (t: string) => string]>([
    ['as is', (m) => m, (t) => t],
    ['with white space after the marker', (m) => m + '  ', (t) => t],
    ['indented text', (m) => m, (t) => '\u3000\u3000' + t],
    ['indented marker', (m) => '\u3000\u3000' + m, (t) => t],
    ['CRLF line ends', (m) => m, (t) => t],
  ])('%s: the material reads as the one typed on one line each', (name, style, indent) => {
    const lines = completeLines();
    const cut = split(lines, style).map((l, i, all) => (i > 0 && all[i - 1] !== l && /^[\s\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+是|\d+\.)[\s\u3000]*$/.test(all[i - 1]) ? indent(l) : l));
    expect(cut.length).toBeGreaterThan(lines.length + 10);
    const eol = name === 'CRLF line ends' ? '\r\n' : '\n';
    const read = texts(cut.join(eol));
    expect(read.map((t) => t.replace(/^\u3000+/, ''))).toEqual(lines);
    const a = analyze({ paragraphs: readText(cut.join(eol)), source: 'text' });
    const b = analyze({ paragraphs: readText(lines.join('\n')), source: 'text' });
    expect(a.outline.aspects.map((x) => [x.aspect, x.problems.map((p) => p.heading)])).toEqual(b.outline.aspects.map((x) => [x.aspect, x.problems.map((p) => p.heading)]));
    expect(a.findings.map((f) => f.rule).sort()).toEqual(b.findings.map((f) => f.rule).sort());
  });

  test.each([
    ['第一，', '理论学习不够深入。'],
    ['①', '调研不够扎实。'],
    ['(1)', '担当不够。'],
    ['１．', '落实不够。'],
    ['其一，', '作风不实。'],
  ])('%s alone, then its text: one paragraph', (marker, text) => {
    expect(texts(`一、存在的主要问题\n${marker}\n${text}\n二、原因分析`)).toEqual(['一、存在的主要问题', marker + text, '二、原因分析']);
  });

  test.each([
    ['an unfinished list: markers only', '1.\n2.\n3.\n', ['1.', '2.', '3.']],
    ['a blank line after the marker', '一、\n\n存在的主要问题', ['一、', '', '存在的主要问题']],
    ['a marker line after the marker', '（一）\n一是学习不够。', ['（一）', '一是学习不够。']],
    ['a page number after the marker', '一、\n— 3 —\n存在的问题', ['一、', '', '存在的问题']],
    ['a table row after the marker', '1.\n| 问题 | 措施 |', ['1.', '问题', '措施']],
    ['a marker with text of its own', '一、存在的主要问题\n比如，学习少。', ['一、存在的主要问题', '比如，学习少。']],
    ['a number that is text', '共计3.\n学习不够', ['共计3.', '学习不够']],
  ])('not joined: %s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  test('a marker alone before a wrapped paragraph: one paragraph, the wrap undone too', () => {
    const para = '理论学习不够深入系统，满足于读原文、记笔记，学用结合不够紧密，运用理论指导实践的能力还有差距，比如全年撰写心得体会仅2篇，联系分管工作思考不够。';
    const lines = ['一、存在的主要问题', '一是', ...wrap(para, 40), '二是', ...wrap(para.replace('理论', '调研'), 40), '二、原因分析', ...wrap(para, 40).slice(0, 3)];
    expect(texts(lines.join('\n'))).toEqual(expect.arrayContaining(['一是' + para, '二是' + para.replace('理论', '调研')]));
  });
});

describe('8c. a PDF page number between paragraphs is no text', () => {
  test.each(['— 1 —', '- 2 -', '第3页', '第3页 共8页', '3/8', '\u3000\u3000— 12 —', '－ 4 －'])('%s: an empty paragraph, no problem made of it', (page) => {
    const lines = completeLines();
    const at = lines.indexOf('二是政治判断力不强。');
    const text = [...lines.slice(0, at + 1), page, ...lines.slice(at + 1)].join('\n');
    const read = texts(text);
    expect(read[at + 1]).toBe('');
    expect(read.length).toBe(lines.length + 1);
    const a = analyze({ paragraphs: readText(text), source: 'text' });
    const b = analyze({ paragraphs: readText(lines.join('\n')), source: 'text' });
    expect(a.outline.aspects.map((x) => x.problems.length)).toEqual(b.outline.aspects.map((x) => x.problems.length));
    expect(a.findings.filter((f) => f.paragraph === at + 1)).toEqual([]);
  });

  test.each(['共3页的材料', '1/3的时间用于学习', '— 1 — 学习', '第3页所列问题'])('text that only looks like one stays text: %s', (line) => {
    expect(texts(`一、存在的主要问题\n${line}\n二、原因分析`)).toEqual(['一、存在的主要问题', line, '二、原因分析']);
  });
});

describe('9. a leading outline of the document\'s own headings is not structure', () => {
  const body = completeLines();
  const headings = body.filter((l) => /^[一二三四五六七八九十]+、|^（[一二三四五]）/.test(l) && !/。/.test(l));
  test.each([
    ['with page numbers after dot leaders', headings.map((h, i) => `${h}……………${i + 2}`)],
    ['with page numbers after spaces', headings.map((h, i) => `${h}  ${i + 2}`)],
    ['without page numbers, under 目录', ['目录', ...headings]],
    ['parts only', headings.filter((h) => /^[一二三]、/.test(h))],
  ])('%s', (_name, outline) => {
    const lines = ['某某党委班子对照检查材料', ...outline, '', ...body];
    const ps = readText(lines.join('\n'));
    const skipped = leadingOutline(ps);
    expect(skipped.size).toBeGreaterThanOrEqual(outline.filter((l) => l !== '目录').length);
    const a = analyze({ paragraphs: ps, source: 'text' });
    const clean = analyze({ paragraphs: readText(['某某党委班子对照检查材料', ...body].join('\n')), source: 'text' });
    expect(a.outline.parts.map((p) => p.role)).toEqual(clean.outline.parts.map((p) => p.role));
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual(clean.outline.aspects.map((x) => x.aspect));
    expect(a.findings.map((f) => f.rule).sort()).toEqual(clean.findings.map((f) => f.rule).sort());
  });

  test('a body that starts with its headings is not taken for an outline', () => {
    expect(leadingOutline(readText(body.join('\n'))).size).toBe(0);
    expect(leadingOutline(readText(['一、存在的主要问题', '（一）政治方面', '（二）作风方面', '二、原因分析', '一是学习不够。'].join('\n'))).size).toBe(0);
  });
});

describe('10. "**" as an anonymisation mark is text', () => {
  test.each([
    ['到**村调研时发现问题', '到**村调研时发现问题'],
    ['**镇党委书记反映情况', '**镇党委书记反映情况'],
    ['**县**镇**村', '**县**镇**村'],
    ['走访**公司和**街道', '走访**公司和**街道'],
    ['一是**重点**不突出', '一是重点不突出'],
    ['**（一）强化理论武装。**坚持每月学习', '（一）强化理论武装。坚持每月学习'],
    // A bold lead sentence whose closing "**" stands before a unit word is emphasis, not a name left out.
    ['**一是招商引资不力。**县里全年只签约2个项目。', '一是招商引资不力。县里全年只签约2个项目。'],
    ['**二是看病难问题缓解不明显。**市级医院专家号一号难求。', '二是看病难问题缓解不明显。市级医院专家号一号难求。'],
    ['**三是联系群众不够。**村里反映的问题没有及时回应。', '三是联系群众不够。村里反映的问题没有及时回应。'],
    ['**（二）强化宗旨意识。**局机关每月开展1次走访。', '（二）强化宗旨意识。局机关每月开展1次走访。'],
    // A name left out inside the bold sentence, and one after it, stay names.
    ['**一是到**村调研少。**镇里反映的问题多。', '一是到**村调研少。镇里反映的问题多。'],
    ['**一是招商不力。**比如到**县考察只有1次。', '一是招商不力。比如到**县考察只有1次。'],
  ])('%s', (line, expected) => {
    expect(readText(line, 'markdown')[0].text).toBe(expected);
  });
});

describe('11. placeholder marks', () => {
  test.each(['XX同志', '共有xx人参加', '全年开展x次', '组织x人', '*年度民主生活会', '××× 同志', '20XX年', 'ＸＸ局', '三是XXX。', '按照xxx发展战略', 'XXXX年'])('%s is a placeholder mark', (t) => {
    expect(PLACEHOLDER_MARK.test(t)).toBe(true);
  });
  test.each(['使用Excel统计', 'Xbox', '**年度重点工作**', '2025年度', '第x', '每年12次', 'XXL号', '第XXI届', 'Xxxxx'])('%s is not', (t) => {
    expect(PLACEHOLDER_MARK.test(t)).toBe(false);
  });
  test.each([['一是XX。比如，XX。', true], ['（一）xx', true], ['一是学习不够，XX同志没有发言。', false]])('isPlaceholder(%p) = %p', (t, v) => {
    expect(isPlaceholder(t)).toBe(v);
  });
  test('the placeholder rule flags them in a material', () => {
    const lines = completeLines();
    lines[2] = '一是理论学习不深。比如，全年仅参加学习x次。';
    lines[0] = '一、20XX年度存在的主要问题';
    const f = analyze(textDoc(lines)).findings.filter((x) => x.rule === 'placeholder');
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/2 处/);
  });
});

describe('12. concrete instances', () => {
  test.each([
    '涉及资金3100余万元，至今未完成审计整改。',
    '30多人次的培训没有跟进效果。',
    '2025年下半年才开始启动。',
    '今年下半年推进缓慢。',
    '城南片区改造项目推进缓慢。',
    '幸福路提升工程进度滞后。',
  ])('%s has an instance', (t) => {
    expect(hasExample(t)).toBe(true);
  });
  test.each(['重点项目推进缓慢。', '学习不够深入。'])('%s has none', (t) => {
    expect(hasExample(t)).toBe(false);
  });
});

describe('13. standard formulations one character off', () => {
  test.each([
    ['习近平新世代中国特色社会主义思想', '习近平新时代中国特色社会主义思想'],
    ['深入学习习近平新时代中国特色色社会主义思想', '习近平新时代中国特色社会主义思想'],
    ['学习习近平新时代中国特社会主义思想', '习近平新时代中国特色社会主义思想'],
    ['紧密团结在以习近平同志未核心的党中央周围', '以习近平同志为核心的党中央'],
    ['落实中央八项规定及其实施细侧精神', '中央八项规定及其实施细则精神'],
    ['反对享乐主义和奢糜之风', '享乐主义和奢靡之风'],
  ])('%s → %s', (text, right) => {
    const near = nearFormulations(text);
    expect(near.map((n) => n.right)).toEqual([right]);
    const msgs = analyze(textDoc([text])).findings.filter((f) => f.rule === 'formulation').map((f) => f.message);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain(right);
  });

  test.each([
    '深入学习习近平新时代中国特色社会主义思想，紧密团结在以习近平同志为核心的党中央周围',
    '习近平新时代中国特色社会主义思想和党的二十大精神',
    '用习近平新时代中国特色社会主义思想武装头脑，中国特色社会主义思想的世界观和方法论',
    '严格落实中央八项规定及其实施细则精神，反对形式主义、官僚主义、享乐主义和奢靡之风',
    '坚持以人民为中心的发展思想。',
    '中国特色社会主义道路、理论、制度、文化',
  ])('correct text gives nothing: %s', (text) => {
    expect(nearFormulations(text)).toEqual([]);
    expect(analyze(textDoc([text])).findings.filter((f) => f.rule === 'formulation')).toEqual([]);
  });

  // A paragraph holding a formulation correctly may hold it misspelt too: the misspelling is
  // still found (the correct copies are skipped quickly, never the paragraph).
  test.each([
    ['学习习近平新时代中国特色社会主义思想，用习近平新世代中国特色社会主义思想武装头脑', '习近平新世代中国特色社会主义思想'],
    ['用习近平新世代中国特色社会主义思想武装头脑，学习习近平新时代中国特色社会主义思想', '习近平新世代中国特色社会主义思想'],
    ['习近平新时代中国特色社会主义思想；习近平新时代中国特色社会主义思想；习近平新时代中国特社会主义思想', '习近平新时代中国特社会主义思想'],
    ['落实中央八项规定及其实施细则精神，中央八项规定及其实施细侧精神', '中央八项规定及其实施细侧精神'],
    ['中央八项规定及其实施细则精神，中央八项规定及其施细则精神', '中央八项规定及其施细则精神'],
  ])('a misspelling beside the correct form: %s', (text, written) => {
    expect(nearFormulations(text).map((n) => n.written)).toEqual([written]);
    expect(nearFormulations(text)[0].start).toBe(text.lastIndexOf(written));
  });

  test('generated paragraphs: correct forms give nothing, one misspelt copy among them is found where it is', () => {
    const forms = ['习近平新时代中国特色社会主义思想', '以习近平同志为核心的党中央', '中央八项规定及其实施细则精神', '享乐主义和奢靡之风'];
    const filler = ['学习', '，', '深入贯彻', '。', '坚持'];
    const piece = fc.oneof(fc.constantFrom(...forms), fc.constantFrom(...filler));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.array(piece, { maxLength: 8 }), fc.constantFrom(...forms), fc.nat(), fc.constantFrom('replace', 'drop', 'add'), (before, after, form, at, how) => {
        const plain = [...before, ...after].join('');
        expect(nearFormulations(plain)).toEqual([]);
        // One edit well inside the form (its first and last characters kept), between two fillers.
        const k = 2 + (at % (form.length - 4));
        const wrong = how === 'replace' ? form.slice(0, k) + '甲' + form.slice(k + 1) : how === 'drop' ? form.slice(0, k) + form.slice(k + 1) : form.slice(0, k) + '甲' + form.slice(k);
        const text = [...before, '，', wrong, '，', ...after].join('');
        const near = nearFormulations(text);
        expect(near.map((n) => n.right)).toEqual([form]);
        expect(text.slice(near[0].start, near[0].start + near[0].written.length)).toBe(near[0].written);
        expect(near[0].start).toBe(before.join('').length + 1);
      }),
      { numRuns: 500 },
    );
  });

  // The places where halves stand are found in one pass over the text: the same places (and so the
  // same near misses) as looking every half up with indexOf, on text made of halves, whole and
  // edited forms, and fillers sharing their first characters; with and without skipped ranges.
  test('generated text: the one-pass search finds what looking up each half finds', () => {
    const byIndexOf = (text: string, skip: [number, number][]) => {
      const all = (needle: string) => {
        const out: number[] = [];
        for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
        return out;
      };
      const oneEdit = (a: string, b: string) => {
        if (a === b || Math.abs(a.length - b.length) > 1) return false;
        let i = 0;
        while (i < a.length && i < b.length && a[i] === b[i]) i++;
        if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
        return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
      };
      const out: { start: number; written: string; right: string }[] = [];
      for (const right of STANDARD_FORMS) {
        const L = right.length;
        const first = right.slice(0, L >> 1);
        const second = right.slice(L >> 1);
        const blocked = [...all(right).map((i): [number, number] => [i, i + L]), ...skip];
        const seen = new Set<number>();
        const tryWindow = (s: number, len: number) => {
          if (s < 0 || s + len > text.length || seen.has(s) || blocked.some(([a, b]) => s < b && s + len > a)) return;
          if (len !== L && (text[s] !== right[0] || text[s + len - 1] !== right[L - 1])) return;
          const w = text.slice(s, s + len);
          if (!oneEdit(w, right)) return;
          // A punctuation mark more or less is no misspelling (为中国人民谋幸福为中华民族谋复兴).
          const marks = (x: string) => x.replace(/[、，,；;：:“”‘’"'（）()·\s\u3000]/g, '');
          if (marks(w) === marks(right)) return;
          seen.add(s);
          out.push({ start: s, written: w, right });
        };
        for (const i of all(first)) for (const len of [L, L - 1, L + 1]) tryWindow(i, len);
        for (const j of all(second)) for (const len of [L, L - 1, L + 1]) tryWindow(j + second.length - len, len);
      }
      out.sort((a, b) => b.right.length - a.right.length || a.start - b.start);
      const kept: typeof out = [];
      for (const n of out) if (!kept.some((k) => n.start < k.start + k.written.length && n.start + n.written.length > k.start)) kept.push(n);
      return kept.sort((a, b) => a.start - b.start);
    };
    const halves = STANDARD_FORMS.flatMap((f) => [f.slice(0, f.length >> 1), f.slice(f.length >> 1)]);
    const edited = fc.tuple(fc.constantFrom(...STANDARD_FORMS), fc.nat(), fc.constantFrom('replace', 'drop', 'add')).map(([f, at, how]) => {
      const k = at % f.length;
      return how === 'replace' ? f.slice(0, k) + '甲' + f.slice(k + 1) : how === 'drop' ? f.slice(0, k) + f.slice(k + 1) : f.slice(0, k) + '甲' + f.slice(k);
    });
    const piece = fc.oneof(fc.constantFrom(...STANDARD_FORMS), fc.constantFrom(...halves), edited, fc.constantFrom('中', '以', '为', '习近平', '，', '学习', '和', '党'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.array(fc.tuple(fc.nat(60), fc.nat(20)), { maxLength: 2 }), (pieces, cuts) => {
        const text = pieces.join('');
        const skip = cuts.map(([a, n]): [number, number] => [a, a + n]);
        expect(nearFormulations(text)).toEqual(byIndexOf(text, []));
        expect(nearFormulations(text, skip)).toEqual(byIndexOf(text, skip));
      }),
      { numRuns: 1000 },
    );
  });

  test('a wrong form on the explicit list is reported once, not again as a near miss', () => {
    const msgs = analyze(textDoc(['紧密团结在以习近平总书记为核心的党中央周围'])).findings.filter((f) => f.rule === 'formulation');
    expect(msgs).toHaveLength(1);
  });
});

describe('14. a 上年度整改 heading naming several meetings is still `previous`', () => {
  test.each([
    '一、2024年度民主生活会和市委巡察整改专题民主生活会查摆问题整改情况',
    '一、上年度民主生活会及巡视反馈问题整改专题民主生活会查摆问题整改落实情况',
    '一、2024年度专题民主生活会、组织生活会查摆问题整改情况',
  ])('%s', (heading) => {
    const lines = [heading, '上年度查摆的问题已全部整改到位。', ...completeLines().map((l) => l.replace(/^一、存在/, '二、存在').replace(/^二、原因/, '三、原因').replace(/^三、整改/, '四、整改'))];
    const a = analyze(textDoc(lines));
    expect(a.outline.parts.map((p) => p.role)).toEqual(['previous', 'problems', 'causes', 'measures']);
  });

  test('a problems heading that names the meeting is still problems', () => {
    const lines = completeLines();
    lines[0] = '一、2025年度民主生活会查摆的主要问题';
    expect(analyze(textDoc(lines)).outline.parts.map((p) => p.role)[0]).toBe('problems');
  });
});

describe('15. run-in （一）（二） lists in one paragraph (pasted from a PDF or typed so)', () => {
  const withLines = (replace: Record<number, string[]>) =>
    completeLines().flatMap((l, i) => replace[i] ?? [l]);
  const causesOf = (lines: string[]) => analyze(textDoc(lines)).outline.causes;

  test.each([
    ['full-width, no space', '（一）理想信念有所弱化。（二）宗旨意识有所淡化。（三）担当精神有所减弱。'],
    ['half-width with spaces', '(一)理想信念有所弱化； (二)宗旨意识有所淡化； (三)担当精神有所减弱。'],
    ['after a lead-in sentence', '主要有以下原因：（一）理想信念有所弱化。（二）宗旨意识有所淡化。（三）担当精神有所减弱。'],
  ])('causes written in one paragraph are three causes (%s)', (_, paragraph) => {
    const causes = causesOf(withLines({ 13: [paragraph], 14: [] }));
    expect(causes.map((c) => c.heading.replace(/^[（(][一二三][）)]/, '').replace(/[；;]$/, '。'))).toEqual(['理想信念有所弱化。', '宗旨意识有所淡化。', '担当精神有所减弱。']);
  });

  test('a whole problems part in one paragraph is split into its aspects', () => {
    const lines = completeLines();
    const joined = lines.slice(1, 12).map((l) => (l.endsWith('方面') ? `${l}：` : l)).join('');
    const a = analyze(textDoc([lines[0], joined, ...lines.slice(12)]));
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5]);
    expect(a.outline.aspects.map((x) => x.problems.length)).toEqual([2, 1, 1, 1, 1]);
    expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toEqual([]);
  });

  test.each([
    ['a reference after other words', '（一）理想信念有所弱化，详见附件（二）。'],
    ['a number that does not go on the sequence', '（一）理想信念有所弱化。（三）宗旨意识有所淡化。'.replace('（三）', '（五）')],
    ['"二、" in prose', '（一）理想信念有所弱化。二、三季度学习有所放松。'],
  ])('no item where the text only looks like one: %s', (_, paragraph) => {
    expect(causesOf(withLines({ 13: [paragraph], 14: [] }))).toHaveLength(1);
  });
});
