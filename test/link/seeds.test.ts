/**
 * The link analysis on the three real seeds against their gold labels: aspect coverage, the named
 * uncovered problems, measure concreteness; and the six link rules' findings on them.
 */
import { analyze, readText } from '../../src/engine';
import { effectiveText } from '../../src/engine/outline';
import { coverageTable, linkJson, linkJsonExtension, linkRules, linksOf } from '../../src/engine/link';
import type { Finding } from '../../src/engine/types';
import { seedsOrNote, SEEDS_PRESENT, startsWithGold } from '../support/seeds';

// ../shared/seeds only: without it these cases are left out and a line says so.
const seeds = seedsOrNote("the link checks against the seeds' gold labels");

/** The findings of the six link rules in an analysis. */
function linkFindings(a: ReturnType<typeof analyze>): Finding[] {
  return a.findings.filter((f) => linkRules.some((r) => r.id === f.rule));
}

test('the seeds are read whenever ../shared/seeds is present', () => {
  expect(seeds.length >= 3).toBe(SEEDS_PRESENT);
});

if (seeds.length) describe.each(seeds.map((s) => [s.name, s] as const))('%s', (name, seed) => {
  const paragraphs = readText(seed.text, 'text');
  const a = analyze({ paragraphs, source: 'text', name });
  const gold = seed.gold;
  const r = linksOf(a);
  const textOf = (i: number) => effectiveText(paragraphs[i]);
  const findings = linkFindings(a);

  test('aspect coverage agrees with the gold', () => {
    for (const [num, want] of Object.entries(gold.coverage)) {
      const i = a.outline.aspects.findIndex((x) => x.aspect === Number(num));
      expect([num, r.aspects[i]?.coverage]).toEqual([num, want]);
    }
  });

  test('every problem the gold names as unanswered is found unanswered', () => {
    for (const u of gold.uncoveredProblems) {
      const link = r.links.find((l) => startsWithGold(textOf(l.paragraph), u));
      expect([u, link?.strength]).toEqual([u, 'none']);
    }
  });

  test('problems found unanswered are named by the gold or lie in an aspect the gold calls weak or uncovered', () => {
    for (const l of r.links.filter((x) => x.strength === 'none')) {
      const named = gold.uncoveredProblems.some((u) => startsWithGold(textOf(l.paragraph), u));
      const aspectNotCovered = l.aspect !== null && gold.coverage[String(l.aspect)] !== 'covered';
      expect([l.head, named || aspectNotCovered]).toEqual([l.head, true]);
    }
  });

  test('measure concreteness agrees with the gold where the gold decides', () => {
    gold.measures.forEach((g, i) => {
      if (g.concrete === null) return;
      expect([g.heading, r.measures[i].concrete]).toEqual([g.heading, g.concrete]);
    });
  });

  test('uncovered-problem and vague-measure findings point at exactly those items', () => {
    const uncovered = findings.filter((f) => f.rule === 'uncovered-problem').map((f) => f.paragraph);
    expect(uncovered).toEqual(r.links.filter((l) => l.strength === 'none').map((l) => l.paragraph));
    const vague = findings.filter((f) => f.rule === 'vague-measure').map((f) => f.paragraph);
    expect(vague).toEqual(r.measures.filter((m) => !m.concrete).map((m) => m.paragraph));
    for (const f of findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('each cause analysis covers at least three dimensions (no cause-dimensions finding)', () => {
    expect(findings.filter((f) => f.rule === 'cause-dimensions')).toEqual([]);
  });

  test('every measure answers some problem (no orphan-measure)', () => {
    expect(findings.filter((f) => f.rule === 'orphan-measure')).toEqual([]);
  });

  test('json fields and the coverage table', () => {
    const j = linkJson(a);
    expect(j.aspectsCoverage).toHaveLength(a.outline.aspects.length);
    expect(j.measuresConcrete).toHaveLength(a.outline.measures.length);
    expect(j.links).toHaveLength(a.outline.aspects.reduce((n, x) => n + Math.max(x.problems.length, 0), 0));
    for (const l of j.links) {
      if (l.strength !== 'none') {
        expect(l.measure).not.toBeNull();
        expect(l.evidence.length).toBeGreaterThan(0);
      } else expect(l.measure).toBeNull();
    }
    const json = { aspects: a.outline.aspects.map(() => ({})), measures: a.outline.measures.map(() => ({})) } as { aspects: object[]; measures: object[] };
    linkJsonExtension(a, json);
    expect(json.aspects.map((x) => (x as { coverage: string }).coverage)).toEqual(j.aspectsCoverage);
    expect((json as unknown as { links: unknown[] }).links).toEqual(j.links);
    const table = coverageTable(a);
    expect(table[0]).toBe('问题—措施对应：');
    expect(table.filter((line) => /→/.test(line))).toHaveLength(j.links.length);
  });
});

if (seeds.length) test('seed 000: the two aspect-5 problems are flagged, with Chinese messages naming them', () => {
  const seed = seeds.find((s) => s.name.startsWith('000'))!;
  const paragraphs = readText(seed.text, 'text');
  const a = analyze({ paragraphs, source: 'text' });
  const f = linkFindings(a).filter((x) => x.rule === 'uncovered-problem');
  const msgs = f.map((x) => x.message).join('\n');
  expect(msgs).toContain('落实‘一岗双责’还不够充分');
  expect(msgs).toContain('形式主义、官僚主义还未彻底根治');
});

if (seeds.length) test('seed 004: the two measures with figures are concrete and say why', () => {
  const seed = seeds.find((s) => s.name.startsWith('004'))!;
  const a = analyze({ paragraphs: readText(seed.text, 'text'), source: 'text' });
  const ev = linksOf(a).measures.map((m) => m.concreteness.evidence.map((e) => e.text).join(' '));
  expect(ev[1]).toMatch(/不少于12次/);
  expect(ev[2]).toMatch(/每月/);
  expect(ev[2]).toMatch(/3次以上/);
});
