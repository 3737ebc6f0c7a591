/**
 * The folder summary's and the workbook's count of problems no measure answers: a material with no
 * measures at all has every problem unanswered (a trial's material with no 整改措施 part read
 * "未对应措施的问题 0 个", so a reviewer sorting by the column took the worst material for fine).
 */
import { analyze } from '../../src/engine';
import { completeLines, textDoc } from '../support/docs';
import { materialRow, unansweredProblems } from '../../src/cli/workbook';
import { summaryLine } from '../../src/cli/check-file';

const full = completeLines();
const measuresAt = full.indexOf('三、整改措施');
const problemsOf = (lines: string[]) => analyze(textDoc(lines)).outline.aspects.reduce((n, a) => n + a.problems.length, 0);

test.each([
  ['no measures part', full.slice(0, measuresAt)],
  ['no measures part, a closing line after the causes', [...full.slice(0, measuresAt), '以上对照检查，不妥之处，请同志们批评指正。']],
  ['only problems', full.slice(0, full.indexOf('二、原因分析'))],
])('%s: every problem is unanswered, and the summary says there are no measures', (_name, lines) => {
  const a = analyze(textDoc(lines));
  const n = problemsOf(lines);
  expect(n).toBeGreaterThan(3);
  expect(unansweredProblems(a)).toEqual({ count: n, noMeasures: true });
  expect(materialRow(a, 'x.txt')[8]).toBe(n);
  expect(summaryLine(a, 'x.txt')).toContain(`未对应措施的问题 ${n} 个（没有整改措施）`);
});

test('a material with measures: the uncovered-problem findings, no note', () => {
  const a = analyze(textDoc(full));
  const uncovered = a.findings.filter((f) => f.rule === 'uncovered-problem').length;
  expect(unansweredProblems(a)).toEqual({ count: uncovered, noMeasures: false });
  expect(summaryLine(a, 'x.txt')).not.toContain('没有整改措施');
});
