import { getTemplate } from '../../src/engine/template';
import { buildPaneReport, groupFindings, paneFindings, sameData, shownQuote, shownUnanswered, type AnalysisJsonLike } from '../../src/taskpane/report';
import { analyze } from '../../src/engine';
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
  expect(r.extraAspects).toEqual([{ heading: '（六）其他方面', paragraph: 8, problemCount: 0, unanswered: 0, problemParagraphs: [] }]);
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

describe('completeness', () => {
  const { completeness } = require('../../src/taskpane/report') as typeof import('../../src/taskpane/report');
  const byKind = (c: ReturnType<typeof completeness>) => Object.fromEntries(c.parts.map((p) => [p.kind, [p.got, p.total]]));

  test('counts required parts, the template’s aspects, answered problems and concrete measures', () => {
    const c = completeness(base, template);
    const required = template.parts.filter((p) => p.required).length;
    const kinds = byKind(c);
    expect(kinds.parts).toEqual([2, required]);
    expect(kinds.aspects).toEqual([2, template.aspects.length]);
    expect(kinds.concrete).toEqual([1, 2]);
    const answered = base.links!.filter((l) => l.measure != null && l.strength !== 'none').length;
    expect(kinds.answered).toEqual([answered, base.links!.length]);
    const mean = (2 / required + 2 / template.aspects.length + answered / base.links!.length + 1 / 2) / 4;
    expect(c.score).toBe(Math.round(mean * 100));
  });

  test('a complete material scores 100; what the engine did not judge is left out, not counted as 0', () => {
    const full: AnalysisJsonLike = {
      ...base,
      parts: template.parts.map((p, i) => ({ role: p.role, heading: p.label, paragraph: i })),
      aspects: template.aspects.map((a) => ({ aspect: a.number, heading: a.short, paragraph: a.number, problems: [{ text: '一是学习不深。', paragraph: a.number + 1 }] })),
      causes: [{ text: '一是理想信念松懈。', paragraph: 20 }],
      measures: [{ text: '（一）', paragraph: 30 }],
      links: undefined,
    };
    const c = completeness(full, template);
    expect(c.score).toBe(100);
    expect(c.parts.map((p) => p.kind)).toEqual(['parts', 'aspects']);
  });

  test('nothing recognised scores 0', () => {
    const c = completeness({ parts: [], aspects: [], causes: [], measures: [], findings: [] }, template);
    expect(c.score).toBe(0);
  });
});

describe('pane findings', () => {
  const { paneFindings } = require('../../src/taskpane/report') as typeof import('../../src/taskpane/report');
  const paragraphs = [
    { index: 0, id: 'a', text: '一是学习不深入，学习不系统。' },
    { index: 1, text: '二是' },
  ];
  test('the flagged words come from the paragraph at the span; keys are unique; ids travel', () => {
    const out = paneFindings(
      [
        { ...f('formulation', 'warning', 0), start: 8, length: 2 },
        { ...f('numbering', 'warning', 0) },
        { ...f('numbering', 'warning', 0) },
        { ...f('x', 'info', 1), start: 1, length: 5 }, // span past the text: no quote
      ],
      paragraphs,
    );
    expect(out[0].quote).toBe('学习');
    expect(out[0].id).toBe('a');
    expect(out[1].quote).toBeUndefined();
    expect(new Set(out.map((x) => x.key)).size).toBe(4);
    expect(out[3].quote).toBeUndefined();
    expect(out[3].id).toBeUndefined();
  });
});

describe('pane wording', () => {
  const { verdictText, sentences } = require('../../src/taskpane/strings') as typeof import('../../src/taskpane/strings');
  test.each([
    [{ error: 0, warning: 0, info: 0 }, /没有发现问题/],
    [{ error: 2, warning: 1, info: 3 }, /有 2 个错误需要修改，另有 1 个警告、3 个提示/],
    [{ error: 0, warning: 4, info: 0 }, /没有错误；有 4 个警告/],
    [{ error: 0, warning: 0, info: 5 }, /没有错误和警告；有 5 个提示/],
  ])('verdict %j', (counts, expected) => {
    expect(verdictText(counts)).toMatch(expected);
  });
  test.each([
    [['错误：缺少。', '第 3 段：一是。'], '错误：缺少。第 3 段：一是。'],
    [['甲。。', '', null, '乙'], '甲。乙。'],
    [['甲；', '乙，'], '甲。乙。'],
  ])('sentences %j never doubles full stops', (parts, expected) => {
    expect(sentences(...parts)).toBe(expected);
  });
});

