/**
 * The labelled materials of test/fixtures/links16 (README there): the problems the labels call
 * unanswered that the linking finds, and no more false reports than known, per material. The
 * figures are floors: what the linking reaches now (a change that loses one fails here).
 */
import * as path from 'path';
import { loadSeeds } from '../../src/cli/gold';
import { analyzeSeed, scoreLinks } from '../../src/cli/eval';
import { sharedLinks } from '../../src/engine/link/link';

const DIR = path.resolve(__dirname, '../fixtures/links16');
const materials = new Map(loadSeeds(DIR).map((m) => [m.name.replace(/\.txt$/, ''), m]));

/**
 * Per material: unanswered problems found (of those labelled), false reports at most, aspects whose
 * coverage agrees at least. Left: aspect-level headings (坚持人民至上 answering 投诉 through its theme),
 * a problem's word shared only by chance (突发事件 for 房地产风险), a slogan repeating the problem's
 * own words (增强政治敏锐性), and the labels' stricter "weak" for an aspect half answered.
 */
const EXPECTED: Record<string, { found: number; extra: number; coverage: number }> = {
  l16_2021_banzi_study_topic: { found: 0, extra: 0, coverage: 4 },
  l16_2022_geren_slogan_point: { found: 1, extra: 0, coverage: 4 },
  l16_2023_geren_theme_slogans: { found: 3, extra: 1, coverage: 6 },
  l16_2024_banzi_table_slogan: { found: 2, extra: 0, coverage: 2 },
  l16_2024_zhibu_orglife_per_aspect: { found: 1, extra: 1, coverage: 0 },
  l16_2025_geren_example_terms: { found: 2, extra: 0, coverage: 3 },
};

test.each(Object.entries(EXPECTED))('%s', (name, want) => {
  const m = materials.get(name)!;
  const { analysis, texts } = analyzeSeed(m);
  const s = scoreLinks(analysis, m.gold, sharedLinks(analysis), texts);
  expect(s.uncovered.hit).toBeGreaterThanOrEqual(want.found);
  expect(s.extraUncovered).toBeLessThanOrEqual(want.extra);
  expect(s.coverage.hit).toBeGreaterThanOrEqual(want.coverage);
});

test('all six materials are there', () => {
  expect([...materials.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
});
