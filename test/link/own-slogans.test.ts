/**
 * A measure written under its problem ("问题：…" then "整改措施：…") answers it first, and strongly
 * when it says something; a slogan there (加强资金管理: no content, one word of the problem)
 * answers it only weakly — its place says which problem it means, not that it answers it.
 */
import { analyze } from '../../src/engine';
import { sharedLinks } from '../../src/engine/link/link';
import { textDoc } from '../support/docs';

const TITLE = '2025年度民主生活会对照检查材料';
const ASPECTS = ['政治信仰', '党员意识', '作风建设'];
const FILLER = [
  ['对党的创新理论学习满足于“学了”，没有入脑入心。', '每月至少在中心组学习中发言一次，年底前撰写研讨材料2篇。'],
  ['党员身份意识不强，比如夜间排班有推脱现象。', '主动承担夜间排班，每月不少于4个夜班。'],
];

function links(problem: string, measure: string) {
  const pairs = [...FILLER, [problem, measure]];
  const lines = [TITLE, '一、对照检查的问题及整改措施', ...ASPECTS.flatMap((a, i) => [`（${'一二三'[i]}）${a}方面`, `问题：${pairs[i][0]}`, `整改措施：${pairs[i][1]}`]), '二、原因分析', '一是理论学习不够自觉；二是党员意识淡化。'];
  const a = analyze(textDoc(lines));
  expect(a.outline.aspects[2].measures?.map((m) => m.body)).toEqual([measure]);
  return sharedLinks({ outline: a.outline, template: a.template, shared: a.shared }).links;
}

test.each([
  ['加强资金管理', '惠民资金拨付慢，比如中央衔接资金到县后平均58天才拨付到项目单位。', '加强资金管理。'],
  ['加强道路管理', '村级道路维护不及时，比如3条道路损坏半年未修。', '加强道路管理。'],
  ['规范采购工作', '食堂采购把关不严，比如一批食材未验收就入库。', '进一步规范采购工作。'],
])('a slogan under its problem (%s) answers it weakly', (_n, problem, measure) => {
  const l = links(problem, measure)[2];
  expect(l).toMatchObject({ measure: 2, strength: 'weak' });
});

test.each([
  ['a dated measure', '惠民资金拨付慢，比如中央衔接资金到县后平均58天才拨付到项目单位。', '建立惠民资金拨付台账，2026年3月底前将拨付时间压缩到15天以内。'],
  ['a measure of several actions', '项目审批效率不高，比如一个环评审批用了3个月。', '推行并联审批；压减审批环节；公开办理时限。'],
])('%s under its problem answers it strongly', (_n, problem, measure) => {
  expect(links(problem, measure)[2]).toMatchObject({ measure: 2, strength: 'strong' });
});
