/**
 * wordSpan's answers kept by window for the process (link/words.ts): the same answers as the
 * segmenter gives with nothing kept (forgetWordWindows before each), for windows met once and met
 * again (in the same text and in other texts, at other offsets), past what is kept, over the
 * project's own text lines.
 */
import { forgetWordWindows, wordSpan } from '../../src/engine/link/words';
import { projectTextLines } from '../support/docs';

/** Spans of 3 to 8 units at every 5th offset of a line (the lengths of terms and phrases). */
function spansOf(line: string, step = 5): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < line.length; a += step) for (const n of [3, 4, 5, 8]) if (a + n <= line.length) out.push([a, a + n]);
  return out;
}

/** The segmenter's answer with no window kept. */
function fresh(text: string, a: number, b: number): [number, number] {
  forgetWordWindows();
  const found = wordSpan(text, a, b);
  forgetWordWindows();
  return found;
}

describe('wordSpan with windows kept', () => {
  const lines = projectTextLines().filter((l) => /[\u4e00-\u9fff]{4}/.test(l));

  beforeEach(() => forgetWordWindows());

  test('the lines hold enough text to test', () => {
    expect(lines.length).toBeGreaterThan(300);
  });

  test('gives the segmenter’s answer for every span, first and again', () => {
    const some = lines.slice(0, 200);
    const plain = some.map((l) => spansOf(l).map(([a, b]) => fresh(l, a, b)));
    let checked = 0;
    for (let round = 0; round < 2; round++) {
      some.forEach((l, i) =>
        spansOf(l).forEach(([a, b], k) => {
          expect(wordSpan(l, a, b)).toEqual(plain[i][k]);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(1000);
  });

  test('past what is kept (it empties and fills again), the same answers', () => {
    // More distinct windows than are kept (8,192), so the memo empties once or twice on the way.
    const spans = lines.flatMap((l) => spansOf(l, 3).map(([a, b]) => [l, a, b] as const)).slice(0, 10_000);
    expect(spans.length).toBe(10_000);
    const plain = spans.map(([l, a, b]) => fresh(l, a, b));
    for (let round = 0; round < 2; round++) spans.forEach(([l, a, b], k) => expect(wordSpan(l, a, b)).toEqual(plain[k]));
  });

  test('a window met again in another text, at another offset, gives the answer there', () => {
    const sentence = '全年只读了两本理论书籍。';
    const at = sentence.indexOf('本理论书籍');
    const shifted = '前言。' + sentence;
    const expected = fresh(shifted, at + 3, at + 8);
    expect(wordSpan(sentence, at, at + 5)).toEqual([at + 1, at + 5]);
    expect(wordSpan(shifted, at + 3, at + 8)).toEqual(expected);
    expect(expected).toEqual([at + 4, at + 8]);
  });

  test('a window at a sentence start after a Chinese character: the suffix rule reads the same', () => {
    // 性 after a sentence end starts no word inside another; after 统 it does (系统性).
    const cut = '加强系统性和整体性。';
    const s = cut.indexOf('性和整体性');
    const afterEnd = '加强系统。性和整体性。';
    const t = afterEnd.indexOf('性和整体性');
    expect(wordSpan(cut, s, s + 5)).toEqual(fresh(cut, s, s + 5));
    expect(wordSpan(afterEnd, t, t + 5)).toEqual(fresh(afterEnd, t, t + 5));
    expect(wordSpan(cut, s, s + 5)).toEqual(fresh(cut, s, s + 5));
  });

  test('an empty answer (no whole word left) is kept as empty at the span’s start', () => {
    // 论学 cuts 理论 and 学习: no whole word is left.
    const text = '我们加强党的理论学习。';
    const plain = fresh(text, 7, 9);
    expect(plain).toEqual([7, 7]);
    expect(wordSpan(text, 7, 9)).toEqual(plain);
    expect(wordSpan(text, 7, 9)).toEqual(plain);
    expect(wordSpan('前言。' + text, 10, 12)).toEqual([10, 10]);
  });
});
