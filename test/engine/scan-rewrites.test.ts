/**
 * Scans rewritten to read code units instead of making strings (issue 9: allocation per
 * analysis), against the versions before them (test/support/reference/scans-before.ts): trimEndChars
 * the sentence scan behind longSentences, sentenceKey and linking's firstSentence, over random text of sentence ends, line breaks,
 * Chinese, Latin, spaces and lone surrogates, and over every UTF-16 unit alone.
 */
import fc from 'fast-check';
import { trimEndChars } from '../../src/engine/text';
import { sentenceEnd, sentenceKey, sentenceStart } from '../../src/engine/sentences';
import { firstSentenceBefore, sentenceKeyBefore, sentencesBefore, trimEndCharsBefore } from '../support/reference/scans-before';
import { firstSentence } from '../../src/engine/link/text';

/** The sentences of `text` as longSentences reads them (sentenceStart, sentenceEnd). */
function sentencesNow(text: string): string[] {
  const out: string[] = [];
  for (let end = 0; end < text.length; ) {
    const start = sentenceStart(text, end);
    if (start >= text.length) break;
    end = sentenceEnd(text, start);
    out.push(text.slice(start, end));
  }
  return out;
}

const pieces = ['。', '！', '？', '；', '!', '?', ';', '\n', '\r', ' ', '\u3000', '，', ',', '：', '一是', '理论学习不够深入', 'Excel', '2024', '\ud83d', '\ude00', '😀', '“', '”', ''];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));
const SETS = ['。！？；!?;，,', '。：:；;，,', ' \t\n\r\u3000\u00a0；;。，,', '\n', '', '\ud83d'];

describe('trimEndChars reads code units as the version before read one-character strings', () => {
  test('random text and sets', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...SETS), (s, set) => {
        expect(trimEndChars(s, set)).toBe(trimEndCharsBefore(s, set));
      }),
      { numRuns: 3000 },
    );
  });

  test('every UTF-16 unit alone, at the end of a text, against each set', () => {
    const wrong: string[] = [];
    for (const set of SETS) {
      for (let c = 0; c < 0x10000; c++) {
        const s = `一是${String.fromCharCode(c)}`;
        if (trimEndChars(s, set) !== trimEndCharsBefore(s, set)) wrong.push(`${set}:${c}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the sentence scan finds the matches the pattern found', () => {
  test('random text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(sentencesNow(s)).toEqual(sentencesBefore(s));
      }),
      { numRuns: 3000 },
    );
  });

  test('every UTF-16 unit alone and between two sentences', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const x = String.fromCharCode(c);
      for (const s of [x, `理论学习${x}不够深入。`, `${x}\n${x}`]) {
        if (JSON.stringify(sentencesNow(s)) !== JSON.stringify(sentencesBefore(s))) wrong.push(c);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('sentenceKey copies only a sentence holding what a key leaves out, to the same key', () => {
  const marked = fc.tuple(fc.constantFrom('', '一是', '（二）', '1.', '第三，', '**'), text).map(([m, t]) => m + t);
  test('random sentences', () => {
    fc.assert(
      fc.property(marked, (s) => {
        expect(sentenceKey(s)).toBe(sentenceKeyBefore(s));
      }),
      { numRuns: 3000 },
    );
  });

  test('every UTF-16 unit inside, before and after a sentence', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const x = String.fromCharCode(c);
      for (const s of [`理论学习${x}不够深入，`, `${x}一是理论学习`, `理论学习${x}`]) if (sentenceKey(s) !== sentenceKeyBefore(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

describe('firstSentence finds the end the pattern found, within its 80 units', () => {
  // Long runs too, so a sentence end falls before, at and past the 80-unit cut.
  const long = fc.array(fc.constantFrom(...pieces, '理论学习不够深入理论学习不够深入理论学习不够深入'), { maxLength: 60 }).map((xs) => xs.join(''));
  test('random text', () => {
    fc.assert(
      fc.property(long, (s) => {
        expect(firstSentence(s)).toBe(firstSentenceBefore(s));
      }),
      { numRuns: 3000 },
    );
  });

  test('every UTF-16 unit at the start, before and at the cut', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const x = String.fromCharCode(c);
      for (const at of [0, 5, 78, 79, 80, 81]) {
        const s = `${'学'.repeat(at)}${x}${'习'.repeat(90)}`;
        if (firstSentence(s) !== firstSentenceBefore(s)) wrong.push(c);
      }
    }
    expect(wrong).toEqual([]);
  });
});
