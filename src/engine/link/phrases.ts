/**
 * Shared specific phrases between problems and measures. A reviewer who reads "耕地保护党政同责"
 * in a problem's example and again in a measure knows the measure answers it, even when no domain
 * concept names it. So: every run of Chinese characters (MIN_PHRASE or more) that a problem and a
 * measure both contain, made of character trigrams rare in the material (in few of its items),
 * counts as shared — once fixed formulations (boilerplate.json: 习近平新时代中国特色社会主义思想 …)
 * are cut out of it and particles trimmed from its ends.
 *
 * Trigrams are exact keys in an open-addressing table of typed arrays, so no string is built per
 * position. Only the problems' trigrams get a slot (nothing else can be shared); the other items
 * are looked up to count how many items hold each. Cost: one pass over every item, one pass over
 * each problem against an inverted index of the measures' rare trigrams, posting lists capped:
 * linear in the text.
 */
import { GENERIC_BIGRAMS } from './bigrams';
import boilerplateData from './boilerplate.json';
import { clearList, sortInPlace } from '../collections';
import { mayCutWord, wordSpan } from './words';

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;

/** Phrases shorter than this (characters) are too often chance (深入学习, 耕地保护): measured on the labelled materials. */
export const MIN_PHRASE = 5;
/** In the problem's heading sentence a four-character phrase is already what the problem is about (主责主业). */
export const MIN_HEAD_PHRASE = 4;

export interface SharedPhrase {
  measure: number;
  /** The shared runs as written in the problem, longest first. */
  phrases: string[];
  /** Characters shared, over all runs. */
  chars: number;
  /** Some shared phrase starts in the problem's heading sentence: the measure names what the problem is. */
  head: boolean;
  /**
   * Shared terms shorter than a phrase (`termMinChars` up to the phrase minimum, whole words) that
   * no other item of the material holds: the problem and this measure name the same specific thing
   * (信访积案, 亮身份, 教育集团). Present only when `termMinChars` is set and some term is shared.
   */
  terms?: string[];
  /** Some term starts in the problem's heading sentence. */
  termHead?: boolean;
}

export interface PhraseOptions {
  /** A trigram in more items than this is common wording, not a specific thing. */
  maxDf?: number;
  /** Longest posting list walked per trigram. */
  postingCap?: number;
  /** Shortest phrase that counts, after trimming particles at its ends (default MIN_PHRASE). */
  minChars?: number;
  /** Per problem: how much of its text is its heading sentence (phrases starting there may be shorter). */
  headLengths?: number[];
  /** Shortest phrase that counts when it starts in the heading sentence (default MIN_HEAD_PHRASE). */
  headMinChars?: number;
  /**
   * Also report shorter shared terms, from this many characters (0 or absent: none): a term must
   * be whole words (words.ts) and every trigram of it in at most `termMaxDf` items.
   */
  termMinChars?: number;
  /** Items (the problem and the measure: 2) a term's trigrams may occur in at most. */
  termMaxDf?: number;
  /** Candidate terms to drop before their word boundaries are found (e.g. those a lexicon concept names). */
  skipTerm?: (term: string) => boolean;
  /**
   * The same test as `skipTerm` on text.slice(start, end), asked without cutting the candidate out
   * of the text; used instead of `skipTerm` when given.
   */
  skipTermAt?: (text: string, start: number, end: number) => boolean;
}

/**
 * The trigram table's memory, kept between calls so a check allocates and clears none of it. A
 * slot is four numbers side by side: KEY (the call's epoch in the high bits, the first character
 * in the low 15), REST (the other two characters, 15 bits each), DF and MARK. A slot whose KEY
 * carries an older epoch reads as empty, so nothing is ever cleared. The measures' posting lists
 * (HEAD, COUNT) live in a second array, touched only for the trigrams the measures hold.
 */
const STRIDE = 4;
const KEY = 0;
const REST = 1;
/** Items (texts) holding the trigram. */
const DF = 2;
/** The last item counted, later the last measure listed. */
const MARK = 3;
/** Epochs fit 16 bits above the 15-bit character. */
const MAX_EPOCH = 0xffff;

