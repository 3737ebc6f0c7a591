/**
 * Checking a folder on several cores: the main thread and worker threads take the files from one
 * queue, each runs check-file.ts's `checkFile`, and the results are handed back in the files'
 * order — so the output, its streaming, the progress line and the exit code are those of a check
 * on one thread. This module is also the workers' entry point (compiled to check-workers.js).
 *
 * Workers are used only where they pay: in the compiled tool (a .ts source cannot start a
 * worker), for at least MIN_PARALLEL_FILES files, none larger than MAX_PARALLEL_BYTES (so every
 * thread has memory for the caps the main thread set), no standard input, no --annotate or
 * --checklist (which write files from the main thread). DUIZHAO_THREADS=N sets the number of
 * threads (1: no workers) for measuring and testing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { workerScriptFor } from './root';
import type { Template } from '../engine/template';
import { checkFile, internalError, type CheckSettings, type FileOutcome } from './check-file';
import { loadPrevious } from './previous';

/**
 * Fewest files checked on several threads. Below it a worker's start (loading the engine: about
 * 225 ms of one core, measured, then running it cold) costs more than the files it takes: at
 * 10–20 ms a file on a free core, a worker pays from about 15–25 files. An estimate from those two
 * figures: `bench/folder-bench.js --threshold` times it directly, but on the busy shared machine
 * it was written on, two threads were slower at every size (8–48 files), as the load gate expects.
 */
export const MIN_PARALLEL_FILES = 24;
/** Largest file (bytes as stored) of a folder checked on several threads. */
export const MAX_PARALLEL_BYTES = 4 * 1024 * 1024;

/** What a worker is started with. */
interface WorkerInit {
  settings: CheckSettings;
  templateFile?: string;
}

/** main → worker: a file to check; worker → main: its outcome. */
type Job = { k: number; file: string; shown: string };
type Done = { k: number; outcome: FileOutcome };
/** worker → main: loaded, send a file. */
type Ready = { k: -1 };

/** The compiled worker script (this module's .js file, or the bundle: root.ts), or undefined when running from sources. */
function workerScript(): string | undefined {
  return workerScriptFor('check', __filename);
}

/**
 * Free cores needed before worker threads are used by default. On a 2-core machine, idle, two
 * threads were slower than one (a folder of 312 materials with a workbook: 2.20–2.34 s against
 * 1.87–1.93 s, three runs in alternation, 2026-11-30; folder-bench shows the same), because each
 * worker's start-up (about 225 ms of CPU) and the main thread's own share leave little to gain.
 */
export const MIN_FREE_CORES = 3;

/**
 * How many threads (the main one included) check `files`: DUIZHAO_THREADS when set, else the
 * cores available (os.availableParallelism) and not busy (the 1-minute load average, rounded),
 * when the folder is large enough and its files small enough; else 1. On a machine whose cores
 * are all busy, worker threads get no core of their own and were measured slower (folder-bench).
 * `machine`: the cores and the 1-minute load average (this machine's by default).
 */
export function threadsFor(
  files: string[],
  opts: { annotate: boolean; checklist: boolean; stdin: boolean },
  machine: { cores: number; load: number } = { cores: os.availableParallelism(), load: os.loadavg()[0] },
): number {
  if (opts.annotate || opts.checklist || opts.stdin || !workerScript()) return 1;
  const set = Number(process.env.DUIZHAO_THREADS);
  if (Number.isInteger(set) && set >= 1) return Math.min(set, files.length, 64);
  const { cores } = machine;
  // Cores other programs are not using: a thread without a free core only adds its start-up
  // (os.loadavg is [0, 0, 0] on Windows, where every core counts as free).
  const free = Math.floor(cores - machine.load + 0.5);
  if (files.length < MIN_PARALLEL_FILES || free < MIN_FREE_CORES) return 1;
  for (const f of files) {
    try {
      if (fs.statSync(f).size > MAX_PARALLEL_BYTES) return 1;
    } catch {
      // Not readable: the thread that checks it says why.
    }
  }
  return Math.min(free, Math.ceil(files.length / MIN_PARALLEL_FILES));
}

/** A checked file handed to the caller, in the files' order. */
export type Emit = (k: number, outcome: FileOutcome) => Promise<void>;

