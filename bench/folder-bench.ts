/**
 * A folder of generated materials (issue 14): `check FOLDER --xlsx` (read every .docx, check it,
 * compare the materials' text, write the workbook) against mammoth.extractRawText over the same
 * files (read + extract only). Target: within 1.5x.
 *
 * `check` runs its files on worker threads where the machine has free cores (check-workers.ts);
 * mammoth does not, so the bench also times `check` on one thread, and both `check` and mammoth
 * on every core (like for like), and prints all three ratios.
 *
 * The materials are the seeds (or the bundled sample), each with about a seventh of its body lines
 * left out at random and its numbers changed, half typed and half with heading styles and automatic
 * numbering — so no two files are the same and the folder comparison (shared text) has real work.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { spawnSync } from 'child_process';
import { Worker } from 'worker_threads';
import { main } from '../src/cli/main';
import { threadsFor } from '../src/cli/check-workers';
import { HEAP_FLAGS, setV8Flags, tuneHeapForCheck, V8_DEFAULT_FLAGS } from '../src/cli/heap';
import { materials, median } from './common';
import { forgetSegmentStarts } from '../src/engine/text';
import { forgetCuts } from '../src/engine/report';
import { forgetTermOccurrences } from '../src/engine/aspect-terms';
import { forgetWordWindows } from '../src/engine/link/words';
import { forgetParsedParts } from '../src/engine/readers/docx';
import { forgetPartRoles } from '../src/engine/outline';
import { forgetNamedBy } from '../src/engine/rules/other-year-aspects';
import { seededRandom as random } from '../test/support/random';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const mammoth = require('mammoth') as { extractRawText(input: { buffer: Buffer }): Promise<{ value: string }> };


/** Chinese characters (the basic block). */
const HAN = /[\u4e00-\u9fff]/;
/** Numerals, kept wherever they stand: item numbers (一是, 第一, （一）) are written with them. */
const NUMERALS = '一二三四五六七八九十';
/** A sentence end: each sentence of a body line gets its own changes. */
const SENTENCE_END = /[。！？；!?;]/;
/** Units at a line's start left as they are: its item number (一是, 1., （1）, 第一，). */
const MARKER_ROOM = 4;

/**
 * `line` with one or two Chinese characters of each of its sentences replaced by others of the
 * material's own (`pool`), drawn with `rnd`; numerals, punctuation and the line's first units (its
 * item number) kept, and with `keepFirst` its first sentence (a heading run into its text). Makes
 * every body sentence of a generated material its own: a real folder's materials share their
 * headings and the template's words, hardly ever a sentence.
 */
export function distinctLine(line: string, pool: string[], rnd: () => number, keepFirst = false): string {
  const chars = [...line];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && !SENTENCE_END.test(chars[i])) continue;
    if (keepFirst && start === 0) {
      start = i + 1;
      continue;
    }
    // The sentence [start, i): its changeable characters, past the line's item number.
    const open: number[] = [];
    for (let k = Math.max(start, MARKER_ROOM); k < i; k++) if (HAN.test(chars[k]) && !NUMERALS.includes(chars[k])) open.push(k);
    const changes = Math.min(open.length, 1 + Math.floor(rnd() * 2));
    for (let c = 0; c < changes; c++) {
      const at = open.splice(Math.floor(rnd() * open.length), 1)[0];
      let other = chars[at];
      for (let tries = 0; tries < 8 && other === chars[at]; tries++) other = pool[Math.floor(rnd() * pool.length)];
      chars[at] = other;
    }
    start = i + 1;
  }
  return chars.join('');
}

/**
 * Write `count` generated .docx materials into a new folder; returns the folder. With `distinct`,
 * no body sentence repeats across the files (distinctLine): headings and numbering kept.
 */
export async function generateFolder(count: number, distinct = false): Promise<string> {
  const { seedToDocx } = await import('../test/support/seed-docx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-folder-bench-'));
  const texts = materials().map((t) => t.split('\n'));
  const pools = materials().map((t) => [...new Set([...t].filter((c) => HAN.test(c) && !NUMERALS.includes(c)))]);
  const rnd = random(14);
  for (let i = 0; i < count; i++) {
    const lines = texts[i % texts.length];
    // One material each, as a writer hands it in: a seed with some body lines left out and the
    // numbers in the text changed (次数, 户数, 年份), never a material repeated into itself.
    const out: string[] = [];
    for (const line of lines) {
      const numbered = /^\s*(#|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/.test(line);
      if (!numbered && line.trim() && rnd() < 0.15) continue;
      const own = distinct ? distinctLine(line, pools[i % texts.length], rnd, numbered) : line;
      out.push(own.replace(/\d+/g, (d) => String((Number(d) + i) % 100)));
    }
    const doc = await seedToDocx(out.join('\n'), i % 2 ? 'styled' : 'typed');
    fs.writeFileSync(path.join(dir, `材料${String(i + 1).padStart(3, '0')}.docx`), doc.bytes);
  }
  return dir;
}

