/**
 * The word end wordEndWithin must give (text.ts): the largest word end ≤ `max` of the first
 * max + 16 units of `t`, walking every word from the start with Intl.Segmenter — the plain way,
 * kept as the oracle of the faster one.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function referenceWordEnd(t: string, max: number): number {
  let stop = 0;
  for (const w of segmenter.segment(t.slice(0, max + 16))) {
    const e = w.index + w.segment.length;
    if (e > max) break;
    stop = e;
  }
  return stop;
}
