/**
 * Word boundaries for shared phrases. A phrase found by characters alone can start or end inside a
 * word ("本理论书籍" from 两本理论书籍, "发文数量比" from 发文数量比上年): shown to the writer as
 * evidence it reads as a fragment, and counted as a link it is partly chance. `wordSpan` moves a
 * span's ends inward to the word boundaries Intl.Segmenter (zh) finds, then drops a lone function
 * character at either end (a classifier, numeral, preposition or particle standing as its own word
 * before or after a longer word: 本|理论|书籍, 向|党组|书记), or a suffix left from the word before
 * (系统|性|和|整体|性 → 整体性).
 *
 * Cost: one segmenter pass over the sentence around the span (never the whole text: the
 * segmenter's cost grows faster than the string on long runs without sentence ends), capped at
 * `WINDOW` code units either side.
 */

import { zhSegmenter } from '../text';
import { TextMemo } from '../collections';

/** Sentence ends and line breaks: the segmenter is run within one sentence. */
const SENTENCE_END = new Set([...'。！？；!?;\n'].map((c) => c.charCodeAt(0)));

/** Code units of context either side of the span, at most: enough for the words at its ends. */
const WINDOW = 4;

/**
 * Single characters that stand as their own word only as grammar, not meaning: classifiers (本、个、项),
 * numerals and quantifiers (两、每、各), prepositions and conjunctions (向、对、和), particles and
 * adverbs (的、了、再、还). A span does not start or end on one of these when it stands next to a
 * longer word. Kept small: a character of an unknown compound (信|访|积|案) is never dropped, since
 * a span is only trimmed where the lone character borders a word of two or more characters.
 */
const FUNCTION_CHARS = new Set([
  ...'本个次项份名篇件场期批所位条种类套台户人处座',
  ...'一二三四五六七八九十百千万两几每各该此其这那',
  ...'向从被给让使比跟同与和及或并而且对把将为于在之以由到',
  ...'的地得了着过是也都就才只再又还更很最太有要不没',
]);

/**
 * Word-forming suffixes (系统|性, 现代|化): standing alone at a span's start right after another
 * character, the span began inside a word ("性和整体性" from 系统性和整体性).
 */
const SUFFIX_CHARS = new Set([...'性化式型度率感']);

/** A CJK unified ideograph (U+4E00–U+9FFF). */
const isCjkUnit = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * Could text[start, end) start or end inside a word, or on a lone function character? Not when
 * each end borders something that is no Chinese character (punctuation, a digit, the text's end)
 * or a particle. A cheap test before the segmenter (about 1.5 µs a character). With `endsOnly`,
 * only the characters at the span's own ends are tested (a function character or a suffix there):
 * the test for evidence, where most spans border other characters and the segmenter's cost would
 * double the linking time; a cut inside an unknown compound is then left as found.
 */
export function mayCutWord(text: string, start: number, end: number, endsOnly = false): boolean {
  const first = text.charCodeAt(start);
  if (FUNCTION_UNIT.has(first) || SUFFIX_UNIT.has(first) || FUNCTION_UNIT.has(text.charCodeAt(end - 1))) return true;
  return !endsOnly && (openAt(text, start - 1) || openAt(text, end));
}

/** text[i] is a Chinese character other than a particle (false outside the text). */
function openAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isCjkUnit(c) && !BOUNDARY_UNIT.has(c);
}

/** Particles that end a word wherever they stand (的、了、和 …). */
const BOUNDARY_CHARS = new Set([...'的地得了着过和与及或并而之']);

/**
 * The character sets by UTF-16 unit, read by code so that no one-character string is made per
 * test (a Chinese character is no cached string in V8). Every character of the sets is one unit;
 * NaN (outside the text) is in none.
 */
const units = (chars: ReadonlySet<string>): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const FUNCTION_UNIT = units(FUNCTION_CHARS);
const SUFFIX_UNIT = units(SUFFIX_CHARS);
const BOUNDARY_UNIT = units(BOUNDARY_CHARS);


/**
 * The part of text[start, end) that starts and ends on word boundaries, without a lone function
 * character at either end: [start', end') with start ≤ start' ≤ end' ≤ end (UTF-16 offsets into
 * `text`). Returns [start, end) unchanged when no segmenter is available, and an empty span
 * (start' === end') when no whole word is left.
 * "两本理论书籍" span "本理论书籍" → "理论书籍"; "发文数量比上年" span "发文数量比" → "发文数量".
 * `memo` (one per `text`) keeps the answers for spans asked again.
 */
export function wordSpan(text: string, start: number, end: number, memo?: Map<number, [number, number]>): [number, number] {
  const seg = zhSegmenter();
  if (!seg || end <= start) return [start, end];
  // The same span of one problem comes back for each measure sharing it: segmented once.
  const key = start * SPAN_KEY + end;
  const known = memo?.get(key);
  if (known) return known;
  const found = segmentedSpan(seg, text, start, end);
  memo?.set(key, found);
  return found;
}

