/**
 * Small text scans as they were before they were read by code unit (issue 9: allocation per
 * analysis): the oracles for test/engine/scan-rewrites.test.ts.
 */
import { stripLeadingMarker } from '../../../src/engine/markers';

/** text.ts trimEndChars before: each last character tested as a one-character string. */
export function trimEndCharsBefore(s: string, set: string): string {
  let e = s.length;
  while (e > 0 && set.includes(s[e - 1])) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** sentences.ts before: the sentences of a paragraph as the pattern's matches. */
const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;]?/g;
export function sentencesBefore(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}

/** sentences.ts sentenceKey before: the pattern's replace on every sentence. */
export function sentenceKeyBefore(s: string): string {
  return trimEndCharsBefore(stripLeadingMarker(s).replace(/[\s\u3000“”"'‘’「」*#]/g, ''), '。！？；!?;，,');
}

/** link/text.ts firstSentence before: its end found by a pattern's exec. */
export function firstSentenceBefore(text: string): string {
  const m = /[。！？；!?;\n]/.exec(text);
  const end = m ? m.index + 1 : text.length;
  return text.slice(0, Math.min(end, 80));
}