/**
 * What is kept between calls: arrays of up to this many slots (the table), positions and entries
 * (256 KB an array of positions; a table of 2^16 slots is 1.5 MB). A material's problems and
 * measures fit (some 10k characters each); a larger call gets arrays of its own, garbage once it
 * returns. Issue 13: kept at the size of the largest call (4 MB each, and a table sized to the
 * problems' characters), a 1 MB material's arrays (15 MB) stayed allocated through the rest of
 * its check, where its memory peaks.
 */
const MAX_KEPT = 1 << 16;

let keptCells = new Int32Array(0);
/** Per slot: posting list of the measures holding a rare trigram (first entry, length). */
let keptLists = new Int32Array(0);
let keptEpoch = 0;
/**
 * Each text's trigram slots (TrigramTable.positions), kept between calls and grown as needed:
 * a fresh array per call cost an allocation the size of the texts (and its zeroing) each time.
 * Every entry a call reads it writes first.
 */
let slots = new Int32Array(0);
/**
 * wordSpan's answers for the spans of the problem being read: made on the problem's first term
 * that needs word boundaries (most need none), dropped for the next problem.
 */
let spanMemo: Map<number, [number, number]> | undefined;
/**
 * sharedPhrases' posting entries (measure, next entry), kept between calls and grown as needed:
 * pushed one by one into fresh arrays they were copied as they grew, every call.
 */
let keptEntryMeasure = new Int32Array(0);
let keptEntryNext = new Int32Array(0);

/**
 * One bit a slot: taken in this call. A lookup (a trigram that gets no slot of its own) whose home
 * slot is free ends there, and this map is 128 times smaller than the table: most lookups of the
 * measures and other items (trigrams no problem holds) then never touch the table's memory.
 */
let keptTaken = new Int32Array(0);

/**
 * Bytes of the typed arrays kept between calls (the table, its posting lists and taken bits, the
 * positions and the posting entries): at most some 2.3 MB whatever the largest call was (MAX_KEPT).
 */
export function keptBytes(): number {
  return keptCells.byteLength + keptLists.byteLength + keptTaken.byteLength + slots.byteLength + keptEntryMeasure.byteLength + keptEntryNext.byteLength;
}

/**
 * The table starts at most this large (2^16 slots, MAX_KEPT) and doubles when half full: sized to
 * the problems' characters, a material repeating its wording (thousands of problems, a few hundred
 * distinct trigrams) had a table of 2^19 slots (12 MB) for them.
 */
const START_BITS = Math.log2(MAX_KEPT);

/**
 * Distinct trigrams of a set of texts in one open-addressing table: each trigram is exact (the
 * first character and the other two packed in 30 bits). Each text's trigrams are kept as table
 * slots in one array (`positions`, from `offset[t]`), so later passes never hash again.
 */
class TrigramTable {
  epoch = 0;
  cells = keptCells;
  lists = keptLists;
  taken = keptTaken;
  readonly positions: Int32Array;
  readonly offset: number[] = [];
  private bits = 0;
  private used = 0;
  /** Trigrams in the table. */
  private keys = 0;

  /**
   * Room for at most `keys` trigrams (the table starts at START_BITS at most and grows), and
   * positions for `chars` in all (`positions` may be longer).
   */
  constructor(keys: number, chars: number) {
    let bits = 4;
    while (1 << bits < keys * 2 && bits < START_BITS) bits++;
    this.claim(bits);
    if (chars > MAX_KEPT) this.positions = new Int32Array(chars);
    else {
      if (slots.length < chars) slots = new Int32Array(Math.min(MAX_KEPT, Math.max(chars, slots.length * 2)));
      this.positions = slots;
    }
  }

