/** isSpace (engine/markers.ts), shared by the marker reader and the text reader's fast path. */
import { isSpace } from '../../src/engine/markers';

test('isSpace is exactly the set String.prototype.trim removes and \\s matches, over every UTF-16 unit', () => {
  const wrong: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (isSpace(c) !== (ch.trim() === '') || isSpace(c) !== /\s/.test(ch)) wrong.push(c);
  }
  expect(wrong).toEqual([]);
  expect(isSpace(0x3000)).toBe(true);
  expect(isSpace('一'.charCodeAt(0))).toBe(false);
});