/**
 * Forget what the engine and the report keep across files and runs of one process (text.ts segment
 * starts, report.ts cuts, aspect-terms.ts term occurrences, link/words.ts word windows, the .docx
 * reader's parsed styles and numbering, outline.ts part roles by heading, other-year-aspects.ts
 * headings named by each template).
 */
export function forgetKept(): void {
  forgetParsedParts();
  forgetPartRoles();
  forgetSegmentStarts();
  forgetCuts();
  forgetTermOccurrences();
  forgetWordWindows();
  forgetNamedBy();
}

/**
 * `check` as the command runs it, in this process: V8 set as the command's entry sets it when it
 * starts (heap.ts HEAP_FLAGS; `main` then gives the two memory settings back for a folder, as in
 * the command), and what the engine keeps across runs forgotten (`forgetKept`). Before these
 * figures, the bench ran `check` with V8's defaults, which the command never has.
 */
export async function checkAsTheCommand(args: string[]): Promise<void> {
  tuneHeapForCheck();
  setV8Flags(HEAP_FLAGS);
  forgetKept();
  await main(args, () => {}, () => {});
}

/** mammoth as a program of its own runs it: V8 with its default settings (heap.ts V8_DEFAULT_FLAGS). */
export async function mammothOverFiles(files: string[]): Promise<void> {
  setV8Flags(V8_DEFAULT_FLAGS);
  for (const f of files) await mammoth.extractRawText({ buffer: fs.readFileSync(f) });
}

/** Median and best ms of one contender over the rounds. */
export interface Timing {
  ms: number;
  bestMs: number;
}

export interface FolderFigures {
  files: number;
  bytes: number;
  /** Threads `check` uses on this machine by default (check-workers.ts threadsFor). */
  threads: number;
  /** `check FOLDER --xlsx` (read, check, compare, text report, workbook) as it runs by default. */
  ours: Timing;
  /** The same on one thread (DUIZHAO_THREADS=1), as before worker threads. */
  oursOneThread: Timing;
  /** The same on every core (DUIZHAO_THREADS = `cores`), whatever the load. */
  oursAllCores: Timing;
  /** os.availableParallelism(). */
  cores: number;
  /** mammoth.extractRawText over the same files (read + extract), one file after another. */
  mammoth: Timing;
  /** mammoth over the same files split across `cores` worker threads. */
  mammothThreads: Timing;
  /** Median and best of the per-round ratios: default vs mammoth, one thread vs mammoth, both on every core. */
  ratio: Timing;
  ratioOneThread: Timing;
  ratioLikeForLike: Timing;
  /**
   * CPU time (process.cpuUsage: user + system, every thread of the process) of the default check
   * and of mammoth, and their per-round ratio: on a shared machine, where other work stretches the
   * wall time of both, this is the steadier comparison of the work each does.
   */
  oursCpu: Timing;
  mammothCpu: Timing;
  ratioCpu: Timing;
  /**
   * Garbage collection on the main thread (v8.GCProfiler: the pauses' cost, ms) during the default
   * check and during mammoth, and each as a share of that run's CPU time (0..1). Workers' and V8's
   * helper threads' collection is in the CPU time only.
   */
  oursGc: Timing;
  mammothGc: Timing;
  oursGcShare: Timing;
  mammothGcShare: Timing;
  workbookBytes: number;
}

/** mammoth.extractRawText over `files` on `threads` worker threads (a share each), all done. */
async function mammothOnThreads(files: string[], threads: number): Promise<void> {
  const code = `
    const { parentPort, workerData } = require('worker_threads');
    const fs = require('fs');
    const mammoth = require(workerData.mammoth);
    (async () => {
      for (const f of workerData.files) await mammoth.extractRawText({ buffer: fs.readFileSync(f) });
      parentPort.postMessage('done');
    })();`;
  const mammothPath = require.resolve('mammoth');
  await Promise.all(
    [...Array(threads).keys()].map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(code, { eval: true, workerData: { mammoth: mammothPath, files: files.filter((_, i) => i % threads === w) } });
          worker.once('message', () => void worker.terminate().then(() => resolve()));
          worker.once('error', reject);
        }),
    ),
  );
}

