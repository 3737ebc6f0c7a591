/**
 * Which measure a problem's link names first (t25 #9, #13, #17). Our own texts.
 * - An instance run into the problem's heading sentence ("…形式单一，全年12次主题党日中有9次是集中学习")
 *   is not its point: a measure sharing only the instance's concept does not answer it strongly.
 * - A measure naming a specific thing of the problem (a term of its example, its counted thing)
 *   comes before one sharing only a concept with it.
 * - A measure acting on the case part's gap (警示教育) comes after another answer of a problem that
 *   does not write that gap's thing.
 */
import { linkOutline, pointOf } from '../../src/engine/link/link';
import { lexiconMatcher } from '../../src/engine/link/concepts';
import type { Outline } from '../../src/engine/types';
import { node, outline } from './fixtures';

const run = (problems: string[], measures: string[]) => linkOutline(outline({ aspects: [{ aspect: null, problems }], measures }));

describe('an instance run into the heading sentence is not the point', () => {
  test.each([
    ['主题党日 / 集中学习', '二是主题党日活动形式单一，全年12次主题党日中有9次是集中学习。', '（一）每月开展1次集中学习，党员每季度撰写1篇心得体会。'],
    ['谈心谈话 / 调研', '一是谈心谈话开展不够经常，比如今年到基层调研时只和2名干部谈过心。', '（一）每季度到基层调研不少于2次，形成调研报告。'],
    ['请示报告 / 意识形态', '三是请示报告不够及时，今年有1起意识形态舆情事后才报告。', '（一）每半年开展1次意识形态工作专题研判。'],
  ])('%s: the instance’s concept answers it weakly at most', (_n, problem, measure) => {
    const l = run([problem, '一是调查研究不够深入。'], [measure, '（二）严格落实首问负责制。']).links[0];
    expect(l.strength).not.toBe('strong');
  });

  test.each([
    ['the instance of the point’s own concept', '二是参加组织生活不够积极，今年有1次主题党日活动请假未参加。', '（一）每月按时参加主题党日活动，不无故请假。'],
    ['a related concept (廉洁自律 / 宴请)', '三是廉洁自律要求落实不严，2024年有1次参加了管理服务对象的宴请。', '（一）严格执行中央八项规定，不接受管理服务对象宴请。'],
  ])('%s: still answered strongly', (_n, problem, measure) => {
    const l = run([problem, '一是调查研究不够深入。'], [measure, '（二）每月到基层调研不少于2次。']).links[0];
    expect(l.strength).toBe('strong');
    expect(l.measure).toBe(0);
  });

  test('pointOf keeps the heading sentence when a further point follows the instance', () => {
    const m = lexiconMatcher();
    expect(pointOf('二是主题党日活动形式单一，全年12次主题党日中有9次是集中学习。', m)).toBe('二是主题党日活动形式单一，');
    expect(pointOf('二是参加组织生活不够积极，今年有1次主题党日请假，对支部布置的理论学习任务完成得不好。', m)).toBe('二是参加组织生活不够积极，今年有1次主题党日请假，对支部布置的理论学习任务完成得不好。');
    expect(pointOf('一是理论学习不够系统。', m)).toBe('一是理论学习不够系统。');
  });
});

describe('a measure naming the problem’s specific thing comes first', () => {
  test.each([
    [
      '汛期值班 (a term of the example)',
      '在急难险重任务面前冲在前面不够，比如今年汛期值班，我调换了2次班。',
      ['一是每季度至少参加1次社区志愿服务，佩戴党员徽章。', '二是服从单位安排，汛期值班不调班。'],
    ],
    [
      '工作日 (the counted thing)',
      '二是营商环境改善不明显。比如企业开办平均仍需3个工作日，高于全市平均水平。',
      ['1. 建立重大产业项目包联机制，年内开工5个项目。', '2. 2027年3月底前将企业开办时间压缩到1个工作日。'],
    ],
    [
      '独居老人 (a term of the example)',
      '一是在急难险重任务面前冲锋在前不够，比如暴雨期间对独居老人的转移没有到现场。',
      ['（一）每季度参加1次社区志愿服务，主动请缨。', '（二）汛期前逐户走访独居老人，建立联系卡。'],
    ],
  ])('%s', (_n, problem, measures) => {
    const l = run([problem, '一是调查研究不够深入。'], measures).links[0];
    expect(l.measure).toBe(1);
    expect(l.measures[0]).toBe(1);
  });

  test('a concept-only measure scoring higher stays second, not dropped', () => {
    const l = run(['在急难险重任务面前冲在前面不够，比如今年汛期值班，我调换了2次班。'], ['一是每季度至少参加1次社区志愿服务，佩戴党员徽章。', '二是服从单位安排，汛期值班不调班。']).links[0];
    expect(l.measures).toEqual([1, 0]);
  });
});

/** An outline of the problems and measures with a case part whose gap is `gap`. */
function withCase(problems: string[], gap: string, measures: string[]): Outline {
  const o = outline({ aspects: [{ aspect: null, problems }], measures });
  const heading = '二、反面典型案例剖析';
  const children = ['学习了某县原局长违规收受礼金案。', gap].map((l) => node(l));
  o.parts.splice(1, 0, { role: 'cases' as const, node: { ...node(heading, heading), depth: 1, children, body: [heading, ...children.map((c) => c.body)].join('\n') } });
  return o;
}

describe('the case part’s measure comes after another answer', () => {
  const GAP = '对照案例，本人对本系统收受礼金问题警示教育不够，比如今年只开展了1次警示教育。';
  test.each([
    ['警示教育 measure last', ['三是2025年3月底前对全县司法所开展一次收费专项检查。', '五是每半年开展1次警示教育。'], 0],
    ['警示教育 measure first', ['一是每半年开展1次警示教育。', '二是2025年3月底前对全县司法所开展一次收费专项检查。'], 1],
    ['交叉检查', ['一是每半年开展1次警示教育。', '二是每季度对基层所开展1次交叉检查。'], 1],
    ['监督 in both (the lexicon unchanged)', ['一是每半年开展1次警示教育。', '二是每季度对基层所财务收支开展1次监督抽查。'], 1],
  ])('%s', (_n, measures, expected) => {
    const r = linkOutline(withCase(['一是对基层所监督偏软。比如有2名司法所工作人员违规收取咨询费。', '二是调查研究不深入。'], GAP, measures));
    expect(r.links[0].measure).toBe(expected);
    expect(r.links[0].measures[0]).toBe(expected);
  });

  test('a problem writing the case’s thing keeps the case measure first', () => {
    const r = linkOutline(withCase(['一是警示教育开展不经常，比如全年只开展1次警示教育。', '二是调查研究不深入。'], GAP, ['一是每半年开展1次警示教育。', '二是每季度对基层所开展1次交叉检查。']));
    expect(r.links[0].measure).toBe(0);
  });
});
