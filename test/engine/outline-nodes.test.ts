/**
 * Issue 13 (peak memory): the outline's nodes hold only paragraph, marker and heading of their own;
 * body (the heading), depth (1), offset, inline, styled, children and textParagraphs are defaults on
 * a shared prototype until a node sets them (outline.ts, TreeNode), and the effective texts are no array
 * (EffectiveTexts). What could break: a defaulted field read with the wrong value on some kind of
 * node (part, section, item, inline item, indented, styled, automatic number, table entry, text
 * entry), a default changed for every node by one assignment, two nodes sharing a list, a node
 * serialised without its defaulted fields. A part heading's node is its own entry in
 * outline.parts (PartTreeNode: role, and itself as `node`): a part read with the wrong role, one
 * missing from the tree, or an entry made beside the node again.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/engine';
import { toJson } from '../../src/engine/json';
import { buildStructure, forEachBodyPiece } from '../../src/engine/outline';
import { getTemplate, NEWEST_TEMPLATE_ID } from '../../src/engine/template';
import { readText } from '../../src/engine/readers/text';
import { matchLeadingMarker } from '../../src/engine/markers';
import type { DocumentInput, Outline, OutlineNode } from '../../src/engine/types';
import { SHAPES } from '../support/adversarial';
import { completeLines, textDoc, wordDoc } from '../support/docs';

const ROOT = path.resolve(__dirname, '../..');
/** The fields a node holds only when it differs, with their defaults. */
const DEFAULTS: [keyof OutlineNode, unknown][] = [
  ['depth', 1],
  ['offset', 0],
  ['inline', false],
  ['styled', false],
  ['children', []],
  ['textParagraphs', []],
];
const FIELDS = ['paragraph', 'offset', 'marker', 'heading', 'body', 'inline', 'styled', 'depth', 'children', 'textParagraphs'] as const;

/** Every node under `root` (and the outline's entries, which need not be in the tree), depth first. */
function allNodes(o: Outline): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (n: OutlineNode) => {
    for (const c of n.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(o.root);
  for (const a of o.aspects) out.push(...a.problems);
  out.push(...o.causes, ...o.measures);
  return out;
}

/** A node's fields read one by one by name, as the engine reads them. */
function read(n: OutlineNode): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map((f) => [f, n[f]]));
}

/** A material with a node of every kind, as Word gives it (heading styles, automatic numbers, indents, a table). */
function wordMaterial(): DocumentInput {
  return wordDoc([
    { text: '存在的主要问题', listString: '一、', headingLevel: 1 },
    { text: '在理论学习方面', listString: '（一）', headingLevel: 2 },
    { text: '一是学得不深；二是用得不够。' },
    { text: '比如读原著少。' },
    { text: '（二）在联系群众方面' },
    { text: '  1.调研少。' },
    { text: '问题', inTable: true, cell: { table: 0, row: 0, column: 0 } },
    { text: '措施', inTable: true, cell: { table: 0, row: 0, column: 1 } },
    { text: '走访少', inTable: true, cell: { table: 0, row: 1, column: 0 } },
    { text: '每月走访', inTable: true, cell: { table: 0, row: 1, column: 1 } },
    { text: '原因分析', listString: '二、', headingLevel: 1 },
    { text: '理想信念有所松懈。' },
    { text: '宗旨意识有所淡化。' },
    { text: '三、整改措施' },
    { text: '（一）加强学习。' },
  ]);
}

