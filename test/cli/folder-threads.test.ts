/**
 * A folder checked on worker threads (src/cli/check-workers.ts) prints exactly what one thread
 * prints: the same report in the same order, the same JSON, summary, stderr lines, exit code and
 * workbook. Workers exist only in the compiled tool, so these tests run build/ (compiled when
 * stale) as a child process with DUIZHAO_THREADS set.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import readXlsxFile from 'read-excel-file/node';
import { threadsFor } from '../../src/cli/check-workers';
import { seedToDocx } from '../support/seed-docx';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'build/src/cli/main.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-threads-'));
const folder = path.join(tmp, '收到的材料');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = require(path.join(ROOT, 'scripts/build-cli.js')) as { stale(): boolean; build(): void };

beforeAll(async () => {
  if (builder.stale()) builder.build();
  fs.mkdirSync(path.join(folder, '子文件夹'), { recursive: true });
  const sample = fs.readFileSync(path.join(ROOT, 'samples/sample.txt'), 'utf8');
  const unseen = path.join(ROOT, 'test/fixtures/unseen');
  // Text materials of every kind the fixtures hold, .docx made from the sample (typed and styled),
  // an unreadable .docx, a .doc that is named but not checked, and a copy (shared text).
  for (const f of fs.readdirSync(unseen).filter((n) => n.endsWith('.txt'))) fs.copyFileSync(path.join(unseen, f), path.join(folder, f));
  fs.writeFileSync(path.join(folder, '子文件夹', '样例-typed.docx'), (await seedToDocx(sample, 'typed')).bytes);
  fs.writeFileSync(path.join(folder, '样例-styled.docx'), (await seedToDocx(sample, 'styled')).bytes);
  fs.writeFileSync(path.join(folder, '样例-副本.md'), sample);
  fs.writeFileSync(path.join(folder, '坏文件.docx'), 'not a zip');
  // An old Word document's OLE header (a text file named .doc would be read as text).
  fs.writeFileSync(path.join(folder, '旧版.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
}, 300_000);

function run(threads: number, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd: tmp,
    env: { ...process.env, DUIZHAO_THREADS: String(threads), DUIZHAO_DEBUG: '' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 240_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test.each([
  ['the readable report', []],
  ['--json', ['--json']],
  ['--fix-preview', ['--fix-preview']],
  ['--template five-aspects-2021', ['--template', 'five-aspects-2021']],
  ['--previous', ['--previous', path.join(ROOT, 'samples/sample.txt')]],
  ['--level 警告', ['--level', '警告']],
])('%s: 2 and 3 threads print exactly what 1 thread prints', (_name, extra) => {
  const one = run(1, folder, ...(extra as string[]));
  expect(one.code).toBe(2); // the unreadable .docx
  expect(one.out.length).toBeGreaterThan(1000);
  expect(one.err).toContain('坏文件.docx');
  expect(one.err).toContain('旧版.doc');
  for (const threads of [2, 3]) {
    const many = run(threads, folder, ...(extra as string[]));
    expect(many.code).toBe(one.code);
    expect(many.out).toBe(one.out);
    expect(many.err).toBe(one.err);
  }
}, 600_000);

test('the workbook and CSV are the same on several threads', async () => {
  const sheets: unknown[] = [];
  const csvs: string[] = [];
  for (const threads of [1, 2]) {
    const xlsx = path.join(tmp, `汇总-${threads}.xlsx`);
    const csv = path.join(tmp, `汇总-${threads}.csv`);
    const r = run(threads, folder, '--xlsx', xlsx, '--csv', csv);
    expect(r.code).toBe(2);
    sheets.push((await readXlsxFile(fs.readFileSync(xlsx))).map((s) => s.data));
    csvs.push(fs.readFileSync(csv, 'utf8'));
  }
  expect(sheets[1]).toEqual(sheets[0]);
  expect(csvs[1]).toBe(csvs[0]);
  // Every material has its row, in the files' order, and materials sharing text are named.
  const materials = (sheets[0] as unknown[][][])[0];
  // The header, the materials here and in 子文件夹, and the .doc that is named but not checked.
  expect(materials.length).toBe(fs.readdirSync(folder).filter((n) => /\.(txt|md|docx|doc)$/.test(n)).length + 1 + 1 /* 子文件夹 */);
  expect(materials.some((r) => String(r[1] ?? '').startsWith('未检查（格式不支持）'))).toBe(true);
  expect(materials.some((r) => String(r[13] ?? '').includes('样例'))).toBe(true);
}, 600_000);

