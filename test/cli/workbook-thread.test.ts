/**
 * The folder workbook written on a worker (src/cli/workbook-thread.ts): the same workbook as on the
 * main thread, and never lost — a worker that cannot start, throws, exits or answers with anything
 * but a workbook leaves the main thread to write it. The worker runs only from the compiled tool, so
 * these tests start build/ (compiled when stale) or small scripts of their own as the worker.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import readXlsxFile from 'read-excel-file/node';
import { practiceTables, startWorkbookThread, workbookThreadFor, WARM_ROWS, WORKBOOK_THREAD_FILES } from '../../src/cli/workbook-thread';
import { rowsWrittenHere, writeWorkbook, type Table } from '../../src/cli/xlsx';

const ROOT = path.resolve(__dirname, '../..');
const BUILT = path.join(ROOT, 'build/src/cli/workbook-thread.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-workbook-thread-'));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = require(path.join(ROOT, 'scripts/build-cli.js')) as { stale(): boolean; build(): void };

beforeAll(() => {
  if (builder.stale()) builder.build();
}, 300_000);

/** Each part of a workbook's zip, by name, as text (the zip's own dates left out). */
async function parts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out[name] = await zip.files[name].async('string');
  return out;
}

/** Tables of every kind of cell the summary has: line breaks, empty cells, numbers, a prototype name, an over-long text. */
const TABLES: Table[] = [
  {
    name: '材料汇总',
    header: ['文件', '数', '内容'],
    rows: [
      ['a.docx', 3, '第一行\n第二行'],
      ['constructor', 0, ''],
      ['b.docx', -1.5, '长'.repeat(40_000)],
    ],
    widths: [20, 6, 40],
  },
  { name: '全部问题', header: ['文件', '段落', '说明'], rows: Array.from({ length: 300 }, (_, i) => [`材料${i % 7}.docx`, i + 1, `问题说明${i % 13}`]) },
];

/** A worker script of this test's own (CommonJS), written to a file. */
function script(name: string, body: string): string {
  const file = path.join(tmp, `${name}.js`);
  fs.writeFileSync(file, `const { parentPort } = require('worker_threads');\n${body}\n`);
  return file;
}

describe('a worker that fails: the main thread writes the workbook', () => {
  test.each([
    ['the script does not exist', () => path.join(tmp, 'missing.js')],
    ['it throws while loading', () => script('throws', `throw new Error('装载失败');`)],
    ['it exits before it is sent the tables', () => script('exits-early', `process.exit(0);`)],
    ['it exits when sent the tables', () => script('exits', `parentPort.on('message', () => process.exit(3));`)],
    ['it throws on the tables', () => script('throws-later', `parentPort.on('message', () => { throw new Error('写出失败'); });`)],
    ['it answers with an error', () => script('error', `parentPort.on('message', () => parentPort.postMessage({ error: 'no' }));`)],
    ['it answers with no workbook', () => script('garbage', `parentPort.on('message', () => parentPort.postMessage({ bytes: 'PK' }));`)],
    ['it answers with empty bytes', () => script('empty', `parentPort.on('message', () => parentPort.postMessage({ bytes: new Uint8Array(0) }));`)],
    ['it answers with nothing', () => script('nothing', `parentPort.on('message', () => parentPort.postMessage(null));`)],
  ])('%s', async (_shape, worker) => {
    const thread = startWorkbookThread(worker(), 0);
    // The worker's failure may come before or after the tables are handed over.
    await new Promise((r) => setTimeout(r, 50));
    const bytes = await thread.write(TABLES);
    expect(await parts(bytes)).toEqual(await parts(await writeWorkbook(TABLES)));
    const sheets = await readXlsxFile(bytes);
    expect(sheets[0].data.slice(1)[1]).toEqual(['constructor', 0, null]);
    expect(sheets[1].data).toHaveLength(301);
  }, 60_000);

  test('no worker at all (from the TypeScript sources): the same workbook', async () => {
    const thread = startWorkbookThread(undefined);
    expect(await parts(await thread.write(TABLES))).toEqual(await parts(await writeWorkbook(TABLES)));
  });

  test('tables the writer refuses: the same error as without a worker, not a lost workbook', async () => {
    const bad: Table[] = [{ name: 'bad[name]', header: ['a'], rows: [['x']] }];
    const expected = await writeWorkbook(bad).then(
      () => 'written',
      (e: Error) => e.message,
    );
    expect(expected).not.toBe('written');
    await expect(startWorkbookThread(BUILT, 0).write(bad)).rejects.toThrow(expected);
  }, 60_000);
});

