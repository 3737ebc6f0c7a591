/**
 * Helpers for finding a paragraph again with `Body.search()` (WordApi 1.1). Pure: no Office.
 *
 * Facts this relies on (learn.microsoft.com, "Use search options to find text in your Word
 * add-in" and Word.Body.search):
 *  - the search text can be at most 255 characters;
 *  - with `matchWildcards: false` only the caret is special: `^p`, `^t`, `^?`, `^#` … are
 *    special-character codes and a literal caret is written `^^`. `? * < > [ ] { } ( ) @ !` are
 *    only operators when `matchWildcards` is true, so they need no escaping here.
 */
import { cleanText, normalizeForCompare } from './clean';

/** Word's limit on the length of a search string. */
export const MAX_SEARCH_LENGTH = 255;

/** A run shorter than this at the start of a paragraph is too common to search for alone. */
const MIN_LEADING_RUN = 6;

/** Escape text for Word's non-wildcard search: a literal `^` is `^^`. */
export function escapeSearchText(text: string): string {
  return text.replace(/\^/g, '^^');
}

/**
 * Escape `text` and cut it so the escaped form is at most `max` characters, never splitting an
 * escape pair or a surrogate pair.
 */
export function escapeAndLimit(text: string, max: number = MAX_SEARCH_LENGTH): string {
  let out = '';
  for (const ch of Array.from(text)) {
    const piece = ch === '^' ? '^^' : ch;
    if (out.length + piece.length > max) break;
    out += piece;
  }
  return out;
}

/**
 * The string to hand to `body.search()` to find a paragraph whose cleaned text is `text`:
 * the paragraph's start up to its first white space (white space may stand for a manual line
 * break or tab that cleaning turned into a space, which the search would not match). If that
 * leading run is very short ("一、 存在的问题"), the longest white-space-free run is used instead.
 * Returns undefined when there is nothing to search for.
 */
export function buildSearchQuery(text: string, max: number = MAX_SEARCH_LENGTH): string | undefined {
  const clean = cleanText(text);
  const runs = clean.split(/[\s\u3000]+/).filter((r) => r.length > 0);
  if (runs.length === 0) return undefined;
  let chosen = runs[0];
  if (Array.from(chosen).length < MIN_LEADING_RUN) {
    for (const run of runs) if (run.length > chosen.length) chosen = run;
  }
  const query = escapeAndLimit(chosen, max);
  return query.length > 0 ? query : undefined;
}

/**
 * Among the texts of the paragraphs that contain a search hit, the best match for the
 * paragraph we are looking for: exact (white space ignored) first, then one that starts with
 * the same text, then the first hit. -1 when there are no candidates.
 */
export function pickCandidate(wanted: string, candidates: string[]): number {
  if (candidates.length === 0) return -1;
  const target = normalizeForCompare(wanted);
  const exact = candidates.findIndex((c) => normalizeForCompare(c) === target);
  if (exact >= 0) return exact;
  const prefix = target.slice(0, 20);
  const starts = candidates.findIndex((c) => prefix.length > 0 && normalizeForCompare(c).startsWith(prefix));
  if (starts >= 0) return starts;
  return 0;
}

/**
 * Which occurrence of the span's words inside `text` the span points at (0-based): the one at
 * `span.start` when the text still holds the words there, else the first. Counts non-overlapping
 * occurrences from the paragraph start, as Word's search returns them.
 */
export function spanOccurrence(text: string, span: { start: number; length: number; text: string }): number {
  const words = span.text;
  if (!words || text.slice(span.start, span.start + words.length) !== words) return 0;
  let n = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(words, from);
    if (at < 0 || at >= span.start) return at === span.start ? n : 0;
    n++;
    from = at + words.length;
  }
}
