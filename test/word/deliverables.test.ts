/** The pane's comment and checklist actions against a small fake Word (WordApi 1.3/1.4 surface they use). */
import { addComments, insertChecklistTable, removeOurComments } from '../../src/word/deliverables';
import type { OfficeHost } from '../../src/word/capabilities';

interface FakeComment {
  content: string;
  anchor: string;
  /** Offset of the anchor in its paragraph. */
  at?: number;
  deleted?: boolean;
}

function fakeWord(
  texts: string[],
  opts: { api14?: boolean; readOnly?: boolean; inTable?: boolean; bodyType?: string; font?: string; cursor?: number; styles?: string[]; cells?: [number, number] } = {},
) {
  const comments: FakeComment[] = [{ content: '别人的批注', anchor: texts[0] }];
  const tables: { values: string[][]; headerRowCount: number; font: { name?: string }; bold?: boolean; after: string }[] = [];
  /** Paragraphs the add-in inserted (a heading line above the table): text, the paragraph it follows, its style. */
  const inserted: { text: string; after: string; styleBuiltIn: string }[] = [];
  let syncs = 0;
  const range = (text: string, at = 0) => ({ text, insertComment: (content: string) => comments.push({ content, anchor: text, at }) });
  const insertTable = (text: string) => (rowCount: number, columnCount: number, where: string, values: string[][]) => {
    const t = { values, headerRowCount: 0, font: {} as { name?: string }, after: text, rows: { getFirst: () => ({ font: { set bold(v: boolean) { t.bold = v; } } }) } } as (typeof tables)[number] & { rows: unknown };
    expect([rowCount, columnCount, where]).toEqual([values.length, values[0].length, 'After']);
    tables.push(t);
    return t;
  };
  // `cells`: the paragraphs first…last are one table's cells (its text: the table's last cell).
  const [c0, c1] = opts.cells ?? [-1, -2];
  const inCells = (i: number) => i >= c0 && i <= c1;
  const wordTable = {
    insertParagraph(line: string, where: string) {
      expect(where).toBe('After');
      const p = { text: line, after: `表格之后（${texts[c1]}）`, styleBuiltIn: 'Normal' };
      inserted.push(p);
      return { text: line, set styleBuiltIn(v: string) { p.styleBuiltIn = v; }, insertTable: insertTable(line) };
    },
  };
  const paragraphs = texts.map((text, i) => ({
    text,
    tableNestingLevel: inCells(i) ? 1 : 0,
    get parentTable() {
      if (!inCells(i)) throw new Error('ItemNotFound');
      return wordTable;
    },
    styleBuiltIn: opts.styles?.[i] ?? 'Normal',
    load() {},
    getRange: () => ({ ...range(text), from: i, to: i, expandTo: (o: { to: number }) => ({ from: i, to: o.to }) }),
    search: (s: string) => {
      const items: ReturnType<typeof range>[] = [];
      for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) items.push(range(s, i));
      return { items, load() {} };
    },
    insertTable: insertTable(text),
    insertParagraph(line: string, where: string) {
      expect(where).toBe('After');
      // Word's Paragraph.insertParagraph('After') in a cell stays in the cell: never asked of one here.
      expect(inCells(i)).toBe(false);
      const p = { text: line, after: text, styleBuiltIn: 'Normal' };
      inserted.push(p);
      return { text: line, set styleBuiltIn(v: string) { p.styleBuiltIn = v; }, insertTable: insertTable(line) };
    },
  }));
  const context = {
    document: {
      body: {
        paragraphs: { items: paragraphs, load() {} },
        getComments: () => ({
          items: comments.filter((c) => !c.deleted).map((c) => ({ content: c.content, delete: () => (c.deleted = true), getRange: () => ({ text: c.anchor, load() {} }) })),
          load() {},
        }),
      },
      getSelection: () => ({
        parentTableOrNullObject: { isNullObject: !opts.inTable && !inCells(opts.cursor ?? 1), load() {} },
        parentBody: { type: opts.bodyType ?? 'MainDoc', load() {} },
        font: { name: opts.font ?? 'Calibri', load() {} },
        paragraphs: { getLast: () => paragraphs[opts.cursor ?? 1] },
        compareLocationWith: (r: { from: number; to: number }) => {
          const c = opts.cursor ?? 1;
          return { value: c >= r.from && c <= r.to ? 'Inside' : c < r.from ? 'Before' : 'After' };
        },
      }),
    },
    sync: async () => {
      syncs++;
    },
  };
  const host: OfficeHost = {
    run: (batch) => batch(context as unknown as Word.RequestContext),
    isSetSupported: (_n, v) => v === '1.3' || (v === '1.4' && opts.api14 !== false),
    isReadOnly: () => !!opts.readOnly,
  };
  return { host, comments, tables, inserted, syncs: () => syncs };
}