function timing(xs: number[]): Timing {
  return { ms: median(xs), bestMs: Math.min(...xs) };
}

/**
 * The folder check + workbook against mammoth over the same files, in one process: each contender
 * warmed up twice, then `rounds` rounds timing all four back to back, the order rotated every
 * round, so a slow spell of the shared machine hits them alike. `check` runs in process (warm) on
 * its main thread; its worker threads start cold on every run, as they do in the command.
 */
export async function benchFolder(count = 200, rounds = 5, distinct = false): Promise<FolderFigures> {
  const dir = await generateFolder(count, distinct);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => path.join(dir, f));
  const out = path.join(os.tmpdir(), `duizhao-folder-bench-${process.pid}.xlsx`);
  const threads = threadsFor(files, { annotate: false, checklist: false, stdin: false });
  const cores = os.availableParallelism();
  const withThreads = async (n: string | undefined, fn: () => Promise<unknown>) => {
    // What the engine keeps across files is forgotten before each run, and V8 set as the command
    // sets it (checkAsTheCommand): a round is timed as a fresh command would run.
    const before = process.env.DUIZHAO_THREADS;
    if (n === undefined) delete process.env.DUIZHAO_THREADS;
    else process.env.DUIZHAO_THREADS = n;
    try {
      await fn();
    } finally {
      if (before === undefined) delete process.env.DUIZHAO_THREADS;
      else process.env.DUIZHAO_THREADS = before;
    }
  };
  const contenders: (() => Promise<unknown>)[] = [
    () => withThreads(undefined, () => checkAsTheCommand([dir, '--xlsx', out])),
    () => withThreads('1', () => checkAsTheCommand([dir, '--xlsx', out])),
    () => mammothOverFiles(files),
    () => {
      setV8Flags(V8_DEFAULT_FLAGS);
      return mammothOnThreads(files, cores);
    },
    () => withThreads(String(cores), () => checkAsTheCommand([dir, '--xlsx', out])),
  ];
  for (let i = 0; i < 2; i++) for (const c of contenders) await c();
  const times: number[][] = contenders.map(() => []);
  const cpu: number[][] = contenders.map(() => []);
  const gc: number[][] = contenders.map(() => []);
  for (let i = 0; i < rounds; i++) {
    for (let j = 0; j < contenders.length; j++) {
      const c = (i + j) % contenders.length;
      const collector = new v8.GCProfiler();
      collector.start();
      const t = performance.now();
      const u = process.cpuUsage();
      await contenders[c]();
      times[c].push(performance.now() - t);
      const used = process.cpuUsage(u);
      cpu[c].push((used.user + used.system) / 1000);
      gc[c].push(collector.stop().statistics.reduce((ms, s) => ms + s.cost / 1000, 0));
    }
  }
  setV8Flags(V8_DEFAULT_FLAGS);
  const [a, a1, b, b2, aN] = times;
  const [aCpu, , bCpu] = cpu;
  const [aGc, , bGc] = gc;
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const workbookBytes = fs.statSync(out).size;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { force: true });
  return {
    files: files.length,
    bytes,
    threads,
    cores,
    ours: timing(a),
    oursOneThread: timing(a1),
    oursAllCores: timing(aN),
    mammoth: timing(b),
    mammothThreads: timing(b2),
    ratio: timing(a.map((x, i) => x / b[i])),
    ratioOneThread: timing(a1.map((x, i) => x / b[i])),
    ratioLikeForLike: timing(aN.map((x, i) => x / b2[i])),
    oursCpu: timing(aCpu),
    mammothCpu: timing(bCpu),
    ratioCpu: timing(aCpu.map((x, i) => x / bCpu[i])),
    oursGc: timing(aGc),
    mammothGc: timing(bGc),
    oursGcShare: timing(aGc.map((x, i) => x / aCpu[i])),
    mammothGcShare: timing(bGc.map((x, i) => x / bCpu[i])),
    workbookBytes,
  };
}