  /** A table of 2^bits slots: the kept arrays (a new epoch) up to MAX_KEPT slots, else arrays of its own. */
  private claim(bits: number): void {
    const size = 1 << bits;
    this.bits = bits;
    if (size > MAX_KEPT) {
      // Fresh arrays read as empty to any epoch but 0.
      this.cells = new Int32Array(size * STRIDE);
      this.lists = new Int32Array(size * 2);
      this.taken = new Int32Array((size + 31) >>> 5);
      this.epoch = 1;
      return;
    }
    if (keptCells.length < size * STRIDE) {
      keptCells = new Int32Array(size * STRIDE);
      keptLists = new Int32Array(size * 2);
      keptTaken = new Int32Array((size + 31) >>> 5);
      keptEpoch = 0;
    }
    keptEpoch = keptEpoch >= MAX_EPOCH ? 1 : keptEpoch + 1;
    if (keptEpoch === 1) keptCells.fill(0);
    keptTaken.fill(0, 0, (size + 31) >>> 5);
    this.cells = keptCells;
    this.lists = keptLists;
    this.taken = keptTaken;
    this.epoch = keptEpoch;
  }

  /** A trigram's home slot in a table of 2^bits slots. */
  private static home(a: number, rest: number, bits: number): number {
    // Multiplicative hashing, top bits kept (Knuth): cheap and well spread for these keys.
    return Math.imul(Math.imul(a, 0x9e3779b1) ^ rest, 0x85ebca6b) >>> (32 - bits);
  }

  /**
   * Twice the slots: every trigram moved to the larger table with its counts, and the positions
   * written so far (`written`) moved with them. Only ever asked while the problems are added
   * (before any posting list is made).
   */
  private grow(written: number): void {
    const cells = this.cells;
    const epoch = this.epoch;
    const oldSize = 1 << this.bits;
    this.claim(this.bits + 1);
    const t = this.cells;
    const used = this.taken;
    const lists = this.lists;
    const stamp = this.epoch << 15;
    const mask = (1 << this.bits) - 1;
    const moved = new Int32Array(oldSize);
    for (let s = 0; s < oldSize; s++) {
      const at0 = s * STRIDE;
      const key = cells[at0 + KEY];
      if (key >>> 15 !== epoch) continue;
      const a = key & 0x7fff;
      const rest = cells[at0 + REST];
      let h = TrigramTable.home(a, rest, this.bits);
      while (t[h * STRIDE + KEY] >>> 15 === this.epoch) h = (h + 1) & mask;
      const at = h * STRIDE;
      used[h >>> 5] |= 1 << (h & 31);
      t[at + KEY] = stamp | a;
      t[at + REST] = rest;
      t[at + DF] = cells[at0 + DF];
      t[at + MARK] = cells[at0 + MARK];
      lists[h * 2] = -1;
      lists[h * 2 + 1] = 0;
      moved[s] = h;
    }
    const out = this.positions;
    for (let i = 0; i < written; i++) if (out[i] >= 0) out[i] = moved[out[i]];
  }

  /**
   * Hashes every trigram of `text`, counting it once for item `item` (0-based in this call). With
   * `insert` false only trigrams already in the table are counted; the others get no slot (-1).
   */
  add(text: string, item: number, insert: boolean): void {
    let t = this.cells;
    let used = this.taken;
    let epoch = this.epoch;
    let stamp = epoch << 15;
    let mask = (1 << this.bits) - 1;
    const n = Math.max(0, text.length - 2);
    const out = this.positions;
    const base = this.used;
    this.offset.push(base);
    const span = CJK_LAST - CJK_FIRST;
    // Characters as offsets from CJK_FIRST, rolled along: one load a position.
    let b = n > 0 ? text.charCodeAt(0) - CJK_FIRST : -1;
    let c = n > 0 ? text.charCodeAt(1) - CJK_FIRST : -1;
    for (let i = 0; i < n; i++) {
      const a = b;
      b = c;
      c = text.charCodeAt(i + 2) - CJK_FIRST;
      if ((a | b | c) < 0 || a > span || b > span || c > span) {
        out[base + i] = -1;
        continue;
      }
      const key = stamp | a;
      const rest = (b << 15) | c;
      let h = TrigramTable.home(a, rest, this.bits);
      if (!insert && (used[h >>> 5] & (1 << (h & 31))) === 0) {
        // Its home slot is free: no problem holds it.
        out[base + i] = -1;
        continue;
      }
      let at = h * STRIDE;
      let added = false;
      for (;;) {
        const k = t[at + KEY];
        if (k === key && t[at + REST] === rest) break;
        if (k >>> 15 !== epoch) {
          // An empty slot (or one from an older call): the trigram is new.
          if (!insert) {
            h = -1;
            break;
          }
          used[h >>> 5] |= 1 << (h & 31);
          t[at + KEY] = key;
          t[at + REST] = rest;
          t[at + DF] = 0;
          t[at + MARK] = -1;
          this.lists[h * 2] = -1;
          this.lists[h * 2 + 1] = 0;
          added = true;
          break;
        }
        h = (h + 1) & mask;
        at = h * STRIDE;
      }
      if (h >= 0 && t[at + MARK] !== item) {
        t[at + MARK] = item;
        t[at + DF]++;
      }
      out[base + i] = h;
      if (added && ++this.keys * 2 > mask + 1) {
        // Half full: twice the slots (the positions written so far move with their trigrams).
        this.grow(base + i + 1);
        t = this.cells;
        used = this.taken;
        epoch = this.epoch;
        stamp = epoch << 15;
        mask = (1 << this.bits) - 1;
      }
    }
    this.used = base + n;
  }
}

