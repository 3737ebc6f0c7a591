/**
 * The bundled command (scripts/bundle-cli.js → build/cli/): written by the build, run by
 * bin/duizhao.js, self-contained (no module of the compiled tree loaded), every subcommand and both
 * kinds of worker thread running from it with the compiled tree's output, the spreadsheet writer
 * still loaded only by a run that writes a workbook, and bin/duizhao.js falling back to the
 * compiled tree when there is no bundle.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { seedToDocx } from '../support/seed-docx';
import { BUNDLED, projectRoot, workerScriptFor } from '../../src/cli/root';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE_DIR = path.join(ROOT, 'build/cli');
const BUNDLE = path.join(BUNDLE_DIR, 'duizhao.js');
const COMPILED = path.join(ROOT, 'build/src/cli/bin.js');
const LAUNCHER = path.join(ROOT, 'bin/duizhao.js');
const SAMPLE = path.join(ROOT, 'samples/sample.txt');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = require(path.join(ROOT, 'scripts/build-cli.js')) as { stale(): boolean; build(): void };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundler = require(path.join(ROOT, 'scripts/bundle-cli.js')) as { OUTPUTS: string[]; OWN_FILE_PACKAGES: Record<string, string> };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bundle-'));
const folder = path.join(tmp, '材料');
const notice = path.join(tmp, '通知.txt');

beforeAll(async () => {
  if (builder.stale() || !fs.existsSync(BUNDLE)) builder.build();
  fs.mkdirSync(folder);
  const text = fs.readFileSync(SAMPLE, 'utf8');
  // Enough files for worker threads (check-workers.ts MIN_PARALLEL_FILES is met by DUIZHAO_THREADS).
  for (let i = 0; i < 6; i++) {
    const own = text.replace(/\d+/g, (d) => String((Number(d) + i) % 100));
    fs.writeFileSync(path.join(folder, `材料${i}.docx`), (await seedToDocx(own, i % 2 ? 'styled' : 'typed')).bytes);
  }
  fs.writeFileSync(path.join(folder, '材料.txt'), text);
  fs.writeFileSync(notice, '关于开好2026年度民主生活会的通知\n重点对照以下2个方面：一是带头树立正确政绩观；二是带头统筹发展和安全。要开展反面典型案例剖析。');
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Run `script` (a launcher or an entry exporting runFromProcess) with `args`; code, stdout, stderr. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = tmp) {
  // node -e puts its first argument after the code where a script's path would be: a stand-in.
  const entry = script.endsWith(path.join('bin', 'duizhao.js')) ? [script] : ['-e', `require(${JSON.stringify(script)}).runFromProcess()`, script];
  const r = spawnSync(process.execPath, [...entry, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, DUIZHAO_THREADS: '1', DUIZHAO_WORKBOOK_THREAD: '0', DUIZHAO_DEBUG: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A workbook's sheets as text (the zip's XML parts, by name), so that two runs' workbooks compare without their timestamps. */
async function sheets(file: string): Promise<Record<string, string>> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir && !name.startsWith('docProps/')) parts[name] = await zip.files[name].async('string');
  return parts;
}

