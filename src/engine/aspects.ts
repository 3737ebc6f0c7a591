/**
 * Which template aspect each aspect heading of the problems part stands for. Writers reword the
 * official titles and borrow each other's words, so the decision weighs three signals — the
 * heading's overlap with each official title (character bigrams weighted by how few aspects
 * share them), the aspect vocabulary in the heading, and the vocabulary in the items under it —
 * and then assigns all headings at once, so a heading that reads like aspect 4 by its title but
 * like aspect 5 by its content lands where the whole set fits best. Order only breaks ties.
 *
 * No force-fitting: a heading may take an aspect only on positive evidence — its words explain a
 * good share of the heading (title, long title or vocabulary), it names a term of the aspect's
 * vocabulary, or its items are clearly about that aspect (most of their aspect vocabulary). A heading
 * that says 其他 is outside the template. Everything else is a section outside the template
 * (aspect null). The evidence reads only the heading and its items, so adding causes or measures
 * elsewhere cannot change the mapping.
 */
import type { Template } from './template';
import { bigramKeys, bigramList, stripForMatch } from './text';
import { stripLeadingMarker } from './markers';
import { occurrencesOf, onForgetTerms, ownTermsIn, registerTerms, termsVersion } from './aspect-terms';
import { TextMemo } from './collections';

export interface AspectCandidate {
  heading: string;
  /** Text of the items under the heading. */
  body: string;
  /** What the heading says, whatever the template: computed once when mapping to several templates. */
  features?: HeadingFeatures;
}

/** The template-independent reading of a heading (see `headingFeatures`). */
export interface HeadingFeatures {
  /** The heading as matched: no marker, spaces or quotes. */
  head: string;
  /** Distinct bigram keys of `head` in the order first seen (bigramList). */
  readonly grams: readonly number[];
  /** Distinct bigram keys of `aspectWords(heading)`. */
  readonly words: readonly number[];
  /** The heading declares itself outside the notice's aspects (其他方面). */
  other: boolean;
}

/**
 * The features of `heading` (read-only: one object is handed to every caller asking for the same
 * heading text). Kept by heading text for the process, at most KEPT_HEADINGS of them: a folder's
 * materials write the notice's aspect headings again and again, and the pane re-reads the same
 * headings on every edit. What is scored from a heading for a template (scoreAspects) is kept
 * on its features, so a heading met again is not scored again either.
 */
export function headingFeatures(heading: string): HeadingFeatures {
  const known = keptFeatures.get(0, heading);
  if (known !== undefined) return known;
  const f = readHeading(heading);
  keptFeatures.set(0, heading, f);
  return f;
}

/** headingFeatures without keeping anything (the oracle of its tests). */
export function readHeading(heading: string): HeadingFeatures {
  // A flat copy: `head` and the words are cut from it, and a kept piece of the paragraph the
  // heading was cut from would keep the whole paragraph alive (collections.ts TextMemo).
  const own = (' ' + heading).slice(1);
  const head = stripForMatch(stripLeadingMarker(own));
  const words = wordsOfHead(head);
  return { head, grams: bigramList(head), words: bigramList(words), other: OTHER_HEADING.test(words) || OTHER_HEADING.test(head) };
}

/** Most headings whose features are kept (a few hundred bytes each, with their scores). */
const KEPT_HEADINGS = 2048;
const keptFeatures = new TextMemo<HeadingFeatures>(KEPT_HEADINGS);
// The kept features hold their term occurrences (termsOf): forgotten with the other kept occurrences.
onForgetTerms(() => keptFeatures.clear());

export interface AspectChoice {
  aspect: number | null;
  scores: number[];
  /** How much of the heading the chosen aspect's words explain (0..1); 0 for null. */
  quality: number;
  /** The chosen aspect was supported by the heading's own words (not only by its items). */
  byHeading: boolean;
  /**
   * How much of the heading's aspect words (aspectWords) the chosen aspect's official wording —
   * its title, short and long titles, not its vocabulary — explains (0..1); 0 for null. The
   * vocabulary holds the words every year's materials use (政治、担当作为、为民、廉洁自律), so only
   * this says that a heading carries the notice's own wording of that aspect.
   */
  wording: number;
}