/** Characters that glue words together: a shared run starting or ending in one is cut back. */
const EDGE = new Set([...'的和与及了等是在对把将为于之并而或也'].map((c) => c.charCodeAt(0)));
/** …and at its end only: a verb left hanging ("落实上级决策部署有"). */
const TRAIL = new Set([...'有要不'].map((c) => c.charCodeAt(0)));
/** Is text[i] an EDGE character (read as a code unit: text[i] would make a string of each)? */
const edgeAt = (text: string, i: number) => EDGE.has(text.charCodeAt(i));
/** Is text[i] an EDGE or TRAIL character? */
const edgeOrTrailAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return EDGE.has(c) || TRAIL.has(c);
};

/**
 * Generic bigrams (all of two CJK characters) as small integers: (first − U+4E00) · CJK_SPAN +
 * (second − U+4E00), so a bigram of the text is looked up without cutting a string out of it.
 */
const CJK_SPAN = CJK_LAST - CJK_FIRST + 1;
const GENERIC_CODES: ReadonlySet<number> = new Set([...GENERIC_BIGRAMS].map((g) => (g.charCodeAt(0) - CJK_FIRST) * CJK_SPAN + (g.charCodeAt(1) - CJK_FIRST)));

/** text[a, b) says something only if one of its bigrams is not boilerplate (a bigram with a non-CJK unit never is). */
function specific(text: string, a: number, b: number): boolean {
  for (let i = a; i + 1 < b; i++) {
    const x = text.charCodeAt(i) - CJK_FIRST;
    const y = text.charCodeAt(i + 1) - CJK_FIRST;
    if (x < 0 || y < 0 || x >= CJK_SPAN || y >= CJK_SPAN || !GENERIC_CODES.has(x * CJK_SPAN + y)) return true;
  }
  return false;
}

const BOILERPLATE_PHRASES = (boilerplateData as { phrases: string[] }).phrases;
/** The fixed formulations, tried at one place (sticky): the phrases are plain text, no pattern. */
const BOILERPLATE = new RegExp(BOILERPLATE_PHRASES.join('|'), 'y');
/** Per UTF-16 unit: 1 when some fixed formulation starts with it (only there is BOILERPLATE tried). */
const BOILERPLATE_FIRST = new Uint8Array(65536);
for (const x of BOILERPLATE_PHRASES) BOILERPLATE_FIRST[x.charCodeAt(0)] = 1;

/**
 * What pieceSpans found: [start, end) pairs, offsets into its text. One array kept between calls
 * (pieceSpans is not re-entrant: what it calls never calls it), read before the next call.
 */
const pieces: number[] = [];

