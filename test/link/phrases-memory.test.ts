/**
 * sharedPhrases' memory (issue 13). Its trigram table was sized to the problems' characters and
 * kept between calls at the size of the largest, with its positions and posting entries (up to
 * 4 MB each): a 1 MB material of thousands of problems repeating their wording (a few hundred
 * distinct trigrams) had a table of 2^19 slots, and its 15 MB of typed arrays stayed allocated
 * through the rest of its check, where its memory peaks (44× the input, against 30×). The table
 * now starts at most 2^16 slots and doubles when half full; arrays past that size are the call's
 * own, garbage once it returns.
 *
 * Typed arrays show in process.memoryUsage().arrayBuffers at once, and what is kept between calls
 * in keptBytes (a collection frees the rest, but not at once: V8 sweeps array buffers on a thread
 * of its own, so a count after gc() moved from run to run). Each case reads the module fresh
 * (jest.isolateModules) so an earlier case's kept arrays cannot hide this one's. The table's growth
 * is checked against the version before the rewrites (test/support/reference/phrases-before.ts).
 */
import type * as Phrases from '../../src/engine/link/phrases';
import { sharedPhrases as sharedPhrasesBefore } from '../support/reference/phrases-before';

/** Problems and measures all naming one institution, numbered apart: thousands of items, few distinct trigrams. */
function repeated(n: number): { problems: string[]; measures: string[] } {
  const problems = Array.from({ length: n }, (_, i) => `请示报告制度执行不严格，第${i}项重大事项未请示。`);
  const measures = Array.from({ length: n }, (_, i) => `建立分管领域请示报告台账，第${i}项每月检查1次。`);
  return { problems, measures };
}

/** Characters of all the texts of a call. */
const charsOf = (...lists: string[][]) => lists.reduce((n, l) => n + l.reduce((m, t) => m + t.length, 0), 0);

/** Growth of typed-array memory (bytes) while `fn` runs. */
function arrayBuffersGrowth(fn: () => void): number {
  const before = process.memoryUsage().arrayBuffers;
  fn();
  return process.memoryUsage().arrayBuffers - before;
}

/** A text of `n` characters drawn from 2,000 CJK characters (seeded): nearly every trigram distinct. */
function varied(n: number, seed: number): string {
  let x = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(0x4e00 + ((x >>> 8) % 2000));
  }
  return out;
}

describe('sharedPhrases keeps its memory to what the texts hold', () => {
  test('a material repeating its wording gets a table for its distinct trigrams, not for its characters', () => {
    jest.isolateModules(() => {
      const { sharedPhrases } = require('../../src/engine/link/phrases') as typeof Phrases;
      // A small call first: the kept arrays' first allocation is not this case's.
      sharedPhrases(['请示报告不及时'], ['严格执行请示报告制度'], []);
      const { problems, measures } = repeated(6000);
      let out: ReturnType<typeof sharedPhrases> = [];
      const grown = arrayBuffersGrowth(() => (out = sharedPhrases(problems, measures, ['理想信念有所松懈。'])));
      expect(out).toHaveLength(problems.length);
      // Positions (4 bytes a character) and posting entries (8 bytes a measure's character) at
      // most: the table sized to the problems' characters took some 40 bytes a character more.
      expect(grown).toBeLessThan(14 * charsOf(problems, measures));
    });
  });

  test('what a large call allocates is not kept once it returns', () => {
    jest.isolateModules(() => {
      const { sharedPhrases, keptBytes } = require('../../src/engine/link/phrases') as typeof Phrases;
      sharedPhrases(['请示报告不及时'], ['严格执行请示报告制度'], []);
      // Repeated wording, then text of many distinct trigrams (a table that grows past 2^16 slots).
      const { problems, measures } = repeated(6000);
      const many = Array.from({ length: 40 }, (_, i) => varied(2500, i + 1));
      const out = sharedPhrases(problems, measures, []).length + sharedPhrases(many, many.map((t) => t.slice(100, 900)), []).length;
      expect(out).toBe(problems.length + many.length);
      // Kept between calls: arrays of up to 2^16 entries (a table of 1.5 MB, positions and entries of
      // 256 KB each), not the 15 MB the first call's arrays took when kept at its size.
      expect(keptBytes()).toBeLessThan(2.5 * 1024 * 1024);
      // A small call after the large ones reuses them.
      expect(sharedPhrases(['耕地保护党政同责落实不到位'], ['压紧压实耕地保护党政同责'], [])[0].length).toBe(1);
      expect(keptBytes()).toBeLessThan(2.5 * 1024 * 1024);
    });
  });

  test('a table that grows while the problems are added finds what the version before it found', () => {
    // Some 100,000 distinct trigrams of problems: the table doubles from 2^16 slots while they are
    // added, with positions of earlier problems and of the problem being added moved with it.
    const problems = Array.from({ length: 40 }, (_, i) => varied(2500, 7 * i + 3));
    // Measures sharing runs with problems added before, during and after the growth, and runs of their own.
    const measures = [0, 13, 14, 26, 39].map((k, j) => `每月${problems[k].slice(200 + 37 * j, 230 + 37 * j)}检查一次，${varied(40, 900 + j)}，${problems[(k + 5) % 40].slice(1000, 1012)}`);
    const others = [problems[13].slice(200, 260), varied(300, 77)];
    jest.isolateModules(() => {
      const { sharedPhrases } = require('../../src/engine/link/phrases') as typeof Phrases;
      for (const options of [{}, { termMinChars: 3 }, { termMinChars: 2, maxDf: 2, postingCap: 2 }]) {
        const got = sharedPhrases(problems, measures, others, options);
        expect(got).toEqual(sharedPhrasesBefore(problems, measures, others, options));
        // The shared runs are found at all (not a comparison of two empty answers).
        expect(got.filter((x) => x.length > 0).length).toBeGreaterThanOrEqual(5);
      }
      // And a small call after a large one reuses the kept table as before.
      const small = { problems: ['耕地保护党政同责落实不到位'], measures: ['压紧压实耕地保护党政同责'] };
      expect(sharedPhrases(small.problems, small.measures, [])).toEqual(sharedPhrasesBefore(small.problems, small.measures, []));
    });
  });
});
