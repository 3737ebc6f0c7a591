/**
 * The CLI's heap setting (src/cli/heap.ts, issue 13): the V8 flag it sets exists in this Node, is
 * honoured when set at run time (the young generation stays at its starting size while many small
 * objects survive, where by default it grows), and setting it twice or in a process that refuses
 * flags never throws.
 */
import { spawnSync } from 'child_process';
import { tuneHeapForCheck, YOUNG_GENERATION_FLAG } from '../../src/cli/heap';

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

describe('the young-generation setting', () => {
  test('names a flag this Node’s V8 knows', () => {
    const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    expect(options).toContain(YOUNG_GENERATION_FLAG.split('=')[0]);
  });

  test.each([300_000, 600_000])('set at run time, it keeps the young generation from growing under a flood of %i surviving objects', (count) => {
    const grown = youngGenerationAfterFlood(null, count);
    const kept = youngGenerationAfterFlood(YOUNG_GENERATION_FLAG, count);
    // By default V8 doubles it as the objects survive (to MBs); with the setting it stays at its start.
    expect(kept).toBeLessThan(grown);
    expect(kept * 4).toBeLessThanOrEqual(grown);
  });

  test('setting it twice never throws', () => {
    expect(() => {
      tuneHeapForCheck();
      tuneHeapForCheck();
    }).not.toThrow();
  });
});
