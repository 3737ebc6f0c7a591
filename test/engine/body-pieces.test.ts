/**
 * The proportion rule counts each part's characters from the part's pieces (outline.ts
 * forEachBodyPiece) instead of joining its body (issue 9: allocation per analysis). The pieces
 * joined by '\n' must be the body exactly, for parts joined at once and parts joined on first
 * read, before and after the body is read or set, and the count must be what counting the joined
 * body gave (the rule's findings are compared over the materials as well).
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { buildOutline, getTemplate, DEFAULT_TEMPLATE_ID, readText, analyze } from '../../src/engine';
import { forEachBodyPiece } from '../../src/engine/outline';
import { nonSpaceLength } from '../../src/engine/rules/proportion';
import type { OutlineNode } from '../../src/engine/types';

const ROOT = path.resolve(__dirname, '../..');

/** Every .txt and .md material of the repository's own samples and fixtures. */
function materials(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(ROOT, 'samples'));
  walk(path.join(ROOT, 'test/fixtures'));
  return out;
}

const piecesOf = (node: OutlineNode): string[] => {
  const out: string[] = [];
  forEachBodyPiece(node, (p) => out.push(p));
  return out;
};

/** The parts of `text` read as markdown, with their bodies not yet read. */
function parts(text: string) {
  const outline = buildOutline({ paragraphs: readText(text, 'markdown'), source: 'text' }, getTemplate(DEFAULT_TEMPLATE_ID)!);
  return outline.parts.map((p) => p.node);
}

/** The proportion rule's count before: the joined body without its white space. */
const viaJoin = (s: string) => s.replace(/\s/g, '').length;

describe('forEachBodyPiece gives the pieces that make a body', () => {
  const all = materials();

  test('the materials are there, and some have parts joined on first read (more than a few pieces)', () => {
    expect(all.length).toBeGreaterThan(10);
    const many = all.flatMap(parts).filter((n) => piecesOf(n).length > 4);
    expect(many.length).toBeGreaterThan(10);
  });

  test('pieces read before the body, joined, are the body; their count is the joined count', () => {
    const wrong: string[] = [];
    for (const text of all) {
      for (const node of parts(text)) {
        const pieces = piecesOf(node);
        const count = pieces.reduce((n, p) => n + nonSpaceLength(p), 0);
        if (pieces.join('\n') !== node.body || count !== viaJoin(node.body)) wrong.push(node.heading);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('pieces read after the body (joined and kept) are still the body', () => {
    for (const text of all.slice(0, 20)) {
      for (const node of parts(text)) {
        const body = node.body;
        expect(piecesOf(node).join('\n')).toBe(body);
      }
    }
  });

  test('a body set after the outline is made is one piece, the new body', () => {
    for (const text of all.slice(0, 20)) {
      for (const node of parts(text)) {
        node.body = node.body + '\n补充';
        expect(piecesOf(node)).toEqual([node.body]);
      }
    }
  });

  test('random materials of part headings, aspects, items and text: pieces joined are the body', () => {
    const line = fc.constantFrom('一、存在的主要问题', '二、问题产生的原因', '三、整改措施', '（一）理想信念方面', '1.学习不够深入。', '一是学习不深。二是落实不够。', '具体表现在工作中。', '', '  ', '## 整改措施', '对照检查');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        for (const node of parts(lines.join('\n'))) {
          const pieces = piecesOf(node);
          expect(pieces.join('\n')).toBe(node.body);
          expect(pieces.reduce((n, p) => n + nonSpaceLength(p), 0)).toBe(viaJoin(node.body));
        }
      }),
      { numRuns: 500 },
    );
  });

  test('the proportion finding is the same as counting the joined bodies', () => {
    for (const text of all) {
      const paragraphs = readText(text, 'markdown');
      const a = analyze({ paragraphs, source: 'text' });
      const outline = a.outline;
      const len = (role: string) => outline.parts.filter((p) => p.role === role).reduce((n, p) => n + viaJoin(p.node.body), 0);
      const own = len('problems') + len('causes');
      const m = len('measures');
      const expected =
        outline.parts.some((p) => p.role === 'measures') && outline.parts.some((p) => p.role === 'problems') && own + m > 0 && own / (own + m) < 0.5;
      expect(a.findings.some((f) => f.rule === 'proportion')).toBe(expected);
    }
  });
});
