/**
 * wordEndWithin keeps the segment starts it found (text.ts segmentStart): asked again, and after
 * more distinct texts than it keeps (it empties and fills again), it answers as segmenting afresh
 * does (test/support/reference/word-end.ts walks every word).
 */
import { wordEndWithin } from '../../src/engine/text';
import { ownMaterialsAndSeeds } from '../support/seeds';
import { referenceWordEnd as reference } from '../support/reference/word-end';

test('the same answers asked again, over more texts than are kept', () => {
  const lines = ownMaterialsAndSeeds('word end memo').flatMap((m) => m.text.split('\n')).filter((l) => l.length > 8);
  expect(lines.length).toBeGreaterThan(300);
  const texts = [...lines];
  for (let i = 0; texts.length < 20_000; i++) texts.push(`${i}${lines[i % lines.length]}`);
  for (let pass = 0; pass < 2; pass++) {
    for (const [k, t] of texts.entries()) {
      const max = [20, 24, 12, 40][k % 4];
      expect(wordEndWithin(t, max)).toBe(reference(t, max));
    }
  }
});
