/** The .txt/.md reader: lines, markdown marks, and pasted pipe tables read as Word tables. */
import { readText } from '../../src/engine/readers/text';
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