const TEXTS = ['标题', '一是理论学习不深，理论学习流于形式。', '二是联系群众不够。'];

test('comments anchor the span (the right occurrence), the whole paragraph without one, skip changed paragraphs; in three syncs', async () => {
  const w = fakeWord(TEXTS);
  const r = await addComments(w.host, [
    { paragraph: 1, text: TEXTS[1], start: 9, length: 4, lines: ['【警告】甲', '建议：乙'] },
    { paragraph: 2, text: TEXTS[2], lines: ['丙'] },
    { paragraph: 0, text: '已被改过的标题', lines: ['丁'] },
    { paragraph: 9, text: 'x', lines: ['戊'] },
  ]);
  expect(r).toEqual({ ok: true, value: { added: 2, missing: 2 } });
  expect(w.syncs()).toBe(3);
  const ours = w.comments.filter((c) => c.content.startsWith('【对照检查助手】'));
  expect(ours.map((c) => [c.anchor, c.at])).toEqual([
    ['理论学习', 9],
    [TEXTS[2], 0],
  ]);
  expect(ours[0].content).toBe('【对照检查助手】【警告】甲\n建议：乙');
});

test('removing takes only ours; without WordApi 1.4 or in a read-only document, a clear message and nothing done', async () => {
  const w = fakeWord(TEXTS);
  await addComments(w.host, [{ paragraph: 2, text: TEXTS[2], lines: ['丙'] }]);
  expect(await removeOurComments(w.host)).toEqual({ ok: true, value: { removed: 1 } });
  expect(w.comments.filter((c) => !c.deleted).map((c) => c.content)).toEqual(['别人的批注']);
  const old = fakeWord(TEXTS, { api14: false });
  const r = await addComments(old.host, [{ paragraph: 2, text: TEXTS[2], lines: ['丙'] }]);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.message).toContain('WordApi 1.4');
  expect((await removeOurComments(old.host)).ok).toBe(false);
  expect(old.comments).toHaveLength(1);
  const ro = fakeWord(TEXTS, { readOnly: true });
  expect((await addComments(ro.host, [{ paragraph: 2, text: TEXTS[2], lines: ['丙'] }])).ok).toBe(false);
  expect(ro.comments).toHaveLength(1);
});

test('the checklist table: after the cursor paragraph, header repeated and bold, GB/T font kept; refused in a table or header', async () => {
  const rows = [['序号', '存在问题', '整改措施'], ['1', '学习不深', '每月学习2次'], ['2', '联系群众不够']];
  const w = fakeWord(TEXTS, { font: '仿宋_GB2312' });
  expect(await insertChecklistTable(w.host, rows)).toEqual({ ok: true, value: { rows: 2, where: 'cursor', heading: '整改清单' } });
  expect(w.tables).toHaveLength(1);
  const t = w.tables[0];
  // Under its own heading line, put after the cursor's paragraph.
  expect(w.inserted).toEqual([{ text: '整改清单', after: TEXTS[1], styleBuiltIn: 'Normal' }]);
  expect(t.after).toBe('整改清单');
  expect(t.headerRowCount).toBe(1);
  expect(t.bold).toBe(true);
  expect(t.font.name).toBe('仿宋_GB2312');
  expect(t.values[2]).toEqual(['2', '联系群众不够', '']);
  const plain = fakeWord(TEXTS);
  await insertChecklistTable(plain.host, rows);
  expect(plain.tables[0].font.name).toBeUndefined();
  for (const opts of [{ inTable: true }, { bodyType: 'Header' }, { bodyType: 'Footnote' }, { readOnly: true }]) {
    const f = fakeWord(TEXTS, opts);
    const r = await insertChecklistTable(f.host, rows);
    expect(r.ok).toBe(false);
    expect(f.tables).toHaveLength(0);
  }
});

