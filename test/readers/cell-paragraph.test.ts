/**
 * Table cells as one object each (readers/cell-paragraph.ts, issue 13 memory): the text and RTF
 * readers make a table cell's paragraph a CellParagraph (inTable and cell on its prototype), and a
 * table's rows are kept as one list of cells (table-rows.ts TableRows), a cell whose text is its row
 * cell's being that row cell itself. A representation change: every cell must read as the plain
 * { index, text, inTable, cell } paragraph it stood for, tables must read the same row by row, and
 * a check must come out the same whichever form its paragraphs take.
 */
import fc from 'fast-check';
import { analyze } from '../../src/engine';
import { CellParagraph, plainParagraph } from '../../src/engine/readers/cell-paragraph';
import { unwrapWordParagraphs } from '../../src/engine/readers/joined';
import { readRtf } from '../../src/engine/readers/rtf';
import { readText, readTextDocument } from '../../src/engine/readers/text';
import { emptyMeasureRows, headerOf, rowGaps, rowProblemCell, tableNumbers, tableRows, TableRows, type RowCell } from '../../src/engine/table-rows';
import type { Paragraph } from '../../src/engine/types';
import { completeLines } from '../support/docs';

/** The paragraph as plain data, every field its own (what the readers made before). */
const plain = (ps: readonly Paragraph[]) => ps.map(plainParagraph);
/** A row's cells as plain data. */
const cellData = (cells: readonly RowCell[]) => cells.map((c) => ({ text: c.text, column: c.column, paragraph: c.paragraph }));
/** A table's rows as plain data, in iteration order. */
const rowsData = (rows: ReadonlyMap<number, RowCell[]>) => [...rows].map(([r, cells]) => [r, cellData(cells)]);

describe('CellParagraph: a cell paragraph read by name', () => {
  const p = new CellParagraph(7, '学习不够', 2, 3, 4);

  test('inTable, cell and the row cell fields read as a plain paragraph’s', () => {
    expect(p.index).toBe(7);
    expect(p.text).toBe('学习不够');
    expect(p.inTable).toBe(true);
    expect(p.cell).toEqual({ table: 2, row: 3, column: 4 });
    expect(p.paragraph).toBe(7);
    expect(p.column).toBe(4);
    expect((p as Paragraph).listString).toBeUndefined();
    expect((p as Paragraph).bold).toBeUndefined();
  });

  test('plainParagraph and JSON give the plain paragraph; other paragraphs are left as they are', () => {
    const expected = { index: 7, text: '学习不够', inTable: true, cell: { table: 2, row: 3, column: 4 } };
    expect(plainParagraph(p)).toEqual(expected);
    expect(Object.keys(plainParagraph(p))).toEqual(['index', 'text', 'inTable', 'cell']);
    expect(JSON.parse(JSON.stringify(p))).toEqual(expected);
    expect(JSON.stringify([p])).toBe(JSON.stringify([expected]));
    const other: Paragraph = { index: 1, text: 'x', bold: true };
    expect(plainParagraph(other)).toBe(other);
  });

  test('a field given later (an index or text changed) is kept in the plain copy', () => {
    const q = new CellParagraph(0, 'a', 0, 0, 0);
    q.index = 5;
    q.text = 'b';
    (q as Paragraph).listString = '1.';
    expect(plainParagraph(q)).toEqual({ index: 5, text: 'b', listString: '1.', inTable: true, cell: { table: 0, row: 0, column: 0 } });
  });
});