describe('outline nodes read every field, defaulted or their own', () => {
  const a = analyze(wordMaterial());
  const o = a.outline;
  const part = (role: string) => o.parts.find((p) => p.role === role)!.node;

  test('a part with an automatic number and a heading style', () => {
    const p = part('problems');
    expect(read(p)).toMatchObject({ paragraph: 0, offset: 0, heading: '一、存在的主要问题', inline: false, styled: true, depth: 1, textParagraphs: [] });
    expect(p.marker).toMatchObject({ kind: 'cn-dun', value: 1, auto: true });
    expect(p.children.map((c) => c.paragraph)).toEqual([1, 4]);
  });

  test('sections: automatic and styled, typed and unstyled; the second holds a table as text paragraphs', () => {
    const [first, second] = part('problems').children;
    expect(read(first)).toMatchObject({ paragraph: 1, offset: 0, heading: '（一）在理论学习方面', inline: false, styled: true, depth: 2, textParagraphs: [] });
    expect(first.marker).toMatchObject({ kind: 'cn-paren', auto: true });
    expect(read(second)).toMatchObject({ paragraph: 4, offset: 0, heading: '（二）在联系群众方面', inline: false, styled: false, depth: 2 });
    expect(second.marker?.auto).toBeUndefined();
  });

  test('an item, an inline item after it with its offset, and the paragraph that follows as the inline item’s text', () => {
    const [one, two] = part('problems').children[0].children;
    expect(read(one)).toMatchObject({ paragraph: 2, offset: 0, heading: '一是学得不深；二是用得不够。'.slice(0, 7), inline: false, styled: false, depth: 3, children: [], textParagraphs: [] });
    expect(read(two)).toMatchObject({ paragraph: 2, offset: 7, inline: true, styled: false, depth: 3, children: [], textParagraphs: [3] });
    expect(two.heading.startsWith('二是')).toBe(true);
  });

  test('an indented item: its offset is where its marker starts', () => {
    const item = part('problems').children[1].children[0];
    expect(read(item)).toMatchObject({ paragraph: 5, offset: 2, heading: '1.调研少。', inline: false, depth: 3 });
    expect(item.textParagraphs).toEqual([6, 7, 8, 9]);
  });

  test('entries made of text: causes (paragraphs) and the measures part’s item', () => {
    expect(o.causes.map(read)).toEqual([
      expect.objectContaining({ paragraph: 11, offset: 0, heading: '理想信念有所松懈。', body: '理想信念有所松懈。', inline: false, styled: false, depth: 2, children: [], textParagraphs: [] }),
      expect.objectContaining({ paragraph: 12, offset: 0, heading: '宗旨意识有所淡化。', inline: false, depth: 2 }),
    ]);
    expect(part('causes').textParagraphs).toEqual([11, 12]);
    expect(o.measures.map(read)).toEqual([expect.objectContaining({ paragraph: 14, offset: 0, heading: '（一）加强学习。', inline: false, styled: false, depth: 2 })]);
  });

  test('JSON lists all ten fields of every node, with the values the node reads', () => {
    for (const n of allNodes(o)) {
      const json = JSON.parse(JSON.stringify(n)) as Record<string, unknown>;
      const expected = JSON.parse(JSON.stringify({ ...read(n), children: n.children.map(read) })) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(FIELDS.filter((f) => n[f] !== undefined));
      expect({ ...json, children: (json.children as unknown[]).length }).toEqual({ ...expected, children: n.children.length });
    }
  });
});

