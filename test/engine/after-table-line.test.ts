/**
 * A line right after a 整改清单 table that is no measure: a note on the table (注：, 说明：, 备注：) or a
 * sentence about its measures as a whole ("班子将把上述措施逐项落实到位…", "以上整改措施…"). It was
 * read as a measure — vague and answering no problem, two findings a reviewer would not make. A
 * measure written after the table stays one. Shapes: the table alone in the part, the table after
 * numbered measures, a pipe table and a table in Word (cells of a .docx), a spaced table pasted from a PDF.
 */
import { analyze } from '../../src/engine';
import { completeLines, textDoc, wordDoc } from '../support/docs';

const HEAD = completeLines().slice(0, 16); // up to the 整改措施 heading
const PIPE = ['| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |', '|---|---|---|---|---|', '| 1 | 理论学习不深 | 每月集中学习原著2次 | 张三 | 长期坚持 |', '| 2 | 联系群众不够 | 每季度走访群众10户 | 李四 | 2026年6月底 |'];
const SPACED = ['序号  问题  整改措施  责任人  完成时限', '1  理论学习不深  每月集中学习原著2次  张三  长期坚持', '2  联系群众不够  每季度走访群众10户  李四  2026年6月底'];
const NOTES = [
  '班子将把上述措施逐项落实到位，定期向县委报告整改进展。',
  '以上整改措施，班子成员将带头落实，接受党员群众监督。',
  '注：完成时限为最迟完成时间，能提前完成的提前完成。',
  '说明：清单中的责任人为第一责任人。',
  '对清单所列事项，实行销号管理。',
];

const measureBodies = (lines: string[]) => analyze(textDoc(lines)).outline.measures.map((m) => m.body);

describe.each([
  ['a pipe table alone', PIPE],
  ['a spaced table alone', SPACED],
  ['numbered measures, then a pipe table', ['（一）强化宗旨意识，年底前走访群众20户。', ...PIPE]],
])('%s', (_shape, table) => {
  test.each(NOTES)('%s is no measure', (note) => {
    const bodies = measureBodies([...HEAD, ...table, note]);
    expect(bodies.some((b) => b.includes(note.slice(0, 6)))).toBe(false);
    expect(bodies.some((b) => b.includes('每季度走访群众10户'))).toBe(true);
  });
  test('no vague or orphan measure is reported for it', () => {
    const a = analyze(textDoc([...HEAD, ...table, NOTES[0]]));
    expect(a.findings.filter((f) => (f.rule === 'vague-measure' || f.rule === 'orphan-measure') && f.message.includes('上述措施'))).toEqual([]);
  });
  test('a measure written after the table stays a measure', () => {
    const bodies = measureBodies([...HEAD, ...table, '另外，每月召开一次整改推进会，由党组书记负责。']);
    expect(bodies.some((b) => b.includes('每月召开一次整改推进会'))).toBe(true);
  });
});

test('a table in Word (cells of a .docx) with a note after it', () => {
  const cells = [
    ['序号', '问题', '整改措施', '责任人', '完成时限'],
    ['1', '理论学习不深', '每月集中学习原著2次', '张三', '长期坚持'],
  ];
  const ps = [
    ...HEAD.map((text) => ({ text })),
    ...cells.flatMap((row, r) => row.map((text, column) => ({ text, inTable: true, cell: { table: 0, row: r, column } }))),
    { text: '班子将把上述措施逐项落实到位。' },
  ];
  const bodies = analyze(wordDoc(ps)).outline.measures.map((m) => m.body);
  expect(bodies.some((b) => b.includes('上述措施'))).toBe(false);
  expect(bodies.some((b) => b.includes('每月集中学习原著2次'))).toBe(true);
});
