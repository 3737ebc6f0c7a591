/**
 * Automatic numbers (Word's lists, Paragraph.listString) that go on from the section before — an
 * aspect's first item numbered 3. — are said once a list, without a fix (a trial's .docx had its
 * 1.–8. run across four aspects, unflagged, while the same typed numbers were flagged).
 */
import { analyze } from '../../src/engine';
import type { Paragraph } from '../../src/engine/types';

/** Paragraphs from lines; "#N " before a line makes N. its automatic number (listString). */
function doc(lines: string[]): Paragraph[] {
  return lines.map((line, index) => {
    const m = /^#(\d+) (.*)$/.exec(line);
    return m ? { index, text: m[2], listString: `${m[1]}.` } : { index, text: line };
  });
}

const autoFindings = (lines: string[]) =>
  analyze({ paragraphs: doc(lines), source: 'docx' }).findings.filter((f) => f.message.startsWith('自动编号'));

const ASPECT = (n: string, t: string) => `（${n}）带头${t}方面`;
const base = (items: string[][]) => [
  '2025年度民主生活会对照检查材料',
  '一、存在的主要问题',
  ...items.flatMap((list, i) => [ASPECT('一二三四'[i], ['学习', '担当', '为民', '廉洁'][i]), ...list]),
  '二、原因分析',
  '#1 理想信念有所松懈。',
  '#2 宗旨意识有所淡化。',
  '三、整改措施',
  '#1 强化理论武装。每月学习2次。',
  '#2 践行为民宗旨。年底前走访20户。',
];

test.each([
  ['numbers run on across the aspects', [['#1 学习不深。', '#2 调研不够。'], ['#3 担当不够。', '#4 作风不实。'], ['#5 联系群众少。']], [[6, 3], [9, 5]]],
  ['the second aspect alone runs on', [['#1 学习不深。'], ['#2 担当不够。'], ['#1 联系群众少。']], [[5, 2]]],
])('%s: one finding at each list\'s first item', (_name, items, expected) => {
  const lines = base(items as string[][]);
  const got = autoFindings(lines);
  expect(got.map((f) => [f.paragraph, Number(/此处为“(\d+)\./.exec(f.message)![1])])).toEqual(expected);
  for (const f of got) expect(f.fix).toBeUndefined();
});

test('causes numbered on from the problems: said at the first cause', () => {
  const lines = base([['#1 学习不深。'], ['#1 担当不够。']]).map((l) => l.replace('#1 理想', '#2 理想').replace('#2 宗旨', '#3 宗旨'));
  const got = autoFindings(lines);
  expect(got.map((f) => f.paragraph)).toEqual([lines.indexOf('#2 理想信念有所松懈。')]);
});

test.each([
  ['every list from 1.', [['#1 学习不深。', '#2 调研不够。'], ['#1 担当不够。'], ['#1 联系群众少。', '#2 办法不多。']]],
  ['typed numbers (flagged by the typed check, not this one)', [['1.学习不深。'], ['2.担当不够。']]],
])('%s: none', (_name, items) => {
  expect(autoFindings(base(items as string[][]))).toEqual([]);
});
