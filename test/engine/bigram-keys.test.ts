/** bigramKeys: one small integer per distinct bigram of word characters (the aspect mapping and notice import compare them). */
import fc from 'fast-check';
import { bigramKeys, bigramList } from '../../src/engine/text';

/** The reference: the distinct two-character strings both of whose characters are CJK, digits or ASCII letters. */
function bigramStrings(s: string): Set<string> {
  const word = /^[\u4e00-\u9fff0-9A-Za-z]$/;
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) if (word.test(s[i]) && word.test(s[i + 1])) out.add(s.slice(i, i + 2));
  return out;
}

const chars = ['一', '丁', '龥', '\u9fff', '\u4e00', '0', '9', 'A', 'Z', 'a', 'z', '带', '头', '，', ' ', '\u3000', '\u4dff', '\ua000', '@', '[', '`', '{', '/', ':'];

describe('bigramKeys', () => {
  test('as many keys as distinct word bigrams, in the order first seen, and equal keys for equal bigrams', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (x, y) => {
        const a = x.join('');
        const b = y.join('');
        const ka = bigramKeys(a);
        const kb = bigramKeys(b);
        expect(ka.size).toBe(bigramStrings(a).size);
        // Shared keys are exactly the shared bigrams (no two bigrams share a key).
        const shared = [...ka].filter((k) => kb.has(k)).length;
        const sa = bigramStrings(a);
        expect(shared).toBe([...bigramStrings(b)].filter((g) => sa.has(g)).length);
        // Keys stay small integers.
        for (const k of ka) expect(Number.isInteger(k) && k >= 0 && k < 2 ** 30).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test.each([
    ['带头', 1],
    ['带头带头', 2],
    ['带，头', 0],
    ['A1b', 2],
    ['a@b', 0],
    ['\u4dff一', 0],
    ['\u9fff\ua000', 0],
    ['', 0],
    ['一', 0],
  ])('%s → %d keys', (s, n) => {
    expect(bigramKeys(s).size).toBe(n);
  });
});

// bigramList reuses one scratch table between calls (grown for longer text, stamped per call):
// the same keys in the same order as the set, for short and long text, one call after another.
describe('bigramList', () => {
  test('the keys of bigramKeys, in its order, call after call', () => {
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((x) => x.join(''));
    const long = fc.tuple(text, fc.integer({ min: 1, max: 200 })).map(([t, n]) => t.repeat(n));
    fc.assert(
      fc.property(fc.array(fc.oneof(text, long), { minLength: 1, maxLength: 6 }), (texts) => {
        for (const t of texts) expect(bigramList(t)).toEqual([...bigramKeys(t)]);
      }),
      { numRuns: 500 },
    );
  });
});