describe('no default is changed for every node, and no two nodes share a list', () => {
  const texts: string[] = [
    fs.readFileSync(path.join(ROOT, 'samples', 'sample.txt'), 'utf8'),
    completeLines().join('\n'),
    ...SHAPES.map((s) => s.make(1500, 1)),
  ];
  const inputs: DocumentInput[] = [...texts.map((t) => ({ paragraphs: readText(t, 'markdown'), source: 'text' as const })), wordMaterial()];

  test('after building every outline, each field a node does not hold reads its default, and lists are a node’s own', () => {
    const template = getTemplate(NEWEST_TEMPLATE_ID)!;
    let leaves = 0;
    for (const input of inputs) {
      const o = analyze(input).outline;
      // Build again: a default changed by the first build would show in the second.
      const again = buildStructure(input, template);
      const seen = new Set<unknown>();
      for (const n of [...allNodes(o), ...again.root.children]) {
        for (const list of [n.children, n.textParagraphs]) {
          if (list.length === 0) continue;
          expect(Object.prototype.hasOwnProperty.call(n, list === n.children ? 'children' : 'textParagraphs')).toBe(true);
          // A node's list appears once (an entry may be a tree node too, so count each node once).
          if (!seen.has(n)) expect(seen.has(list)).toBe(false);
          seen.add(list);
        }
        seen.add(n);
        // Each field the node does not hold reads its default.
        const defaulted = DEFAULTS.filter(([f]) => !Object.prototype.hasOwnProperty.call(n, f));
        for (const [f, value] of defaulted) expect({ field: f, value: n[f] }).toEqual({ field: f, value });
        // A body of its own only where it is not the heading (the default).
        if (Object.prototype.hasOwnProperty.call(n, 'body')) expect(n.body).not.toBe(n.heading);
        else expect(n.body).toBe(n.heading);
        if (Object.prototype.hasOwnProperty.call(n, 'depth')) expect(n.depth).not.toBe(1);
        for (const [f] of defaulted) if (f === 'children' || f === 'textParagraphs') expect(Object.isFrozen(n[f])).toBe(true);
        if (defaulted.length === DEFAULTS.length) leaves++;
      }
      // The root keeps no text paragraphs; it is the one node of depth 0, with no heading or body.
      expect(o.root.textParagraphs).toEqual([]);
      expect([o.root.depth, o.root.heading, o.root.body]).toEqual([0, '', '']);
    }
    expect(leaves).toBeGreaterThan(100);
  });

  test('assigning a field gives that node its own value and leaves the others', () => {
    const o = analyze(textDoc(completeLines())).outline;
    const [x, y] = o.causes.length >= 2 ? o.causes : allNodes(o).filter((n) => !n.children.length);
    const before = read(y);
    x.offset = 5;
    x.inline = true;
    x.styled = true;
    x.children = [y];
    x.depth = 1;
    x.depth = 7;
    x.body = x.heading;
    x.body = '另一段正文';
    expect([x.offset, x.inline, x.styled, x.children, x.depth, x.body]).toEqual([5, true, true, [y], 7, '另一段正文']);
    x.body = x.heading;
    expect(x.body).toBe(x.heading);
    expect(read(y)).toEqual(before);
    const fresh = analyze(textDoc(completeLines())).outline.causes[0];
    expect([fresh.offset, fresh.inline, fresh.styled, fresh.children.length]).toEqual([0, false, false, 0]);
    expect(fresh.depth).toBe(2);
    expect(fresh.body).not.toBe('另一段正文');
  });

  test('a node whose text is its one line holds only its paragraph (a flood of numbered lines: 32 bytes a node)', () => {
    const text = SHAPES.find((s) => s.name === 'numbered line flood')!.make(3000);
    const paragraphs = readText(text);
    const o = analyze({ paragraphs, source: 'text' }).outline;
    expect(o.root.children.length).toBeGreaterThan(500);
    o.root.children.forEach((n, i) => {
      expect([n.depth, n.body]).toEqual([1, n.heading]);
      // Its paragraph and heading are read from the paragraph it stands for.
      expect([n.paragraph, n.heading]).toEqual([i, paragraphs[i].text]);
      expect(Object.keys(n)).toEqual([]);
      // Its marker is the one its line's text reads.
      expect(n.marker).toEqual(matchLeadingMarker(paragraphs[i].text)!.marker);
      // Listed with all ten fields, as any node.
      expect(JSON.parse(JSON.stringify(n))).toEqual({ paragraph: i, offset: 0, marker: JSON.parse(JSON.stringify(n.marker)), heading: paragraphs[i].text, body: paragraphs[i].text, inline: false, styled: false, depth: 1, children: [], textParagraphs: [] });
    });
  });

  // A LineNode reads its marker by its text (outline.ts, LINE_MARKERS): the same text read with
  // another marker elsewhere, in any order, must keep its own.
  test.each([
    ['a broken 三是 then a broken 三、', '一是学习不够\n二是工作不实\n三基层治理', '一、学习\n二、工作\n三基层治理', ['cn-shi', 'cn-dun']],
    ['a broken 三、 then a broken 三是', '一、学习\n二、工作\n三基层治理', '一是学习不够\n二是工作不实\n三基层治理', ['cn-dun', 'cn-shi']],
  ])('a line read with two markers in two documents keeps each (%s)', (_, first, second, kinds) => {
    const last = (text: string) => {
      const o = analyze({ paragraphs: readText(text), source: 'text' }).outline;
      const all = allNodes(o);
      return all[all.length - 1];
    };
    const a = last(first);
    const b = last(second);
    expect([a.marker?.kind, b.marker?.kind, a.marker?.broken, b.marker?.broken]).toEqual([...kinds, true, true]);
    // Read again after the other, each keeps its own.
    expect(last(first).marker).toEqual(a.marker);
    expect(JSON.parse(JSON.stringify(last(second)))).toEqual(JSON.parse(JSON.stringify(b)));
  });

  test('a long line with its marker keeps its marker as its own field (only short lines are keyed by their text)', () => {
    const line = '1.' + '学'.repeat(40);
    const n = analyze({ paragraphs: readText(`${line}\n2.${'学'.repeat(40)}`), source: 'text' }).outline.root.children[0];
    expect([n.heading, n.marker]).toEqual([line, { kind: 'arabic-dot', value: 1, raw: '1.' }]);
    expect(Object.keys(n)).toContain('marker');
  });

  test.each([
    ['a sentence after the heading', '1.理论学习不够深入。比如学习停留在表面。', '1.理论学习不够深入。'],
    ['a heading ending in a colon with text after it', '（一）存在的问题：学用结合不够紧密', '（一）存在的问题：'],
    ['leading spaces', '  一、存在的问题', '一、存在的问题'],
    ['trailing spaces', '二、原因分析  ', '二、原因分析'],
  ])('a line whose heading is not its whole text keeps a heading of its own (%s)', (_, line, heading) => {
    const paragraphs = readText(`${line}\n正文一段。`);
    const n = analyze({ paragraphs, source: 'text' }).outline.root.children.find((c) => c.paragraph === 0) ?? allNodes(analyze({ paragraphs, source: 'text' }).outline).find((c) => c.paragraph === 0)!;
    expect(n.heading).toBe(heading);
    expect(Object.keys(n)).toContain('heading');
    expect(Object.keys(n)).toContain('paragraph');
  });
});

