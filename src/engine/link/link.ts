/**
 * Problem–measure linking. Every problem item is compared with every measure through the domain
 * concepts both name (lexicon.json), weighted by where they occur: a concept in the problem's
 * heading sentence says what the problem is about, one in its body is supporting detail; a concept
 * in a measure's heading is what the measure promises, one in its body is a detail of it. Generic
 * wording (加强, 进一步, 工作, 问题) is no concept, so it never links anything.
 *
 * Named institutions (lexicon `institutions`: 请示报告, 三会一课, 民主集中制 …) are finer than their
 * concepts: a problem whose heading sentence names a concept only through an institution is about
 * that institution, so a measure naming the same one answers its point (and is no slogan, however
 * short), while one naming only another institution of the concept (谈心谈话 for 三会一课) does not
 * share that concept with it, nor does a shared phrase naming another one.
 *
 * Last, a problem nothing of this answers is answered weakly by a measure sharing a specific
 * two-character word of its heading sentence (shared-words.ts: 迟到 in "上班偶尔有迟到现象" and
 * "杜绝迟到早退"): below every phrase and term, so it decides no link they decide.
 *
 * Character bigrams with document IDF are available as an alternative or added signal
 * (`method`); the evaluation (npm run eval) compares the variants against the gold labels.
 *
 * Cost: one pass of the concept matcher over each item, then an inverted index from concepts to
 * measures, each posting list capped, so a problem costs at most concepts × cap.
 */
import type { Outline, OutlineNode } from '../types';
import type { Template } from '../template';
import { lexiconMatcher, type ConceptMatcher } from './concepts';
import { hasExample, measureConcreteness, type Concreteness } from './patterns';
import { headOf } from './text';
import { asciiDigits, evidenceWords, isDigitCode, isPlaceholder } from '../text';
import { GENERIC_BIGRAMS, sharedBigrams, tfidfVectors, type Vector } from './bigrams';
import { MIN_HEAD_PHRASE, MIN_PHRASE, sharedPhrases, wholeWords, type SharedPhrase } from './phrases';
import { clearList, groupBy, sortInPlace, upperBound } from '../collections';
import { exampleWords, isGenericWord, sharedWords, WindowSet, type SharedWords } from './shared-words';
import { countedKind, countedNear, EXAMPLE_REACH, holdsPair, latinNames, mayPair, namedKeys, pairedWord, quotedNames, quotes, splitPair, writesLatin } from './named-things';
import { maskOwners, maskStudyTopics } from './study-topics';
import { isOrganName } from './organs';
import { SHORTFALL_WORDS, shortfallOnly } from './shortfall';
import { answersCaseGap, caseGapItems, caseGapRun, caseGapText } from './case-gaps';
import { ProblemClaims } from '../table-rows';
import { linkText } from './messages';
import { ellipsisBlanksIn } from '../placeholder-spans';
import { unwrapDates } from '../wrapped-values';
import { exactList, sparseWeights, weightIn } from './sparse-profile';

export type Strength = 'strong' | 'weak' | 'none';
export type Coverage = 'covered' | 'weak' | 'uncovered';
export type LinkMethod = 'concepts' | 'bigrams' | 'combined';

export interface LinkOptions {
  method?: LinkMethod;
  /** Score at or above which a link is strong. */
  strong?: number;
  /** Score at or above which a link exists at all (weak). */
  weak?: number;
  /** Weight of a concept by position: problem heading / body, measure heading / body. */
  weights?: Partial<Weights>;
  /** Multiply the bigram cosine by this before adding it (method 'combined'). */
  bigramFactor?: number;
  /** Share of problems that must be strongly answered for an aspect to count as covered. */
  coveredShare?: number;
  /**
   * Only a strong link to a substantive measure counts toward 'covered' (default true): one that
   * states a commitment (concrete), spells its actions out at length (`substantialChars`) or lists
   * several (`actionsListed`). An aspect answered only by slogan-like measures
   * ("进一步增强担当意识，营造干事创业良好氛围") is 'weak': the seeds' gold defines weak as "only
   * generic or partial".
   */
  coveredNeedsSubstance?: boolean;
  /**
   * Length (UTF-16 code units of the measure's body) from which a measure without a commitment
   * still counts as substantive: the seeds' vague measures that answer their aspects run to 150–570
   * characters of specific actions; the generic one-liners of the year fixtures to 40–80.
   * Chosen by `npm run eval -- --variants` (80–150 score alike; 100 sits in the middle).
   */
  substantialChars?: number;
  /**
   * A measure listing this many actions (clauses between ；, or items 一是/二是…) is substantive even
   * when short and without a commitment: a slogan is one run of commas. 0 turns this off.
   */
  actionsListed?: number;
  /** A measure binding itself to a rule (一律, 第一时间) is substantive (default true). */
  bindingRule?: boolean;
  /**
   * A problem whose only answers are slogans (measures that are not substantive, see
   * `coveredNeedsSubstance`), each sharing at most one concept and no specific phrase with it, is
   * unanswered (default true): "严守廉洁底线，带头廉洁自律" does not answer "对廉洁风险的警惕性不够高".
   * Such measures still count as speaking to it (`MeasureLink.answers`), and its aspect as weakly covered.
   */
  slogansAnswerNothing?: boolean;
  /**
   * A problem left unanswered and a measure answering nothing that name a concept in common (at
   * any weight, beyond the aspect's theme) are linked, weakly (default true): they are about the
   * same thing, only too loosely for a link among the other measures.
   */
  orphanConcepts?: boolean;
  /** A strong link must share a concept of the problem's heading sentence (default true). */
  requireHeadConcept?: boolean;
  /**
   * A measure that is another problem's specific answer (a phrase, term or heading institution
   * shared) answers a problem sharing no such thing only through a concept its deeds name clearly:
   * not through its run-in title nor through the clauses the other problem's thing stands in
   * (default true; linkOutline's claimedBy).
   */
  claimedContext?: boolean;
  /**
   * Factor on a concept the problem does not name but one it names is related to (lexicon
   * `related`): a measure promising 理论武装 answers 党史观不够 in part. 0 turns this off.
   */
  relatedFactor?: number;
  /** Related concepts only add to a measure the problem already shares something with. */
  relatedBoostOnly?: boolean;
  /** A related concept in the measure's heading sentence answers the problem's point (default true). */
  relatedPoint?: boolean;
  /** Longest posting list walked per concept (keeps huge documents linear). */
  postingCap?: number;
  /** Also link through specific phrases a problem and a measure share (default true). */
  phrases?: boolean;
  /** Score per shared phrase character beyond the first three (method concepts/combined). */
  phraseWeight?: number;
  /** Shared phrase characters that make a link strong without a heading concept. */
  phraseStrongChars?: number;
  /** Shortest shared phrase that counts (characters). */
  phraseMinChars?: number;
  /** …when it starts in the problem's heading sentence. */
  phraseHeadMinChars?: number;
  /** Score of a phrase from the problem's heading sentence, before its length adds to it. */
  phraseHeadScore?: number;
  /**
   * Shortest shared term below the phrase minimum that counts (characters; 0 turns terms off): a
   * whole word or compound no other item of the material holds (phrases.ts `terms`), such as
   * 信访积案 or 亮身份. A shared 2–3 character fragment is often chance (深入学习 in every part),
   * so a term must be rare in the material, not only short.
   */
  termMinChars?: number;
  /** Score per shared term. */
  termWeight?: number;
  /** Score of a term from the problem's heading sentence (it then answers the problem's point). */
  termHeadScore?: number;
  /** Shared terms (from the body) that link a measure sharing nothing else. */
  termsAlone?: number;
  /**
   * Characters of shared terms (over all of them) from which the measure answers the problem by
   * name, as a long phrase does (`phraseStrongChars`): several specific things of its example
   * named again (集团化办学 … 教育集团). 0 turns this off.
   */
  termStrongChars?: number;
  /**
   * Link a problem nothing else answers to the measures sharing a specific two-character word of
   * its heading sentence (shared-words.ts: whole words, no generic wording, rare in the material),
   * weakly: the last evidence read, below every phrase and term (default true).
   */
  sharedWords?: boolean;
  /** Most measures that may hold such a word for it to count. */
  wordMaxMeasures?: number;
  /**
   * When its heading sentence shares no such word, link a problem nothing else answers to the
   * measures naming a specific thing of its example, weakly: a shared phrase (5+ characters, no
   * concept, body's name or deadline frame) of a sentence giving a concrete instance (a cue, a
   * figure, a date), no other problem or cause writes and at most wordMaxMeasures measures share
   * ("比如，在统筹使用专项债资金上…" / "完成专项债资金全面核查"); else, once every problem is
   * linked, a two-character word of such a sentence that a measure answering nothing names ("比如
   * 村道路灯坏了3个月没修" / "2027年1月底前修好路灯"), or two words each counted in both texts
   * that any measure names ("签约…11个，开工仅6个" / "签约项目…开工率达到90%"): rare as the
   * heading's words are (one other problem may write it), shared-words.ts exampleWords. A word of
   * a sentence that gives no instance links nothing (default true).
   */
  exampleWords?: boolean;
  /**
   * A shared phrase both texts write right after the same number (the problem's example "全县仍有23
   * 公里通组路没有硬化", the measure "完成23公里通组路硬化") names the same counted thing: the
   * measure answers the problem by name, strongly, however short the phrase (default true).
   */
  countedThings?: boolean;
  /**
   * Also read things both name the same way however short (named-things.ts): the example's counted
   * thing with its number and unit and a word of it in both, in either order ("图斑47个" / "47个违法
   * 图斑": answered by name, strongly), and a name in quotation marks ("“两重”") no other problem or
   * cause writes (default true).
   */
  namedThings?: boolean;
  /** Score of a shared quoted name. */
  namedWeight?: number;
  /** The material's template: its notice's wording is generic for the two-character words. */
  template?: Template;
  matcher?: ConceptMatcher;
}

export interface Weights {
  problemHead: number;
  problemBody: number;
  measureHead: number;
  measureBody: number;
  /** Factor for loose forms (学习, 群众, 改革 …). */
  loose: number;
}

export const DEFAULT_WEIGHTS: Weights = { problemHead: 1, problemBody: 0.4, measureHead: 1, measureBody: 0.7, loose: 0.6 };

export const DEFAULT_OPTIONS = {
  method: 'concepts' as LinkMethod,
  strong: 0.6,
  weak: 0.3,
  bigramFactor: 1,
  coveredShare: 0.5,
  postingCap: 16,
  requireHeadConcept: true,
  claimedContext: true,
  phrases: true,
  phraseWeight: 0.15,
  phraseStrongChars: 6,
  phraseMinChars: MIN_PHRASE,
  phraseHeadMinChars: MIN_HEAD_PHRASE,
  phraseHeadScore: 0.5,
  termMinChars: 3,
  termWeight: 0.3,
  termHeadScore: 0.4,
  termsAlone: 2,
  termStrongChars: 6,
  sharedWords: true,
  wordMaxMeasures: 2,
  exampleWords: true,
  countedThings: true,
  namedThings: true,
  namedWeight: 0.6,
  relatedFactor: 0.5,
  relatedPoint: true,
  relatedBoostOnly: true,
  coveredNeedsSubstance: true,
  substantialChars: 100,
  actionsListed: 2,
  bindingRule: true,
  slogansAnswerNothing: true,
  orphanConcepts: true,
};

/**
 * The one empty list every link that misses nothing (or reads no point) shares as its `missing`
 * (and `point`): frozen, so no link can add to another's. Read-only, as every link's lists are.
 */
export const NO_WORDS: string[] = Object.freeze([]) as unknown as string[];

export interface ProblemLink {
  /** Index into `outline.aspects`. */
  aspectIndex: number;
  /** Template aspect number, or null for a section outside the template. */
  aspect: number | null;
  /** 1-based position of the item within its aspect. */
  item: number;
  paragraph: number;
  /** The problem's heading sentence. */
  head: string;
  /** Best answering measure (index into `outline.measures`), or null. */
  measure: number | null;
  /** Every measure that answers it at least weakly, best first. */
  measures: number[];
  score: number;
  strength: Strength;
  /** What the problem and its best measure share: concept labels (and bigrams for that method). */
  evidence: string[];
  /**
   * For a weak link: what the problem's heading sentence names (lexicon concepts, as written there)
   * that its best measure does not, i.e. the point the answer leaves out. Empty for other
   * strengths, when the heading names no concept, or when the measure names them all.
   */
  missing: string[];
  /** For a weak link: every concept the heading sentence names, as written there (its point as the lexicon reads it). */
  point: string[];
  /** An unfilled skeleton item (……): the link rules leave it to the placeholder rule. */
  placeholder: boolean;
  /**
   * No measure answers it, it is no placeholder, and the material has measures: the one test
   * behind both the uncovered-problem finding and the pane's "N 条问题未见对应措施".
   */
  unanswered: boolean;
  /** Unanswered, yet a measure without concrete actions speaks to it (a slogan naming its point). */
  sloganOnly?: true;
}

export interface AspectCoverage {
  aspectIndex: number;
  aspect: number | null;
  paragraph: number;
  heading: string;
  coverage: Coverage;
  problems: number;
  strong: number;
  weak: number;
  /**
   * Problems answered strongly, but only by a measure that is no more than a slogan (no commitment,
   * short, one action): why an aspect with strong links can still be 'weak'.
   */
  slogans: number;
  /**
   * Problems no measure answers that only slogans speak to (a measure naming the aspect's theme and
   * nothing of the problem): why an aspect with no answer at all can be 'weak' rather than 'uncovered'.
   */
  sloganSpoken: number;
  /** The problems part's problems listed with no aspect headings (AspectNode.unsectioned). */
  unsectioned?: true;
}

