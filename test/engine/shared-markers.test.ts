/**
 * Issue 13 (peak memory on floods): the outline shares equal leads and markers among the
 * paragraphs of one document (outline.ts, Shared), and the text reader equal short lines
 * (readers/text.ts, ShortLines). Sharing must change no result: the outline built with sharing is
 * the outline built without it, on materials of every kind (our samples and fixtures, the seeds
 * when present, the adversarial shapes, Word paragraphs with automatic numbers, heading styles,
 * broken and inline markers). And it must share: a flood of numbered lines holds a marker object
 * per distinct number, not per line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildStructure, finishOutline } from '../../src/engine/outline';
import { getTemplate, NEWEST_TEMPLATE_ID, templateIds } from '../../src/engine/template';
import { readText } from '../../src/engine/readers/text';
import type { DocumentInput, OutlineNode } from '../../src/engine/types';
import { SHAPES } from '../support/adversarial';
import { wordDoc } from '../support/docs';
import { seedsOrNote, SEEDS_PRESENT } from '../support/seeds';

const ROOT = path.resolve(__dirname, '../..');

/** Every .txt/.md under a folder of the repository (sorted). */
function textFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f);
      else if (/\.(txt|md)$/.test(e.name) && e.name !== 'README.md') out.push(f);
    }
  };
  walk(dir);
  return out;
}

function nodes(root: OutlineNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  const stack = [...root.children];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    for (const c of n.children) stack.push(c);
  }
  return out;
}

/** The outline as JSON, built with or without sharing, for a template. */
function outlineJson(input: DocumentInput, templateId: string, share: boolean): string {
  const template = getTemplate(templateId)!;
  return JSON.stringify(finishOutline(buildStructure(input, template, { share }), template));
}

const texts: [string, string][] = [
  ...[path.join(ROOT, 'samples'), path.join(ROOT, 'test/fixtures')].flatMap((d) => textFiles(d).map((f): [string, string] => [path.relative(ROOT, f), fs.readFileSync(f, 'utf8')])),
  ...SHAPES.flatMap((s) => [0, 1, 2].map((k): [string, string] => [`shape ${s.name} k=${k}`, s.make(2000, k)])),
];

describe('sharing equal leads and markers changes no outline', () => {
  test('our samples, fixtures and the adversarial shapes, under two templates', () => {
    expect(texts.length).toBeGreaterThan(SHAPES.length * 3);
    for (const [name, text] of texts) {
      const input: DocumentInput = { paragraphs: readText(text, 'markdown'), source: 'text' };
      for (const id of [NEWEST_TEMPLATE_ID, templateIds()[0]]) {
        expect({ name, id, json: outlineJson(input, id, true) }).toEqual({ name, id, json: outlineJson(input, id, false) });
      }
    }
  });

  test('the seeds, when present', () => {
    const seeds = seedsOrNote('sharing markers');
    if (SEEDS_PRESENT) expect(seeds.length).toBeGreaterThan(0);
    for (const seed of seeds) {
      const input: DocumentInput = { paragraphs: readText(seed.text, 'text'), source: 'text' };
      expect({ seed: seed.name, json: outlineJson(input, NEWEST_TEMPLATE_ID, true) }).toEqual({ seed: seed.name, json: outlineJson(input, NEWEST_TEMPLATE_ID, false) });
    }
  });

  test('Word paragraphs: the same number automatic and typed, heading styles, outline levels, broken and inline markers', () => {
    const input = wordDoc([
      { text: '对照检查材料', headingLevel: 1 },
      { text: '存在的主要问题', listString: '一、' },
      { text: '一、存在的主要问题' },
      { text: '在理论学习方面', listString: '（一）', headingLevel: 2 },
      { text: '（一）在理论学习方面', headingLevel: 2 },
      { text: '（一）在理论学习方面', outlineLevel: 2 },
      { text: '（一）在理论学习方面' },
      { text: '一是学得不深。二是用得不够。' },
      { text: '一是学得不深。二是用得不够。' },
      { text: '三基层调研少。' },
      { text: '1.学习不系统。', listString: '1.' },
      { text: '学习不系统。', listString: '1.' },
      { text: '1.学习不系统。' },
      { text: '2.学用脱节。', inTable: true, cell: { table: 0, row: 0, column: 0 } },
      { text: '原因分析', bold: true },
      { text: '原因分析', markdownLevel: 2 },
      { text: '整改措施', listString: '三、' },
      { text: '三、整改措施' },
      { text: '1.加强学习。' },
      { text: '1.加强学习。' },
    ]);
    for (const id of templateIds()) expect({ id, json: outlineJson(input, id, true) }).toEqual({ id, json: outlineJson(input, id, false) });
    // An automatic number and the same number typed stay told apart.
    const all = nodes(buildStructure(input, getTemplate(NEWEST_TEMPLATE_ID)!).root);
    const ones = all.filter((n) => n.marker?.raw === '1.' || (n.marker?.auto && n.marker.value === 1 && n.marker.kind === 'arabic-dot'));
    expect(new Set(ones.map((n) => n.marker!.auto === true))).toEqual(new Set([true, false]));
  });
});

describe('equal markers are one object', () => {
  const template = getTemplate(NEWEST_TEMPLATE_ID)!;
  const markersOf = (text: string, share: boolean) => {
    const all = nodes(buildStructure({ paragraphs: readText(text, 'text'), source: 'text' }, template, { share }).root).filter((n) => n.marker);
    return { nodes: all.length, distinct: new Set(all.map((n) => n.marker)).size, raws: new Set(all.map((n) => `${n.marker!.kind} ${n.marker!.raw}`)).size };
  };

  test.each([
    ['numbered lines', (i: number) => `${(i % 99) + 1}.`],
    ['numbered items with text', (i: number) => `${(i % 9) + 1}、学习不够深入。`],
    ['“一是” lines', () => '一是'],
    ['section headings', (i: number) => `（${'一二三四五'[i % 5]}）在理论学习方面`],
    ['inline items', () => '一是学得不深；二是用得不够；三是效果不好。'],
  ])('%s: a marker object per distinct marker, not per line', (_name, line) => {
    const text = Array.from({ length: 3000 }, (_, i) => line(i)).join('\n');
    const shared = markersOf(text, true);
    const own = markersOf(text, false);
    expect(shared.nodes).toBeGreaterThanOrEqual(3000);
    expect(shared.nodes).toBe(own.nodes);
    expect(shared.distinct).toBe(shared.raws);
    expect(own.distinct).toBe(own.nodes);
  });
});

describe('the text reader shares equal short lines without skipping their cleaning', () => {
  // Short lines (≤ 4 units) with and without marks: each must read as it reads alone.
  const LINES = ['学', '12.', '一是', '# 一', '- 学', '> 学', '**', '*学*', '\t1.', '1.\t', 'a\u0000', '\u200b学', ' 学 ', '　', '__', '＃', '(一)', '①', '', 'x'];

  test.each([1, 2, 3])('a flood of short lines in a mixed order (seed %i) reads line by line', (seed) => {
    let r = seed;
    const next = () => (r = (r * 1103515245 + 12345) % 2147483648);
    const lines = Array.from({ length: 4000 }, () => LINES[next() % LINES.length]);
    // A blank line between them: a marker alone would take the text of the line after it (unwrap.ts).
    const read = readText(lines.join('\n\n'), 'markdown');
    const alone = lines.flatMap((l, k) => [...(k ? [''] : []), l]).map((l, index) => ({ ...readText(l, 'markdown')[0], index }));
    expect(read).toEqual(alone);
  });
});
