/**
 * Wrong forms of the lexicon's formulations (formulations.json: 一岗两责 for 一岗双责, 三会两课 for
 * 三会一课, 四种意识 for 四个意识), read as the form they stand for: a problem writing “一岗两责” is
 * about 一岗双责 and is answered by a measure writing it right (the formulation rule flags the
 * slip; the linking reads what was meant).
 *
 * Only the entries whose `wrong` is plain text are read: literal alternatives (a|b), groups of
 * literal alternatives ((?:两|双)) and one-character classes ([则择泽贵]), expanded into every
 * string they match; an entry with a look-around, a capture, a quantifier or an escape (两个确定
 * only before 的决定性意义, 四个意思 only in quotes) is left out, as its text alone is no slip.
 * Its `right` (quotation marks dropped) must be a form of a concept or of an institution.
 */
import formulationData from '../formulations.json';
import type { Concept } from './concepts';

interface FormulationEntry {
  wrong: string;
  right: string;
}

/** Longest expansion kept per entry (a guard against a pattern of many classes). */
const MAX_EXPANSIONS = 64;

/**
 * Every string the plain pattern `source` matches, or undefined when it is not plain (see the
 * file's doc) or matches more than MAX_EXPANSIONS strings. Pure.
 * Example: "一岗两责|一岗(?:两|双)职" → ["一岗两责", "一岗两职", "一岗双职"].
 */
export function expandPlain(source: string): string[] | undefined {
  let at = 0;
  /** Alternatives up to `)` or the end: each a list of strings. */
  const alternation = (): string[] | undefined => {
    const out: string[] = [];
    let current: string[] = [''];
    while (at < source.length) {
      const ch = source[at];
      if (ch === '|') {
        at++;
        for (const x of current) out.push(x);
        current = [''];
        continue;
      }
      if (ch === ')') break;
      let parts: string[] | undefined;
      if (ch === '(') {
        if (!source.startsWith('(?:', at)) return undefined;
        at += 3;
        parts = alternation();
        if (parts === undefined || source[at] !== ')') return undefined;
        at++;
      } else if (ch === '[') {
        const end = source.indexOf(']', at);
        if (end < 0) return undefined;
        const chars = [...source.slice(at + 1, end)];
        if (chars.length === 0 || chars.some((c) => '^-\\[]'.includes(c))) return undefined;
        parts = chars;
        at = end + 1;
      } else if ('\\.*+?{}^$]'.includes(ch)) return undefined;
      else {
        parts = [ch];
        at++;
      }
      if (current.length * parts.length > MAX_EXPANSIONS) return undefined;
      current = current.flatMap((a) => parts!.map((b) => a + b));
    }
    for (const x of current) out.push(x);
    return out.length > MAX_EXPANSIONS ? undefined : out;
  };
  const all = alternation();
  if (all === undefined || at !== source.length) return undefined;
  return all.filter((x) => x.length > 0);
}

/** Quotation marks around a formulation (“国之大者”). */
const QUOTES = /[“”"]/g;

/**
 * `concepts` with each wrong form of `entries` added beside the right form it stands for: to the
 * concept's forms, and to the institution's list when the right form names one. New objects where
 * something is added; the others are returned as they are. Pure.
 */
export function withMisspellings(concepts: readonly Concept[], entries: readonly FormulationEntry[] = (formulationData as { formulations: FormulationEntry[] }).formulations): Concept[] {
  const out = concepts.map((c) => ({ ...c, forms: [...c.forms], institutions: c.institutions?.map((l) => [...l]) }));
  const known = new Set<string>();
  for (const c of concepts) for (const f of [...c.forms, ...(c.loose ?? []), ...(c.institutions ?? []).flat()]) known.add(f);
  for (const e of entries) {
    const right = e.right.replace(QUOTES, '');
    const wrong = expandPlain(e.wrong);
    if (!wrong) continue;
    for (const c of out) {
      const list = c.institutions?.find((l) => l.includes(right));
      if (!c.forms.includes(right) && !list) continue;
      for (const w of wrong) {
        const form = w.replace(QUOTES, '');
        if (known.has(form)) continue;
        known.add(form);
        if (list) list.push(form);
        else c.forms.push(form);
      }
    }
  }
  return out.map((c, i) => (c.forms.length === concepts[i].forms.length && (c.institutions ?? []).flat().length === (concepts[i].institutions ?? []).flat().length ? concepts[i] : c));
}
