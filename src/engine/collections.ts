/** Small collection helpers: binary search over ascending numbers, grouping by key. */

/**
 * Empties `list` in place, keeping its storage for the next pushes. `list.length = 0` makes V8
 * drop the backing store, so a scratch list emptied that way and filled again allocated a new one
 * (some 150 bytes) every time: per problem and per measure in linking, thousands a check.
 */
export function clearList(list: unknown[]): void {
  while (list.length > 0) list.pop();
}

/** The first index whose value is greater than `x` (the length when none is). */
export function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `items` grouped by `key`, each group in the items' order, the groups in order of first appearance. */
export function groupBy<T, K>(items: readonly T[], key: (item: T, index: number) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  items.forEach((item, i) => {
    const k = key(item, i);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  });
  return groups;
}

/**
 * The smallest of `xs` (Infinity when empty). A loop, not a spread into Math.min: spreading a large
 * array into arguments throws RangeError (call stack size) from about 100,000 elements on.
 */
export function minOf(xs: Iterable<number>): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** Append `items` to `target` in place; safe for arrays of any length (see minOf). */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** Arrays up to this length are sorted by insertion (no work arrays allocated). */
const SMALL_SORT = 24;

/**
 * `items` sorted in place by `compare`, stably, like `Array.prototype.sort` (which is stable too,
 * so for a consistent comparator the result is the same). Short arrays — most lists the linking
 * sorts hold a few entries — are sorted by insertion, which allocates nothing; longer ones by
 * `Array.prototype.sort`. Returns `items`.
 */
export function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  const n = items.length;
  if (n > SMALL_SORT) return items.sort(compare);
  for (let i = 1; i < n; i++) {
    const x = items[i];
    let j = i - 1;
    // Strictly greater only: equal entries keep their order.
    while (j >= 0 && compare(items[j], x) > 0) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}

/**
 * Equal values kept as one object (or one string) per document: `of(key, value)` returns the value
 * first given under `key`, else keeps `value` for the next (while fewer than `max` are kept; 0 keeps
 * none). For floods of equal small things a document reads as separate copies (issue 13: peak
 * memory). Only for values nothing modifies once made.
 */
export class Interner<T> {
  private readonly kept = new Map<string, T>();

  constructor(private readonly max: number) {}

  of(key: string, value: T): T {
    const seen = this.kept.get(key);
    if (seen !== undefined) return seen;
    if (this.kept.size < this.max) this.kept.set(key, value);
    return value;
  }
}

/**
 * Answers kept by a small number and a text (a cut's length and its text, a segment start's offset
 * and its clause), for the life of the process, at most `max` in all: past it, everything kept is
 * forgotten and filling starts again, so memory stays bounded whatever a folder holds. Each text is
 * kept as a string of its own: V8 may keep a piece cut out of a longer string (slice, or what
 * replace and trim return unchanged) as a view of it, and a kept view would keep the whole
 * paragraph — and the .docx part it was read from — alive. Joining forces a flat copy, and the
 * view cut from the copy holds only the copy.
 */
export class TextMemo<V> {
  private readonly byNumber = new Map<number, Map<string, V>>();
  private kept = 0;

  /** `max`: most answers kept (a few thousand short texts: some 2 MB). */
  constructor(private readonly max: number) {}

  /** The answer kept for (`n`, `text`), or undefined. */
  get(n: number, text: string): V | undefined {
    return this.byNumber.get(n)?.get(text);
  }

  /** Keep `value` for (`n`, a copy of `text`). */
  set(n: number, text: string, value: V): void {
    if (this.kept >= this.max) this.clear();
    let byText = this.byNumber.get(n);
    if (byText === undefined) this.byNumber.set(n, (byText = new Map()));
    byText.set((' ' + text).slice(1), value);
    this.kept++;
  }

  /** Forget every answer (benchmarks: each timed run starts as a fresh process would). */
  clear(): void {
    this.byNumber.clear();
    this.kept = 0;
  }
}
