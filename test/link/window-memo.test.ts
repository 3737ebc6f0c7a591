/**
 * wordSpan's answers kept by window during one linking call (link/words.ts withWindowMemo): the
 * same answers as the segmenter gives without the memo, for windows met once and met again (in the
 * same text and in other texts, at other offsets), over the project's own text lines.
 */
import { withWindowMemo, wordSpan } from '../../src/engine/link/words';
import { projectTextLines } from '../support/docs';

/** Spans of 3 to 8 units at every 5th offset of a line (the lengths of terms and phrases). */
function spansOf(line: string): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < line.length; a += 5) for (const n of [3, 4, 5, 8]) if (a + n <= line.length) out.push([a, a + n]);
  return out;
}

describe('wordSpan with windows kept (withWindowMemo)', () => {
  const lines = projectTextLines()
    .filter((l) => /[\u4e00-\u9fff]{4}/.test(l))
    .slice(0, 200);

  test('the lines hold enough text to test', () => {
    expect(lines.length).toBeGreaterThan(100);
  });

  test('gives the segmenter’s answer for every span, first and again', () => {
    const plain = lines.map((l) => spansOf(l).map(([a, b]) => wordSpan(l, a, b)));
    let checked = 0;
    withWindowMemo(() => {
      for (let round = 0; round < 2; round++) {
        lines.forEach((l, i) =>
          spansOf(l).forEach(([a, b], k) => {
            expect(wordSpan(l, a, b)).toEqual(plain[i][k]);
            checked++;
          }),
        );
      }
    });
    expect(checked).toBeGreaterThan(1000);
  });

  test('a window met again in another text, at another offset, gives the answer there', () => {
    const sentence = '全年只读了两本理论书籍。';
    const at = sentence.indexOf('本理论书籍');
    const shifted = '前言。' + sentence;
    const expected = wordSpan(shifted, at + 3, at + 8);
    withWindowMemo(() => {
      expect(wordSpan(sentence, at, at + 5)).toEqual([at + 1, at + 5]);
      expect(wordSpan(shifted, at + 3, at + 8)).toEqual(expected);
      expect(expected).toEqual([at + 4, at + 8]);
    });
  });

  test('an empty answer (no whole word left) is kept as empty at the span’s start', () => {
    // 论学 cuts 理论 and 学习: no whole word is left.
    const text = '我们加强党的理论学习。';
    const plain = wordSpan(text, 7, 9);
    expect(plain).toEqual([7, 7]);
    withWindowMemo(() => {
      expect(wordSpan(text, 7, 9)).toEqual(plain);
      expect(wordSpan(text, 7, 9)).toEqual(plain);
      expect(wordSpan('前言。' + text, 10, 12)).toEqual([10, 10]);
    });
  });

  test('nested calls keep their own windows and restore the outer ones', () => {
    const text = '全年发文数量比上年减少。';
    const at = text.indexOf('发文数量比');
    const outer = withWindowMemo(() => {
      const first = wordSpan(text, at, at + 5);
      const inner = withWindowMemo(() => wordSpan(text, at, at + 5));
      expect(inner).toEqual(first);
      return wordSpan(text, at, at + 5);
    });
    expect(outer).toEqual(wordSpan(text, at, at + 5));
    expect(text.slice(outer[0], outer[1])).toBe('发文数量');
  });
});