/** Options compared by `npm run eval -- --variants` (defaults are the chosen ones). */
export interface MappingOptions {
  /** Require positive evidence for an aspect (false: the old share-based mapping). */
  requireEvidence?: boolean;
  /** Share of the heading's bigrams an aspect's words must explain. */
  minCoverage?: number;
  /** Vocabulary weight items need for an aspect when the heading says nothing. */
  minBody?: number;
}

interface Profile {
  /**
   * By bigram: the aspects whose titles and vocabulary hold it (what can "explain" a heading), and
   * the aspects whose titles hold it with its weight there (IDF over the aspects, positive only).
   */
  gramAspects: Map<number, number[]>;
  /** By bigram: the aspects whose official wording (title, short, long) holds it. */
  wordingAspects: Map<number, number[]>;
  titleWeights: Map<number, { aspect: number; weight: number }[]>;
  /**
   * By the shared term number (aspect-terms.ts registerTerms), the index of that term in this
   * template's vocabulary or -1; and by that index, the aspects holding the term and its weight.
   */
  ownOf: Int32Array;
  aspectsOf: number[][];
  weightOf: number[];
  /** Scratch for vocabInto: which terms one text has already counted. */
  seen: Uint32Array;
  stamp: number;
  /**
   * What scoreAspects reads of a heading for this template, by the heading's features: per
   * aspect, the title weights (HEAD_TITLE), the heading's vocabulary (HEAD_VOCAB), the
   * heading words' bigram hits (HEAD_HITS) and their hits in the official wording alone
   * (HEAD_WORDING), k values each; and the term table's version they
   * were found under. Features are kept by heading text (headingFeatures), so a heading met
   * again in another material is scored once for each template.
   */
  heads: WeakMap<HeadingFeatures, { version: number; values: Float64Array }>;
}

/** Where each of a heading's kept values starts, in units of the template's aspect count. */
const HEAD_TITLE = 0;
const HEAD_VOCAB = 1;
const HEAD_HITS = 2;
const HEAD_WORDING = 3;
/** How many values per aspect headValues keeps. */
const HEAD_BLOCKS = 4;

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
  const grams = template.aspects.map((a) => bigramKeys(stripForMatch([a.title, a.long, a.short, ...a.vocabulary].join('|'))));
  const gramAspects = new Map<number, number[]>();
  grams.forEach((set, a) => {
    for (const g of set) gramAspects.set(g, [...(gramAspects.get(g) ?? []), a]);
  });
  const wordingAspects = new Map<number, number[]>();
  sets.forEach((set, a) => {
    for (const g of set) wordingAspects.set(g, [...(wordingAspects.get(g) ?? []), a]);
  });
  const titleWeights = new Map<number, { aspect: number; weight: number }[]>();
  weights.forEach((w, a) => {
    for (const [g, weight] of w) titleWeights.set(g, [...(titleWeights.get(g) ?? []), { aspect: a, weight }]);
  });
  const ids = registerTerms(terms);
  const ownOf = new Int32Array(ids.reduce((m, id) => (id > m ? id : m), -1) + 1).fill(-1);
  ids.forEach((id, own) => {
    if (id >= 0) ownOf[id] = own;
  });
  p = {
    gramAspects,
    wordingAspects,
    titleWeights,
    ownOf,
    aspectsOf: terms.map((t) => byTerm.get(t)!),
    weightOf: terms.map((t) => Math.min(t.length, 6)),
    seen: new Uint32Array(terms.length),
    stamp: 0,
    heads: new WeakMap(),
  };
  profiles.set(template, p);
  return p;
}

/** The sum of `values[from, from + k)`, added in index order (as `reduce` adds). */
function sumOf(values: Float64Array, k: number, from = 0): number {
  let sum = 0;
  for (let i = from; i < from + k; i++) sum += values[i];
  return sum;
}

