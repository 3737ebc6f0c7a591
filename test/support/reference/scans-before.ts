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

/** link/words.ts mayCutWord before: its ends tested as one-character strings against sets of strings. */
const FUNCTION_CHARS_BEFORE = new Set([
  ...'本个次项份名篇件场期批所位条种类套台户人处座',
  ...'一二三四五六七八九十百千万两几每各该此其这那',
  ...'向从被给让使比跟同与和及或并而且对把将为于在之以由到',
  ...'的地得了着过是也都就才只再又还更很最太有要不没',
]);
const SUFFIX_CHARS_BEFORE = new Set([...'性化式型度率感']);
const BOUNDARY_CHARS_BEFORE = new Set([...'的地得了着过和与及或并而之']);
export function mayCutWordBefore(text: string, start: number, end: number, endsOnly = false): boolean {
  const open = (c: string | undefined) => c !== undefined && /[\u4e00-\u9fff]/.test(c) && !BOUNDARY_CHARS_BEFORE.has(c);
  if (FUNCTION_CHARS_BEFORE.has(text[start]) || SUFFIX_CHARS_BEFORE.has(text[start]) || FUNCTION_CHARS_BEFORE.has(text[end - 1])) return true;
  return !endsOnly && (open(text[start - 1]) || open(text[end]));
}

/** text.ts isPlaceholder before: the text without its marker and noise, built, then matched. */
const PLACEHOLDER_NOISE_BEFORE = /针对[“"].{0,80}?[”"]的问题|[（(][^）)]*[）)]|比如|例如|[\s\u3000，,。．.：:；;、“”"'‘’!！?？]/g;
export function isPlaceholderBefore(text: string): boolean {
  if (!/[…⋯×＿_]|[xXｘＸ]{2}|\*/.test(text)) return false;
  return /^[…⋯×xXｘＸ＿_某*]*$/.test(stripLeadingMarker(text).replace(PLACEHOLDER_NOISE_BEFORE, ''));
}
