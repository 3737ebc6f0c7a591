import { analyze } from '../../src/engine';
import { completeLines, textDoc, wordDoc } from '../support/docs';

const rulesOf = (lines: string[]) => analyze(textDoc(lines)).findings.map((f) => f.rule);

describe('reading the structure', () => {
  test('a complete material: 3 parts, 5 aspects in order, no structural finding', () => {
    const a = analyze(textDoc(completeLines()));
    expect(a.outline.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'measures']);
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5]);
    expect(a.outline.aspects.map((x) => x.problems.length)).toEqual([2, 1, 1, 1, 1]);
    expect(a.outline.causes).toHaveLength(2);
    expect(a.outline.measures).toHaveLength(2);
    const structural = ['missing-part', 'missing-aspect', 'empty-aspect', 'aspect-order', 'numbering'];
    expect(a.findings.filter((f) => structural.includes(f.rule))).toEqual([]);
  });

  test('an aspect heading and all its items in one paragraph', () => {
    const lines = completeLines();
    lines.splice(1, 3, '（一）在感悟“两个确立”方面。一是理论学习不深，比如读原著少；二是政治判断力不强；三是学用脱节。');
    const a = analyze(textDoc(lines));
    const first = a.outline.aspects[0];
    expect(first.aspect).toBe(1);
    expect(first.node.heading).toBe('（一）在感悟“两个确立”方面。');
    expect(first.problems.map((p) => p.marker?.value)).toEqual([1, 2, 3]);
    expect(first.problems.every((p) => p.inline)).toBe(true);
    expect(first.problems[0].body).toContain('比如读原著少');
  });

  test('an aspect and its items in one paragraph with manual line breaks (Shift+Enter)', () => {
    const lines = completeLines();
    lines.splice(1, 3, '（一）带头深刻感悟“两个确立”的决定性意义方面\n一是理论学习不深\n二是政治判断力不强');
    const a = analyze(wordDoc(lines.map((text) => ({ text }))));
    const first = a.outline.aspects[0];
    expect(first.node.heading).toBe('（一）带头深刻感悟“两个确立”的决定性意义方面');
    expect(first.problems.map((p) => p.heading)).toEqual(['一是理论学习不深', '二是政治判断力不强']);
  });

  test('a skipped number inside one paragraph is still an item, and is reported', () => {
    const lines = completeLines();
    lines.splice(4, 2, '（二）在带头牢记我们党是什么、要干什么方面。一是落实决策部署有偏差；三是担当作为不够，遇到难题绕着走。');
    const a = analyze(textDoc(lines));
    expect(a.outline.aspects[1].problems.map((p) => p.marker?.value)).toEqual([1, 3]);
    expect(a.findings.filter((f) => f.rule === 'numbering').map((f) => f.message)).toEqual(['编号跳号：此处应为“二是”，写成了“三是”。']);
  });

  test('a stray 二是 in prose far from any sequence is no item', () => {
    const lines = completeLines();
    lines.splice(7, 1, '一是宗旨意识淡化。群众说，服务好不好，关键看态度，五是态度，六是效率。');
    expect(analyze(textDoc(lines)).outline.aspects[2].problems).toHaveLength(1);
  });

  test('items run inline after a run-in item heading, separated by commas', () => {
    const lines = completeLines();
    lines.splice(2, 2, '一是理论学习不深，二是政治判断力不强。');
    expect(analyze(textDoc(lines)).outline.aspects[0].problems).toHaveLength(2);
  });

  test('unnumbered causes and measures: an opening intro is not an entry', () => {
    const lines = completeLines().slice(0, 12);
    lines.push('二、原因分析', '认真反思，产生问题的原因主要有以下几个方面。', '理想信念有所松懈。', '宗旨意识有所淡化。');
    lines.push('三、整改措施', '针对上述问题，将逐项抓好整改落实。', '强化理论武装，每月学习2次。', '践行为民宗旨，年底前走访20户。', '从严管党治党，每季度约谈1次。');
    const a = analyze(textDoc(lines));
    expect(a.outline.causes.map((c) => c.heading)).toEqual(['理想信念有所松懈。', '宗旨意识有所淡化。']);
    expect(a.outline.measures).toHaveLength(3);
  });

  test('run-in headings: the heading part is the first sentence', () => {
    const a = analyze(textDoc(completeLines()));
    expect(a.outline.measures[0].heading).toBe('（一）强化理论武装。');
    expect(a.outline.measures[0].body).toContain('每月学习2次');
  });

  test('an aspect with one unnumbered paragraph counts one problem', () => {
    const lines = completeLines();
    lines.splice(11, 1, '本人在这方面表率作用发挥不够。', '比如，谈心谈话少。');
    const last = analyze(textDoc(lines)).outline.aspects[4];
    expect(last.problems).toHaveLength(1);
    expect(last.problems[0].body).toContain('谈心谈话少');
  });

  test('a section outside the template is kept, mapped to no aspect, and is no error', () => {
    const lines = completeLines();
    lines.splice(12, 0, '（六）其他方面', '一是调查研究不够经常。');
    const a = analyze(textDoc(lines));
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5, null]);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('reworded titles are mapped by their items when the wording borrows another aspect', () => {
    const lines = completeLines();
    lines.splice(10, 2, '（五）运用党的成功经验方面', '一是落实中央八项规定精神不严，四风问题仍有反弹，一岗双责落实不到位，监督执纪偏软。');
    expect(analyze(textDoc(lines)).outline.aspects[4].aspect).toBe(5);
  });

  test('Word heading styles with automatic numbers give the same structure as typed numbers', () => {
    const typed = analyze(textDoc(completeLines()));
    const styled = analyze(
      wordDoc(
        completeLines().map((line) => {
          const m = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.*)$/.exec(line);
          if (!m) return { text: line };
          const level = m[1].endsWith('、') ? 1 : 2;
          return { text: m[2], listString: m[1], headingLevel: level, outlineLevel: level, styleName: `heading ${level}` };
        }),
      ),
    );
    const shape = (a: typeof typed) => ({
      parts: a.outline.parts.map((p) => [p.role, p.node.paragraph]),
      aspects: a.outline.aspects.map((x) => [x.aspect, x.problems.length]),
      causes: a.outline.causes.length,
      measures: a.outline.measures.length,
    });
    expect(shape(styled)).toEqual(shape(typed));
  });

  test('heading styles without any number', () => {
    const doc = wordDoc([
      { text: '存在的主要问题', headingLevel: 1 },
      { text: '带头深刻感悟“两个确立”的决定性意义方面', headingLevel: 2 },
      { text: '一是理论学习不深。' },
      { text: '带头践行以人民为中心的发展思想方面', headingLevel: 2 },
      { text: '一是宗旨意识淡化。' },
      { text: '原因分析', headingLevel: 1 },
      { text: '理想信念松懈。' },
      { text: '整改措施', headingLevel: 1 },
      { text: '强化理论武装。' },
    ]);
    const a = analyze(doc);
    expect(a.outline.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'measures']);
    expect(a.outline.aspects.map((x) => [x.aspect, x.problems.length])).toEqual([
      [1, 1],
      [3, 1],
    ]);
    expect(a.outline.causes).toHaveLength(1);
  });

  test('part headings in a grid table are not parts; a one-column frame table is read as text', () => {
    const cell = (table: number, row: number, column: number) => ({ inTable: true, cell: { table, row, column } });
    expect(analyze(wordDoc([{ text: '整改措施', inTable: true }, { text: '问题清单', inTable: true }])).outline.parts).toEqual([]);
    expect(analyze(wordDoc([{ text: '整改措施', ...cell(0, 0, 0) }, { text: '责任人', ...cell(0, 0, 1) }])).outline.parts).toEqual([]);
    const framed = analyze(wordDoc(completeLines().map((text) => ({ text, ...cell(0, 0, 0) }))));
    expect(framed.outline.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'measures']);
    expect(framed.outline.aspects).toHaveLength(5);
  });

  test('a 整改清单 table under the measures part: one measure a row, header row left out', () => {
    const cell = (row: number, column: number) => ({ inTable: true, cell: { table: 0, row, column } });
    const lines = completeLines().slice(0, 15);
    const doc = wordDoc([
      ...lines.map((text) => ({ text })),
      { text: '三、整改措施' },
      { text: '问题', ...cell(0, 0) },
      { text: '整改措施', ...cell(0, 1) },
      { text: '责任人', ...cell(0, 2) },
      { text: '完成时限', ...cell(0, 3) },
      { text: '理论学习不深', ...cell(1, 0) },
      { text: '每月集中学习2次', ...cell(1, 1) },
      { text: '张某', ...cell(1, 2) },
      { text: '长期坚持', ...cell(1, 3) },
      { text: '宗旨意识淡化', ...cell(2, 0) },
      { text: '每季度走访群众', ...cell(2, 1) },
      { text: '', ...cell(2, 2) },
      { text: '2022年6月底前', ...cell(2, 3) },
    ]);
    const a = analyze(doc);
    // The header names the columns: each measure is its 措施 cell, with owner and deadline as a
    // writer puts them inline, then the row's problem (which the linking reads).
    expect(a.outline.measures.map((m) => [m.paragraph, m.heading, m.body])).toEqual([
      [21, '每月集中学习2次', '每月集中学习2次（责任人：张某；长期坚持）\n理论学习不深'],
      [25, '每季度走访群众', '每季度走访群众（2022年6月底前）\n宗旨意识淡化'],
    ]);
    expect(a.findings.filter((f) => f.rule === 'vague-measure')).toEqual([]);
  });

  test('a 整改清单 table without a header row: cells joined in order, no header guessed', () => {
    const cell = (row: number, column: number) => ({ inTable: true, cell: { table: 0, row, column } });
    const doc = wordDoc([
      ...completeLines().slice(0, 15).map((text) => ({ text })),
      { text: '三、整改措施' },
      { text: '理论学习不深', ...cell(0, 0) },
      { text: '每月集中学习2次', ...cell(0, 1) },
      { text: '—', ...cell(0, 2) },
    ]);
    expect(analyze(doc).outline.measures.map((m) => [m.paragraph, m.body])).toEqual([[16, '理论学习不深 每月集中学习2次']]);
  });

  test('a closing formula after the last measure is no measure', () => {
    const lines = [...completeLines(), '以上对照检查，不妥之处，请同志们批评指正。'];
    const a = analyze(textDoc(lines));
    expect(a.outline.measures.some((m) => m.body.includes('批评指正'))).toBe(false);
  });

  test('a heading mentioning 问题 inside an aspect is not a part', () => {
    const lines = completeLines();
    lines.splice(4, 1, '（二）在履职尽责方面存在的问题');
    const a = analyze(textDoc(lines));
    expect(a.outline.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'measures']);
    expect(a.outline.aspects).toHaveLength(5);
  });
});