/**
 * Vocabulary per aspect of a text, into `out[0, k)`, from its term occurrences (termsOf): each
 * term present counts once, longer terms weigh more, and where terms overlap the longest wins.
 */
function vocabInto(occ: Int32Array, p: Profile, out: Float64Array, k: number): void {
  out.fill(0, 0, k);
  p.stamp = (p.stamp + 1) >>> 0 || 1;
  vocabOut = out;
  vocabProfile = p;
  ownTermsIn(occ, p.ownOf, p.seen, p.stamp, addTerm);
}

/**
 * The occurrences of every template's terms in `text` (aspect-terms.ts: one scan a text for every
 * template), kept on `holder` — a candidate (its items) or its heading's features, which detection
 * maps to each template it weighs — so a text is looked up once for all of them.
 */
function termsOf(holder: object, text: string): Int32Array {
  const v = termsVersion();
  const known = heldTerms.get(holder);
  if (known !== undefined && known.version === v) return known.occ;
  const occ = occurrencesOf(text);
  heldTerms.set(holder, { version: v, occ });
  return occ;
}

/** termsOf's answers by holder, with the term table's version they were found under. */
const heldTerms = new WeakMap<object, { version: number; occ: Int32Array }>();

/** What addTerm adds to (module state, not a closure per text; vocabInto is not re-entrant). */
let vocabOut: Float64Array = new Float64Array(0);
let vocabProfile: Profile | undefined;

function addTerm(t: number): void {
  const p = vocabProfile!;
  for (const a of p.aspectsOf[t]) vocabOut[a] += p.weightOf[t];
}

/** Scratch per aspect for scoreAspects: heading and item vocabulary. */
let scratchHead = new Float64Array(16);
let scratchBody = new Float64Array(16);

const W_TITLE = 0.45;
const W_HEAD_VOCAB = 0.2;
const W_BODY = 0.35;
/** Below this a heading is a section outside the template (其他方面). */
const NULL_SCORE = 0.2;
/** Cost of giving a second heading an aspect already taken. */
const DUPLICATE_PENALTY = 0.3;
/** Bonus for the aspect whose number is the heading's position: breaks ties only. */
const ORDER_BONUS = 0.03;
/** Share of a heading's bigrams that an aspect's words must explain to count as evidence. */
const MIN_COVERAGE = 0.45;
/** Vocabulary weight in the heading that counts as evidence (one term of four characters). */
const MIN_HEAD_VOCAB = 4;
/** Vocabulary weight in the items that counts as evidence when the heading names no aspect. */
const MIN_BODY = 8;
/** Share of the items' vocabulary the aspect must hold for that. */
const MIN_BODY_SHARE = 0.5;

/** A heading that declares itself outside the notice's aspects. */
const OTHER_HEADING = /^(其他|其它|另外|此外|其余)/;

/**
 * The words of a heading that can name an aspect: marker, 在…方面 frame, 带头 and the trailing
 * 存在的问题 removed ("（一）在带头深刻感悟“两个确立”方面存在的问题" → "深刻感悟两个确立").
 */
export function aspectWords(heading: string): string {
  return wordsOfHead(stripForMatch(stripLeadingMarker(heading)));
}

/** `aspectWords` of a heading already without its marker and stripped for matching. */
function wordsOfHead(head: string): string {
  return head
    .replace(WORDS_ITEM, '')
    .replace(WORDS_FRAME, '')
    .replace(WORDS_DAITOU, '')
    .replace(WORDS_ASPECT, '')
    .replace(WORDS_PROBLEMS, '')
    .replace(WORDS_PROBLEM_END, '');
}

/** What wordsOfHead removes, in its order (module constants, not literals in the function: a literal makes a RegExp object each time it runs). */
const WORDS_ITEM = /^(一是|二是|三是|四是|五是|六是)/;
const WORDS_FRAME = /^(在|关于|对照|聚焦|围绕)+/;
const WORDS_DAITOU = /带头/g;
const WORDS_ASPECT = /(等)?方面.*$/;
const WORDS_PROBLEMS = /(存在|查摆出?)的?(主要|突出)?(问题|不足|差距).*$/;
const WORDS_PROBLEM_END = /的?(问题|不足|差距)$/;

