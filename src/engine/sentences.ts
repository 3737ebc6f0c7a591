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
 * by a rolling hash in an open-addressing table and confirmed character by character against
 * where it was first met, so two windows are one id exactly when their texts are equal.
 * `each(text, fn)` calls `fn` with the id of every window of `text` in order (none when shorter
 * than WINDOW); `size` is the number of distinct windows so far. `keyBits` (1–30) narrows the hash,
 * only so that tests can make windows collide.
 */
export function windowIndex(keyBits = 30): { each(text: string, fn: (id: number) => void): void; readonly size: number } {
  const mask = keyBits >= 30 ? 0x3fffffff : (1 << keyBits) - 1;
  /** Slots of the table: 0 empty, else 1 + an id; probed linearly from the hash. */
  let slots = new Int32Array(1 << 12);
  /** Per id: its hash, and where it was first met (the text in `texts`, the offset in it). */
  const hashes: number[] = [];
  const textOf: number[] = [];
  const at: number[] = [];
  const texts: string[] = [];
  const same = (id: number, t: string, i: number): boolean => {
    const s = texts[textOf[id]];
    const o = at[id];
    for (let k = 0; k < WINDOW; k++) if (s.charCodeAt(o + k) !== t.charCodeAt(i + k)) return false;
    return true;
  };
  const grow = () => {
    const bigger = new Int32Array(slots.length * 2);
    const m = bigger.length - 1;
    for (let id = 0; id < hashes.length; id++) {
      let p = hashes[id] & m;
      while (bigger[p]) p = (p + 1) & m;
      bigger[p] = id + 1;
    }
    slots = bigger;
  };
  return {
    get size() {
      return hashes.length;
    },
    each(t, fn) {
      if (t.length < WINDOW) return;
      const ti = texts.push(t) - 1;
      let h = 0;
      for (let k = 0; k < WINDOW; k++) h = (Math.imul(h, HASH_BASE) + t.charCodeAt(k)) | 0;
      for (let i = 0; ; i++) {
        const key = h & mask;
        const m = slots.length - 1;
        let p = key & m;
        let id: number;
        for (;;) {
          const v = slots[p];
          if (v === 0) {
            id = hashes.length;
            slots[p] = id + 1;
            hashes.push(key);
            textOf.push(ti);
            at.push(i);
            if (hashes.length * 2 > slots.length) grow();
            break;
          }
          if (hashes[v - 1] === key && same(v - 1, t, i)) {
            id = v - 1;
            break;
          }
          p = (p + 1) & m;
        }
        fn(id);
        if (i + WINDOW >= t.length) break;
        h = (Math.imul((h - Math.imul(t.charCodeAt(i), HASH_LEAD)) | 0, HASH_BASE) + t.charCodeAt(i + WINDOW)) | 0;
      }
    },
  };
}

/** Materials up to which pair counts are one dense n×n table (4 MB at 1,024); more use a map a material. */
const DENSE_PAIRS = 1024;

/**
 * Symmetric counts for pairs of materials 0..n-1: `add(k, j, by = 1)` counts `by` for both orders. `dense`
 * (a table, by default up to DENSE_PAIRS materials) or a map a material: the same counts.
 */
export function pairCounts(n: number, dense = n <= DENSE_PAIRS): { add(k: number, j: number, by?: number): void; get(k: number, j: number): number } {
  if (dense) {
    const t = new Int32Array(n * n);
    return {
      add: (k, j, by = 1) => {
        t[k * n + j] += by;
        t[j * n + k] += by;
      },
      get: (k, j) => t[k * n + j],
    };
  }
  const m: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  return {
    add: (k, j, by = 1) => {
      m[k].set(j, (m[k].get(j) ?? 0) + by);
      m[j].set(k, (m[j].get(k) ?? 0) + by);
    },
    get: (k, j) => m[k].get(j) ?? 0,
  };
}

/** Multiplier of the hash of a list of holders in windowHolders (odd, like HASH_BASE). */
const LIST_HASH = 0x01000193;

