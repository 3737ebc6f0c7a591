/**
 * The CLI's heap settings (src/cli/heap.ts, issue 13): the V8 flags they set exist in this Node, are
 * honoured when set at run time (the young generation stays at its starting size while many small
 * objects survive, where by default it grows; the old generation's factor is accepted, its effect
 * on the peak being measured by the bench; a function called a few thousand times is left to the
 * interpreter), and setting them twice never throws. A run over several files gives the two memory
 * settings back to V8 (relaxHeapForFolder), only where they were set, and `check` does so for
 * several files and never for one.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as heap from '../../src/cli/heap';
import { FOLDER_FLAGS, HEAP_FLAGS, OLD_GENERATION_FLAG, TIER_UP_FLAG, tuneHeapForCheck, V8_DEFAULT_FLAGS, YOUNG_GENERATION_FLAG } from '../../src/cli/heap';
import { main } from '../../src/cli/main';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = require(path.join(ROOT, 'scripts/build-cli.js')) as { stale(): boolean; build(): void };

/**
 * A child that keeps `count` small objects alive (a flood of paragraphs, as a check reads them),
 * optionally after setting `flag` at run time; prints the young generation's size in bytes.
 */
function youngGenerationAfterFlood(flag: string | null, count: number): number {
  const script = `
    const v8 = require('v8');
    if (process.env.DZ_FLAG) v8.setFlagsFromString(process.env.DZ_FLAG);
    const kept = [];
    for (let i = 0; i < Number(process.argv[1]); i++) kept.push({ index: i, text: String.fromCharCode(0x4e00 + (i % 500)) });
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.stdout.write(String(young.space_size) + ' ' + kept.length);
  `;
  // The flag goes by the environment: after -e, an argument starting with "--" is read by node itself.
  const r = spawnSync(process.execPath, ['-e', script, String(count)], { encoding: 'utf8', env: { ...process.env, DZ_FLAG: flag ?? '' } });
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  const [size, kept] = r.stdout.split(' ').map(Number);
  expect(kept).toBe(count);
  return size;
}

/**
 * A child that keeps `live` small objects and then makes batches of 50,000 that each live through
 * two more batches (a check's phase arrays: old enough to be promoted, dead soon after), optionally
 * after setting `flag` at run time; prints the largest heap V8 committed meanwhile, in bytes, and
 * the live objects kept. Returns both; throws when the child fails or writes to standard error.
 */
function churnWithFlag(flag: string | null, live: number): [number, number] {
  const script = `
    const v8 = require('v8');
    if (process.env.DZ_FLAG) v8.setFlagsFromString(process.env.DZ_FLAG);
    const kept = [];
    for (let i = 0; i < Number(process.argv[1]); i++) kept.push({ index: i, text: String.fromCharCode(0x4e00 + (i % 500)) });
    let peak = 0;
    const held = [];
    for (let round = 0; round < 40; round++) {
      const batch = [];
      for (let i = 0; i < 50000; i++) batch.push({ index: i, round });
      held.push(batch);
      if (held.length > 2) held.shift();
      peak = Math.max(peak, v8.getHeapStatistics().total_heap_size);
    }
    process.stdout.write(String(peak) + ' ' + kept.length);
  `;
  const r = spawnSync(process.execPath, ['-e', script, String(live)], { encoding: 'utf8', env: { ...process.env, DZ_FLAG: flag ?? '' } });
  if (r.status !== 0 || r.stderr !== '') throw new Error(`child failed: ${r.stderr}`);
  const [peak, kept] = r.stdout.split(' ').map(Number);
  return [peak, kept];
}

/**
 * A child that calls a small function `calls` times, optionally after setting `flag` at run time,
 * and tells whether V8 has optimized it or queued it for optimization (V8's own status bits:
 * optimized 16, marked 256 and 512, compiling 1024).
 */
function optimizedAfter(flag: string | null, calls: number): boolean {
  const script = `
    const v8 = require('v8');
    if (process.env.DZ_FLAG) v8.setFlagsFromString(process.env.DZ_FLAG);
    v8.setFlagsFromString('--allow-natives-syntax');
    const f = new Function('x', 'return x.length * 2 + (x.charCodeAt(0) | 0);');
    const status = new Function('f', 'return %GetOptimizationStatus(f)');
    let s = 0;
    for (let i = 0; i < Number(process.argv[1]); i++) s += f('abc' + (i & 7));
    process.stdout.write(String(status(f)) + ' ' + s);
  `;
  const r = spawnSync(process.execPath, ['-e', script, String(calls)], { encoding: 'utf8', env: { ...process.env, DZ_FLAG: flag ?? '' } });
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  const [status, sum] = r.stdout.split(' ').map(Number);
  expect(sum).toBeGreaterThan(0);
  return (status & (16 | 256 | 512 | 1024)) !== 0;
}

/**
 * A child that loads the compiled heap.ts, calls `steps` in order ('tune': tuneHeapForCheck,
 * 'relax': relaxHeapForFolder) and then keeps `count` small objects alive; prints the young
 * generation's size in bytes and what each relax returned. Throws when the child fails or writes
 * to standard error.
 */