describe('readText: pipe-table cells as data are the plain paragraphs they were', () => {
  test.each([
    ['a 整改清单 with empty cells', ['| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |', '|---|---|---|---|---|', '| 1 | 学习不够 | 每月学习2次 |  |  |', '| 2 | 学习不够 | 每月学习2次 | 本人 | 年底前 |']],
    ['two tables and text between', ['甲', '| a | b |', '| c |  |', '', '| d | e | f |', '乙']],
    ['an empty cell first and a cell with an escaped pipe', ['|  | 一格 |', '| x\\|y | 　全角空格　 |']],
  ])('%s', (_name, lines) => {
    const ps = readText(lines.join('\n'), 'markdown');
    // What the reader made before: every cell a plain paragraph with its table, row and column.
    let table = -1;
    let row = -1;
    let inTable = false;
    const expected: Paragraph[] = [];
    for (const line of lines) {
      if (!line.startsWith('|')) {
        inTable = false;
        expected.push({ index: expected.length, text: line });
        continue;
      }
      if (!inTable) {
        table++;
        row = -1;
        inTable = true;
      }
      if (/^\|(-+\|)+$/.test(line)) continue;
      row++;
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .forEach((cell, column) => expected.push({ index: expected.length, text: cell.replace(/\\\|/g, '|').trim(), inTable: true, cell: { table, row, column } }));
    }
    expect(plain(ps)).toEqual(expected);
    expect(JSON.stringify(ps)).toBe(JSON.stringify(expected));
    expect(ps.filter((p) => p.inTable).every((p) => p instanceof CellParagraph)).toBe(true);
  });

  test('a cell with a mark stays a plain paragraph with its fields; the line map is the same', () => {
    const doc = readTextDocument(['| **重点** | ## 标题 | 平常 |', '|---|---|---|', '| 1 | 2 | 3 |'].join('\n'), 'markdown');
    expect(plain(doc.paragraphs).slice(0, 3)).toEqual([
      { index: 0, text: '重点', bold: true, inTable: true, cell: { table: 0, row: 0, column: 0 } },
      { index: 1, text: '标题', markdownLevel: 2, inTable: true, cell: { table: 0, row: 0, column: 1 } },
      { index: 2, text: '平常', inTable: true, cell: { table: 0, row: 0, column: 2 } },
    ]);
    expect(doc.paragraphs[0]).not.toBeInstanceOf(CellParagraph);
    expect([...doc.lines!]).toEqual([1, 1, 1, 3, 3, 3, 4]);
  });

  test('equal short cells of one file are one string, and read equal', () => {
    const ps = readText(['| 本人 | 年底前 |', '| 本人 | 年底前 |'].join('\n'));
    expect(ps.map((p) => p.text)).toEqual(['本人', '年底前', '本人', '年底前']);
  });
});

describe('readRtf: \\cell paragraphs as data are the plain paragraphs they were', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);

  test('a table of two rows, text before and after', () => {
    const doc = '{\\rtf1 before\\par\\trowd\\cellx1000\\cellx2000 \\pard\\intbl a\\cell \\pard\\intbl b\\cell\\row\\trowd \\pard\\intbl c\\cell \\pard\\intbl d\\cell\\row\\pard after\\par}';
    const ps = readRtf(ascii(doc));
    const cells = ps.filter((p) => p.inTable);
    expect(cells.length).toBe(4);
    expect(cells.every((p) => p instanceof CellParagraph)).toBe(true);
    expect(JSON.stringify(ps)).toBe(JSON.stringify(plain(ps)));
    expect(plain(cells).map((p) => [p.text, p.inTable, p.cell])).toEqual([
      ['a', true, { table: 0, row: 0, column: 0 }],
      ['b', true, { table: 0, row: 0, column: 1 }],
      ['c', true, { table: 0, row: 1, column: 0 }],
      ['d', true, { table: 0, row: 1, column: 1 }],
    ]);
  });

  test('a cell flood on one row (the robustness shape): each cell its column', () => {
    const ps = readRtf(ascii('{\\rtf1 \\intbl ' + 'a\\cell '.repeat(50) + '\\row}'));
    expect(ps.map((p) => p.cell?.column)).toEqual([...Array(50).keys()]);
    expect(ps.every((p) => p.cell?.row === 0 && p.cell.table === 0 && p.inTable)).toBe(true);
  });
});

