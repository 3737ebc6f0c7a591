/**
 * Long sentences of a material's own writing — the problem and cause sections, headings left out
 * — keyed so that the same sentence is found again despite spacing, quotes or a leading 一是.
 * Used to find text repeated inside a material and text shared between materials.
 */
import type { Outline, OutlineNode, Paragraph } from './types';
import { effectiveText } from './outline';
import { isSpace, leadingSpace, stripLeadingMarker } from './markers';
import { upperBound } from './collections';
import { SENTENCE_BREAK, trimEndChars } from './text';
import { setPhrases } from './set-phrases';
import { compactTrie, insertPath, longestEntry } from './trie';

/** Shorter sentences are stock phrases (不求真正过得硬) more than copied writing. */
const MIN_SENTENCE = 20;

export interface SentenceRef {
  paragraph: number;
  /** The sentence as written. */
  text: string;
}

/*
 * A sentence: a run of anything but sentence ends and line breaks, with the sentence end after
 * it: the matches of /[^。！？；!?;\n]+[。！？；!?;]?/g, found by sentenceStart and sentenceEnd code
 * unit by code unit through text.ts SENTENCE_BREAK (the pattern's match() made an array and a
 * string of every sentence, most of them too short to keep).
 */

/** Where the next sentence of `text` starts at or after `from` (text.length when none does). Exported for tests. */
export function sentenceStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && SENTENCE_BREAK[text.charCodeAt(i)] !== 0) i++;
  return i;
}

/**
 * Where the sentence starting at `start` (a sentenceStart) ends, exclusive: its sentence end
 * included, a line break not. Exported for tests.
 */
export function sentenceEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && SENTENCE_BREAK[text.charCodeAt(i)] === 0) i++;
  return i < text.length && SENTENCE_BREAK[text.charCodeAt(i)] === 1 ? i + 1 : i;
}

