/**
 * ConceptMatcher.hasFormIn reads a span in place: the same answer as scanning a copy of the span
 * with `forms`, for random spans of random text made of lexicon forms (whole, cut at either end,
 * run together) and other characters, with spans starting and ending inside forms.
 */
import fc from 'fast-check';
import { lexiconMatcher, type Concept } from '../../src/engine/link/concepts';
import lexicon from '../../src/engine/link/lexicon.json';

const FORMS = (lexicon as { concepts: Concept[] }).concepts.flatMap((c) => [...c.forms, ...(c.loose ?? [])]);

describe('hasFormIn', () => {
  test('answers as forms() on the span cut out', () => {
    const m = lexiconMatcher();
    const piece = fc.oneof(
      fc.constantFrom(...FORMS),
      fc.constantFrom(...FORMS).map((f) => f.slice(1)),
      fc.constantFrom(...FORMS).map((f) => f.slice(0, -1)),
      fc.constantFrom('的', '和', '，', '。', '加强', 'a', ' '),
    );
    let found = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join('');
        const a = x % (text.length + 1);
        const b = a + (y % (text.length - a + 1));
        let any = false;
        m.forms(text.slice(a, b), () => {
          any = true;
        });
        if (any) found++;
        expect(m.hasFormIn(text, a, b)).toBe(any);
      }),
      { numRuns: 2000, seed: 3 },
    );
    // Both answers occur.
    expect(found).toBeGreaterThan(200);
    expect(found).toBeLessThan(1800);
  });
});
