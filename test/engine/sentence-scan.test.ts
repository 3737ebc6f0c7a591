/**
 * The sentences longSentences reads, found by hand (sentenceEnd) rather than by SENTENCE's match
 * array: the same [start, end) spans as SENTENCE's global matches, over random text of every
 * sentence end (full- and half-width), line breaks, carriage returns, white space, CJK, Latin and
 * surrogate pairs, at the text's ends and in runs.
 */
import fc from 'fast-check';
import { SENTENCE, sentenceEnd } from '../../src/engine/sentences';

function byRegex(text: string): [number, number][] {
  const out: [number, number][] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m; m = SENTENCE.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function byHand(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0, to = 0; from < text.length; from = to) {
    to = sentenceEnd(text, from);
    if (to === from) to++;
    else out.push([from, to]);
  }
  return out;
}

describe('sentenceEnd', () => {
  test('finds the sentences SENTENCE matches', () => {
    const unit = fc.constantFrom('。', '！', '？', '；', '!', '?', ';', '\n', '\r', ' ', '\u3000', '，', '问', '题', 'a', '1', '😀', '“', '”');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join('');
        expect(byHand(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});