describe('a part heading’s node is its entry in outline.parts', () => {
  /** Materials with parts of each kind of heading, and the roles they should be read with. */
  const cases: [string, DocumentInput, string[]][] = [
    ['automatic numbers and heading styles (Word)', wordMaterial(), ['problems', 'causes', 'measures']],
    ['typed numbers, a complete material', textDoc(completeLines()), ['problems', 'causes', 'measures']],
    ['unnumbered part headings', textDoc(['存在的主要问题', '一是学得不深。', '原因分析', '理想信念有所松懈。', '整改措施', '加强学习。']), ['problems', 'causes', 'measures']],
    ['a part heading running into its first section and item', textDoc(['一、存在的主要问题（一）在理论学习方面。一是学得不深。', '二、原因分析', '理想信念有所松懈。', '三、整改措施', '（一）加强学习。', '四、其他需要说明的情况', '无。']), ['problems', 'causes', 'measures', 'other']],
    ['a flood of part headings', textDoc(SHAPES.find((s) => s.name === 'part headings repeated')!.make(600).split('\n')), ['problems', 'causes', 'measures']],
  ];

  test.each(cases)('%s: each part is a top-level node of the tree, with its own role, heading and paragraph', (_name, input, roles) => {
    const o = analyze(input).outline;
    expect(o.parts.length).toBeGreaterThanOrEqual(roles.length);
    expect([...new Set(o.parts.map((p) => p.role))].sort()).toEqual([...roles].sort());
    for (const p of o.parts) {
      // One object for both: no `{ role, node }` beside the node (issue 13: 104 → 72 bytes a part).
      expect(p.node).toBe(p);
      expect(o.root.children).toContain(p.node);
      expect(p.node.depth).toBe(1);
      expect(input.paragraphs[p.node.paragraph].text).toContain(p.node.heading.replace(/^[一二三四五六七八九十]+、/, ''));
      // Listed as a node under its parent, and by json.ts as a part: the node's fields, no `role` or `node`.
      expect(Object.keys(JSON.parse(JSON.stringify(p)))).toEqual(FIELDS.filter((f) => p.node[f] !== undefined));
    }
    // Parts in document order, each read once.
    const at = o.parts.map((p) => p.node.paragraph);
    expect(at).toEqual([...new Set(at)].sort((a, b) => a - b));
  });

  test('the JSON report names each part by role, heading and paragraph, as before', () => {
    const analysis = analyze(textDoc(completeLines()));
    const json = toJson(analysis, 'x.txt') as unknown as { parts: { role: string; heading: string; paragraph: number }[] };
    expect(json.parts).toEqual(analysis.outline.parts.map((p) => ({ role: p.role, heading: p.node.heading, paragraph: p.node.paragraph })));
    expect(json.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'measures']);
  });
});