describe('插入整改清单 with a place (t20): after the 整改措施 part unless the cursor is already in it', () => {
  const LINES = ['一、存在的主要问题', '一是学习不深。', '二是联系群众不够。', '二、整改措施', '（一）每月学习2次。', '（二）走访20户。', '以上发言，请批评指正。'];
  const PLACE = { where: 'measures' as const, first: 3, last: 5, firstText: LINES[3], lastText: LINES[5] };
  const rows = [['序号', '存在问题', '整改措施'], ['1', '学习不深', '每月学习2次']];

  test.each([
    ['on a problem', 1, LINES[5], 'measures'],
    ['on the part heading before it', 0, LINES[5], 'measures'],
    ['after it (the closing formula)', 6, LINES[5], 'measures'],
    ['inside the part', 4, LINES[4], 'cursor'],
    ['on the part heading', 3, LINES[3], 'cursor'],
  ])('cursor %s', async (_n, cursor, after, where) => {
    const w = fakeWord(LINES, { cursor });
    expect(await insertChecklistTable(w.host, rows, PLACE)).toEqual({ ok: true, value: { rows: 1, where, heading: '整改清单' } });
    expect(w.inserted.map((p) => p.after)).toEqual([after]);
    expect(w.tables.map((t) => t.after)).toEqual(['整改清单']);
  });

  test('a place whose paragraphs no longer read so: at the cursor; a cursor in a table with a place elsewhere: after the part', async () => {
    const w = fakeWord(LINES, { cursor: 1 });
    expect(await insertChecklistTable(w.host, rows, { ...PLACE, lastText: '改过的' })).toMatchObject({ ok: true, value: { where: 'cursor' } });
    expect(w.inserted.map((p) => p.after)).toEqual([LINES[1]]);
    const inTable = fakeWord(LINES, { cursor: 1, inTable: true });
    expect(await insertChecklistTable(inTable.host, rows, PLACE)).toMatchObject({ ok: true, value: { where: 'measures' } });
    expect(inTable.inserted.map((p) => p.after)).toEqual([LINES[5]]);
  });

  // t23: the table landed inside 存在的问题 with no heading. Its heading takes the part headings' style
  // when the document uses heading styles (Heading 1, Heading 2 …), else stays body text.
  test.each([
    ['Heading 1 part headings', ['Heading1', 'Normal', 'Normal', 'Heading1'], 'Heading1'],
    ['Heading 2 part headings', ['Heading2', 'Normal', 'Normal', 'Heading2'], 'Heading2'],
    ['no heading styles', [], 'Normal'],
    ['a custom style on the part heading', ['Other', 'Normal', 'Normal', 'Other'], 'Normal'],
  ])('the heading line above the table: %s', async (_n, styles, style) => {
    for (const cursor of [1, 4]) {
      const w = fakeWord(LINES, { cursor, styles });
      expect(await insertChecklistTable(w.host, rows, PLACE)).toMatchObject({ ok: true, value: { heading: '整改清单' } });
      expect(w.inserted).toEqual([{ text: '整改清单', after: cursor === 4 ? LINES[4] : LINES[5], styleBuiltIn: style }]);
      expect(w.tables.map((t) => t.after)).toEqual(['整改清单']);
    }
  });

  test.each([['整改清单'], ['四、整改清单'], ['**问题整改清单：**'], ['（三）整改清单']])('the writer\'s own heading line %s at the cursor: no second one', async (line) => {
    const lines = [...LINES.slice(0, 6), line, LINES[6]];
    const w = fakeWord(lines, { cursor: 6 });
    expect(await insertChecklistTable(w.host, rows, { ...PLACE, last: 6, lastText: line })).toEqual({ ok: true, value: { rows: 1, where: 'cursor' } });
    expect(w.inserted).toEqual([]);
    expect(w.tables.map((t) => t.after)).toEqual([line]);
  });
});

