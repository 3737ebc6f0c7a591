/**
 * Which template aspect each aspect heading of the problems part stands for. Writers reword the
 * official titles and borrow each other's words, so the decision weighs three signals — the
 * heading's overlap with each official title (character bigrams weighted by how few aspects
 * share them), the aspect vocabulary in the heading, and the vocabulary in the items under it —
 * and then assigns all headings at once, so a heading that reads like aspect 4 by its title but
 * like aspect 5 by its content lands where the whole set fits best. Order only breaks ties.
 */
import type { Template } from './template';
import { bigramKeys, stripForMatch } from './text';
import { stripLeadingMarker } from './markers';
import { buildMatcher, type ConceptMatcher } from './link/concepts';

export interface AspectCandidate {
  heading: string;
  /** Text of the items under the heading. */
  body: string;
}

export interface AspectChoice {
  aspect: number | null;
  scores: number[];
}

interface Profile {
  weights: Map<number, number>[];
  /** Every aspect's vocabulary in one trie (a term is a "concept"), and the aspects of each term. */
  vocab: ConceptMatcher;
  aspectsOf: number[][];
  weightOf: number[];
  /** Scratch for vocabScores: which terms one text has already counted. */
  seen: Uint32Array;
  stamp: number;
}

const profiles = new WeakMap<Template, Profile>();

function profile(template: Template): Profile {
  let p = profiles.get(template);
  if (p) return p;
  const sets = template.aspects.map((a) => bigramKeys(stripForMatch(`${a.title}${a.long}${a.short}`)));
  const df = new Map<number, number>();
  for (const s of sets) for (const g of s) df.set(g, (df.get(g) ?? 0) + 1);
  const n = sets.length;
  const weights = sets.map((s) => {
    const w = new Map<number, number>();
    for (const g of s) {
      const v = Math.log(n / df.get(g)!);
      if (v > 0) w.set(g, v);
    }
    return w;
  });
  const byTerm = new Map<string, number[]>();
  template.aspects.forEach((a, i) => a.vocabulary.forEach((t) => byTerm.set(t, [...(byTerm.get(t) ?? []), i])));
  const terms = [...byTerm.keys()];
  p = {
    weights,
    vocab: buildMatcher(terms.map((t) => ({ id: t, label: t, forms: [t] }))),
    aspectsOf: terms.map((t) => byTerm.get(t)!),
    weightOf: terms.map((t) => Math.min(t.length, 6)),
    seen: new Uint32Array(terms.length),
    stamp: 0,
  };
  profiles.set(template, p);
  return p;
}

/** Shares of `values` (each / sum), all 0 when the sum is 0. */
function shares(values: number[]): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (sum > 0 ? v / sum : 0));
}

/**
 * Vocabulary per aspect in one scan of the text: each term present counts once, longer terms
 * weigh more, and where terms overlap the longest wins.
 */
function vocabScores(text: string, p: Profile, k: number): number[] {
  const scores = new Array<number>(k).fill(0);
  p.stamp = (p.stamp + 1) >>> 0 || 1;
  p.vocab.conceptsIn(text, p.seen, p.stamp, (t) => {
    for (const a of p.aspectsOf[t]) scores[a] += p.weightOf[t];
  });
  return scores;
}

const W_TITLE = 0.45;
const W_HEAD_VOCAB = 0.2;
const W_BODY = 0.35;
/** Below this a heading is a section outside the template (其他方面). */
const NULL_SCORE = 0.2;
/** Cost of giving a second heading an aspect already taken. */
const DUPLICATE_PENALTY = 0.3;
/** Bonus for the aspect whose number is the heading's position: breaks ties only. */
const ORDER_BONUS = 0.03;

function scoreAspects(c: AspectCandidate, template: Template): number[] {
  const p = profile(template);
  const head = stripForMatch(stripLeadingMarker(c.heading));
  const grams = bigramKeys(head);
  const title = p.weights.map((w) => {
    let s = 0;
    for (const g of grams) s += w.get(g) ?? 0;
    return s;
  });
  const k = template.aspects.length;
  const headVocab = vocabScores(head, p, k);
  const body = vocabScores(c.body, p, k);
  const t = shares(title);
  const hv = shares(headVocab);
  const bv = shares(body);
  return t.map((_, i) => W_TITLE * t[i] + W_HEAD_VOCAB * hv[i] + W_BODY * bv[i]);
}

/** Assign every candidate an aspect (or null), maximising the total score over the whole set. */
export function mapAspects(cands: AspectCandidate[], template: Template): AspectChoice[] {
  const k = template.aspects.length;
  const scores = cands.map((c) => scoreAspects(c, template));
  if (!cands.length) return [];
  if (k > 16 || cands.length > 64) {
    // Unusual sizes: each heading on its own.
    return scores.map((s) => {
      const best = s.indexOf(Math.max(...s));
      return { aspect: s[best] >= NULL_SCORE ? best + 1 : null, scores: s };
    });
  }
  // Dynamic programming over headings in order, the state being the set of aspects used.
  const states = 1 << k;
  let value = new Float64Array(states).fill(-Infinity);
  value[0] = 0;
  const choice: Int8Array[] = [];
  const from: Int32Array[] = [];
  for (let i = 0; i < cands.length; i++) {
    const next = new Float64Array(states).fill(-Infinity);
    const ch = new Int8Array(states).fill(-2);
    const fr = new Int32Array(states).fill(-1);
    for (let s = 0; s < states; s++) {
      if (value[s] === -Infinity) continue;
      // null: a section outside the template
      if (value[s] + NULL_SCORE > next[s]) {
        next[s] = value[s] + NULL_SCORE;
        ch[s] = -1;
        fr[s] = s;
      }
      for (let a = 0; a < k; a++) {
        const used = (s >> a) & 1;
        const v = value[s] + scores[i][a] - (used ? DUPLICATE_PENALTY : 0) + (a === i ? ORDER_BONUS : 0);
        const t = s | (1 << a);
        if (v > next[t]) {
          next[t] = v;
          ch[t] = a;
          fr[t] = s;
        }
      }
    }
    value = next;
    choice.push(ch);
    from.push(fr);
  }
  let s = 0;
  for (let t = 1; t < states; t++) if (value[t] > value[s]) s = t;
  const out: AspectChoice[] = new Array(cands.length);
  for (let i = cands.length - 1; i >= 0; i--) {
    const a = choice[i][s];
    out[i] = { aspect: a >= 0 ? a + 1 : null, scores: scores[i] };
    s = from[i][s];
  }
  return out;
}