describe('the root’s children, gathered in chunks while the tree is built, are every top-level node once, in order', () => {
  const template = getTemplate(NEWEST_TEMPLATE_ID)!;
  // Around the chunk size (4096 top-level nodes): a chunk lost, repeated or joined out of order shows.
  test.each([0, 1, 4096, 4097, 8192, 8193])('%d numbered lines', (n) => {
    const lines = Array.from({ length: n }, (_, i) => `${(i % 99) + 1}.第${i}项`);
    const input: DocumentInput = { paragraphs: readText(['说明', ...lines].join('\n')), source: 'text' };
    const root = buildStructure(input, template).root;
    expect(root.children.map((c) => c.paragraph)).toEqual(lines.map((_, i) => i + 1));
    expect(root.children.map((c) => c.heading)).toEqual(lines);
    // No hole left by the array made with room for them (every index its own entry).
    expect(Object.keys(root.children).length).toBe(n);
    if (n === 0) expect(Object.isFrozen(root.children)).toBe(true);
  });

  // More top-level nodes than paragraphs with a marker (the room the builder makes once its first
  // chunk is full): inline items at the top of the tree, three a line; below and past the room.
  test.each([1000, 1400, 5000])('%d lines of three inline items each', (n) => {
    const lines = Array.from({ length: n }, (_, i) => `一是甲${i}。二是乙${i}。三是丙${i}。`);
    const root = buildStructure(textDoc(['说明', ...lines]), template).root;
    const expected = lines.flatMap((_, i) => [`一是甲${i}。`, `二是乙${i}。`, `三是丙${i}。`]);
    expect(root.children.map((c) => c.heading)).toEqual(expected);
    expect(root.children.map((c) => c.paragraph)).toEqual(lines.flatMap((_, i) => [i + 1, i + 1, i + 1]));
    expect(Object.keys(root.children).length).toBe(3 * n);
  });

  // Fewer top-level nodes than that room: 5000 numbered lines, then a part whose 6000 numbered
  // sections are its children (each a paragraph with a marker, counted in the room).
  test('a room larger than the top-level nodes is cut to them', () => {
    const top = Array.from({ length: 5000 }, (_, i) => `${(i % 99) + 1}.第${i}项`);
    const under = Array.from({ length: 6000 }, (_, i) => `（${'一二三四五六七八九'[i % 9]}）第${i}节`);
    const root = buildStructure(textDoc(['说明', ...top, '一、存在的主要问题', ...under]), template).root;
    expect(root.children.length).toBe(5001);
    expect(Object.keys(root.children).length).toBe(5001);
    expect(root.children.slice(0, 5000).map((c) => c.heading)).toEqual(top);
    expect(root.children[5000].heading).toBe('一、存在的主要问题');
    expect(root.children[5000].children.map((c) => c.heading)).toEqual(under);
  });

  test('top-level parts with sections under them: the root holds the parts, each part its sections', () => {
    const lines: string[] = [];
    for (let k = 0; k < 1500; k++) lines.push('一、存在的主要问题', '（一）理论学习方面', '学得不深。', '（二）联系群众方面');
    const o = buildStructure(textDoc(lines), template);
    expect(o.root.children.length).toBe(1500);
    expect(o.root.children.map((c) => c.paragraph)).toEqual(Array.from({ length: 1500 }, (_, k) => 4 * k));
    for (const c of o.root.children) expect(c.children.map((s) => s.heading)).toEqual(['（一）理论学习方面', '（二）联系群众方面']);
  });
});

describe('bodies read from the builder’s text pieces, which it keeps across closed nodes', () => {
  const template = getTemplate(NEWEST_TEMPLATE_ID)!;
  // Parts of many pieces (their bodies joined when read) between runs of top-level sections, past
  // the 1024 pieces the builder keeps before it begins a new array: a part reading another's
  // pieces, or pieces overwritten after it closed, shows as a wrong body.
  test.each([3, 40, 700])('parts of %d lines each, with numbered sections between them', (perPart) => {
    const lines: string[] = [];
    const parts: { at: number; body: string }[] = [];
    const sections: { at: number; body: string }[] = [];
    for (let k = 0; k < 30; k++) {
      const own = ['一、存在的主要问题', ...Array.from({ length: perPart }, (_, j) => `第${k}部分第${j}行。`)];
      parts.push({ at: lines.length, body: own.join('\n') });
      lines.push(...own);
      lines.push('以上发言，请批评指正。');
      for (let j = 0; j < 50; j++) {
        sections.push({ at: lines.length, body: `${j + 1}.节${k}-${j}` });
        lines.push(`${j + 1}.节${k}-${j}`);
      }
      lines.push('以上发言，请批评指正。');
    }
    const root = buildStructure(textDoc(lines), template).root;
    const byParagraph = new Map(root.children.map((n) => [n.paragraph, n]));
    for (const { at, body } of [...parts, ...sections]) {
      const n = byParagraph.get(at)!;
      const pieces: string[] = [];
      forEachBodyPiece(n, (p) => pieces.push(p));
      expect([at, pieces.join('\n')]).toEqual([at, body]);
      expect([at, n.body]).toEqual([at, body]);
    }
  });
});