describe('the map counts the uncovered problems the list still shows', () => {
  // Built from the engine's own output on materials with unanswered problems in a template aspect,
  // in several items of one aspect, in two aspects, and in a section outside the template.
  const { analyze } = require('../../src/engine') as typeof import('../../src/engine');
  const { toJson } = require('../../src/engine/json') as typeof import('../../src/engine/json');
  const { textDoc } = require('../support/docs') as typeof import('../support/docs');
  const materials: string[][] = [
    ['一、存在的主要问题', '（一）带头学习方面', '一是学习不深。', '二是研讨走过场，比如只念稿子。', '（二）带头为民方面', '一是群众工作不实。', '二、原因分析', '理想信念松懈。', '三、整改措施', '（一）加强学习。每月学习2次。'],
    ['一、存在的主要问题', '（一）在政治方面', '一是站位不高。', '（二）在作风方面', '一是调研不深。', '（三）其他方面', '一是津贴补贴发放不规范。', '二、原因分析', '宗旨意识淡化。', '三、整改措施', '（一）提高站位。每季度专题学习1次。'],
  ];
  test.each(materials.map((m, i) => [i, m] as const))('material %i', (_i, lines) => {
    const json = toJson(analyze(textDoc(lines)), 'm.txt');
    const r = buildPaneReport(json, getTemplate(json.template) ?? template, lines.length);
    const uncovered = json.findings.filter((x) => x.rule === 'uncovered-problem');
    expect(uncovered.length).toBeGreaterThan(0);
    const rows = [...r.aspects, ...r.extraAspects].filter((row) => row.unanswered !== undefined);
    const total = (shown: readonly { paragraph: number }[]) => rows.reduce((n, row) => n + (shownUnanswered(row, shown) ?? 0), 0);
    // With every finding shown, the map says what the engine says, row by row.
    for (const row of rows) expect(shownUnanswered(row, uncovered)).toBe(row.unanswered);
    expect(total(uncovered)).toBe(uncovered.length);
    // Each dismissal takes exactly one off the map, from the row holding that problem.
    for (let k = 0; k < uncovered.length; k++) expect(total(uncovered.filter((_, j) => j !== k))).toBe(uncovered.length - 1);
    expect(total([])).toBe(0);
    // Without findings passed, the engine's own count.
    for (const row of rows) expect(shownUnanswered(row)).toBe(row.unanswered);
  });
});

describe('sameData (fix equality for shareUnchanged)', () => {
  const fix = { label: '改为“二是”', edits: [{ paragraph: 3, start: 0, length: 2, text: '二是', expect: '一是' }], select: { paragraph: 3, start: 0, length: 2 } };
  test('equal data in separate objects is the same, in any key order', () => {
    expect(sameData(fix, JSON.parse(JSON.stringify(fix)))).toBe(true);
    expect(sameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameData(undefined, undefined)).toBe(true);
    // A key holding undefined is absent, as in JSON.
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
  test.each([
    ['a different number deep inside', { ...fix, edits: [{ ...fix.edits[0], start: 1 }] }],
    ['a different text', { ...fix, label: '改为“三是”' }],
    ['an extra edit', { ...fix, edits: [...fix.edits, fix.edits[0]] }],
    ['a missing key', { label: fix.label, edits: fix.edits }],
    ['an extra key', { ...fix, all: true }],
    ['an array instead of an object', [fix]],
    ['nothing', undefined],
    ['null', null],
    ['a string of the same JSON', JSON.stringify(fix)],
  ])('differs with %s', (_name, other) => {
    expect(sameData(fix, other)).toBe(false);
    expect(sameData(other, fix)).toBe(false);
  });
  test('agrees with comparing JSON texts on generated fixes', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const make = () => ({
      label: ['a', 'b'][rnd(2)],
      edits: Array.from({ length: rnd(3) }, () => ({ paragraph: rnd(3), start: rnd(2), length: rnd(2), text: ['x', 'y'][rnd(2)] })),
      ...(rnd(2) ? { select: { paragraph: rnd(2), start: 0, length: 1 } } : {}),
    });
    let equal = 0;
    for (let i = 0; i < 300; i++) {
      const a = make();
      const b = make();
      const same = JSON.stringify(a) === JSON.stringify(b);
      expect(sameData(a, b)).toBe(same);
      if (same) equal++;
    }
    // Both answers were exercised.
    expect(equal).toBeGreaterThan(0);
    expect(equal).toBeLessThan(300);
  });
});

describe('shownQuote: a line never reads the same words twice', () => {
  test.each([
    // [flagged words, message, shown?]
    ['一是落实“一岗双责”不到位。', '问题“落实‘一岗双责’不到位”在整改措施中没有找到对应的措施。', false],
    ['（二）加强理论武装。', '整改措施“加强理论武装”没有对应前面查摆出的任何问题。', false],
    ['3. 调查研究不够深入。', '问题“调查研究不够深入”没有举出具体事例。', false],
    ['　二是学用结合不紧', '问题“学用结合不紧”在整改措施中没有找到对应的措施。', false],
    ['四个意识', '规范表述应为“增强‘四个意识’”。', true],
    ['四是', '编号跳号：此处应为“三是”，写成了“四是”。', true],
    ['平时工作任务繁重，放松了要求。', '原因分析偏重客观原因，应从主观上找原因。', true],
    ['是', '“是”', true],
  ])('%s', (quote, message, shown) => {
    expect(shownQuote({ quote, message })).toBe(shown ? quote : undefined);
  });

  test('from the engine: a problem or measure finding names its words once', () => {
    const lines = [
      '2021年度党史学习教育专题民主生活会对照检查材料',
      '一、存在的主要问题',
      '（一）在带头增强“四个意识”方面',
      '一是落实“一岗双责”不到位。比如，对分管领域的党风廉政建设过问不多。',
      '二是调查研究不够深入，到基层蹲点少。',
      '二、原因分析',
      '一是理想信念有所松懈。',
      '三、整改措施',
      '（一）加强生态环境保护。年底前完成3个项目验收。',
    ];
    const paragraphs = lines.map((text, index) => ({ index, text }));
    const out = paneFindings(analyze({ paragraphs, source: 'text' }).findings, paragraphs);
    const named = out.filter((x) => (x.rule === 'uncovered-problem' || x.rule === 'uncovered-measure') && x.quote);
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const x of named) expect([x.rule, shownQuote(x)]).toEqual([x.rule, undefined]);
  });
});
