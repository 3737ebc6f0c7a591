/**
 * aspects.ts keeps a heading's features by its text (headingFeatures) and, per template, what a
 * heading scores there (scoreAspects' title weights, heading vocabulary and word hits). The oracle
 * is the same mapping with nothing kept: every candidate's features read afresh (readHeading, a
 * new object, which no kept score is attached to) and every kept answer forgotten first. Kept and
 * fresh must agree for real materials' headings over every template, asked again and in another
 * order; for one heading text under different items (the items are never kept with the heading);
 * for one heading scored for several templates (a template's scores never serve another); and
 * after a template brings new terms.
 */
import { readText, NEWEST_TEMPLATE_ID, getTemplate } from '../../src/engine';
import { allTemplates, type Template } from '../../src/engine/template';
import { headingFeatures, mapAspects, readHeading, type AspectCandidate } from '../../src/engine/aspects';
import { forgetTermOccurrences } from '../../src/engine/aspect-terms';
import { aspectCandidates, buildStructure } from '../../src/engine/outline';
import { ownMaterialsAndSeeds } from '../support/seeds';

/** The mapping with nothing kept: fresh features for each candidate, everything kept forgotten. */
function fresh(cands: AspectCandidate[], template: Template) {
  forgetTermOccurrences();
  return mapAspects(
    cands.map((c) => ({ heading: c.heading, body: c.body, features: readHeading(c.heading) })),
    template,
  );
}

/** The mapping as detection runs it: features kept by heading text. */
function kept(cands: AspectCandidate[], template: Template) {
  return mapAspects(
    cands.map((c) => ({ heading: c.heading, body: c.body, features: headingFeatures(c.heading) })),
    template,
  );
}

const pools = ownMaterialsAndSeeds('heading memo').flatMap((m) => {
  const input = { paragraphs: readText(m.text), source: 'text' as const };
  return aspectCandidates(buildStructure(input, getTemplate(NEWEST_TEMPLATE_ID)!)).map((p) => p.cands);
});

beforeEach(() => forgetTermOccurrences());

test('features kept by heading text are the features read afresh, one object a text until forgotten', () => {
  const headings = pools.flat().map((c) => c.heading);
  expect(headings.length).toBeGreaterThan(50);
  for (const h of [...headings, '', '（一）', '其他方面存在的问题', '一是在带头深刻感悟“两个确立”方面存在的问题']) {
    const f = headingFeatures(h);
    expect(f).toEqual(readHeading(h));
    expect(headingFeatures(h)).toBe(f);
  }
  const h = headings[0];
  const before = headingFeatures(h);
  forgetTermOccurrences();
  expect(headingFeatures(h)).not.toBe(before);
  expect(headingFeatures(h)).toEqual(before);
});

test('real materials over every template: kept scores equal fresh ones, asked again and in reverse order', () => {
  const templates = allTemplates();
  expect(pools.length).toBeGreaterThan(5);
  const want = templates.map((t) => pools.map((cands) => fresh(cands, t)));
  forgetTermOccurrences();
  for (const order of [templates.map((_, i) => i), templates.map((_, i) => templates.length - 1 - i)]) {
    for (const ti of order) pools.forEach((cands, pi) => expect(kept(cands, templates[ti])).toEqual(want[ti][pi]));
  }
});

test('one heading text under other items, and one heading for several templates', () => {
  const templates = allTemplates();
  const heading = '（一）在理论学习方面存在的问题';
  const bodies = ['一是学习不够深入，对新思想的理解停留在表面。', '落实整改不到位，问题清单长期挂账，形式主义官僚主义问题仍然存在。', '', '调查研究走马观花，深入基层不够，密切联系群众不够。'];
  for (const body of bodies) {
    const cands = [
      { heading, body },
      { heading: '（二）在作风建设方面', body: bodies[(bodies.indexOf(body) + 1) % bodies.length] },
    ];
    for (const t of templates) {
      const want = fresh(cands, t);
      expect(kept(cands, t)).toEqual(want);
    }
  }
  // The same kept features scored for each template in turn, then again: no template's scores serve another.
  const cands = [{ heading, body: bodies[0] }];
  const scores = templates.map((t) => kept(cands, t));
  templates.forEach((t, i) => expect(kept(cands, t)).toEqual(scores[i]));
  templates.forEach((t, i) => expect(fresh(cands, t)).toEqual(scores[i]));
});

test('a kept heading scored for a template that brings new terms reads them', () => {
  const base = allTemplates()[0];
  const cands = [
    { heading: '（一）在走马观花方面', body: '调查研究不够。' },
    { heading: '（二）在问题清单长期挂账方面', body: '整改不到位。' },
  ];
  const before = kept(cands, base);
  const widened: Template = {
    ...base,
    aspects: base.aspects.map((a, i) => ({ ...a, vocabulary: [...a.vocabulary, ['走马观花', '问题清单长期挂账'][i % 2]] })),
  };
  const after = kept(cands, widened);
  expect(after.map((c) => c.scores)).not.toEqual(before.map((c) => c.scores));
  expect(after).toEqual(fresh(cands, widened));
  expect(kept(cands, base)).toEqual(before);
});
