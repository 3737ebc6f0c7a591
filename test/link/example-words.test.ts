/**
 * A problem nothing answers, answered through a specific thing of its example (link.ts
 * `exampleWords`, shared-words.ts exampleWords): a rare phrase of five or more characters of an
 * example sentence, a two-character word a measure answering nothing names, or two counted words.
 * Our own pairs (none from a sample, seed, fixture or trial material). Each linked row fails with
 * `exampleWords: false`; each unlinked row has a control the pass does link, so it stays unlinked
 * for its reason.
 */
import { linkOutline } from '../../src/engine/link/link';
import { claimedChars, exampleWords } from '../../src/engine/link/shared-words';
import { hasExample } from '../../src/engine/link/patterns';
import { getTemplate, type Template } from '../../src/engine/template';
import { zhSegmenter } from '../../src/engine/text';
import { outline, type Spec } from './fixtures';

const template = getTemplate('five-aspects-2025') as Template;

/** A measure answering the second problem, and one answering nothing of either. */
const OTHERS = { problem: '二是理论学习不够系统，读原著少。', measures: ['（八）每月开展1次理论学习中心组学习，读原著不少于2本。', '（九）丰富机关文化生活，年内举办两次职工运动会。'] };

function link(problem: string, measure: string, options: { exampleWords?: boolean } = {}, more: Partial<Spec> = {}) {
  const spec: Spec = {
    aspects: [{ aspect: 1, problems: [problem, OTHERS.problem, ...(more.aspects?.[0]?.problems ?? [])] }],
    causes: more.causes,
    measures: [measure, ...(more.measures ?? []), ...OTHERS.measures],
  };
  return linkOutline(outline(spec), template, options);
}

type Linked = [word: string, problem: string, measure: string];

describe('a problem is answered weakly through a specific thing of its example', () => {
  const LINKED: Linked[] = [
    // A cue and a figure; the problem's 水管 is a word the dictionary knows, as in the measure.
    ['水管', '一是服务居民不够用心。比如小区水管漏水2个月无人过问。', '（一）2027年3月底前更换老化水管，责任人：物业办主任。'],
    // A figure only; 会费 is unknown to the dictionary (会|费 in both: single characters).
    ['会费', '二是协会管理偏松。有3家会员单位连续两年未缴会费。', '（二）会费由秘书处每季度清缴一次。'],
    // One character claimed by a neighbouring word in the problem (城|管道|口 style), a word in the measure.
    ['井盖', '三是城市管理有盲区。比如主干道井盖缺失5处。', '（三）建立井盖巡查台账，每周巡查一次。'],
    // A five-character phrase of the example, shared with a measure that answers another problem too.
    ['农村供水站', '四是推进民生实事不够有力。比如，农村供水站完工率只有六成。', '（四）加快农村供水站建设，年底前全部完工。'],
  ];

  test.each(LINKED)('%s: weak, the word as evidence', (word, problem, measure) => {
    const l = link(problem, measure).links[0];
    expect([l.strength, l.measure, l.unanswered]).toEqual(['weak', 0, false]);
    expect(l.evidence[0]).toBe(word);
  });

  test.each(LINKED)('%s: unanswered without the pass', (_, problem, measure) => {
    const l = link(problem, measure, { exampleWords: false }).links[0];
    expect([l.strength, l.unanswered]).toEqual(['none', true]);
  });

  test('two counted words answer through a measure that answers another problem too', () => {
    const problem = '一是抓发展的劲头不足。全年签约9个，投产仅3个。';
    const measure = '（一）强化担当作为，每月通报一次，力争签约项目2027年投产率达到80%。';
    const other = '二是担当作为不够，遇到难题绕着走。';
    const r = link(problem, measure, {}, { aspects: [{ aspect: 1, problems: [other] }] });
    expect(r.links[2].measure).toBe(0); // the measure answers the third problem (担当作为) by its concept
    expect([r.links[0].strength, r.links[0].measure]).toEqual(['weak', 0]);
    expect(r.links[0].evidence.slice(0, 2).sort()).toEqual(['投产', '签约'].sort());
    // One counted word is not enough for such a measure: 投产 alone.
    const one = link('一是抓发展的劲头不足。全年投产仅3个。', measure, {}, { aspects: [{ aspect: 1, problems: [other] }] });
    expect(one.links[0].unanswered).toBe(true);
  });

  test('the orphan measure is no longer reported as answering nothing', () => {
    const r = link(...(LINKED[0].slice(1) as [string, string]));
    expect(r.measures[0].answers).toContain(0);
  });
});