export interface MeasureLink {
  index: number;
  paragraph: number;
  head: string;
  concrete: boolean;
  concreteness: Concreteness;
  /** Problems this measure answers at least weakly, or speaks to only as a slogan (their indexes in `links`). */
  answers: number[];
  /** An unfilled skeleton item (……). */
  placeholder: boolean;
  /**
   * Written in part, with an ellipsis left to fill (ellipsisBlanksIn: "…方案，……"): not concrete
   * whatever it already commits to; the placeholder rule reports it, not vague-measure.
   */
  unfinished?: true;
  /**
   * It answers no problem but a gap the 反面典型案例剖析 part finds in the writer (case-gaps.ts):
   * no orphan.
   */
  caseGap?: true;
}

export interface LinkResult {
  links: ProblemLink[];
  aspects: AspectCoverage[];
  measures: MeasureLink[];
  /**
   * The gap the 反面典型案例剖析 part finds in the writer (case-gaps.ts caseGapText), when it finds
   * one and problems were linked: `unanswered`, the gap's clauses (caseGapClauses) no measure
   * (not a placeholder) acts on (answersCaseGap; a numbered item's detail counts: caseGapItems),
   * none when a measure takes the case itself up
   * (CASE_MEASURE: 以案促改, 警示教育 …). Absent otherwise.
   */
  caseGap?: { unanswered: string[] };
}

/** A measure that takes the case itself up: 以案促改, 以案为鉴, 警示教育, 典型案例, 反面典型. */
const CASE_MEASURE = /以案[促为示明]|警示教育|典型案例|反面典型|案例警示/;

/**
 * What an item names: a weight per concept (by where it occurs), the concepts in the order first
 * seen, and which of them its heading sentence names. The weights are a view into one array per
 * analysis (measures) or a scratch array reused from problem to problem (problems).
 */
interface Profile {
  weight: Float64Array;
  order: number[];
  head: number[];
  /** Institutions named (matcher.institutions indexes), anywhere and in the heading sentence. */
  institutions: number[];
  headInstitutions: number[];
  /**
   * Concepts with institutions (ConceptMatcher.hasInstitutions) named by a form that names none:
   * `general` by a clear form anywhere, `headGeneral` by any form in the heading sentence; other
   * concepts are not listed. A loose form (履职, 担当) only hints at the concept: a measure hinting
   * at it does not answer a problem about one of its institutions ("容错纠错机制落地不够" /
   * "建立乡镇党委书记履职档案"), while a heading sentence naming the concept at all is about more
   * than one institution.
   */
  general: number[];
  headGeneral: number[];
}

/**
 * The list an empty profile starts its four institution lists with, shared by every profile and
 * never pushed to (addOnceTo gives a profile a list of its own on its first entry): most items
 * name no institution, and a measure of a long 整改清单 held four empty arrays a profile, twice
 * (issue 13: 26k table rows a MB).
 */
const NO_LIST: number[] = [];

/** An empty profile over `weight` (all zeros). */
function emptyProfile(weight: Float64Array): Profile {
  return { weight, order: [], head: [], institutions: NO_LIST, headInstitutions: NO_LIST, general: NO_LIST, headGeneral: NO_LIST };
}

/**
 * A measure's profile as kept while linking: its lists (each of its exact size) and its weights
 * sparse, beside `order` (sparse-profile.ts weightIn): a measure names a few of the lexicon's
 * concepts, and a dense row of all their weights a measure (with a list store of 17 slots for each
 * of `order` and `head`, as push leaves it) cost a 整改清单 of 20k rows a MB some 900 bytes a row
 * (issue 13).
 */
interface MeasureProfile {
  order: number[];
  /** `weights[k]`: the weight of concept `order[k]`. */
  weights: number[];
  head: number[];
  institutions: number[];
  headInstitutions: number[];
  general: number[];
  headGeneral: number[];
}

/** The shared empty list of a kept profile with no concept (never written to). */
const NO_CONCEPTS: number[] = [];

/**
 * `p` (a scratch profile conceptProfile filled) as a measure keeps it: each list at its exact size,
 * the weights of `order` read out of the dense row, and each list one of `lists` — the lists kept
 * so far by what they hold, shared by every profile holding the same (they are never written to
 * once kept): measures name a few of some 50 concepts, and the rows of a 整改清单 most often the
 * same few. Empty lists are shared ones, and so is a profile holding the same lists as one kept
 * before (`profiles`, by its lists).
 */
function keptProfile(p: Profile, lists: Map<string, number[]>, profiles: Map<string, MeasureProfile>): MeasureProfile {
  let whole = '';
  const kept = (x: readonly number[], kind: string, empty: number[]) => {
    whole += '|';
    if (x.length === 0) return empty;
    const key = kind + x.join(',');
    whole += key;
    let found = lists.get(key);
    if (!found) lists.set(key, (found = exactList(x, empty)));
    return found;
  };
  const order = kept(p.order, '', NO_CONCEPTS);
  const profile: MeasureProfile = {
    order,
    // Weights as their shortest round-trip text: equal keys, equal numbers.
    weights: kept(sparseWeights(order, p.weight), 'w', NO_CONCEPTS),
    head: kept(p.head, '', NO_CONCEPTS),
    institutions: kept(p.institutions, 'i', NO_LIST),
    headInstitutions: kept(p.headInstitutions, 'i', NO_LIST),
    general: kept(p.general, '', NO_LIST),
    headGeneral: kept(p.headGeneral, '', NO_LIST),
  };
  // A profile holding the same lists as one kept before is that one (`profiles`, by its lists).
  const found = profiles.get(whole);
  if (found) return found;
  profiles.set(whole, profile);
  return profile;
}

/** Empties a scratch profile for the next item: its weights back to zeros, its lists emptied (kept, not reallocated). */
function resetProfile(p: Profile): Profile {
  for (const c of p.order) p.weight[c] = 0;
  for (const c of p.head) p.weight[c] = 0;
  clearList(p.order);
  clearList(p.head);
  clearList(p.institutions);
  clearList(p.headInstitutions);
  clearList(p.general);
  clearList(p.headGeneral);
  return p;
}

/** Adds `x` to the profile's list `key` unless it holds it (a list of its own on the first entry). */
function addOnceTo(p: Profile, key: 'institutions' | 'headInstitutions' | 'general' | 'headGeneral', x: number): void {
  const list = p[key];
  if (list === NO_LIST) p[key] = [x];
  else if (!list.includes(x)) list.push(x);
}

/** Whether a profile and a kept one name the same concepts with the same weights and the same institutions. */
function sameProfile(a: Profile, b: MeasureProfile): boolean {
  const same = (x: number[], y: number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    same(a.order, b.order) &&
    same(a.head, b.head) &&
    a.order.every((c, k) => a.weight[c] === b.weights[k]) &&
    same(a.institutions, b.institutions) &&
    same(a.headInstitutions, b.headInstitutions) &&
    same(a.general, b.general) &&
    same(a.headGeneral, b.headGeneral)
  );
}

/** Scratch for conceptProfile, kept between calls. */
let seenBody = new Uint8Array(0);
let seenHead = new Uint8Array(0);

/**
 * What the form visitor of conceptProfile's heading scan (a heading sentence its body does not
 * start with) writes to: module state rather than a closure per item (conceptProfile is not
 * re-entrant).
 */
let visitHead: number[] = [];
let visitProfile: Profile = emptyProfile(new Float64Array(0));
/** The matcher's ConceptMatcher.hasInstitutions. */
let visitInstitutional: Uint8Array = new Uint8Array(0);

/** Adds `x` to `list` unless it holds it. */
function addOnce(list: number[], x: number): void {
  if (!list.includes(x)) list.push(x);
}

/** Per concept: 0 unseen, 1 only loose forms, 2 a strong form; `list` gets each concept once. */
function mark(seen: Uint8Array, list: number[], c: number, loose: boolean): void {
  if (seen[c] === 0) list.push(c);
  if (seen[c] < (loose ? 1 : 2)) seen[c] = loose ? 1 : 2;
}

function visitHeadForm(c: number, loose: boolean, _start: number, institution: number): void {
  mark(seenHead, visitHead, c, loose);
  if (institution >= 0) addOnceTo(visitProfile, 'headInstitutions', institution);
  else if (visitInstitutional[c] === 1) addOnceTo(visitProfile, 'headGeneral', c);
}

/**
 * The concept profile of an item, written into `out` (whose `weight` is all zeros and whose lists
 * are empty): a concept in the body weighs `bodyWeight`, in the heading sentence `headWeight` (the
 * larger wins), times `loose` when only loose forms of it occur there. One pass over the body when
 * it starts with the heading sentence.
 */
function conceptProfile(matcher: ConceptMatcher, headText: string, body: string, headWeight: number, bodyWeight: number, loose: number, out: Profile): Profile {
  const n = matcher.concepts.length;
  // Per concept: 0 unseen, 1 only loose forms, 2 a strong form; in the body and in the heading.
  // Scratch shared between calls, cleared through the lists of what was marked.
  if (seenBody.length < n) {
    seenBody = new Uint8Array(n);
    seenHead = new Uint8Array(n);
  }
  const inBody = seenBody;
  const inHead = seenHead;
  const { order, head, weight } = out;
  const split = headText && body.startsWith(headText) ? headText.length : -1;
  // The matcher's scan (ConceptMatcher.forms) written out here: no call where no form may start,
  // none a form found (this runs over every problem and measure of every material).
  const { mayStart, formConcept, formLoose, formInstitution, formLength } = matcher;
  const institutional = matcher.hasInstitutions;
  for (let i = 0, n = body.length; i < n; ) {
    const f = mayStart[body.charCodeAt(i)] === 0 ? -1 : matcher.longestForm(body, i, n);
    if (f < 0) {
      i++;
      continue;
    }
    const c = formConcept[f];
    const isLoose = formLoose[f] === 1;
    const institution = formInstitution[f];
    mark(inBody, order, c, isLoose);
    if (institution >= 0) addOnceTo(out, 'institutions', institution);
    else if (institutional[c] === 1 && !isLoose) addOnceTo(out, 'general', c);
    if (i < split) {
      mark(inHead, head, c, isLoose);
      if (institution >= 0) addOnceTo(out, 'headInstitutions', institution);
      else if (institutional[c] === 1) addOnceTo(out, 'headGeneral', c);
    }
    i += formLength[f];
  }
  if (split < 0 && headText) {
    visitHead = head;
    visitProfile = out;
    visitInstitutional = institutional;
    matcher.forms(headText, visitHeadForm);
  }
  for (const c of order) weight[c] = bodyWeight * (inBody[c] === 1 ? loose : 1);
  for (const c of head) {
    const x = headWeight * (inHead[c] === 1 ? loose : 1);
    if (x > weight[c]) {
      if (inBody[c] === 0) order.push(c);
      weight[c] = x;
    }
  }
  for (const c of order) inBody[c] = 0;
  for (const c of head) inHead[c] = 0;
  return out;
}

/** Posting lists: heaviest first, then in measure order. */
const byWeight = (a: number, b: number) => weightIn(postingProfiles[b], postingConcept) - weightIn(postingProfiles[a], postingConcept) || a - b;
/** Sorts a posting list (keyed segment × 4096 + concept, or by concept) by byWeight. */
const sortPostings = (list: number[], key: number) => {
  postingConcept = key % 4096;
  sortInPlace(list, byWeight);
};
/** What byWeight reads: the measures' profiles and the list's concept. */
const NO_PROFILES: MeasureProfile[] = [];
let postingProfiles: MeasureProfile[] = NO_PROFILES;
let postingConcept = 0;


/** Does the profile name concept `c` at all? */
const names = (p: { order: readonly number[] }, c: number) => p.order.includes(c);

/** What namesConcept's visitor sets (module state: no closure a call). */
let formFound = false;
const foundForm = () => {
  formFound = true;
};

/** Does `text` hold a form of a lexicon concept (then the concept counts it, not the term again)? */
function namesConcept(matcher: ConceptMatcher, text: string): boolean {
  formFound = false;
  matcher.forms(text, foundForm);
  return formFound;
}

/** The terms of a shared entry no lexicon concept names and `drop` keeps (a new array, or NO_TERMS when none is left). */
function termsNoConceptNames(matcher: ConceptMatcher, list: readonly string[] | undefined, drop?: (term: string) => boolean): string[] {
  let out = NO_TERMS;
  if (list) for (const x of list) if (!namesConcept(matcher, x) && !drop?.(x)) (out === NO_TERMS ? (out = []) : out).push(x);
  return out;
}

/** A shared term that names no thing: a body's name (organs.ts) or shortfall wording (shortfall.ts). */
const noThing = (term: string) => isOrganName(term) || shortfallOnly(term);

/**
 * A material's candidate measures for the two-character words and named things (placeholders
 * left out) with their bodies, its problems and causes (`rest`), the measures' windows, and an
 * index from namedKeys to measures (made on first use).
 */
interface WordMaterial {
  measures: number[];
  bodies: string[];
  rest: string[];
  /** How many of `rest` are problems (the first ones; causes follow). */
  problems: number;
  grams: WindowSet;
  named: Map<string, number[]> | undefined;
  /** The bodies with ASCII digits (named-things.ts asciiDigits), made on first use. */
  digits?: string[];
}

/** Measures a material may have for namedThings to search each for a problem's keys rather than index them. */
const NAMED_SCAN = 64;

/** A character that ends a sentence of a problem's body (its example sentences are read one by one). */
const SENTENCE_STOP = /[。；;！？!?\n]/;

/** A shared phrase of time and completion (9月底前完成, 年底前): the frame of a deadline, no thing. */
const TIME_FRAME = /[年月日周]|季度|底前|完成|以前|之前/;

/** What ends a clause (a figure counts a word of its own clause only). */
const CLAUSE_STOP = /[，,。；;：:！？!?、\n]/;

