/**
 * wordEndWithin keeps the segment starts it found (text.ts segmentStart): asked again, and after
 * more distinct texts than it keeps (it empties and fills again), it answers as segmenting afresh
 * does (the reference below walks every word, as test/engine/word-ends.test.ts does).
 */
import { wordEndWithin } from '../../src/engine/text';
import { ownMaterialsAndSeeds } from '../support/seeds';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function reference(t: string, max: number): number {
  let stop = 0;
  for (const w of segmenter.segment(t.slice(0, max + 16))) {
    const e = w.index + w.segment.length;
    if (e > max) break;
    stop = e;
  }
  return stop;
}

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
