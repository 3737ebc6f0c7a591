/** Small collection helpers: binary search over ascending numbers, grouping by key. */

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
