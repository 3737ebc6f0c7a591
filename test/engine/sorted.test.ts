/** Binary search over part starts (sorted.ts), checked against a linear scan. */
import fc from 'fast-check';
import { upperBound } from '../../src/engine/sorted';

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