describe('the compiled worker', () => {
  test.each([
    ['after practice', 200],
    ['without practice', 0],
  ])('writes the same workbook as the main thread (%s)', async (_name, warm) => {
    const bytes = await startWorkbookThread(BUILT, warm).write(TABLES);
    expect(await parts(bytes)).toEqual(await parts(await writeWorkbook(TABLES)));
  }, 60_000);

  test('a workbook of a few bytes (held in a shared pool) comes back whole', async () => {
    const small: Table[] = [{ name: '材料汇总', header: ['文件'], rows: [] }];
    expect(await parts(await startWorkbookThread(BUILT, 0).write(small))).toEqual(await parts(await writeWorkbook(small)));
  }, 60_000);

  test('the practice tables have the summary and findings sheets’ shapes', () => {
    const [materials, findings] = practiceTables(100);
    expect(findings.rows).toHaveLength(100);
    expect(findings.rows.every((r) => r.length === 7)).toBe(true);
    expect(materials.rows.every((r) => r.length === 14)).toBe(true);
    expect(materials.rows.some((r) => String(r[13]).includes('\n'))).toBe(true);
    expect(findings.rows.some((r) => r[5] === '')).toBe(true);
  });

  test('a worker never written to does not keep the process alive', () => {
    const code = `const t = require(${JSON.stringify(BUILT)}).startWorkbookThread(undefined, 3000); setTimeout(() => {}, 10);`;
    const started = Date.now();
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    // The practice of 3000 rows alone takes longer than the process lasts.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 70_000);
});

describe('when the CLI uses the worker', () => {
  test('rowsWrittenHere counts the rows this thread has written', async () => {
    const before = rowsWrittenHere();
    await writeWorkbook(TABLES);
    expect(rowsWrittenHere() - before).toBe(303);
  });

  test('a program that has had a large workbook written on a worker writes the next ones itself', () => {
    const code = `const w = require(${JSON.stringify(BUILT)}); const { practiceTables } = w;
      (async () => {
        const idle = { cores: 2, load: 0 };
        const before = w.workbookThreadFor(500, 1, idle);
        await w.startWorkbookThread(undefined, 0).write(practiceTables(${WARM_ROWS}));
        console.log(JSON.stringify([before, w.workbookThreadFor(500, 1, idle)]));
      })();`;
    const env = { ...process.env };
    delete env.DUIZHAO_WORKBOOK_THREAD;
    expect(JSON.parse(spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env, timeout: 60_000 }).stdout)).toEqual([true, false]);
  }, 70_000);

  test('never from the TypeScript sources', () => {
    expect(workbookThreadFor(500, 1, { cores: 8, load: 0 })).toBe(false);
  });

  test('in the compiled tool: large folders with a core to spare; DUIZHAO_WORKBOOK_THREAD=0/1 decides', () => {
    const code = `const { workbookThreadFor: f } = require(${JSON.stringify(BUILT)});
      const idle = (cores) => ({ cores, load: 0 });
      console.log(JSON.stringify([
        f(${WORKBOOK_THREAD_FILES}, 1, idle(2)), f(${WORKBOOK_THREAD_FILES - 1}, 1, idle(2)), f(500, 2, idle(2)), f(500, 1, idle(1)), f(500, 3, idle(4)),
        f(500, 1, idle(2), ${WARM_ROWS}), f(500, 1, idle(2), ${WARM_ROWS - 1}),
        f(500, 1, { cores: 2, load: 1.5 }), f(500, 1, { cores: 2, load: 1.6 }), f(500, 1, { cores: 2, load: 8 }), f(500, 3, { cores: 4, load: 1.5 }), f(500, 3, { cores: 4, load: 1.6 }),
      ]));`;
    const run = (set?: string) => {
      const env = { ...process.env };
      if (set === undefined) delete env.DUIZHAO_WORKBOOK_THREAD;
      else env.DUIZHAO_WORKBOOK_THREAD = set;
      return JSON.parse(spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env }).stdout) as boolean[];
    };
    // A thread that has written WARM_ROWS rows already has the writer compiled: no worker.
    // A busy machine (less than MIN_IDLE_CORES idle beyond the check's own workers): no worker.
    expect(run()).toEqual([true, false, false, false, true, false, true, true, false, false, true, false]);
    expect(run('0')).toEqual(Array(12).fill(false));
    expect(run('1')).toEqual(Array(12).fill(true));
  });

  test('check FOLDER --xlsx writes the same workbook with and without the worker', async () => {
    const folder = path.join(tmp, '收到的材料');
    fs.mkdirSync(folder, { recursive: true });
    const sample = fs.readFileSync(path.join(ROOT, 'samples/sample.txt'), 'utf8');
    for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(folder, `材料${i}.txt`), sample.split('\n').filter((_, k) => k % (i + 2)).join('\n'));
    fs.writeFileSync(path.join(folder, '坏文件.docx'), 'not a zip');
    const run = (set: string) => {
      const out = path.join(tmp, `汇总-${set}.xlsx`);
      const r = spawnSync(process.execPath, [path.join(ROOT, 'build/src/cli/main.js'), folder, '--xlsx', out], {
        encoding: 'utf8',
        env: { ...process.env, DUIZHAO_WORKBOOK_THREAD: set, DUIZHAO_THREADS: '1' },
        timeout: 120_000,
      });
      expect(r.stderr).toContain('已写出汇总表');
      return { code: r.status, out: r.stdout, bytes: fs.readFileSync(out) };
    };
    const without = run('0');
    const withWorker = run('1');
    expect(withWorker.code).toBe(without.code);
    expect(withWorker.out).toBe(without.out);
    expect(await parts(withWorker.bytes)).toEqual(await parts(without.bytes));
    expect((await readXlsxFile(withWorker.bytes))[0].data).toHaveLength(5);
  }, 240_000);
});
