import { getTemplate } from '../../src/engine/template';
import { buildPaneReport, groupFindings, type AnalysisJsonLike } from '../../src/taskpane/report';
import type { Finding } from '../../src/engine/types';

const template = getTemplate('five-aspects-2021')!;
const f = (rule: string, severity: Finding['severity'], paragraph: number): Finding => ({
  rule,
  severity,
  message: `${rule}@${paragraph}`,
  paragraph,
  excerpt: '',
});

const base: AnalysisJsonLike = {
  parts: [
    { role: 'problems', heading: '一、存在的主要问题', paragraph: 1 },
    { role: 'measures', heading: '三、整改措施', paragraph: 20 },
  ],
  aspects: [
    { aspect: 1, heading: '（一）', paragraph: 2, problems: [{ text: '一是', paragraph: 3 }, { text: '二是', paragraph: 4 }], coverage: 'covered' },
    { aspect: 3, heading: '（三）', paragraph: 5, problems: [{ text: '一是', paragraph: 6 }], coverage: 'uncovered' },
    { aspect: null, heading: '（六）其他方面', paragraph: 8, problems: [] },
  ],
  causes: [],
  measures: [
    { text: '（一）', paragraph: 21, concrete: true },
    { text: '（二）', paragraph: 22, concrete: false },
  ],
  findings: [f('numbering', 'info', 9), f('missing-part', 'error', 0), f('numbering', 'warning', 3)],
  links: [
    { problem: { aspect: 3, item: 0 }, measure: null, strength: 'none' },
    { problem: { aspect: 1, item: 0 }, measure: 0, strength: 'strong' },
  ],
};

test('the template map lists every part and aspect, found or missing, with counts and coverage', () => {
  const r = buildPaneReport(base, template, 30);
  expect(r.parts.map((p) => [p.role, !!p.found])).toEqual([
    ['previous', false],
    ['problems', true],
    ['causes', false],
    ['measures', true],
  ]);
  expect(r.parts.find((p) => p.role === 'measures')!.items).toBe(2);
  expect(r.aspects.map((a) => [a.number, !!a.found, a.problemCount, a.coverage])).toEqual([
    [1, true, 2, 'covered'],
    [2, false, 0, undefined],
    [3, true, 1, 'uncovered'],
    [4, false, 0, undefined],
    [5, false, 0, undefined],
  ]);
  expect(r.aspects[2].unanswered).toBe(1);
  expect(r.aspects[0].unanswered).toBe(0);
  expect(r.extraAspects).toEqual([{ heading: '（六）其他方面', paragraph: 8, problemCount: 0 }]);
  expect(r.counts).toEqual({ error: 1, warning: 1, info: 1 });
  expect(r.concreteCount).toBe(1);
  expect(r.hasCoverage).toBe(true);
  expect(r.hasTemplateContent).toBe(true);
});

test('without coverage or links the report degrades gracefully', () => {
  const plain: AnalysisJsonLike = {
    ...base,
    aspects: base.aspects.map(({ coverage: _c, ...a }) => a),
    measures: base.measures.map(({ concrete: _c, ...m }) => m),
    links: undefined,
  };
  const r = buildPaneReport(plain, template, 30);
  expect(r.hasCoverage).toBe(false);
  expect(r.aspects.every((a) => a.coverage === undefined && a.unanswered === undefined)).toBe(true);
  expect(r.concreteCount).toBeUndefined();
});

test('nothing recognised means no template content', () => {
  const r = buildPaneReport({ parts: [], aspects: [], causes: [], measures: [], findings: [] }, template, 3);
  expect(r.hasTemplateContent).toBe(false);
  expect(r.groups).toEqual([]);
});

test('findings are grouped by rule, most severe group first, findings in document order', () => {
  const groups = groupFindings(base.findings, { numbering: '编号问题。' });
  expect(groups.map((g) => [g.rule, g.severity, g.findings.map((x) => x.paragraph)])).toEqual([
    ['missing-part', 'error', [0]],
    ['numbering', 'warning', [3, 9]],
  ]);
  expect(groups[1].title).toBe('编号问题。');
  expect(groups[0].title).toBeUndefined();
});