function youngGenerationAfter(steps: ('tune' | 'relax')[], count: number): { size: number; relaxed: boolean[] } {
  const script = `
    const v8 = require('v8');
    const heap = require(process.env.DZ_HEAP);
    const relaxed = [];
    for (const step of process.env.DZ_STEPS.split(',').filter(Boolean)) {
      if (step === 'tune') heap.tuneHeapForCheck();
      else relaxed.push(heap.relaxHeapForFolder());
    }
    const kept = [];
    for (let i = 0; i < Number(process.argv[1]); i++) kept.push({ index: i, text: String.fromCharCode(0x4e00 + (i % 500)) });
    const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.stdout.write(JSON.stringify({ size: young.space_size, kept: kept.length, relaxed }));
  `;
  const env = { ...process.env, DZ_HEAP: path.join(ROOT, 'build/src/cli/heap.js'), DZ_STEPS: steps.join(',') };
  const r = spawnSync(process.execPath, ['-e', script, String(count)], { encoding: 'utf8', env });
  if (r.status !== 0 || r.stderr !== '') throw new Error(`child failed: ${r.stderr}`);
  const got = JSON.parse(r.stdout) as { size: number; kept: number; relaxed: boolean[] };
  expect(got.kept).toBe(count);
  return got;
}

describe('the heap settings', () => {
  beforeAll(() => {
    if (builder.stale()) builder.build();
  }, 300_000);

  test.each([...new Set([...HEAP_FLAGS, ...FOLDER_FLAGS, ...V8_DEFAULT_FLAGS])])('%s is a flag this Node’s V8 knows', (flag) => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    expect(options).toContain(flag.split('=')[0]);
  });

  test('set at run time, the old-generation factor is taken without complaint and the child runs on', () => {
    // Its effect on the peak is timing-dependent (V8 starts marking concurrently and keeps
    // allocating meanwhile: in a churn of promoted objects the same run peaked at 151–207 MB with
    // it against 200–208 MB without), so that effect is measured by `npm run bench`'s robustness
    // figures, not asserted here. What a test can hold: V8 accepts the flag at run time (an unknown
    // or malformed one is reported on standard error) and the work completes.
    const [, kept] = churnWithFlag(OLD_GENERATION_FLAG, 200_000);
    expect(kept).toBe(200_000);
    expect(() => churnWithFlag('--heap-growing-percent=not-a-number', 10)).toThrow(/illegal value/);
    expect(() => churnWithFlag('--heap-growing-percentage=50', 10)).toThrow(/unrecognized flag/);
  });

  test.each([300_000, 600_000])('set at run time, it keeps the young generation from growing under a flood of %i surviving objects', (count) => {
    const grown = youngGenerationAfterFlood(null, count);
    const kept = youngGenerationAfterFlood(YOUNG_GENERATION_FLAG, count);
    // By default V8 doubles it as the objects survive (to MBs); with the setting it stays at its start.
    expect(kept).toBeLessThan(grown);
    expect(kept * 4).toBeLessThanOrEqual(grown);
  });

  test('set at run time, the tier-up budget leaves a briefly hot function to the interpreter', () => {
    // V8 optimizes this function after some 3,000 calls by default; four times the budget, after some 12,000.
    expect(optimizedAfter(null, 6000)).toBe(true);
    expect(optimizedAfter(TIER_UP_FLAG, 6000)).toBe(false);
    expect(optimizedAfter(TIER_UP_FLAG, 40_000)).toBe(true);
  });

  test.each([300_000, 600_000])('a folder run gives the young generation its growth back (%i surviving objects)', (count) => {
    const tight = youngGenerationAfter(['tune'], count);
    const relaxed = youngGenerationAfter(['tune', 'relax'], count);
    expect(relaxed.relaxed).toEqual([true]);
    expect(tight.size * 4).toBeLessThanOrEqual(relaxed.size);
    // The same size as never setting them: V8's own growth.
    const untouched = youngGenerationAfter([], count);
    expect(relaxed.size).toBe(untouched.size);
  });

  test('relaxing changes nothing where the settings were never made (a program calling check’s main)', () => {
    const got = youngGenerationAfter(['relax', 'relax'], 300_000);
    expect(got.relaxed).toEqual([false, false]);
    // And the young generation grew as V8 grows it: the relax set no tight setting either.
    expect(got.size).toBe(youngGenerationAfter([], 300_000).size);
  });

  test.each([
    ['one file', [path.join(ROOT, 'samples/sample.txt')], 0],
    ['two files', [path.join(ROOT, 'samples/sample.txt'), path.join(ROOT, 'test/fixtures/unseen', fs.readdirSync(path.join(ROOT, 'test/fixtures/unseen')).find((f) => f.endsWith('.txt'))!)], 1],
    ['a folder', [path.join(ROOT, 'test/fixtures/unseen')], 1],
  ])('check relaxes the heap settings for several files, never for one: %s', async (_name, files, calls) => {
    const relax = jest.spyOn(heap, 'relaxHeapForFolder').mockReturnValue(false);
    try {
      const code = await main(files as string[], () => {}, () => {});
      expect(code).toBeLessThan(2);
      expect(relax).toHaveBeenCalledTimes(calls as number);
    } finally {
      relax.mockRestore();
    }
  });

  test('setting them twice never throws', () => {
    expect(() => {
      tuneHeapForCheck();
      tuneHeapForCheck();
    }).not.toThrow();
  });
});
