/**
 * Random documents and random fixes over them, for property tests of every fix applier (the
 * engine's applyFix, the preview's document, the Word gateway on the fake Word), and the oracle
 * they are checked against: outside the fix's spans nothing changes.
 */
import fc from 'fast-check';
import type { Fix, FixEdit } from '../../src/engine/types';
import { verifyFix } from '../../src/engine/fix';

const PIECES = ['一是', '（一）', '理论学习', '不深入', '。', '，', '比如', '……', '××', ' ', '\u3000', 'ab', '😀', '“两个确立”', '方面'];

export const paragraphText = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 8 }).map((xs) => xs.join(''));

export interface RandomCase {
  texts: string[];
  fix: Fix;
}

/** Paragraph texts as a Word read gives them back (no leading or trailing ASCII space). */
export const wordParagraphText = paragraphText.map((t) => t.replace(/^ +| +$/g, ''));

/** A document of 1..8 paragraphs and a valid fix over it (non-overlapping spans, new paragraphs, styles). */
export const randomCase: fc.Arbitrary<RandomCase> = randomCaseOf(paragraphText);

export function randomCaseOf(text: fc.Arbitrary<string>): fc.Arbitrary<RandomCase> {
  return fc
  .array(text, { minLength: 1, maxLength: 8 })
  .chain((texts) => {
    const edit = fc
      .record({
        paragraph: fc.integer({ min: 0, max: texts.length - 1 }),
        a: fc.nat(),
        b: fc.nat(),
        kind: fc.constantFrom('replace', 'insert', 'new', 'style'),
        text: paragraphText,
        level: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ paragraph, a, b, kind, text, level }): FixEdit => {
        const t = texts[paragraph];
        if (kind === 'new') return { paragraph, start: 0, length: 0, text, newParagraphAfter: true, level, expect: t };
        if (kind === 'style') return { paragraph, start: 0, length: t.length, text: t, expect: t, style: level + 1 };
        // Spans start and end between characters, never inside a surrogate pair (😀): the engine's
        // spans are found on whole characters, and half a pair is no text a writer could have typed.
        const s = onCharacter(t, t.length ? a % (t.length + 1) : 0);
        const len = kind === 'insert' ? 0 : t.length - s ? onCharacter(t, s + (b % (t.length - s + 1))) - s : 0;
        return { paragraph, start: s, length: len, text, expect: t.slice(s, s + len) };
      });
    return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => ({ texts, fix: { label: 'x', edits: dropOverlaps(texts, edits) } }));
  });
}

/** `at` (UTF-16), moved back one unit when it falls between the halves of a surrogate pair. */
function onCharacter(t: string, at: number): number {
  const low = t.charCodeAt(at);
  const high = t.charCodeAt(at - 1);
  return at > 0 && low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 1 : at;
}

/** Keep each edit that the engine's own check accepts beside the ones kept before it. */
function dropOverlaps(texts: string[], edits: FixEdit[]): FixEdit[] {
  const kept: FixEdit[] = [];
  const ps = texts.map((text) => ({ text }));
  for (const e of edits) if (verifyFix(ps, { label: 'x', edits: [...kept, e] }).ok) kept.push(e);
  return kept;
}

/**
 * What the document must be after the fix, built forwards (the appliers work backwards): each
 * paragraph is its text outside the spans with each span's replacement in its place, new
 * paragraphs follow their anchor in the order given.
 */
export function expectedAfter(texts: string[], fix: Fix): { text: string; level?: number; inserted: boolean }[] {
  const out: { text: string; level?: number; inserted: boolean }[] = [];
  texts.forEach((t, i) => {
    const own = fix.edits.filter((e) => e.paragraph === i && !e.newParagraphAfter && !(e.style !== undefined && e.text === e.expect));
    // At one offset an insertion comes before a replacement.
    own.sort((a, b) => a.start - b.start || a.length - b.length);
    let text = '';
    let at = 0;
    for (const e of own) {
      text += t.slice(at, e.start) + e.text;
      at = e.start + e.length;
    }
    text += t.slice(at);
    const style = fix.edits.find((e) => e.paragraph === i && e.style !== undefined);
    out.push({ text, ...(style ? { level: style.style } : {}), inserted: false });
    for (const e of fix.edits) if (e.paragraph === i && e.newParagraphAfter) out.push({ text: e.text, level: e.level ?? 0, inserted: true });
  });
  return out;
}
