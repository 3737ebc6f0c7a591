/**
 * Where the placeholders of a text are, and which comes next after a position: one reading for the
 * placeholder rule (its fix's `selections`), `nextSelection` (fix.ts) and the hosts' 选中占位内容
 * stepping over the live document (word/placeholders.ts). Imports only text.ts, so the hosts'
 * start bundle stays small.
 */
import { PLACEHOLDER_MARK, PLACEHOLDER_RUN } from './text';

/** Every run of placeholder characters (PLACEHOLDER_RUN). */
const RUNS = new RegExp(PLACEHOLDER_RUN.source, 'g');
/** Every placeholder mark (PLACEHOLDER_MARK, global): also the placeholder rule's. */
export const PLACEHOLDER_MARKS = new RegExp(PLACEHOLDER_MARK.source, 'g');

/** A span in one text: UTF-16 offset and length. */
export interface TextSpan {
  start: number;
  length: number;
}

/**
 * The placeholder spans of one paragraph's text, left to right (UTF-16 offsets): every run of
 * …… / ×× / ＿＿ and every other placeholder mark not overlapping a run. Empty for no text.
 */
export function placeholderSpansIn(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  if (!text) return spans;
  for (const m of text.matchAll(RUNS)) spans.push({ start: m.index ?? 0, length: m[0].length });
  for (const m of text.matchAll(PLACEHOLDER_MARKS)) {
    const start = m.index ?? 0;
    if (m[0].length && !spans.some((s) => start < s.start + s.length && start + m[0].length > s.start)) spans.push({ start, length: m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The first of `spans` (in document order) that starts at or after `after` (a 0-based paragraph
 * index and a UTF-16 offset in that paragraph's text), else, wrapping round, the first; undefined
 * for no spans.
 */
export function spanAfter<T extends { paragraph: number; start: number }>(spans: readonly T[], after: { paragraph: number; offset: number }): T | undefined {
  for (const s of spans) if (s.paragraph > after.paragraph || (s.paragraph === after.paragraph && s.start >= after.offset)) return s;
  return spans[0];
}