describe('joined paragraphs keep a CellParagraph’s place (a spread would drop it)', () => {
  test('cells beside a pasted pipe row, and beside lines joined back', () => {
    const wrapped = '这是一段从PDF里复制出来的文字，每一行都在同一个宽度处断开，读者应当把它们接回';
    const paragraphs: Paragraph[] = [
      new CellParagraph(0, '甲', 0, 0, 0),
      new CellParagraph(1, '乙', 0, 0, 1),
      { index: 2, text: '| a | b |' },
      { index: 3, text: wrapped },
      { index: 4, text: wrapped },
      { index: 5, text: '完。' },
    ];
    const { paragraphs: read } = unwrapWordParagraphs(paragraphs);
    expect(plain(read.slice(0, 2))).toEqual([
      { index: 0, text: '甲', inTable: true, cell: { table: 0, row: 0, column: 0 } },
      { index: 1, text: '乙', inTable: true, cell: { table: 0, row: 0, column: 1 } },
    ]);
    // The pasted row is a table after Word's own.
    expect(read.slice(2, 4).map((p) => p.cell?.table)).toEqual([1, 1]);
    expect(read.every((p) => !('table' in p) || p instanceof CellParagraph)).toBe(true);
  });
});

/** A table as paragraphs: `rows` of cell texts, each cell a CellParagraph (`cells`) or a plain paragraph. */
function tableParagraphs(rows: string[][], cells: boolean, table = 0, from = 0, rowOf = (r: number) => r): Paragraph[] {
  const out: Paragraph[] = [];
  rows.forEach((texts, r) =>
    texts.forEach((text, column) => {
      const index = from + out.length;
      out.push(cells ? new CellParagraph(index, text, table, rowOf(r), column) : { index, text, inTable: true, cell: { table, row: rowOf(r), column } });
    }),
  );
  return out;
}

/** The rows as table-rows.ts read them before: a Map by row number of the written (trimmed) cells, in order. */
function referenceRows(all: Paragraph[], table: number): [number, { text: string; column: number; paragraph: number }[]][] {
  const rows = new Map<number, { text: string; column: number; paragraph: number }[]>();
  for (const p of all) {
    if (p.cell?.table !== table) continue;
    const text = ((p.listString ?? '') + p.text).trim();
    let row = rows.get(p.cell.row);
    if (!row) rows.set(p.cell.row, (row = []));
    if (text) row.push({ text, column: p.cell.column, paragraph: p.index });
  }
  return [...rows];
}

