/** What the benchmarks share: the material they time (the seeds repeated) and the median. */
import * as fs from 'fs';
import * as path from 'path';
import { loadSeeds } from '../src/cli/gold';
import { repeatToParagraphs } from '../src/preview/samples';

const SAMPLE = path.resolve(__dirname, '../../samples/sample.txt');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Seed texts (or the bundled sample when the seeds are not beside the repo). */
export function materials(): string[] {
  const seeds = loadSeeds();
  return seeds.length ? seeds.map((s) => s.text) : [fs.readFileSync(SAMPLE, 'utf8')];
}

/** The materials repeated to exactly `n` paragraphs with text (blank lines are not paragraphs here). */
export function material(n: number): string {
  return repeatToParagraphs(materials(), n);
}
