/**
 * The domain concept lexicon (lexicon.json) and a one-pass matcher: every position of the text
 * is looked up once by its first character, the longest form wins, and matches never overlap.
 * Cost is linear in the text length times the (small) number of forms sharing a first character.
 */
import lexiconData from './lexicon.json';

export interface Concept {
  id: string;
  label: string;
  forms: string[];
  loose?: string[];
}

interface Form {
  text: string;
  concept: number;
  loose: boolean;
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
  /** Concept hits in `text`, one entry per concept (strong forms win over loose ones). */
  match(text: string): Map<number, ConceptHit>;
  /** One pass over `text`: hits that start before `split` and hits anywhere. */
  matchSplit(text: string, split: number): { head: Map<number, ConceptHit>; all: Map<number, ConceptHit> };
}

interface TrieNode {
  next: Map<number, TrieNode>;
  form?: Form;
}

/**
 * A character trie over all forms. The root is a flat table by UTF-16 code so the common case (a
 * character that starts no form) costs one array read; from there the walk is as long as the
 * longest form that could match, and the longest complete form wins.
 */
export function buildMatcher(concepts: Concept[]): ConceptMatcher {
  const root: (TrieNode | undefined)[] = new Array(65536);
  const insert = (text: string, concept: number, loose: boolean) => {
    if (!text) return;
    const c0 = text.charCodeAt(0);
    let node: TrieNode = root[c0] ?? (root[c0] = { next: new Map() });
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let n = node.next.get(c);
      if (!n) node.next.set(c, (n = { next: new Map() } as TrieNode));
      node = n;
    }
    // A strong form keeps its place over a loose one of the same text.
    if (!node.form || (node.form.loose && !loose)) node.form = { text, concept, loose };
  };
  concepts.forEach((c, i) => {
    for (const f of c.forms) insert(f, i, false);
    for (const f of c.loose ?? []) insert(f, i, true);
  });

  const record = (hits: Map<number, ConceptHit>, found: Form) => {
    const prev = hits.get(found.concept);
    if (!prev || (prev.loose && !found.loose)) hits.set(found.concept, { concept: found.concept, loose: found.loose, form: found.text });
  };

  const scan = (text: string, split: number, head: Map<number, ConceptHit> | undefined, hits: Map<number, ConceptHit>) => {
    const n = text.length;
    let i = 0;
    while (i < n) {
      let node = root[text.charCodeAt(i)];
      if (!node) {
        i++;
        continue;
      }
      let found: Form | undefined = node.form;
      for (let j = i + 1; j < n && node.next.size > 0; j++) {
        const next: TrieNode | undefined = node.next.get(text.charCodeAt(j));
        if (!next) break;
        node = next;
        if (node.form) found = node.form;
      }
      if (!found) {
        i++;
        continue;
      }
      record(hits, found);
      if (head && i < split) record(head, found);
      i += found.text.length;
    }
  };

  return {
    concepts,
    matchSplit(text: string, split: number) {
      const head = new Map<number, ConceptHit>();
      const all = new Map<number, ConceptHit>();
      scan(text, split, head, all);
      return { head, all };
    },
    match(text: string): Map<number, ConceptHit> {
      const hits = new Map<number, ConceptHit>();
      scan(text, 0, undefined, hits);
      return hits;
    },
  };
}

let defaultMatcher: ConceptMatcher | undefined;

/** The matcher over the bundled lexicon, built once. */
export function lexiconMatcher(): ConceptMatcher {
  if (!defaultMatcher) defaultMatcher = buildMatcher((lexiconData as { concepts: Concept[] }).concepts);
  return defaultMatcher;
}