/**
 * The specific pieces of the shared run text[from, to), into `pieces` as [start, end) offsets
 * into `text`: fixed formulations cut out, particles trimmed, at least `minChars` long. The
 * reader's `worth` tells whether a piece could count, and as what: a term's ends are moved to
 * word boundaries (words.ts). Returns the number of pieces.
 *
 * The fixed formulations are found as a search from `from − FORMULATION_REACH` over the text
 * around the run would find them (leftmost first, each search going on where the last match
 * ended), but tried only where one can start and without cutting that text out.
 */
function pieceSpans(text: string, from: number, to: number, minChars: number, reader: ProblemReader): number {
  clearList(pieces);
  let at = from;
  // Fixed formulations around the run too: a run ending in 习近 is the start of 习近平…. A match
  // starting before `to` ends before to + FORMULATION_REACH, so the text past that changes nothing.
  for (let p = Math.max(0, from - FORMULATION_REACH); p < to; ) {
    if (BOILERPLATE_FIRST[text.charCodeAt(p)] === 0) {
      p++;
      continue;
    }
    BOILERPLATE.lastIndex = p;
    const m = BOILERPLATE.exec(text);
    if (!m) {
      p++;
      continue;
    }
    const b = p + m[0].length;
    if (b > at) {
      takePiece(text, at, Math.max(at, p), minChars, reader);
      at = Math.min(to, b);
    }
    p = b;
  }
  if (at < to) takePiece(text, at, to, minChars, reader);
  return pieces.length >> 1;
}

/** pieceSpans' test of one piece text[a, b): added to `pieces` when it could count. */
function takePiece(text: string, a: number, b: number, minChars: number, reader: ProblemReader): void {
  // Particles first (they may hide a word boundary), then whole words, then particles again.
  while (a < b && edgeAt(text, a)) a++;
  while (b > a && edgeOrTrailAt(text, b - 1)) b--;
  if (b - a < minChars) return;
  const kind = reader.worth(a, b);
  if (!kind || !specific(text, a, b)) return;
  // A phrase counts by its characters (its evidence is cut to whole words where it is shown,
  // link.ts); a term must be whole words. The segmenter is slow next to everything else here,
  // so it runs only for the few rare term candidates.
  if (kind === 'term') {
    if (reader.skipTermAt ? reader.skipTermAt(text, a, b) : reader.skipTerm?.(text.slice(a, b))) return;
    if (mayCutWord(text, a, b)) [a, b] = wordSpan(text, a, b, (spanMemo ??= new Map()));
    while (a < b && edgeAt(text, a)) a++;
    while (b > a && edgeOrTrailAt(text, b - 1)) b--;
    if (b - a < minChars || !specific(text, a, b)) return;
  }
  pieces.push(a, b);
}

/** Longest fixed formulation (boilerplate.json), so one that straddles a run's end is still found. */
const FORMULATION_REACH = (boilerplateData as { phrases: string[] }).phrases.reduce((n, x) => Math.max(n, x.length), 0);

/**
 * A shared phrase as the writer should see it: its first occurrence in `text` cut to whole words
 * (words.ts) and without particles at its ends ("本理论书籍" → "理论书籍", "发文数量比" → "发文数量");
 * the phrase as it is when `text` does not hold it, '' when no word of two characters or more is left.
 */
export function wholeWords(text: string, phrase: string): string {
  const at = text.indexOf(phrase);
  if (at < 0) return phrase;
  // Also where a character of a word goes on past either end ("预算调整事|后", "请示报告不到|位"):
  // the phrase was found by characters and may end inside a word.
  let [a, b] = mayCutWord(text, at, at + phrase.length) ? wordSpan(text, at, at + phrase.length) : [at, at + phrase.length];
  while (a < b && edgeAt(text, a)) a++;
  while (b > a && edgeOrTrailAt(text, b - 1)) b--;
  return b - a >= 2 ? text.slice(a, b) : '';
}

/** Characters a shared run may be followed (or preceded) by in both texts and still end there. */
const isWordChar = (c: string | undefined) => c !== undefined && c >= '\u4e00' && c <= '\u9fff' && !EDGE.has(c.charCodeAt(0)) && !TRAIL.has(c.charCodeAt(0));

/**
 * Does the run text[from, to) go on, in `other`, with the same character before or after it as in
 * `text` (a character of a word, not a particle)? Then the run was cut short by a common trigram.
 */
