/**
 * Issue 13's memory target for a long material that links thousands of problems with thousands of
 * measures (the adversarial shape "problems and measures naming one institution", 1 MB): its peak
 * stays within 30× the input, measured as `npm run bench` measures it (bench/robust-child.ts: a
 * fresh process that has checked the bundled sample first, the peak RSS above its memory then).
 *
 * It peaked at 41–45×: the phrase table's arrays (15 MB, sized to the problems' characters and
 * kept between calls, test/link/phrases-memory.test.ts) and V8's optimising compiler, which
 * compiled the function linking one problem — the whole of it, some 380 lines with every helper
 * it calls inlined — once thousands of problems had made it hot: 0.3–1 s of CPU and some 13 MB of
 * the compiler's memory for one compilation (node --turbo-stats), at the check's busiest moment.
 * Linking one problem is now in parts (conceptScores, phraseScores, evidenceFor in link.ts), each
 * compiled on its own (the largest some 5 MB).
 *
 * Median of three runs, each in a fresh process (the peak moves by a few MB between runs).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SHAPES } from '../support/adversarial';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = require(path.join(ROOT, 'scripts/build-cli.js')) as { stale(): boolean; build(): void };

/** The shape's text of about `bytes` UTF-8 bytes (as the bench sizes it). */
function sized(name: string, bytes: number): string {
  const shape = SHAPES.find((s) => s.name === name)!;
  const probe = shape.make(10_000);
  return shape.make(Math.round(bytes / (Buffer.byteLength(probe) / probe.length)));
}

describe('a long material linking thousands of problems and measures', () => {
  beforeAll(() => {
    if (builder.stale()) builder.build();
  }, 300_000);

  test('peaks within 30× its size (the bench child, warm baseline, median of three)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-link-peak-'));
    try {
      const file = path.join(dir, 'institution.txt');
      fs.writeFileSync(file, sized('problems and measures naming one institution', 1024 * 1024));
      const bytes = fs.statSync(file).size;
      const child = path.join(ROOT, 'build/bench/robust-child.js');
      const warm = path.join(ROOT, 'samples/sample.txt');
      const ratios = [0, 1, 2].map(() => {
        const out = execFileSync(process.execPath, [child, file, `--warm=${warm}`], { encoding: 'utf8', timeout: 120_000 });
        const m = JSON.parse(out.trim().split('\n').pop()!) as { baseKb: number; peakKb: number; refused?: string };
        expect(m.refused).toBeUndefined();
        return ((m.peakKb - m.baseKb) * 1024) / bytes;
      });
      ratios.sort((a, b) => a - b);
      expect(ratios[1]).toBeLessThanOrEqual(30);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 400_000);
});
