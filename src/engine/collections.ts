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