test('a material with an error-severity finding gives exit 1 on several threads too', () => {
  const clean = path.join(tmp, '无坏文件');
  fs.mkdirSync(clean, { recursive: true });
  for (const f of fs.readdirSync(folder).filter((n) => n.endsWith('.txt'))) fs.copyFileSync(path.join(folder, f), path.join(clean, f));
  const one = run(1, clean);
  const two = run(2, clean);
  expect([0, 1]).toContain(one.code);
  expect(two.code).toBe(one.code);
  expect(two.out).toBe(one.out);
});

test('the workers do check files, and each file is handed over once, in order', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const compiled = require(path.join(ROOT, 'build/src/cli/check-workers.js')) as typeof import('../../src/cli/check-workers');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { limitsFor } = require(path.join(ROOT, 'build/src/cli/limits.js')) as typeof import('../../src/cli/limits');
  const names = fs.readdirSync(folder).filter((n) => /\.(txt|md)$/.test(n));
  const files = Array.from({ length: 30 }, (_, i) => path.join(folder, names[i % names.length]));
  const order: number[] = [];
  const settings = { json: true, fixPreview: false, table: false, limits: limitsFor() };
  const emit = async (k: number, outcome: { ok: boolean }) => {
    expect(outcome.ok).toBe(true);
    order.push(k);
  };
  // The workers alone (the main thread checks nothing): every file comes back, in order.
  const counts = await compiled.checkInOrder(files, files, 3, settings, emit, {}, false);
  expect(order).toEqual(files.map((_, i) => i));
  expect(counts).toHaveLength(3);
  expect(counts[0]).toBe(0);
  expect(counts[1] + counts[2]).toBe(files.length);
  // With the main thread: all files once, in order.
  order.length = 0;
  const shared = await compiled.checkInOrder(files, files, 2, settings, emit, {});
  expect(order).toEqual(files.map((_, i) => i));
  expect(shared.reduce((a, b) => a + b, 0)).toBe(files.length);
}, 300_000);

describe('when worker threads are used', () => {
  const many = Array.from({ length: 40 }, (_, i) => path.join(tmp, `m${i}.txt`));

  test('never from the TypeScript sources (tests, run-cli), which cannot start a worker', () => {
    expect(threadsFor(many, { annotate: false, checklist: false, stdin: false })).toBe(1);
  });

  test('in the compiled tool: for a large folder of small files, not with --annotate, --checklist or standard input', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const compiled = require(path.join(ROOT, 'build/src/cli/check-workers.js')) as typeof import('../../src/cli/check-workers');
    const saved = process.env.DUIZHAO_THREADS;
    delete process.env.DUIZHAO_THREADS;
    try {
      for (const f of many) fs.writeFileSync(f, '一、存在的问题');
      const none = { annotate: false, checklist: false, stdin: false };
      // Two idle cores are not enough (measured slower than one thread); four are.
      expect(compiled.threadsFor(many, none, { cores: 2, load: 0.2 })).toBe(1);
      const idle2 = { cores: 4, load: 1.2 };
      expect(compiled.MIN_FREE_CORES).toBe(3);
      expect(compiled.threadsFor(many, none, idle2)).toBe(2);
      expect(compiled.threadsFor(many, none, { cores: 8, load: 0 })).toBe(Math.min(8, Math.ceil(40 / compiled.MIN_PARALLEL_FILES)));
      // Busy cores: no free core for a worker, one thread (and never more threads than free cores).
      expect(compiled.threadsFor(many, none, { cores: 4, load: 1.8 })).toBe(1);
      expect(compiled.threadsFor(many, none, { cores: 2, load: 19 })).toBe(1);
      expect(compiled.threadsFor(many, none, { cores: 1, load: 0 })).toBe(1);
      expect(compiled.threadsFor(many.slice(0, compiled.MIN_PARALLEL_FILES - 1), none, idle2)).toBe(1);
      expect(compiled.threadsFor(many, { ...none, annotate: true }, idle2)).toBe(1);
      expect(compiled.threadsFor(many, { ...none, checklist: true }, idle2)).toBe(1);
      expect(compiled.threadsFor(many, { ...none, stdin: true }, idle2)).toBe(1);
      // One large file: every thread would need the memory the caps allow it, so one thread.
      fs.writeFileSync(many[7], Buffer.alloc(compiled.MAX_PARALLEL_BYTES + 1, 0x41));
      expect(compiled.threadsFor(many, none, idle2)).toBe(1);
      process.env.DUIZHAO_THREADS = '3';
      expect(compiled.threadsFor(many.slice(0, 2), none, { cores: 2, load: 19 })).toBe(2);
      expect(compiled.threadsFor(many, none, idle2)).toBe(3);
    } finally {
      if (saved === undefined) delete process.env.DUIZHAO_THREADS;
      else process.env.DUIZHAO_THREADS = saved;
    }
  });
});
