/**
 * Issue 13: a 整改清单 row's node holds its body, depth and row fields (rowOwn, rowProblem,
 * rowCell) in itself from the start (outline.ts, RowTreeNode), where a TreeNode given them one by
 * one kept them in a property array of their own. Where they are stored cannot be seen from
 * JavaScript; what could break is what they read: a row field lost or given to a row without it,
 * the heading or body of a row changed, a row node serialised differently, or the defaults of other
 * nodes changed. Checked on pipe-table rows with and without an owner, deadline and 问题 cell, and
 * on a table with no 问题 column.
 */
import { analyze } from '../../src/engine';
import { readText } from '../../src/engine/readers/text';
import { toJson } from '../../src/engine/json';

const HEAD = '一、存在的主要问题\n一是学习不够，比如全年只读了2本书。\n二、原因分析\n理想信念有所松懈，满足于读文件、听报告。\n三、整改措施\n';

function measuresOf(table: string) {
  const a = analyze({ paragraphs: readText(HEAD + table, 'text'), source: 'text' });
  return { a, measures: a.outline.measures };
}

describe('row nodes of a 整改清单 table', () => {
  test('rows with a 问题 column: body, own cells, problem cell and measure cell as written', () => {
    const { a, measures } = measuresOf(
      '| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 学习不够 | 每月学习1次 | 张三 | 2026年6月 |\n| 2 | 学习不够 | 每月学习2次 |  |  |\n| 3 |  | 每季度检查1次 | 李四 |  |\n',
    );
    // As the outline read them before row nodes were a class of their own (checked on that build).
    expect(measures.map((m) => m.body)).toEqual(['每月学习1次（责任人：张三；2026年6月）\n学习不够', '每月学习2次\n学习不够', '每季度检查1次（责任人：李四）']);
    expect(measures.map((m) => m.heading)).toEqual(['每月学习1次', '每月学习2次', '每季度检查1次']);
    expect(measures.map((m) => m.rowOwn)).toEqual(['每月学习1次（责任人：张三；2026年6月）'.length, '每月学习2次'.length, undefined]);
    expect(measures.map((m) => m.rowProblem)).toEqual(['学习不够', '学习不够', undefined]);
    expect(measures.map((m) => m.rowCell)).toEqual(['每月学习1次'.length, '每月学习2次'.length, undefined]);
    for (const m of measures) {
      expect(m.depth).toBe(2);
      expect(m.offset).toBe(0);
      expect(m.inline).toBe(false);
      expect(m.children).toEqual([]);
      // Serialised with the ten fields a node lists, the row fields not among them.
      expect(Object.keys(JSON.parse(JSON.stringify(m)))).toEqual(['paragraph', 'offset', 'heading', 'body', 'inline', 'styled', 'depth', 'children', 'textParagraphs']);
    }
    expect(toJson(a, 'x').measures.map((m) => m.text)).toEqual(['每月学习1次', '每月学习2次', '每季度检查1次']);
  });

  test('a body added to replaces the row body; a table with no 问题 column and nodes read from no table have no row fields', () => {
    const rows = measuresOf('| 序号 | 问题 | 整改措施 |\n|---|---|---|\n| 1 | 学习不够 | 每月学习1次 |\n').measures;
    rows[0].body += '\n另加';
    expect(rows[0].body).toBe('每月学习1次\n学习不够\n另加');
    expect(rows[0].heading).toBe('每月学习1次');
    const { a, measures } = measuresOf('| 序号 | 整改措施 | 责任人 |\n|---|---|---|\n| 1 | 每月学习1次 | 张三 |\n');
    expect(measures.map((m) => m.body)).toEqual(['每月学习1次（责任人：张三）']);
    expect(measures[0].rowOwn).toBeUndefined();
    expect(measures[0].rowProblem).toBeUndefined();
    expect(measures[0].rowCell).toBeUndefined();
    // A node read from no table: no row fields, its body its own text.
    const cause = a.outline.causes[0];
    expect(cause.body).toContain('理想信念有所松懈');
    expect(cause.rowOwn).toBeUndefined();
    expect(cause.rowProblem).toBeUndefined();
  });
});
