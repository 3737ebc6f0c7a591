/** Collection helpers (collections.ts): binary search checked against a linear scan, grouping, the bounded text memo. */
import fc from 'fast-check';
import { TextMemo, groupBy, sortInPlace, upperBound } from '../../src/engine/collections';

describe('upperBound', () => {
  test.each([
    [[], 5, 0],
    [[3], 2, 0],
    [[3], 3, 1],
    [[3], 4, 1],
    [[1, 4, 4, 9], 4, 3],
    [[1, 4, 4, 9], 0, 0],
    [[1, 4, 4, 9], 9, 4],
    [[1, 4, 4, 9], 5, 3],
  ])('upperBound(%j, %d) = %d', (sorted, x, expected) => {
    expect(upperBound(sorted, x)).toBe(expected);
  });

  test('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, x) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.findIndex((v) => v > x);
        expect(upperBound(sorted, x)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });
});

describe('groupBy', () => {
  test('groups keep the items\' order, and groups come in order of first appearance', () => {
    const g = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (x) => x[0]);
    expect([...g.keys()]).toEqual(['b', 'a', 'c']);
    expect(g.get('b')).toEqual(['b1', 'b2']);
    expect(g.get('a')).toEqual(['a1', 'a2']);
  });

  test('the key sees the index', () => {
    expect([...groupBy(['x', 'y', 'z'], (_, i) => i % 2).entries()]).toEqual([
      [0, ['x', 'z']],
      [1, ['y']],
    ]);
  });
});

describe('sortInPlace: the order Array.prototype.sort gives, stably, short and long arrays', () => {
  const entries = fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.nat(), w: fc.double({ min: -2, max: 2, noNaN: true }) }), { maxLength: 60 });
  const comparators: [string, (a: { key: number; id: number; w: number }, b: { key: number; id: number; w: number }) => number][] = [
    ['ties kept in order (key only)', (a, b) => a.key - b.key],
    ['descending weight, then id', (a, b) => b.w - a.w || a.id - b.id],
    ['descending key only', (a, b) => b.key - a.key],
  ];
  test.each(comparators)('%s', (_, compare) => {
    fc.assert(
      fc.property(entries, (xs) => {
        const ours = [...xs];
        const back = sortInPlace(ours, compare);
        expect(back).toBe(ours);
        expect(ours).toEqual([...xs].sort(compare));
      }),
      { numRuns: 500 },
    );
  });
});

describe('TextMemo', () => {
  test('keeps answers by number and text, forgets all past its bound, and on clear', () => {
    const memo = new TextMemo<number>(3);
    memo.set(1, 'a', 10);
    memo.set(2, 'a', 20);
    memo.set(1, 'b', 11);
    expect([memo.get(1, 'a'), memo.get(2, 'a'), memo.get(1, 'b'), memo.get(2, 'b')]).toEqual([10, 20, 11, undefined]);
    // The fourth answer empties the memo first, then is kept.
    memo.set(3, 'c', 30);
    expect([memo.get(1, 'a'), memo.get(2, 'a'), memo.get(1, 'b'), memo.get(3, 'c')]).toEqual([undefined, undefined, undefined, 30]);
    memo.clear();
    expect(memo.get(3, 'c')).toBeUndefined();
  });

  test('a kept text is a copy: the same answer for an equal string made another way', () => {
    const memo = new TextMemo<string>(10);
    const paragraph = '我们要加强理论学习，提高政治站位。';
    memo.set(5, paragraph.slice(0, 8), 'x');
    expect(memo.get(5, ['我们要加强', '理论学'].join(''))).toBe('x');
  });
});
