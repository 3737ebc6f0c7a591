/**
 * Text pasted into Word from a PDF, one PDF line a Word paragraph: the Word read joins the lines
 * back as the text reader does (same result as `check` on the same lines as .txt), leaves Word's
 * own paragraphs (headings, list paragraphs, table cells) alone, and navigation, fixes and
 * comments still reach the right Word paragraph and words. On the fake Word.
 */
import { OfficeGateway } from '../../src/word/officeGateway';
import { readText } from '../../src/engine/readers/text';
import { toWordSpan, unwrapWordParagraphs } from '../../src/engine/readers/joined';
import { ROLLBACK_MESSAGES } from '../../src/word/errors';
import type { Fix, Paragraph } from '../../src/engine/types';
import { FakeWordDocument, type Spec } from './fakeWord';
import { wrap } from '../support/pdf-paste';

const gateway = (doc: FakeWordDocument) => new OfficeGateway(doc.host());


const ITEMS = [
  '一是理论学习不够深入系统，满足于读原文、记笔记，学用结合不够紧密，比如对新思想的学习停留在会议传达上，没有结合分管工作深入思考。',
  '二是调查研究不够扎实，到基层调研次数不多，听汇报多、看现场少，比如今年到分管单位调研仅3次，对群众反映的问题了解不深不透。',
  '三是担当作为不够有力，面对矛盾问题有时存在畏难情绪，推动工作落实的办法不多，比如对历史遗留问题研究不够，至今没有拿出有效办法。',
  '四是作风建设抓得不够严，对身边工作人员要求不严，有时存在文山会海现象，比如去年下半年会议文件数量同比没有明显下降，基层负担较重。',
];

/** A material as pasted from a PDF: title over two lines, headings on their own lines, items wrapped at 28 characters. */
function pdfLines(width = 28): string[] {
  return [
    '2025年度民主生活会',
    '对照检查材料',
    '一、存在的主要问题',
    ...ITEMS.flatMap((t) => wrap(t, width)),
    '二、原因分析',
    ...wrap('理想信念有所松懈，对加强主观世界改造的重要性认识不足，放松了对自身的严格要求，党性修养有所弱化，宗旨意识有所淡化。', width),
    '三、整改措施',
    ...wrap('强化理论武装，坚持每月集中学习不少于2次，结合分管工作撰写学习体会，年底前完成一篇调研报告，切实做到学思用贯通。', width),
  ];
}

describe('the read joins PDF lines back', () => {
  test.each([28, 24, 30])('at %i characters a line: the same paragraphs as the text reader gives for the same lines', async (width) => {
    const lines = pdfLines(width);
    const ps = await gateway(new FakeWordDocument(lines)).read();
    const expected = readText(lines.join('\n'), 'text').map((p) => p.text);
    expect(ps.map((p) => p.text)).toEqual(expected);
    expect(ps.length).toBeLessThan(lines.length);
    expect(ps.map((p) => p.index)).toEqual(ps.map((_, i) => i));
    expect(ps[0].text).toBe('2025年度民主生活会对照检查材料');
    for (const item of ITEMS) expect(ps.map((p) => p.text)).toContain(item);
  });

  test("Word's own paragraphs are never joined: headings, list paragraphs, table cells, manual line breaks", async () => {
    const [a, b, c] = wrap(ITEMS[0], 28);
    const base = pdfLines();
    const cases: Array<[string, Spec[], string[]]> = [
      ['a heading style', [...base, { text: a, styleBuiltIn: 'Heading2' }, b], [a, b]],
      ['an outline level', [...base, { text: a, outlineLevel: 2 }, b], [a, b]],
      ['a list paragraph', [...base, { text: a, listString: '1.' }, b], [a, b]],
      ['a list paragraph after it', [...base, a, { text: b, listString: '2.' }], [a, b]],
      ['a table', [...base, { table: [a, b] }, c], [a, b, c]],
      ['a manual line break', [...base, `${a}\n${b}`, c], [`${a}\n${b}`, c]],
    ];
    for (const [name, specs, tail] of cases) {
      const ps = await gateway(new FakeWordDocument(specs)).read();
      expect({ name, tail: ps.slice(-tail.length).map((p) => p.text) }).toEqual({ name, tail });
      // and the PDF lines before them are still joined
      expect(ps.map((p) => p.text)).toContain(ITEMS[1]);
    }
  });

  test('typed paragraphs of varied length are left as they are (no map, indexes unchanged)', async () => {
    const lines = [...ITEMS, '二、原因分析', '理想信念有所松懈。', ...ITEMS.map((t) => t.slice(0, 30))];
    const ps = await gateway(new FakeWordDocument(lines)).read();
    expect(ps.map((p) => p.text)).toEqual(lines);
    expect(unwrapWordParagraphs(ps.map((p) => ({ ...p }))).map).toBeUndefined();
  });

  test('ids: a joined paragraph carries its first Word paragraph\'s id (WordApi 1.6)', async () => {
    const doc = new FakeWordDocument(pdfLines(), { api16: true });
    const ps = await gateway(doc).read();
    const item = ps.find((p) => p.text === ITEMS[1])!;
    const first = doc.story().find((n) => ITEMS[1].startsWith(n.text))!;
    expect(item.id).toBe(first.uid);
  });
});

