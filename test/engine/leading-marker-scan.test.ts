/**
 * matchLeadingMarker and stripLeadingMarker read the leading marker by code unit (issue 9:
 * allocation per analysis) and must find exactly what the patterns found before
 * (test/support/reference/markers-before.ts): the same kind, value, raw text and length, on random
 * text made of every character a marker is built from (full- and half-width, spaces of every kind,
 * what may follow a number), on long runs of numerals, digits and spaces around the 16-unit
 * prefix the patterns saw, on every UTF-16 unit in each place of a marker, and on every line of
 * the repository's materials.
 */
import fc from 'fast-check';
import { projectTextLines } from '../support/docs';
import { matchLeadingMarker, numberToChinese, stripLeadingMarker } from '../../src/engine/markers';
import { matchLeadingMarkerBefore } from '../support/reference/markers-before';

const same = (text: string) => {
  const before = matchLeadingMarkerBefore(text);
  expect(matchLeadingMarker(text)).toEqual(before);
  expect(stripLeadingMarker(text)).toBe(before ? text.slice(before.length) : text);
};

const CHARS = [...'（(）)一二三四五六七八九十是第、，,.．:：；;。0１２9０①⑳⑴㈠㈩ \u3000\t\n\u00a0\ufeff学个两月年'];

describe('the leading-marker scan finds what the patterns found', () => {
  test('random text of marker characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }), (xs) => same(xs.join(''))),
      { numRuns: 20000 },
    );
  });

  test('runs of numerals, digits and spaces across the 16-unit prefix', () => {
    const run = (c: string) => fc.integer({ min: 0, max: 18 }).map((n) => c.repeat(n));
    const part = fc.oneof(run(' '), run('\u3000'), run('一'), run('十'), run('1'), run('１'), fc.constantFrom(...CHARS));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (xs) => same(xs.join(''))),
      { numRuns: 10000 },
    );
  });

  test('every UTF-16 unit in each place of the markers', () => {
    const shapes = ['（一）X', '(1)X', '一是X', '一是一X', '第一X', '一、X', '一X', '1.X', '1X', '十一X', 'X一、', '（X）', '①X', '一 X学'];
    const wrong: string[] = [];
    for (const shape of shapes) {
      for (let c = 0; c < 0x10000; c++) {
        const text = shape.replace('X', String.fromCharCode(c));
        const before = matchLeadingMarkerBefore(text);
        const now = matchLeadingMarker(text);
        if (JSON.stringify(now) !== JSON.stringify(before)) wrong.push(`${shape}:${c.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every number 1–99 as written, with a numeral more before or after, in every frame', () => {
    const numerals = Array.from({ length: 99 }, (_, i) => numberToChinese(i + 1));
    const extra = ['', ...'一二三四五六七八九十'];
    const frames = ['（X）', '( X )', 'X是', 'X是X，', 'X是X学', '第X，', '第X是', 'X、', 'X 、学', 'X.', 'X：学', 'X学'];
    for (const n of numerals) {
      for (const a of extra) {
        for (const b of extra) for (const f of frames) same(f.split('X').join(a + n + b));
      }
    }
    for (let n = 0; n < 1000; n++) for (const f of ['(X)', '（X）', 'X.', 'X、', 'X .学', 'X.5']) same(f.replace('X', String(n)));
  });

  test('every line of the samples and fixtures', () => {
    const lines = projectTextLines();
    expect(lines.filter((l) => matchLeadingMarkerBefore(l)).length).toBeGreaterThan(200);
    for (const l of lines) same(l);
  });
});
