/**
 * Two-character words a problem and a measure share: the last evidence the linking reads, for a
 * problem nothing longer answers ("上班偶尔有迟到现象" / "严格遵守考勤制度，杜绝迟到早退"; "耕地保护督查不力"
 * / "坚决守住耕地红线"). A shared run of two characters is too often chance to be read like a
 * phrase (every material shares 学习、工作、问题、加强、落实、党员 …), so a word counts only when
 *
 * - it is a word of the problem's heading sentence (what the problem is about; a word of its
 *   example alone is detail, as a term of the body alone is in link.ts, except as exampleWords
 *   reads it: a thing of a sentence giving an instance, named by a measure answering nothing),
 * - the segmenter (Intl.Segmenter, zh) reads it as a word in the problem and in the measure: one
 *   word, or the first or last two characters of a compound it keeps whole (迟到 in 迟到早退), never
 *   two characters of neighbouring words (学校|长期 holds no 校长) or the middle of a longer word,
 *   nor the unit of a quantity (a word right after a digit or numeral: 8小时, 八小时以外),
 * - it is no generic wording (`isGenericWord`): no window of the notices' own wording (the built-in
 *   templates' names, theme words, aspect titles and vocabularies, the parts' labels, and those of
 *   the material's own template, an imported notice's included), of the lexicon's forms (a concept
 *   counts those), of the fixed formulations, of GENERIC_BIGRAMS, of the words every material
 *   uses to state its measures (common-words.json), or of shortfall wording (缓慢, 滞后: shortfall.ts),
 * - and it is rare in the material: no other problem and no cause holds it, and at most
 *   `maxMeasures` measures do (a word in several items is the material's own common wording).
 *
 * Cost: nothing for a problem something else answers; otherwise, for each two-character window of
 * its heading sentence, a look-up among the measures' windows (a WindowSet, made once a material)
 * and the generic ones, then for the few left a substring count over the material's items, and
 * only for a window that passed all of these a segmenter call on a short window of its sentence
 * in the problem and in each measure holding it (the segmenter costs some 20 µs a call).
 */
import { GENERIC_BIGRAMS } from './bigrams';
import boilerplateData from './boilerplate.json';
import lexiconData from './lexicon.json';
import commonWords from './common-words.json';
import { allTemplates, STANDARD_PARTS, type Template } from '../template';
import { zhSegmenter } from '../text';
import { SHORTFALL_WORDS } from './shortfall';

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
const CJK_SPAN = CJK_LAST - CJK_FIRST + 1;

/** text[i, i + 2) as a number, or -1 when either unit is no CJK unified ideograph. */
export function bigramCode(text: string, i: number): number {
  const a = text.charCodeAt(i) - CJK_FIRST;
  const b = text.charCodeAt(i + 1) - CJK_FIRST;
  return a >= 0 && b >= 0 && a < CJK_SPAN && b < CJK_SPAN ? a * CJK_SPAN + b : -1;
}

/** Adds every two-character window of `text` (CJK only) to `into`. */
function addWindows(into: Set<number>, text: string | undefined): void {
  if (!text) return;
  for (let i = 0; i + 1 < text.length; i++) {
    const g = bigramCode(text, i);
    if (g >= 0) into.add(g);
  }
}

/**
 * The wording of a template's notice: its name, theme words, aspect titles and vocabularies. Any
 * of them may be missing (a template object made by hand, or read from a notice without them).
 */
function addTemplate(into: Set<number>, t: Partial<Template>, vocabulary = true): void {
  addWindows(into, t.name);
  for (const w of t.themeWords ?? []) addWindows(into, w);
  for (const a of t.aspects ?? []) {
    addWindows(into, a.short);
    addWindows(into, a.title);
    addWindows(into, a.long);
    // Without `vocabulary`, a word a notice lists on its own (开工, 党费) is left out, as a thing an example may name.
    for (const w of a.vocabulary ?? []) if (vocabulary || w.length > 2) addWindows(into, w);
  }
  for (const p of t.parts ?? []) addWindows(into, p.label);
}

interface LexiconFile {
  concepts: { forms: string[]; loose?: string[] }[];
}

/** The generic two-character windows every material may share (built once). */
let generic: Set<number> | undefined;

/**
 * What exampleWords reads as generic: the same but the two-character words the notices' aspect
 * vocabularies list on their own (开工, 党费: a thing an example names); the material's own
 * template counts whole (built once).
 */