describe('navigation reaches the Word paragraph holding the words', () => {
  const spans = (text: string): Array<[string, number, number]> => {
    const lastStart = Math.floor((text.length - 1) / 28) * 28;
    return [
      ['words in the first line', 2, 4],
      ['words in the second line', 30, 5],
      ['words at the start of the third line', 56, 3],
      ['words in the last line', lastStart + 1, Math.max(1, Math.min(3, text.length - lastStart - 1))],
    ];
  };

  test.each([{}, { api16: true }])('by index and by id (%o): each span selects exactly its words in its line', async (options) => {
    const doc = new FakeWordDocument(pdfLines(), options);
    const g = gateway(doc);
    const ps = await g.read();
    for (const item of ITEMS) {
      const p = ps.find((x) => x.text === item)!;
      for (const [name, start, length] of spans(item)) {
        const words = item.slice(start, start + length);
        const r = await g.select({ index: p.index, id: p.id, text: p.text }, { start, length, text: words });
        expect(r.ok).toBe(true);
        const s = doc.selectedSpan!;
        expect({ name, words: s.paragraph.text.slice(s.start, s.start + s.length) }).toEqual({ name, words });
        // the selected Word paragraph is the line that holds the span's start
        const lineIndex = Math.floor(start / 28);
        expect({ name, line: s.paragraph.text }).toEqual({ name, line: wrap(item, 28)[lineIndex] });
      }
    }
  });

  /** The text of the fake's selection, its Word paragraphs joined with no separator (PDF lines join with none). */
  const selectedText = (doc: FakeWordDocument): string => {
    const sel = doc.selection!;
    const story = doc.story();
    const ps = story.slice(story.indexOf(sel.start), story.indexOf(sel.end) + 1);
    return ps.map((p, i) => p.text.slice(i === 0 ? sel.startOffset ?? 0 : 0, i === ps.length - 1 ? sel.endOffset ?? p.text.length : p.text.length)).join('');
  };
  // Spans across PDF line ends (28 characters a line), in several shapes.
  const CROSSING: Array<[string, number, number, number]> = [
    ['a few words across one line end', 0, 25, 6],
    ['a span over three lines', 1, 20, 40],
    ['a span from a line start into the next', 2, 28, 30],
    ['a span ending at the paragraph end', 3, 50, ITEMS[3].length - 50],
  ];

  test.each([{}, { api16: true }])('words across PDF line ends (%o): the whole span is selected, from its first line to its last', async (options) => {
    for (const [name, item, start, length] of CROSSING) {
      const doc = new FakeWordDocument(pdfLines(), options);
      const g = gateway(doc);
      const ps = await g.read();
      const p = ps.find((x) => x.text === ITEMS[item])!;
      const words = ITEMS[item].slice(start, start + length);
      expect((await g.select({ index: p.index, id: p.id, text: p.text }, { start, length, text: words })).ok).toBe(true);
      const lines = wrap(ITEMS[item], 28);
      expect({ name, text: selectedText(doc) }).toEqual({ name, text: words });
      expect({ name, first: doc.selection!.start.text, last: doc.selection!.end.text }).toEqual({
        name,
        first: lines[Math.floor(start / 28)],
        last: lines[Math.floor((start + length - 1) / 28)],
      });
    }
  });

  test('a joined paragraph with no span selects all its lines', async () => {
    const doc = new FakeWordDocument(pdfLines());
    const g = gateway(doc);
    const ps = await g.read();
    const p = ps.find((x) => x.text === ITEMS[1])!;
    expect((await g.select({ index: p.index, text: p.text })).ok).toBe(true);
    expect(selectedText(doc)).toBe(ITEMS[1]);
  });

  test('without WordApi 1.3 (no Range.expandTo): the part in the first line, as before', async () => {
    const doc = new FakeWordDocument(pdfLines(), { api13: false });
    const g = gateway(doc);
    const ps = await g.read();
    const p = ps.find((x) => x.text === ITEMS[0])!;
    const words = ITEMS[0].slice(25, 31);
    expect((await g.select({ index: p.index, text: p.text }, { start: 25, length: 6, text: words })).ok).toBe(true);
    const s = doc.selectedSpan!;
    expect(s.paragraph.text).toBe(wrap(ITEMS[0], 28)[0]);
    expect(s.paragraph.text.slice(s.start, s.start + s.length)).toBe(words.slice(0, 3));
  });

  test('a paragraph with no span selects its first line; a paragraph after the joined ones is found by its own index', async () => {
    const doc = new FakeWordDocument(pdfLines());
    const g = gateway(doc);
    const ps = await g.read();
    const p = ps.find((x) => x.text === ITEMS[2])!;
    expect((await g.select({ index: p.index, text: p.text })).ok).toBe(true);
    expect(doc.selected?.text).toBe(wrap(ITEMS[2], 28)[0]);
    const heading = ps.find((x) => x.text === '三、整改措施')!;
    expect((await g.select({ index: heading.index, text: heading.text })).ok).toBe(true);
    expect(doc.selected?.text).toBe('三、整改措施');
  });
});

