/**
 * wordEndWithin asks the segmenter only for the segment holding `max`: it must give exactly what
 * walking every word from the start gives (test/support/reference/word-end.ts), whatever the text holds —
 * Chinese words, Latin words and numbers (which join across , and .), emoji and combining marks,
 * zero-width joiners, line breaks and carriage returns — and for any `max`, inside a word, at its
 * end, past the text's end. A cut beside Chinese punctuation is decided without the segmenter
 * (certainWordEnd): the pieces put it beside Chinese characters, digits, Latin letters and quotes.
 */
import fc from 'fast-check';
import { wordEndWithin } from '../../src/engine/text';
import { ownMaterialsAndSeeds } from '../support/seeds';
import { referenceWordEnd as reference } from '../support/reference/word-end';

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

// Only the clause around `max` is segmented (between certain word ends): the Chinese pieces below
// run into each other (中国特色 + 社会主义, 学习 + 贯彻), so the dictionary's words cross pieces, and
// marks, digits, letters and spaces sit on either side of them, near and far from `max`.
const han = fc.constantFrom('中', '国', '特色', '社会主义', '学', '习', '贯彻', '落实', '不', '够', '深入', '干部', '群众', '工作', '作风', '问题', '整改', '措施', '到位', '的', '了', '一', '是', '二');
const mark = fc.constantFrom('，', '。', '、', '；', '：', '？', '！', '“', '”', '（', '）', '《', '》', '…', '—', '「', '」');
const other = fc.constantFrom('1', '2025', '3.5', 'ab', 'Word', ' ', '\u3000', '\n', '·', ',', '.', ':', '5G', '😀', '\u200d');
const clauses = fc.array(fc.oneof({ weight: 6, arbitrary: han }, { weight: 2, arbitrary: mark }, { weight: 1, arbitrary: other }), { maxLength: 40 }).map((xs) => xs.join(''));

describe('word ends: only the clause around max segmented', () => {
  test('Chinese runs between marks: the same word ends as walking every word of the window', () => {
    fc.assert(
      fc.property(clauses, fc.integer({ min: 1, max: 45 }), (t, max) => {
        expect(wordEndWithin(t, max)).toBe(reference(t, max));
      }),
      { numRuns: 6000 },
    );
  });

  test('every paragraph of the own materials and the seeds, cut at every offset up to 60', () => {
    let compared = 0;
    for (const m of ownMaterialsAndSeeds('word ends of every paragraph')) {
      for (const line of m.text.split('\n')) {
        for (let max = 1; max <= Math.min(60, line.length + 1); max++) {
          expect(wordEndWithin(line, max)).toBe(reference(line, max));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