describe('table-rows: a table reads the same row by row, whatever its cells’ form', () => {
  const CELL = fc.constantFrom('', ' ', '1', '2', '学习不够', ' 每月学习2次 ', '本人', '—', '待定', '年底前', '序号', '问题', '整改措施', '责任人', '完成时限');
  const TABLE = fc.array(fc.array(CELL, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });

  test('tableRows, headerOf, rowGaps, rowProblemCell and emptyMeasureRows agree (property)', () => {
    fc.assert(
      fc.property(TABLE, fc.boolean(), (rows, header) => {
        const withHeader = header ? [['序号', '问题', '整改措施', '责任人', '完成时限'], ...rows] : rows;
        const before: Paragraph = { index: 0, text: '三、整改措施' };
        const asCells = [before, ...tableParagraphs(withHeader, true, 0, 1)];
        const asPlain = [before, ...tableParagraphs(withHeader, false, 0, 1)];
        const a = tableRows(asCells, 0);
        const b = tableRows(asPlain, 0);
        expect(rowsData(a)).toEqual(referenceRows(asPlain, 0));
        expect(rowsData(b)).toEqual(referenceRows(asPlain, 0));
        expect(a.size).toBe(b.size);
        for (const [r] of b) {
          expect(a.has(r)).toBe(true);
          expect(cellData(a.get(r)!)).toEqual(cellData(b.get(r)!));
        }
        expect(a.get(-1)).toBeUndefined();
        expect([...a.keys()]).toEqual([...b.keys()]);
        expect([...a.values()].map(cellData)).toEqual([...b.values()].map(cellData));
        const ha = headerOf(a);
        const hb = headerOf(b);
        expect(ha && { ...ha, cells: cellData(ha.cells) }).toEqual(hb && { ...hb, cells: cellData(hb.cells) });
        for (let i = 1; i < asCells.length; i++) {
          expect(rowGaps(asCells, i)).toEqual(rowGaps(asPlain, i));
          expect(rowProblemCell(asCells, i)).toBe(rowProblemCell(asPlain, i));
        }
        expect(emptyMeasureRows(asCells)).toEqual(emptyMeasureRows(asPlain));
      }),
      { numRuns: 150 },
    );
  });

  test('a written cell that is its row cell is the paragraph itself; a trimmed or numbered one a copy', () => {
    const ps = tableParagraphs([['序号', ' 问题 ', '整改措施']], true);
    ps[2].listString = '1.';
    const [[, cells]] = [...tableRows(ps, 0)];
    expect(cells[0]).toBe(ps[0]);
    expect(cells[1]).not.toBe(ps[1]);
    expect(cellData(cells)).toEqual([
      { text: '序号', column: 0, paragraph: 0 },
      { text: '问题', column: 1, paragraph: 1 },
      { text: '1.整改措施', column: 2, paragraph: 2 },
    ]);
  });

  test('rows in ascending order are one TableRows; a row after a later one is grouped as before (a Map)', () => {
    const ascending = tableParagraphs([['a', 'b'], ['c'], ['d', 'e']], true);
    expect(tableRows(ascending, 0)).toBeInstanceOf(TableRows);
    // Rows 1, 0, 1, 2 (a nested table's cells between can make a row come back): grouped by number, first seen first.
    const order = [1, 0, 1, 2];
    const back = tableParagraphs([['a'], ['b', 'c'], ['d'], ['e']], true, 0, 0, (r) => order[r]);
    const rows = tableRows(back, 0);
    expect(rows).not.toBeInstanceOf(TableRows);
    expect(rowsData(rows)).toEqual(referenceRows(back, 0));
    expect(rowsData(rows)).toEqual([
      [1, [{ text: 'a', column: 0, paragraph: 0 }, { text: 'd', column: 0, paragraph: 3 }]],
      [0, [{ text: 'b', column: 0, paragraph: 1 }, { text: 'c', column: 1, paragraph: 2 }]],
      [2, [{ text: 'e', column: 0, paragraph: 4 }]],
    ]);
    // The same row numbers repeated in order (a row's cells split by a nested table) stay one TableRows.
    const again = tableParagraphs([['a'], ['b'], ['c']], true, 0, 0, (r) => [0, 0, 1][r]);
    expect(tableRows(again, 0)).toBeInstanceOf(TableRows);
    expect(rowsData(tableRows(again, 0))).toEqual(referenceRows(again, 0));
  });

  test('several tables: each its own rows, numbered in order', () => {
    const ps = [...tableParagraphs([['a', 'b']], true, 0, 0), { index: 2, text: '中间' }, ...tableParagraphs([['c'], ['d']], true, 1, 3)];
    expect(tableNumbers(ps)).toEqual([0, 1]);
    expect(rowsData(tableRows(ps, 1))).toEqual(referenceRows(ps, 1));
    expect(rowsData(tableRows(ps, 0))).toEqual(referenceRows(ps, 0));
    expect(rowsData(tableRows(ps, 5))).toEqual([]);
  });
});

describe('a check comes out the same from CellParagraphs as from plain cell paragraphs', () => {
  const material = (table: string[]) => [...completeLines(), ...table, '以上对照检查，请批评指正。'].join('\n');
  test.each([
    ['a 整改清单 with empty owner and deadline cells', ['| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |', '|---|---|---|---|---|', '| 1 | 学习不够 | 每月学习2次 |  |  |', '| 2 | 调研不深 | 每季度调研1次 | 本人 | 年底前 |', '| 3 | 作风不实 | — | / | 待定 |']],
    ['a table with no header', ['| 1 | 学习不够 | 每月学习2次 |', '| 2 | 调研不深 | 走访群众 |']],
    ['a restated checklist', ['| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |', '|---|---|---|---|---|', '| 1 | 理论学习不够深入 | 每月学习2次 | 本人 | 年底前 |']],
  ])('%s', (_name, table) => {
    const ps = readText(material(table), 'markdown');
    expect(ps.some((p) => p instanceof CellParagraph)).toBe(true);
    const a = analyze({ paragraphs: ps, source: 'markdown' });
    const b = analyze({ paragraphs: plain(ps), source: 'markdown' });
    expect(JSON.stringify(a.outline)).toBe(JSON.stringify(b.outline));
    expect(a.findings).toEqual(b.findings);
    expect(a.templateId).toBe(b.templateId);
  });
});
