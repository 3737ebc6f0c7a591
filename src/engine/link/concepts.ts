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
}

export function buildMatcher(concepts: Concept[]): ConceptMatcher {
  const byFirst = new Map<string, Form[]>();
  concepts.forEach((c, i) => {
    const add = (text: string, loose: boolean) => {
      if (!text) return;
      const key = text[0];
      let list = byFirst.get(key);
      if (!list) byFirst.set(key, (list = []));
      list.push({ text, concept: i, loose });
    };
    for (const f of c.forms) add(f, false);
    for (const f of c.loose ?? []) add(f, true);
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);

  return {
    concepts,
    match(text: string): Map<number, ConceptHit> {
      const hits = new Map<number, ConceptHit>();
      const n = text.length;
      let i = 0;
      while (i < n) {
        const list = byFirst.get(text[i]);
        let advanced = false;
        if (list) {
          for (const f of list) {
            if (text.startsWith(f.text, i)) {
              const prev = hits.get(f.concept);
              if (!prev) hits.set(f.concept, { concept: f.concept, loose: f.loose, form: f.text });
              else if (prev.loose && !f.loose) hits.set(f.concept, { concept: f.concept, loose: false, form: f.text });
              i += f.text.length;
              advanced = true;
              break;
            }
          }
        }
        if (!advanced) i++;
      }
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