function continuesInto(text: string, from: number, to: number, other: string): boolean {
  const before = text[from - 1];
  const after = text[to];
  // Whether each side could go on is the same at every occurrence: asked once.
  const afterWord = isWordChar(after);
  const beforeWord = isWordChar(before);
  if (!afterWord && !beforeWord) return false;
  const run = text.slice(from, to);
  for (let k = other.indexOf(run); k >= 0; k = other.indexOf(run, k + 1)) {
    if ((afterWord && other[k + run.length] === after) || (beforeWord && other[k - 1] === before)) return true;
  }
  return false;
}

/** Longer strings first (sortInPlace keeps equal lengths in their order). */
const longerFirst = (a: string, b: string) => b.length - a.length;

/**
 * `list` without repeats, first occurrences in order (as [...new Set(list)]), in place. Short
 * lists (nearly all: a problem shares a few phrases with a measure) are compared pairwise,
 * without a Set; longer ones go through a Set, so a flood of runs stays linear.
 */
function distinct(list: string[]): string[] {
  if (list.length > 16) return [...new Set(list)];
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    let seen = false;
    for (let j = 0; j < n && !seen; j++) seen = list[j] === x;
    if (!seen) list[n++] = x;
  }
  list.length = n;
  return list;
}

/**
 * One problem read against the measures' rare trigrams (sharedPhrases): judges the shared runs
 * as they close and collects what they hold. One object a call, reset for each problem: the
 * closures a problem made before (six, with the context they shared) were much of what linking
 * allocated.
 */
class ProblemReader {
  text = '';
  /** The problem's first trigram slot in `pos`. */
  from = 0;
  /** How much of the problem's text is its heading sentence. */
  headLength = 0;
  /** Shared phrases and terms by measure, and the measures some of them start in the heading sentence for: made on the first one found. */
  runs: Map<number, string[]> | undefined;
  inHead: Set<number> | undefined;
  terms: Map<number, string[]> | undefined;
  termInHead: Set<number> | undefined;
  /** The keys of `runs` and `terms` in the order they were added. */
  readonly runOrder: number[] = [];
  readonly termOrder: number[] = [];
  /** The measure being flushed, and whether its run goes on in it (`fragment`). */
  private runMeasure = 0;
  private continues: boolean | undefined;

  constructor(
    private readonly pos: Int32Array,
    private readonly cells: Int32Array,
    private readonly measures: string[],
    private readonly start: Int32Array,
    private readonly last: Int32Array,
    private readonly minChars: number,
    private readonly headMin: number,
    private readonly termMin: number,
    private readonly termMaxDf: number,
    readonly skipTerm: ((term: string) => boolean) | undefined,
    readonly skipTermAt: ((text: string, start: number, end: number) => boolean) | undefined,
  ) {}

  reset(text: string, from: number, headLength: number): void {
    this.text = text;
    this.from = from;
    this.headLength = headLength;
    this.runs = undefined;
    this.inHead = undefined;
    this.terms = undefined;
    this.termInHead = undefined;
    clearList(this.runOrder);
    clearList(this.termOrder);
  }

  /** Every trigram of text[a, b) is in at most termMaxDf items. */
  rare(a: number, b: number): boolean {
    for (let i = a; i + 3 <= b; i++) {
      const h = this.pos[this.from + i];
      if (h < 0 || this.cells[h * STRIDE + DF] > this.termMaxDf) return false;
    }
    return true;
  }

  /** Some trigram of text[a, b) is in at most termMaxDf items. */
  someRare(a: number, b: number): boolean {
    for (let i = a; i + 3 <= b; i++) {
      const h = this.pos[this.from + i];
      if (h >= 0 && this.cells[h * STRIDE + DF] <= this.termMaxDf) return true;
    }
    return false;
  }

  /** The run being flushed goes on in its measure (continuesInto), asked once a run. */
  fragment(): boolean {
    const m = this.runMeasure;
    return (this.continues ??= continuesInto(this.text, this.start[m], this.last[m] + 3, this.measures[m]));
  }

