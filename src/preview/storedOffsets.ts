/**
 * Offsets between a paragraph's stored text in the preview (what the writer typed or pasted:
 * markdown marks such as "**" and "## ", zero-width characters, tabs) and its text as read
 * (`readText`: marks and invisible characters left out, a tab or no-break space read as a space).
 * Fix offsets are in the read text; the preview writes into the stored text, so every edit is moved
 * through this map, and only its own span is written.
 *
 * Offsets: UTF-16. Pure: no DOM.
 */
import type { FixEdit } from '../engine/types';
import { INVISIBLE_CODES } from '../engine/readers/invisible';

/** Is stored character `s` read as `r` (the same, or a tab / no-break space read as a space)? */
function same(s: string, r: string): boolean {
  return s === r || (r === ' ' && (s === '\t' || s === '\u00a0'));
}

/**
 * For each read character, the offset of the stored character it was read from, and one more entry
 * (read.length) for the end: the offset after the last one read. The read text is matched into
 * the stored one left to right, each read character at the first stored character that reads as it
 * (what reading removed lies between). Undefined when the read text is not so found in the stored
 * one (it is not this paragraph's reading).
 */
export function storedOffsets(stored: string, read: string): number[] | undefined {
  const at: number[] = new Array<number>(read.length + 1);
  let s = 0;
  for (let r = 0; r < read.length; r++) {
    while (s < stored.length && !same(stored[s], read[r])) s++;
    if (s >= stored.length) return undefined;
    at[r] = s++;
  }
  at[read.length] = read.length === 0 ? 0 : at[read.length - 1] + 1;
  return at;
}

/** Only invisible characters (zero-width space, joiners, soft hyphen …) in `s`? */
function onlyInvisible(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!INVISIBLE_CODES.has(s.charCodeAt(i))) return false;
  return true;
}

/**
 * A text edit over the read text (`start`, `length`, `expect` in it) as the same edit over the
 * stored text: the span from the stored character of its first read character to the one after
 * its last (an insertion goes before the stored character of the read character it precedes, or
 * after the last one read). Undefined when the span would take along something that reading left
 * out other than invisible characters (a markdown mark inside the span): writing it would change
 * more than the fix shows.
 */
export function toStoredEdit(stored: string, at: readonly number[], e: FixEdit): FixEdit | undefined {
  const readLength = at.length - 1;
  if (e.start < 0 || e.start + e.length > readLength) return undefined;
  const from = e.length === 0 && e.start === readLength ? at[readLength] : at[e.start];
  const to = e.length === 0 ? from : at[e.start + e.length - 1] + 1;
  const taken = stored.slice(from, to);
  // What lies in the stored span besides the read characters must be invisible.
  let extra = '';
  for (let k = e.start, s = from; s < to; s++) {
    if (k < e.start + e.length && at[k] === s) k++;
    else extra += stored[s];
  }
  if (!onlyInvisible(extra)) return undefined;
  return { ...e, start: from, length: to - from, expect: taken };
}
