/**
 * Standard formulations misspelled by one character ("习近平新世代中国特色社会主义思想"), found
 * generally: any stretch of text at edit distance exactly 1 (one character replaced, added or
 * left out) from a long standard formulation. The standard forms are the `right` side of
 * formulations.json plus its `standard` list, those of 8 or more characters only: shorter ones
 * are one character away from too many ordinary phrases.
 *
 * Method: a one-edit copy of a formulation contains its first half or its second half unchanged,
 * so the places where each half stands (found in one pass over the text, a table read a unit
 * telling where some half starts) are the only ones where the few windows around them
 * are compared (lengths L−1, L, L+1), in time linear in the text. A window is not a misspelling when it
 * overlaps the formulation written correctly (its end or start cut off, or the next character
 * added), and a window that is one character shorter or longer must start and end as the
 * formulation does.
 */
import data from './formulations.json';
import { clearList } from './collections';

const MIN_LENGTH = 8;

/** The standard formulations checked for near misses (distinct, long enough). */
export const STANDARD_FORMS: readonly string[] = [
  ...new Set(
    [...data.formulations.map((f) => f.right), ...((data as { standard?: string[] }).standard ?? [])]
      .map((s) => s.replace(/[“”"]/g, ''))
      .filter((s) => !/[$\\(]/.test(s) && [...s].length >= MIN_LENGTH),
  ),
];

/** Each standard form with its two halves (a one-edit copy keeps one of them whole). */
const HALVES = STANDARD_FORMS.map((right) => ({ right, first: right.slice(0, right.length >> 1), second: right.slice(right.length >> 1) }));

/** The distinct halves; each form's two as indexes into it. */
const HALF_TEXTS: readonly string[] = [...new Set(HALVES.flatMap((h) => [h.first, h.second]))];
const FORMS = HALVES.map((h) => ({ ...h, firstId: HALF_TEXTS.indexOf(h.first), secondId: HALF_TEXTS.indexOf(h.second) }));

/**
 * Per UTF-16 unit: 0, or 1 + the index in STARTING of the halves that begin with it: where the
 * search stops, one table read gives the halves to compare there.
 */
const FIRST_UNIT = new Uint8Array(65536);
const STARTING: number[][] = [];
/** Each half's second UTF-16 unit: compared before the whole half is. */
const SECOND_UNIT = HALF_TEXTS.map((h) => h.charCodeAt(1));
HALF_TEXTS.forEach((h, id) => {
  const c = h.charCodeAt(0);
  if (FIRST_UNIT[c] === 0) FIRST_UNIT[c] = STARTING.push([]);
  STARTING[FIRST_UNIT[c] - 1].push(id);
});

/**
 * Where each half stands in the text last read by `halfOccurrences`, by index into HALF_TEXTS
 * (overlapping occurrences included, ascending); empty where the half does not stand. Kept
 * between calls, each list emptied through OCC_TOUCHED by popping (its storage is kept: the same
 * halves stand in paragraph after paragraph, and a fresh list for each cost an allocation each).
 */
const OCC: number[][] = HALF_TEXTS.map(() => []);
const OCC_TOUCHED: number[] = [];

/**
 * Fills OCC for `text`; false when no half stands in it (most text). One pass visits each place
 * where some half starts (every such place once, however the halves overlap), and there the
 * halves starting with that character are compared: what indexOf for
 * every half would find, without a search per half.
 */
function halfOccurrences(text: string): boolean {
  for (const id of OCC_TOUCHED) clearList(OCC[id]);
  clearList(OCC_TOUCHED);
  // Every place where some half starts, by one table read a UTF-16 unit (a native search over all
  // the halves stopped at the same places, but built a match array at each: most of what the
  // rule allocated).
  for (let i = 0, n = text.length - 1; i < n; i++) {
    const starting = FIRST_UNIT[text.charCodeAt(i)];
    if (starting === 0) continue;
    const next = text.charCodeAt(i + 1);
    for (const id of STARTING[starting - 1]) {
      if (SECOND_UNIT[id] !== next || !text.startsWith(HALF_TEXTS[id], i)) continue;
      const list = OCC[id];
      if (list.length === 0) OCC_TOUCHED.push(id);
      list.push(i);
    }
  }
  return OCC_TOUCHED.length > 0;
}

/**
 * text[s, s + la) and b differ by exactly one edit (replace, insert or delete one UTF-16 unit),
 * compared in place: no window is cut out of the text unless it is a near miss.
 */
function oneEditAt(text: string, s: number, la: number, b: string): boolean {
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && text.charCodeAt(s + i) === b.charCodeAt(i)) i++;
  if (la === lb) return i < la && sameUnits(text, s + i + 1, b, i + 1, la - i - 1);
  return la > lb ? sameUnits(text, s + i + 1, b, i, lb - i) : sameUnits(text, s + i, b, i + 1, la - i);
}

/**
 * text[s, s + b.length) is `b` with two adjacent (different) UTF-16 units swapped and nothing else
 * changed ("新代时" for "新时代").
 */
function swappedAt(text: string, s: number, b: string): boolean {
  const L = b.length;
  let i = 0;
  while (i < L && text.charCodeAt(s + i) === b.charCodeAt(i)) i++;
  if (i + 1 >= L) return false;
  return b.charCodeAt(i) !== b.charCodeAt(i + 1) && text.charCodeAt(s + i) === b.charCodeAt(i + 1) && text.charCodeAt(s + i + 1) === b.charCodeAt(i) && sameUnits(text, s + i + 2, b, i + 2, L - i - 2);
}

/** text[s, s + n) equals b[from, from + n). */
function sameUnits(text: string, s: number, b: string, from: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (text.charCodeAt(s + k) !== b.charCodeAt(from + k)) return false;
  return true;
}

/** Does [s, e) overlap one of the ranges? */
function overlapsAny(ranges: readonly (readonly [number, number])[], s: number, e: number): boolean {
  for (const [a, b] of ranges) if (s < b && e > a) return true;
  return false;
}

/**
 * The window text[s, s + len) as a near miss of `right`, added to `out` unless it falls outside
 * the text, starts where one was found already (`seen`), overlaps a `blocked` range, or is no
 * one-edit copy (a window one shorter or longer must start and end as `right` does). A function
 * of its own, not a closure: a closure in the loop over the formulations cost a context per
 * formulation and paragraph.
 */
function tryWindow(text: string, s: number, len: number, right: string, blocked: readonly (readonly [number, number])[], seen: number[], out: NearFormulation[], transpose = false): void {
  if (s < 0 || s + len > text.length || seen.includes(s)) return;
  if (overlapsAny(blocked, s, s + len)) return;
  const L = right.length;
  if (len !== L && (text.charCodeAt(s) !== right.charCodeAt(0) || text.charCodeAt(s + len - 1) !== right.charCodeAt(L - 1))) return;
  if (!oneEditAt(text, s, len, right) && !(transpose && len === L && swappedAt(text, s, right))) return;
  // A punctuation mark more or less is no misspelling: 形式主义官僚主义 is how official texts often
  // write 形式主义、官僚主义 (a trial's false alarm).
  if (withoutMarks(text.slice(s, s + len)) === withoutMarks(right)) return;
  seen.push(s);
  out.push({ start: s, written: text.slice(s, s + len), right });
}

/** Punctuation and spaces a formulation may be written with or without. */
const MARKS = /[、，,；;：:“”‘’"'（）()·\s\u3000]/g;
function withoutMarks(s: string): string {
  return s.replace(MARKS, '');
}

export interface NearFormulation {
  /** UTF-16 offset of the misspelt stretch in the text. */
  start: number;
  /** What was written. */
  written: string;
  /** The standard formulation. */
  right: string;
}

/**
 * One-character misspellings of the standard formulations in `text`, left to right, one per
 * place. `skip` are [start, end) ranges already reported otherwise (explicit wrong forms).
 */
export function nearFormulations(text: string, skip: ReadonlyArray<[number, number]> = []): NearFormulation[] {
  return longestOf(nearCandidates(text, skip, false));
}

/** A near miss with whether its fix (`written` → `right`) is the only reading of the place. */
export interface NearFormulationMatch extends NearFormulation {
  /**
   * No other near miss overlapping it (another standard form, or another window of the same one)
   * reads the text differently: replacing `written` by `right` is what the writer meant. False
   * where two readings compete (then no fix is offered, only the finding).
   */
  unambiguous: boolean;
}

/**
 * The near misses of nearFormulations, plus two adjacent characters swapped (习近平新代时中国特色
 * 社会主义思想; a swap across the middle of a form, which breaks both its halves, is not found),
 * each with whether it is unambiguous: every near miss overlapping it that was set aside (the
 * shorter form inside a longer one, another window) gives the same text once fixed. For the
 * formulation rule's fix (replace exactly `written` by `right`).
 */
export function nearFormulationMatches(text: string, skip: ReadonlyArray<[number, number]> = []): readonly NearFormulationMatch[] {
  const all = nearCandidates(text, skip, true);
  if (!all.length) return NO_MATCHES;
  const kept = longestOf([...all]);
  const fixed = (n: NearFormulation) => text.slice(0, n.start) + n.right + text.slice(n.start + n.written.length);
  const anchored = (n: NearFormulation) => n.written[0] === n.right[0] && n.written[n.written.length - 1] === n.right[n.right.length - 1];
  return kept.map((k) => {
    const end = k.start + k.written.length;
    const mine = fixed(k);
    const rivals = all.filter((o) => o !== k && o.start < end && o.start + o.written.length > k.start && fixed(o) !== mine);
    if (!rivals.length) return { ...k, unambiguous: true };
    // Competing readings ("以世习近平…": 世 added, or 以 replaced by 世 one character on): the one
    // that starts and ends as the form does wins when it is the only such reading, the longest
    // form's first (a near miss of the long form read over the short form inside it: "习近平新时代
    // 国中特色…" is 中国 swapped, not 国 added before 中国特色…); else none does.
    const ends = [k, ...rivals].filter(anchored);
    const longest = Math.max(0, ...ends.map((n) => n.right.length));
    const readings = ends.filter((n) => n.right.length === longest);
    const results = new Set(readings.map(fixed));
    return results.size === 1 ? { ...readings[0], unambiguous: true } : { ...k, unambiguous: false };
  });
}

/** No near miss (shared, never written to). */
const NO_MATCHES: readonly NearFormulationMatch[] = Object.freeze([]);

/**
 * nearCandidates' windows: one list kept between calls and emptied at each (nearCandidates is not
 * re-entrant, and its callers read the list before calling it again): most paragraphs holding a
 * half of a form hold the form written correctly and no window, and a fresh list for each was
 * an allocation each.
 */
const candidates: NearFormulation[] = [];
/** nearCandidates' ranges a window must not overlap and the starts it found, for one formulation at a time. */
const blockedScratch: (readonly [number, number])[] = [];
const seenScratch: number[] = [];

/**
 * Every window near a standard form, before overlapping ones are set aside (see nearFormulations):
 * the shared list `candidates`, valid until the next call.
 */
function nearCandidates(text: string, skip: ReadonlyArray<[number, number]>, transpose: boolean): NearFormulation[] {
  const out = candidates;
  clearList(out);
  // One pass finds where every half stands (in most paragraphs none does).
  if (!halfOccurrences(text)) return out;
  const occ = OCC;
  for (const { right, first, second, firstId, secondId } of FORMS) {
    const firsts = occ[firstId];
    const seconds = occ[secondId];
    // Most text holds neither half: nothing is allocated for it.
    if (!firsts.length && !seconds.length) continue;
    // The formulation written correctly: a first half followed by the second. Most text holding
    // a half holds the formulation written correctly: when every occurrence of each half is part
    // of a correct one (as many halves as correct forms, and every correct form holds both),
    // every window below overlaps a correct form and is skipped, so none is built.
    let correct = 0;
    for (const i of firsts) if (text.startsWith(second, i + first.length)) correct++;
    if (correct > 0 && firsts.length === correct && seconds.length === correct) continue;
    const L = right.length;
    // Scratch lists kept between formulations and calls (emptied here): most text holding a half
    // only parts of, holds no near miss of it either.
    const blocked = blockedScratch;
    clearList(blocked);
    for (const i of firsts) if (text.startsWith(second, i + first.length)) blocked.push([i, i + L]);
    for (const r of skip) blocked.push(r);
    // Starts already reported for this formulation.
    const seen = seenScratch;
    clearList(seen);
    // Window lengths L, L − 1, L + 1, in that order.
    for (const i of firsts) for (let d = 0; d < 3; d++) tryWindow(text, i, d === 0 ? L : d === 1 ? L - 1 : L + 1, right, blocked, seen, out, transpose);
    for (const j of seconds) {
      const end = j + second.length;
      for (let d = 0; d < 3; d++) {
        const len = d === 0 ? L : d === 1 ? L - 1 : L + 1;
        tryWindow(text, end - len, len, right, blocked, seen, out, transpose);
      }
    }
  }
  return out;
}

/** Of near misses, where two overlap, the longer form; in text order. Sorts `out` in place. */
function longestOf(out: NearFormulation[]): NearFormulation[] {
  // Where two near misses overlap ("中国特色社会主义思想" inside the longer form), keep the longer.
  out.sort((a, b) => b.right.length - a.right.length || a.start - b.start);
  const kept: NearFormulation[] = [];
  for (const n of out) {
    const end = n.start + n.written.length;
    if (!kept.some((k) => n.start < k.start + k.written.length && end > k.start)) kept.push(n);
  }
  return kept.sort((a, b) => a.start - b.start);
}