  phraseMin(a: number): number {
    return a < this.headLength ? Math.min(this.headMin, this.minChars) : this.minChars;
  }

  /** Whether text[a, b) could count, and as what. */
  worth(a: number, b: number): 'phrase' | 'term' | false {
    return b - a >= this.phraseMin(a) ? 'phrase' : this.termMin > 0 && this.rare(a, b) && !this.fragment() ? 'term' : false;
  }

  /** The run shared with measure `m` has ended: its phrases and terms, if any. */
  flush(m: number): void {
    const { start, last, text, headLength, termMin } = this;
    const grams = last[m] - start[m] + 1;
    const head = start[m] < headLength;
    const min = head ? Math.min(this.headMin, this.minChars) : this.minChars;
    const floor = termMin > 0 ? Math.min(termMin, min) : min;
    if (grams + 2 < floor) return;
    // A run too short for a phrase can only hold a term: none unless some trigram of it is rare.
    if (grams + 2 < min && !this.someRare(start[m], last[m] + 3)) return;
    // The shared text goes on past the rare run in both (克服本领|恐慌, where 本领恐慌 is common
    // in the material): its short pieces are fragments of common wording, not terms. Asked only
    // of a piece that could be a term (most runs hold phrases or nothing).
    this.runMeasure = m;
    this.continues = undefined;
    const n = pieceSpans(text, start[m], last[m] + 3, floor, this);
    for (let k = 0; k < n; k++) {
      const a = pieces[2 * k];
      const b = pieces[2 * k + 1];
      if (b - a >= this.phraseMin(a)) {
        keepFound((this.runs ??= new Map()), this.runOrder, m, text.slice(a, b));
        if (a < headLength) (this.inHead ??= new Set()).add(m);
      } else if (termMin > 0 && this.rare(a, b) && !this.fragment()) {
        keepFound((this.terms ??= new Map()), this.termOrder, m, text.slice(a, b));
        if (a < headLength) (this.termInHead ??= new Set()).add(m);
      }
    }
  }
}

/**
 * For each problem, the measures it shares specific phrases with. `others` (e.g. the causes) only
 * count toward how common a trigram is. The caller passes one material at a time.
 */
