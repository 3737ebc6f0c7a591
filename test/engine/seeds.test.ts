/**
 * The three real seed materials against their gold labels: structure (parts, aspect mapping,
 * item counts, causes, measures) and numbering errors. No complete seed gets a missing-* flag.
 */
import { analyze, readText } from '../../src/engine';
import { effectiveText } from '../../src/engine/outline';
import { inRange, seedsOrNote, SEEDS_PRESENT, startsWithGold } from '../support/seeds';

// ../shared/seeds only: without it these cases are left out and a line says so.
const seeds = seedsOrNote("the structure checks against the seeds' gold labels");

test('the seeds are read whenever ../shared/seeds is present', () => {
  expect(seeds.length >= 3).toBe(SEEDS_PRESENT);
});

if (seeds.length) describe.each(seeds.map((s) => [s.name, s] as const))('%s', (_name, seed) => {
  const paragraphs = readText(seed.text, 'markdown');
  const a = analyze({ paragraphs, source: 'text' });
  const o = a.outline;
  const gold = seed.gold;

  test('every gold part is found with its role, in order', () => {
    const found = o.parts.filter((p) => p.role !== 'other').map((p) => ({ role: p.role, heading: p.node.heading }));
    expect(found.map((p) => p.role)).toEqual(gold.parts.map((p) => p.role));
    gold.parts.forEach((g, i) => expect(startsWithGold(found[i].heading, g.heading)).toBe(true));
  });

  test('every aspect heading is mapped to the gold aspect with the gold item count', () => {
    expect(o.aspects).toHaveLength(gold.aspects.length);
    gold.aspects.forEach((g, i) => {
      const got = o.aspects[i];
      expect(startsWithGold(got.node.heading, g.heading)).toBe(true);
      expect(got.aspect).toBe(g.aspect);
      expect(inRange(got.problems.length, g.problems)).toBe(true);
    });
  });

  test('causes and measures are counted as the gold counts them', () => {
    expect(inRange(o.causes.length, gold.causes)).toBe(true);
    expect(o.measures.map((m) => m.heading)).toHaveLength(gold.measures.length);
    gold.measures.forEach((g, i) => expect(startsWithGold(o.measures[i].heading, g.heading)).toBe(true));
  });

  test('the title, when the gold names one', () => {
    if (gold.title) expect(o.title && startsWithGold(o.title.text, gold.title)).toBe(true);
    else expect(o.title).toBeUndefined();
  });

  test('every gold numbering error is flagged, and nothing else is', () => {
    const flagged = a.findings.filter((f) => f.rule === 'numbering').map((f) => effectiveText(paragraphs[f.paragraph]));
    for (const g of gold.numbering) expect(flagged.some((t) => startsWithGold(t, g))).toBe(true);
    expect(flagged).toHaveLength(gold.numbering.length);
  });

  test('a complete material gets no missing-* or order finding', () => {
    const structural = a.findings.filter((f) => ['missing-part', 'missing-aspect', 'empty-aspect', 'aspect-order'].includes(f.rule));
    expect(structural).toEqual([]);
  });
});