let exampleGeneric: Set<number> | undefined;

function genericWindows(vocabulary = true): Set<number> {
  if (vocabulary && generic) return generic;
  if (!vocabulary && exampleGeneric) return exampleGeneric;
  const g = new Set<number>();
  for (const x of GENERIC_BIGRAMS) addWindows(g, x);
  for (const t of allTemplates()) addTemplate(g, t, vocabulary);
  for (const p of STANDARD_PARTS) addWindows(g, p.label);
  for (const c of (lexiconData as LexiconFile).concepts) {
    for (const f of c.forms) addWindows(g, f);
    for (const f of c.loose ?? []) addWindows(g, f);
  }
  for (const x of (boilerplateData as { phrases: string[] }).phrases) addWindows(g, x);
  for (const x of (commonWords as { words: string[] }).words) addWindows(g, x);
  for (const x of SHORTFALL_WORDS) addWindows(g, x);
  if (vocabulary) generic = g;
  else exampleGeneric = g;
  return g;
}

/** A template's own windows beyond the built-in ones (an imported notice), by template. */
const ownWindows = new WeakMap<Template, Set<number>>();

function templateWindows(t: Template): Set<number> {
  let own = ownWindows.get(t);
  if (!own) {
    own = new Set<number>();
    addTemplate(own, t);
    ownWindows.set(t, own);
  }
  return own;
}

/**
 * Is the two-character word `word` generic wording (see the file's doc), for a material read by
 * `template` (its notice's wording counts too; none: the built-in templates only)?
 */
export function isGenericWord(word: string, template?: Template): boolean {
  const g = bigramCode(word, 0);
  if (word.length !== 2 || g < 0) return true;
  return genericWindows().has(g) || (template !== undefined && templateWindows(template).has(g));
}

/**
 * Digits and numerals: a word right after one is the unit of a quantity (8小时, 八小时以外, 3批次),
 * the frame of a measure's "how much", not the thing it is about.
 */
const NUMERAL = new Set([...'0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万两几半'].map((c) => c.charCodeAt(0)));

/** Does text[at] follow a digit or numeral? */
const afterNumeral = (text: string, at: number) => at > 0 && NUMERAL.has(text.charCodeAt(at - 1));

/** Sentence ends: the segmenter runs within one sentence. */
const SENTENCE_END = new Set([...'。！？；!?;\n'].map((c) => c.charCodeAt(0)));
/** Context either side of a word when its boundaries are found (code units). */
const WINDOW = 6;

/**
 * Is text[at, at + 2) a word by the segmenter (within a window of its sentence): one word, or the
 * first or last two characters of one (迟到 in 迟到早退, 学生 in 中学生: the dictionary keeps such
 * compounds whole)? Not a run across two words (学校|长期 holds no 校长) nor the middle of a longer one.
 */
/** Where the sentence holding `at` starts, looking back at most WINDOW characters (UTF-16 offset). */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - WINDOW);
  for (let i = at - 1; i >= from; i--) if (SENTENCE_END.has(text.charCodeAt(i))) return i + 1;
  return from;
}

export function wordAt(seg: Intl.Segmenter, text: string, at: number): boolean {
  if (afterNumeral(text, at)) return false;
  const from = sentenceStart(text, at);
  let to = Math.min(text.length, at + 2 + WINDOW);
  for (let i = at + 2; i < to; i++) {
    if (SENTENCE_END.has(text.charCodeAt(i))) {
      to = i;
      break;
    }
  }
  const s = seg.segment(text.slice(from, to)).containing(at - from);
  if (s === undefined || !s.isWordLike) return false;
  const start = at - from;
  const end = s.index + s.segment.length;
  return start + 2 <= end && (s.index === start || end === start + 2);
}

/** Does `text` hold `word` as a word (wordAt) somewhere? */
function holdsWord(seg: Intl.Segmenter, text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (wordAt(seg, text, at)) return true;
  return false;
}

/** Bits of a WindowSet: 2^14 (2 KB; a material's measures hold some 2,000 windows). */
const SET_BITS = 14;

/**
 * The two-character windows of some texts, as a Bloom filter of one hash (2^14 bits): `has` may
 * answer yes for a window none holds (rarely), never no for one it holds. What a heading sentence's
 * word must be among for any measure to share it: one typed array a material, a few operations a
 * character (a Set of the windows cost more than the rest of the pass).
 */
export class WindowSet {
  private readonly bits = new Uint32Array(1 << (SET_BITS - 5));

