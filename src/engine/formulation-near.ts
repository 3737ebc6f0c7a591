/**
 * Standard formulations misspelled by one character ("习近平新世代中国特色社会主义思想"), found
 * generally: any stretch of text at edit distance exactly 1 (one character replaced, added or
 * left out) from a long standard formulation. The standard forms are the `right` side of
 * formulations.json plus its `standard` list, those of 8 or more characters only: shorter ones
 * are one character away from too many ordinary phrases.
 *
 * Method: a one-edit copy of a formulation contains its first half or its second half unchanged,
 * so each half is looked up with indexOf and only the few windows around a hit are compared
 * (lengths L−1, L, L+1), in time linear in the text. A window is not a misspelling when it
 * overlaps the formulation written correctly (its end or start cut off, or the next character
 * added), and a window that is one character shorter or longer must start and end as the
 * formulation does.
 */
import data from './formulations.json';

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any half of any standard form. */
const ANY_HALF = new RegExp(HALVES.flatMap((h) => [escape(h.first), escape(h.second)]).join('|'));

/** a and b differ by exactly one edit (replace, insert or delete one UTF-16 unit). */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface NearFormulation {
  /** UTF-16 offset of the misspelt stretch in the text. */
  start: number;
  /** What was written. */
  written: string;
  /** The standard formulation. */
  right: string;
}

/** How many times `needle` stands in `text`, overlapping occurrences included. */
function countOf(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

function indexesOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * One-character misspellings of the standard formulations in `text`, left to right, one per
 * place. `skip` are [start, end) ranges already reported otherwise (explicit wrong forms).
 */
export function nearFormulations(text: string, skip: ReadonlyArray<[number, number]> = []): NearFormulation[] {
  // One regular-expression scan finds the paragraphs holding any half at all (most hold none).
  if (!ANY_HALF.test(text)) return [];
  const out: NearFormulation[] = [];
  for (const { right, first, second } of HALVES) {
    // Most text holds neither half: nothing is allocated for it.
    if (text.indexOf(first) < 0 && text.indexOf(second) < 0) continue;
    // Most text holding a half holds the formulation written correctly: when every occurrence of
    // each half is part of a correct one (as many halves as correct forms, and every correct form
    // holds both), every window below overlaps a correct form and is skipped, so none is built.
    const correct = countOf(text, right);
    if (correct > 0 && countOf(text, first) === correct && countOf(text, second) === correct) continue;
    const L = right.length;
    const exact = indexesOf(text, right).map((i): [number, number] => [i, i + L]);
    const blocked = [...exact, ...skip];
    const seen = new Set<number>();
    const tryWindow = (s: number, len: number) => {
      if (s < 0 || s + len > text.length || seen.has(s)) return;
      if (blocked.some(([a, b]) => s < b && s + len > a)) return;
      if (len !== L && (text.charCodeAt(s) !== right.charCodeAt(0) || text.charCodeAt(s + len - 1) !== right.charCodeAt(L - 1))) return;
      const w = text.slice(s, s + len);
      if (!oneEdit(w, right)) return;
      seen.add(s);
      out.push({ start: s, written: w, right });
    };
    for (const i of indexesOf(text, first)) for (const len of [L, L - 1, L + 1]) tryWindow(i, len);
    for (const j of indexesOf(text, second)) {
      const end = j + second.length;
      for (const len of [L, L - 1, L + 1]) tryWindow(end - len, len);
    }
  }
  // Where two near misses overlap ("中国特色社会主义思想" inside the longer form), keep the longer.
  out.sort((a, b) => b.right.length - a.right.length || a.start - b.start);
  const kept: NearFormulation[] = [];
  for (const n of out) {
    const end = n.start + n.written.length;
    if (!kept.some((k) => n.start < k.start + k.written.length && end > k.start)) kept.push(n);
  }
  return kept.sort((a, b) => a.start - b.start);
}
