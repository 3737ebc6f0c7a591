/**
 * Placeholders never count as problems, causes, measures, answered problems or concrete measures
 * (issue 11), and the structure map and the completeness score count from one source
 * (countedItems), so they agree: on every template's fresh skeleton, on a half-filled one, on the
 * project's sample, and after applying the uncovered-problem fix (a measure stub with placeholders),
 * which must change neither the score nor the concrete-measure count.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine';
import { toJson } from '../../src/engine/json';
import { applyFix } from '../../src/engine/fix';
import { buildSkeleton } from '../../src/engine/skeleton';
import { allTemplates, getTemplate, skeletonTemplateOf, unknownTemplate } from '../../src/engine/template';
import type { Template } from '../../src/engine/template';
import { buildPaneReport, completeness, type PaneReport } from '../../src/taskpane/report';
import { textDoc } from '../support/docs';

function check(lines: string[], template: Template) {
  const input = textDoc(lines);
  const a = analyze(input, { template });
  const json = toJson(a, 'x');
  const report = buildPaneReport(json, template, lines.length, [], {}, {}, input.paragraphs);
  return { a, json, report, score: completeness(json, template, input.paragraphs) };
}

const part = (r: PaneReport, kind: string) => r.completeness!.parts.find((p) => p.kind === kind);

/** The map and the score say the same numbers. */
function expectAgree(r: PaneReport): void {
  const row = (role: string) => r.parts.find((p) => p.role === role)?.items ?? 0;
  const mapProblems = r.aspects.reduce((n, a) => n + a.problemCount, 0) + r.extraAspects.reduce((n, a) => n + a.problemCount, 0);
  expect(row('problems')).toBe(mapProblems);
  expect(r.causeCount).toBe(row('causes'));
  expect(r.measureCount).toBe(row('measures'));
  // The score's answered problems are the map's problems (the links of written ones).
  const answered = part(r, 'answered');
  expect(answered?.total ?? 0).toBe(mapProblems);
  // Aspects counted are the rows with a written problem.
  const aspects = part(r, 'aspects');
  if (aspects) expect(aspects.got).toBe(r.aspects.filter((a) => a.found && a.problemCount > 0).length);
  // Concrete measures are judged among the map's measures only.
  const concrete = part(r, 'concrete');
  expect(concrete?.total ?? 0).toBeLessThanOrEqual(r.measureCount);
  expect(concrete?.got ?? 0).toBe(r.concreteCount ?? 0);
}

describe.each(allTemplates().map((t) => [t.id, t] as const))('fresh skeleton of %s', (_id, template) => {
  const lines = buildSkeleton(template, { kind: 'all' }).map((p) => p.text);

  test('no problems, causes or measures counted anywhere; the map and the score agree', () => {
    const { json, report } = check(lines, template);
    expect(report.aspects.every((a) => a.found && a.problemCount === 0 && !a.unanswered)).toBe(true);
    expect(report.parts.filter((p) => p.items !== undefined).every((p) => p.items === 0)).toBe(true);
    expect(report.causeCount).toBe(0);
    expect(report.measureCount).toBe(0);
    expect(report.concreteCount).toBeUndefined();
    // The score counts its parts only: nothing answered or concrete over placeholders.
    expect(report.completeness!.parts.map((p) => p.kind)).toEqual(['parts', 'aspects']);
    expect(part(report, 'aspects')!.got).toBe(0);
    // Headings over placeholders are no written parts (trial 22: a bare skeleton scored 100).
    expect(part(report, 'parts')!.got).toBe(0);
    expect(report.completeness!.score).toBe(0);
    expectAgree(report);
    // The JSON says which items are placeholders; a placeholder measure is judged neither way.
    expect(json.causes.length).toBeGreaterThan(0);
    expect(json.causes.every((c) => c.placeholder === true)).toBe(true);
    expect(json.measures.length).toBeGreaterThan(0);
    expect(json.measures.every((m) => m.placeholder === true && m.concrete === undefined)).toBe(true);
  });

  test('filling one problem, one cause and one measure counts exactly those', () => {
    const filled = [...lines];
    const firstProblem = filled.findIndex((l) => /^一是……。比如/.test(l));
    filled[firstProblem] = '一是理论学习不够深入，满足于读原文。比如全年只撰写学习体会1篇。';
    const firstCause = filled.findIndex((l, i) => i > firstProblem && /^一是……（从/.test(l));
    if (firstCause >= 0) filled[firstCause] = '一是理想信念有所松懈，对理论学习重视不够。';
    const firstMeasure = filled.findIndex((l) => /^（一）……。……（写明/.test(l));
    filled[firstMeasure] = '（一）强化理论武装。每月参加中心组学习不少于2次，年底前撰写体会文章4篇，深化理论学习。';
    const { report } = check(filled, template);
    expect(report.aspects.reduce((n, a) => n + a.problemCount, 0)).toBe(1);
    expect(report.measureCount).toBe(1);
    expect(part(report, 'aspects')!.got).toBe(1);
    expect(part(report, 'answered')!.total).toBe(1);
    expect(part(report, 'concrete')).toEqual(expect.objectContaining({ got: 1, total: 1 }));
    expectAgree(report);
  });
});