/**
 * Which materials hold each window (ids 0, 1, 2… from windowIndex), for sharedBetween, in typed
 * arrays. `reserve(size)` makes room for window ids below `size`; `hold(ids, k)` marks material `k`
 * as holding the windows `ids` and returns how many of them it did not hold yet (materials in
 * ascending order: every call for one material before the next). `eachList(size, min, max, fn, beyond?)` then calls `fn(list, from, to, count)` once for
 * each distinct list of holders — ascending material indexes `list[from..to)` — of `min` to `max`
 * materials, with the number of windows `count` that have it; lists in the order of their first
 * window. With `beyond` (a slot a material), each window held by more than `max` materials adds
 * one to the slot of each of its holders. `hashBits` (1–32) narrows the
 * lists' hash, only so that tests can make lists collide.
 */
export function windowHolders(hashBits = 32): {
  reserve(size: number): void;
  hold(ids: number[], k: number): number;
  eachList(size: number, min: number, max: number, fn: (list: Int32Array, from: number, to: number, count: number) => void, beyond?: Int32Array): void;
} {
  /** Per window: the last material that held it (-1: none yet) and how many do. */
  let last = new Int32Array(1024).fill(-1);
  let holders = new Int32Array(1024);
  /** Each (window, material) once, in the order held: material order. */
  let heldWindow = new Int32Array(4096);
  let heldBy = new Int32Array(4096);
  let held = 0;
  const hashMask = hashBits >= 32 ? -1 : (1 << hashBits) - 1;
  const grown = (a: Int32Array, size: number, fill = 0) => {
    const b = new Int32Array(size);
    if (fill) b.fill(fill);
    b.set(a);
    return b;
  };
  return {
    reserve(size) {
      if (size <= last.length) return;
      let c = last.length;
      while (c < size) c *= 2;
      last = grown(last, c, -1);
      holders = grown(holders, c);
    },
    hold(ids, k) {
      let added = 0;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (last[id] === k) continue;
        last[id] = k;
        holders[id]++;
        if (held === heldWindow.length) {
          heldWindow = grown(heldWindow, held * 2);
          heldBy = grown(heldBy, held * 2);
        }
        heldWindow[held] = id;
        heldBy[held++] = k;
        added++;
      }
      return added;
    },
    eachList(size, min, max, fn, beyond) {
      // Every window's holders side by side, window after window, each in material order.
      const start = new Int32Array(size + 1);
      for (let w = 0; w < size; w++) start[w + 1] = start[w] + holders[w];
      const at = start.slice(0, size);
      const list = new Int32Array(held);
      for (let i = 0; i < held; i++) list[at[heldWindow[i]]++] = heldBy[i];
      // The distinct lists: an open-addressing table (0 empty, else 1 + a list's number) by a hash
      // of the list, each list confirmed element by element against its first window's.
      let slots = new Int32Array(1024);
      const firsts: number[] = [];
      const hashes: number[] = [];
      const counts: number[] = [];
      const same = (a: number, b: number) => {
        for (let i = start[a], j = start[b]; i < start[a + 1]; i++, j++) if (list[i] !== list[j]) return false;
        return true;
      };
      for (let w = 0; w < size; w++) {
        const len = start[w + 1] - start[w];
        if (beyond && len > max) for (let i = start[w]; i < start[w + 1]; i++) beyond[list[i]]++;
        if (len < min || len > max) continue;
        let h = len;
        for (let i = start[w]; i < start[w + 1]; i++) h = (Math.imul(h, LIST_HASH) + list[i]) | 0;
        h &= hashMask;
        const m = slots.length - 1;
        let p = h & m;
        for (;;) {
          const v = slots[p];
          if (v === 0) {
            slots[p] = firsts.push(w);
            hashes.push(h);
            counts.push(1);
            break;
          }
          const g = v - 1;
          if (hashes[g] === h && start[firsts[g] + 1] - start[firsts[g]] === len && same(firsts[g], w)) {
            counts[g]++;
            break;
          }
          p = (p + 1) & m;
        }
        if (firsts.length * 2 > slots.length) {
          const bigger = new Int32Array(slots.length * 2);
          const bm = bigger.length - 1;
          for (let g = 0; g < firsts.length; g++) {
            let q = hashes[g] & bm;
            while (bigger[q]) q = (q + 1) & bm;
            bigger[q] = g + 1;
          }
          slots = bigger;
        }
      }
      for (let g = 0; g < firsts.length; g++) fn(list, start[firsts[g]], start[firsts[g] + 1], counts[g]);
    },
  };
}

