/**
 * Problem–measure links on the aspects of every year's notice (2022–2026), with our own problem and
 * measure pairs: restated nouns, synonyms of the notices' vocabulary, measures grouped by theme, and
 * measures carrying an owner and a deadline. Each positive pair is answered only through the words
 * the lexicon files under that year's aspects (src/engine/link/lexicon.json, sources named there);
 * the negative pairs are shapes that must stay unanswered. Plus: an aspect answered only by slogans
 * is weakly covered, not covered.
 */
import { linkOutline, type LinkResult } from '../../src/engine/link/link';
import { lexiconMatcher } from '../../src/engine/link/concepts';
import { outline } from './fixtures';

/** Measures with nothing in common with the problems below, so only the right one can answer. */
const DISTRACTORS = [
  '（八）丰富机关文化生活。年内举办两次职工运动会，由工会牵头。',
  '（九）加强疫情防控常态化管理，每月开展一次核酸检测演练。',
];

/** The link of one problem against the answering measure (first) and the distractors. */
function linkOne(problem: string, measure: string): LinkResult['links'][number] {
  const r = linkOutline(outline({ aspects: [{ aspect: 1, problems: [problem] }], measures: [measure, ...DISTRACTORS] }));
  return r.links[0];
}

type Case = [year: string, problem: string, measure: string];

// Positive pairs: the measure answers the problem in words the notices of that year use.
const ANSWERED: Case[] = [
  // 2022 六个带头: 党的全面领导 (把方向、管大局), 凝心铸魂, 斗争精神.
  ['2022 全面领导 · restated by its official name', '一是把方向、管大局的作用发挥不够。议题安排上业务多、全局性问题少。', '（三）坚持和加强党的全面领导。党组每季度至少专题研究一次党建和意识形态工作。'],
  ['2022 凝心铸魂 · synonym 以学铸魂', '二是用党的创新理论凝心铸魂不够。对报告原文研读停留在面上。', '（二）坚持以学铸魂。每月开展一次专题研讨（责任人：办公室；长期坚持）。'],
  ['2022 斗争精神 · 碰硬 answered by 斗争精神', '一是敢于碰硬不够。对违规占地问题处置偏软。', '（五）发扬斗争精神，较真碰硬，年内开展两次违规占地专项整治。'],
  // 2023 主题教育: 能力本领 (以学增智), 工作作风 (为基层减负), 廉洁自律 (身边人、家风).
  ['2023 能力本领 · 专业化能力 under 增强能力本领', '一是专业化能力与岗位要求不相适应。对新政策吃得不透。', '（三）增强能力本领，每季度组织一次业务培训。'],
  ['2023 廉洁自律 · 身边人 answered by 亲属子女、身边工作人员', '二是对身边人要求不严。对家属子女的提醒不经常。', '（六）管好亲属子女和身边工作人员，每半年开展一次家风教育。'],
  // 2024 四个带头: 请示报告 (政治纪律), 党纪学习教育, 容错纠错 (为担当者担当).
  ['2024 政治纪律 · 请示报告 under 严守政治纪律', '二是请示报告不够及时。个别事项事后才向组织说明。', '（一）严守政治纪律和政治规矩，凡属重要情况第一时间向党组如实汇报。'],
  ['2024 党纪学习教育 · 学纪知纪明纪守纪', '一是党纪学习教育成果巩固不够。对处分条例学得不深。', '（二）坚持学纪知纪明纪守纪，每月组织一次集中学纪，由机关党委负责。'],
  ['2024 勇于担责 · 为担当者担当 answered by 容错纠错', '三是为担当者担当的氛围不浓。干事的同志顾虑多。', '（三）落实“三个区分开来”，2025年6月底前出台容错纠错实施办法。'],
  // 2025 五个带头: 敬畏法纪 (依法行政), 固本培元 (党员意识), 敬畏人民 (群众诉求).
  ['2025 敬畏法纪 · 依法行政 answered by 规范执法', '三是依法行政意识不强。个别案卷程序不完整。', '（三）坚持严格规范执法，每半年开展一次案卷交叉评查。'],
  ['2025 固本培元 · 党员身份意识 under 增强党性', '二是党员身份意识有所淡化。参加支部活动不够经常。', '（二）固本培元、增强党性，每月参加一次支部主题党日。'],
  // 2026 (notice n1): 统筹发展和安全, 为基层减负.
  ['2026 发展和安全 · 统筹发展和安全 answered by 安全发展', '三是统筹发展和安全不够。对地下管线的底数不清。', '（三）守牢安全发展底线，年底前完成老旧管线排查整治。'],
  ['2026 为基层减负 · 基层负担 answered by 为基层减负', '五是基层负担仍然较重。过度留痕的现象仍有发生。', '（五）持续为基层减负，年内督查检查考核事项压减三成。'],
  // 组织生活会 (org-life-2024): 作用发挥.
  ['组织生活会 作用发挥 · 先锋模范 answered by 先锋作用', '一是先锋模范作用发挥不够。急难险重任务中主动请缨少。', '（四）发挥先锋作用，全年参加志愿服务不少于6次。'],
];

