/** Small text helpers shared by the outline, the aspect mapping and the rules. */
import type { PartRole } from './types';
import { STANDARD_PARTS, type Template, type TemplatePart } from './template';
import { isSpace, stripLeadingMarker } from './markers';
import { TextMemo } from './collections';

/**
 * `s` without the trailing characters in `set`. A loop, not /[…]+$/: that pattern is quadratic on
 * a long run of those characters followed by anything else (every start in the run re-reads it).
 */
export function trimEndChars(s: string, set: string): string {
  let e = s.length;
  while (e > 0 && hasCode(set, s.charCodeAt(e - 1))) e--;
  return e === s.length ? s : s.slice(0, e);
}

/**
 * Does `set` hold the UTF-16 unit `c` (as `set.includes(String.fromCharCode(c))`)? Read by code,
 * so no one-character string is made per test (a Chinese character is no cached string in V8).
 */
function hasCode(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}

/** What stripForMatch drops: white space and markdown marks, then quotes (module constants, not literals in the function: a literal makes a RegExp object each time it runs). */
const MATCH_SPACE = /[\s\u3000*#]/g;
const MATCH_QUOTES = /["'“”‘’「」『』]/g;

/**
 * Per UTF-16 unit: 1 for a mark that ends a sentence (。！？；!?;), 2 for a line break, else 0; one
 * table for every sentence reader (sentences.ts, link/text.ts), read one load a unit.
 */
export const SENTENCE_BREAK = new Uint8Array(65536);
for (const c of '。！？；!?;') SENTENCE_BREAK[c.charCodeAt(0)] = 1;
SENTENCE_BREAK[0x0a] = 2;

/** Heading text as matched against template wording: no spaces, quotes or closing punctuation. */
export function stripForMatch(s: string): string {
  return trimEndChars(s.replace(MATCH_SPACE, '').replace(MATCH_QUOTES, ''), '。：:；;，,、！!？?');
}

export interface PartPatterns {
  /** All patterns in one: a heading that fails it is no part heading, without trying each. */
  any: RegExp;
  roles: { role: PartRole; res: RegExp[] }[];
}

const compiled = new WeakMap<Template, PartPatterns>();

/**
 * The parts a material's headings are read against: the template's own parts, and the standard
 * parts it does not name (a 反面典型案例剖析 part in a 2021 material is still a case part, not
 * problems), in the standard order so that ties between roles break the same way for every template.
 */
export function structureParts(template: Template): TemplatePart[] {
  const own = new Map(template.parts.map((p) => [p.role, p]));
  const std = STANDARD_PARTS.map((p) => own.get(p.role) ?? p);
  return [...std, ...template.parts.filter((p) => !STANDARD_PARTS.some((s) => s.role === p.role))];
}

export function partPatterns(template: Template): PartPatterns {
  let c = compiled.get(template);
  if (!c) {
    const parts = structureParts(template);
    const all = parts.flatMap((p) => p.patterns);
    c = {
      any: new RegExp(all.map((s) => `(?:${s})`).join('|')),
      roles: parts.map((p) => ({ role: p.role, res: p.patterns.map((s) => new RegExp(s)) })),
    };
    compiled.set(template, c);
  }
  return c;
}

/**
 * A word character's index, 0..21053: digits, ASCII letters, then CJK U+4E00..U+9FFF; -1 for any
 * other character. Small enough that a bigram of two indexes is a small integer (see bigramKeys).
 */
function wordIndex(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return c - 0x4e00 + 62;
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 65 + 10;
  if (c >= 97 && c <= 122) return c - 97 + 36;
  return -1;
}

/**
 * Character bigrams of `s` within CJK/alphanumeric runs, as numbers: first index × 32768 + second
 * (wordIndex), distinct for distinct bigrams and below 2^30, so V8 keeps them as small integers
 * rather than allocating a number object for each. Only compare keys made by this function.
 */
export function bigramKeys(s: string): Set<number> {
  const out = new Set<number>();
  let a = s.length ? wordIndex(s.charCodeAt(0)) : -1;
  for (let i = 0; i + 1 < s.length; i++) {
    const b = wordIndex(s.charCodeAt(i + 1));
    if (a >= 0 && b >= 0) out.add(a * 32768 + b);
    a = b;
  }
  return out;
}

/** Scratch for bigramList: per table slot, the call that last filled it (STAMP) and its key (KEY). */
let listStamp = new Int32Array(0);
let listKey = new Int32Array(0);
let listCall = 0;
/** Scratch for bigramList's keys, kept between calls, for texts up to LIST_SCRATCH_CHARS long. */
const listOut: number[] = [];
const LIST_SCRATCH_CHARS = 4096;

/**
 * The distinct bigram keys of `s` (as bigramKeys makes them) in the order first seen: the same
 * keys in the same order as iterating `bigramKeys(s)`, as a plain array. No set is built: keys
 * are told apart in a scratch open-addressing table kept between calls, whose slots count as
 * empty unless stamped by this call.
 */
export function bigramList(s: string): number[] {
  if (s.length < 2) return [];
  // The scratch only for texts of ordinary length, so it never keeps a flood's worth of keys.
  const out = s.length <= LIST_SCRATCH_CHARS ? listOut : [];
  let n = 0;
  let bits = 4;
  while (1 << bits < s.length * 2) bits++;
  if (listStamp.length < 1 << bits) {
    listStamp = new Int32Array(1 << bits);
    listKey = new Int32Array(1 << bits);
    listCall = 0;
  }
  if (++listCall > 0x3fffffff) {
    listStamp.fill(0);
    listCall = 1;
  }
  const call = listCall;
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  let a = wordIndex(s.charCodeAt(0));
  for (let i = 0; i + 1 < s.length; i++) {
    const b = wordIndex(s.charCodeAt(i + 1));
    if (a >= 0 && b >= 0) {
      const key = a * 32768 + b;
      let h = Math.imul(key, 0x9e3779b1) >>> shift;
      for (;;) {
        if (listStamp[h] !== call) {
          listStamp[h] = call;
          listKey[h] = key;
          out[n++] = key;
          break;
        }
        if (listKey[h] === key) break;
        h = (h + 1) & mask;
      }
    }
    a = b;
  }
  // Copied out at its size: pushed one by one, a list grew through two or three larger arrays.
  return out.slice(0, n);
}

/**
 * Writing hints in brackets, example cues, the frame of a measure stub (针对“…”的问题, what the
 * uncovered-problem fix inserts: messages.measureStub), punctuation and spaces: what a placeholder
 * may contain besides its dots.
 */
const PLACEHOLDER_NOISE = /针对[“"].{0,80}?[”"]的问题|[（(][^）)]*[）)]|比如|例如|[\s\u3000，,。．.：:；;、“”"'‘’!！?？]/g;

/**
 * A skeleton's unfilled item: nothing but "……"/"××" once the number, bracketed hints ("（写明
 *具体措施、完成时限和责任人）"), 比如 and punctuation are set aside. A measure stub not yet written
 * ("（五）针对“理论学习不深”的问题，……（写明具体措施、完成时限和责任人）。") is one too: it is not a
 * concrete measure and answers no problem until the writer fills it in.
 */
export function isPlaceholder(text: string): boolean {
  if (!PLACEHOLDER_HINT.test(text)) return false;
  // What stripLeadingMarker(text).replace(PLACEHOLDER_NOISE, '') leaves is only placeholder
  // characters: read in place, stopping at the first other character outside the noise (most
  // text holding an "XX" is real text, and the copy without its noise was the size of the item).
  // No noise match starts at a placeholder character, so the text between matches is read a
  // unit at a time, and a noise match is tried only where one can start: where the global
  // search of replace would find its next match, or, if none matches there, a character replace
  // would keep.
  const t = stripLeadingMarker(text);
  let p = 0;
  while (p < t.length) {
    const c = t.charCodeAt(p);
    if (PLACEHOLDER_UNITS.has(c)) {
      p++;
      continue;
    }
    if (!NOISE_FIRST.has(c)) return false;
    NOISE_AT.lastIndex = p;
    if (!NOISE_AT.test(t)) return false;
    p = NOISE_AT.lastIndex;
  }
  return true;
}

/**
 * isPlaceholder's test for some placeholder character at all, or the other shapes of an ellipsis
 * ("...", "。。。": three full stops, which its noise then sets aside) (a module constant, not a
 * literal in the function: a literal makes a RegExp object each time it runs).
 */
const PLACEHOLDER_HINT = /[…⋯×＿_]|[xXｘＸ]{2}|\*|\.{3}|．{3}|。{3}/;
/** What a placeholder may be made of once the noise is set aside (/^[…⋯×xXｘＸ＿_某*]*$/), by UTF-16 unit. */
const PLACEHOLDER_UNITS: ReadonlySet<number> = new Set([...'…⋯×xXｘＸ＿_某*'].map((c) => c.charCodeAt(0)));
/** PLACEHOLDER_NOISE tried at one place (sticky); no alternative matches the empty string. */
const NOISE_AT = new RegExp(PLACEHOLDER_NOISE.source, 'y');
/**
 * Every unit a PLACEHOLDER_NOISE match can start with: 针, an opening bracket, 比, 例, and its class
 * of white space and punctuation (every unit \s matches, markers.ts isSpace).
 */
const NOISE_FIRST = new Set<number>([...'针（(比例\u3000，,。．.：:；;、“”"\'‘’!！?？'].map((c) => c.charCodeAt(0)));
for (let c = 0; c < 0x10000; c++) if (isSpace(c)) NOISE_FIRST.add(c);

/**
 * A run of placeholder characters (……, ××, ＿＿): the placeholder rule's first-run pattern, also
 * read by the hosts' 选中占位内容 stepping (word/placeholders.ts), so both find placeholders alike.
 */
export const PLACEHOLDER_RUN = /[…⋯]+|[×Ｘ]{2,}|[＿_]{2,}/;

/**
 * Placeholder marks left in a draft where a name, a number or a year is still to be written:
 * ××/×××, XX/XXX/xx (full-width too) standing alone, one x before a measure word ("x人", "x次"),
 * "*年度" (a lone asterisk before 年, not markdown's "**"), "20XX年". Writers' skeletons and
 * the notices' templates use these (templates.md); they are flagged like "……", never read as
 * content. Not a placeholder: x inside a Latin word ("Excel"), "**" emphasis.
 */
export const PLACEHOLDER_MARK =
  /×{2,}|ＸＸ|ｘｘ|(?<![A-Za-z])[Xx]{2,4}(?![A-Za-z])|(?<![A-Za-z0-9])[xX](?=[人名个项次条件家所位篇本场天月日年%％])|(?<!\*)\*(?!\*)(?=年)/;

/**
 * The start of a paragraph's text, for excerpts: at most `max` UTF-16 units, then “…” (clipAtClause); line
 * breaks become one space. With `typed` (a .txt/.md source, whose markdown marks the reader
 * removed), the ASCII spaces markdown left between Chinese text are dropped as well (see
 * withoutMarkupSpaces): “**1.** 贯彻” read as “1. 贯彻” shows as “1.贯彻”.
 */
export function excerpt(s: string, max = 40, typed = false): string {
  // Only the start is shown: cut before cleaning, so a long paragraph costs nothing.
  const cut = s.slice(0, max + 40);
  let t = (cut.includes('\n') ? cut.replace(LINE_BREAK, ' ') : cut).trim();
  if (typed) t = withoutMarkupSpaces(t);
  return clipAtClause(t, max);
}

/** A line break and the white space around it, as excerpt makes it one space. */
const LINE_BREAK = /\s*\n\s*/g;

/** Marks a clause or sentence ends on: cutting right before one never splits a word. */
const CLAUSE_END = '，,。；;：:、！!？?';

/**
 * `t` shown in at most `max` UTF-16 units then “…” (every finding's excerpt, in the report and the
 * JSON): cut before the last clause mark in its last 10 units when there is one (a clause end is a
 * word end, and no segmenting is needed), else where a word ends (wordEndWithin, as clip cuts;
 * at `max` only when no word ends in its second half, as in a long Latin run) — never inside a
 * word (not 确保整… of 确保整改到位); never on a dangling clause mark or opening quote. Unchanged when
 * it fits.
 */
export function clipAtClause(t: string, max: number): string {
  if (t.length <= max) return t;
  let at = -1;
  for (let i = max; i >= Math.max(1, max - 10); i--) {
    if (hasCode(CLAUSE_END, t.charCodeAt(i))) {
      at = i;
      break;
    }
  }
  if (at < 0) {
    const w = wordEndWithin(t, max);
    at = w * 2 >= max ? w : max;
  }
  const kept = trimEndChars(t.slice(0, at), CLIP_LOOSE);
  return (kept || t.slice(0, max)) + '…';
}

/** One word segmenter for the whole engine (making one costs more than segmenting a short text). */
let segmenter: Intl.Segmenter | null | undefined;

/**
 * The engine's zh word segmenter (Intl.Segmenter, granularity word), or null where the runtime has
 * none. Callers segment one short text at a time: Node's segmenter is quadratic on a long string.
 */
export function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/**
 * The largest offset ≤ `max` (UTF-16) where a word of `t` ends (Intl.Segmenter, zh), or 0 when
 * none does (or the host has no Intl.Segmenter). Only the first `max + 16` units decide, and only
 * the segment holding offset `max` is asked for (its start is the last word end before it): no
 * segment objects for the words before it. Of those units only the clause holding `max` is
 * segmented — from the last certain word end before it to the first after it (certainWordEnd:
 * Chinese punctuation beside a Chinese character, where the segmenter's dictionary run stops and
 * a word always ends) — the same answer for about half the segmenter's time (it costs by length).
 */
export function wordEndWithin(t: string, max: number): number {
  const words = zhSegmenter();
  if (!words || max <= 0) return 0;
  const w = t.length > max + 16 ? t.slice(0, max + 16) : t;
  if (w.length <= max) return w.length;
  if (certainWordEnd(w.charCodeAt(max - 1), w.charCodeAt(max))) return max;
  let from = 0;
  for (let i = max - 1; i > 0; i--) {
    if (certainWordEnd(w.charCodeAt(i - 1), w.charCodeAt(i))) {
      from = i;
      break;
    }
  }
  let to = w.length;
  for (let i = max + 1; i < w.length; i++) {
    if (certainWordEnd(w.charCodeAt(i - 1), w.charCodeAt(i))) {
      to = i;
      break;
    }
  }
  return from + segmentStart(words, from === 0 && to === w.length ? w : w.slice(from, to), max - from);
}

/** Segment starts found (segmentStart), by the offset asked and then by the clause (some 50 units at most each). */
const segmentStarts = new TextMemo<number>(8192);

/** Forget the kept segment starts and one-character words (benchmarks: each timed run starts as a fresh process would). */
export function forgetSegmentStarts(): void {
  segmentStarts.clear();
  oneCharWords.clear();
}

/**
 * Where the word holding offset `at` of `s` starts (Intl.Segmenter), each distinct (`s`, `at`)
 * segmented once per process: the same clauses come back in every material of a folder (headings,
 * the template's own words), and segmenting is most of what cutting an excerpt costs.
 */
function segmentStart(words: Intl.Segmenter, s: string, at: number): number {
  let start = segmentStarts.get(at, s);
  if (start === undefined) {
    start = words.segment(s).containing(at)!.index;
    segmentStarts.set(at, s, start);
  }
  return start;
}

/**
 * Chinese punctuation a word never runs across (word-break class Other, or MidNum/MidLetter, which
 * join only digits or letters): ，。、；：？！“”（）《》「」『』【】…—.
 */
const HARD_PUNCT = new Set([..."，。、；：？！“”（）《》「」『』【】…—"].map((c) => c.charCodeAt(0)));

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * Whether a word ends between characters `a` and `b` whatever the text around them: a Chinese
 * character or punctuation mark before such punctuation, or such punctuation before a Chinese
 * character (the segmenter breaks on both sides of them, and its dictionary reads runs of Chinese
 * characters only). Saves segmenting when an excerpt is cut at a clause mark.
 */
function certainWordEnd(a: number, b: number): boolean {
  if (HARD_PUNCT.has(b)) return isHan(a) || HARD_PUNCT.has(a);
  return HARD_PUNCT.has(a) && isHan(b);
}

/** What a clipped text does not end on before its “…”: clause marks, an opening quote or bracket, spaces. */
const CLIP_LOOSE = '，,、；;：:（(“‘《「 \u3000';

/**
 * `t` shown in at most `max` UTF-16 units then “…”: cut where a word ends (wordEndWithin; at `max`
 * when the last word end is before max / 2, as in a long Latin run), without a dangling clause mark
 * or opening quote before the “…” (not 成员在推…, not 经验，…). Unchanged when it fits.
 */
export function clip(t: string, max: number): string {
  if (t.length <= max) return t;
  const w = wordEndWithin(t, max);
  const kept = trimEndChars(t.slice(0, w * 2 >= max ? w : max), CLIP_LOOSE);
  return (kept || t.slice(0, max)) + '…';
}

/** Chinese characters and full-width punctuation (what an item number's space is dropped before). */
const WIDE = '\u2e80-\u2fff\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014';
/** Full-width punctuation (，。：；、（）「」“” …): no space belongs on either side of it. */
const WIDE_PUNCT = '\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014';
const SPACE_BY_PUNCT = new RegExp(`(?<=[${WIDE_PUNCT}])[ \\t]+|[ \\t]+(?=[${WIDE_PUNCT}])`, 'g');
/** A typed item number (1. 1、 (1) 一. 一是 第一) and the space after it, before Chinese text. */
const NUMBER_SPACE = new RegExp(`^((?:\\d{1,3}|[一二三四五六七八九十]{1,3})[.．、]|[（(][\\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3})[ \\t]+(?=[${WIDE}])`);

/**
 * Text as a Chinese writer sets it, without the ASCII spaces that markdown leaves where its marks
 * stood: beside full-width punctuation (“**学习不够。** 常委” → “学习不够。常委”, “**一、** 存在”
 * → “一、存在”, “比如： 2021年”) and after a leading item number (“**1.** 贯彻”, “1. **学习**”
 * → “1.学习”). A space between two Chinese words stays — writers set one on purpose (“党支部
 * 党员××”) — as do spaces beside Latin letters and digits (“2. 5G”, “2021年 8月”) and the
 * ideographic space U+3000.
 */
export function withoutMarkupSpaces(s: string): string {
  if (s.indexOf(' ') < 0 && s.indexOf('\t') < 0) return s;
  return s.replace(NUMBER_SPACE, '$1').replace(SPACE_BY_PUNCT, '');
}

/** Whether UTF-16 code unit `c` is a digit, 0–9 or full-width ０–９. */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

const FULL_WIDTH_DIGIT = /[０-９]/;

/** `s` with full-width digits ０–９ as ASCII 0–9 (length-preserving; `s` itself when it has none). */
export function asciiDigits(s: string): string {
  if (!FULL_WIDTH_DIGIT.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 0x30) : s[i];
  }
  return out;
}

/** oneCharWordAt's answers, by the offset asked and then by the text (a phrase and the four units before it). */
const oneCharWords = new TextMemo<boolean>(8192);

/**
 * Whether the segmenter's word holding offset `at` of `s` is the one character there; each distinct
 * (`s`, `at`) segmented once per process: a material's evidence phrases come back in the next
 * material of a folder, and segmenting is most of what evidenceWords costs.
 */
function oneCharWordAt(words: Intl.Segmenter, s: string, at: number): boolean {
  let one = oneCharWords.get(at, s);
  if (one === undefined) {
    const word = words.segment(s).containing(at);
    one = word !== undefined && word.index === at && word.segment.length === 1;
    oneCharWords.set(at, s, one);
  }
  return one;
}

/** A Chinese character (CJK unified ideographs and extension A), by UTF-16 unit. */
const isHanUnit = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** One-character words that stand alone, never the piece of a compound: negations, particles, prepositions, locatives. */
const STANDALONE = new Set([...'不没未的地得了着过和与及或并而之在对向从把被将为于以由到是有也都就才只再又还更很最要上下中里内外'].map((c) => c.charCodeAt(0)));

/**
 * A phrase two texts share, as the writer should see it quoted as evidence (its first occurrence
 * in `a`, `b` the other text): not starting on a one-character word right after a number (宗 of
 * 5宗违法用地 → 违法用地: a classifier), and not starting on a one-character word whose word-mate
 * both texts have right before it, itself a one-character word, when a longer word follows (债任务
 * of 化|债|任务 in both → 化债任务: the segmenter splits a compound it lacks into characters, and a
 * cut between them is inside the word). `phrase`
 * unchanged when a text does not hold it or there is no segmenter; '' when under two characters
 * are left.
 */
export function evidenceWords(a: string, b: string, phrase: string): string {
  const seg = zhSegmenter();
  if (!seg || phrase.length < 2) return phrase;
  const ia = a.indexOf(phrase);
  const ib = b.indexOf(phrase);
  if (ia < 0 || ib < 0) return phrase;
  const first = phrase.charCodeAt(0);
  if (!isHanUnit(first) || STANDALONE.has(first)) return phrase;
  // Is the phrase's first character a word of its own in `a` (the segmenter's word holding it is one character)?
  const ctx = a.slice(Math.max(0, ia - 4), ia + phrase.length);
  const at = Math.min(4, ia);
  if (!oneCharWordAt(seg, ctx, at)) return phrase;
  const before = ia > 0 ? a.charCodeAt(ia - 1) : NaN;
  if (isDigitCode(before)) return phrase.length > 2 ? phrase.slice(1) : '';
  if (ib > 0 && b.charCodeAt(ib - 1) === before && isHanUnit(before) && !STANDALONE.has(before)) {
    // The character before is a one-character word in `a` too: the two are one word the segmenter lacks.
    // Only before a word of two or more (化|债|任务, not 村|党|风|廉|政, where every character stands alone).
    const words = seg.segment(ctx);
    const mate = words.containing(at - 1);
    const next = words.containing(at + 1);
    if (mate && mate.index === at - 1 && mate.segment.length === 1 && next && next.index === at + 1 && next.segment.length >= 2) return a.slice(ia - 1, ia + phrase.length);
  }
  return phrase;
}