describe('a measure stub from the uncovered-problem fix changes no count', () => {
  const template = getTemplate('five-aspects-2021')!;
  const MATERIALS: Record<string, string[]> = {
    'one uncovered problem': [
      '一、存在的主要问题',
      '（一）带头深刻感悟“两个确立”的决定性意义方面',
      '一是理论学习不够深入，满足于读原文。比如全年只撰写学习体会1篇。',
      '二是意识形态工作责任落实不到位。比如阵地管理检查全年仅1次。',
      '二、原因分析',
      '（一）理想信念有所松懈。',
      '三、整改措施',
      '（一）强化理论武装。每月参加中心组学习不少于2次，年底前撰写体会文章4篇。',
    ],
    'vague measures too': [
      '一、存在的主要问题',
      '（一）带头深刻感悟“两个确立”的决定性意义方面',
      '一是理论学习不够深入，满足于读原文。',
      '二是联系服务群众不够经常，调研走访少。',
      '三是落实一岗双责不到位，监督提醒少。',
      '二、原因分析',
      '（一）理想信念有所松懈。',
      '三、整改措施',
      '（一）强化理论武装。坚持学深悟透。',
      '（二）从严管党治党。每季度与分管科室负责人谈话一次。',
    ],
  };
  test.each(Object.entries(MATERIALS))('%s', (_name, lines) => {
    const before = check(lines, template);
    const uncovered = before.a.findings.filter((f) => f.rule === 'uncovered-problem' && f.fix);
    expect(uncovered.length).toBeGreaterThan(0);
    let now = lines;
    for (const f of uncovered.slice(0, 1)) {
      const r = applyFix(textDoc(now).paragraphs.map((p) => ({ text: p.text })), f.fix!);
      if (!r.ok) throw new Error('fix not applicable');
      now = r.paragraphs.map((p) => p.text);
    }
    const after = check(now, template);
    // The stub is a placeholder: not a measure, not judged, flagged by the placeholder rule.
    expect(after.json.measures.length).toBe(before.json.measures.length + 1);
    const stub = after.json.measures[after.json.measures.length - 1];
    expect(stub).toEqual(expect.objectContaining({ placeholder: true }));
    expect(stub.concrete).toBeUndefined();
    expect(after.report.measureCount).toBe(before.report.measureCount);
    expect(part(after.report, 'concrete')).toEqual(part(before.report, 'concrete'));
    expect(after.report.completeness!.score).toBe(before.report.completeness!.score);
    expect(after.a.findings.some((f) => f.rule === 'placeholder' && f.paragraph === stub.paragraph)).toBe(true);
    expect(after.a.findings.some((f) => f.rule === 'vague-measure' && f.paragraph === stub.paragraph)).toBe(false);
    expectAgree(after.report);
  });
});