describe('fixes and comments over joined paragraphs', () => {
  test('a text fix inside one line changes that Word paragraph only, and its undo restores', async () => {
    for (const [item, words, replacement] of [
      [ITEMS[0], '学用结合', '知行合一'],
      [ITEMS[2], '至今没有', '目前尚未'],
      [ITEMS[3], '文山会海', '会多文多'],
    ] as const) {
      const doc = new FakeWordDocument(pdfLines());
      const before = doc.snapshot();
      const beforeTexts = doc.texts();
      const g = gateway(doc);
      const ps = await g.read();
      const p = ps.find((x) => x.text === item)!;
      const start = item.indexOf(words);
      const fix: Fix = { label: 'x', edits: [{ paragraph: p.index, start, length: words.length, text: replacement, expect: words }] };
      const r = await g.applyFix(fix);
      if (!r.ok) throw new Error(r.message);
      const changed = doc.texts().map((t, i) => (t === beforeTexts[i] ? null : i)).filter((i) => i !== null);
      expect(changed).toHaveLength(1);
      expect(doc.texts()[changed[0]!]).toContain(replacement);
      // the pane re-reads after the fix; the undo is applied as returned
      await g.read();
      const u = await g.applyFix(r.value.undo);
      if (!u.ok) throw new Error(u.message);
      expect(doc.snapshot()).toBe(before);
    }
  });

  test('a fix across a PDF line end is refused with its own message, and nothing is written', async () => {
    const doc = new FakeWordDocument(pdfLines());
    const before = doc.snapshot();
    const g = gateway(doc);
    const ps = await g.read();
    const p = ps.find((x) => x.text === ITEMS[1])!;
    const fix: Fix = { label: 'x', edits: [{ paragraph: p.index, start: 26, length: 4, text: '甲乙丙丁', expect: ITEMS[1].slice(26, 30) }] };
    const r = await g.applyFix(fix);
    expect(r).toMatchObject({ ok: false, message: ROLLBACK_MESSAGES.acrossLines });
    expect(doc.snapshot()).toBe(before);
    expect(doc.writes).toBe(0);
  });

  test('a style fix styles every line of the paragraph; a new paragraph goes after its last line', async () => {
    const doc = new FakeWordDocument(pdfLines());
    const g = gateway(doc);
    const ps = await g.read();
    const p = ps.find((x) => x.text === ITEMS[0])!;
    const r = await g.applyFix({ label: 's', edits: [{ paragraph: p.index, start: 0, length: p.text.length, text: p.text, expect: p.text, style: 2 }] });
    if (!r.ok) throw new Error(r.message);
    const lines = wrap(ITEMS[0], 28);
    for (const line of lines) expect(doc.find(line).styleBuiltIn).toBe('Heading2');
    const ps2 = await g.read();
    const q = ps2.find((x) => x.text === ITEMS[1])!;
    const add = await g.applyFix({ label: 'n', edits: [{ paragraph: q.index, start: 0, length: 0, text: '五是新增。', newParagraphAfter: true, level: 0, expect: q.text }] });
    if (!add.ok) throw new Error(add.message);
    const texts = doc.texts();
    const last = wrap(ITEMS[1], 28).pop()!;
    expect(texts[texts.indexOf(last) + 1]).toBe('五是新增。');
  });

  test('comments over a joined paragraph go to the line holding their span', async () => {
    const doc = new FakeWordDocument(pdfLines());
    const g = gateway(doc);
    const ps = await g.read();
    const p = ps.find((x) => x.text === ITEMS[3])!;
    const start = ITEMS[3].indexOf('文山会海');
    const [withSpan, whole] = g.wordComments([
      { paragraph: p.index, text: p.text, start, length: 4, lines: ['x'] },
      { paragraph: p.index, text: p.text, lines: ['y'] },
    ]);
    const lines = wrap(ITEMS[3], 28);
    const words = doc.texts();
    expect(withSpan.text).toBe(words[withSpan.paragraph]);
    expect(withSpan.text.slice(withSpan.start!, withSpan.start! + withSpan.length!)).toBe('文山会海');
    expect(whole.text).toBe(lines[0]);
  });
});