interface Scored {
  scores: number[];
  coverage: number[];
  /** Per aspect, the share of the heading's words its official wording explains. */
  wording: number[];
  headEvidence: boolean[];
  allowed: boolean[];
}

/**
 * What scoreAspects reads of heading `f` for the template of `p` (k aspects): see Profile.heads.
 * The values are computed as they were in scoreAspects itself (same sums in the same order).
 */
function headValues(p: Profile, f: HeadingFeatures, k: number): Float64Array {
  const v = termsVersion();
  const known = p.heads.get(f);
  if (known !== undefined && known.version === v) return known.values;
  const values = new Float64Array(HEAD_BLOCKS * k);
  // Per aspect, the title weights of the heading's bigrams summed in the heading's order (one
  // lookup a bigram for all aspects; a bigram an aspect lacks adds nothing).
  const title = HEAD_TITLE * k;
  for (const g of f.grams) {
    const list = p.titleWeights.get(g);
    if (list) for (const { aspect, weight } of list) values[title + aspect] += weight;
  }
  const headVocab = scratchHead;
  vocabInto(termsOf(f, f.head), p, headVocab, k);
  values.set(headVocab.subarray(0, k), HEAD_VOCAB * k);
  // Evidence: how much of the heading's own words each aspect explains.
  const hits = HEAD_HITS * k;
  const wordingAt = HEAD_WORDING * k;
  for (const g of f.words) {
    const list = p.gramAspects.get(g);
    if (list) for (const a of list) values[hits + a]++;
    const official = p.wordingAspects.get(g);
    if (official) for (const a of official) values[wordingAt + a]++;
  }
  p.heads.set(f, { version: v, values });
  return values;
}

function scoreAspects(c: AspectCandidate, template: Template, o: MappingOptions): Scored {
  const p = profile(template);
  const f = c.features ?? headingFeatures(c.heading);
  const { words, other } = f;
  const k = template.aspects.length;
  if (scratchHead.length < k) {
    scratchHead = new Float64Array(k);
    scratchBody = new Float64Array(k);
  }
  const head = headValues(p, f, k);
  const body = scratchBody;
  vocabInto(termsOf(c, c.body), p, body, k);
  // Shares of each signal (each / its sum, 0 when the sum is 0), weighed into one score.
  const titleSum = sumOf(head, k, HEAD_TITLE * k);
  const headSum = sumOf(head, k, HEAD_VOCAB * k);
  const bodySum = sumOf(body, k);
  const scores = new Array<number>(k);
  let maxBody = 0;
  for (let i = 0; i < k; i++) {
    const t = titleSum > 0 ? head[HEAD_TITLE * k + i] / titleSum : 0;
    const hv = headSum > 0 ? head[HEAD_VOCAB * k + i] / headSum : 0;
    const bv = bodySum > 0 ? body[i] / bodySum : 0;
    scores[i] = W_TITLE * t + W_HEAD_VOCAB * hv + W_BODY * bv;
    if (body[i] > maxBody) maxBody = body[i];
  }
  const minCoverage = o.minCoverage ?? MIN_COVERAGE;
  const minBody = o.minBody ?? MIN_BODY;
  const coverage = new Array<number>(k);
  const wording = new Array<number>(k);
  const headEvidence = new Array<boolean>(k);
  const allowed = new Array<boolean>(k);
  for (let i = 0; i < k; i++) {
    const cv = words.length ? head[HEAD_HITS * k + i] / words.length : 0;
    const h = cv >= minCoverage || head[HEAD_VOCAB * k + i] >= MIN_HEAD_VOCAB;
    coverage[i] = cv;
    wording[i] = words.length ? head[HEAD_WORDING * k + i] / words.length : 0;
    headEvidence[i] = h;
    // Items are evidence when they are clearly about this aspect (a heading may borrow another's words).
    allowed[i] =
      o.requireEvidence === false ? true : other ? false : h ? true : body[i] >= minBody && body[i] === maxBody && (bodySum > 0 ? body[i] / bodySum : 0) >= MIN_BODY_SHARE;
  }
  return { scores, coverage, wording, headEvidence, allowed };
}