test('the project sample: the map and the score agree', () => {
  const text = fs.readFileSync(path.join(__dirname, '../../samples/sample.txt'), 'utf8');
  const input = textDoc(text.split('\n'));
  const a = analyze(input);
  const json = toJson(a, 'x');
  expectAgree(buildPaneReport(json, a.template, input.paragraphs.length));
});

test('the CLI report counts as the map does: a skeleton has 0 problems, causes and measures', () => {
  const { formatReport } = require('../../src/engine/report') as typeof import('../../src/engine/report');
  for (const template of allTemplates()) {
    const lines = buildSkeleton(template, { kind: 'all' }).map((p) => p.text);
    const out = formatReport(analyze(textDoc(lines), { template }), 'x').join('\n');
    expect(out).not.toMatch(/[1-9]\d* 个问题|[1-9]\d* 条原因|[1-9]\d* 条措施/);
    expect(out).toMatch(/0 个问题/);
    expect(out).not.toMatch(/不够具体/);
  }
});

/**
 * A skeleton of empty headings scores no written part (trial 22: the pane scored the bare 2026年度
 * 整篇框架 完整度 100: it has no aspects to count, and its parts were counted by their headings).
 * A part counts once something is written in it: a problem, a cause, a measure, or a sentence in
 * the 反面典型案例剖析 part — on its own line or run in after its heading.
 */
describe('parts count when written, not by their headings', () => {
  const unknown = skeletonTemplateOf(unknownTemplate(2026));
  const skeleton = buildSkeleton(unknown, { kind: 'all' }).map((p) => p.text);
  const fill = (lines: string[], from: RegExp, text: string) => lines.map((l) => (from.test(l) ? text : l));

  test('the bare 2026年度 skeleton (no aspects, placeholders only) scores 0', () => {
    const { report } = check(skeleton, unknown);
    expect(part(report, 'parts')!.got).toBe(0);
    expect(report.completeness!.score).toBe(0);
  });

  test('each written part counts, the others do not', () => {
    let lines = fill(skeleton, /^一是……。比如/, '一是理论学习不深。比如，全年只读了2本原著。');
    expect(part(check(lines, unknown).report, 'parts')!.got).toBe(1);
    lines = fill(lines, /^一是……（从理想信念/, '一是理想信念有所松懈。');
    expect(part(check(lines, unknown).report, 'parts')!.got).toBe(2);
    lines = fill(lines, /^（一）……。……（写明/, '（一）强化理论武装。每月集中学习2次，年底前完成。');
    const r = check(lines, unknown).report;
    expect(part(r, 'parts')!).toMatchObject({ got: 3, total: 3 });
  });

  const y2025 = getTemplate('five-aspects-2025')!;
  const fresh2025 = buildSkeleton(y2025, { kind: 'all' }).map((p) => p.text);
  const written = (lines: string[]) => part(check(lines, y2025).report, 'parts')!.got;
  test.each([
    ['a sentence under its sub-part heading', fill(fresh2025, /^……（典型案例的基本情况/, '某县原局长违规收受礼金一案，根源在于理想信念动摇。'), 1],
    ['a sentence after the sub-part stub replaced', fill(fresh2025, /^对照案例反观自己/, '对照案例反观自己，在纪律规矩上还有差距。'), 1],
    ['only its sub-part headings and gaps', fresh2025, 0],
  ])('反面典型案例剖析 with %s', (_name, lines, got) => {
    expect(written(lines as string[])).toBe(got);
  });
  test('a 反面典型案例剖析 part written on its heading line counts', () => {
    const at = fresh2025.findIndex((l) => l.includes('反面典型案例剖析'));
    const lines = [...fresh2025.slice(0, at), `${fresh2025[at]}。通过剖析某局长违纪案，我深刻认识到纪律规矩的重要性。`, ...fresh2025.slice(at + 5)];
    expect(written(lines)).toBe(1);
  });
});
