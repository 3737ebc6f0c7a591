/**
 * Concept weights kept sparse: the concepts an item names, in the order first named, and their
 * weights in a list beside them (the same position). A measure names a few of the lexicon's
 * concepts; a dense row of every concept's weight (8 bytes a concept) a measure cost a long
 * 整改清单 (issue 13: 20k table rows a MB) some 400 bytes a row, most of them zeros. Lookups read a
 * short list (what a measure names), so a weight costs a scan of a few numbers.
 */

/** Sparse weights: `weights[k]` is the weight of concept `order[k]`; a concept not listed weighs 0. */
export interface SparseWeights {
  readonly order: readonly number[];
  readonly weights: readonly number[];
}

/** The weight of concept `c` in `p`: its listed weight, 0 when `p` does not name it. */
export function weightIn(p: SparseWeights, c: number): number {
  const k = p.order.indexOf(c);
  return k < 0 ? 0 : p.weights[k];
}

/**
 * The weights of `order`'s concepts read from a dense row (`dense[c]`: the weight of concept c),
 * in `order`'s order: the `weights` list of a SparseWeights over `order`. A list of its exact size.
 */
export function sparseWeights(order: readonly number[], dense: ArrayLike<number>): number[] {
  const out = new Array<number>(order.length);
  for (let k = 0; k < order.length; k++) out[k] = dense[order[k]];
  return out;
}

/**
 * A copy of `list` of its exact size: a list built by push keeps room for more (V8 grows an
 * array's store to 17 slots on the first push: 150 bytes for a list of one or two), which a list
 * kept for every measure or table row pays thousands of times. `empty` is returned for an empty
 * list (one shared list, never written to).
 */
export function exactList<T>(list: readonly T[], empty: T[]): T[] {
  if (list.length === 0) return empty;
  const out = new Array<T>(list.length);
  for (let k = 0; k < list.length; k++) out[k] = list[k];
  return out;
}