describe('the build', () => {
  test('writes the bundle, the workbook worker and the spreadsheet writer into build/cli', () => {
    expect(bundler.OUTPUTS).toEqual(expect.arrayContaining(['duizhao.js', 'workbook-worker.js', 'write-excel-file.js']));
    for (const f of bundler.OUTPUTS) expect(fs.statSync(path.join(BUNDLE_DIR, f)).size).toBeGreaterThan(1000);
  });

  test('the bundle requires the lazily loaded libraries from outside, never a module of the compiled tree', () => {
    const code = fs.readFileSync(BUNDLE, 'utf8');
    // The only file of ours it requires is the spreadsheet writer's.
    expect(code.match(/require\("\.[^"]*"\)/g)).toEqual(['require("./write-excel-file.js")']);
    for (const lib of ['docx', 'htmlparser2', '@cfworker/json-schema']) expect(code).toContain(`require("${lib}")`);
    expect(code).not.toContain('require("write-excel-file/node")');
    // jszip is bundled: read with every .docx.
    expect(code).not.toContain('require("jszip")');
  });

  test('loading the bundle runs nothing (bin/duizhao.js calls runFromProcess)', () => {
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(BUNDLE)}); process.stdout.write('loaded')`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('loaded');
    expect(r.stderr).toBe('');
  });

  test('bin/duizhao.js runs the bundle when there is one', () => {
    const r = spawnSync(
      process.execPath,
      ['-e', `process.argv = [process.argv[0], ${JSON.stringify(LAUNCHER)}, '--version']; require(${JSON.stringify(LAUNCHER)}); process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache))))`],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const loaded = JSON.parse(r.stderr) as string[];
    expect(loaded).toContain(BUNDLE);
    expect(loaded.filter((f) => f.startsWith(path.join(ROOT, 'build/src')))).toEqual([]);
  });
});

describe('every subcommand from the bundle gives the compiled tree’s output', () => {
  test.each<[string, string[]]>([
    ['the overview', ['--help']],
    ['the version', ['--version']],
    ['check of the bundled sample', ['check']],
    ['check of a file, as JSON', ['check', SAMPLE, '--json']],
    ['check --help', ['check', '--help']],
    ['an unknown subcommand', ['chek']],
    ['a bad option of check', ['check', '--nope']],
    ['template from-notice', ['template', 'from-notice', notice]],
    ['template --help', ['template', '--help']],
  ])('%s', (_, args) => {
    const bundled = run(BUNDLE, args);
    const compiled = run(COMPILED, args);
    expect(bundled).toEqual(compiled);
    expect(bundled.code).not.toBeNull();
    expect(bundled.out + bundled.err).toMatch(/[\u4e00-\u9fff]/);
  });

  test('the bundled sample is found from any working directory, through the launcher', () => {
    const r = run(LAUNCHER, ['check'], {}, os.tmpdir());
    expect(r.code).toBe(0);
    expect(r.out).toContain('【samples/sample.txt】');
    expect(r.err).toBe('');
  });

  test.each<[string, NodeJS.ProcessEnv]>([
    ['on one thread', { DUIZHAO_THREADS: '1', DUIZHAO_WORKBOOK_THREAD: '0' }],
    ['on worker threads started from the bundle, the workbook on its own worker', { DUIZHAO_THREADS: '3', DUIZHAO_WORKBOOK_THREAD: '1' }],
  ])('a folder with a workbook and a CSV, %s', async (_, env) => {
    const outs = ['bundled', 'compiled'].map((n) => ({ xlsx: path.join(tmp, `${n}-${env.DUIZHAO_THREADS}.xlsx`), csv: path.join(tmp, `${n}-${env.DUIZHAO_THREADS}.csv`) }));
    const bundled = run(BUNDLE, ['check', folder, '--xlsx', outs[0].xlsx, '--csv', outs[0].csv], env);
    const compiled = run(COMPILED, ['check', folder, '--xlsx', outs[1].xlsx, '--csv', outs[1].csv], env);
    expect(bundled.code).toBe(compiled.code);
    expect(bundled.out).toBe(compiled.out);
    expect(bundled.err.replace(outs[0].xlsx, 'X').replace(outs[0].csv, 'C')).toBe(compiled.err.replace(outs[1].xlsx, 'X').replace(outs[1].csv, 'C'));
    expect(bundled.out).toContain('材料5.docx');
    expect(await sheets(outs[0].xlsx)).toEqual(await sheets(outs[1].xlsx));
    expect(fs.readFileSync(outs[0].csv)).toEqual(fs.readFileSync(outs[1].csv));
  }, 120_000);

  test('the worker threads start the bundle (file checks) and its workbook worker, and check files', () => {
    // The main thread checks files too while the workers load (180–360 ms), so on a quiet machine
    // it could check a small folder alone: 80 text files keep it busy past the workers' start.
    const many = path.join(tmp, '多份材料');
    fs.mkdirSync(many, { recursive: true });
    const text = fs.readFileSync(SAMPLE, 'utf8');
    for (let i = 0; i < 80; i++) fs.writeFileSync(path.join(many, `材料${i}.txt`), text.replace(/\d+/g, (d) => String((Number(d) + i) % 100)));
    // Preloaded in the program and (by its execArgv) in its workers: records each worker's script,
    // and in each worker how many files it was sent.
    const hook = path.join(tmp, 'hook.js');
    fs.writeFileSync(
      hook,
      `const wt = require('worker_threads'), fs = require('fs');
      if (wt.isMainThread) {
        const started = [];
        const W = wt.Worker;
        wt.Worker = class extends W { constructor(s, o) { super(s, o); started.push(String(s)); } };
        process.on('exit', () => fs.writeSync(2, '\\n' + JSON.stringify(started)));
      } else if (wt.workerData && wt.workerData.settings) {
        let jobs = 0;
        wt.parentPort.on('message', () => { if (++jobs === 1) fs.writeSync(2, '\\nworker checked a file\\n'); });
      }`,
    );
    const r = spawnSync(process.execPath, ['--require', hook, LAUNCHER, 'check', many, '--xlsx', path.join(tmp, 'threads.xlsx')], {
      encoding: 'utf8',
      cwd: tmp,
      env: { ...process.env, DUIZHAO_THREADS: '3', DUIZHAO_WORKBOOK_THREAD: '1' },
    });
    expect(r.status).toBeLessThan(2);
    const lines = r.stderr.trim().split('\n');
    const started = JSON.parse(lines[lines.length - 1]) as string[];
    expect(started.sort()).toEqual([BUNDLE, BUNDLE, path.join(BUNDLE_DIR, 'workbook-worker.js')].sort());
    expect(r.stderr).toContain('worker checked a file');
  }, 120_000);
});

describe('only what a run uses is loaded from the bundle’s folder and node_modules', () => {
  /** Files the run loaded through Node's require (the bundle's own modules are inside it). */
  function loaded(args: string[]): string[] {
    const script = `
      process.argv = [process.argv[0], ${JSON.stringify(LAUNCHER)}, ...${JSON.stringify(args)}];
      process.on('exit', () => process.stderr.write('\\n' + JSON.stringify(Object.keys(require.cache))));
      require(${JSON.stringify(LAUNCHER)});`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: tmp, env: { ...process.env, DUIZHAO_THREADS: '1', DUIZHAO_WORKBOOK_THREAD: '0' } });
    expect(r.status).toBeLessThan(2);
    return JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('\n') + 1)) as string[];
  }
  const writer = path.join(BUNDLE_DIR, 'write-excel-file.js');

  test('a check without a workbook loads neither the spreadsheet writer nor any package', () => {
    const files = loaded(['check', SAMPLE, path.join(folder, '材料0.docx')]);
    expect(files).not.toContain(writer);
    expect(files.filter((f) => f.includes(`${path.sep}node_modules${path.sep}`))).toEqual([]);
  });

  test('a workbook loads the spreadsheet writer as one file', () => {
    const files = loaded(['check', SAMPLE, path.join(folder, '材料0.docx'), '--xlsx', path.join(tmp, 'one.xlsx')]);
    expect(files).toContain(writer);
    expect(files.filter((f) => f.includes('write-excel-file') && f !== writer)).toEqual([]);
  });
});

describe('without the bundle', () => {
  test('bin/duizhao.js runs the compiled tree, with the same output', () => {
    // A copy of the project's layout with the compiled tree and no build/cli.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-nobundle-'));
    try {
      fs.mkdirSync(path.join(copy, 'bin'));
      fs.mkdirSync(path.join(copy, 'build'));
      fs.copyFileSync(LAUNCHER, path.join(copy, 'bin/duizhao.js'));
      fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
      fs.symlinkSync(path.join(ROOT, 'build/src'), path.join(copy, 'build/src'));
      fs.symlinkSync(path.join(ROOT, 'samples'), path.join(copy, 'samples'));
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
      const fallback = run(path.join(copy, 'bin/duizhao.js'), ['check', SAMPLE]);
      expect(fallback.code).toBe(0);
      expect(fallback).toEqual(run(LAUNCHER, ['check', SAMPLE]));
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  test('the bundle alone (no compiled tree beside it) runs a check: it is self-contained', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bundleonly-'));
    try {
      fs.mkdirSync(path.join(copy, 'build'));
      fs.cpSync(BUNDLE_DIR, path.join(copy, 'build/cli'), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
      fs.symlinkSync(path.join(ROOT, 'samples'), path.join(copy, 'samples'));
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
      const alone = run(path.join(copy, 'build/cli/duizhao.js'), ['check', folder, '--xlsx', path.join(copy, 'out.xlsx')], { DUIZHAO_THREADS: '2', DUIZHAO_WORKBOOK_THREAD: '1' });
      const here = run(BUNDLE, ['check', folder], { DUIZHAO_THREADS: '1' });
      expect(alone.out).toBe(here.out);
      expect(fs.existsSync(path.join(copy, 'out.xlsx'))).toBe(true);
      // The sample is found from the copy's root, not the bundle's old place.
      expect(run(path.join(copy, 'build/cli/duizhao.js'), ['check']).out).toContain('【samples/sample.txt】');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('root.ts from the sources', () => {
  test('the project root is the folder of package.json named duizhao, from any folder below it', () => {
    expect(projectRoot()).toBe(ROOT);
    expect(projectRoot(path.join(ROOT, 'build/cli'))).toBe(ROOT);
    expect(projectRoot(path.join(ROOT, 'build/src/cli'))).toBe(ROOT);
  });

  test('not the bundle; no worker script from a .ts file; a compiled module is its own worker script', () => {
    expect(BUNDLED).toBe(false);
    expect(workerScriptFor('check', path.join(ROOT, 'src/cli/check-workers.ts'))).toBeUndefined();
    expect(workerScriptFor('workbook', path.join(ROOT, 'src/cli/workbook-thread.ts'))).toBeUndefined();
    const compiled = path.join(ROOT, 'build/src/cli/workbook-thread.js');
    expect(workerScriptFor('workbook', compiled)).toBe(compiled);
    expect(workerScriptFor('check', path.join(ROOT, 'build/src/cli/nowhere.js'))).toBeUndefined();
  });
});
