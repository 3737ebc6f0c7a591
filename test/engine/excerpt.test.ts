/** excerpt: the start of a paragraph for finding lists, line breaks (and the spaces around them) as one space. */
import fc from 'fast-check';
import { clipAtClause, excerpt } from '../../src/engine/text';

/** The reference: every line break with the white space around it made one space, trimmed, then clipped (before a clause mark near the end, if any). */
function reference(s: string, max = 40): string {
  const t = s.slice(0, max + 40).replace(/\s*\n\s*/g, ' ').trim();
  return clipAtClause(t, max);
}

describe('excerpt', () => {
  // Text with no line break is no longer searched for one: the same excerpt either way.
  test('with and without line breaks, short and long, any clip length', () => {
    const piece = fc.constantFrom('学习', '不够深入', '\n', ' ', '\u3000', '\t', '。', 'a', '\r\n', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 60 }), (xs, max) => {
        const s = xs.join('');
        expect(excerpt(s, max)).toBe(reference(s, max));
        expect(excerpt(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['一是学习不够。\n  比如全年只学了两次', '一是学习不够。 比如全年只学了两次'],
    ['  首尾有空格  ', '首尾有空格'],
    ['没有换行的一段', '没有换行的一段'],
  ])('%p → %p', (s, out) => {
    expect(excerpt(s)).toBe(out);
  });
});
