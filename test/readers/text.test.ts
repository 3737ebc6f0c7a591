/** The .txt/.md reader: lines, markdown marks, and pasted pipe tables read as Word tables. */
import fc from 'fast-check';
import { markedLine, plainLine, readText } from '../../src/engine/readers/text';
import { plainParagraph } from '../../src/engine/readers/cell-paragraph';
import { analyze } from '../../src/engine';
import { completeLines } from '../support/docs';

describe('readText: markdown marks', () => {
  test.each([
    ['## 一、存在的主要问题', { text: '一、存在的主要问题', markdownLevel: 2 }],
    ['**（一）强化理论武装。**坚持…', { text: '（一）强化理论武装。坚持…' }],
    ['**三、整改措施**', { text: '三、整改措施', bold: true }],
    ['- 比如，全年只学习了3次', { text: '比如，全年只学习了3次' }],
    ['　　一是学习不深。', { text: '一是学习不深。' }],
  ])('%s', (line, expected) => {
    expect(readText(line, 'markdown')[0]).toEqual(expect.objectContaining(expected));
  });
});

describe('readText: a pasted pipe table', () => {
  const lines = ['三、整改措施', '| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |', '|---|:---|---|---|---:|', '| 1 | 学习不深 | 每月学习2次 | 张某 | 长期 |', '| 2 | a\\|b | 走访群众 |  | 6月底前 |', '以上对照检查，请批评指正。'];
  const ps = readText(lines.join('\n'), 'markdown');

  test('one paragraph per cell with table, row and column; the rule line left out; indexes run on', () => {
    expect(ps.map((p) => p.index)).toEqual(ps.map((_, i) => i));
    const cells = ps.filter((p) => p.inTable);
    expect(cells).toHaveLength(15);
    expect(cells[0]).toEqual(expect.objectContaining({ text: '序号', cell: { table: 0, row: 0, column: 0 } }));
    expect(cells[7]).toEqual(expect.objectContaining({ text: '每月学习2次', cell: { table: 0, row: 1, column: 2 } }));
    expect(cells[11].text).toBe('a|b');
    expect(ps[ps.length - 1]).toEqual(expect.objectContaining({ text: '以上对照检查，请批评指正。' }));
    expect(ps[ps.length - 1].inTable).toBeUndefined();
  });

  test('a cell reads as its text alone would, whatever its marks, with its table, row and column (a cell is made whole at once)', () => {
    // Plain, bold, a heading mark, emphasis, empty, spaces and a tab: each cell is the line read alone plus its place.
    const cells = ['学习不深', '**重点**', '## 标题', '*强调*学习', '', ' 　', '\t1.'];
    const row = readText(['| ' + cells.join(' | ') + ' |', '| ' + cells.slice().reverse().join(' | ') + ' |'].join('\n'), 'markdown');
    expect(row).toHaveLength(cells.length * 2);
    row.forEach((p, i) => {
      const r = Math.floor(i / cells.length);
      const column = i % cells.length;
      const alone = readText(r === 0 ? cells[column].trim() : cells[cells.length - 1 - column].trim(), 'markdown')[0];
      // As data (plainParagraph: a CellParagraph's inTable and cell are on its prototype).
      expect(plainParagraph(p)).toEqual({ ...alone, index: i, inTable: true, cell: { table: 0, row: r, column } });
    });
  });

  test('two tables apart are two tables; a line with one pipe is text', () => {
    const two = readText(['| a | b |', '', '| c | d |', '甲|乙'].join('\n'));
    expect(two.filter((p) => p.cell).map((p) => p.cell!.table)).toEqual([0, 0, 1, 1]);
    expect(two[two.length - 1]).toEqual(expect.objectContaining({ text: '甲|乙' }));
  });

  test('a 整改清单 pasted as markdown gives one measure a row, with owner and deadline', () => {
    const text = [...completeLines().slice(0, 15), ...lines].join('\n');
    const a = analyze({ paragraphs: readText(text, 'markdown'), source: 'markdown' });
    expect(a.outline.measures.map((m) => m.body)).toEqual(['每月学习2次（责任人：张某；长期）\n学习不深', '走访群众（6月底前）\na|b']);
  });
});

describe('readText: the plain-line shortcut and the line walk (issue 13 memory)', () => {
  // Characters each step of the full reading reacts to, mixed with plain text.
  const SPECIAL = ['#', '*', '_', '-', '+', '>', '|', ' ', '\t', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u00ad', '\u0001', '\u007f', '\u0085', '\u2028', '\ue000', '**', '__', '村', '学', '一', 'a', '1', '。', '：'];
  const line = fc.array(fc.constantFrom(...SPECIAL), { maxLength: 12 }).map((a) => a.join(''));

  test('a line the shortcut takes reads exactly as the full reading reads it', () => {
    fc.assert(
      fc.property(line, (s) => {
        if (plainLine(s)) expect(markedLine(s, 3)).toEqual({ index: 3, text: s });
      }),
      { numRuns: 3000 },
    );
  });

  test('the shortcut takes ordinary lines and refuses each kind of mark', () => {
    expect(plainLine('一是理论学习不够深入，学用结合不够紧密。')).toBe(true);
    expect(plainLine('1.')).toBe(true);
    for (const s of ['# 标题', '- 比如', '+ 项', '> 引用', '到**村调研', '__重点__', ' 前空格', '后空格 ', '　全角空格', '含\t制表', '零宽\u200b字符', '\ue000', '控制\u0001字符', '']) {
      expect([s, plainLine(s)]).toEqual([s, false]);
    }
  });

  test('lines split at LF, CRLF and CR alike; a final break adds no paragraph; a BOM is dropped', () => {
    const ends = fc.constantFrom('\n', '\r\n', '\r');
    const body = fc.array(fc.tuple(fc.constantFrom('', '学习', '一是学习', '# 标题', '  缩进'), ends), { maxLength: 8 });
    fc.assert(
      fc.property(body, fc.boolean(), fc.constantFrom('', '末行'), (pairs, bom, last) => {
        const text = (bom ? '\ufeff' : '') + pairs.map(([l, e]) => l + e).join('') + last;
        // Reference: each line read alone (one paragraph each), split the straightforward way.
        const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
        if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
        const expected = lines.map((l, i) => ({ ...readText(l)[0], index: i }));
        expect(readText(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
