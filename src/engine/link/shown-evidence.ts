/**
 * What a weak-link message may say a problem and its measure share. A link's evidence holds concept
 * labels (经济发展, 为民办实事), which neither text may write: the problem reads "项目", the measure
 * "重点项目". A writer told "两者只在“经济发展”上相合" looks for a word that is not there. So each
 * piece of evidence is shown as written: a word both texts hold as it is; else a form of its concept
 * both write; else the two forms, one from each text, said to belong to the concept (同属“…”);
 * never a word neither text holds.
 */
import type { ConceptMatcher } from './concepts';

/** A concept the two texts name by different forms: each as written there. */
export interface SharedConcept {
  label: string;
  problem: string;
  measure: string;
}

export type ShownEvidence = string | SharedConcept;

/** The forms of concept `c` written in `text`, in order, each once. */
function formsOf(matcher: ConceptMatcher, text: string, c: number): string[] {
  const out: string[] = [];
  matcher.forms(text, (concept, _loose, start) => {
    if (concept !== c) return;
    // The form's length: the longest form starting there (what `forms` found).
    const f = matcher.longestForm(text, start, text.length);
    const form = text.slice(start, start + (f >= 0 ? matcher.formLength[f] : 0));
    if (form && !out.includes(form)) out.push(form);
  });
  return out;
}

/** The concept a piece of evidence is the label of (a concept's or an institution's), or -1. */
function conceptOfLabel(matcher: ConceptMatcher, label: string): number {
  const c = matcher.concepts.findIndex((x) => x.label === label);
  if (c >= 0) return c;
  const i = matcher.institutions.find((x) => x.label === label);
  return i ? i.concept : -1;
}

/**
 * `evidence` (ProblemLink.evidence: words, phrases, concept and institution labels) as the writer can
 * find it in `problem` and `measure` (their bodies): a string is written in both texts; a
 * SharedConcept gives each text's own form. A label neither text writes a form of (in both), and a
 * word only one holds, are left out. Order kept, each once. Pure.
 */
export function shownEvidence(matcher: ConceptMatcher, problem: string, measure: string, evidence: readonly string[]): ShownEvidence[] {
  const out: ShownEvidence[] = [];
  const words = new Set<string>();
  const pushWord = (w: string) => {
    if (words.has(w)) return;
    words.add(w);
    out.push(w);
  };
  for (const e of evidence) {
    if (problem.includes(e) && measure.includes(e)) {
      pushWord(e);
      continue;
    }
    const c = conceptOfLabel(matcher, e);
    if (c < 0) continue;
    const inProblem = formsOf(matcher, problem, c);
    const inMeasure = formsOf(matcher, measure, c);
    const both = inProblem.find((f) => inMeasure.includes(f));
    if (both) pushWord(both);
    else if (inProblem.length && inMeasure.length && !out.some((x) => typeof x !== 'string' && x.label === e)) out.push({ label: e, problem: inProblem[0], measure: inMeasure[0] });
  }
  return out;
}