/** What a key leaves out: white space (JavaScript's \s), quotes and markdown marks. */
const KEY_DROP = /[\s\u3000“”"'‘’「」*#]/g;

/**
 * Per UTF-16 unit: 1 when KEY_DROP matches it: white space as \s has it (markers.ts isSpace), quotes
 * and markdown marks; a test compares the table with the pattern on every unit.
 */
const KEY_DROPPED = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (isSpace(c)) KEY_DROPPED[c] = 1;
for (const ch of '“”"\'‘’「」*#') KEY_DROPPED[ch.charCodeAt(0)] = 1;

/** Does `s` hold a unit KEY_DROP removes? Most sentences hold none: their key needs no copy. */
function hasKeyDropped(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (KEY_DROPPED[s.charCodeAt(i)] === 1) return true;
  return false;
}

/** The key two copies of a sentence share. */
export function sentenceKey(s: string): string {
  const t = stripLeadingMarker(s);
  return trimEndChars(hasKeyDropped(t) ? t.replace(KEY_DROP, '') : t, '。！？；!?;，,');
}

/**
 * Where the material's own problems and causes are written: each paragraph (0-based index) with
 * the UTF-16 offset in its effective text where its own text starts. A part or aspect heading's
 * paragraph starts after the heading (its text when the heading runs into it: "1、政治信仰方面。
 * 对共产主义…", a common layout of 组织生活会 materials) and is left out when the heading is all
 * of it; every other paragraph starts at 0.
 */
function ownText(outline: Outline, paragraphs: Paragraph[]): { paragraph: number; from: number }[] {
  const count = paragraphs.length;
  const starts = outline.parts.map((p) => p.node.paragraph).sort((a, b) => a - b);
  const headings = new Map<number, OutlineNode>();
  for (const p of outline.parts) headings.set(p.node.paragraph, p.node);
  for (const a of outline.aspects) if (!headings.has(a.node.paragraph)) headings.set(a.node.paragraph, a.node);
  const out: { paragraph: number; from: number }[] = [];
  const take = (i: number) => {
    const heading = headings.get(i);
    if (!heading) return out.push({ paragraph: i, from: 0 });
    // The heading run into the paragraph's text: its text starts where the heading ends.
    const text = effectiveText(paragraphs[i]);
    const at = heading.heading ? text.indexOf(heading.heading, heading.offset) : -1;
    const from = at < 0 ? text.length : at + heading.heading.length;
    if (leadingSpace(text, from) < text.length - from) out.push({ paragraph: i, from });
  };
  for (const part of outline.parts) {
    if (part.role !== 'problems' && part.role !== 'causes') continue;
    const from = part.node.paragraph;
    const to = starts[upperBound(starts, from)] ?? count;
    for (let i = from; i < to; i++) take(i);
  }
  // Aspects with no problems part above them (see outline.implicitAspects).
  // Each runs to the next part heading, so aspects share their ranges: every paragraph is taken
  // once (`done`), keeping this linear however many aspects precede the next part.
  if (!outline.parts.some((p) => p.role === 'problems')) {
    let done = -1;
    for (const from of outline.aspects.map((a) => a.node.paragraph).sort((a, b) => a - b)) {
      const to = starts[upperBound(starts, from)] ?? count;
      for (let i = Math.max(from, done); i < to; i++) take(i);
      done = Math.max(done, to);
    }
  }
  return out;
}

/** Long sentences of the problems and causes, by key, each with where it was written. */
export function longSentences(paragraphs: Paragraph[], outline: Outline): Map<string, SentenceRef[]> {
  const found = new Map<string, SentenceRef[]>();
  for (const { paragraph: i, from } of ownText(outline, paragraphs)) {
    const text = effectiveText(paragraphs[i]);
    // The sentences in order (the matches of the pattern above), read by index: one too short to count is never cut out.
    for (let end = from; end < text.length; ) {
      const start = sentenceStart(text, end);
      if (start >= text.length) break;
      end = sentenceEnd(text, start);
      if (end - start < MIN_SENTENCE) continue; // the key is never longer than the sentence
      const m = text.slice(start, end);
      const key = sentenceKey(m);
      if (key.length < MIN_SENTENCE) continue;
      const refs = found.get(key);
      const ref = { paragraph: i, text: m.trim() };
      if (refs) refs.push(ref);
      else found.set(key, [ref]);
    }
  }
  return found;
}

/** Key under which the repeated-text rule and the CLI share one longSentences result through `shared`. */
const SENTENCES_KEY = 'sentences/longSentences';

/** The analysis's long sentences, computed once and kept in `ctx.shared`. */
export function sharedSentences(ctx: { input: { paragraphs: Paragraph[] }; outline: Outline; shared: Map<string, unknown> }): Map<string, SentenceRef[]> {
  let found = ctx.shared.get(SENTENCES_KEY) as Map<string, SentenceRef[]> | undefined;
  if (!found) {
    found = longSentences(ctx.input.paragraphs, ctx.outline);
    ctx.shared.set(SENTENCES_KEY, found);
  }
  return found;
}

export interface SharedText {
  /** The other material. */
  other: string;
  /** How many long sentences the two share word for word. */
  count: number;
  /** Share of this material's problem and cause text that also stands in the other (0..1), edited copies included, set phrases left out (sharedBetween). */
  similarity: number;
  /** The first shared sentence in this material, when there is one. */
  example?: SentenceRef;
}

/** Below this share a pair of at most one shared sentence is minor (minorShare). */
export const MINOR_SHARE = 0.3;

/**
 * Is a shared-text entry minor: at most one sentence the same word for word and under MINOR_SHARE
 * of the material's text (t26: the same writer's 2024 and 2025 materials sharing one cause sentence
 * at 19%, listed next to a 96% copy)? Such a pair is no sign of copying a reviewer acts on: the
 * folder summary names it apart from the materials alike (文字相近), after them. Pure.
 */
export function minorShare(x: Pick<SharedText, 'count' | 'similarity'>): boolean {
  return x.count <= 1 && x.similarity < MINOR_SHARE;
}

/**
 * Bits for a material's index and for a count of shared sentences in sharedBetween's order keys:
 * likeness in thousandths (≤ 1000) × 2^42 + count × 2^21 + index stays below 2^53, exact in a double.
 */
const ORDER_BITS = 21;
const ORDER_UNIT = 2 ** ORDER_BITS;

/** Length of the character windows compared for edited copies. */
const WINDOW = 8;
/** A pair counts as copied text from this share of windows and this many windows on. */
const MIN_SIMILARITY = 0.03;
const MIN_WINDOWS = 50;

/** `text` with only its CJK ideographs, digits and Latin letters: what windows are cut from. */
export function lettersAndDigits(text: string): string {
  return text.replace(/[^\u4e00-\u9fff0-9A-Za-z]/g, '');
}

/** Add the distinct 8-character windows of `text` (letters and digits only) to `out`. */
export function addWindows(text: string, out: Set<string> = new Set()): Set<string> {
  const t = lettersAndDigits(text);
  for (let i = 0; i + WINDOW <= t.length; i++) out.add(t.slice(i, i + WINDOW));
  return out;
}

/**
 * `cut(t, fn)` calls `fn(from, to)` for each run of `t` (letters and digits, as lettersAndDigits
 * leaves them) outside every set phrase it holds, in order, empty runs left out: each place
 * covered by some occurrence of a phrase (as letters and digits) of WINDOW characters or more is
 * cut, overlapping ones alike (践行以人民为中心 and 以人民为中心的发展思想 in 践行以人民为中心的发展思想).
 * Shorter phrases are words of the writer's own sentences (理论学习, 履职尽责), not fixed wording:
 * cutting them out would cut up the writer's text. Built once for a list (the bundled list is one
 * array: setPhrases() with no extra).
 */
export function phraseCutter(phrases: readonly string[]): (t: string, fn: (from: number, to: number) => void) => void {
  const cached = cutters.get(phrases);
  if (cached) return cached;
  // A trie of the long phrases; what ends at a node is the phrase's length (-1: none ends there).
  const children: Map<number, number>[] = [new Map()];
  const lengthAt: number[] = [-1];
  for (const p of phrases) {
    const t = lettersAndDigits(p);
    if (t.length >= WINDOW) lengthAt[insertPath(children, lengthAt, t)] = t.length;
  }
  const trie = compactTrie(children);
  const lengths = Int32Array.from(lengthAt);
  const cut = (t: string, fn: (from: number, to: number) => void) => {
    // Every occurrence starting at i lies within the longest one starting there.
    let run = 0;
    let covered = 0;
    for (let i = 0; i + WINDOW <= t.length; i++) {
      const len = longestEntry(trie, lengths, t, i, t.length);
      if (len < 0) continue;
      if (i > covered && i > run) fn(run, i);
      if (i + len > covered) covered = i + len;
      run = covered;
    }
    if (t.length > run) fn(run, t.length);
  };
  cutters.set(phrases, cut);
  return cut;
}

/** phraseCutter's cutters by their list (the bundled list's is built once). */
const cutters = new WeakMap<readonly string[], (t: string, fn: (from: number, to: number) => void) => void>();

/** Units of a slot of windowIndex's table: hash, 1 + id, and the WINDOW characters two to a unit. */
const SLOT = 2 + WINDOW / 2;

/** Multiplier of the windows' rolling hash (odd, so no character's bits are lost mod 2^32). */
const HASH_BASE = 0x01000193;
/** HASH_BASE^(WINDOW-1) mod 2^32: the weight of the character leaving a window. */
const HASH_LEAD = (() => {
  let b = 1;
  for (let k = 1; k < WINDOW; k++) b = Math.imul(b, HASH_BASE);
  return b;
})();

/**
 * Distinct WINDOW-character windows numbered 0, 1, 2… in the order first met — the same numbers a
 * Map keyed by each window's text would give, without cutting a string a window. A window is found
 * by a rolling hash in an open-addressing table and confirmed character by character against the
 * characters its slot keeps, so two windows are one id exactly when their texts are equal.
 * `each(text, fn)` calls `fn` with the id of every window of `text` in order (none when shorter
 * than WINDOW); `size` is the number of distinct windows so far. `keyBits` (1–30) narrows the hash,
 * only so that tests can make windows collide.
 */
export function windowIndex(keyBits = 30): { each(text: string, fn: (id: number) => void): void; readonly size: number } {
  return new WindowIndex(keyBits);
}

/**
 * windowIndex's table. A class, not closures a call: sharedBetween makes one a folder, and V8
 * keeps optimized code only while some function object holding it lives, so closures made anew
 * each call ran in the interpreter again at every call of a process that checks several folders
 * (its methods live as long as the module).
 */
class WindowIndex {
  private readonly mask: number;
  /**
   * The table, SLOT units a slot, probed linearly from the hash: the window's hash, 1 + its id (0:
   * empty), then its WINDOW characters two to a unit (first in the low 16 bits). A window is found
   * and confirmed within its slot: one place in memory, not three.
   */
  private table = new Int32Array(SLOT << 12);
  private slots = 1 << 12;
  size = 0;

  constructor(keyBits: number) {
    this.mask = keyBits >= 30 ? 0x3fffffff : (1 << keyBits) - 1;
  }

  private grow(): void {
    const table = this.table;
    const slots = this.slots;
    const bigger = new Int32Array(table.length * 2);
    const m = slots * 2 - 1;
    for (let o = 0; o < table.length; o += SLOT) {
      if (table[o + 1] === 0) continue;
      let q = table[o] & m;
      while (bigger[q * SLOT + 1] !== 0) q = (q + 1) & m;
      for (let k = 0, d = q * SLOT; k < SLOT; k++) bigger[d + k] = table[o + k];
    }
    this.table = bigger;
    this.slots = slots * 2;
  }

  each(t: string, fn: (id: number) => void): void {
    if (t.length < WINDOW) return;
    const mask = this.mask;
    let h = 0;
    for (let k = 0; k < WINDOW; k++) h = (Math.imul(h, HASH_BASE) + t.charCodeAt(k)) | 0;
    for (let i = 0; ; i++) {
      const key = h & mask;
      const c0 = t.charCodeAt(i) | (t.charCodeAt(i + 1) << 16);
      const c1 = t.charCodeAt(i + 2) | (t.charCodeAt(i + 3) << 16);
      const c2 = t.charCodeAt(i + 4) | (t.charCodeAt(i + 5) << 16);
      const c3 = t.charCodeAt(i + 6) | (t.charCodeAt(i + 7) << 16);
      const table = this.table;
      const m = this.slots - 1;
      let p = key & m;
      let id: number;
      for (;;) {
        const o = p * SLOT;
        const v = table[o + 1];
        if (v === 0) {
          id = this.size++;
          table[o] = key;
          table[o + 1] = id + 1;
          table[o + 2] = c0;
          table[o + 3] = c1;
          table[o + 4] = c2;
          table[o + 5] = c3;
          if (this.size * 2 > this.slots) this.grow();
          break;
        }
        if (table[o] === key && table[o + 2] === c0 && table[o + 3] === c1 && table[o + 4] === c2 && table[o + 5] === c3) {
          id = v - 1;
          break;
        }
        p = (p + 1) & m;
      }
      fn(id);
      if (i + WINDOW >= t.length) break;
      h = (Math.imul((h - Math.imul(t.charCodeAt(i), HASH_LEAD)) | 0, HASH_BASE) + t.charCodeAt(i + WINDOW)) | 0;
    }
  }
}

/** A copy of `a` in an array of `size` (≥ a.length) elements, the rest 0. */
function grownInts(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** Materials up to which pair counts are one dense n×n table (4 MB at 1,024); more use a map a material. */
const DENSE_PAIRS = 1024;

/**
 * Symmetric counts for pairs of distinct materials 0..n-1: `add(k, j, by = 1)` counts `by` for
 * the pair (either order; k ≠ j), `get(k, j)` reads it in either order, `addAll(list, from, to,
 * by)` adds `by` to every pair of the ascending, distinct materials list[from..to), and
 * `setAll(list, from, to, value)` sets `value` for those of its pairs still at 0. `dense` (a table
 * of the pairs k > j, by default up to DENSE_PAIRS materials) or a map a material: the same counts.
 */
export function pairCounts(n: number, dense = n <= DENSE_PAIRS): PairCounts {
  return dense ? new DensePairCounts(n) : new MapPairCounts(n);
}

/** pairCounts' counts (see there). */
export interface PairCounts {
  add(k: number, j: number, by?: number): void;
  get(k: number, j: number): number;
  addAll(list: Int32Array, from: number, to: number, by: number): void;
  setAll(list: Int32Array, from: number, to: number, value: number): void;
}

/**
 * The pairs k > j in one n×n table (row k, column j). Classes rather than closures a call, for
 * the reason WindowIndex gives.
 */
class DensePairCounts implements PairCounts {
  private readonly t: Int32Array;
  constructor(private readonly n: number) {
    this.t = new Int32Array(n * n);
  }

  add(k: number, j: number, by = 1): void {
    const n = this.n;
    this.t[k > j ? k * n + j : j * n + k] += by;
  }

  get(k: number, j: number): number {
    const n = this.n;
    return this.t[k > j ? k * n + j : j * n + k];
  }

  // Four pairs a step: a folder of materials each of its own (bench --distinct) adds millions
  // of pairs here, and the plain loop spent as much on its own counting as on the adding.
  addAll(list: Int32Array, from: number, to: number, by: number): void {
    const t = this.t;
    const n = this.n;
    for (let a = from + 1; a < to; a++) {
      const row = list[a] * n;
      let b = from;
      for (; b + 3 < a; b += 4) {
        const i0 = row + list[b];
        const i1 = row + list[b + 1];
        const i2 = row + list[b + 2];
        const i3 = row + list[b + 3];
        t[i0] += by;
        t[i1] += by;
        t[i2] += by;
        t[i3] += by;
      }
      for (; b < a; b++) t[row + list[b]] += by;
    }
  }

  setAll(list: Int32Array, from: number, to: number, value: number): void {
    const t = this.t;
    const n = this.n;
    for (let a = from + 1; a < to; a++) {
      const row = list[a] * n;
      for (let b = from; b < a; b++) if (t[row + list[b]] === 0) t[row + list[b]] = value;
    }
  }
}

/** The same counts as a map a material (folders of more than DENSE_PAIRS materials). */
class MapPairCounts implements PairCounts {
  private readonly m: Map<number, number>[];
  constructor(n: number) {
    this.m = Array.from({ length: n }, () => new Map());
  }

  add(k: number, j: number, by = 1): void {
    const m = this.m;
    m[k].set(j, (m[k].get(j) ?? 0) + by);
    m[j].set(k, (m[j].get(k) ?? 0) + by);
  }

  get(k: number, j: number): number {
    return this.m[k].get(j) ?? 0;
  }

  addAll(list: Int32Array, from: number, to: number, by: number): void {
    for (let a = from + 1; a < to; a++) for (let b = from; b < a; b++) this.add(list[a], list[b], by);
  }

  setAll(list: Int32Array, from: number, to: number, value: number): void {
    for (let a = from + 1; a < to; a++) for (let b = from; b < a; b++) if (this.get(list[a], list[b]) === 0) this.add(list[a], list[b], value);
  }
}

/** Multiplier of the hash of a list in listCounter (odd, like HASH_BASE). */
const LIST_HASH = 0x01000193;

/**
 * Distinct lists of integers, each with a count, in typed arrays: `add(src, from, to, count)`
 * adds `count` to the list `src[from..to)` (copied the first time it is met). Lists are numbered
 * 0, 1, 2… in the order first added; `size` is how many there are, `from(g)`/`to(g)` bound list g
 * in `items`, `count(g)` is its count. `items` is read after the adding (it grows). `hashBits`
 * (1–32) narrows the lists' hash, only so that tests can make lists collide.
 */
export function listCounter(hashBits = 32): ListCounter {
  return new ListCounter(hashBits);
}

/** listCounter's lists (see there); a class for the reason WindowIndex gives. */
export class ListCounter {
  private readonly hashMask: number;
  /** Open addressing: 0 empty, else 1 + a list's number. */
  private slots = new Int32Array(1024);
  /** Per list (room for slots.length, never reached: half full at most): its hash, count and end in `items`. */
  private hashes = new Int32Array(this.slots.length);
  private counts = new Int32Array(this.slots.length);
  private ends = new Int32Array(this.slots.length + 1);
  items = new Int32Array(4096);
  size = 0;

  constructor(hashBits: number) {
    this.hashMask = hashBits >= 32 ? -1 : (1 << hashBits) - 1;
  }

  private same(g: number, src: ArrayLike<number>, from: number, to: number): boolean {
    const ends = this.ends;
    const items = this.items;
    const s = ends[g];
    if (ends[g + 1] - s !== to - from) return false;
    for (let i = from, j = s; i < to; i++, j++) if (items[j] !== src[i]) return false;
    return true;
  }

  private grow(): void {
    const size = this.size;
    const hashes = this.hashes;
    const bigger = new Int32Array(this.slots.length * 2);
    const m = bigger.length - 1;
    for (let g = 0; g < size; g++) {
      let q = hashes[g] & m;
      while (bigger[q]) q = (q + 1) & m;
      bigger[q] = g + 1;
    }
    this.slots = bigger;
    const h = new Int32Array(bigger.length);
    h.set(hashes);
    this.hashes = h;
    const c = new Int32Array(bigger.length);
    c.set(this.counts);
    this.counts = c;
    const e = new Int32Array(bigger.length + 1);
    e.set(this.ends);
    this.ends = e;
  }

  add(src: ArrayLike<number>, from: number, to: number, count: number): void {
    let h = to - from;
    for (let i = from; i < to; i++) h = (Math.imul(h, LIST_HASH) + src[i]) | 0;
    // Mixed (murmur3's finalizer): the low bits that pick a slot depend on every bit of the
    // lists' items, or lists of neighbouring numbers fill runs of slots and probing crawls.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h = (h ^ (h >>> 16)) & this.hashMask;
    const slots = this.slots;
    const hashes = this.hashes;
    const m = slots.length - 1;
    let p = h & m;
    for (;;) {
      const v = slots[p];
      if (v === 0) break;
      if (hashes[v - 1] === h && this.same(v - 1, src, from, to)) {
        this.counts[v - 1] += count;
        return;
      }
      p = (p + 1) & m;
    }
    const g = this.size++;
    slots[p] = g + 1;
    hashes[g] = h;
    this.counts[g] = count;
    const ends = this.ends;
    const at = ends[g];
    if (at + to - from > this.items.length) {
      let c = this.items.length * 2;
      while (c < at + to - from) c *= 2;
      const bigger = new Int32Array(c);
      bigger.set(this.items);
      this.items = bigger;
    }
    const items = this.items;
    for (let i = from, j = at; i < to; i++, j++) items[j] = src[i];
    ends[g + 1] = at + to - from;
    if (this.size * 2 > slots.length) this.grow();
  }

  from(g: number): number {
    return this.ends[g];
  }

  to(g: number): number {
    return this.ends[g + 1];
  }

  count(g: number): number {
    return this.counts[g];
  }
}

/**
 * Materials from which a window more than half of them hold counts as a set phrase (SHARE_FOLDER).
 * Below it "more than half" is five materials or fewer, which a handful of copies of one material
 * fills by itself, so a share there cannot tell wording everyone uses from text passed round; from
 * it on a majority is six or more writers, and the windows so many of them share are common usage
 * the lexicons have not named yet.
 */
export const SHARE_FOLDER = 10;

/** Least whole sentences two materials share word for word to be copies of one another (copyGroups). */
const COPY_MIN_SENTENCES = 3;
/** Least share of the smaller material's distinct sentences two copies share word for word (copyGroups). */
const COPY_MIN_SHARE = 0.5;

/**
 * The materials grouped as copies of one another: `group[k]` (0-based, in order of each group's
 * first material) for each of the `n` materials, and `count` groups. Two materials are copies when
 * they share, word for word, at least COPY_MIN_SENTENCES sentences and at least COPY_MIN_SHARE of
 * the distinct sentences of the one that has fewer (`exact(k, j)`: sentences k and j share;
 * `sentences(k)`: k's distinct sentences); copies of copies are one group. A folder where six of
 * ten materials are one text passed round has five writers, not ten. O(n²) pairs.
 */
export function copyGroups(n: number, exact: (k: number, j: number) => number, sentences: (k: number) => number): { group: Int32Array; count: number } {
  const parent = Int32Array.from({ length: n }, (_, k) => k);
  const size = Int32Array.from({ length: n }, (_, k) => sentences(k));
  for (let k = 1; k < n; k++) {
    for (let j = 0; j < k; j++) {
      const c = exact(k, j);
      if (c < COPY_MIN_SENTENCES || c < COPY_MIN_SHARE * Math.min(size[k], size[j])) continue;
      const a = rootOf(parent, k);
      const b = rootOf(parent, j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const group = new Int32Array(n);
  const index = new Int32Array(n).fill(-1);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const r = rootOf(parent, k);
    if (index[r] < 0) index[r] = count++;
    group[k] = index[r];
  }
  return { group, count };
}

/** The root of `k` in the union-find forest `parent` (copyGroups), halving the path on the way. */
function rootOf(parent: Int32Array, k: number): number {
  while (parent[k] !== k) k = parent[k] = parent[parent[k]];
  return k;
}

/**
 * Each text's holders (ascending, each once: `heldText`/`heldBy` list each (text, material) once,
 * in material order) as one array: text t's are holders[holdersAt[t]..holdersAt[t + 1]).
 */
function holdersOfTexts(texts: number, heldText: Int32Array, heldBy: Int32Array, held: number): { holdersAt: Int32Array; holders: Int32Array } {
  const holdersAt = new Int32Array(texts + 1);
  for (let i = 0; i < held; i++) holdersAt[heldText[i] + 1]++;
  for (let t = 0; t < texts; t++) holdersAt[t + 1] += holdersAt[t];
  const holders = new Int32Array(held);
  const holderAt = holdersAt.slice(0, texts);
  for (let i = 0; i < held; i++) holders[holderAt[heldText[i]]++] = heldBy[i];
  return { holdersAt, holders };
}

/**
 * The texts each of the `size` windows stands in (ascending, each once), window after window:
 * textsOf[start[w]..start[w + 1]); text t's window ids in order are ids[idsAt[t]..idsAt[t + 1]).
 */
function textsOfWindows(texts: number, size: number, idsAt: readonly number[], ids: Int32Array): { start: Int32Array; textsOf: Int32Array } {
  const start = new Int32Array(size + 1);
  const lastText = new Int32Array(size).fill(-1);
  for (let ti = 0; ti < texts; ti++) {
    for (let i = idsAt[ti], to = idsAt[ti + 1]; i < to; i++) {
      const id = ids[i];
      if (lastText[id] === ti) continue;
      lastText[id] = ti;
      start[id + 1]++;
    }
  }
  for (let w = 0; w < size; w++) start[w + 1] += start[w];
  const textsOf = new Int32Array(start[size]);
  const at = start.slice(0, size);
  lastText.fill(-1);
  for (let ti = 0; ti < texts; ti++) {
    for (let i = idsAt[ti], to = idsAt[ti + 1]; i < to; i++) {
      const id = ids[i];
      if (lastText[id] === ti) continue;
      lastText[id] = ti;
      textsOf[at[id]++] = ti;
    }
  }
  return { start, textsOf };
}

/**
 * Each distinct list of holders (ascending) with its number of windows: windows in the same texts
 * have the same holders, so each distinct set of texts is counted first, then its texts' holders
 * merged once.
 */
function holderListsOf(n: number, size: number, start: Int32Array, textsOf: Int32Array, holdersAt: Int32Array, holders: Int32Array): ListCounter {
  const textSets = listCounter();
  for (let w = 0; w < size; w++) textSets.add(textsOf, start[w], start[w + 1], 1);
  const holderLists = listCounter();
  const union = new Int32Array(n);
  const mark = new Int32Array(n).fill(-1);
  const sets = textSets.items;
  for (let g = 0; g < textSets.size; g++) {
    let len = 0;
    for (let i = textSets.from(g), to = textSets.to(g); i < to; i++) {
      const t = sets[i];
      for (let q = holdersAt[t], end = holdersAt[t + 1]; q < end; q++) {
        const k = holders[q];
        if (mark[k] === g) continue;
        mark[k] = g;
        union[len++] = k;
      }
    }
    if (textSets.to(g) - textSets.from(g) > 1) union.subarray(0, len).sort();
    holderLists.add(union, 0, len, textSets.count(g));
  }
  return holderLists;
}

/**
 * Per material its distinct windows (`sizes`), per pair the windows both hold (`shared`), over the
 * distinct holder lists: a window held by more than half of the writers (`copies`: copies of one
 * material are one writer) in a folder of SHARE_FOLDER writers or more is a set phrase by share and
 * counts in neither.
 */
function sharedWindows(
  n: number,
  holderLists: ListCounter,
  copies: { group: Int32Array; count: number },
): { sizes: Int32Array; shared: PairCounts } {
  const limit = copies.count >= SHARE_FOLDER ? Math.floor(copies.count / 2) : n;
  const sizes = new Int32Array(n);
  const shared = pairCounts(n);
  const lists = holderLists.items;
  const groupSeen = new Int32Array(copies.count).fill(-1);
  for (let g = 0; g < holderLists.size; g++) {
    const from = holderLists.from(g);
    const to = holderLists.to(g);
    if (to - from > limit) {
      let writers = 0;
      for (let a = from; a < to; a++) {
        const c = copies.group[lists[a]];
        if (groupSeen[c] !== g) {
          groupSeen[c] = g;
          writers++;
        }
      }
      if (writers > limit) continue;
    }
    const count = holderLists.count(g);
    for (let a = from; a < to; a++) sizes[lists[a]] += count;
    shared.addAll(lists, from, to, count);
  }
  return { sizes, shared };
}

/**
 * sharedBetweenListed's distinct sentence texts (as letters and digits), each cut into windows
 * once (`windows`): text t's window ids in order are ids[idsAt[t]..idsAt[t + 1]); each (text,
 * material) once, in material order, in heldText/heldBy[0..held). A class, not closures a call,
 * for the reason WindowIndex gives.
 */
class TextIndex {
  readonly windows = new WindowIndex(30);
  private readonly textOf = new Map<string, number>();
  private readonly textOfWritten = new Map<string, number>();
  ids = new Int32Array(4096);
  idCount = 0;
  readonly idsAt: number[] = [0];
  heldText = new Int32Array(1024);
  heldBy = new Int32Array(1024);
  held = 0;
  private readonly lastHolder: number[] = [];
  /** The text being cut (runOf's). */
  private text = '';
  private readonly onId = (id: number) => this.addId(id);
  private readonly onRun = (from: number, to: number) => this.runOf(from, to);

  constructor(private readonly cut: (t: string, fn: (from: number, to: number) => void) => void) {}

  private addId(id: number): void {
    if (this.idCount === this.ids.length) this.ids = grownInts(this.ids, this.idCount * 2);
    this.ids[this.idCount++] = id;
  }

  /** A run of `text` outside every set phrase: its windows. */
  private runOf(from: number, to: number): void {
    const t = this.text;
    if (to - from >= WINDOW) this.windows.each(from === 0 && to === t.length ? t : t.slice(from, to), this.onId);
  }

  /** Material `k`'s sentences (materials are added in order). */
  addMaterial(sentences: Map<string, SentenceRef[]>, k: number): void {
    for (const refs of sentences.values()) {
      for (const r of refs) {
        let ti = this.textOfWritten.get(r.text);
        if (ti === undefined) {
          const t = lettersAndDigits(r.text);
          ti = this.textOf.get(t);
          if (ti === undefined) {
            this.text = t;
            this.cut(t, this.onRun);
            ti = this.idsAt.push(this.idCount) - 2;
            this.lastHolder.push(-1);
            this.textOf.set(t, ti);
          }
          this.textOfWritten.set(r.text, ti);
        }
        if (this.lastHolder[ti] === k) continue;
        this.lastHolder[ti] = k;
        if (this.held === this.heldText.length) {
          this.heldText = grownInts(this.heldText, this.held * 2);
          this.heldBy = grownInts(this.heldBy, this.held * 2);
        }
        this.heldText[this.held] = ti;
        this.heldBy[this.held++] = k;
      }
    }
  }
}

/**
 * sharedBetweenListed's list of each material (`of(k)`), from the pairs' counts: exactly shared
 * sentences (`exactCount`, the first one's 1 + index in `keys` in `exampleKey`) and windows
 * (`shared`, over each material's `sizes`). A class for the reason WindowIndex gives.
 */
class MaterialLists {
  private readonly n: number;
  /** Each material's list in order as numbers (see of): scratch, one list at a time. */
  private readonly order: Float64Array;

  constructor(
    private readonly materials: { name: string; sentences: Map<string, SentenceRef[]> }[],
    private readonly keys: string[],
    private readonly exactCount: PairCounts,
    private readonly exampleKey: PairCounts,
    private readonly sizes: Int32Array,
    private readonly shared: PairCounts,
    private readonly most: number,
  ) {
    this.n = materials.length;
    this.order = new Float64Array(this.n);
  }

  private entry(k: number, j: number): SharedText {
    const count = this.exactCount.get(k, j);
    const similarity = this.sizes[k] ? this.shared.get(k, j) / this.sizes[k] : 0;
    const other = this.materials[j].name;
    const rounded = Math.round(similarity * 1000) / 1000;
    return count
      ? { other, count, similarity: rounded, example: this.materials[k].sentences.get(this.keys[this.exampleKey.get(k, j) - 1])![0] }
      : { other, count, similarity: rounded };
  }

  /**
   * Material k's list: likeness (to the 0.001 shown) down, then sentences shared down, then the
   * other's index up (the order of a stable sort by likeness and count): one number a pair, sorted
   * as numbers, without a call a comparison — where every index and count fits in ORDER_BITS.
   */
  of(k: number): SharedList {
    const { n, order, sizes, most } = this;
    let listed = 0;
    let fits = n < ORDER_UNIT;
    for (let j = 0; j < n; j++) {
      if (j === k) continue;
      const count = this.exactCount.get(k, j);
      const common = this.shared.get(k, j);
      const similarity = sizes[k] ? common / sizes[k] : 0;
      if (!count && !(common >= MIN_WINDOWS && similarity >= MIN_SIMILARITY)) continue;
      if (count >= ORDER_UNIT) fits = false;
      // Negated: ascending numbers are the order wanted.
      order[listed++] = -((Math.round(similarity * 1000) * ORDER_UNIT + count) * ORDER_UNIT + (ORDER_UNIT - 1 - j));
    }
    if (fits) {
      const sorted = order.subarray(0, listed).sort();
      const out: SharedText[] = new Array(Math.min(listed, most));
      for (let i = 0; i < out.length; i++) out[i] = this.entry(k, ORDER_UNIT - 1 - (-sorted[i] % ORDER_UNIT));
      return { first: out, total: listed };
    }
    const out: SharedText[] = new Array(listed);
    for (let i = 0; i < listed; i++) out[i] = this.entry(k, ORDER_UNIT - 1 - (-order[i] % ORDER_UNIT));
    out.sort((a, b) => b.similarity - a.similarity || b.count - a.count);
    return { first: listed > most ? out.slice(0, most) : out, total: listed };
  }
}

/**
 * For each material, the others it shares text with: whole sentences word for word, and edited
 * copies measured by shared character windows (what reviewers of many submissions look for).
 * `similarity` is the share of a material's own distinct windows (set phrases left out) that the
 * other also holds: three copies of one material read close to 100% whatever the folder's size.
 *
 * Set phrases are text that materials share because they are written to one notice, not because
 * one copied another, and are found in two ways:
 * - in any folder, `phrases` (by default set-phrases.ts: the templates' aspect titles and
 *   vocabularies, the fixed formulations and the lexicon's forms) of a window's length or more,
 *   cut out of each sentence before its windows are cut (phraseCutter), so no window holds a part
 *   of one: what the notice and the Party's standard wording put into every material says nothing
 *   about copying however few materials there are. A sentence shared word for word counts only
 *   when, so cut, it keeps a window of its own;
 * - in a folder of SHARE_FOLDER writers or more, also a window held by more than half of them
 *   (and by at least three): common usage no list names. Writers, not files: copies of one
 *   material (copyGroups) are one writer, so six copies among ten files read 100% alike instead of
 *   their text being taken for common usage. With fewer writers a majority is only a few
 *   materials, so this rule would take three copies of one material for set phrases and show them
 *   as 约0% alike while naming their identical sentences; it is not applied there.
 * Linear in the total text for a fixed number of materials.
 */
export function sharedBetween(materials: { name: string; sentences: Map<string, SentenceRef[]> }[], phrases: readonly string[] = setPhrases()): SharedText[][] {
  return sharedBetweenListed(materials, phrases, Infinity).map((l) => l.first);
}

/** A material's list of sharedBetweenListed: its first entries, most similar first, and how many there are in all. */
export interface SharedList {
  first: SharedText[];
  total: number;
}

/**
 * sharedBetween with at most `most` entries made a material (the first of its list), and the
 * length of its whole list: what the text summary and the workbook show (the first few, then a
 * count of the rest). A folder of near copies lists every other material for each (199 for each
 * of 200), and those lists lived to the end of the run. The entries are sharedBetween's own.
 */
export function sharedBetweenListed(materials: { name: string; sentences: Map<string, SentenceRef[]> }[], phrases: readonly string[] = setPhrases(), most = Infinity): SharedList[] {
  const n = materials.length;
  // Sentences shared word for word: a count per pair.
  const exactCount = pairCounts(n);
  // The first shared sentence of a pair, as 1 + its index in `keys` (0: none yet). Set once, when
  // the pair first meets, for both orders alike: a symmetric table like the counts.
  const exampleKey = pairCounts(n);
  const keys: string[] = [];
  const owners = new Map<string, number[]>();
  materials.forEach((m, k) => {
    for (const key of m.sentences.keys()) {
      const list = owners.get(key);
      if (list) list.push(k);
      else owners.set(key, [k]);
    }
  });
  const cut = phraseCutter(phrases);
  /** Does `text` keep a window of its own once the set phrases are cut out of it? */
  let own = false;
  const ownRun = (from: number, to: number) => {
    if (to - from >= WINDOW) own = true;
  };
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    // A sentence of set phrases and a few words between them (学习贯彻习近平新时代中国特色社会主义思想不够深入)
    // is the notice's wording, not one material's: only one with a window of its own counts.
    own = false;
    cut(lettersAndDigits(key), ownRun);
    if (!own) continue;
    const id = keys.push(key);
    // The owners, ascending (materials are taken in order): every pair of them shares this sentence.
    const pairs = Int32Array.from(list);
    exampleKey.setAll(pairs, 0, pairs.length, id);
    exactCount.addAll(pairs, 0, pairs.length, 1);
  }
  // Copies of one material are one writer when a window's share of the folder is weighed below.
  const copies = copyGroups(n, (k, j) => exactCount.get(k, j), (k) => materials[k].sentences.size);
  // Each distinct sentence text (as letters and digits) is cut into windows once, however many
  // materials hold it: text t's window ids in order are ids[idsAt[t]..idsAt[t + 1]) (windowIndex),
  // its holders (ascending, each once) holders[holdersAt[t]..holdersAt[t + 1]). A window's holders
  // are the union of the holders of the texts it stands in, found once for each distinct set of
  // such texts: 200 materials copied from a few hold hundreds of thousands of (window, material)
  // pairs but a few hundred texts, and even materials all of their own hold each window in only a
  // few texts. Kept in typed arrays, not an array a text: what lives through the call is not
  // copied by every young-generation collection it meets.
  const index = new TextIndex(cut);
  materials.forEach((m, k) => index.addMaterial(m.sentences, k));
  const { windows, ids, idsAt, heldText, heldBy, held } = index;
  const texts = idsAt.length - 1;
  // Each phase below is a function of its own: sharedBetween runs once a folder, and V8 optimizes
  // a long function's loops one at a time, each time with code for the phases still to come that
  // have never run (a deoptimization at each): the first calls of a process ran 4 to 10 times
  // slower than later ones. A small function a loop is optimized on its own, early.
  const { holdersAt, holders } = holdersOfTexts(texts, heldText, heldBy, held);
  const { start, textsOf } = textsOfWindows(texts, windows.size, idsAt, ids);
  const holderLists = holderListsOf(n, windows.size, start, textsOf, holdersAt, holders);
  const { sizes, shared } = sharedWindows(n, holderLists, copies);
  // Each material's list in order: likeness (to the 0.001 shown) down, then sentences shared down,
  // then the other's index up (the order of a stable sort by likeness and count): one number a pair,
  // sorted as numbers, without a call a comparison — where every index and count fits in ORDER_BITS.
  const lists = new MaterialLists(materials, keys, exactCount, exampleKey, sizes, shared, most);
  return materials.map((_, k) => lists.of(k));
}