/** Offsets below this (2^26 code units) key a span exactly as start·SPAN_KEY + end. */
const SPAN_KEY = 2 ** 26;

/**
 * segmentedSpan's answers by window, for the life of the process: by the span's offsets in the
 * window (packed, see windowKey) and then by the window's text → the answer's offsets in it
 * (packed as a·WINDOW_KEY + b). An answer depends on nothing else (a suffix test reading the unit
 * before the window reads a sentence end or the text's start, never a Chinese character), so a
 * window met again — the same sentence copied into another problem, the same wording in another
 * material of a folder, the same text re-analysed in the pane — is not segmented again. Bounded as
 * TextMemo is (some 8,000 windows of a few units to some 60 each).
 */
const windows = new TextMemo<number>(8192);

/** Forget the kept windows (benchmarks: each timed run starts as a fresh process would). */
export function forgetWordWindows(): void {
  windows.clear();
}

/** Relative offsets below this (2^20 code units) pack an answer exactly as a·WINDOW_KEY + b. */
const WINDOW_KEY = 2 ** 20;

/**
 * The span [a, b) of a window (offsets into it) as one number: a is at most WINDOW (the context
 * before the span), so (b·(WINDOW + 1) + a) is exact and small.
 */
function windowKey(a: number, b: number): number {
  return b * (WINDOW + 1) + a;
}

function segmentedSpan(seg: Intl.Segmenter, text: string, start: number, end: number): [number, number] {
  // The sentence around the span, capped.
  let from = Math.max(0, start - WINDOW);
  for (let i = start - 1; i >= from; i--) {
    if (SENTENCE_END.has(text.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + WINDOW);
  for (let i = end; i < to; i++) {
    if (SENTENCE_END.has(text.charCodeAt(i))) {
      to = i;
      break;
    }
  }
  if (to - from < WINDOW_KEY) {
    const window = text.slice(from, to);
    const key = windowKey(start - from, end - from);
    const known = windows.get(key, window);
    if (known !== undefined) return [from + Math.floor(known / WINDOW_KEY), from + (known % WINDOW_KEY)];
    const found = segmentedWindow(seg, text, start, end, from, to);
    windows.set(key, window, (found[0] - from) * WINDOW_KEY + (found[1] - from));
    return found;
  }
  return segmentedWindow(seg, text, start, end, from, to);
}

/** segmentedSpan's answer for the span text[start, end) within the window text[from, to), from the segmenter. */
function segmentedWindow(seg: Intl.Segmenter, text: string, start: number, end: number, from: number, to: number): [number, number] {
  // Words overlapping the span, as [start, end) offsets into text (pairs in `bounds`): word by
  // word from the one holding the span's start (`containing` builds no segment for the words of
  // the context around it, which iterating from the window's start did: most of the cost once the
  // window is segmented).
  const segments = seg.segment(text.slice(from, to));
  let n = 0;
  for (let k = start - from; k < end - from; ) {
    const s = segments.containing(k);
    if (!s) break;
    const a = from + s.index;
    const b = a + s.segment.length;
    bounds[2 * n] = a;
    bounds[2 * n + 1] = b;
    n++;
    k = b - from;
  }
  // Only whole words inside the span (words i to j − 1).
  let i = 0;
  let j = n;
  while (i < j && bounds[2 * i] < start) i++;
  while (j > i && bounds[2 * (j - 1) + 1] > end) j--;
  // A lone function character bordering a longer word is grammar, not part of the phrase.
  while (j - i >= 2 && ((lone(text, i) && long(i + 1)) || suffix(text, i))) i++;
  while (j - i >= 2 && lone(text, j - 1) && long(j - 2)) j--;
  if (i >= j) return [start, start];
  return [bounds[2 * i], bounds[2 * (j - 1) + 1]];
}

/**
 * segmentedSpan's words, [start, end) offset pairs (word k at 2k, 2k + 1), kept between calls (it
 * is not re-entrant) and grown as needed: an array a word and a list of them a call before.
 */
const bounds: number[] = [];

/** Word k of `bounds` is one function character (FUNCTION_CHARS). */
function lone(text: string, k: number): boolean {
  return bounds[2 * k + 1] - bounds[2 * k] === 1 && FUNCTION_UNIT.has(text.charCodeAt(bounds[2 * k]));
}

/** Word k of `bounds` is two characters or more long. */
function long(k: number): boolean {
  return bounds[2 * k + 1] - bounds[2 * k] >= 2;
}

/** Word k of `bounds` is one suffix character (SUFFIX_CHARS) after a Chinese character: the span began inside a word. */
function suffix(text: string, k: number): boolean {
  const a = bounds[2 * k];
  return bounds[2 * k + 1] - a === 1 && SUFFIX_UNIT.has(text.charCodeAt(a)) && a > 0 && isCjkUnit(text.charCodeAt(a - 1));
}