describe('aspects as top-level sections, with no 存在的主要问题 heading', () => {
  const flat = () => [
    '一、基本情况',
    '会前认真学习，征求意见建议12条。',
    '二、带头深刻感悟“两个确立”的决定性意义方面',
    '一是理论学习不深。',
    '三、带头牢记我们党是什么、要干什么这个根本问题方面',
    '一是落实决策部署不到位。',
    '四、带头践行以人民为中心的发展思想方面',
    '一是宗旨意识淡化。',
    '五、原因分析',
    '（一）理想信念松懈。',
    '六、整改措施',
    '（一）强化理论武装。',
  ];

  test('they are read as the aspects; an unrelated section is not', () => {
    const a = analyze(textDoc(flat()));
    expect(a.outline.aspects.map((x) => [x.aspect, x.node.paragraph, x.problems.length])).toEqual([
      [1, 2, 1],
      [2, 4, 1],
      [3, 6, 1],
    ]);
    expect(a.outline.parts.map((p) => [p.role, p.node.paragraph])).toEqual([
      ['other', 0],
      ['causes', 8],
      ['measures', 10],
    ]);
    const f = a.findings.filter((x) => x.rule === 'missing-part');
    expect(f.map((x) => [x.severity, x.paragraph])).toEqual([['warning', 2]]);
    expect(f[0].message).toContain('总标题');
  });

  test('one section that merely mentions an aspect is not enough', () => {
    // Nothing names the year: the 2021 template is chosen, as a reviewer of 2021 materials would.
    const a = analyze(textDoc(['一、学习情况', '认真学习“两个确立”。', '二、原因分析', '理想信念松懈。', '三、整改措施', '强化理论武装。']), { templateId: 'five-aspects-2021' });
    expect(a.outline.aspects).toEqual([]);
    expect(a.findings.filter((x) => x.rule === 'missing-part').map((x) => x.severity)).toEqual(['error']);
  });
});