// t24 (m06, m11): a 整改措施 part written as a table (or ending in one) gave no place, and the table
// went in at the cursor (after the title, or inside 存在的主要问题 after a finding was clicked).
describe('插入整改清单 after a 整改措施 part ending in a table: after that table, whatever the cursor', () => {
  const LINES = ['一、存在的主要问题', '一是学习不深。', '二是联系群众不够。', '二、整改措施', '整改措施如下表。', '序号', '整改措施', '1', '每月学习2次', '对照检查人：张某', '2026年1月18日'];
  const CELLS: [number, number] = [5, 8];
  const PLACE = { where: 'measures' as const, first: 3, last: 8, firstText: LINES[3], lastText: LINES[8] };
  const rows = [['序号', '存在问题', '整改措施'], ['1', '学习不深', '每月学习2次']];

  test.each([
    ['on the title line', 0],
    ['on a problem (a finding clicked)', 1],
    ['on the sign-off', 9],
    ['in the part\'s own table', 6],
    ['in its table\'s last cell', 8],
  ])('cursor %s: after the table, under its heading', async (_n, cursor) => {
    const w = fakeWord(LINES, { cursor, cells: CELLS, styles: ['Heading1', 'Normal', 'Normal', 'Heading1'] });
    expect(await insertChecklistTable(w.host, rows, PLACE)).toEqual({ ok: true, value: { rows: 1, where: 'measures', heading: '整改清单' } });
    expect(w.inserted).toEqual([{ text: '整改清单', after: `表格之后（${LINES[8]}）`, styleBuiltIn: 'Heading1' }]);
    expect(w.tables.map((t) => t.after)).toEqual(['整改清单']);
  });

  test('the cursor on the part\'s text before its table: at the cursor, as in a part without one', async () => {
    const w = fakeWord(LINES, { cursor: 4, cells: CELLS });
    expect(await insertChecklistTable(w.host, rows, PLACE)).toEqual({ ok: true, value: { rows: 1, where: 'cursor', heading: '整改清单' } });
    expect(w.inserted.map((p) => p.after)).toEqual([LINES[4]]);
  });

  test('a table with lines after it in the part: after the part\'s last line', async () => {
    const lines = [...LINES.slice(0, 9), '以上措施由办公室督办。', ...LINES.slice(9)];
    const w = fakeWord(lines, { cursor: 1, cells: CELLS });
    expect(await insertChecklistTable(w.host, rows, { ...PLACE, last: 9, lastText: lines[9] })).toMatchObject({ ok: true, value: { where: 'measures' } });
    expect(w.inserted.map((p) => p.after)).toEqual([lines[9]]);
  });
});

describe('添加为批注 twice doubles nothing (t20 m05): ours are put in place of our earlier ones', () => {
  const ours = (w: ReturnType<typeof fakeWord>) => w.comments.filter((c) => !c.deleted && c.content.startsWith('【对照检查助手】'));
  const SPAN = { paragraph: 1, text: TEXTS[1], start: 9, length: 4, lines: ['【警告】甲'] };
  const WHOLE = { paragraph: 2, text: TEXTS[2], lines: ['丙'] };
  const SAME_WORDS_TWICE = { paragraph: 1, text: TEXTS[1], start: 2, length: 4, lines: ['【警告】甲'] };

  test.each([
    ['a span and a whole paragraph', [SPAN, WHOLE]],
    ['two comments with the same text on the same words', [SPAN, SAME_WORDS_TWICE]],
    ['one comment', [WHOLE]],
  ])('%s: the second click keeps them, adds none; others\' comments stay', async (_n, list) => {
    const w = fakeWord(TEXTS);
    expect(await addComments(w.host, list)).toEqual({ ok: true, value: { added: list.length, missing: 0 } });
    const first = ours(w).map((c) => [c.content, c.anchor, c.at]);
    expect(await addComments(w.host, list)).toEqual({ ok: true, value: { added: 0, missing: 0, kept: list.length } });
    expect(ours(w).map((c) => [c.content, c.anchor, c.at])).toEqual(first);
    expect(w.comments.filter((c) => !c.deleted && c.content === '别人的批注')).toHaveLength(1);
  });

  test('after the findings changed: the one still reported kept, the stale one removed, the new one added', async () => {
    const w = fakeWord(TEXTS);
    await addComments(w.host, [SPAN, WHOLE]);
    const changed = { ...WHOLE, lines: ['丙（改）'] };
    expect(await addComments(w.host, [SPAN, changed])).toEqual({ ok: true, value: { added: 1, missing: 0, kept: 1, removed: 1 } });
    expect(ours(w).map((c) => c.content).sort()).toEqual(['【对照检查助手】【警告】甲', '【对照检查助手】丙（改）']);
    expect(w.comments.filter((c) => !c.deleted && c.content === '别人的批注')).toHaveLength(1);
  });

  test('the same text on other words is a new comment (the old one goes)', async () => {
    const w = fakeWord(TEXTS);
    await addComments(w.host, [SPAN]);
    expect(await addComments(w.host, [{ ...SPAN, start: 0, length: 2 }])).toEqual({ ok: true, value: { added: 1, missing: 0, removed: 1 } });
    expect(ours(w).map((c) => c.anchor)).toEqual(['一是']);
  });
});