describe('toWordSpan: offsets back to the lines', () => {
  test('every character of a joined paragraph maps to the same character in its Word paragraph', () => {
    const lines = pdfLines(26);
    const word: Paragraph[] = lines.map((text, index) => ({ index, text }));
    const { paragraphs, map } = unwrapWordParagraphs(word);
    expect(map).toBeDefined();
    paragraphs.forEach((p, m) => {
      for (let i = 0; i < p.text.length; i++) {
        const at = toWordSpan(map!, m, i, 1)!;
        if (at.length === 0) continue; // a space put between two Latin words
        expect(word[at.paragraph].text[at.start]).toBe(p.text[i]);
      }
    });
  });

  test('Latin words cut at a line end get a space between them, which maps to no Word character', () => {
    const long = 'The quick brown fox jumps over the lazy dog again';
    const lines = Array.from({ length: 6 }, () => long);
    const { paragraphs, map } = unwrapWordParagraphs(lines.map((text, index) => ({ index, text })));
    expect(paragraphs[0].text).toBe(lines.join(' '));
    const space = long.length;
    expect(toWordSpan(map!, 0, space + 1, 3)).toMatchObject({ paragraph: 1, start: 0, length: 3, whole: true });
  });
});

describe('a list marker alone in its paragraph, its text in the next (PDF numbers in a column of their own)', () => {
  const LINES = ['一、', '存在的主要问题', '（一）', '\u3000\u3000在政治忠诚方面', '1.', '学习不够深入，比如全年只参加了3次集中学习。', '2.', '3.', '二、原因分析', '思想上有所放松。'];

  test('the read gives what the text reader gives for the same lines; markers alone after each other stay apart', async () => {
    const ps = await gateway(new FakeWordDocument(LINES)).read();
    expect(ps.map((p) => p.text)).toEqual(readText(LINES.join('\n'), 'text').map((p) => p.text));
    expect(ps.map((p) => p.text)).toEqual(['一、存在的主要问题', '（一）在政治忠诚方面', '1.学习不够深入，比如全年只参加了3次集中学习。', '2.', '3.', '二、原因分析', '思想上有所放松。']);
  });

  test('every character maps back to its Word paragraph, the indentation of the text left out', () => {
    const word: Paragraph[] = LINES.map((text, index) => ({ index, text }));
    const { paragraphs, map } = unwrapWordParagraphs(word);
    paragraphs.forEach((p, m) => {
      for (let i = 0; i < p.text.length; i++) {
        const at = toWordSpan(map!, m, i, 1)!;
        expect(word[at.paragraph].text[at.start]).toBe(p.text[i]);
      }
    });
    // The aspect's words are in Word's fourth paragraph, after its two ideographic spaces.
    expect(toWordSpan(map!, 1, 3, 4)).toMatchObject({ paragraph: 3, start: 2, length: 4 });
  });

  test("a marker in Word's own structure (a heading style, a list paragraph) is not joined", async () => {
    for (const spec of [{ text: '一、', styleBuiltIn: 'Heading1' }, { text: '1.', listString: '1.' }] as Spec[]) {
      const ps = await gateway(new FakeWordDocument([spec, '存在的主要问题'])).read();
      expect(ps.length).toBe(2);
    }
  });
});

