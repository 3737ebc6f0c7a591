/**
 * link/words.ts mayCutWord reads its characters by code (issue 9: no one-character string a test)
 * and must answer as the version before, which tested one-character strings
 * (test/support/reference/scans-before.ts): on random text of function characters, suffixes,
 * particles, other Chinese, Latin, punctuation and lone surrogates, for every span including
 * empty ones and ones touching or past the text's ends, with and without `endsOnly`.
 */
import fc from 'fast-check';
import { mayCutWord } from '../../src/engine/link/words';
import { mayCutWordBefore } from '../support/reference/scans-before';

const CHARS = [...'本个两向的了和性化理论书籍学习发文数量比上年，。 A1', '\ud83d', '\ude00', '😀'];

test('mayCutWord answers as before on every span of random text', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }), fc.boolean(), (xs, endsOnly) => {
      const text = xs.join('');
      for (let a = -1; a <= text.length + 1; a++) {
        for (let b = a; b <= text.length + 1; b++) expect([a, b, mayCutWord(text, a, b, endsOnly)]).toEqual([a, b, mayCutWordBefore(text, a, b, endsOnly)]);
      }
    }),
    { numRuns: 1500 },
  );
});

test('every UTF-16 unit at a span end and beside it', () => {
  const wrong: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const [text, a, b] of [[`${ch}理论`, 0, 3], [`理论${ch}`, 0, 3], [`${ch}理论书`, 1, 3], [`理论${ch}`, 0, 2]] as const) {
      if (mayCutWord(text, a, b) !== mayCutWordBefore(text, a, b) || mayCutWord(text, a, b, true) !== mayCutWordBefore(text, a, b, true)) wrong.push(c);
    }
  }
  expect(wrong).toEqual([]);
});