/** The figures as the bench prints them. */
export function folderLine(f: FolderFigures): string {
  const t = (x: Timing) => `${x.ms.toFixed(0)} ms (best ${x.bestMs.toFixed(0)})`;
  const r = (x: Timing) => `${x.ms.toFixed(2)} median, ${x.bestMs.toFixed(2)} best`;
  const share = (x: Timing) => `${(x.ms * 100).toFixed(0)}% median (${(x.bestMs * 100).toFixed(0)}% least)`;
  return [
    `${f.files} files, ${(f.bytes / 1024 / 1024).toFixed(1)} MB, workbook ${(f.workbookBytes / 1024).toFixed(0)} KB; check chose ${f.threads} thread(s) here (${f.cores} cores, load ${os.loadavg()[0].toFixed(1)})`,
    `check + workbook ${t(f.ours)}; on one thread ${t(f.oursOneThread)}; on ${f.cores} threads ${t(f.oursAllCores)}`,
    `mammoth.extractRawText ${t(f.mammoth)}; on ${f.cores} threads ${t(f.mammothThreads)}`,
    `ratio ${r(f.ratio)} (target ≤ 1.5); one thread vs mammoth ${r(f.ratioOneThread)}; like for like (both on ${f.cores} threads) ${r(f.ratioLikeForLike)}`,
    `CPU time: check + workbook ${t(f.oursCpu)}, mammoth ${t(f.mammothCpu)}; ratio ${r(f.ratioCpu)}`,
    `GC (main thread): check + workbook ${t(f.oursGc)}, ${share(f.oursGcShare)} of its CPU; mammoth ${t(f.mammothGc)}, ${share(f.mammothGcShare)}`,
  ].join('\n  ');
}

/** The pair's figures: wall time (ms) of each side and their ratio, CPU time (ms) likewise, and the main thread's where it can be read. */
export interface PairFigures {
  ours: Timing;
  mammoth: Timing;
  ratio: Timing;
  oursCpu: Timing;
  mammothCpu: Timing;
  ratioCpu: Timing;
  /** Main thread's CPU time (Linux only: absent elsewhere). */
  main?: { ours: Timing; mammoth: Timing; ratio: Timing };
}

/**
 * The headline pair alone (`--pair`): `check FOLDER --xlsx` as it runs by default and
 * mammoth.extractRawText over the same files, alternating (which goes first swaps each round),
 * `rounds` rounds after two warm-up rounds each, nothing else timed in between. In `benchFolder`
 * the thread contenders run between them, and a worker's teardown (its isolate freed, V8's helper
 * threads) lands in whichever run follows: on a 2-core machine it slowed mammoth more often than
 * the check, so the ratio read lower there than here. Returns the per-round ratios' median and
 * best, each side's median and best wall time (ms) and CPU time (ms, process.cpuUsage).
 */
export async function benchPair(count = 200, rounds = 15, distinct = false): Promise<PairFigures> {
  const dir = await generateFolder(count, distinct);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => path.join(dir, f));
  const out = path.join(os.tmpdir(), `duizhao-folder-pair-${process.pid}.xlsx`);
  const ours = () => checkAsTheCommand([dir, '--xlsx', out]);
  const theirs = () => mammothOverFiles(files);
  for (let i = 0; i < 2; i++) {
    await ours();
    await theirs();
  }
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 ? [0, 1] : [1, 0];
    for (const c of order) {
      const t = performance.now();
      const u = process.cpuUsage();
      await (c === 0 ? ours() : theirs());
      wall[c].push(performance.now() - t);
      const used = process.cpuUsage(u);
      cpu[c].push((used.user + used.system) / 1000);
    }
  }
  setV8Flags(V8_DEFAULT_FLAGS);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { force: true });
  return {
    ours: timing(wall[0]),
    mammoth: timing(wall[1]),
    ratio: timing(wall[0].map((x, i) => x / wall[1][i])),
    oursCpu: timing(cpu[0]),
    mammothCpu: timing(cpu[1]),
    ratioCpu: timing(cpu[0].map((x, i) => x / cpu[1][i])),
  };
}

/** The command as a reviewer runs it (bin/duizhao.js, which sets its heap settings first), from build/bench. */
const COMMAND = path.resolve(__dirname, '../../bin/duizhao.js');

/**
 * The pair as two fresh programs (`--cold`): `duizhao check FOLDER --xlsx` (bin/duizhao.js: module
 * loading, its heap settings, code that starts cold) against a Node program that loads mammoth and
 * runs extractRawText over the same files, alternating (which goes first swaps each round), after
 * one untimed run each (the files in the page cache). Wall time (ms) of each process from spawn to
 * exit, and its CPU time (ms, user + system, every thread of it: read by a module each program
 * preloads, at exit), which other programs on a shared machine stretch far less than the wall time;
 * on Linux also its main thread's CPU time (/proc, 10 ms ticks), what the wall time of a quiet
 * machine with a core to spare for V8's compiler and collector threads comes to; each the per-round
 * ratios' median and best. Throws when either program fails.
 */