/** Does some clause of `text` holding `word` hold a digit too (a count of it, a target for it)? Pure. */
function countedClause(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let from = at;
    while (from > 0 && !CLAUSE_STOP.test(text[from - 1])) from--;
    let to = at + word.length;
    while (to < text.length && !CLAUSE_STOP.test(text[to])) to++;
    if (HAS_DIGIT.test(text.slice(from, to))) return true;
  }
  return false;
}

/** The object a problem names after 对 (对基层所的监督偏软: 基层所), up to 的 or a comma. */
const TARGET = /对([\u4e00-\u9fa5]{3,8}?)(?:的|[，,])/g;

/** Ascending numbers. */
const byIndex = (a: number, b: number) => a - b;

/** A digit, a quotation mark: what named-things.ts reads (a problem with neither is not read). */
const HAS_DIGIT = /[0-9０-９]/;
const HAS_QUOTE = /[“「"]/;
/** Two Latin letters side by side: a text that may write a name so (PM2.5, COD; named-things.ts latinNames). */
const HAS_LATIN = /[A-Za-z]{2}/;

/** Does some text of `rest` but rest[self] hold `word`? */
function heldElsewhere(rest: readonly string[], self: number, word: string): boolean {
  for (let k = 0; k < rest.length; k++) if (k !== self && rest[k].includes(word)) return true;
  return false;
}

/**
 * Does some text of `rest` but rest[self] write `name` in quotation marks, as a name? Another
 * problem mentioning the thing in passing (its example: "某小区办证难的舆情") does not make a name
 * the problem and a measure both quote (“办证难”遗留问题 / 23个“办证难”项目) any less theirs.
 */
function quotedElsewhere(rest: readonly string[], self: number, name: string): boolean {
  for (let k = 0; k < rest.length; k++) if (k !== self && rest[k].includes(name) && quotes(rest[k], name)) return true;
  return false;
}

/** No terms (shared, never written to). */
const NO_TERMS: string[] = [];

/**
 * `h` without the phrases `drop` holds: their characters no longer counted, and a phrase from the
 * heading sentence only if one kept stands in `head`. A new object; `h` is not changed.
 */
function withoutPhrases(h: SharedPhrase, drop: (phrase: string) => boolean, head: string): SharedPhrase {
  const phrases = h.phrases.filter((x) => !drop(x));
  let chars = 0;
  for (const x of phrases) chars += x.length;
  return { ...h, phrases, chars, head: h.head && phrases.some((x) => head.includes(x)) };
}

/** Characters of the shared terms of a measure. */
function termChars(h: SharedPhrase | undefined): number {
  let n = 0;
  for (const t of h?.terms ?? []) n += t.length;
  return n;
}

/** How many concepts two profiles both name. */
function sharedConcepts(a: Profile, b: MeasureProfile): number {
  let n = 0;
  for (const c of a.order) if (weightIn(b, c) > 0) n++;
  return n;
}

/**
 * Link every problem of the outline to the measures that answer it. Pure (word boundaries found for
 * a window of text are kept for the process, words.ts: a sentence copied into several problems, or
 * met again in another material, is segmented once).
 */
export function linkOutline(outline: Outline, _template?: Template, options: LinkOptions = {}): LinkResult {
  const opt = { ...DEFAULT_OPTIONS, ...options };
  const w: Weights = { ...DEFAULT_WEIGHTS, ...(options.weights ?? {}) };
  const matcher = options.matcher ?? lexiconMatcher();
  const useConcepts = opt.method !== 'bigrams';
  const useBigrams = opt.method !== 'concepts';

  const measureNodes = outline.measures;
  // What is read of the outline's nodes, read once into plain values: outline nodes come in many
  // shapes (a part's body is an accessor), and the loops below that read them directly were
  // deoptimised and recompiled whenever a new shape came by (a large function: costly each time).
  const measureBodies = measureNodes.map((m) => m.body);
  const measureHeads = measureNodes.map((m) => headOf(m));
  /**
   * The measures' concreteness by what it holds (its evidence, kinds and texts): one object for
   * every measure making the same commitments, as no one writes to it once made (the rows of a
   * 整改清单 most often commit to the same few: 每月, 年底前; issue 13: four objects a row).
   */
  const concretenessKept = new Map<string, Concreteness>();
  const keptConcreteness = (c: Concreteness): Concreteness => {
    const key = c.evidence.map((e) => `${e.kind}\u0000${e.text}`).join('\u0001');
    const found = concretenessKept.get(key);
    if (found) return found;
    concretenessKept.set(key, c);
    return c;
  };
  const measures: MeasureLink[] = measureNodes.map((m, i) => {
    // A date broken over a line (2026年↵底前完成: a manual line break, a PDF line kept) read whole,
    // as the 整改清单 reads it (wrapped-values.ts): else its deadline went unseen.
    const own = measureConcreteness(unwrapDates(measureBodies[i]));
    // An item of a group of measures reads its group's heading as its context: "（一）每月集中学习1次"
    // above "1.深入学习党章" makes the item concrete, as it was when the group was one measure.
    const concreteness = keptConcreteness(!own.concrete && m.group ? measureConcreteness(`${m.group}\n${measureBodies[i]}`) : own);
    const placeholder = isPlaceholder(measureBodies[i]);
    // Written in part and left with an ellipsis ("2024年8月底前制定…方案，……"): what it commits to is
    // not all written, so it is not rated concrete; it still answers what it names.
    const unfinished = !placeholder && ellipsisBlanksIn(measureBodies[i]).length > 0;
    // A placeholder's writing hint ("写明…时限和责任人") is no commitment.
    return {
      index: i,
      paragraph: m.paragraph,
      head: measureHeads[i],
      concrete: concreteness.concrete && !placeholder && !unfinished,
      concreteness,
      answers: [],
      placeholder,
      ...(unfinished ? { unfinished: true as const } : {}),
    };
  });

  // Per aspect, the indexes of the measures written under it (AspectNode.measures), if any.
  const ownMeasures = outline.aspects.map((a) => {
    if (!a.measures?.length) return undefined;
    const at = a.measures.map((m) => measureNodes.indexOf(m)).filter((i) => i >= 0 && !measures[i].placeholder);
    return at.length ? at : undefined;
  });

  // Problems, flattened in document order.
  // `head`: what the problem is about, its heading sentence without an instance run into it
  // (pointOf); `written`: the heading sentence as written (shown, ProblemLink.head).
  const problems: { aspectIndex: number; aspect: number | null; item: number; body: string; paragraph: number; head: string; written: string }[] = [];
  outline.aspects.forEach((a, ai) => {
    a.problems.forEach((node, k) => {
      const written = headOf(node);
      problems.push({ aspectIndex: ai, aspect: a.aspect, item: k + 1, body: node.body, paragraph: node.paragraph, head: pointOf(written, matcher), written });
    });
  });

  // A file can hold several materials one after another (problems, causes, measures, then again):
  // problems are answered by the measures of their own material, i.e. the measures before the next
  // problems part. A material with no measures of its own is compared with all measures.
  const problemStarts = outline.parts.filter((p) => p.role === 'problems').map((p) => p.node.paragraph).sort((a, b) => a - b);
  const segmentOf = (paragraph: number) => Math.max(0, upperBound(problemStarts, paragraph) - 1);
  const measureSegment = measureNodes.map((m) => segmentOf(m.paragraph));
  const segmentHasMeasures = new Set(measureSegment);
  const ALL = -1;
  const problemSegment = problems.map((p) => {
    const k = segmentOf(p.paragraph);
    return segmentHasMeasures.has(k) ? k : ALL;
  });
  const postingKey = (segment: number, concept: number) => segment * 4096 + concept;

  // Specific phrases each problem shares with the measures of its own material, a material at a
  // time: how common a phrase is must be judged within one material, not across a file of many.
  const phraseHits: SharedPhrase[][] = problems.map(() => []);
  if (opt.phrases) {
    const bySegment = groupBy(problems.map((_, pi) => pi), (pi) => problemSegment[pi]);
    const measuresOf = groupBy(measureNodes.map((_, m) => m), (m) => measureSegment[m]);
    const causesOf = groupBy(outline.causes, (c) => segmentOf(c.paragraph));
    for (const [seg, own] of bySegment) {
      const ms = seg === ALL ? measureNodes.map((_, m) => m) : (measuresOf.get(seg) ?? []);
      const cs = seg === ALL ? outline.causes : (causesOf.get(seg) ?? []);
      const found = sharedPhrases(
        own.map((pi) => problems[pi].body),
        ms.map((m) => measureBodies[m]),
        cs.map((c) => c.body),
        {
          minChars: opt.phraseMinChars,
          headLengths: own.map((pi) => (problems[pi].body.startsWith(problems[pi].head) ? problems[pi].head.length : 0)),
          headMinChars: opt.phraseHeadMinChars,
          termMinChars: opt.termMinChars,
          // A term a concept names is counted through the concept (and needs no word boundaries).
          skipTermAt: (t, a, b) => matcher.hasFormIn(t, a, b),
        },
      );
      // Measure indexes of the material's list → indexes into outline.measures (the hits are fresh objects).
      own.forEach((pi, k) => {
        for (const h of found[k]) h.measure = ms[h.measure];
        phraseHits[pi] = found[k];
      });
    }
  }

  // Concept profiles and the inverted index over measures (per material, and over all when some
  // problem's material has no measures of its own: only those problems read it).
  // Posting lists hold measure indexes; a measure's weight for concept c is weightIn(measureProfiles[m], c).
  const allPostings = new Map<number, number[]>();
  const needAll = problemSegment.includes(ALL);
  const measureProfiles: MeasureProfile[] = [];
  /**
   * The profile the institution checks read (sameInstitution, otherInstitution): a measure's own.
   * A table row's is that of its own cells (OutlineNode.rowOwn): the row's problem cell says which
   * problem it answers, and its concepts count for the link like any (measureProfiles), but an
   * institution or a general form of a concept named only there is not one the measure names
   * ("三会一课" is not answered by a row "严格执行民主生活会制度" beside "党内政治生活质量不高").
   */
  const ownProfiles: MeasureProfile[] = [];
  const postings = new Map<number, number[]>();
  if (useConcepts) {
    // Each measure is profiled into one scratch profile (dense weights, emptied after each) and
    // kept sparse (keptProfile): no dense row a measure.
    const nc = matcher.concepts.length;
    const measureScratch = emptyProfile(new Float64Array(nc));
    /** The profile a table row's own cells are read into, kept only when it differs from the row's (emptied after each). */
    const ownScratch = emptyProfile(new Float64Array(nc));
    /** The lists the kept profiles hold, by what they hold (keptProfile). */
    const keptLists = new Map<string, number[]>();
    const keptProfiles = new Map<string, MeasureProfile>();
    measureNodes.forEach((_, i) => {
      const out = resetProfile(measureScratch);
      // The topics it promises to study are not what it promises to do (study-topics.ts).
      // Nor is its owner (由干部监督科负责: who, not what).
      const body = maskOwners(maskStudyTopics(measureBodies[i]));
      const rawHead = measureHeads[i];
      const head = body === measureBodies[i] ? rawHead : measureBodies[i].startsWith(rawHead) ? body.slice(0, rawHead.length) : maskOwners(maskStudyTopics(rawHead));
      const p = keptProfile(conceptProfile(matcher, head, body, w.measureHead, w.measureBody, w.loose, out), keptLists, keptProfiles);
      measureProfiles.push(p);
      const own = measureNodes[i].rowOwn;
      if (own === undefined) ownProfiles.push(p);
      else {
        // A row's own cells most often name what the whole row names: then it is the same profile,
        // not a second one (a profile of its own, issue 13: a 整改清单 of 26k rows a MB).
        const mine = conceptProfile(matcher, head, body.slice(0, own), w.measureHead, w.measureBody, w.loose, resetProfile(ownScratch));
        ownProfiles.push(sameProfile(mine, p) ? p : keptProfile(mine, keptLists, keptProfiles));
      }
      for (const c of p.order) {
        const key = postingKey(measureSegment[i], c);
        let own = postings.get(key);
        if (!own) postings.set(key, (own = []));
        own.push(i);
        if (!needAll) continue;
        let all = allPostings.get(c);
        if (!all) allPostings.set(c, (all = []));
        all.push(i);
      }
    });
    postingProfiles = measureProfiles;
    postings.forEach(sortPostings);
    allPostings.forEach(sortPostings);
    postingProfiles = NO_PROFILES;
  }

  // Bigram vectors over problems and measures together (df across the document's items).
  let problemVectors: Vector[] = [];
  let measureVectors: Vector[] = [];
  const gramPostings = new Map<string, { measure: number; weight: number }[]>();
  if (useBigrams) {
    const vectors = tfidfVectors([
      ...problems.map((p) => ({ body: p.body, head: p.head })),
      ...measureNodes.map((_, i) => ({ body: measureBodies[i], head: measureHeads[i] })),
    ]);
    problemVectors = vectors.slice(0, problems.length);
    measureVectors = vectors.slice(problems.length);
    measureVectors.forEach((v, i) => {
      for (const [g, weight] of v) {
        let list = gramPostings.get(g);
        if (!list) gramPostings.set(g, (list = []));
        if (list.length < opt.postingCap) list.push({ measure: i, weight });
      }
    });
  }

  // Scores of one problem against the measures: a scratch array reset through the touched list.
  const scratch = new Float64Array(measureNodes.length);
  const touched: number[] = [];
  const bump = (m: number, x: number) => {
    if (scratch[m] === 0) touched.push(m);
    scratch[m] += x;
  };

  /**
   * A measure text that is more than a slogan: a commitment (`concrete`), substance at length,
   * several actions listed, or a rule it binds itself to (LinkOptions).
   */
  const moreThanSlogan = (text: string, concrete: boolean): boolean =>
    concrete || text.length >= opt.substantialChars || (opt.actionsListed > 0 && listedActions(text) >= opt.actionsListed) || (!!opt.bindingRule && BINDING_RULE.test(text));
  const substantive = measures.map((m, i) => moreThanSlogan(measureBodies[i], m.concrete));
  // Problems answered only by slogans (see slogansAnswerNothing), by index in `problems`.
  const sloganOnly = problems.map(() => false);
  // Per problem: concepts related to those its heading sentence names (and it does not name), with their weight.
  // In the order first named, with their weights by concept (0: not related); emptied per problem.
  const related: number[] = [];
  const relatedWeight = new Float64Array(matcher.concepts.length);
  /** Measure m promises concept c: a clear (not loose) form of it in its heading sentence. */
  const promises = (m: number, c: number) => weightIn(measureProfiles[m], c) >= w.measureHead && measureProfiles[m].head.includes(c);
  const promisesRelated = (m: number) => {
    for (const r of related) if (promises(m, r) && measureWeight(m, r) > 0) return true;
    return false;
  };
  /**
   * A strong answer names what the problem is about: a concept of its heading sentence. Shared
   * details of the bodies alone make at most a weak link. (Bigrams alone: the score decides.)
   * So does a specific phrase or term from its heading sentence, or a long one (its example,
   * answered by name), or terms long enough together.
   */
  const answersPoint = (pProfile: Profile | undefined, m: number) => {
    if (!pProfile || !opt.requireHeadConcept) return true;
    const mp = measureProfiles[m];
    for (const c of pProfile.head) if (names(mp, c) && !otherInstitution(c, m) && measureWeight(m, c) > 0) return true;
    if (sameInstitution(m) === 2) return true;
    const shared = phraseOf[m];
    return (
      (opt.relatedPoint && promisesRelated(m)) ||
      shared?.head === true ||
      counted[m] === 1 ||
      shared?.termHead === true ||
      (shared?.chars ?? 0) >= opt.phraseStrongChars ||
      (opt.termStrongChars > 0 && termChars(shared) >= opt.termStrongChars)
    );
  };
  // What one problem shares with each measure by phrases and terms, as counted (emptied after each
  // problem through its hits): a Map a problem before.
  const phraseOf: (SharedPhrase | undefined)[] = measureNodes.map(() => undefined);
  /** Per measure, for one problem: 1 when it names the problem's counted thing (countedThing), cleared with phraseOf. */
  const counted = new Uint8Array(measureNodes.length);
  // The problem's profile: one scratch profile, emptied after each problem through its order list.
  const problemProfile = emptyProfile(new Float64Array(matcher.concepts.length));
  /**
   * Per concept: 1 when the problem's heading sentence names it only through institutions (请示报告
   * for 纪律规矩): its point is that institution. Set per problem, cleared through `pointConcepts`.
   */
  const institutionPoint = new Uint8Array(matcher.concepts.length);
  const pointConcepts: number[] = [];
  /**
   * Does measure m name concept c (an institution point of the problem) only through other
   * institutions (谈心谈话 for a problem about 三会一课)? Then it does not answer that point.
   */
  const otherInstitution = (c: number, m: number) => {
    if (institutionPoint[c] === 0) return false;
    const mp = ownProfiles[m];
    if (mp.general.includes(c)) return false;
    for (const i of mp.institutions) if (matcher.institutions[i].concept === c && problemProfile.headInstitutions.includes(i)) return false;
    return true;
  };
  /**
   * Does measure m name an institution the problem names: 2 one of its heading sentence, 1 one of
   * its body only, 0 none. Naming the same institution is specific, however short the measure
   * ("严格落实请示报告制度" answers "请示报告不够及时").
   */
  const sameInstitution = (m: number) => {
    let found = 0;
    for (const i of ownProfiles[m].institutions) {
      if (problemProfile.headInstitutions.includes(i)) return 2;
      if (problemProfile.institutions.includes(i) && !otherPointInstitution(i)) found = 1;
    }
    return found;
  };
  /**
   * Is institution i another than the one the problem's heading sentence names for i's concept
   * (组织生活会 in the body of a problem about 批评与自我批评)? It is then where the problem
   * happens, not what it is about: sharing it answers nothing.
   */
  const otherPointInstitution = (i: number) => institutionPoint[matcher.institutions[i].concept] === 1 && !problemProfile.headInstitutions.includes(i);
  /** What otherInstitutionIn's visitor sets (one function for every call, not a closure each). */
  let namesOther = false;
  const visitOther = (_c: number, _loose: boolean, _start: number, i: number) => {
    if (i >= 0 && otherPointInstitution(i)) namesOther = true;
  };
  /** Does `text` (a shared phrase) name an institution other than the problem's point (otherPointInstitution)? */
  const otherInstitutionIn = (text: string) => {
    namesOther = false;
    matcher.forms(text, visitOther);
    return namesOther;
  };
  // The material of each problem for the two-character words (sharedWords): its candidate
  // measures (placeholders answer nothing) and their windows, its problems and causes (`rest`)
  // and each problem's place there; made on first use.
  const template = options.template ?? _template;
  let wordMaterials: Map<number, WordMaterial> | undefined;
  let wordSelf: Int32Array | undefined;
  /** The material of problem `pi` (wordMaterials, made on first use). */
  const wordMaterial = (pi: number) => {
    if (!wordMaterials || !wordSelf) {
      const materials = new Map<number, WordMaterial>();
      const self = new Int32Array(problems.length);
      problems.forEach((p, k) => {
        const seg = problemSegment[k];
        let entry = materials.get(seg);
        if (!entry) {
          const ms = measureNodes.map((_, m) => m).filter((m) => (seg === ALL || measureSegment[m] === seg) && !measures[m].placeholder);
          const bodies = ms.map((m) => measureBodies[m]);
          materials.set(seg, (entry = { measures: ms, bodies, rest: [], problems: 0, grams: new WindowSet(bodies), named: undefined }));
        }
        self[k] = entry.rest.length;
        entry.rest.push(p.body);
        entry.problems++;
      });
      for (const c of outline.causes) {
        const k = segmentOf(c.paragraph);
        materials.get(k)?.rest.push(c.body);
        // A material without measures of its own reads every cause.
        if (k !== ALL) materials.get(ALL)?.rest.push(c.body);
      }
      wordMaterials = materials;
      wordSelf = self;
    }
    return wordMaterials.get(problemSegment[pi])!;
  };
  const wordAnswers = (pi: number): SharedWords[] => {
    const own = wordMaterial(pi);
    const found = sharedWords(problems[pi].head, own.bodies, own.rest, { maxMeasures: opt.wordMaxMeasures, template, grams: own.grams, self: wordSelf![pi] });
    for (const x of found) x.measure = own.measures[x.measure];
    if (found.length === 0 && opt.namedThings) splitPairs(pi, own, found);
    if (found.length === 0 && opt.namedThings) targetAnswers(pi, own, found);
    if (found.length === 0 && opt.exampleWords) exampleAnswers(pi, own, found);
    return found;
  };
  /**
   * The measures acting on the object problem pi's heading sentence names after 对 ("对基层所的监督
   * 偏软" / "对基层所每半年开展一次交叉检查"), into `out` as shared words: the same 对X, X of three to
   * eight characters that no concept names and no body's name is, that no other problem or cause
   * writes after 对 and at most wordMaxMeasures measures do. The problem's subject, as written.
   */
  const targetAnswers = (pi: number, own: WordMaterial, out: SharedWords[]) => {
    const head = problems[pi].head;
    if (head.indexOf('对') < 0) return;
    TARGET.lastIndex = 0;
    for (let t = TARGET.exec(head); t; t = TARGET.exec(head)) {
      const x = t[1];
      const key = '对' + x;
      if (namesConcept(matcher, x) || isOrganName(x) || heldElsewhere(own.rest, wordSelf![pi], key)) continue;
      const at = out.length;
      for (let k = 0; k < own.measures.length; k++) if (own.bodies[k].includes(key)) out.push({ measure: own.measures[k], words: [x], at: t.index + 1 });
      if (out.length - at > opt.wordMaxMeasures) out.length = at;
      if (out.length > 0) return;
    }
  };
  /** A sentence of a problem's body giving a concrete instance (patterns.ts hasExample). */
  const isExampleSentence = (sentence: string) => hasExample(sentence);
  /**
   * The measures naming a specific thing of problem pi's example, into `out` as shared words (see
   * LinkOptions.exampleWords): a shared phrase of an example sentence (专项债资金) no
   * concept names, no body's name nor shortfall wording, no other problem or cause writes and at
   * most wordMaxMeasures measures share; else its two-character words (shared-words.ts exampleWords).
   */
  const exampleAnswers = (pi: number, own: WordMaterial, out: SharedWords[]) => {
    const p = problems[pi];
    const aspectHeading = outline.aspects[p.aspectIndex].node.heading;
    const inExample = (x: string) => {
      for (let at = p.body.indexOf(x); at >= 0; at = p.body.indexOf(x, at + 1)) {
        let from = at;
        while (from > 0 && !SENTENCE_STOP.test(p.body[from - 1])) from--;
        let to = at + x.length;
        while (to < p.body.length && !SENTENCE_STOP.test(p.body[to])) to++;
        if (isExampleSentence(p.body.slice(from, to))) return true;
      }
      return false;
    };
    const hits = phraseHits[pi];
    for (const h of hits) {
      if (measures[h.measure].placeholder) continue;
      // Phrases only: a shorter term of the example alone is too often a verb and its object (开展专题).
      for (const x of h.phrases) {
        if (namesConcept(matcher, x) || noThing(x) || TIME_FRAME.test(x) || aspectHeading.includes(x) || !inExample(x)) continue;
        if (heldElsewhere(own.rest, wordSelf![pi], x) || hits.filter((o) => o.phrases.includes(x)).length > opt.wordMaxMeasures) continue;
        out.push({ measure: h.measure, words: [x], at: p.body.indexOf(x) });
        break;
      }
    }
  };
  /**
   * Measures answering nothing that name a specific two-character word of unanswered problem pi's
   * example, or others naming two (shared-words.ts exampleWords; LinkOptions.exampleWords): as
   * shared words, in measure order. `orphan[m]` is 1 for a measure no problem's link reached.
   */
  const orphanExampleWords = (pi: number, orphan: Uint8Array): SharedWords[] => {
    const p = problems[pi];
    const own = wordMaterial(pi);
    const aspectHeading = outline.aspects[p.aspectIndex].node.heading;
    const found = exampleWords(p.body, own.bodies, own.rest, {
      maxMeasures: opt.wordMaxMeasures,
      template,
      grams: own.grams,
      self: wordSelf![pi],
      isExample: isExampleSentence,
      drop: (word) => isOrganName(word) || aspectHeading.includes(word),
      // One other problem may name it too (欠薪 in 政治敏锐性不够强's 对欠薪引发的群体性事件…), no cause.
      elsewhere: (k) => k < own.problems,
    });
    const out: SharedWords[] = [];
    // A measure answering other problems needs two such words (签约 and 开工), as terms do
    // (termsAlone), each counted in both ("签约亿元以上项目11个，开工仅6个" / "签约项目…开工率达到90%").
    for (const x of found) {
      const m = own.measures[x.measure];
      if (orphan[m] === 1 || (x.words.length >= 2 && x.words.every((w) => countedClause(p.body, w) && countedClause(measureBodies[m], w)))) out.push({ ...x, measure: m });
    }
    return out;
  };
  /**
   * The measure answering nothing that names most of what unanswered problem pi names (a concept
   * of its heading sentence or body, at any weight: loosely, in the body only), beyond its
   * aspect's theme, into `out` as shared words (the concepts' labels): one of its own material.
   * A measure no problem's link reached and a problem no measure answers that are about the same
   * thing ("会议多文件多，社区反映台账报表负担重" / "精简社区台账") are each other's, weakly: a
   * reviewer pairs them rather than report a problem unanswered and a measure answering nothing.
   */
  const orphanConcept = (pi: number, orphan: Uint8Array, out: SharedWords[]) => {
    const p = problems[pi];
    const pp = conceptProfile(matcher, p.head, p.body, w.problemHead, w.problemBody, w.loose, emptyProfile(new Float64Array(matcher.concepts.length)));
    const theme = themeOf(p.aspectIndex);
    let best = -1;
    let bestScore = 0;
    for (const m of wordMaterial(pi).measures) {
      if (orphan[m] !== 1) continue;
      let x = 0;
      for (const c of pp.order) if (!theme.includes(c) && !otherInstitutionOf(pp, c, m)) x += pp.weight[c] * weightIn(measureProfiles[m], c);
      if (x > bestScore) {
        bestScore = x;
        best = m;
      }
    }
    if (best < 0) return;
    const words: string[] = [];
    for (const c of pp.order) if (!theme.includes(c) && weightIn(measureProfiles[best], c) > 0) words.push(matcher.concepts[c].label);
    out.push({ measure: best, words, at: 0 });
  };
  /** Does measure m name concept c only through institutions other than those profile pp names (pp names it only so)? */
  const otherInstitutionOf = (pp: Profile, c: number, m: number) => {
    if (matcher.hasInstitutions[c] === 0 || pp.general.includes(c) || pp.headGeneral.includes(c)) return false;
    const mp = ownProfiles[m];
    if (mp.general.includes(c)) return false;
    for (const i of mp.institutions) if (matcher.institutions[i].concept === c && pp.institutions.includes(i)) return false;
    return true;
  };
  /**
   * Does measure m share a phrase or term with the problem in its own text? A table row's 问题
   * cell (past OutlineNode.rowOwn) says which problem the row claims to answer; a phrase shared
   * only there is the writer's claim, not something the row's measure does.
   */
  const ownPhrase = (m: number) => {
    const shared = phraseOf[m];
    if (shared === undefined) return false;
    const own = measureNodes[m].rowOwn;
    if (own === undefined) return true;
    const text = measureBodies[m].slice(0, own);
    for (const x of shared.phrases) if (text.includes(x)) return true;
    for (const x of shared.terms ?? NO_TERMS) if (text.includes(x)) return true;
    return false;
  };
  // The concepts each aspect's own heading, its template title and the meeting's theme words name: its theme. Made on first use.
  const aspectThemes: (number[] | undefined)[] = outline.aspects.map(() => undefined);
  const themeOf = (ai: number) => {
    let theme = aspectThemes[ai];
    if (theme === undefined) {
      const a = outline.aspects[ai];
      const title = a.aspect !== null ? template?.aspects?.find((t) => t.number === a.aspect)?.title : undefined;
      theme = [...matcher.match(a.node.heading).keys()];
      if (title) for (const c of matcher.match(title).keys()) addOnce(theme, c);
      // The meeting's own theme (八项规定精神 in 2025, 党纪学习教育 in 2024) is every aspect's: its clear forms.
      for (const words of template?.themeWords ?? []) for (const [c, hit] of matcher.match(words)) if (!hit.loose) addOnce(theme, c);
      aspectThemes[ai] = theme;
    }
    return theme;
  };
  /**
   * Is measure m no more than a slogan to this problem: no commitment nor substance (`substantive`),
   * no phrase or term of its own shared with it, at most one concept shared (by its own text), no
   * institution, and it does not name the problem's point beyond the aspect's theme? A slogan naming
   * a concept of the problem's heading sentence clearly (not loosely) in its body and in words of its
   * own (namesInOwnWords), where neither its own heading sentence nor the aspect's theme names it,
   * speaks to that point ("改进工作作风。
   * ……减少对基层的检查考核，切实为基层减负" answers "形式主义问题仍有表现"); one naming only the
   * aspect's theme ("严守廉洁底线" for "对廉洁风险的警惕性不够高" under 廉洁自律) answers nothing.
   */
  const isSlogan = (m: number, pp: Profile, ai: number, head: string) => {
    if (substantive[m] || ownPhrase(m) || sameInstitution(m) !== 0) return false;
    const mp = ownProfiles[m];
    if (sharedConcepts(pp, mp) > 1) return false;
    for (const c of pp.head) {
      if (weightIn(mp, c) < w.measureBody || measureProfiles[m].head.includes(c) || themeOf(ai).includes(c)) continue;
      if (namesInOwnWords(m, c, head)) return false;
    }
    return true;
  };
  /**
   * Does measure m name concept c by a clear form its own text holds and the problem's heading
   * sentence `head` does not? "加强对分管科室和学校的监督" only turns "日常监督偏软" round (加强 +
   * the problem's word); "减少对基层的检查考核" names 形式主义 by what it will do.
   */
  const namesInOwnWords = (m: number, c: number, head: string) => {
    const own = measureNodes[m].rowOwn;
    const text = maskStudyTopics(own === undefined ? measureBodies[m] : measureBodies[m].slice(0, own));
    const { mayStart, formConcept, formLoose, formLength } = matcher;
    for (let i = 0, n = text.length; i < n; ) {
      const f = mayStart[text.charCodeAt(i)] === 0 ? -1 : matcher.longestForm(text, i, n);
      if (f < 0) {
        i++;
        continue;
      }
      if (formConcept[f] === c && formLoose[f] === 0 && !head.includes(text.slice(i, i + formLength[f]))) return true;
      i += formLength[f];
    }
    return false;
  };
  /**
   * The measures writing a verb and its object of problem pi's heading sentence with words between
   * (named-things.ts splitPair: 发展党员 / 发展35岁以下党员), into `out` as shared words: a pair no
   * other problem or cause of the material writes, and at most wordMaxMeasures measures.
   */
  const splitPairs = (pi: number, own: WordMaterial, out: SharedWords[]) => {
    const head = problems[pi].head;
    // Only when some measure may hold two words of it apart (a window each, WindowSet): most hold none.
    if (!mayPair(head, own.grams)) return;
    for (let k = 0; k < own.measures.length; k++) {
      const pair = splitPair(head, own.bodies[k]);
      if (pair === undefined || own.rest.some((t, r) => r !== wordSelf![pi] && holdsPair(t, pair))) continue;
      if (own.bodies.filter((b) => holdsPair(b, pair)).length > opt.wordMaxMeasures) continue;
      out.push({ measure: own.measures[k], words: [pair], at: head.indexOf(pair) });
    }
  };
  /**
   * namedThings' candidates in a material of many measures: an index from namedKeys to measures
   * (made once a material), each list walked up to postingCap, in measure order.
   */
  const namedIndexed = (own: WordMaterial, keys: string[]) => {
    if (own.named === undefined) {
      const index = new Map<string, number[]>();
      own.measures.forEach((m, k) => {
        for (const key of namedKeys(own.bodies[k])) {
          let list = index.get(key);
          if (!list) index.set(key, (list = []));
          list.push(m);
        }
      });
      own.named = index;
    }
    for (const key of keys) {
      const list = own.named.get(key);
      for (let j = 0; list && j < Math.min(list.length, opt.postingCap); j++) addOnce(namedCandidates, list[j]);
    }
    sortInPlace(namedCandidates, byIndex);
  };
  /**
   * Does measure m name a specific thing of the problem being linked: a phrase, or a term of four
   * characters or more, of its own text shared (ownPhrase), the counted thing of its example
   * (`counted`), or an institution it names?
   */
  const namesSpecific = (m: number) => {
    if (counted[m] === 1 || sameInstitution(m) > 0) return true;
    if (!ownPhrase(m)) return false;
    const shared = phraseOf[m]!;
    // A phrase, or a term of four characters or more: three are too often a fragment (工作中遇到 / 生活中遇到: 中遇到).
    return shared.phrases.length > 0 || (shared.terms ?? NO_TERMS).some((t) => t.length >= SPECIFIC_TERM);
  };
  /** The text of the gaps the case part finds in the writer (case-gaps.ts caseGapText; '' for none). */
  const caseGap = useConcepts && problems.length > 0 ? caseGapText(outline) : '';
  /** Per measure, the specific thing of the case's gap it acts on (caseGapRun; '' none), made on first use. */
  const caseThings: (string | undefined)[] = measureNodes.map(() => undefined);
  /** Does measure m act on a thing of the case's gap that problem text `body` does not write? */
  const caseGapOf = (m: number, body: string) => {
    if (!caseGap) return false;
    const thing = (caseThings[m] ??= caseGapRun(caseGap, measureBodies[m]) ?? '');
    return thing !== '' && !body.includes(thing);
  };
  /** The best score of the problem being linked so far (over `touched`). */
  const bestScore = () => {
    let best = 0;
    for (const m of touched) if (scratch[m] > best) best = scratch[m];
    return best;
  };
  /** The measures namedThings compares a problem with, in measure order. */
  const namedCandidates: number[] = [];
  /** Measures namedThings found for the problem being linked (their phraseOf and counted are cleared after it). */
  const namedList: number[] = [];
  /** Is `word` generic wording (shared-words.ts isGenericWord, the material's notice too)? */
  const genericWord = (word: string) => isGenericWord(word, template);
  /**
   * Problem pi's counted thing named with its number by a measure, or a name in quotation marks
   * both write (named-things.ts): a counted thing answers it by name (`counted`, as countedThing),
   * a quoted name no other problem or cause of its material writes is one specific thing shared
   * (a term that links alone). Each is shown as evidence unless a phrase already is.
   */
  const namedThings = (pi: number) => {
    const body = problems[pi].body;
    const own = wordMaterial(pi);
    const keys = namedKeys(body);
    if (keys.length === 0) return;
    const names = HAS_QUOTE.test(body) ? quotedNames(body).filter((x) => !namesConcept(matcher, x)) : NO_TERMS;
    const latin = HAS_LATIN.test(body) ? latinNames(body) : NO_TERMS;
    clearList(namedCandidates);
    if (own.measures.length <= NAMED_SCAN) {
      // A material's few measures: each searched for the keys (no index of them all); a quoted name's key without its mark.
      for (let j = 0; j < keys.length; j++) if (keys[j].charCodeAt(0) === 0x201c) keys[j] = keys[j].slice(1);
      const digits = (own.digits ??= own.bodies.map(asciiDigits));
      for (let k = 0; k < own.measures.length; k++) {
        const text = digits[k];
        for (const key of keys) {
          if (text.includes(key)) {
            namedCandidates.push(own.measures[k]);
            break;
          }
        }
      }
    } else namedIndexed(own, keys);
    for (const m of namedCandidates) {
      const mb = measureBodies[m];
      let word = counted[m] === 0 ? countedNear(body, mb, genericWord) : undefined;
      if (word !== undefined) {
        counted[m] = 1;
        // Answered by name, and the word is one specific thing shared (as a term): above a measure
        // that only shares a concept at the strong threshold.
        bump(m, opt.strong + opt.termWeight);
      } else {
        for (const x of names) {
          // A name it only promises to study (关于“三农”工作的重要论述) is not one it acts on (study-topics.ts).
          if (!quotes(maskStudyTopics(mb), x) || quotedElsewhere(own.rest, wordSelf![pi], x) || own.bodies.filter((b) => b.includes(x)).length > opt.wordMaxMeasures) continue;
          word = x;
          bump(m, opt.namedWeight);
          break;
        }
        // A name in Latin letters both write (PM2.5) that no other problem or cause writes and few measures do: as a quoted name.
        for (let k = 0; word === undefined && k < latin.length; k++) {
          const x = latin[k];
          if (!writesLatin(mb, x) || heldElsewhere(own.rest, wordSelf![pi], x) || own.bodies.filter((b) => writesLatin(b, x)).length > opt.wordMaxMeasures) continue;
          word = x;
          bump(m, opt.namedWeight);
        }
      }
      if (word === undefined) continue;
      if (phraseOf[m] === undefined) {
        phraseOf[m] = { measure: m, phrases: [], chars: 0, head: false, terms: [word], termHead: false };
        namedList.push(m);
      }
    }
  };
  /**
   * The measures committing to problem pi's counted thing in the same unit, whatever the numbers
   * (named-things.ts countedKind: "全年自学仅3次" / "每月自学4次"), when no measure answers it
   * strongly: each answers it by name (`counted`), at the strong threshold (below the same count
   * named again, countedNear), unless more than wordMaxMeasures measures do (a word every target
   * writes says nothing specific). A material's few measures only (NAMED_SCAN).
   */
  /**
   * Generic for a counted thing's word (countedKinds): boilerplate bigrams and shortfall wording
   * only; a concept's or a template's word counted in both with its unit (自学…3次 / 自学4次) is
   * the thing counted, as specific as any.
   */
  const countedGeneric = (word: string) => GENERIC_BIGRAMS.has(word) || SHORTFALL_WORDS.includes(word) || isOrganName(word);
  const countedKinds = (pi: number) => {
    const body = problems[pi].body;
    const own = wordMaterial(pi);
    if (own.measures.length > NAMED_SCAN) return;
    const found: number[] = [];
    const words: string[] = [];
    for (let k = 0; k < own.measures.length; k++) {
      const m = own.measures[k];
      if (counted[m] === 1 || !HAS_DIGIT.test(own.bodies[k])) continue;
      const word = countedKind(body, own.bodies[k], countedGeneric);
      if (word === undefined || heldElsewhere(own.rest, wordSelf![pi], word)) continue;
      found.push(m);
      words.push(word);
    }
    if (found.length === 0 || found.length > opt.wordMaxMeasures) return;
    found.forEach((m, k) => {
      counted[m] = 1;
      bump(m, opt.strong);
      if (phraseOf[m] === undefined) {
        phraseOf[m] = { measure: m, phrases: [], chars: 0, head: false, terms: [words[k]], termHead: false };
        namedList.push(m);
      }
    });
  };
  /**
   * A second word beside a shared term (named-things.ts pairedWord), the problem's side read over
   * a wider clause (EXAMPLE_REACH) when the term stands in its example sentence: "城南片区拆迁中
   * 有2户未履行完法定程序" / "拆迁项目严格履行法定程序".
   */
  const pairedTerm = (body: string, measure: string, term: string) => {
    const near = pairedWord(body, measure, term, genericWord);
    if (near !== undefined) return near;
    const at = body.indexOf(term);
    if (at < 0) return undefined;
    let from = at;
    while (from > 0 && !SENTENCE_STOP.test(body[from - 1])) from--;
    let to = at + term.length;
    while (to < body.length && !SENTENCE_STOP.test(body[to])) to++;
    return isExampleSentence(body.slice(from, to)) ? pairedWord(body, measure, term, genericWord, EXAMPLE_REACH) : undefined;
  };
  /**
   * The rows of the writer's 整改清单 whose own 问题 cell names a problem (table-rows.ts
   * ProblemClaims: “自学不系统 | 每月撰写1篇心得”), by problem, each with the cell's line that names
   * it: the writer says which problem the row answers, however few words its measure shares with it.
   * A row claims only problems of its own material; a placeholder claims nothing and is claimed by nothing.
   */
  const claimers: ({ measure: number; line: string }[] | undefined)[] = problems.map(() => undefined);
  /**
   * Does a row's measure cell answer the problem its 问题 cell names: is the cell itself, without
   * the row's owner and deadline cells, more than a slogan (a commitment, substance at length,
   * several actions, a rule it binds itself to; `substantive` read on the cell alone)? A row
   * “自学不系统 | 加强学习，提高认识 | 王×× | 长期坚持” names its problem and answers nothing.
   */
  const claimAnswers = (m: number) => {
    const cell = measureNodes[m].rowCell;
    const text = cell === undefined ? measureBodies[m] : measureBodies[m].slice(0, cell);
    return moreThanSlogan(text, measureConcreteness(text).concrete);
  };
  if (measureNodes.some((n) => n.rowProblem !== undefined)) {
    const index = new ProblemClaims(problems.map((p) => p.body));
    measureNodes.forEach((node, m) => {
      if (node.rowProblem === undefined || measures[m].placeholder) return;
      const seg = measureSegment[m];
      for (const { problem, line } of index.claimedByLines(node.rowProblem, (pi) => problemSegment[pi] === ALL || problemSegment[pi] === seg)) {
        if (!isPlaceholder(problems[problem].body)) (claimers[problem] ??= []).push({ measure: m, line });
      }
    });
  }
  /**
   * Which problems a measure is the specific answer of, and what it does for the others (its deeds).
   * A problem claims a measure when they share a specific thing: a phrase or term (no body's name,
   * no shortfall wording), an institution the problem's heading sentence names, or the measure is a
   * 整改清单 row naming it. A clause of the measure naming an institution some problem's heading
   * sentence names (建立分管领域请示报告台账 for "请示报告制度执行不严格") is that problem's answer:
   * for a problem claiming nothing of the measure, what the clause names is context, not a deed, and
   * no evidence (`measureWeight`: the concepts named only there do not count). "党纪学习教育的成果运用
   * 不够" shares no concept with that ledger (纪律规矩 only through 请示报告), nor "防范化解房地产风险的
   * 本领不足" with "重大事项和突发事件第一时间向区委区政府请示报告" (突发事件 is what is reported).
   * Only measures with such a clause are read so (claimedRanges); every other reads as before.
   */
  /** Per measure, its clauses claimed through an institution: [from, to) pairs (UTF-16 offsets in its body). */
  const claimedRanges: (number[] | undefined)[] = measureNodes.map(() => undefined);
  /** Per problem, the measures it claims. */
  const claimsOf: (number[] | undefined)[] = problems.map(() => undefined);
  /** Per measure, 1 + the last problem that claimed it (claims are made problem by problem: each listed once). */
  const claimedBy = new Int32Array(measureNodes.length);
  /** Problem pi claims measure m; `at`: where an institution of its heading sentence stands in m's body (-1: a phrase, term or row). */
  const claim = (m: number, pi: number, at: number) => {
    if (claimedBy[m] !== pi + 1) {
      claimedBy[m] = pi + 1;
      (claimsOf[pi] ??= []).push(m);
    }
    if (at < 0) return;
    // The whole clause the institution stands in, once however many problems claim it.
    const text = measureBodies[m];
    let from = at;
    while (from > 0 && !CLAUSE_STOP.test(text[from - 1])) from--;
    const ranges = (claimedRanges[m] ??= []);
    for (let k = 0; k < ranges.length; k += 2) if (ranges[k] === from) return;
    let to = at + 1;
    while (to < text.length && !CLAUSE_STOP.test(text[to])) to++;
    ranges.push(from, to);
  };
  /**
   * Per institution (matcher.institutions index), where the measures name it: [measure, start]
   * pairs in measure order, each measure's body read once (made on first use); undefined for an
   * institution more than postingCap measures name, no one problem's specific answer: with every
   * problem read against every measure that names it, a material of thousands of both took time
   * and memory in their product (issue 13).
   */
  let institutionHits: Map<number, { hits: number[]; measures: number }> | undefined;
  const hitsOf = (i: number): number[] | undefined => {
    if (!institutionHits) {
      const byInstitution = new Map<number, { hits: number[]; measures: number }>();
      measureNodes.forEach((_, m) => {
        matcher.forms(measureBodies[m], (_c, _loose, start, k) => {
          if (k < 0) return;
          let found = byInstitution.get(k);
          if (!found) byInstitution.set(k, (found = { hits: [], measures: 0 }));
          if (found.hits.length === 0 || found.hits[found.hits.length - 2] !== m) found.measures++;
          found.hits.push(m, start);
        });
      });
      institutionHits = byInstitution;
    }
    const found = institutionHits.get(i);
    return found && found.measures <= opt.postingCap ? found.hits : undefined;
  };
  if (useConcepts && opt.claimedContext && problems.length > 1) {
    problems.forEach((p, pi) => {
      for (const h of phraseHits[pi]) {
        if (h.phrases.some((x) => !shortfallOnly(x) && !noThing(x)) || termsNoConceptNames(matcher, h.terms, noThing).length > 0) claim(h.measure, pi, -1);
      }
      const claimed = claimers[pi];
      if (claimed) for (const c of claimed) claim(c.measure, pi, -1);
      // The institutions it names, where a measure names them: a clause of the measure naming one
      // of its heading sentence is its own; one of its body only (its example) it reads, claims no clause.
      const named: number[] = [];
      const heads: number[] = [];
      const split = p.body.startsWith(p.head) ? p.head.length : 0;
      matcher.forms(p.body, (_c, _loose, start, i) => {
        if (i < 0) return;
        addOnce(named, i);
        if (start < split) addOnce(heads, i);
      });
      if (split === 0) {
        matcher.forms(p.head, (_c, _loose, _start, i) => {
          if (i >= 0) {
            addOnce(named, i);
            addOnce(heads, i);
          }
        });
      }
      for (const i of named) {
        const hits = hitsOf(i);
        if (!hits) continue;
        for (let k = 0; k < hits.length; k += 2) {
          const m = hits[k];
          if (problemSegment[pi] !== ALL && measureSegment[m] !== problemSegment[pi]) continue;
          claim(m, pi, heads.includes(i) ? hits[k + 1] : -1);
        }
      }
    });
  }
  /** Per measure with claimed clauses, the weights of the concepts named outside them (made on first use). */
  const deeds: (Map<number, number> | undefined)[] = measureNodes.map(() => undefined);
  const deedsOf = (m: number) => {
    let found = deeds[m];
    if (found) return found;
    found = new Map<number, number>();
    const body = measureBodies[m];
    const chars = body.split('');
    const blank = (from: number, to: number) => {
      for (let k = from; k < to && k < chars.length; k++) chars[k] = '\u3000';
    };
    const ranges = claimedRanges[m] ?? NO_LIST;
    for (let k = 0; k < ranges.length; k += 2) blank(ranges[k], ranges[k + 1]);
    const text = maskOwners(maskStudyTopics(chars.join('')));
    const profile = measureProfiles[m];
    matcher.forms(text, (c) => {
      found!.set(c, weightIn(profile, c));
    });
    deeds[m] = found;
    return found;
  };
  /** Per measure, 1 when the problem being linked claims it (set and cleared a problem). */
  const claimsNow = new Uint8Array(measureNodes.length);
  /** Does the problem being linked read measure m without its claimed clauses (deedsOf)? */
  const byDeeds = (m: number) => claimedRanges[m] !== undefined && claimsNow[m] === 0;
  /** Measure m's weight for concept c, as the problem being linked reads it. */
  const measureWeight = (m: number, c: number) => (byDeeds(m) ? (deedsOf(m).get(c) ?? 0) : weightIn(measureProfiles[m], c));
  // Ranked measures of one problem: best score first, then in measure order (scores by measure).
  const rankScore = new Float64Array(measureNodes.length);
  const byRank = (a: number, b: number) => rankScore[b] - rankScore[a] || a - b;
  // Evidence: the concepts a problem and its best measure share, with their weight by concept.
  const sharedIds: number[] = [];
  const sharedWeight = new Float64Array(matcher.concepts.length);
  const bySharedWeight = (a: number, b: number) => sharedWeight[b] - sharedWeight[a];
  // One problem's ranked measures and evidence, filled in scratch lists and kept as copies of their size.
  const rankList: number[] = [];
  const evidenceList: string[] = [];
  /** A problem as linking reads it (`problems`). */
  type LinkedProblem = (typeof problems)[number];
  /**
   * Problem p's concept profile (into the scratch `problemProfile`; its institution points and
   * related concepts set for it), and what its concepts, its body's institutions and their
   * relatives score for the measures (bump). A part of linking one problem on its own: the whole
   * of it in one function was one that V8 optimised late in a long material (after thousands of
   * problems) and at a cost out of proportion (issue 13: 0.3–1 s of CPU and some 10 MB of the
   * compiler's memory, a 1 MB material's peak).
   */
  const conceptScores = (p: LinkedProblem, pi: number): Profile => {
    clearList(problemProfile.order);
    clearList(problemProfile.head);
    clearList(problemProfile.institutions);
    clearList(problemProfile.headInstitutions);
    clearList(problemProfile.general);
    clearList(problemProfile.headGeneral);
    const pProfile = conceptProfile(matcher, p.head, p.body, w.problemHead, w.problemBody, w.loose, problemProfile);
    for (const c of pointConcepts) institutionPoint[c] = 0;
    clearList(pointConcepts);
    for (const c of pProfile.head) {
      // Named in the heading sentence, by no form but its institutions'.
      if (matcher.hasInstitutions[c] === 0 || pProfile.headGeneral.includes(c)) continue;
      institutionPoint[c] = 1;
      pointConcepts.push(c);
    }
    const seg = problemSegment[pi];
    const own = pProfile.order.length;
    for (const r of related) relatedWeight[r] = 0;
    clearList(related);
    if (opt.relatedFactor > 0) {
      // What its heading sentence names, answered through a relative in a measure's heading
      // sentence (the measure promises the neighbouring point): a fraction of a direct answer.
      for (const c of pProfile.head) {
        for (const r of matcher.related[c]) {
          if (pProfile.weight[r] > 0) continue;
          const x = opt.relatedFactor * pProfile.weight[c];
          if (x > relatedWeight[r]) {
            if (relatedWeight[r] === 0) related.push(r);
            relatedWeight[r] = x;
          }
        }
      }
    }
    for (let k = 0; k < own; k++) {
      const c = pProfile.order[k];
      const pw = pProfile.weight[c];
      const list = seg === ALL ? allPostings.get(c) : postings.get(postingKey(seg, c));
      if (!list) continue;
      const n = Math.min(list.length, opt.postingCap);
      for (let j = 0; j < n; j++) {
        if (otherInstitution(c, list[j])) continue;
        const mw = measureWeight(list[j], c);
        if (mw > 0) bump(list[j], pw * mw);
      }
    }
    // An institution of the problem's body that a measure names too: one specific thing shared, as a term is.
    // (Found through its concept's postings, capped like the concepts'.)
    for (const i of pProfile.institutions) {
      if (pProfile.headInstitutions.includes(i) || otherPointInstitution(i)) continue;
      const c = matcher.institutions[i].concept;
      const list = seg === ALL ? allPostings.get(c) : postings.get(postingKey(seg, c));
      if (!list) continue;
      const n = Math.min(list.length, opt.postingCap);
      for (let j = 0; j < n; j++) if (measureProfiles[list[j]].institutions.includes(i)) bump(list[j], opt.termWeight);
    }
    for (const r of related) {
      const x = relatedWeight[r];
      const list = seg === ALL ? allPostings.get(r) : postings.get(postingKey(seg, r));
      if (!list) continue;
      const n = Math.min(list.length, opt.postingCap);
      for (let j = 0; j < n; j++) {
        const m = list[j];
        if (promises(m, r) && (!opt.relatedBoostOnly || scratch[m] > 0) && measureWeight(m, r) > 0) bump(m, x * measureWeight(m, r));
      }
    }
    return pProfile;
  };
  /**
   * What problem p's shared phrases and terms (`hits`, its phraseHits) score for their measures
   * (bump), and what each measure shares with it kept in phraseOf (counted: its counted thing named
   * again). A part of linking one problem (conceptScores says why).
   */
  const phraseScores = (p: LinkedProblem, hits: readonly SharedPhrase[]) => {
    for (const found of hits) {
      // A shared phrase naming another institution than the problem's point is left out (sameInstitution).
      const named = pointConcepts.length > 0 && found.phrases.some(otherInstitutionIn) ? withoutPhrases(found, otherInstitutionIn, p.head) : found;
      // A phrase saying only that something falls short (推进缓慢) shares no thing (shortfall.ts).
      const h = named.phrases.some(shortfallOnly) ? withoutPhrases(named, shortfallOnly, p.head) : named;
      // Phrases add to what concepts share; alone, only a long one (a named project, a specific
      // task) links anything: a short shared fragment is too often chance.
      // The example's counted thing named again with its number (2所新建学校, 23公里通组路): the measure answers it by name.
      const isCounted = opt.countedThings && countedThing(p.body, measureBodies[h.measure], h.phrases);
      if (isCounted) counted[h.measure] = 1;
      const phrased = h.phrases.length > 0 && (h.head || isCounted || scratch[h.measure] > 0 || h.phrases[0].length >= opt.phraseStrongChars);
      // Terms a concept already names are counted there; a body's name (局党组) is where, not what (organs.ts).
      const terms = termsNoConceptNames(matcher, h.terms, noThing);
      // A term of the heading sentence left out that way does not make the measure name the problem's point.
      const termHead = h.termHead === true && (!h.terms?.some(isOrganName) || terms.some((t) => p.head.includes(t)));
      // A phrase too short to link alone still names one specific thing, as a term does.
      const things = terms.length + (phrased ? 0 : h.phrases.length);
      // One term of the body with a second word beside it in both texts (违规申请追加预算 / 违规追加预算申请) names one thing as two terms do.
      const paired = things === 1 && !phrased && !termHead && scratch[h.measure] === 0 && opt.namedThings ? pairedTerm(p.body, measureBodies[h.measure], terms.length ? terms[0] : h.phrases[0]) : undefined;
      const termed = things > 0 && (termHead || phrased || scratch[h.measure] > 0 || things >= opt.termsAlone || paired !== undefined);
      if (!phrased && !termed) continue;
      // Built field by field in one order (one object shape: a spread of `h` cost more than the rest of the loop).
      phraseOf[h.measure] = phrased
        ? termed
          ? { measure: h.measure, phrases: h.phrases, chars: h.chars, head: h.head, terms, termHead }
          : { measure: h.measure, phrases: h.phrases, chars: h.chars, head: h.head, terms: undefined, termHead: false }
        : { measure: h.measure, phrases: [], chars: 0, head: false, terms: [...h.phrases, ...terms], termHead };
      if (phrased) bump(h.measure, (h.head ? opt.phraseHeadScore : isCounted ? opt.strong : 0) + opt.phraseWeight * Math.max(0, h.chars - 3 * h.phrases.length));
      if (termed) bump(h.measure, (termHead ? opt.termHeadScore : 0) + opt.termWeight * things);
    }
  };
  /**
   * The evidence of problem p's link to its answer `best`, into `evidence` (after what decided
   * the link, already there): the concepts both name, heaviest first, and related ones the measure
   * promises; the phrases and terms shared, as whole words; the institutions both name; shared
   * bigrams while fewer than three. For a weak link also its `point` (the heading sentence's
   * concepts as written, or `bestWords`) and what of it the measure leaves `missing`. A part of
   * linking one problem (conceptScores says why).
   */
  const evidenceFor = (p: LinkedProblem, pi: number, pProfile: Profile | undefined, best: number, strength: Strength, bestWords: readonly string[] | undefined, evidence: string[], missing: string[], point: string[]) => {
    if (pProfile) {
      const mp = measureProfiles[best];
      // The concepts both name, heaviest first (in the problem's order among equals).
      clearList(sharedIds);
      for (const c of pProfile.order) {
        if (!names(mp, c) || otherInstitution(c, best) || measureWeight(best, c) === 0) continue;
        sharedIds.push(c);
        sharedWeight[c] = pProfile.weight[c] * weightIn(mp, c);
      }
      sortInPlace(sharedIds, bySharedWeight);
      for (const c of sharedIds) if (!evidence.includes(matcher.concepts[c].label)) evidence.push(matcher.concepts[c].label);
      // Then what the measure names that is related to what the problem names.
      for (const r of related) if (promises(best, r) && measureWeight(best, r) > 0 && !evidence.includes(matcher.concepts[r].label)) evidence.push(matcher.concepts[r].label);
    }
    if (pProfile && strength === 'weak') {
      // The heading's concepts as the writer wrote them (一岗双责, not the label 全面从严治党).
      for (const [c, hit] of matcher.match(p.head)) {
        if (!pProfile.head.includes(c) || point.includes(hit.form)) continue;
        point.push(hit.form);
        if (!names(measureProfiles[best], c) || otherInstitution(c, best) || measureWeight(best, c) === 0) missing.push(hit.form);
      }
    }
    // Where the lexicon reads no point, the shared words of the heading sentence are it.
    if (bestWords && point.length === 0) for (const x of bestWords) point.push(x);
    // Shown to the writer: whole words only (a phrase is found by characters).
    // The first two phrases and terms (index loops: a slice and an empty array a problem before).
    const shared = phraseOf[best];
    const phrases = shared?.phrases;
    for (let k = 0; phrases && k < Math.min(2, phrases.length); k++) {
      const phrase = wholeWords(p.body, phrases[k]);
      if (phrase && !evidence.includes(phrase)) evidence.push(phrase);
    }
    const terms = shared?.terms;
    for (let k = 0; terms && k < Math.min(2, terms.length); k++) if (!evidence.includes(terms[k])) evidence.push(terms[k]);
    // The institutions both name (the heading sentence's first), unless evidence already shows them.
    if (pProfile && sameInstitution(best) > 0) {
      for (const list of [pProfile.headInstitutions, pProfile.institutions]) {
        for (const i of list) {
          const label = matcher.institutions[i].label;
          if (ownProfiles[best].institutions.includes(i) && !otherPointInstitution(i) && !evidence.some((e) => e.includes(label))) evidence.push(label);
        }
      }
    }
    if (useBigrams && evidence.length < 3) {
      for (const s of sharedBigrams(problemVectors[pi], measureVectors[best], 3)) evidence.push(s.gram);
    }
  };
  const links: ProblemLink[] = problems.map((p, pi) => {
    clearList(touched);
    const mine = claimsOf[pi];
    if (mine) for (const m of mine) claimsNow[m] = 1;
    const pProfile = useConcepts ? conceptScores(p, pi) : undefined;
    if (useBigrams) {
      for (const [g, pw] of problemVectors[pi]) {
        const list = gramPostings.get(g);
        if (!list) continue;
        for (const e of list) bump(e.measure, opt.bigramFactor * pw * e.weight);
      }
    }
    const hits = phraseHits[pi];
    phraseScores(p, hits);
    // Things both name the same way, however short (named-things.ts): its counted thing with its
    // number, a name in quotation marks.
    // Read only when no measure answers it by more than one concept at the strong threshold does:
    // a named thing would not change its answer (and most problems are answered so).
    clearList(namedList);
    if (opt.namedThings && (HAS_DIGIT.test(p.body) || HAS_QUOTE.test(p.body) || HAS_LATIN.test(p.body)) && bestScore() < opt.strong + opt.termWeight && !isPlaceholder(p.body)) namedThings(pi);
    if (opt.namedThings && HAS_DIGIT.test(p.body) && bestScore() < opt.strong && !isPlaceholder(p.body)) countedKinds(pi);
    // The measures answering it at least weakly, best first (also the link's `measures`).
    clearList(rankList);
    // Placeholders answer nothing and are answered by nothing.
    const problemPlaceholder = isPlaceholder(p.body);
    for (const m of touched) {
      if (scratch[m] >= opt.weak && !problemPlaceholder && !measures[m].placeholder) {
        rankList.push(m);
        rankScore[m] = scratch[m];
      }
      scratch[m] = 0;
    }
    sortInPlace(rankList, byRank);
    // A measure naming a specific thing of the problem (a phrase or term of its own text, its counted
    // thing, its institution) and answering its point comes before one sharing only concepts with it,
    // however those weigh: "服从单位安排，汛期值班不调班" answers "在急难险重任务面前冲在前面不够，比如
    // 今年汛期值班，我调换了2次班" before "每季度至少参加1次社区志愿服务" (先锋模范作用 only).
    // So does any answer before a measure acting on a specific thing of the gap the case part finds
    // in the writer (caseThing: 警示教育 in "今年只开展了1次警示教育" / "每半年开展1次警示教育") that the
    // problem does not write: that measure is the case's answer ("对基层所监督偏软。比如有2名司法所
    // 工作人员违规收取咨询费" is answered by "对全县司法所开展一次收费专项检查" first).
    const caseTop = rankList.length > 1 && pProfile !== undefined && caseGapOf(rankList[0], p.body);
    if (rankList.length > 1 && pProfile !== undefined && (caseTop || !namesSpecific(rankList[0]))) {
      for (let k = 1; k < rankList.length; k++) {
        const m = rankList[k];
        if (rankScore[m] < opt.strong || (!caseTop && !namesSpecific(m)) || caseGapOf(m, p.body) || !answersPoint(pProfile, m) || isSlogan(m, pProfile, p.aspectIndex, p.head)) continue;
        rankList.splice(k, 1);
        rankList.unshift(m);
        break;
      }
    }
    // Only slogans speak to it, each through one shared word (the aspect's theme, typically): no
    // answer. The slogans still count as speaking to it (no orphan), and its aspect as weakly covered.
    let slogansOnly = opt.slogansAnswerNothing && pProfile !== undefined && rankList.length > 0;
    for (let k = 0; slogansOnly && k < rankList.length; k++) slogansOnly = isSlogan(rankList[k], pProfile!, p.aspectIndex, p.head);
    if (slogansOnly) {
      for (const m of rankList) measures[m].answers.push(pi);
      clearList(rankList);
      sloganOnly[pi] = true;
    }
    // Nothing answers it: the measures sharing a specific two-character word of its heading
    // sentence answer it weakly (below every other evidence, so it decides no other link).
    let words: SharedWords[] | undefined;
    if (opt.sharedWords && rankList.length === 0 && !problemPlaceholder && measureNodes.length > 0) {
      words = wordAnswers(pi);
      if (words.length > 0) {
        sortInPlace(words, byWordCount);
        for (const x of words) {
          rankList.push(x.measure);
          rankScore[x.measure] = opt.weak;
        }
        if (slogansOnly) {
          // The slogans were counted as speaking to it; those it now shares a word with answer it.
          sloganOnly[pi] = false;
          for (const m of rankList) {
            const at = measures[m].answers.indexOf(pi);
            if (at >= 0) measures[m].answers.splice(at, 1);
          }
        }
      } else words = undefined;
    }
    let strongOne = -1;
    // The list kept with the link, at its size (the scratch list grew in steps as it was filled).
    const ranked = rankList.slice();
    // Measures written under the problem's own aspect ("整改措施：…" below "问题：…") answer it, first.
    const own = problemPlaceholder ? undefined : ownMeasures[p.aspectIndex];
    if (own) {
      // Slogans all ("整改措施：加强资金管理." below "惠民资金拨付慢…": one shared word, no content):
      // first, as the writer placed them, but weakly — their place says which problem they mean,
      // not that they answer it (isSlogan, as slogansAnswerNothing reads the other measures).
      const slogans = opt.slogansAnswerNothing && pProfile !== undefined && own.every((m) => isSlogan(m, pProfile!, p.aspectIndex, p.head));
      for (let k = own.length - 1; k >= 0; k--) {
        const at = ranked.indexOf(own[k]);
        if (at >= 0) ranked.splice(at, 1);
        ranked.unshift(own[k]);
        rankScore[own[k]] = slogans ? Math.min(at >= 0 ? rankScore[own[k]] : opt.weak, opt.strong - 1e-9) : Math.max(at >= 0 ? rankScore[own[k]] : 0, opt.strong);
      }
      if (!slogans) strongOne = own[0];
    }
    // A slogan naming only the aspect's theme or the problem's words turned round ("坚守廉洁底线。" for
    // "廉政风险点防控不够严密", isSlogan) does not answer it, beside other measures either: at best it
    // speaks to it, weakly (the weak-link note then says it only mentions the point in general).
    const sloganTest = opt.slogansAnswerNothing && pProfile !== undefined;
    for (let k = 0; strongOne < 0 && k < ranked.length; k++) {
      const m = ranked[k];
      if (rankScore[m] >= opt.strong && answersPoint(pProfile, m) && !(sloganTest && isSlogan(m, pProfile!, p.aspectIndex, p.head))) strongOne = m;
    }
    // Rows of the writer's 整改清单 naming this problem in their 问题 cell (claimers) answer it, as a
    // measure written under its own problem does, unless the row's measure cell is no more than a
    // slogan (claimAnswers: “加强学习，提高认识” answers nothing whatever its 问题 cell says). When nothing
    // answers it strongly, the first such row does, strongly, its 问题 cell the evidence; else they
    // are among its answers.
    const claimedBy = problemPlaceholder ? undefined : claimers[pi];
    let claimLine: string | undefined;
    let claimSlogans: number[] | undefined;
    if (claimedBy) {
      const answering = claimedBy.filter((c) => claimAnswers(c.measure));
      claimSlogans = claimedBy.filter((c) => !answering.includes(c)).map((c) => c.measure);
      if (answering.length > 0 && strongOne < 0) {
        for (let k = answering.length - 1; k >= 0; k--) {
          const m = answering[k].measure;
          const at = ranked.indexOf(m);
          if (at >= 0) ranked.splice(at, 1);
          ranked.unshift(m);
          rankScore[m] = Math.max(at >= 0 ? rankScore[m] : 0, opt.strong);
        }
        strongOne = answering[0].measure;
        claimLine = answering[0].line;
      } else {
        for (const c of answering) {
          if (ranked.includes(c.measure)) continue;
          ranked.push(c.measure);
          rankScore[c.measure] = opt.weak;
        }
      }
    }
    const best = strongOne >= 0 ? strongOne : ranked.length ? ranked[0] : -1;
    // Only slogan rows name it and nothing else answers it: they speak to it (sloganOnly), no more.
    if (best < 0 && claimSlogans?.length) {
      for (const m of claimSlogans) if (!measures[m].answers.includes(pi)) measures[m].answers.push(pi);
      sloganOnly[pi] = true;
    }
    const score = best >= 0 ? round(rankScore[best]) : 0;
    const strength: Strength = best < 0 ? 'none' : strongOne >= 0 ? 'strong' : 'weak';
    const evidence = evidenceList;
    clearList(evidence);
    // The words that decided the link come first: the row's 问题 cell naming the problem, when that decided it.
    if (claimLine !== undefined) evidence.push(linkText.claimEvidence(claimLine));
    const bestWords = words?.find((x) => x.measure === best)?.words;
    if (bestWords) for (const x of bestWords) evidence.push(x);
    const missing: string[] = [];
    const point: string[] = [];
    if (best >= 0) evidenceFor(p, pi, pProfile, best, strength, bestWords, evidence, missing, point);
    for (const m of ranked) measures[m].answers.push(pi);
    if (mine) for (const m of mine) claimsNow[m] = 0;
    if (pProfile) for (const c of pProfile.order) pProfile.weight[c] = 0;
    for (const h of hits) {
      phraseOf[h.measure] = undefined;
      counted[h.measure] = 0;
    }
    for (const m of namedList) {
      phraseOf[m] = undefined;
      counted[m] = 0;
    }
    return {
      placeholder: problemPlaceholder,
      unanswered: strength === 'none' && !problemPlaceholder && measureNodes.length > 0,
      aspectIndex: p.aspectIndex,
      aspect: p.aspect,
      item: p.item,
      paragraph: p.paragraph,
      head: p.written,
      measure: best >= 0 ? best : null,
      measures: ranked,
      score,
      strength,
      evidence: best >= 0 ? [...new Set(evidence.map((e) => evidenceWords(p.body, measureBodies[best], e)).filter((e) => e))] : evidence.slice(),
      // Most links miss nothing (issue 13: some 0.45 MB of empty lists on a thousand-problem material).
      missing: missing.length ? missing : NO_WORDS,
      point: point.length ? point : NO_WORDS,
    };
  });

  // A problem still unanswered and a measure answering nothing that name the same specific thing
  // of the problem's example, in two characters (路灯, 党费): the measure answers it, weakly.
  if (opt.exampleWords && opt.sharedWords && measureNodes.length > 0 && links.some((l) => l.unanswered)) {
    const orphan = new Uint8Array(measureNodes.length);
    measures.forEach((m, i) => {
      if (m.answers.length === 0 && !m.placeholder) orphan[i] = 1;
    });
    links.forEach((l, pi) => {
      if (!l.unanswered) return;
      const found = orphanExampleWords(pi, orphan);
      if (found.length === 0 && useConcepts && opt.orphanConcepts) orphanConcept(pi, orphan, found);
      if (found.length === 0) return;
      sortInPlace(found, byWordCount);
      const best = found[0].measure;
      const evidence = [...found[0].words];
      const point: string[] = [];
      const missing: string[] = [];
      if (useConcepts) {
        const mp = measureProfiles[best];
        for (const c of matcher.match(problems[pi].body).keys()) if (names(mp, c) && !evidence.includes(matcher.concepts[c].label)) evidence.push(matcher.concepts[c].label);
        for (const [c, hit] of matcher.match(l.head)) {
          if (point.includes(hit.form)) continue;
          point.push(hit.form);
          if (!names(mp, c)) missing.push(hit.form);
        }
      }
      if (point.length === 0) for (const x of found[0].words) point.push(x);
      const ranked = found.map((x) => x.measure);
      for (const m of ranked) measures[m].answers.push(pi);
      sloganOnly[pi] = false;
      links[pi] = { ...l, unanswered: false, measure: best, measures: ranked, score: round(opt.weak), strength: 'weak', evidence, missing: missing.length ? missing : NO_WORDS, point };
    });
  }

  // A measure acting on a specific thing of the gap the case part finds in the writer (工程项目审批
  // in "工程项目审批由分管领导一人签字即可实施" / "工程项目审批实行…双签") that is only a further
  // answer of problems (ranked below each one's own answer) none of which writes that thing answers
  // the gap, not them: it is dropped from their answers (and so from their rows of the 整改清单).
  if (caseGap) {
    measures.forEach((mm, m) => {
      if (mm.placeholder || mm.answers.length === 0) return;
      const run = caseGapRun(caseGap, measureBodies[m]);
      if (run === undefined) return;
      // A measure some problem has for its own answer, or whose problem writes the thing, stays as it is.
      if (mm.answers.some((pi) => links[pi].measure === m || problems[pi].body.includes(run))) return;
      for (const pi of mm.answers) links[pi] = { ...links[pi], measures: links[pi].measures.filter((x) => x !== m) };
      mm.answers = [];
    });
  }

  // A measure answering no problem but a gap the case part finds in the writer answers something.
  if (useConcepts && links.length > 0 && measures.some((m) => m.answers.length === 0 && !m.placeholder)) {
    const gap = caseGap;
    if (gap) for (const m of measures) if (m.answers.length === 0 && !m.placeholder && answersCaseGap(matcher, gap, measureBodies[m.index])) m.caseGap = true;
  }

  // A slogan answering nothing that names only what an aspect's heading names speaks to that
  // aspect's unanswered problems ("三是严守纪律。" to "有时参加支部组织生活迟到" under 纪律作风方面).
  if (useConcepts && opt.slogansAnswerNothing) aspectSlogans(outline, template, matcher, measures, measureBodies, substantive, links, sloganOnly);

  const sloganAspect = outline.aspects.map(() => false);
  const sloganSpoken = outline.aspects.map(() => 0);
  links.forEach((l, k) => {
    if (!sloganOnly[k]) return;
    if (l.unanswered) l.sloganOnly = true;
    sloganAspect[l.aspectIndex] = true;
    if (!l.placeholder) sloganSpoken[l.aspectIndex]++;
  });
  const byAspect: ProblemLink[][] = outline.aspects.map(() => []);
  for (const l of links) if (!l.placeholder) byAspect[l.aspectIndex].push(l);
  const aspects: AspectCoverage[] = outline.aspects.map((a, ai) => {
    const own = byAspect[ai];
    // Counted in one pass (four filtered copies of the list before).
    let strong = 0;
    let weak = 0;
    let strongSubstantive = 0;
    let slogans = 0;
    for (const l of own) {
      if (l.strength === 'weak') weak++;
      if (l.strength !== 'strong') continue;
      strong++;
      if (l.measure !== null && substantive[l.measure]) strongSubstantive++;
      else if (l.measure !== null) slogans++;
    }
    const counted = opt.coveredNeedsSubstance ? strongSubstantive : strong;
    let coverage: Coverage;
    if (own.length === 0) coverage = 'uncovered';
    else if (counted > 0 && counted >= opt.coveredShare * own.length) coverage = 'covered';
    else if (strong + weak > 0 || sloganAspect[ai]) coverage = 'weak';
    else coverage = 'uncovered';
    return { aspectIndex: ai, aspect: a.aspect, paragraph: a.node.paragraph, heading: a.node.heading, coverage, problems: own.length, strong, weak, slogans, sloganSpoken: sloganSpoken[ai], ...(a.unsectioned ? { unsectioned: true as const } : {}) };
  });

  let gapResult: LinkResult['caseGap'];
  if (caseGap) {
    const real = measures.filter((m) => !m.placeholder);
    const wholeCase = real.some((m) => CASE_MEASURE.test(measureBodies[m.index]));
    const answers = (gap: string) => real.some((m) => answersCaseGap(matcher, gap, measureBodies[m.index]));
    gapResult = { unanswered: wholeCase ? [] : caseGapItems(caseGap).filter((g) => !answers(g.text)).map((g) => g.clause) };
  }
  return { links, aspects, measures, ...(gapResult ? { caseGap: gapResult } : {}) };
}

/**
 * A measure answering nothing (`answers` empty, no placeholder, no case gap), no more than a slogan
 * (`substantive` false), every clear concept of which the heading of an aspect names (as written,
 * or its template title: 纪律作风方面, 带头增强党性、严守纪律、砥砺作风) speaks to that aspect's
 * problems nothing answers: they go into its `answers` and are marked `sloganOnly` (the problem is
 * still unanswered, only spoken to in general; the measure is no orphan). The meeting's theme words,
 * every aspect's, do not count: "严守纪律" in a 2024 material is not every aspect's. A measure naming
 * no concept, or one beyond the aspect's heading, is left as it is. Mutates `measures` and `sloganOnly`.
 */
function aspectSlogans(
  outline: Outline,
  template: Template | undefined,
  matcher: ConceptMatcher,
  measures: MeasureLink[],
  bodies: readonly string[],
  substantive: readonly boolean[],
  links: readonly ProblemLink[],
  sloganOnly: boolean[],
): void {
  if (!measures.some((m, i) => m.answers.length === 0 && !m.placeholder && !m.caseGap && !substantive[i])) return;
  const clear = (text: string) => [...matcher.match(text)].filter(([, hit]) => !hit.loose).map(([c]) => c);
  const headings = outline.aspects.map((a) => {
    const title = a.aspect !== null ? template?.aspects?.find((t) => t.number === a.aspect)?.title : undefined;
    return new Set([...clear(a.node.heading), ...(title ? clear(title) : [])]);
  });
  // Per aspect, its problems nothing answers (by index in `links`): a measure is compared with aspects, not problems.
  const open: number[][] = outline.aspects.map(() => []);
  links.forEach((l, k) => {
    if (!l.placeholder && l.unanswered) open[l.aspectIndex].push(k);
  });
  measures.forEach((m, i) => {
    if (m.answers.length > 0 || m.placeholder || m.caseGap || substantive[i]) return;
    const own = clear(bodies[i]);
    if (own.length === 0) return;
    headings.forEach((named, ai) => {
      if (open[ai].length === 0 || !own.every((c) => named.has(c))) return;
      for (const k of open[ai]) {
        m.answers.push(k);
        sloganOnly[k] = true;
      }
    });
  });
}

/** Shortest shared term that makes a measure name a problem's specific thing (namesSpecific). */
const SPECIFIC_TERM = 4;

/** Words opening a clause that gives an instance: "…不够深入，比如全年只…". */
const INSTANCE_OPENING = /^(?:比如|例如|譬如|诸如)/;
const CLAUSE_BREAK = /[，,]/g;
const CLAUSE_END = /[，,]/;

/**
 * A problem's point: its heading sentence up to a clause that gives an instance of it (one opening
 * with 比如/例如, or holding a figure, a date, a named case: patterns.ts hasExample), the
 * first clause always kept, when the instance names a concept the point neither names nor is related
 * to (廉洁自律 / 宴请 stay together) and no clause after it that gives no instance does (then the
 * sentence goes on to a further point). "二是主题党日活动形式单一，全年12次主题党日中有9次是集中
 * 学习。" is about 主题党日, not 集中学习: the instance is the problem's body, weighted as its body
 * is. (A UTF-16 prefix of `head`; `head` itself otherwise. The heading sentence is short, at most
 * 160 units: headOf.)
 */
export function pointOf(head: string, matcher: ConceptMatcher): string {
  CLAUSE_BREAK.lastIndex = 0;
  let cut = -1;
  let own: Map<number, unknown> | undefined;
  let foreign = false;
  for (let m = CLAUSE_BREAK.exec(head); m; m = CLAUSE_BREAK.exec(head)) {
    const from = m.index + 1;
    if (m.index < 4) continue;
    CLAUSE_BREAK.lastIndex = from;
    const next = head.slice(from).search(CLAUSE_END);
    const clause = next < 0 ? head.slice(from) : head.slice(from, from + next);
    const instance = INSTANCE_OPENING.test(clause) || hasExample(clause);
    if (cut < 0) {
      if (!instance) continue;
      cut = from;
      own = matcher.match(head.slice(0, from));
    }
    // A clause past the instance naming a concept the point does not is a further point, not the
    // instance's: the heading sentence is kept whole (one of what the point names is the instance's).
    for (const c of matcher.match(clause).keys()) {
      if (own!.has(c) || relatedTo(matcher, c, own!)) continue;
      if (!instance) return head;
      foreign = true;
    }
  }
  return foreign ? head.slice(0, cut) : head;
}

/** Is concept c related (lexicon `related`) to one of `concepts`? */
function relatedTo(matcher: ConceptMatcher, c: number, concepts: Map<number, unknown>): boolean {
  for (const r of matcher.related[c]) if (concepts.has(r)) return true;
  return false;
}

/** More shared words first, then the word nearer the heading sentence's start (its subject), then in measure order. */
const byWordCount = (a: SharedWords, b: SharedWords) => b.words.length - a.words.length || a.at - b.at || a.measure - b.measure;

/**
 * A rule the measure binds itself to without exception: 一律, 第一时间, 凡…均/都/必须, or a clause
 * forbidding itself one act (不与管理服务对象一同用餐, 严禁…, 不接受…宴请: 不得/严禁/禁止/杜绝/
 * 绝不/决不/不与/不接受/不收受/不参加/不出入 at a clause's start, something named after it). Not a
 * measurable commitment (the concreteness rule wants a number, date or owner), but no slogan either.
 */
const BINDING_RULE = /一律|第一时间|凡[^，。；]{1,16}(?:均|都|必须)|(?:^|[，,；;：:。）)])(?:坚决|严格|本人|做到)?(?:不得|严禁|禁止|杜绝|绝不|决不|不与|不接受|不收受|不参加|不出入)[^，,。；;]{3,}/;

