/**
 * The domain concept lexicon (lexicon.json) and a one-pass matcher: every position of the text
 * is looked up once by its first character, the longest form wins, and matches never overlap.
 * Cost is linear in the text length times the (small) number of forms sharing a first character.
 */
import lexiconData from './lexicon.json';
import { compactTrie, insertPath, longestEntry } from '../trie';
import { withMisspellings } from './misspellings';

export interface Concept {
  id: string;
  label: string;
  forms: string[];
  loose?: string[];
  /** Ids of concepts filed under the same aspect by the templates: naming one answers the other in part. */
  related?: string[];
  /**
   * Named institutions of the concept (制度: 请示报告, 三会一课, 民主集中制 …), each a list of the
   * forms that name it, its label first; every one is also a (strong) form of the concept. A problem
   * about one institution is answered by a measure that names the same one, not by another of the
   * same concept (link.ts).
   */
  institutions?: string[][];
  /** Where the forms come from (documentation only). */
  source?: string;
}

interface Form {
  text: string;
  concept: number;
  loose: boolean;
  /** Index into `ConceptMatcher.institutions`, or -1 for a form that names no institution. */
  institution: number;
}

/** A named institution: its label (the first of its forms) and its concept's index. */
export interface Institution {
  label: string;
  concept: number;
}

export interface ConceptHit {
  /** Index into `concepts()`. */
  concept: number;
  /** True when only loose forms matched. */
  loose: boolean;
  /** The first surface form seen. */
  form: string;
}

export interface ConceptMatcher {
  concepts: Concept[];
  /** Every concept's institutions, in lexicon order (the `institution` a form visitor gets indexes this). */
  institutions: Institution[];
  /** Per concept: 1 when it has institutions. */
  hasInstitutions: Uint8Array;
  /** Per concept, the indexes of its related concepts (unknown ids dropped); built once. */
  related: number[][];
  /** Concept hits in `text`, one entry per concept (strong forms win over loose ones). */
  match(text: string): Map<number, ConceptHit>;
  /**
   * Every longest, non-overlapping form in `text`, in order: its concept, whether it is loose, where
   * it starts, and the institution it names (-1: none).
   */
  forms(text: string, visit: (concept: number, loose: boolean, start: number, institution: number) => void): void;
  /**
   * Does text[from, to) hold a form (as `forms` would find one in text.slice(from, to)), read in
   * place: no copy of the span and no callback.
   */
  hasFormIn(text: string, from: number, to: number): boolean;
  /**
   * Each concept in `text` once, without building hit objects: `seen[concept] === stamp` marks a
   * concept already visited (the caller bumps `stamp` per text; `seen` has one slot per concept).
   */
  conceptsIn(text: string, seen: Uint32Array, stamp: number, visit: (concept: number) => void): void;
  /**
   * The forms as numbers, for a scan of one's own (link.ts conceptProfile: no callback a form):
   * `mayStart[code]` is 0 for a UTF-16 code no form starts with; `longestForm(text, at, to)` is
   * the longest form starting at text[at] and ending by `to` (at < to ≤ text.length), or -1; a
   * form number's concept, whether it is loose (1), the institution it names (-1: none) and its
   * length (UTF-16 units) are in the four arrays. Scanning from 0, taking the longest form where
   * one starts and going on past it, finds what `forms` finds.
   */
  mayStart: Int32Array;
  longestForm(text: string, at: number, to: number): number;
  formConcept: Int32Array;
  formLoose: Uint8Array;
  formInstitution: Int32Array;
  formLength: Int32Array;
}

/**
 * A character trie over all forms, compiled into flat typed arrays: the root is a table by UTF-16
 * code (a character that starts no form costs one array read); each node's children are a run of
 * (character, node) pairs. The walk is as long as the longest form that could match, and the
 * longest complete form wins. No objects are allocated while scanning, except one hit per concept.
 */
