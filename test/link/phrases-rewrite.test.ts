/**
 * sharedPhrases after its allocation rewrite (one reader object a call instead of closures a
 * problem; fixed formulations tried where one can start instead of a search over a slice around
 * each run; posting entries in typed arrays kept between calls) against the version before it
 * (test/support/reference/phrases-before.ts), over many random materials: same phrases, terms,
 * head flags and order, whatever the words, particles, fixed formulations (whole, cut, or
 * straddling a run's end), punctuation and options. Calls alternate, so the kept tables and
 * entry arrays are reused between calls of different sizes.
 */
import fc from 'fast-check';
import { sharedPhrases, type PhraseOptions } from '../../src/engine/link/phrases';
import { sharedPhrases as sharedPhrasesBefore } from '../support/reference/phrases-before';
import boilerplate from '../../src/engine/link/boilerplate.json';

const FORMULATIONS = (boilerplate as { phrases: string[] }).phrases;

/** Pieces the texts are made of: specific words, generic ones, particles, fixed formulations whole and cut, punctuation, non-CJK. */
const PIECES = [
  '耕地保护', '党政同责', '信访积案', '亮身份', '教育集团', '集团化办学', '现代农业', '产业园', '土地流转', '卡点',
  '理论学习', '深入', '加强', '进一步', '工作', '问题', '系统性', '整体性', '主责主业', '本领恐慌', '克服',
  '的', '和', '与', '了', '是', '在', '对', '有', '要', '不', '等', '两本', '书籍', '发文', '数量', '比上年',
  '，', '。', '；', '、', '\n', 'XX', '2024', ' ',
  ...FORMULATIONS,
  ...FORMULATIONS.map((f) => f.slice(0, Math.max(1, f.length >> 1))),
  ...FORMULATIONS.map((f) => f.slice(f.length >> 1)),
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 40 }).map((xs) => xs.join(''));

const options: fc.Arbitrary<PhraseOptions & { problems: number; skip: 'none' | 'party' | 'long'; inPlace: boolean }> = fc.record({
  problems: fc.integer({ min: 1, max: 6 }),
  minChars: fc.constantFrom(undefined, 3, 4, 5, 6),
  headMinChars: fc.constantFrom(undefined, 3, 4),
  termMinChars: fc.constantFrom(undefined, 0, 2, 3),
  termMaxDf: fc.constantFrom(undefined, 1, 2, 3),
  maxDf: fc.constantFrom(undefined, 1, 2, 5),
  postingCap: fc.constantFrom(undefined, 1, 2, 8),
  skip: fc.constantFrom('none', 'party', 'long'),
  /** The new code asked through skipTermAt (in place) rather than skipTerm (a slice). */
  inPlace: fc.boolean(),
});

describe('sharedPhrases rewrite', () => {
  test('finds what the version before it found, on random materials', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(text, { minLength: 0, maxLength: 6 }),
        fc.array(text, { minLength: 0, maxLength: 4 }),
        fc.array(fc.nat({ max: 30 }), { minLength: 6, maxLength: 6 }),
        options,
        (problems, measures, others, heads, o) => {
          const skipTerm = o.skip === 'party' ? (t: string) => t.includes('党') : o.skip === 'long' ? (t: string) => t.length > 4 : undefined;
          const { skip: _skip, problems: _n, inPlace, ...rest } = o;
          const opts: PhraseOptions = { ...rest, headLengths: problems.map((p, i) => Math.min(p.length, heads[i])), skipTerm };
          const skipTermAt = skipTerm && inPlace ? (t: string, a: number, b: number) => skipTerm(t.slice(a, b)) : undefined;
          expect(sharedPhrases(problems, measures, others, { ...opts, skipTermAt })).toEqual(sharedPhrasesBefore(problems, measures, others, opts));
        },
      ),
      { numRuns: 400, seed: 9 },
    );
  });

  test('a problem sharing a long run with several measures, formulations inside and around it', () => {
    // Problems built from the measures' own text, so long shared runs (and many flushes) occur.
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 5 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (measures, cuts) => {
        const joined = measures.join('');
        const a = cuts[0] % (joined.length + 1);
        const b = a + (cuts[1] % (joined.length - a + 1));
        const problems = [`一是${joined.slice(a, b)}不够。`, joined.slice(cuts[2] % (joined.length + 1)) + FORMULATIONS[cuts[3] % FORMULATIONS.length]];
        const opts: PhraseOptions = { termMinChars: 3, headLengths: [4, 0] };
        expect(sharedPhrases(problems, measures, [], opts)).toEqual(sharedPhrasesBefore(problems, measures, [], opts));
      }),
      { numRuns: 300, seed: 19 },
    );
  });
});