/**
 * Materials from which a window more than half of them hold counts as a set phrase (SHARE_FOLDER).
 * Below it "more than half" is five materials or fewer, which a handful of copies of one material
 * fills by itself, so a share there cannot tell wording everyone uses from text passed round; from
 * it on a majority is six or more writers, and the windows so many of them share are common usage
 * the lexicons have not named yet.
 */
export const SHARE_FOLDER = 10;

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
 * - in a folder of SHARE_FOLDER materials or more, also a window held by more than half of them
 *   (and by at least three): common usage no list names. In a smaller folder a majority is only a
 *   few materials, so this rule would take three copies of one material for set phrases and show
 *   them as 约0% alike while naming their identical sentences; it is not applied there.
 * Linear in the total text for a fixed number of materials.
 */
export function sharedBetween(materials: { name: string; sentences: Map<string, SentenceRef[]> }[], phrases: readonly string[] = setPhrases()): SharedText[][] {
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
    for (let a = 1; a < list.length; a++) {
      for (let b = 0; b < a; b++) {
        const k = list[a];
        const j = list[b];
        if (exactCount.get(k, j) === 0) exampleKey.add(k, j, id);
        exactCount.add(k, j);
      }
    }
  }
  // Each distinct window once, with the materials holding it (in order, each once) and, per
  // material, how many distinct windows it has: one lookup a window written (windowIndex).
  // A sentence copied into many materials is cut into windows once: its window ids are kept by its
  // text (as written, and as letters and digits). The holders are kept in typed arrays, not an
  // array a window (windowHolders): a folder of 200 materials meets a window hundreds of thousands
  // of times, and growing as many small arrays, then joining each into a key, took most of this
  // function's time.
  const windows = windowIndex();
  const idsOf = new Map<string, number[]>();
  const idsOfText = new Map<string, number[]>();
  const sizes = new Int32Array(n);
  const holding = windowHolders();
  materials.forEach((m, k) => {
    for (const refs of m.sentences.values()) {
      for (const r of refs) {
        let ids = idsOfText.get(r.text);
        if (!ids) {
          const t = lettersAndDigits(r.text);
          ids = idsOf.get(t);
          if (!ids) {
            const got: number[] = [];
            cut(t, (from, to) => {
              if (to - from >= WINDOW) windows.each(from === 0 && to === t.length ? t : t.slice(from, to), (id) => got.push(id));
            });
            idsOf.set(t, (ids = got));
            holding.reserve(windows.size);
          }
          idsOfText.set(r.text, ids);
        }
        sizes[k] += holding.hold(ids, k);
      }
    }
  });
  const limit = n >= SHARE_FOLDER ? Math.floor(n / 2) : n;
  // Windows of one copied sentence are held by the same materials: each distinct holder list is
  // counted once with its number of windows, then its pairs get that number (not one by one).
  const shared = pairCounts(n);
  // Per material: its windows held by more than `limit` materials (set phrases by share), left out of its size.
  const byShare = new Int32Array(n);
  holding.eachList(
    windows.size,
    2,
    limit,
    (list, from, to, count) => {
      for (let a = from + 1; a < to; a++) for (let b = from; b < a; b++) shared.add(list[a], list[b], count);
    },
    byShare,
  );
  for (let k = 0; k < n; k++) sizes[k] -= byShare[k];
  return materials.map((_, k) => {
    const out: SharedText[] = [];
    for (let j = 0; j < n; j++) {
      if (j === k) continue;
      const count = exactCount.get(k, j);
      const common = shared.get(k, j);
      const similarity = sizes[k] ? common / sizes[k] : 0;
      if (!count && !(common >= MIN_WINDOWS && similarity >= MIN_SIMILARITY)) continue;
      const other = materials[j].name;
      const rounded = Math.round(similarity * 1000) / 1000;
      out.push(
        count
          ? { other, count, similarity: rounded, example: materials[k].sentences.get(keys[exampleKey.get(k, j) - 1])![0] }
          : { other, count, similarity: rounded },
      );
    }
    return out.sort((a, b) => b.similarity - a.similarity || b.count - a.count);
  });
}
