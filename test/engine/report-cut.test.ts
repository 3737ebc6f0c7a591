/**
 * The readable report's cut (report.ts): a start of a long text cleaned, each distinct start
 * clipped once per process — the same text as cleaning and clipping the whole (the reference).
 */
import fc from 'fast-check';
import { cut } from '../../src/engine/report';
import { projectTextLines } from '../support/docs';
import { cutBefore } from '../support/reference/report-cut-before';
import { seedsOrNote } from '../support/seeds';

const MAXES = [1, 2, 8, 20, 24, 50];

describe('report cut', () => {
  test('every line and paragraph of the project materials and seeds, at the report lengths', () => {
    const texts = projectTextLines();
    for (const seed of seedsOrNote('report cut')) texts.push(...seed.text.split('\n'));
    // Whole materials too: long texts whose start only is cleaned.
    texts.push(texts.join('\n'), texts.join('  \n\t '));
    expect(texts.length).toBeGreaterThan(1000);
    for (let pass = 0; pass < 2; pass++) {
      for (const t of texts) for (const max of MAXES) expect(cut(t, max)).toBe(cutBefore(t, max));
    }
  });

  test('white space anywhere, runs cut mid-way, surrogate pairs, lengths around the limits', () => {
    const piece = fc.constantFrom('学习', '不够深入', '理论', '\n', ' ', '  ', '\u3000', '\t', '\r\n', '。', '，', '“', 'abc', 'x', '𠀀', '1.', '中华人民共和国', '      \n     ', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 90 }), fc.integer({ min: 1, max: 60 }), (xs, max) => {
        const s = xs.join('');
        expect(cut(s, max)).toBe(cutBefore(s, max));
        expect(cut(s, max)).toBe(cutBefore(s, max));
      }),
      { numRuns: 5000 },
    );
  });

  test('many distinct texts (the kept cuts are emptied and filled again)', () => {
    for (let i = 0; i < 20_000; i++) {
      const s = `第${i}段学习贯彻不够深入，  理论联系实际不够紧密，存在学用脱节的现象${i % 7}`;
      expect(cut(s, 20)).toBe(cutBefore(s, 20));
    }
  });

  test.each([
    ['  一是学习不够。\n  比如全年只学了两次  ', 50, '一是学习不够。 比如全年只学了两次'],
    ['一是学习不够深入，理论联系实际不够紧密，存在学用脱节的现象', 20, '一是学习不够深入，理论联系实际不够紧密…'],
  ])('%p at %p → %p', (s, max, out) => {
    expect(cut(s, max)).toBe(out);
  });
});
