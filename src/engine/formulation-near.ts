/**
 * Standard formulations misspelled by one character ("习近平新世代中国特色社会主义思想"), found
 * generally: any stretch of text at edit distance exactly 1 (one character replaced, added or
 * left out) from a long standard formulation. The standard forms are the `right` side of
 * formulations.json plus its `standard` list, those of 8 or more characters only: shorter ones
 * are one character away from too many ordinary phrases.
 *
 * Method: a one-edit copy of a formulation contains its first half or its second half unchanged,
 * so the places where each half stands (found by one native search over the text, stepping from
 * one place where a half starts to the next) are the only ones where the few windows around them
 * are compared (lengths L−1, L, L+1), in time linear in the text. A window is not a misspelling when it
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any half of any standard form; global, to step from one place where a half starts to the next. */
const ANY_HALF = new RegExp(HALF_TEXTS.map(escape).join('|'), 'g');

/**
 * Where each half stands in `text` (overlapping occurrences included, ascending), by index into
 * HALF_TEXTS; undefined when no half does (most text). The native search steps from each place
 * where some half starts to the next (every such place once, however the halves overlap), and
 * there the halves starting with that character are compared: what indexOf for every half would
 * find, without a search per half.
 */
function halfOccurrences(text: string): (number[] | undefined)[] | undefined {
  let occ: (number[] | undefined)[] | undefined;
  ANY_HALF.lastIndex = 0;
  for (let m = ANY_HALF.exec(text); m; m = ANY_HALF.exec(text)) {
    const i = m.index;
    const next = text.charCodeAt(i + 1);
    for (const id of STARTING[FIRST_UNIT[text.charCodeAt(i)] - 1]) {
      if (SECOND_UNIT[id] !== next || !text.startsWith(HALF_TEXTS[id], i)) continue;
      occ ??= new Array<number[] | undefined>(HALF_TEXTS.length);
      (occ[id] ??= []).push(i);
    }
    ANY_HALF.lastIndex = i + 1;
  }
  return occ;
}

const NONE: readonly number[] = [];

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

/**
 * One-character misspellings of the standard formulations in `text`, left to right, one per
 * place. `skip` are [start, end) ranges already reported otherwise (explicit wrong forms).
 */
export function nearFormulations(text: string, skip: ReadonlyArray<[number, number]> = []): NearFormulation[] {
  // One native search finds where every half stands (in most paragraphs none does).
  const occ = halfOccurrences(text);
  if (!occ) return [];
  const out: NearFormulation[] = [];
  for (const { right, first, second, firstId, secondId } of FORMS) {
    const firsts = occ[firstId] ?? NONE;
    const seconds = occ[secondId] ?? NONE;
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
    const blocked: [number, number][] = [];
    for (const i of firsts) if (text.startsWith(second, i + first.length)) blocked.push([i, i + L]);
    for (const r of skip) blocked.push(r);
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
    const lengths = [L, L - 1, L + 1];
    for (const i of firsts) for (const len of lengths) tryWindow(i, len);
    for (const j of seconds) {
      const end = j + second.length;
      for (const len of lengths) tryWindow(end - len, len);
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
