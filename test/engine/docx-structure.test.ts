/**
 * Each labelled material (the project's own, and the real seeds when ../shared is present) read three ways — the .txt, a .docx with typed numbering, and a .docx with real
 * heading styles and automatic numbering — gives the same structure and the same gold answers.
 */
import { analyze, readText } from '../../src/engine';
import type { Analysis } from '../../src/engine';
import { readDocx } from '../../src/engine/readers/docx';
import { seedToDocx } from '../support/seed-docx';
import { inRange, ownMaterialsAndSeeds, startsWithGold } from '../support/seeds';

function shape(a: Analysis) {
  const o = a.outline;
  return {
    title: o.title?.paragraph,
    parts: o.parts.map((p) => [p.role, p.node.paragraph]),
    aspects: o.aspects.map((x) => [x.aspect, x.node.paragraph, x.problems.map((p) => p.paragraph)]),
    causes: o.causes.map((x) => x.paragraph),
    measures: o.measures.map((x) => x.paragraph),
    findings: a.findings.filter((f) => f.rule !== 'unstyled-heading').map((f) => [f.rule, f.paragraph]),
  };
}

describe.each(ownMaterialsAndSeeds('the three-way .docx structure check', true).map((s) => [s.name, s] as const))('%s', (_name, seed) => {
  const fromText = analyze({ paragraphs: readText(seed.text, 'markdown'), source: 'text' });

  test.each(['typed', 'styled'] as const)('as a %s .docx: same structure as the text', async (mode) => {
    const doc = await seedToDocx(seed.text, mode);
    const paragraphs = await readDocx(doc.bytes);
    const a = analyze({ paragraphs, source: 'docx' });
    expect(shape(a)).toEqual(shape(fromText));
    // and therefore the gold, checked directly once more on the docx reading
    a.outline.aspects.forEach((x, i) => {
      expect(x.aspect).toBe(seed.gold.aspects[i].aspect);
      expect(startsWithGold(x.node.heading, seed.gold.aspects[i].heading)).toBe(true);
      expect(inRange(x.problems.length, seed.gold.aspects[i].problems)).toBe(true);
    });
    // Headings on their own line: a finding each; headings run into text: one finding for all,
    // naming how many ("“…”等 N 个标题与正文写在同一段", or one: "标题“…”与正文…").
    const unstyled = a.findings.filter((f) => f.rule === 'unstyled-heading');
    const counted = unstyled.reduce((n, f) => n + (f.fix ? 1 : Number(/等 (\d+) 个标题/.exec(f.message)?.[1] ?? 1)), 0);
    if (mode === 'styled') expect(unstyled).toHaveLength(0);
    else {
      expect(counted).toBe(a.outline.parts.length + a.outline.aspects.length);
      expect(unstyled.filter((f) => !f.fix).length).toBeLessThanOrEqual(1);
    }
  });
});

test('manual line breaks read the same from a .docx (w:br) as from Word (\\n)', async () => {
  const { makeDocx } = await import('../support/docx-writer');
  const bytes = await makeDocx({
    body: [
      { runs: [{ text: '一、存在的主要问题' }] },
      { runs: [{ text: '（一）带头深刻感悟“两个确立”的决定性意义方面' }, { br: true }, { text: '一是理论学习不深' }, { br: true }, { text: '二是政治判断力不强' }] },
    ],
  });
  const paragraphs = await readDocx(bytes);
  expect(paragraphs[1].text).toBe('（一）带头深刻感悟“两个确立”的决定性意义方面\n一是理论学习不深\n二是政治判断力不强');
  const a = analyze({ paragraphs, source: 'docx' });
  expect(a.outline.aspects[0].problems).toHaveLength(2);
});
