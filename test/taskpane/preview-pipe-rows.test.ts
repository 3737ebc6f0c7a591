/**
 * The preview reads a pasted markdown table (| 问题 | 整改措施 | 责任人 | 完成时限 |, one row a
 * paragraph) as the text reader reads it from a .md file: one paragraph a cell with its table, row
 * and column, the |---| rule line adding none (engine/readers/joined.ts pipeRowCells). A trial writer's
 * 整改清单 pasted into the page was read as lines of text, not as a table. Other lines stay one
 * paragraph each (a page number is not dropped: the check must not fail on an empty read).
 */
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { analyze } from '../../src/engine';
import { readText } from '../../src/engine/readers/text';
import { completeLines } from '../support/docs';

test.each([
  ['a table with its rule line', ['| 序号 | 问题 | 整改措施 |', '|---|---|---|', '| 1 | 学习不深 | 每月学习2次 |']],
  ['a table without pipes at the row ends trimmed', ['  | 问题 | 整改措施 | 责任人 | 完成时限 |  ', '| --- | --- | --- | --- |', '| 学习不深 | 每月学习2次 | 本人 | 长期坚持 |']],
  ['a rule line alone', ['|---|---|']],
  ['a rule line with colons', ['| :--- | ---: |']],
  ['a page number', ['— 2 —']],
])('%s: read as the text reader reads it, and the analysis runs', async (_name, lines) => {
  const text = [...completeLines(), ...lines].join('\n');
  const paragraphs = await new MemoryGateway(new MemoryDocument(text)).read();
  const want = readText(text, 'markdown');
  expect(paragraphs.map((p) => [p.text, p.cell ?? null])).toEqual(want.map((p) => [p.text, p.cell ?? null]));
  paragraphs.forEach((p, i) => expect(p.index).toBe(i));
  expect(() => analyze({ paragraphs, source: 'word' })).not.toThrow();
});

test('markdown marks on a line are still read as hints', async () => {
  const paragraphs = await new MemoryGateway(new MemoryDocument('## 一、存在的主要问题\n**（一）在理论学习方面**')).read();
  expect(paragraphs[0]).toMatchObject({ text: '一、存在的主要问题', markdownLevel: 2 });
  expect(paragraphs[1].bold).toBe(true);
});