/** Digits right before a position (ASCII or full-width), as a string; "" when none. */
function digitsBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && isDigit(text.charCodeAt(i - 1))) i--;
  return text.slice(i, at);
}

const isDigit = isDigitCode;

/** A date, not a count: a phrase after a number that starts with 年/月/日 (2024年…). */
const DATE_UNIT = /^[年月日]/;

/**
 * Does one of `phrases` (shared runs as written in the problem) stand right after the same number
 * in the problem's text and in the measure's, a count and not a date? Each phrase's first
 * occurrence in each text is read. Pure.
 */
export function countedThing(problem: string, measure: string, phrases: readonly string[]): boolean {
  for (const x of phrases) {
    const a = problem.indexOf(x);
    // Most phrases follow no number: one code unit read, no search in the measure.
    if (a <= 0 || !isDigit(problem.charCodeAt(a - 1)) || DATE_UNIT.test(x)) continue;
    const b = measure.indexOf(x);
    if (b < 0) continue;
    const n = digitsBefore(problem, a);
    if (n !== '' && n === digitsBefore(measure, b)) return true;
  }
  return false;
}

/** An 一是/二是… item (module constants, not literals in the function: a literal makes a RegExp object each time it runs). */
const SHI_ITEM = /[一二三四五六七八九十]是/g;

/** Actions a measure lists: clauses between ；/; and, when more, its 一是/二是… items. */
function listedActions(body: string): number {
  let semis = 1;
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 0xff1b || body.charCodeAt(i) === 0x3b) semis++;
  const items = (body.match(SHI_ITEM) ?? []).length;
  return Math.max(semis, items);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The problem items of the outline in the order of `LinkResult.links` (aspect by aspect). */
export function problemNodes(outline: Outline): OutlineNode[] {
  // A plain loop: flatMap's generic path cost more than the rules that read the list.
  const out: OutlineNode[] = [];
  for (const a of outline.aspects) for (const p of a.problems) out.push(p);
  return out;
}

/** Key under which rules share one LinkResult through `ctx.shared`. */
export const LINK_KEY = 'link/linkOutline';

/** The outline's LinkResult, computed once per analysis and shared by the six link rules. */
export function sharedLinks(ctx: { outline: Outline; template: Template; shared: Map<string, unknown> }): LinkResult {
  let r = ctx.shared.get(LINK_KEY) as LinkResult | undefined;
  if (!r) {
    r = linkOutline(ctx.outline, ctx.template);
    ctx.shared.set(LINK_KEY, r);
  }
  return r;
}