export function sharedPhrases(problems: string[], measures: string[], others: string[], options: PhraseOptions = {}): SharedPhrase[][] {
  // No measures, nothing to share: no table of the problems' trigrams (a material typed without
  // a measures part built one for its whole text, some 17 bytes a character, to find nothing).
  if (!measures.length) return problems.map(() => []);
  const items = problems.length + measures.length + others.length;
  const maxDf = options.maxDf ?? Math.max(3, Math.ceil(items * 0.05));
  const cap = options.postingCap ?? 8;
  const minChars = options.minChars ?? MIN_PHRASE;
  const headMin = options.headMinChars ?? MIN_HEAD_PHRASE;
  const termMin = options.termMinChars ?? 0;
  const termMaxDf = options.termMaxDf ?? 2;
  let chars = 0;
  let problemChars = 0;
  for (const list of [problems, measures, others]) for (const t of list) chars += Math.max(0, t.length - 2);
  for (const t of problems) problemChars += Math.max(0, t.length - 2);
  // Only trigrams of the problems can be shared: the table holds those, and the measures and the
  // other items only count toward them (lookups in a table sized to the problems).
  const table = new TrigramTable(problemChars, chars);
  const texts = [...problems, ...measures, ...others];
  texts.forEach((t, i) => table.add(t, i, i < problems.length));
  const pos = table.positions;
  const t = table.cells;
  const l = table.lists;

  // Rare trigrams of the measures → the measures holding them: per table slot, a linked list of
  // entries (at most `cap` measures a trigram). MARK now holds the last measure listed, as an id
  // past every item's.
  // The entries live in two arrays kept between calls (at most one entry a measure trigram).
  const measureIds = texts.length;
  let measureChars = 0;
  for (const text of measures) measureChars += Math.max(0, text.length - 2);
  let entryMeasure = keptEntryMeasure;
  let entryNext = keptEntryNext;
  if (entryMeasure.length < measureChars) {
    entryMeasure = new Int32Array(Math.min(MAX_KEPT, Math.max(measureChars, entryMeasure.length * 2)));
    if (entryMeasure.length < measureChars) entryMeasure = new Int32Array(measureChars);
    entryNext = new Int32Array(entryMeasure.length);
    if (measureChars <= MAX_KEPT) {
      keptEntryMeasure = entryMeasure;
      keptEntryNext = entryNext;
    }
  }
  let entries = 0;
  for (let m = 0; m < measures.length; m++) {
    const from = table.offset[problems.length + m];
    const to = from + Math.max(0, measures[m].length - 2);
    for (let i = from; i < to; i++) {
      const h = pos[i];
      if (h < 0) continue;
      const at = h * STRIDE;
      if (l[h * 2 + 1] >= cap || t[at + DF] > maxDf || t[at + MARK] === measureIds + m) continue;
      t[at + MARK] = measureIds + m;
      l[h * 2 + 1]++;
      entryMeasure[entries] = m;
      entryNext[entries] = l[h * 2];
      l[h * 2] = entries++;
    }
  }

  const last = new Int32Array(measures.length).fill(-2);
  const start = new Int32Array(measures.length);
  const reader = new ProblemReader(pos, t, measures, start, last, minChars, headMin, termMin, termMaxDf, options.skipTerm, options.skipTermAt);
  // Measures whose shared run is open: one list for the call, emptied per problem.
  const touched: number[] = [];
  return problems.map((text, p) => {
    const headLength = options.headLengths?.[p] ?? 0;
    // Word boundaries found for this problem's spans (its text's offsets): kept for the next measure.
    spanMemo = undefined;
    const from = table.offset[p];
    const to = from + Math.max(0, text.length - 2);
    reader.reset(text, from, headLength);
    clearList(touched);
    for (let i = 0; i < to - from; i++) {
      const h = pos[from + i];
      if (h < 0) continue;
      for (let e = l[h * 2]; e >= 0; e = entryNext[e]) {
        const m = entryMeasure[e];
        if (last[m] === i - 1) {
          last[m] = i;
          continue;
        }
        if (last[m] === -2) touched.push(m);
        else reader.flush(m);
        start[m] = i;
        last[m] = i;
      }
    }
    for (const m of touched) {
      reader.flush(m);
      last[m] = -2;
    }
    const { runs, inHead, terms, termInHead } = reader;
    const out: SharedPhrase[] = [];
    if (!runs && !terms) return out;
    // Measures in the order their first phrase (term) was found: a Map's own order, without its iterator.
    if (runs) {
      for (const measure of reader.runOrder) {
        const unique = sortInPlace(distinct(runs.get(measure)!), longerFirst);
        let chars = 0;
        for (const x of unique) chars += x.length;
        out.push({ measure, phrases: unique, chars, head: inHead?.has(measure) === true });
      }
    }
    if (terms) {
      for (const measure of reader.termOrder) {
        const list = terms.get(measure)!;
        let entry = out.find((e) => e.measure === measure);
        if (!entry) out.push((entry = { measure, phrases: [], chars: 0, head: false }));
        // A term inside a phrase already shared with this measure adds nothing.
        const own = distinct(list).filter((x) => !entry!.phrases.some((ph) => ph.includes(x)));
        if (!own.length) {
          if (!entry.phrases.length) out.splice(out.indexOf(entry), 1);
          continue;
        }
        entry.terms = own;
        entry.termHead = termInHead?.has(measure) === true;
      }
    }
    return sortInPlace(out, (a, b) => b.chars - a.chars || a.measure - b.measure);
  });
}

/**
 * Add `piece` to the list of measure `m` in `found`, noting `m` in `order` the first time it is
 * seen (so the phrases and terms come out in the order they were found, without Map iteration).
 */
function keepFound(found: Map<number, string[]>, order: number[], m: number, piece: string): void {
  const list = found.get(m);
  if (list) list.push(piece);
  else {
    found.set(m, [piece]);
    order.push(m);
  }
}