describe('a PDF page number in a paragraph of its own, between paragraphs', () => {
  const LINES = ['一、存在的主要问题', '一是学习不够深入。', '— 2 —', '二是调研不够。', '二、原因分析', '思想上有所放松。'];

  test('the read gives it as an empty paragraph, as the text reader does, and the paragraphs after it keep their place', async () => {
    const ps = await gateway(new FakeWordDocument(LINES)).read();
    expect(ps.map((p) => p.text)).toEqual(readText(LINES.join('\n'), 'text').map((p) => p.text));
    expect(ps.map((p) => p.text)).toEqual(['一、存在的主要问题', '一是学习不够深入。', '', '二是调研不够。', '二、原因分析', '思想上有所放松。']);
    const { map } = unwrapWordParagraphs(LINES.map((text, index) => ({ index, text })));
    expect(toWordSpan(map!, 3, 2, 2)).toMatchObject({ paragraph: 3, start: 2, length: 2 });
  });

  test("one in Word's own structure (a heading, a table cell) is left as it is", async () => {
    const ps = await gateway(new FakeWordDocument([{ text: '— 2 —', styleBuiltIn: 'Heading2' }, '一是学习不够深入。'])).read();
    expect(ps[0].text).toBe('— 2 —');
  });
});

describe('a page break inside a paragraph (the PDF page number between two of its lines)', () => {
  // The text reader leaves the page number out and runs the paragraph on; the Word read joined it
  // into the text (a trial's preview read “…不够深入— 3 —系统…”).
  const [a, b, ...rest] = wrap(ITEMS[0], 28);
  test.each([
    ['— 3 —', ['— 3 —']],
    ['第3页 with blank paragraphs around it', ['', '第3页', '']],
    ['3/8', ['3/8']],
    ['- 12 -', ['- 12 -']],
  ])('%s: left out, the paragraph runs on, as in the text reader', async (_name, page) => {
    const lines = [...pdfLines(), a, ...page, b, ...rest, '四、其他'];
    const ps = await gateway(new FakeWordDocument(lines)).read();
    expect(ps.map((p) => p.text)).toContain(ITEMS[0]);
    expect(ps.map((p) => p.text).join('\n')).not.toMatch(/— 3 —|第3页|3\/8|- 12 -/);
    expect(ps.map((p) => p.text)).toEqual(readText(lines.join('\n'), 'text').map((p) => p.text));
  });

  test('a heading after the page number is never run into', async () => {
    const lines = [...pdfLines(), a, '— 3 —', { text: b, styleBuiltIn: 'Heading2' } as Spec];
    const ps = await gateway(new FakeWordDocument(lines)).read();
    expect(ps.map((p) => p.text).slice(-1)).toEqual([b]);
  });

  test('a finding on the words after the page break selects them in their own Word paragraph', async () => {
    const lines = [...pdfLines(), a, '— 3 —', b, ...rest];
    const doc = new FakeWordDocument(lines);
    const g = gateway(doc);
    const ps = await g.read();
    const k = ps.findIndex((p) => p.text === ITEMS[0]);
    const at = ITEMS[0].indexOf(b.slice(2, 8));
    const { map } = unwrapWordParagraphs(lines.map((text, index) => ({ index, text })) as Paragraph[]);
    const span = toWordSpan(map!, k, at, 6)!;
    expect(lines[span.paragraph]).toBe(b);
    expect(b.slice(span.start, span.start + 6)).toBe(b.slice(2, 8));
  });
});