export async function benchCold(count = 200, rounds = 7, distinct = false): Promise<PairFigures> {
  const dir = await generateFolder(count, distinct);
  const out = path.join(os.tmpdir(), `duizhao-folder-cold-${process.pid}.xlsx`);
  const script = path.join(os.tmpdir(), `duizhao-folder-cold-${process.pid}.js`);
  fs.writeFileSync(
    script,
    `const fs = require('fs'), path = require('path');
const mammoth = require(${JSON.stringify(require.resolve('mammoth'))});
(async () => {
  const dir = process.argv[2];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.docx'))) await mammoth.extractRawText({ buffer: fs.readFileSync(path.join(dir, f)) });
})();
`,
  );
  // Preloaded by both programs: writes the process's CPU time (µs, all its threads) and, where
  // /proc has it, its main thread's (clock ticks of 10 ms: utime and stime, fields 14 and 15).
  const mainThread = `(() => { try { const s = fs.readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return (Number(f[11]) + Number(f[12])) * 10000; } catch { return -1; } })()`;
  const hook = path.join(os.tmpdir(), `duizhao-folder-cold-cpu-${process.pid}.js`);
  const cpuFile = path.join(os.tmpdir(), `duizhao-folder-cold-cpu-${process.pid}.txt`);
  fs.writeFileSync(
    hook,
    // Preloaded by the program's worker threads too (they take its options): only the main thread writes.
    `if (require('worker_threads').isMainThread) process.on('exit', () => { const fs = require('fs'); const u = process.cpuUsage(); fs.writeFileSync(process.env.DUIZHAO_BENCH_CPU_FILE, (u.user + u.system) + ' ' + ${mainThread}); });\n`,
  );
  /** One fresh program: its wall time, CPU time and main thread's CPU time (ms; -1: not known). */
  const run = (args: string[], env: NodeJS.ProcessEnv = process.env): [number, number, number] => {
    fs.rmSync(cpuFile, { force: true });
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--require', hook, ...args], { env: { ...env, DUIZHAO_BENCH_CPU_FILE: cpuFile }, stdio: 'ignore' });
    const wall = performance.now() - t;
    // check exits 1 when it finds errors in the materials: a run; a signal or exit 2 is a failure.
    if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')} failed (${r.status ?? r.signal})`);
    const [all, main] = fs.readFileSync(cpuFile, 'utf8').split(' ').map(Number);
    return [wall, all / 1000, main < 0 ? -1 : main / 1000];
  };
  const env = { ...process.env };
  delete env.DUIZHAO_THREADS;
  const ours = () => run([COMMAND, 'check', dir, '--xlsx', out], env);
  const theirs = () => run([script, dir]);
  try {
    ours();
    theirs();
    const wall: [number[], number[]] = [[], []];
    const cpu: [number[], number[]] = [[], []];
    const main: [number[], number[]] = [[], []];
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 ? [0, 1] : [1, 0];
      for (const c of order) {
        const [w, u, m] = c === 0 ? ours() : theirs();
        wall[c].push(w);
        cpu[c].push(u);
        main[c].push(m);
      }
    }
    const known = [...main[0], ...main[1]].every((x) => x > 0);
    return {
      ours: timing(wall[0]),
      mammoth: timing(wall[1]),
      ratio: timing(wall[0].map((x, i) => x / wall[1][i])),
      oursCpu: timing(cpu[0]),
      mammothCpu: timing(cpu[1]),
      ratioCpu: timing(cpu[0].map((x, i) => x / cpu[1][i])),
      ...(known ? { main: { ours: timing(main[0]), mammoth: timing(main[1]), ratio: timing(main[0].map((x, i) => x / main[1][i])) } } : {}),
    };
  } finally {
    for (const f of [dir, out, script, hook, cpuFile]) fs.rmSync(f, { recursive: true, force: true });
  }
}

/**
 * Where worker threads start to pay: `check FOLDER --xlsx` as a fresh process (as a reviewer runs
 * it) on folders of `sizes` files, one thread against `threads` (DUIZHAO_THREADS), alternating,
 * `rounds` rounds. Prints the median and best wall time of each.
 */