export function buildMatcher(concepts: Concept[]): ConceptMatcher {
  // Build with plain maps, then compile.
  const children: Map<number, number>[] = [new Map()];
  const formAt: number[] = [-1];
  const forms: Form[] = [];
  // Institutions, and the one each of their forms names.
  const institutions: Institution[] = [];
  const institutionOf = new Map<string, number>();
  concepts.forEach((c, i) => {
    for (const list of c.institutions ?? []) {
      const k = institutions.push({ label: list[0], concept: i }) - 1;
      for (const f of list) institutionOf.set(f, k);
    }
  });
  const insert = (text: string, concept: number, loose: boolean) => {
    if (!text) return;
    const node = insertPath(children, formAt, text);
    // A strong form keeps its place over a loose one of the same text.
    const prev = formAt[node] >= 0 ? forms[formAt[node]] : undefined;
    if (!prev || (prev.loose && !loose)) {
      formAt[node] = forms.length;
      forms.push({ text, concept, loose, institution: loose ? -1 : (institutionOf.get(text) ?? -1) });
    }
  };
  concepts.forEach((c, i) => {
    for (const f of c.forms) insert(f, i, false);
    for (const list of c.institutions ?? []) for (const f of list) insert(f, i, false);
    for (const f of c.loose ?? []) insert(f, i, true);
  });

  const trie = compactTrie(children);
  const terminal = Int32Array.from(formAt);
  const formLength = Int32Array.from(forms, (f) => f.text.length);
  const formConcept = Int32Array.from(forms, (f) => f.concept);
  const formLoose = Uint8Array.from(forms, (f) => (f.loose ? 1 : 0));
  const formInstitution = Int32Array.from(forms, (f) => f.institution);

  const record = (hits: Map<number, ConceptHit>, found: Form) => {
    const prev = hits.get(found.concept);
    if (!prev || (prev.loose && !found.loose)) hits.set(found.concept, { concept: found.concept, loose: found.loose, form: found.text });
  };

  /** Calls `hit(form, start)` for each longest, non-overlapping form in text[from, to). */
  const scanForms = (text: string, from: number, to: number, hit: (form: number, start: number) => void) => {
    let i = from;
    while (i < to) {
      const found = longestEntry(trie, terminal, text, i, to);
      if (found < 0) {
        i++;
        continue;
      }
      hit(found, i);
      i += formLength[found];
    }
  };

  /** The visitor of the forms call running, and the one function that hands it each form. */
  let formVisitor: (concept: number, loose: boolean, start: number, institution: number) => void = () => undefined;
  const visitForm = (f: number, start: number) => formVisitor(forms[f].concept, forms[f].loose, start, forms[f].institution);

  /** What hasFormIn's visitor sets (one function for every call, not a closure each). */
  let formFound = false;
  const foundForm = () => {
    formFound = true;
  };

  const index = new Map(concepts.map((c, i) => [c.id, i] as const));
  const related = concepts.map((c) => (c.related ?? []).map((id) => index.get(id)).filter((i): i is number => i !== undefined));

  const hasInstitutions = new Uint8Array(concepts.length);
  for (const i of institutions) hasInstitutions[i.concept] = 1;

  return {
    concepts,
    institutions,
    hasInstitutions,
    related,
    mayStart: trie.root,
    longestForm: (text: string, at: number, to: number) => longestEntry(trie, terminal, text, at, to),
    formConcept,
    formLoose,
    formInstitution,
    formLength,
    forms(text: string, visit: (concept: number, loose: boolean, start: number, institution: number) => void): void {
      // The visitor in a slot read by one function, not a closure made a call (forms runs for
      // every item); restored after, so a visitor may call forms again.
      const outer = formVisitor;
      formVisitor = visit;
      scanForms(text, 0, text.length, visitForm);
      formVisitor = outer;
    },
    hasFormIn(text: string, from: number, to: number): boolean {
      formFound = false;
      scanForms(text, from, to, foundForm);
      return formFound;
    },
    match(text: string): Map<number, ConceptHit> {
      const hits = new Map<number, ConceptHit>();
      scanForms(text, 0, text.length, (f) => record(hits, forms[f]));
      return hits;
    },
    conceptsIn(text: string, seen: Uint32Array, stamp: number, visit: (concept: number) => void): void {
      scanForms(text, 0, text.length, (f) => {
        const c = forms[f].concept;
        if (seen[c] !== stamp) {
          seen[c] = stamp;
          visit(c);
        }
      });
    },
  };
}

let defaultMatcher: ConceptMatcher | undefined;

/**
 * The matcher over the bundled lexicon, built once; the formulations' wrong forms (一岗两责) read
 * as the right ones (misspellings.ts).
 */
export function lexiconMatcher(): ConceptMatcher {
  if (!defaultMatcher) defaultMatcher = buildMatcher(withMisspellings((lexiconData as { concepts: Concept[] }).concepts));
  return defaultMatcher;
}
