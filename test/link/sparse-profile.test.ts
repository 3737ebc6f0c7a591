import { exactList, sparseWeights, weightIn } from '../../src/engine/link/sparse-profile';
import { seededRandom } from '../support/random';

/** A profile as conceptProfile writes it: concepts in the order first named (each once), a dense row of weights. */
function denseProfile(rand: () => number, width: number): { order: number[]; dense: Float64Array } {
  const dense = new Float64Array(width);
  const order: number[] = [];
  const levels = [1, 0.7, 0.6, 0.42, 0.4, 0.24, 1e-9, 3];
  const n = Math.floor(rand() * Math.min(width, 12));
  for (let k = 0; k < n; k++) {
    const c = Math.floor(rand() * width);
    if (order.includes(c)) continue;
    order.push(c);
    dense[c] = levels[Math.floor(rand() * levels.length)] * (rand() < 0.1 ? rand() : 1);
  }
  return { order, dense };
}

describe('sparse concept weights (sparse-profile.ts)', () => {
  it('reads the same weight as the dense row for every concept, on many generated profiles', () => {
    const rand = seededRandom(13);
    for (let t = 0; t < 2000; t++) {
      const width = 1 + Math.floor(rand() * 64);
      const { order, dense } = denseProfile(rand, width);
      const p = { order, weights: sparseWeights(order, dense) };
      expect(p.weights.length).toBe(order.length);
      // Every concept of the lexicon, named or not, and ids past the row (a dense row reads undefined there; the sparse one 0).
      for (let c = 0; c < width; c++) expect(weightIn(p, c)).toBe(dense[c]);
      expect(weightIn(p, width + 5)).toBe(0);
      expect(weightIn(p, -1)).toBe(0);
    }
  });

  it('reads 0 for a profile naming nothing', () => {
    expect(weightIn({ order: [], weights: [] }, 0)).toBe(0);
    expect(sparseWeights([], new Float64Array(4))).toEqual([]);
  });

  it('keeps weights bit for bit (products of options, not rounded)', () => {
    const dense = new Float64Array(4);
    dense[2] = 0.7 * 0.6;
    dense[0] = 0.1 + 0.2;
    const p = { order: [2, 0], weights: sparseWeights([2, 0], dense) };
    expect(Object.is(weightIn(p, 2), 0.7 * 0.6)).toBe(true);
    expect(Object.is(weightIn(p, 0), 0.1 + 0.2)).toBe(true);
  });
});

describe('exactList', () => {
  it('copies a list with the same items in the same order, a new list', () => {
    const rand = seededRandom(7);
    for (let t = 0; t < 500; t++) {
      const list: number[] = [];
      const n = 1 + Math.floor(rand() * 40);
      for (let k = 0; k < n; k++) list.push(Math.floor(rand() * 100));
      const copy = exactList(list, []);
      expect(copy).toEqual(list);
      expect(copy).not.toBe(list);
    }
  });

  it('gives the shared empty list for an empty one', () => {
    const empty: string[] = [];
    expect(exactList([], empty)).toBe(empty);
    expect(exactList(['a'], empty)).toEqual(['a']);
  });
});
