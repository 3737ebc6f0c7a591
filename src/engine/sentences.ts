/**
 * Long sentences of a material's own writing — the problem and cause sections, headings left out
 * — keyed so that the same sentence is found again despite spacing, quotes or a leading 一是.
 * Used to find text repeated inside a material and text shared between materials.
 */
import type { Outline, Paragraph } from './types';
import { effectiveText } from './outline';

/** Shorter sentences are stock phrases (不求真正过得硬) more than copied writing. */
export const MIN_SENTENCE = 20;

export interface SentenceRef {
  paragraph: number;
  /** The sentence as written. */
  text: string;
}

const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;]?/g;
const LEADING = /^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[是、]|\d+[.．、]|第[一二三四五六七八九十]+[，,、])/;

/** The key two copies of a sentence share. */
export function sentenceKey(s: string): string {
  return s.replace(LEADING, '').replace(/[\s\u3000“”"'‘’「」*#]/g, '').replace(/[。！？；!?;，,]+$/, '');
}

/** Paragraphs written as the material's own problems and causes (their headings excluded). */
function ownParagraphs(outline: Outline, count: number): number[] {
  const starts = outline.parts.map((p) => p.node.paragraph).sort((a, b) => a - b);
  const headings = new Set([...outline.parts.map((p) => p.node.paragraph), ...outline.aspects.map((a) => a.node.paragraph)]);
  const out: number[] = [];
  for (const part of outline.parts) {
    if (part.role !== 'problems' && part.role !== 'causes') continue;
    const from = part.node.paragraph;
    const to = starts.find((s) => s > from) ?? count;
    for (let i = from; i < to; i++) if (!headings.has(i)) out.push(i);
  }
  // Aspects with no problems part above them (see outline.implicitAspects).
  if (!outline.parts.some((p) => p.role === 'problems')) {
    for (const a of outline.aspects) {
      const to = starts.find((s) => s > a.node.paragraph) ?? count;
      for (let i = a.node.paragraph + 1; i < to; i++) if (!headings.has(i)) out.push(i);
    }
  }
  return out;
}

/** Long sentences of the problems and causes, by key, each with where it was written. */
export function longSentences(paragraphs: Paragraph[], outline: Outline): Map<string, SentenceRef[]> {
  const found = new Map<string, SentenceRef[]>();
  for (const i of ownParagraphs(outline, paragraphs.length)) {
    const text = effectiveText(paragraphs[i]);
    for (const m of text.match(SENTENCE) ?? []) {
      if (m.length < MIN_SENTENCE) continue; // the key is never longer than the sentence
      const key = sentenceKey(m);
      if (key.length < MIN_SENTENCE) continue;
      const refs = found.get(key);
      const ref = { paragraph: i, text: m.trim() };
      if (refs) refs.push(ref);
      else found.set(key, [ref]);
    }
  }
  return found;
}

export interface SharedText {
  /** The other material. */
  other: string;
  /** How many long sentences the two share. */
  count: number;
  /** The first shared sentence in this material. */
  example: SentenceRef;
}

/**
 * For each material, the others it shares long sentences with (copied text between materials:
 * what reviewers of many submissions look for). Linear in the total text.
 */
export function sharedBetween(materials: { name: string; sentences: Map<string, SentenceRef[]> }[]): SharedText[][] {
  const owners = new Map<string, number[]>();
  materials.forEach((m, k) => {
    for (const key of m.sentences.keys()) {
      const list = owners.get(key);
      if (list) list.push(k);
      else owners.set(key, [k]);
    }
  });
  const result: Map<number, SharedText>[] = materials.map(() => new Map());
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    for (const k of list) {
      for (const j of list) {
        if (j === k) continue;
        const entry = result[k].get(j);
        if (entry) entry.count++;
        else result[k].set(j, { other: materials[j].name, count: 1, example: materials[k].sentences.get(key)![0] });
      }
    }
  }
  return result.map((m) => [...m.values()].sort((a, b) => b.count - a.count || a.example.paragraph - b.example.paragraph));
}