test('aspects numbered like items (一是在…方面) are read as aspects when they clearly are', () => {
  const a = analyze(
    textDoc([
      '一、存在的主要问题',
      '一是在感悟“两个确立”方面：理论学习不深，学懂弄通做实有差距。',
      '二是在牢记我们党是什么、要干什么方面：落实决策部署有差距。',
      '三是在践行以人民为中心的发展思想方面：宗旨意识淡化，联系群众不够。',
      '二、原因分析',
      '理想信念松懈。',
      '三、整改措施',
      '强化理论武装。',
    ]),
  );
  expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3]);
  expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toHaveLength(2);
});

test('problems with no aspect sections at all: one finding, not one per aspect', () => {
  const a = analyze(textDoc(['一、存在的主要问题', '一是学习不够深入。', '二是工作作风不实。', '二、原因分析', '理想信念松懈。', '三、整改措施', '强化理论武装。']), { templateId: 'five-aspects-2021' });
  const f = a.findings.filter((x) => x.rule === 'missing-aspect');
  expect(f).toHaveLength(1);
  expect(f[0].message).toContain('没有按当年通知的5个方面分列');
  expect(f[0].paragraph).toBe(0);
});

describe('structural rules', () => {
  test.each([
    ['no cause analysis', 'missing-part', (l: string[]) => l.splice(12, 3)],
    ['no measures', 'missing-part', (l: string[]) => l.splice(15, 3)],
    ['aspect 4 missing', 'missing-aspect', (l: string[]) => l.splice(8, 2)],
    ['aspect 3 empty', 'empty-aspect', (l: string[]) => l.splice(7, 1)],
    ['aspects 2 and 3 swapped', 'aspect-order', (l: string[]) => l.splice(4, 4, l[6], l[7], l[4], l[5])],
    ['an item number skipped', 'numbering', (l: string[]) => l.splice(3, 1, '三是政治判断力不强。')],
    ['a part number repeated', 'numbering', (l: string[]) => l.splice(12, 1, '一、原因分析')],
    ['a broken item marker', 'numbering', (l: string[]) => l.splice(3, 1, '二政治判断力不强。')],
  ])('%s → %s', (_name, rule, edit) => {
    const lines = completeLines();
    edit(lines);
    expect(rulesOf(lines)).toContain(rule);
  });

  test('missing-part points at where the part belongs', () => {
    const lines = completeLines();
    lines.splice(12, 3);
    const a = analyze(textDoc(lines));
    const f = a.findings.find((x) => x.rule === 'missing-part')!;
    expect(f.message).toContain('原因分析');
    expect(f.paragraph).toBe(12); // the measures heading, now at line 13
    expect(f.excerpt).toBe('三、整改措施');
  });

  test('a duplicated aspect is reported as such', () => {
    const lines = completeLines();
    lines.splice(8, 0, '（四）带头践行以人民为中心的发展思想，为群众办实事方面', '一是为民服务不够，群众满意度不高。');
    const msgs = analyze(textDoc(lines)).findings.filter((f) => f.rule === 'aspect-order').map((f) => f.message);
    expect(msgs.some((m) => m.includes('不止一次'))).toBe(true);
  });

  test('mixed item styles in one part is info', () => {
    const lines = completeLines();
    lines.splice(5, 1, '1.落实决策部署不到位。');
    const f = analyze(textDoc(lines)).findings.find((x) => x.rule === 'numbering' && x.severity === 'info');
    expect(f?.message).toContain('混用');
  });

  test('unstyled-heading only for Word documents', () => {
    const lines = completeLines();
    expect(rulesOf(lines)).not.toContain('unstyled-heading');
    const a = analyze(wordDoc(lines.map((text) => ({ text }))));
    expect(a.findings.filter((f) => f.rule === 'unstyled-heading')).toHaveLength(8);
  });

  test('automatic numbers are not checked for sequence (Word renders them)', () => {
    const doc = wordDoc([{ text: '存在的主要问题', listString: '二、', headingLevel: 1 }]);
    expect(analyze(doc).findings.filter((f) => f.rule === 'numbering')).toEqual([]);
  });
});

