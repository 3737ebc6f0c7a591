/**
 * Rows of a 整改清单 table read as entries (src/engine/table-rows.ts). A trial's row
 * "6 | 以罚代管 | — | / | 立行立改" (no measure written) was read as the measure “6”, judged concrete
 * (立行立改) and taken to answer a problem; the checklist then wrote “6” as its measure.
 */
import { analyze } from '../../src/engine';
import { headerRoles, rowEntry, type RowCell } from '../../src/engine/table-rows';
import { wordDoc } from '../support/docs';

const cells = (texts: string[], paragraph = 0): RowCell[] => texts.map((text, column) => ({ text, column, paragraph: paragraph + column }));
const HEADER = headerRoles(cells(['序号', '问题', '整改措施', '责任人', '完成时限']))!;

test.each([
  ['a dash', ['6', '以罚代管', '—', '/', '立行立改']],
  ['nothing', ['6', '以罚代管', '', '', '立行立改']],
  ['无', ['6', '以罚代管', '无', '张三', '']],
  ['a slash', ['6', '以罚代管', '／', '', '2026年6月底前']],
])('a measures row whose measure cell holds %s is no measure', (_name, row) => {
  const e = rowEntry(cells(row), HEADER, ['measure', 'other']);
  expect(e.body).toBe('');
});

test.each([
  [['6', '以罚代管', '开展执法规范化专项整治', '本人', '立行立改'], '开展执法规范化专项整治（责任人：本人；立行立改）'],
  [['7', '', '建立台账，每月通报', '', '长期坚持'], '建立台账，每月通报（长期坚持）'],
])('a row with its measure written keeps it (the control): %j', (row, own) => {
  const e = rowEntry(cells(row), HEADER, ['measure', 'other']);
  expect(e.text).toBe(row[2]);
  expect(e.body.split('\n')[0]).toBe(own);
});

test('a table without a header still joins its cells (no column to find blank)', () => {
  const e = rowEntry(cells(['6', '以罚代管', '—', '/', '立行立改']), undefined, ['measure', 'other']);
  expect(e.body).not.toBe('');
});

test('in a material: the blank row adds no measure, and the problem it names stays unanswered', () => {
  const rows = [
    ['序号', '问题', '整改措施', '责任人', '完成时限'],
    ['1', '理论学习不深', '中心组每月集中学习1次', '本人', '长期坚持'],
    ['2', '以罚代管', '—', '/', '立行立改'],
  ];
  const input = wordDoc([
    { text: '某局党组2022年度民主生活会对照检查材料' },
    { text: '一、存在的主要问题' },
    { text: '（一）带头深刻领悟“两个确立”的决定性意义方面' },
    { text: '一是理论学习不深，比如读原著少。' },
    { text: '（二）带头发扬斗争精神方面' },
    { text: '一是执法中以罚代管，敢于斗争不够。' },
    { text: '二、原因分析' },
    { text: '（一）理想信念有所松懈。' },
    { text: '三、整改措施' },
    ...rows.flatMap((r, row) => r.map((text, column) => ({ text, inTable: true, cell: { table: 0, row, column } }))),
  ]);
  const a = analyze(input);
  expect(a.outline.measures.map((m) => m.heading)).toEqual(['中心组每月集中学习1次']);
  expect(a.findings.filter((f) => f.rule === 'uncovered-problem').map((f) => f.message).join()).toContain('以罚代管');
});
