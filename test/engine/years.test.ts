/**
 * Labelled materials for every template (test/fixtures/years, README there): the detected template
 * must be the labelled one, a material with no template (2026年度, one that fits none) must get no
 * aspect demanded and no aspect number, and the structure must match the labels.
 */
import * as path from 'path';
import { loadSeeds } from '../../src/cli/gold';
import { analyzeSeed, detectedTemplate, scoreStructure } from '../../src/cli/eval';

const DIR = path.resolve(__dirname, '../fixtures/years');
const materials = loadSeeds(DIR);

test('there are labelled materials for every template and for the unknown', () => {
  const templates = new Set(materials.map((m) => m.gold.template));
  for (const id of ['five-aspects-2021', 'six-aspects-2022', 'theme-education-2023', 'five-aspects-2023', 'four-aspects-2024', 'five-aspects-2025', 'org-life-2024', null]) {
    expect(templates).toContain(id);
  }
});

describe.each(materials.map((m) => [m.name, m] as const))('%s', (_name, m) => {
  const { analysis, texts } = analyzeSeed(m);

  test('the detected template is the labelled one, and the reason names the evidence', () => {
    expect(detectedTemplate(analysis)).toBe(m.gold.template);
    expect(analysis.templateSource).toBe('detected');
    expect(analysis.templateReason).toMatch(/^依据：/);
    if (m.gold.recognisedYear !== undefined && m.gold.recognisedYear !== null) expect(analysis.recognisedYear).toBe(m.gold.recognisedYear);
  });

  test('missing aspects: demanded exactly where the template has them and the material lacks them', () => {
    const missing = analysis.findings.filter((f) => f.rule === 'missing-aspect');
    if (m.gold.template === null) {
      expect(missing).toEqual([]);
      expect(analysis.outline.aspects.every((a) => a.aspect === null)).toBe(true);
      expect(analysis.findings.filter((f) => f.rule === 'unknown-template')).toHaveLength(1);
      return;
    }
    const present = new Set(m.gold.aspects.map((a) => a.aspect));
    const absent = analysis.template.aspects.filter((a) => !present.has(a.number));
    expect(missing.map((f) => f.message).sort()).toEqual(absent.map((a) => expect.stringContaining(`第${a.number}个方面`)));
    expect(analysis.findings.filter((f) => f.rule === 'unknown-template')).toEqual([]);
  });

  test('parts and aspect mapping as labelled', () => {
    const s = scoreStructure(analysis, m.gold, texts);
    expect(s.parts.hit).toBe(s.parts.total);
    expect(s.aspects.hit).toBe(s.aspects.total);
  });
});
