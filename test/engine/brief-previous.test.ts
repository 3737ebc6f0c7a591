/**
 * A 上年度整改落实情况 part that only says the problems were put right (rules/brief-previous.ts):
 * reviewers send it back. Found by a trial: "上年度查摆的5个问题已全部整改到位。" passed unremarked.
 */
import { analyze } from '../../src/engine';
import { completeLines, textDoc } from '../support/docs';
import { MIN_PREVIOUS_CHARS } from '../../src/engine/rules/brief-previous';

const TITLE = '某局党组书记2025年度民主生活会对照检查材料';
const rest = completeLines().map((l) => l.replace(/^一、/, '二、').replace(/^二、原因/, '三、原因').replace(/^三、整改/, '四、整改'));
const withPrevious = (...previous: string[]) => [TITLE, ...previous, ...rest];
const flagged = (lines: string[]) => analyze(textDoc(lines)).findings.filter((f) => f.rule === 'brief-previous');

test.each([
  ['one sentence under the heading', ['一、上年度民主生活会整改落实情况', '上年度查摆的5个问题已全部整改到位。']],
  ['a run-in heading', ['一、上年度整改落实情况。去年查摆的问题已整改。']],
  ['a colon and two short sentences', ['一、上年度问题整改情况：', '已全部整改。整改措施均已落实到位。']],
  ['the heading alone', ['一、上年度民主生活会查摆问题整改落实情况']],
  ['a 组织生活会 wording', ['一、上一年度组织生活会整改情况', '上年度问题均已整改完毕。']],
])('%s: flagged once, at the heading', (_name, previous) => {
  const lines = withPrevious(...previous);
  const found = flagged(lines);
  expect(found).toHaveLength(1);
  expect(found[0].paragraph).toBe(1);
  expect(found[0].message).toContain('逐条说明');
});

test.each([
  ['a summary naming what is left', ['一、上年度民主生活会查摆问题整改落实情况', '上年度本人查摆的4个方面11个问题，已完成整改10个，“项目前期工作推进慢”问题正在持续整改，预计明年6月底前完成。']],
  ['item by item', ['一、上年度整改落实情况', '一是理论学习不深的问题，局党组中心组全年集中学习12次。', '二是调研不够的问题，班子成员人均到基层调研8次以上。', '三是作风不实的问题，全年精简会议文件三成。']],
  ['an unfilled skeleton (the placeholder rule says it)', ['一、上年度整改落实情况', '……']],
  ['the skeleton as inserted, with its hints', ['一、上年度问题整改落实情况', '一是……（上年度查摆问题的整改完成情况）。', '二是……（尚未完成整改的问题及原因）。']],
  ['a draft with one item written and one left', ['一、上年度整改落实情况', '一是已整改。', '二是××。']],
  ['no previous part', []],
])('%s: not flagged', (_name, previous) => {
  expect(flagged(withPrevious(...previous))).toEqual([]);
});

test('the threshold lies between the shortest real summary and the longest "all done"', () => {
  expect(MIN_PREVIOUS_CHARS).toBeGreaterThan('上年度查摆的5个方面12个问题已全部整改到位整改措施全部落实'.length);
  expect(MIN_PREVIOUS_CHARS).toBeLessThan(52);
});
