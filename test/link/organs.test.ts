/**
 * A body's name (局党组, 常委会, 部务会 …) shared by a problem and a measure is where both happen,
 * not a thing the measure does about the problem (organs.ts, link.ts terms).
 */
import { isOrganName } from '../../src/engine/link/organs';
import { linkOutline } from '../../src/engine/link/link';
import { getTemplate } from '../../src/engine/template';
import { outline } from './fixtures';

test.each(['局党组', '局党组会', '县委常委会', '部务会', '党支部', '班子成员', '局党组中心组', '区政府常务会议'])('%s is a body\'s name', (t) => {
  expect(isOrganName(t)).toBe(true);
});

test.each(['信访积案', '教育集团', '流动党员', '党组织生活', '能上能下', '预付卡'])('%s is a thing', (t) => {
  expect(isOrganName(t)).toBe(false);
});

describe('a body\'s name alone does not answer a problem', () => {
  const template = getTemplate('five-aspects-2025')!;
  test.each([
    ['局党组', '二是在执行民主集中制上有时存在“一言堂”倾向，局党组会研究资金分配时我先定调子；', '1.持续强化政治忠诚。每月自学不少于8小时，在局党组中心组作专题发言不少于4次。'],
    ['部务会', '二是调研成果转化不够，部务会研究的调研课题落地少；', '（一）强化理论武装。每季度在部务会上作一次学习交流。'],
    ['常委会', '二是决策前论证不充分，常委会研究的个别项目事后调整；', '（一）深学细悟全会精神。常委会每月安排一次专题学习。'],
  ])('%s', (_n, problem, measure) => {
    const o = outline({ aspects: [{ aspect: 3, problems: [problem] }], measures: [measure] });
    expect(linkOutline(o, template).links[0].strength).not.toBe('strong');
  });
});
