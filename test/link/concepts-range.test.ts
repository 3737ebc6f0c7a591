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

/** Every form `forms` finds in `text`: concept, loose, start, institution. */
function byVisitor(text: string): number[][] {
  const out: number[][] = [];
  lexiconMatcher().forms(text, (c, loose, start, institution) => out.push([c, loose ? 1 : 0, start, institution]));
  return out;
}

/** The same scan through mayStart, longestForm and the form arrays (what link.ts conceptProfile runs). */
function byNumbers(text: string): number[][] {
  const m = lexiconMatcher();
  const out: number[][] = [];
  for (let i = 0; i < text.length; ) {
    const f = m.mayStart[text.charCodeAt(i)] === 0 ? -1 : m.longestForm(text, i, text.length);
    if (f < 0) {
      i++;
      continue;
    }
    out.push([m.formConcept[f], m.formLoose[f], i, m.formInstitution[f]]);
    i += m.formLength[f];
  }
  return out;
}

describe('forms as numbers', () => {
  const INSTITUTION_FORMS = (lexicon as { concepts: Concept[] }).concepts.flatMap((c) => (c.institutions ?? []).flat());

  test('a scan through mayStart and longestForm finds what forms() finds, loose forms and institutions included', () => {
    const piece = fc.oneof(
      fc.constantFrom(...FORMS),
      fc.constantFrom(...INSTITUTION_FORMS),
      fc.constantFrom(...FORMS).map((f) => f.slice(1)),
      fc.constantFrom(...FORMS).map((f) => f.slice(0, -1)),
      fc.constantFrom('的', '和', '，', '。', '加强', 'a', ' ', '𠀀'),
    );
    let forms = 0;
    let institutions = 0;
    let loose = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        const want = byVisitor(text);
        forms += want.length;
        institutions += want.filter((f) => f[3] >= 0).length;
        loose += want.filter((f) => f[1] === 1).length;
        expect(byNumbers(text)).toEqual(want);
      }),
      { numRuns: 2000, seed: 5 },
    );
    expect(forms).toBeGreaterThan(2000);
    expect(institutions).toBeGreaterThan(100);
    expect(loose).toBeGreaterThan(100);
  });

  test('forms at the very ends, overlapping forms, and text no form starts in', () => {
    for (const text of ['', '的', '三会一课', '民主集中制三会一课', '理论学习理论武装', 'aaaa', '𠀀三会一课𠀀']) expect(byNumbers(text)).toEqual(byVisitor(text));
  });
});
