/**
 * Named institutions (lexicon `institutions`: 请示报告, 三会一课, 民主集中制, 谈心谈话 …): a problem
 * about one is answered by a measure naming the same one, however short, and however often the
 * material names it elsewhere; a measure naming only another institution of the same concept does
 * not answer it.
 */
import { analyze } from '../../src/engine';
import { lexiconMatcher } from '../../src/engine/link/concepts';
import { linkOutline } from '../../src/engine/link/link';
import { textDoc } from '../support/docs';

/**
 * A five-aspect material whose last problem is `problem` and last measure `measure`; the other
 * problems and measures are about other things. With `elsewhere`, the problem's institution is
 * also written in two other problems and a cause (as writers do: the phrase is then common in the
 * material, not rare).
 */
function material(problem: string, measure: string, elsewhere?: string): string[] {
  const also = elsewhere ? `，有的事项未按${elsewhere}要求办理` : '';
  return [
    '一、存在的主要问题',
    '（一）带头深刻感悟“两个确立”的决定性意义方面',
    '一是理论学习不够深入。比如，读原著少，学习笔记多是摘抄。',
    '（二）带头牢记我们党是什么、要干什么这个根本问题方面',
    `一是落实决策部署不到位。对重点项目跟踪不够，督办不力${also}。`,
    '（三）带头践行以人民为中心的发展思想方面',
    '一是宗旨意识淡化，联系群众不够。',
    '（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面',
    `一是斗争精神不足，防范化解风险能力不强${also}。`,
    '（五）带头深刻汲取党史中正反两方面经验方面',
    `一是${problem}。`,
    '二、原因分析',
    '（一）理想信念有所松懈。',
    `（二）纪律规矩意识不强${elsewhere ? `，对${elsewhere}的严肃性认识不足` : ''}。`,
    '三、整改措施',
    '（一）强化理论武装。每月学习2次，年底前读完3本原著。',
    '（二）狠抓决策部署落实。建立重点项目督办台账，每月调度1次。',
    '（三）践行为民宗旨。年底前走访20户群众，联系群众常态化。',
    '（四）增强斗争精神。敢于斗争，防范化解风险，每季度开展一次风险排查。',
    `（五）${measure}。`,
  ];
}

/** The last problem's link and the last measure's index. */
function lastLink(lines: string[]) {
  const a = analyze(textDoc(lines));
  const r = linkOutline(a.outline, a.template);
  return { link: r.links[r.links.length - 1], last: a.outline.measures.length - 1, findings: a.findings };
}

// [problem, measure naming the same institution, the institution as the material writes it elsewhere]
const SAME: [string, string, string][] = [
  ['请示报告不够及时', '严格落实请示报告制度', '请示报告'],
  ['三会一课坚持不经常', '严格落实三会一课制度', '三会一课'],
  ['民主集中制执行不到位', '严格执行民主集中制', '民主集中制'],
  ['谈心谈话开展不经常', '经常开展谈心谈话', '谈心谈话'],
  ['批评与自我批评开展不够', '认真开展批评和自我批评', '批评和自我批评'],
  ['首问负责落实不到位', '严格落实首问负责制', '首问负责'],
  ['落实“一岗双责”不到位', '认真履行一岗双责', '一岗双责'],
  ['主题党日开展不经常', '按时参加党日活动', '主题党日'],
  ['党组议事规则执行不严', '严格执行民主集中制', '议事规则'],
];

test.each(SAME)('%s is answered by "%s", however often the material names it', (problem, measure, elsewhere) => {
  for (const also of [undefined, elsewhere]) {
    const { link, last, findings } = lastLink(material(problem, measure, also));
    expect([also, link.strength, link.measure]).toEqual([also, 'strong', last]);
    expect(findings.filter((f) => f.rule === 'uncovered-problem')).toEqual([]);
  }
});

// [problem, a substantive measure naming another institution of the same concept]
const OTHER: [string, string][] = [
  ['三会一课坚持不经常', '每月开展谈心谈话不少于2次，年底前覆盖全体党员'],
  ['批评与自我批评不够经常', '按时参加支部组织生活，全年不无故缺席'],
  ['谈心谈话开展不经常', '严格落实三会一课制度，每月开展1次主题党日'],
  ['提醒谈话开展得少', '每季度对分管科室开展1次廉政谈话'],
  ['首问负责落实不到位', '推行限时办结，年底前办结率达到95%'],
  ['民主集中制执行不到位', '每季度召开1次组织生活会'],
];

test.each(OTHER)('%s is not answered by "%s" (another institution of the same concept)', (problem, measure) => {
  const { link, last } = lastLink(material(problem, measure));
  expect(link.measures).not.toContain(last);
});

// The concept still links a measure that names it in general terms, not through another institution.
test.each([
  ['三会一课坚持不经常', '严肃党内政治生活，每月召开1次支部委员会'],
  ['请示报告不够及时', '严守政治纪律和政治规矩，重大事项第一时间报告'],
])('%s is answered by "%s" (the concept named in general)', (problem, measure) => {
  const { link, last } = lastLink(material(problem, measure));
  expect(link.measure).toBe(last);
});

test('institutions are forms of their own concept only, each named once', () => {
  const m = lexiconMatcher();
  expect(m.institutions.length).toBeGreaterThanOrEqual(15);
  const seen = new Set<string>();
  m.concepts.forEach((c, k) => {
    for (const list of c.institutions ?? []) {
      for (const f of list) {
        expect([f, seen.has(f)]).toEqual([f, false]);
        seen.add(f);
        // The form names this concept, and the institution listed under it.
        const hits: [number, number][] = [];
        m.forms(f, (concept, _loose, _start, institution) => hits.push([concept, institution]));
        expect([f, hits]).toEqual([f, [[k, m.institutions.findIndex((i) => i.label === list[0])]]]);
      }
    }
  });
});

// A loose form (履职, 担当, 学习) only hints at its concept: a measure hinting at it, however
// concrete, does not answer a problem about one institution of that concept; a clear general
// form or the same institution still does.
const HINT: [string, string][] = [
  ['容错纠错机制落地不够，两年来没有一例实际适用', '建立乡镇党委书记履职档案，每半年约谈一次'],
  ['容错纠错办法执行不到位', '年底前完成全员履职评估，每季度通报一次'],
  ['“三个区分开来”落实不够', '每季度开展一次履职情况检查，结果纳入年度考核'],
  ['中心组学习质量不高，专题研讨不深', '每周学习不少于2小时，年底前撰写体会3篇'],
];

test.each(HINT)('%s is not answered by a loose hint: "%s"', (problem, measure) => {
  const { link, last } = lastLink(material(problem, measure));
  expect(link.measure === last && link.strength === 'strong').toBe(false);
});

test.each([
  ['容错纠错机制落地不够', '2026年3月底前出台容错纠错实施细则，每年评选一次典型案例'],
  ['容错纠错机制落地不够', '为担当者担当、为干事者撑腰，年内推出担当作为典型10个'],
  ['中心组学习质量不高', '每月开展一次中心组学习，每次安排2名成员重点发言'],
])('%s is still answered by "%s" (the same institution, or the concept named clearly)', (problem, measure) => {
  const { link, last } = lastLink(material(problem, measure));
  expect([link.measure, link.strength]).toEqual([last, 'strong']);
});
