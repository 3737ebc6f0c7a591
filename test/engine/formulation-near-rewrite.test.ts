/**
 * nearFormulations after the halves of the standard forms are found by a table read a UTF-16 unit
 * (no regex match array a hit) against the version before (test/support/reference/
 * formulation-near-before.ts), over random text: the standard forms whole, with one character
 * replaced, added or dropped, cut in halves, overlapping, next to each other and to ordinary
 * words, full-width punctuation and the text's ends, with random ranges already reported.
 */
import fc from 'fast-check';
import { nearFormulations, STANDARD_FORMS } from '../../src/engine/formulation-near';
import { nearFormulations as nearBefore } from '../support/reference/formulation-near-before';

const FORMS = STANDARD_FORMS;

/** A standard form as written: whole, or one edit off it at a random place. */
const written = fc.tuple(fc.nat({ max: FORMS.length - 1 }), fc.constantFrom('same', 'replace', 'add', 'drop', 'first', 'second'), fc.nat(), fc.constantFrom('世', '新', '的', 'x', '中')).map(([f, how, at, c]) => {
  const s = FORMS[f];
  const i = at % s.length;
  switch (how) {
    case 'replace':
      return s.slice(0, i) + c + s.slice(i + 1);
    case 'add':
      return s.slice(0, i) + c + s.slice(i);
    case 'drop':
      return s.slice(0, i) + s.slice(i + 1);
    case 'first':
      return s.slice(0, s.length >> 1);
    case 'second':
      return s.slice(s.length >> 1);
    default:
      return s;
  }
});

const text = fc.array(fc.oneof(written, fc.constantFrom('深入学习', '坚持', '，', '。', '的', '\n', '', '中国', '思想')), { maxLength: 12 }).map((xs) => xs.join(''));

describe('nearFormulations rewrite', () => {
  test('finds what the version before it found, on random text', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat({ max: 200 }), fc.nat({ max: 30 })), { maxLength: 3 }), (t, skips) => {
        const skip = skips.map(([a, n]): [number, number] => [a, a + n]);
        // Since the rewrite, a punctuation mark more or less (形式主义官僚主义) is no near miss.
        const marks = (x: string) => x.replace(/[、，,；;：:“”‘’"'（）()·\s\u3000]/g, '');
        expect(nearFormulations(t, skip)).toEqual(nearBefore(t, skip).filter((n) => marks(n.written) !== marks(n.right)));
      }),
      { numRuns: 1500, seed: 13 },
    );
  });

  test('the random text holds near misses (the comparison is not of empty lists)', () => {
    const found = fc.sample(text, { numRuns: 300, seed: 13 }).filter((t) => nearFormulations(t).length > 0);
    expect(found.length).toBeGreaterThan(30);
  });
});
