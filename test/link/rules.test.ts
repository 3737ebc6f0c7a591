import type { Rule } from '../../src/engine/rule';
import type { Outline } from '../../src/engine/types';
import { getTemplate } from '../../src/engine/template';
import { coverageTable, linkMessages, linkRules } from '../../src/engine/link';
import { uncoveredProblem } from '../../src/engine/rules/uncovered-problem';
import { weakLink } from '../../src/engine/rules/weak-link';
import { orphanMeasure } from '../../src/engine/rules/orphan-measure';
import { vagueMeasure } from '../../src/engine/rules/vague-measure';
import { noExample } from '../../src/engine/rules/no-example';
import { causeDimensionsRule } from '../../src/engine/rules/cause-dimensions';
import { outline, type Spec } from './fixtures';

const template = getTemplate('five-aspects-2021')!;

function run(rule: Rule, o: Outline, shared = new Map<string, unknown>()) {
  const out: { paragraph: number; message: string }[] = [];
  rule.run({ input: { paragraphs: [], source: 'text' }, outline: o, template, shared }, (f) => out.push(f));
  return out;
}

const base: Spec = {
  aspects: [
    { aspect: 1, problems: ['一是理论学习不够深入。比如，全年中心组学习只有4次。', '二是学用结合不紧。存在学用“两张皮”现象。'] },
    { aspect: 4, problems: ['一是改革步子不大。忧患意识不强，存在本领恐慌。'] },
    { aspect: 5, problems: ['一是落实“一岗双责”不到位。例如对分管部门督促检查少。'] },
  ],
  causes: ['（一）思想方面原因。', '（二）政治方面原因。', '（三）纪律方面原因。'],
  measures: [
    '（一）强化理论武装。全年安排不少于12次中心组学习，坚持学以致用。',
    '（二）强化责任担当。增强防范化解风险意识，克服本领恐慌。',
    '（三）加快生态建设。改善环境质量。',
  ],
};

describe('link rules', () => {
  const o = outline(base);

  test('ids and severities are stable', () => {
    expect(linkRules.map((r) => [r.id, r.severity])).toEqual([
      ['uncovered-problem', 'warning'],
      ['unanswered-case-gap', 'info'],
      ['weak-link', 'info'],
      ['orphan-measure', 'info'],
      ['vague-measure', 'warning'],
      ['no-example', 'info'],
      ['cause-dimensions', 'info'],
    ]);
    for (const r of linkRules) expect(r.description).toMatch(/[\u4e00-\u9fff]/);
  });

  test('uncovered-problem names the unanswered problem at its paragraph', () => {
    const f = run(uncoveredProblem, o);
    expect(f).toEqual([{ paragraph: o.aspects[2].problems[0].paragraph, message: linkMessages.uncoveredProblem('落实‘一岗双责’不到位') }]);
  });

  test('uncovered-problem is silent when the material has no measures at all', () => {
    expect(run(uncoveredProblem, outline({ ...base, measures: undefined }))).toEqual([]);
  });

  test('weak-link reports a problem answered only by shared details', () => {
    const f = run(weakLink, o);
    expect(f.map((x) => x.paragraph)).toEqual([o.aspects[1].problems[0].paragraph]);
    expect(f[0].message).toContain('改革步子不大');
    expect(f[0].message).toContain('（二）');
  });

  test('orphan-measure reports the measure that answers nothing', () => {
    expect(run(orphanMeasure, o)).toEqual([{ paragraph: o.measures[2].paragraph, message: linkMessages.orphanMeasure('加快生态建设') }]);
  });

  test('vague-measure reports measures with no quantity, frequency, deadline or owner', () => {
    expect(run(vagueMeasure, o).map((x) => x.paragraph)).toEqual([o.measures[1].paragraph, o.measures[2].paragraph]);
  });

  test('no-example reports problems without an instance', () => {
    expect(run(noExample, o).map((x) => x.paragraph)).toEqual([o.aspects[0].problems[1].paragraph, o.aspects[1].problems[0].paragraph]);
  });

  test('cause-dimensions: three dimensions pass, excuses and two dimensions do not', () => {
    expect(run(causeDimensionsRule, o)).toEqual([]);
    // Causes written out (bare labels are brief-causes', which then says it alone; see brief-causes.test.ts).
    const excuses = outline({ ...base, causes: ['（一）工作任务重，全年承担的重点项目多，精力比较分散。', '（二）人手少、时间紧，下基层和集中学习的时间被挤占。'] });
    const f = run(causeDimensionsRule, excuses);
    expect(f).toHaveLength(1);
    expect(f[0].paragraph).toBe(excuses.parts[1].node.paragraph);
    expect(f[0].message).toContain('没有分别从');
    const two = run(causeDimensionsRule, outline({ ...base, causes: ['（一）理想信念有所松懈，理论学习停留在表面。', '（二）纪律意识不强，对自己要求不严格。', '（三）工作任务重，精力分散。'] }));
    expect(two).toHaveLength(1);
    expect(two[0].message).toContain('思想（理想信念）');
    expect(two[0].message).toContain('纪律（纪律规矩）');
  });

  test('the six rules share one link computation', () => {
    const shared = new Map<string, unknown>();
    for (const r of linkRules) run(r, o, shared);
    expect(shared.size).toBe(1);
  });

  test('coverage table: each problem with its measure or 未对应, then concreteness', () => {
    const lines = coverageTable({ outline: o, template });
    expect(lines[0]).toBe('问题—措施对应：');
    expect(lines.some((l) => /理论学习不够深入.*→ 措施（一）「强化理论武装」（强/.test(l))).toBe(true);
    expect(lines.some((l) => /落实“一岗双责”不到位 → 未对应/.test(l))).toBe(true);
    // An aspect's verdict agrees with its problems: 已对应 only when none of them is 未对应.
    let verdict = '';
    for (const l of lines) {
      const head = /^  \S+「.*」—— (.*)$/.exec(l);
      if (head) verdict = head[1];
      else if (/^    \d+\. .* → 未对应$/.test(l)) expect(verdict).not.toBe('已对应');
    }
    expect(lines.some((l) => /措施（三）「加快生态建设」—— 不够具体.*未对应任何问题/.test(l))).toBe(true);
    expect(lines.some((l) => /措施（一）「强化理论武装」—— 具体（.*不少于12次/.test(l))).toBe(true);
  });
});

describe('the coverage table’s aspect verdict agrees with its problems', () => {
  test.each([
    // one of two problems answered: the aspect is answered in part, never 已对应
    [
      ['一是理论学习不够深入。比如，全年中心组学习只有4次。', '二是对分管领域的安全生产隐患排查不彻底。'],
      /方面1「.*」—— 部分对应（2 个问题中 1 个未对应）/,
    ],
    // two of three answered
    [
      ['一是理论学习不够深入。比如，全年中心组学习只有4次。', '二是学用结合不紧。存在学用“两张皮”现象。', '三是对分管领域的安全生产隐患排查不彻底。'],
      /方面1「.*」—— 部分对应（3 个问题中 1 个未对应）/,
    ],
    // all answered: 已对应
    [['一是理论学习不够深入。比如，全年中心组学习只有4次。'], /方面1「.*」—— 已对应$/],
  ])('%j', (problems, verdict) => {
    const lines = coverageTable({ outline: outline({ ...base, aspects: [{ aspect: 1, problems }, ...base.aspects.slice(1)] }), template });
    expect(lines.some((l) => verdict.test(l))).toBe(true);
  });
});