// Answered at best weakly before the year's vocabulary: now strongly.
const STRONG: Case[] = [
  // A detail shared in the bodies, and a heading that promises the related point (攻坚克难 under 担当作为).
  ['2023/2025 担当作为 · 攻坚克难 under a 担当作为 measure', '一是攻坚克难的劲头不足。对招商引资中的堵点推进不力。', '（四）勇于担当作为。对招商引资实行周调度，年底前完成签约。'],
  ['2025 敬畏人民 · 群众诉求 answered by 投诉回访', '一是对群众诉求回应不及时。部分诉求超期未办。', '（三）践行为民宗旨，对超期投诉件逐件回访，3月底前全部办结。'],
];

// Pairs that must stay unanswered.
const UNANSWERED: Case[] = [
  ['创新理论 is theory, not 创新', '一是运用党的创新理论指导工作不够。', '（四）推进改革创新，营造勇于创新的氛围。'],
  ['社会风险 is no 会风', '一是社会风险隐患排查不细。', '（五）改进会风文风，精简会议。'],
  ['宽松软 in law enforcement is no supervision of cadres', '一是执法处罚中碰硬不够。对违法建设处罚宽松软。', '（五）从严监督管理干部，每季度开展一次谈心谈话。'],
  ['网络舆情 in emergencies is no 意识形态', '三是应对突发事件和网络舆情的能力不强。', '（一）落实意识形态工作责任制，每季度研判一次。'],
  ['接受监督 (being overseen) is no oversight of others', '二是对下属单位负责人的日常监督偏松。提醒谈话做得不够。', '（四）严于律己，自觉接受组织和群众监督，树立良好形象。'],
  ['a related concept alone links nothing', '二是党史观树得不牢。', '（一）强化理论武装。'],
];

describe('problems answered in the words of their year', () => {
  test.each(ANSWERED)('%s', (_, problem, measure) => {
    const l = linkOne(problem, measure);
    expect([l.strength, l.measure]).toEqual(['strong', 0]);
  });
  test.each(STRONG)('%s', (_, problem, measure) => {
    const l = linkOne(problem, measure);
    expect([l.strength, l.measure]).toEqual(['strong', 0]);
  });
  test.each(UNANSWERED)('%s', (_, problem, measure) => {
    const l = linkOne(problem, measure);
    expect([l.strength, l.unanswered]).toEqual(['none', true]);
  });
  // The measure answers nothing else and shares the body's detail (招商引资, 经济发展): a weak
  // answer (orphan-concepts.test.ts), never a strong one through the loose 履职.
  test('a loose form (履职) in the heading is no related promise', () => {
    const l = linkOne('一是攻坚克难的劲头不足。对招商引资中的堵点推进不力。', '（二）提升履职效能。对招商引资实行周调度，年底前完成签约。');
    expect([l.strength, l.measure]).toEqual(['weak', 0]);
    expect(l.evidence).not.toContain('担当作为');
  });
});

describe('measures grouped by theme, one per aspect', () => {
  // Three aspects of the 2024 notice with two problems each; the measures answer them by theme,
  // in another order, with owners and deadlines.
  const o = outline({
    aspects: [
      { aspect: 1, problems: ['一是请示报告制度执行不严。', '二是对上级部署有“打折扣”现象。'] },
      { aspect: 3, problems: ['一是为担当者担当的机制不健全。', '二是主动作为不够。'] },
      { aspect: 4, problems: ['一是对身边人失管失察。', '二是家风建设重视不够。'] },
    ],
    measures: [
      '（一）管好亲属子女和身边工作人员，每年开展一次家风家教专题教育（责任人：机关纪委）。',
      '（二）严守政治纪律，重大事项一律事前请示，每季度向党组书面报告一次（责任人：办公室）。',
      '（三）建立容错纠错机制，2025年3月底前出台实施办法（责任人：人事科）。',
    ],
  });
  const r = linkOutline(o);
  test.each([
    [0, 1],
    [2, 2],
    [4, 0],
    [5, 0],
  ])('problem %i is answered by measure %i', (p, m) => {
    expect([r.links[p].strength, r.links[p].measure]).toEqual(['strong', m]);
  });
});