/**
 * Check `files` (shown as `shown[k]`) on `threads` threads and call `emit` for each in order
 * (file 0 first), as soon as it and every file before it are done. The main thread checks files
 * too, with `template` and `last` as given; workers read them themselves from `templateFile` and
 * settings.previous. A worker that fails (out of memory) reports its current file as an internal
 * error; the other threads take the rest. Resolves to the number of files each thread checked
 * (the main thread first). `mainChecks` false leaves every file to the workers (for tests).
 */
export async function checkInOrder(
  files: string[],
  shown: string[],
  threads: number,
  settings: CheckSettings,
  emit: Emit,
  here: { template?: Template; templateFile?: string; last?: Parameters<typeof checkFile>[4] },
  mainChecks = true,
): Promise<number[]> {
  // Files checked by each thread, the main one first.
  const counts = [0];
  const results = new Map<number, FileOutcome>();
  let next = 0;
  let emitted = 0;
  let finish!: () => void;
  let failed!: (e: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => {
    finish = resolve;
    failed = reject;
  });
  let emitting: Promise<void> = Promise.resolve();
  // Hand over the results that are ready, in order; one emit at a time.
  const settle = (k: number, outcome: FileOutcome) => {
    results.set(k, outcome);
    emitting = emitting.then(async () => {
      while (results.has(emitted)) {
        const ready = results.get(emitted)!;
        results.delete(emitted);
        await emit(emitted++, ready);
      }
      if (emitted >= files.length) finish();
    });
    emitting.catch(failed);
  };
  if (!files.length) finish();
  const workers: Worker[] = [];
  const script = workerScript();
  if (threads > 1 && script) {
    const heapMb = Math.ceil(v8.getHeapStatistics().heap_size_limit / 1024 / 1024);
    for (let w = 1; w < threads; w++) {
      const init: WorkerInit = { settings, templateFile: here.templateFile };
      const worker = new Worker(script, { workerData: init, resourceLimits: { maxOldGenerationSizeMb: heapMb }, stdout: false, stderr: false });
      workers.push(worker);
      counts.push(0);
      const lane = counts.length - 1;
      let current: Job | undefined;
      const give = () => {
        current = next < files.length ? { k: next, file: files[next], shown: shown[next++] } : undefined;
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      // A worker asks for its first file once it has loaded (k -1), so the main thread starts
      // with file 0 and the output streams from the start.
      worker.on('message', (d: Done | Ready) => {
        if (d.k >= 0) {
          counts[lane]++;
          settle(d.k, (d as Done).outcome);
        }
        give();
      });
      const fail = (e: unknown) => {
        if (current) settle(current.k, { ok: false, reason: internalError(e instanceof Error ? e : new Error(String(e)), current.shown) });
        current = undefined;
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (current) fail(new Error(`worker exited with code ${code}`));
      });
    }
  }
  // The main thread's share: a file at a time, letting the workers' messages in between.
  while (mainChecks && next < files.length) {
    const k = next++;
    counts[0]++;
    settle(k, await checkFile(files[k], shown[k], settings, here.template, here.last));
    await new Promise<void>((r) => setImmediate(r));
  }
  // Wait for the workers' last files and their output.
  try {
    await finished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return counts;
}

// The worker's side: read the template and last year's material once, then check what it is sent.
if (!isMainThread && parentPort && (workerData as WorkerInit | undefined)?.settings) {
  const port = parentPort;
  const init = workerData as WorkerInit;
  const ready = (async () => {
    // The template-file reader (JSON Schema validator, notice reader) is loaded only when a template file is given.
    const template = init.templateFile ? (await import('./template-command')).readTemplateFile(init.templateFile) : undefined;
    const last = init.settings.previous ? await loadPrevious(init.settings.previous, init.settings.templateId) : undefined;
    return { template, last };
  })();
  void ready.then(
    () => port.postMessage({ k: -1 } satisfies Ready),
    () => port.postMessage({ k: -1 } satisfies Ready),
  );
  port.on('message', (job: Job) => {
    void ready.then(
      async ({ template, last }) => {
        const outcome = await checkFile(job.file, job.shown, init.settings, template, last);
        port.postMessage({ k: job.k, outcome } satisfies Done);
      },
      (e: unknown) => port.postMessage({ k: job.k, outcome: { ok: false, reason: internalError(e, job.shown) } } satisfies Done),
    );
  });
}

/** For tests: the worker script this build would start (undefined from sources). */
export function workerScriptPath(): string | undefined {
  return workerScript() ? path.resolve(workerScript()!) : undefined;
}
