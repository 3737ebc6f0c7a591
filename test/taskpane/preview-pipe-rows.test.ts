/**
 * The preview reads each paragraph of its document as one paragraph, as Word does: a pasted
 * markdown table row is kept whole (it was cut to its first cell), and its |---| rule line does
 * not make the check fail (the text reader drops such a line, which left a paragraph with no text
 * and the pane showed 分析文档时出错 beside 当前文档没有内容).
 */
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { analyze } from '../../src/engine';
import { completeLines } from '../support/docs';

test.each([
  ['a table with its rule line', ['| 序号 | 问题 | 整改措施 |', '|---|---|---|', '| 1 | 学习不深 | 每月学习2次 |']],
  ['a rule line alone', ['|---|---|']],
  ['a rule line with colons', ['| :--- | ---: |']],
  ['a page number', ['— 2 —']],
])('%s: one paragraph a line, its text as written, and the analysis runs', async (_name, lines) => {
  const text = [...completeLines(), ...lines].join('\n');
  const paragraphs = await new MemoryGateway(new MemoryDocument(text)).read();
  const doc = new MemoryDocument(text);
  expect(paragraphs).toHaveLength(doc.paragraphs.length);
  paragraphs.forEach((p, i) => {
    expect(typeof p.text).toBe('string');
    expect(p.index).toBe(i);
  });
  for (const l of lines) expect(paragraphs.map((p) => p.text)).toContain(l);
  expect(() => analyze({ paragraphs, source: 'word' })).not.toThrow();
});

test('markdown marks on a line are still read as hints', async () => {
  const paragraphs = await new MemoryGateway(new MemoryDocument('## 一、存在的主要问题\n**（一）在理论学习方面**')).read();
  expect(paragraphs[0]).toMatchObject({ text: '一、存在的主要问题', markdownLevel: 2 });
  expect(paragraphs[1].bold).toBe(true);
});
