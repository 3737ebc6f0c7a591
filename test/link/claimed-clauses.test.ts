/**
 * A clause of a measure naming an institution another problem's heading sentence names is that
 * problem's answer (link.ts claimedRanges): what the clause names is context for every problem
 * claiming nothing of the measure, and links none of them. "党纪学习教育成果运用不够" shares 纪律规矩
 * with "建立分管领域请示报告台账" only through 请示报告, which "请示报告制度执行不严格" names: it
 * was linked strongly and hid an unanswered problem. A problem naming the institution itself, or a
 * concept the measure names outside that clause, still reads it.
 */
import { analyze } from '../../src/engine';
import { linkOutline } from '../../src/engine/link/link';
import { textDoc } from '../support/docs';

/**
 * A 2024 four-aspect material: aspect 1 holds `claimant` (a problem naming an institution in its
 * heading sentence) and `other`; the first measure is `measure`; the other problems and measures
 * are about other things, each answered by its own measure.
 */
function material(claimant: string, other: string, measure: string): string[] {
  return [
    '2024年度民主生活会个人对照检查材料',
    '一、存在的主要问题',
    '（一）带头严守政治纪律和政治规矩，维护党的集中统一方面',
    `一是${claimant}。`,
    `二是${other}。`,
    '（二）带头增强党性、严守纪律、砥砺作风方面',
    '一是调查研究不够深入。全年到基层调研只有5次，对村卫生室运行情况掌握不全。',
    '（三）带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面',
    '一是创新意识不强。城区停车难问题拖了两年，智慧停车平台至今没有建成。',
    '（四）带头履行全面从严治党政治责任方面',
    '一是对分管科室的廉政风险排查不全。药品采购环节的廉政风险点没有列入清单。',
    '二、原因分析',
    '一是理想信念有所松懈。二是宗旨意识有所淡化。',
    '三、整改措施',
    `（一）${measure}。`,
    '（二）每季度到基层调研不少于3次，年底前走遍全县村卫生室。',
    '（三）2025年6月底前建成智慧停车平台，新增停车位500个。',
    '（四）2025年3月底前完成药品采购环节廉政风险点排查，列出廉政风险点清单。',
  ];
}

/** The links of the material's first aspect: [claimant, other]. */
function firstAspect(lines: string[], options = {}) {
  const a = analyze(textDoc(lines));
  const r = linkOutline(a.outline, a.template, options);
  return { claimant: r.links[0], other: r.links[1], uncovered: a.findings.filter((f) => f.rule === 'uncovered-problem') };
}

// [claimant (names the institution in its heading sentence), other problem, measure whose clause naming the institution is the claimant's]
const CONTEXT: [string, string, string][] = [
  // 纪律规矩 shared only through 请示报告 (m04 of trial t24).
  ['请示报告制度执行不严格，比如项目调整先干后报', '对党纪学习教育的成果运用不够，学纪知纪多、明纪守纪的具体举措少', '重大事项一律事前书面请示，建立分管领域请示报告台账，每季度自查一次'],
  // 防范化解风险 shared only through what is to be reported (突发事件), links16 l16_2022.
  ['请示报告不够及时，2起安全事故都晚报了半天', '防范化解房地产风险的本领不足，对企业资金链风险监测手段不多', '严格执行议事规则，“三重一大”事项一律集体研究；重大事项和突发事件第一时间向县委请示报告'],
  // 经济发展 shared only through what the 民主集中制 clause decides on.
  ['执行民主集中制不够严格，个别事项酝酿不充分', '重点项目推进缓慢，招商引资落地率偏低', '产业发展资金安排严格执行民主集中制，一律提交党组会集体研究'],
  // 纪律规矩 again, the institution run on into a deadline clause.
  ['落实请示报告制度有偏差，个人事项报告不全', '纪律规矩意识有所松懈，对党规党纪学得不深', '2025年起个人有关事项每年向组织书面请示报告一次'],
];

describe('a clause answering another problem\'s institution is no evidence for a problem claiming nothing of the measure', () => {
  test.each(CONTEXT)('%s / %s / %s', (claimant, other, measure) => {
    const lines = material(claimant, other, measure);
    const got = firstAspect(lines);
    // The claimant is answered by the measure, strongly; the other problem by nothing.
    expect([got.claimant.strength, got.claimant.measure]).toEqual(['strong', 0]);
    expect([got.other.strength, got.other.unanswered]).toEqual(['none', true]);
    expect(got.uncovered.map((f) => f.paragraph)).toContain(got.other.paragraph);
    // Without the rule the measure answered it strongly (the fault).
    const before = firstAspect(lines, { claimedContext: false });
    expect([before.other.strength, before.other.measure]).toEqual(['strong', 0]);
  });
});

// [claimant, other problem, measure]: the other problem keeps its strong answer.
const KEPT: [string, string, string][] = [
  // It names the institution too (in its example): the clause is its answer as well.
  ['请示报告制度执行不严格，比如项目调整先干后报', '纪律规矩意识不强，比如个人事项请示报告不及时', '重大事项一律事前书面请示，建立请示报告台账，每季度自查一次'],
  // The measure names its point outside the claimed clause.
  ['请示报告制度执行不严格，比如项目调整先干后报', '对党纪学习教育的成果运用不够，学纪知纪多、守纪举措少', '建立请示报告台账，每季度自查一次；每月开展1次党纪学习教育专题学习'],
  // Both heading sentences name the institution: both claim the clause.
  ['请示报告制度执行不严格，比如项目调整先干后报', '请示报告不够及时，2起安全事故都晚报了半天', '重大事项一律事前书面请示，建立请示报告台账，每季度自查一次'],
  // The measure's other clause names the problem's own concept (经济发展 by 招商).
  ['执行民主集中制不够严格，个别事项酝酿不充分', '重点项目推进缓慢，招商引资落地率偏低', '严格执行民主集中制，“三重一大”事项一律集体研究；每季度召开1次招商项目推进会'],
];

test.each(KEPT)('a problem reading the measure as before stays answered: %s / %s / %s', (claimant, other, measure) => {
  const got = firstAspect(material(claimant, other, measure));
  expect([got.claimant.strength, got.claimant.measure]).toEqual(['strong', 0]);
  expect([got.other.strength, got.other.measure]).toEqual(['strong', 0]);
  expect(got.uncovered).toEqual([]);
});

test('with no problem naming the institution in its heading sentence the measure reads whole', () => {
  // The institution is named only in another problem's example: no clause is claimed.
  const lines = material('纪律意识不够强。比如请示报告有时不及时', '对党纪学习教育的成果运用不够，学纪知纪多、守纪举措少', '重大事项一律事前书面请示，建立请示报告台账，每季度自查一次');
  const got = firstAspect(lines);
  const before = firstAspect(lines, { claimedContext: false });
  expect([got.other.strength, got.other.measure, got.other.score]).toEqual([before.other.strength, before.other.measure, before.other.score]);
});