type Unlinked = [why: string, problem: string, measure: string, control: [problem: string, measure: string], more: Partial<Spec>];

describe('example words that link nothing', () => {
  const UNLINKED: Unlinked[] = [
    ['no instance in its sentence (no cue, figure or date)', '一是示范带动不够。很少参加车棚活动。', '（一）主动作表率，参加车棚整治。', ['一是示范带动不够。全年只参加车棚活动2次。', '（一）主动作表率，参加车棚整治。'], {}],
    [
      'another problem and a cause write it too',
      '一是服务居民不够用心。比如小区水管漏水2个月无人过问。',
      '（一）更换老化水管，责任人：物业办主任。',
      ['一是服务居民不够用心。比如小区水管漏水2个月无人过问。', '（一）更换老化水管，责任人：物业办主任。'],
      { aspects: [{ aspect: 1, problems: ['三是水管改造推进慢。'] }], causes: ['水管老化多年未更换。'] },
    ],
    [
      'three measures write it',
      '一是服务居民不够用心。比如小区水管漏水2个月无人过问。',
      '（一）更换老化水管，责任人：物业办主任。',
      ['一是服务居民不够用心。比如小区水管漏水2个月无人过问。', '（一）更换老化水管，责任人：物业办主任。'],
      { measures: ['（二）水管巡查每月一次。', '（三）水管维修由物业负责。'] },
    ],
    ['a body’s name (常委会)', '一是决策程序不规范。比如3次常委会临时动议。', '（一）常委会一律提前3天送达材料。', ['一是决策程序不规范。比如3次招标临时动议。', '（一）招标一律提前3天公告。'], {}],
    ['the unit of a quantity (8小时 / 24小时)', '一是值班制度执行不严。比如每天在岗不足8小时。', '（一）落实24小时值守，由办公室负责。', ['一是值班制度执行不严。比如每天在岗不足8小时，电台常关。', '（一）落实电台24小时值守，由办公室负责。'], {}],
    ['a run across two words in the measure (学校|长期 holds no 校长)', '一是干部队伍管理偏松。比如2名校长不在岗。', '（一）推动学校长期规划落地，每学期督导一次。', ['一是干部队伍管理偏松。比如2名校长不在岗。', '（一）校长每学期述职一次。'], {}],
  ];

  test.each(UNLINKED)('%s', (_, problem, measure, control, more) => {
    expect(link(problem, measure, {}, more).links[0].unanswered).toBe(true);
    expect(link(control[0], control[1]).links[0]).toEqual(expect.objectContaining({ strength: 'weak', measure: 0 }));
  });

  test('a shared phrase that is a deadline’s frame is no thing (9月底前完成)', () => {
    const problem = '一是攻坚劲头不足。比如道路整治原定9月底前完成，实际拖到12月。';
    const measure = '（一）2027年3月底前完成全部整改，责任人：城建科。';
    expect(link(problem, measure).links[0].unanswered).toBe(true);
  });
});

describe('shared-words.ts exampleWords and claimedChars', () => {
  const seg = zhSegmenter()!;

  test('claimedChars: 0 for a word or unknown single characters, 1 when one is claimed, 2 across two words', () => {
    expect(claimedChars(seg, '更换老化水管', 4)).toBe(0);
    expect(claimedChars(seg, '未缴会费', 2)).toBe(0);
    expect(claimedChars(seg, '推动学校长期规划', 3)).toBe(2);
  });

  test('only sentences giving an instance are read, and another problem may write the word once', () => {
    const measures = ['（一）建立渣土车台账，2027年上线。'];
    const isExample = hasExample;
    expect(exampleWords('一是渣土车管理不严。渣土车乱倒。', measures, [], { isExample })).toEqual([]);
    expect(exampleWords('一是渣土车管理不严。全年渣土车乱倒12起。', measures, [], { isExample }).map((x) => x.words)).toEqual([['渣土车']]);
    const rest = ['一是渣土车管理不严。全年渣土车乱倒12起。', '二是执法不严，对渣土车抽查少。'];
    expect(exampleWords(rest[0], measures, rest, { isExample, self: 0 })).toEqual([]);
    expect(exampleWords(rest[0], measures, rest, { isExample, self: 0, elsewhere: () => true })).toHaveLength(1);
    expect(exampleWords(rest[0], measures, [...rest, '三是渣土车上路多。'], { isExample, self: 0, elsewhere: () => true })).toEqual([]);
  });
});