  constructor(texts: readonly string[]) {
    for (const t of texts) {
      for (let i = 0; i + 1 < t.length; i++) {
        const x = bigramCode(t, i);
        if (x >= 0) {
          const h = Math.imul(x, 0x9e3779b1) >>> (32 - SET_BITS);
          this.bits[h >>> 5] |= 1 << (h & 31);
        }
      }
    }
  }

  /** May some text hold the window of code `x` (bigramCode)? False for -1. */
  has(x: number): boolean {
    if (x < 0) return false;
    const h = Math.imul(x, 0x9e3779b1) >>> (32 - SET_BITS);
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

export interface SharedWordsOptions {
  /** Most measures that may hold a word for it to count (default 2). */
  maxMeasures?: number;
  /**
   * The measures' windows (a WindowSet of `measures`), when the caller keeps it for several
   * problems: a heading sentence with no specific window among them is not segmented at all (most
   * unanswered problems share nothing specific).
   */
  grams?: WindowSet;
  /** The problem's own index in `rest` (default: none of them). */
  self?: number;
  /** The material's template (its notice's wording is generic too). */
  template?: Template;
}

/** A measure and the words it shares with the problem, in the order they stand in its heading sentence. */
export interface SharedWords {
  measure: number;
  words: string[];
  /** Where the first of them stands in the heading sentence (UTF-16 offset): the problem's subject comes first. */
  at: number;
}

/**
 * The measures sharing a specific two-character word of the problem's heading sentence `head`
 * (see the file's doc), in measure order. `measures` are the candidates (their indexes are the
 * result's `measure`); `rest` is the rest of the material, its problems (`options.self`: the
 * problem's own index there, not counted) and causes, read only to judge how common a word is.
 * Empty when the host has no Intl.Segmenter.
 */
export function sharedWords(head: string, measures: readonly string[], rest: readonly string[], options: SharedWordsOptions = {}): SharedWords[] {
  const seg = zhSegmenter();
  if (!seg || measures.length === 0) return [];
  const maxMeasures = options.maxMeasures ?? 2;
  const self = options.self ?? -1;
  const grams = options.grams ?? new WindowSet(measures);
  const g = genericWindows();
  const own = options.template ? templateWindows(options.template) : undefined;
  const out: SharedWords[] = [];
  let seen: string[] | undefined;
  // Window by window, the cheap tests first; the segmenter (some 20 µs a call, far more than the
  // rest) is asked only about a window that passed them all, and nearly none does.
  for (let i = 0; i + 1 < head.length; i++) {
    const x = bigramCode(head, i);
    if (x < 0 || g.has(x) || own?.has(x) === true || !grams.has(x)) continue;
    const word = head.slice(i, i + 2);
    if (seen?.includes(word)) continue;
    (seen ??= []).push(word);
    let holding = 0;
    for (const m of measures) if (m.includes(word) && ++holding > maxMeasures) break;
    if (holding === 0 || holding > maxMeasures || heldElsewhere(rest, self, word) || !holdsWord(seg, head, word)) continue;
    measures.forEach((m, k) => {
      if (!m.includes(word) || !holdsWord(seg, m, word)) return;
      const entry = out.find((e) => e.measure === k);
      if (entry) entry.words.push(word);
      else out.push({ measure: k, words: [word], at: i });
    });
  }
  return out.sort((a, b) => a.measure - b.measure);
}

/** Does some text of `rest` but rest[self] hold `word`? */
function heldElsewhere(rest: readonly string[], self: number, word: string): boolean {
  for (let k = 0; k < rest.length; k++) if (k !== self && rest[k].includes(word)) return true;
  return false;
}

/**
 * How many of text[at] and text[at + 1] the segmenter (within a window of the sentence) puts in
 * a word of two or more characters that is not the pair itself nor begins or ends with it: 0 for a
 * word (wordAt) or a run of single characters the dictionary does not know (党|费, 签|约), 1 for a
 * pair one of whose characters another word claims (村|道路|灯 holds 路灯 so), 2 for a run across
 * two words (学校|长期 holds no 校长). Pure but for the segmenter.
 */
export function claimedChars(seg: Intl.Segmenter, text: string, at: number): number {
  if (wordAt(seg, text, at)) return 0;
  const from = sentenceStart(text, at);
  const to = Math.min(text.length, at + 2 + WINDOW);
  const segments = seg.segment(text.slice(from, to));
  let n = 0;
  for (const k of [at, at + 1]) {
    const s = segments.containing(k - from);
    if (s !== undefined && s.segment.length > 1) n++;
  }
  return n;
}

/** Sentence ends of a problem's body (its example sentences are read one by one). */
const EXAMPLE_SENTENCE = /[^。；;！？!?\n]+/g;

export interface ExampleWordsOptions extends SharedWordsOptions {
  /** Is this sentence of the problem's body a concrete instance (patterns.ts hasExample)? */
  isExample: (sentence: string) => boolean;
  /** Words that are no thing (a body's name, the aspect's own heading): never read. */
  drop?: (word: string) => boolean;
  /**
   * May rest[k] (not the problem itself) hold `word` and the word still count? At most one such
   * item may (default: none may).
   */
  elsewhere?: (k: number, word: string) => boolean;
}

/**
 * The measures naming a specific two-character word of the problem's example ("比如村道路灯坏了3
 * 个月没修" / "2027年1月底前修好路灯"; "有2名党员连续6个月未交党费" / "党费收缴由组织委员每月催缴"):
 * what sharedWords reads in the heading sentence, read in the body's sentences that give a concrete
 * instance (a cue, a figure, a date: `isExample`). The word must pass the same tests
 * (generic wording, the unit of a quantity, rarity: no other problem or cause, at most
 * `maxMeasures` measures) and `drop`; the dictionary need not know it (claimedChars: at most one
 * of its four characters, in the problem and the measure, claimed by another word). In measure
 * order, as sharedWords.
 */
export function exampleWords(body: string, measures: readonly string[], rest: readonly string[], options: ExampleWordsOptions): SharedWords[] {
  const seg = zhSegmenter();
  if (!seg || measures.length === 0) return [];
  const maxMeasures = options.maxMeasures ?? 2;
  const self = options.self ?? -1;
  const grams = options.grams ?? new WindowSet(measures);
  const g = genericWindows(false);
  const own = options.template ? templateWindows(options.template) : undefined;
  const out: SharedWords[] = [];
  const seen: string[] = [];
  EXAMPLE_SENTENCE.lastIndex = 0;
  for (let m = EXAMPLE_SENTENCE.exec(body); m; m = EXAMPLE_SENTENCE.exec(body)) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (end - start < 2 || !options.isExample(m[0])) continue;
    for (let i = start; i + 1 < end; i++) {
      const x = bigramCode(body, i);
      if (x < 0 || g.has(x) || own?.has(x) === true || !grams.has(x)) continue;
      const word = body.slice(i, i + 2);
      if (seen.includes(word)) continue;
      seen.push(word);
      if (options.drop?.(word)) continue;
      let holding = 0;
      for (const t of measures) if (t.includes(word) && ++holding > maxMeasures) break;
      if (holding === 0 || holding > maxMeasures || afterNumeral(body, i) || !rareInRest(rest, self, word, options.elsewhere)) continue;
      const inProblem = claimedChars(seg, body, i);
      if (inProblem > 1) continue;
      measures.forEach((t, k) => {
        let best = 3;
        for (let at = t.indexOf(word); at >= 0 && best > 0; at = t.indexOf(word, at + 1)) if (!afterNumeral(t, at)) best = Math.min(best, claimedChars(seg, t, at));
        if (inProblem + best > 1) return;
        const entry = out.find((e) => e.measure === k);
        if (entry === undefined) {
          out.push({ measure: k, words: [word], at: i });
          return;
        }
        // A word running on from the last one (渣土 + 土车) is one word of three characters, if the measure writes it so.
        const last = entry.words[entry.words.length - 1];
        const lastAt = body.lastIndexOf(last, i);
        const joined = last + body[i + 1];
        if (lastAt >= 0 && lastAt + last.length === i + 1 && t.includes(joined)) entry.words[entry.words.length - 1] = joined;
        else entry.words.push(word);
      });
    }
  }
  return out.sort((a, b) => a.measure - b.measure);
}

/** Does no item of `rest` but rest[self] hold `word`, or only one that `allowed` lets? */
function rareInRest(rest: readonly string[], self: number, word: string, allowed?: (k: number, word: string) => boolean): boolean {
  let found = 0;
  for (let k = 0; k < rest.length; k++) {
    if (k === self || !rest[k].includes(word)) continue;
    if (allowed === undefined || !allowed(k, word) || ++found > 1) return false;
  }
  return true;
}