/** Scratch for mapAspects' dynamic programme, grown as needed: values by state, choices and predecessors by heading and state. */
let dpValue = new Float64Array(0);
let dpNext = new Float64Array(0);
let dpChoice = new Int32Array(0);
let dpFrom = new Int32Array(0);

/** Assign every candidate an aspect (or null), maximising the total score over the whole set. */
export function mapAspects(cands: AspectCandidate[], template: Template, options: MappingOptions = {}): AspectChoice[] {
  const k = template.aspects.length;
  const scored = cands.map((c) => scoreAspects(c, template, options));
  const scores = scored.map((s) => s.scores);
  const choiceOf = (i: number, a: number): AspectChoice =>
    a >= 0
      ? { aspect: a + 1, scores: scores[i], quality: scored[i].coverage[a], byHeading: scored[i].headEvidence[a], wording: scored[i].wording[a] }
      : { aspect: null, scores: scores[i], quality: 0, byHeading: false, wording: 0 };
  if (!cands.length) return [];
  if (k === 0) return cands.map((_, i) => choiceOf(i, -1));
  if (k > 16 || cands.length > 64) {
    // Unusual sizes: each heading on its own.
    return scores.map((s, i) => {
      const masked = s.map((v, a) => (scored[i].allowed[a] ? v : -Infinity));
      const best = masked.indexOf(Math.max(...masked));
      return choiceOf(i, masked[best] >= NULL_SCORE ? best : -1);
    });
  }
  // Dynamic programming over headings in order, the state being the set of aspects used.
  const states = 1 << k;
  if (dpValue.length < states) {
    dpValue = new Float64Array(states);
    dpNext = new Float64Array(states);
  }
  if (dpChoice.length < states * cands.length) {
    dpChoice = new Int32Array(states * cands.length);
    dpFrom = new Int32Array(states * cands.length);
  }
  let value = dpValue;
  let next = dpNext;
  value.fill(-Infinity, 0, states);
  value[0] = 0;
  for (let i = 0; i < cands.length; i++) {
    const row = i * states;
    next.fill(-Infinity, 0, states);
    dpChoice.fill(-2, row, row + states);
    dpFrom.fill(-1, row, row + states);
    const { allowed, headEvidence } = scored[i];
    const si = scores[i];
    for (let s = 0; s < states; s++) {
      if (value[s] === -Infinity) continue;
      // null: a section outside the template
      if (value[s] + NULL_SCORE > next[s]) {
        next[s] = value[s] + NULL_SCORE;
        dpChoice[row + s] = -1;
        dpFrom[row + s] = s;
      }
      for (let a = 0; a < k; a++) {
        if (!allowed[a]) continue;
        const used = (s >> a) & 1;
        // A second heading takes a taken aspect only on its heading's own words.
        if (used && !headEvidence[a] && options.requireEvidence !== false) continue;
        const v = value[s] + si[a] - (used ? DUPLICATE_PENALTY : 0) + (a === i ? ORDER_BONUS : 0);
        const t = s | (1 << a);
        if (v > next[t]) {
          next[t] = v;
          dpChoice[row + t] = a;
          dpFrom[row + t] = s;
        }
      }
    }
    const swap = value;
    value = next;
    next = swap;
  }
  let s = 0;
  for (let t = 1; t < states; t++) if (value[t] > value[s]) s = t;
  const out: AspectChoice[] = new Array(cands.length);
  for (let i = cands.length - 1; i >= 0; i--) {
    const a = dpChoice[i * states + s];
    out[i] = choiceOf(i, a);
    s = dpFrom[i * states + s];
  }
  return out;
}