export async function thresholdFigures(sizes = [8, 16, 24, 32, 48], rounds = 3, threads = 2): Promise<string[]> {
  const all = await generateFolder(Math.max(...sizes));
  const names = fs.readdirSync(all).sort();
  const lines: string[] = [];
  for (const n of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `duizhao-threshold-${n}-`));
    for (const name of names.slice(0, n)) fs.copyFileSync(path.join(all, name), path.join(dir, name));
    const xlsx = path.join(dir, 'out.xlsx');
    const run = (t: number) => {
      const s = performance.now();
      const r = spawnSync(process.execPath, [COMMAND, 'check', dir, '--xlsx', xlsx], { env: { ...process.env, DUIZHAO_THREADS: String(t) }, stdio: 'ignore' });
      if (r.status === null) throw new Error(`check failed on ${dir}`);
      return performance.now() - s;
    };
    const one: number[] = [];
    const many: number[] = [];
    for (let i = 0; i < rounds; i++) {
      if (i % 2 === 0) {
        one.push(run(1));
        many.push(run(threads));
      } else {
        many.push(run(threads));
        one.push(run(1));
      }
    }
    lines.push(
      `${String(n).padStart(3)} files: 1 thread ${median(one).toFixed(0)} ms (best ${Math.min(...one).toFixed(0)}), ${threads} threads ${median(many).toFixed(0)} ms (best ${Math.min(...many).toFixed(0)})`,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.rmSync(all, { recursive: true, force: true });
  return lines;
}

// Run alone: `node build/bench/folder-bench.js [count] [rounds] [--distinct]` (--distinct: no body
// sentence repeats across the files), `… [count] [rounds] --pair [--distinct]` (the default check
// and mammoth alone, alternating: benchPair), `… [count] [rounds] --cold [--distinct]` (the two as
// fresh programs: benchCold), or `… --threshold [rounds]` (after `npm run build:cli`).
if (require.main === module) {
  const args = process.argv.slice(2);
  const distinct = args.includes('--distinct');
  const rest = args.filter((a) => a !== '--distinct');
  if (rest[0] === '--threshold') thresholdFigures(undefined, Number(rest[1]) || 3).then((lines) => console.log(lines.join('\n')));
  else if (rest.includes('--cold')) {
    const [count, rounds] = rest.filter((a) => a !== '--cold').map(Number);
    benchCold(count || 200, rounds || 7, distinct).then((f) => {
      const t = (x: Timing) => `${x.ms.toFixed(0)} ms (best ${x.bestMs.toFixed(0)})`;
      console.log(
        `${distinct ? 'distinct folder' : 'folder'}, as fresh programs: duizhao check + workbook ${t(f.ours)}, mammoth ${t(f.mammoth)}; ratio ${f.ratio.ms.toFixed(2)} median, ${f.ratio.bestMs.toFixed(2)} best` +
          `\n  CPU time: duizhao check + workbook ${t(f.oursCpu)}, mammoth ${t(f.mammothCpu)}; ratio ${f.ratioCpu.ms.toFixed(2)} median, ${f.ratioCpu.bestMs.toFixed(2)} best` +
          (f.main
            ? `\n  main thread's CPU time: duizhao ${t(f.main.ours)}, mammoth ${t(f.main.mammoth)}; ratio ${f.main.ratio.ms.toFixed(2)} median, ${f.main.ratio.bestMs.toFixed(2)} best`
            : ''),
      );
    });
  } else if (rest.includes('--pair')) {
    const [count, rounds] = rest.filter((a) => a !== '--pair').map(Number);
    benchPair(count || 200, rounds || 15, distinct).then((f) => {
      const t = (x: Timing) => `${x.ms.toFixed(0)} ms (best ${x.bestMs.toFixed(0)})`;
      const r = (x: Timing) => `${x.ms.toFixed(2)} median, ${x.bestMs.toFixed(2)} best`;
      console.log(
        `${distinct ? 'distinct folder' : 'folder'}, the pair alone: check + workbook ${t(f.ours)}, mammoth ${t(f.mammoth)}; ratio ${r(f.ratio)} (target ≤ 1.5)\n  CPU time: check + workbook ${t(f.oursCpu)}, mammoth ${t(f.mammothCpu)}; ratio ${r(f.ratioCpu)}`,
      );
    });
  } else {
    const [count, rounds] = rest.map(Number);
    benchFolder(count || 200, rounds || 5, distinct).then((f) => console.log(`${distinct ? 'distinct folder (no body sentence repeats)' : 'folder'}: ${folderLine(f)}`));
  }
}
