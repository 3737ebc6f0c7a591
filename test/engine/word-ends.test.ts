/**
 * wordEndWithin asks the segmenter only for the segment holding `max`: it must give exactly what
 * walking every word from the start gives (the reference below), whatever the text holds —
 * Chinese words, Latin words and numbers (which join across , and .), emoji and combining marks,
 * zero-width joiners, line breaks and carriage returns — and for any `max`, inside a word, at its
 * end, past the text's end. A cut beside Chinese punctuation is decided without the segmenter
 * (certainWordEnd): the pieces put it beside Chinese characters, digits, Latin letters and quotes.
 */
import fc from 'fast-check';
import { wordEndWithin } from '../../src/engine/text';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The largest word end ≤ max of the first max + 16 units, walking every word from the start. */
function reference(t: string, max: number): number {
  let stop = 0;
  for (const w of segmenter.segment(t.slice(0, max + 16))) {
    const e = w.index + w.segment.length;
    if (e > max) break;
    stop = e;
  }
  return stop;
}

const piece = fc.constantFrom(
  '学习',
  '不够深入',
  '贯彻落实',
  '党员干部',
  '“两个确立”',
  '。',
  '，',
  '、',
  '：',
  '；',
  '？！',
  '《》',
  '「」',
  '【',
  '…',
  '——',
  '‘’',
  '学',
  '㐀',
  '（一）',
  ' ',
  '\u3000',
  '\n',
  '\r',
  '\r\n',
  'Excel',
  'abc',
  '2025',
  '1,000',
  '1，2',
  '３：４',
  '3.5',
  '５Ｇ',
  '😀',
  'e\u0301',
  '\u200d',
  '\ufe0f',
  '',
);
const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));

describe('word ends: one segment asked for', () => {
  test('wordEndWithin equals walking every word', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 50 }), (t, max) => {
        expect(wordEndWithin(t, max)).toBe(reference(t, max));
      }),
      { numRuns: 3000 },
    );
  });

  test('long texts: only the window before max + 16 decides', () => {
    const ts = Array.from({ length: 300 }, (_, i) => `${'学习不够深入，'.repeat(1 + (i % 7))}第${i}条措施落实不到位😀${'abc '.repeat(i % 4)}`);
    for (const max of [1, 5, 19, 20, 40, 80]) for (const t of ts) expect(wordEndWithin(t, max)).toBe(reference(t, max));
  });
});