describe('aspect coverage: slogans answer only weakly', () => {
  const problems = ['一是担当精神不够强。面对难题怕担责。', '二是干事创业的劲头不足。'];
  const coverage = (measure: string) => linkOutline(outline({ aspects: [{ aspect: 3, problems }], measures: [measure] })).aspects[0].coverage;

  test.each([
    ['a one-line slogan', '（三）进一步增强担当意识，营造干事创业良好氛围。', 'weak'],
    ['a short slogan with a 担当 heading', '（三）勇于担当作为。坚持干事创业，敢于担当，不断提升工作水平。', 'weak'],
    ['a measure with a deadline', '（三）勇于担当作为。年底前建立干事创业激励办法，每季度通报一次。', 'covered'],
    ['a short measure listing two actions', '（三）勇于担当作为。对棘手问题实行领题攻坚；对推进不力的及时提醒。', 'covered'],
    ['a short measure binding itself to a rule', '（三）勇于担当作为。凡群众反映的难题，一律由班子成员领办。', 'covered'],
    ['a measure with an owner', '（三）勇于担当作为，营造干事创业氛围（责任人：党组书记）。', 'covered'],
    [
      'a long measure that spells its actions out',
      '（三）勇于担当作为。坚持干事创业导向，对棘手问题实行班子成员领题攻坚，敢于担当、善于破题；完善干部考核办法，把担当作为的表现作为选拔使用的重要依据；' +
        '建立问题清单，逐项跟踪，对推进不力的及时约谈提醒，营造想干事、能干事、干成事的良好氛围。',
      'covered',
    ],
  ])('%s → %s', (_, measure, want) => {
    expect(coverage(measure)).toBe(want);
  });

  test('without the rule, the slogan counts as covering', () => {
    const r = linkOutline(outline({ aspects: [{ aspect: 3, problems }], measures: ['（三）进一步增强担当意识，营造干事创业良好氛围。'] }), undefined, { coveredNeedsSubstance: false });
    expect(r.aspects[0].coverage).toBe('covered');
  });
});

describe('a slogan is no answer to a specific problem', () => {
  const slogan = '（六）严守廉洁底线，带头廉洁自律，坚决守住底线。';
  const run = (problem: string, measure: string, options = {}) => linkOutline(outline({ aspects: [{ aspect: 6, problems: [problem] }], measures: [measure] }), undefined, options);

  test.each([
    ['one shared theme word', '一是对廉洁风险的警惕性不够高。对工程变更的风险点认识不全。'],
    ['one shared theme word, in other words', '二是廉洁意识有所淡化。对公务用车的规定掌握不准。'],
  ])('%s: unanswered, the aspect weakly covered, the slogan no orphan', (_, problem) => {
    const r = run(problem, slogan);
    expect([r.links[0].strength, r.links[0].unanswered, r.aspects[0].coverage, r.measures[0].answers]).toEqual(['none', true, 'weak', [0]]);
  });

  test('a slogan naming two of its points still answers it', () => {
    const r = run('一是对身边人的廉洁提醒不够。对家属子女要求不严。', '（六）严守廉洁底线，管好亲属子女和身边工作人员。');
    expect(r.links[0].strength).not.toBe('none');
  });

  test.each([
    ['a measure with a deadline', '（六）严守廉洁底线，年底前完成廉洁风险点排查。'],
    ['a measure listing actions', '（六）严守廉洁底线；逐项排查工程变更风险点；对变更签批实行集体研究。'],
  ])('%s answers it', (_, measure) => {
    expect(run('一是对廉洁风险的警惕性不够高。对工程变更的风险点认识不全。', measure).links[0].strength).not.toBe('none');
  });

  test('switched off, the slogan answers it', () => {
    expect(run('一是对廉洁风险的警惕性不够高。', slogan, { slogansAnswerNothing: false }).links[0].strength).not.toBe('none');
  });
});

describe('lexicon relations', () => {
  const m = lexiconMatcher();
  test('every related id names a concept, and the matcher indexes each', () => {
    const ids = new Set(m.concepts.map((c) => c.id));
    for (const c of m.concepts) for (const r of c.related ?? []) expect([c.id, ids.has(r)]).toEqual([c.id, true]);
    m.related.forEach((rs, i) => expect(rs.length).toBe((m.concepts[i].related ?? []).length));
  });
  test('no form is shared by two concepts (the longest-match scan would pick one at random)', () => {
    const seen = new Map<string, string>();
    for (const c of m.concepts) {
      for (const f of [...c.forms, ...(c.loose ?? [])]) {
        expect([f, seen.get(f) ?? c.id]).toEqual([f, c.id]);
        seen.set(f, c.id);
      }
    }
  });
});