describe('an aspect heading run into its one problem after a comma', () => {
  // A trial's "4.在践行以人民为中心的发展思想方面，联系服务群众不够，比如…" counted 0 problems and was
  // told its aspect had only a heading; after 方面。 or 方面： it counted 1. Materials written here.
  const doc = (aspect: string) =>
    textDoc([
      '一、存在的主要问题',
      '（一）带头深刻感悟“两个确立”的决定性意义方面。理论学习不深，比如读原著少。',
      aspect,
      '二、原因分析',
      '（一）理想信念有所松懈。',
      '三、整改措施',
      '（一）强化理论武装。每月学习2次。',
    ]);
  test.each([
    ['（二）在牢记我们党是什么、要干什么这个根本问题方面，落实决策部署有温差，比如重点项目推进慢。', '落实决策部署有温差'],
    ['（二）带头牢记我们党是什么、要干什么这个根本问题方面，落实决策部署有温差。', '落实决策部署有温差'],
    ['（二）在牢记党是什么、要干什么方面,履职尽责不到位，存在等靠思想。', '履职尽责不到位'],
  ])('%s → one problem', (aspect, problem) => {
    const a = analyze(doc(aspect));
    const second = a.outline.aspects[1];
    expect(second.problems).toHaveLength(1);
    expect(second.problems[0].body).toContain(problem);
    expect(a.findings.filter((f) => f.rule === 'empty-aspect')).toEqual([]);
  });
  test.each([
    ['（二）在牢记我们党是什么、要干什么这个根本问题方面，存在以下问题：', ['一是落实决策部署有温差。', '二是履职尽责不到位。'], 2],
    ['（二）在牢记我们党是什么、要干什么这个根本问题方面，主要表现在：', ['一是落实决策部署有温差。'], 1],
  ])('%s with its items below: the intro is no problem', (aspect, below, n) => {
    const lines = doc(aspect).paragraphs.map((p) => p.text);
    lines.splice(3, 0, ...below);
    const a = analyze(textDoc(lines));
    expect(a.outline.aspects[1].problems).toHaveLength(n);
    expect(a.outline.aspects[1].problems.some((p) => /以下问题|表现在/.test(p.body))).toBe(false);
  });
});
