/**
 * Where the templates' aspect vocabulary occurs in a text, found once for every template (issue
 * 14). Detection maps a material's headings to each template it weighs, and each template's
 * vocabulary scan read the same heading and the same items again (some 1.3 million characters for
 * a folder of 200 materials). Here one trie over the vocabulary of every template seen so far lists
 * every term at every position of a text; a template then takes, position by position, the longest
 * of its own terms — what a scan with its own trie (link/concepts.ts buildMatcher: longest form
 * wins, no overlaps) finds — reading only the positions where some term starts.
 *
 * The occurrences of a text are kept for the life of the process (bounded, see TextMemo): a
 * folder's materials share their headings and much of their wording, and the pane re-analyses the
 * same text on every edit.
 */
import { TextMemo } from './collections';
import { childOf, compactTrie, insertPath, type CompactTrie } from './trie';

/** Every term ever registered, by text, and its number (the order registered). */
const termIds = new Map<string, number>();
/** Length (UTF-16 units) of each registered term, by number. */
let termLength = new Int32Array(0);

/**
 * The trie over every registered term, compiled (trie.ts), and `terminal[node]`: the term ending
 * at that node, or -1. Rebuilt (and the kept occurrences forgotten) when a template brings terms
 * not yet registered.
 */
interface Trie extends CompactTrie {
  terminal: Int32Array;
}
let trie: Trie | undefined;
/** Bumped whenever terms are registered: occurrences found before then may miss the new terms. */
let version = 0;

/** The current version of the term table (occurrences found under another version are stale). */
export function termsVersion(): number {
  return version;
}

/**
 * Occurrences found (occurrencesOf), by text: at most 4,096 texts of at most MAX_KEPT_TEXT units
 * (some 8 MB at worst; headings and detection's items, cut at 300 units, are most of them).
 */
const kept = new TextMemo<Int32Array>(4096);
/** Longer texts (a long section's items) are scanned each time, not kept. */
const MAX_KEPT_TEXT = 1000;

/** What else keeps occurrences found here (aspects.ts: headings' features), told to forget them too. */
const forgetters: (() => void)[] = [];

/** `forget` is called whenever the kept occurrences are forgotten (forgetTermOccurrences). */
export function onForgetTerms(forget: () => void): void {
  forgetters.push(forget);
}

/**
 * Forget the kept occurrences, and what keeps them elsewhere (onForgetTerms): benchmarks, so
 * each timed run starts as a fresh process would.
 */
export function forgetTermOccurrences(): void {
  kept.clear();
  for (const forget of forgetters) forget();
}

/**
 * The number of each of `terms` in the shared table (registering the new ones), in their order;
 * -1 for an empty term (which no scan finds). Registering a new term rebuilds the trie.
 */
export function registerTerms(terms: readonly string[]): number[] {
  let added = false;
  const ids = terms.map((t) => {
    if (!t) return -1;
    let id = termIds.get(t);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(t, id);
      added = true;
    }
    return id;
  });
  if (added) {
    trie = undefined;
    version++;
    kept.clear();
  }
  return ids;
}

function buildTrie(): Trie {
  const children: Map<number, number>[] = [new Map()];
  const terminal: number[] = [-1];
  termLength = new Int32Array(termIds.size);
  for (const [text, id] of termIds) {
    termLength[id] = text.length;
    terminal[insertPath(children, terminal, text)] = id;
  }
  let longest = 0;
  for (const text of termIds.keys()) if (text.length > longest) longest = text.length;
  walk = new Int32Array(longest);
  return { ...compactTrie(children), terminal: Int32Array.from(terminal) };
}

/** Scratch for one scan: (position, term) pairs, and the terms ending along one walk (one slot a unit of the longest term). */
let found = new Int32Array(256);
let walk = new Int32Array(0);

/**
 * Every registered term at every position of `text`, as (position, term number) pairs in one
 * array: positions ascending, and at one position the longer terms first. Kept per text (texts
 * up to MAX_KEPT_TEXT units).
 */
export function occurrencesOf(text: string): Int32Array {
  const keep = text.length <= MAX_KEPT_TEXT;
  const seen = keep ? kept.get(0, text) : undefined;
  if (seen !== undefined) return seen;
  const t = (trie ??= buildTrie());
  const { root, terminal } = t;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let node = root[text.charCodeAt(i)];
    if (node === 0) continue;
    let w = 0;
    if (terminal[node] >= 0) walk[w++] = terminal[node];
    for (let j = i + 1; j < text.length; j++) {
      node = childOf(t, node, text.charCodeAt(j));
      if (node === 0) break;
      if (terminal[node] >= 0) walk[w++] = terminal[node];
    }
    if (w === 0) continue;
    if (n + 2 * w > found.length) {
      const grown = new Int32Array(Math.max(found.length * 2, n + 2 * w));
      grown.set(found.subarray(0, n));
      found = grown;
    }
    // Longest first: the walk met them shortest first.
    while (w > 0) {
      found[n++] = i;
      found[n++] = walk[--w];
    }
  }
  const out = found.slice(0, n);
  if (keep) kept.set(0, text, out);
  return out;
}

/**
 * Calls `visit(own)` once for each distinct term a scan with only the template's own terms finds
 * in the text whose occurrences (occurrencesOf, this version) are `occ`: the longest at each
 * position, no overlaps, in the order found. `ownOf[term number]` is the template's own index of
 * that term, or -1 (a term number past its end: -1). `seen` and `stamp` as
 * ConceptMatcher.conceptsIn: seen[own] === stamp marks a term already visited.
 */
export function ownTermsIn(occ: Int32Array, ownOf: Int32Array, seen: Uint32Array, stamp: number, visit: (own: number) => void): void {
  let free = 0;
  for (let m = 0; m < occ.length; m += 2) {
    const at = occ[m];
    if (at < free) continue;
    const term = occ[m + 1];
    const own = term < ownOf.length ? ownOf[term] : -1;
    if (own < 0) continue;
    free = at + termLength[term];
    if (seen[own] !== stamp) {
      seen[own] = stamp;
      visit(own);
    }
  }
}
