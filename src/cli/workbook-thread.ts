/**
 * The folder workbook written on a thread of its own (issue 14). A cold process spends about half
 * a second of one core on the workbook at the very end of `check FOLDER --xlsx` — write-excel-file's
 * XML and fflate's deflate running unoptimised, each for the first time. Started when the folder's
 * check starts, a worker loads write-excel-file and writes a practice workbook (warm-up) on a core
 * the check leaves free; handed the real tables at the end, it writes them with code already
 * compiled while the main thread waits. This module is also the worker's entry point (compiled to
 * workbook-thread.js).
 *
 * The workbook is the same either way: the worker runs xlsx.ts's `writeWorkbook` on the same
 * tables. A worker that cannot start, fails, exits or answers with something other than the
 * workbook is never the end of it: the main thread then writes the workbook itself, as without a
 * worker (and says why it could not, if it cannot either).
 */
import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { workerScriptFor } from './root';
import { rowsWrittenHere, writeWorkbook, type Table } from './xlsx';

/**
 * Fewest files whose workbook is written on a worker by default. A few files give a small workbook
 * and a check too short for the worker's start and warm-up (about 0.3 s of the free core) to be
 * done before it: the same threshold as the check's own worker threads (check-workers.ts
 * MIN_PARALLEL_FILES), where a folder's check lasts about 0.3 s or more.
 */
export const WORKBOOK_THREAD_FILES = 24;

/** The worker's data: marks this module's worker (check-workers.ts has its own). */
interface WorkbookInit {
  duizhaoWorkbook: true;
  /** Rows of the practice workbook (0: only load write-excel-file). */
  warmRows: number;
}

/** The worker's answer: the workbook's bytes, or why it could not write them. */
type Answer = { bytes: Uint8Array } | { error: string };

/**
 * Rows of the practice workbook: about what 5 materials' findings make (some 90 kB of sheet XML).
 * Practice of 300, 600 and 1500 rows left the real workbook of 200 materials (3,861 findings) about
 * equally fast to write (320–350 ms of CPU under load, against 630 ms cold), and cost 260, 330 and
 * 480 ms of the free core.
 */
export const WARM_ROWS = 400;

/** The compiled worker script (this module's .js file, or the bundle's workbook-worker.js: root.ts), or undefined when running from TypeScript sources (tests). */
function workerScript(): string | undefined {
  return workerScriptFor('workbook', __filename);
}

/**
 * Whether `check` writes its workbook on a worker: DUIZHAO_WORKBOOK_THREAD=0 never, =1 always (for
 * measuring and testing, where the compiled tool runs); else for a workbook of at least
 * WORKBOOK_THREAD_FILES files when a core is left over by the check's own threads (`checkThreads`,
 * the main one included), the machine is not busy (`machine`: MIN_IDLE_CORES) and this thread
 * has not had workbooks of WARM_ROWS rows written already (`rowsWritten`, here or on workers: see
 * rowsOnWorkers). `files`: materials and unreadable files, each a row.
 */
export function workbookThreadFor(
  files: number,
  checkThreads: number,
  machine: { cores: number; load: number } = { cores: os.availableParallelism(), load: os.loadavg()[0] },
  rowsWritten = rowsWrittenHere() + rowsOnWorkers,
): boolean {
  if (!workerScript()) return false;
  const set = process.env.DUIZHAO_WORKBOOK_THREAD;
  if (set === '0' || set === '1') return set === '1';
  return files >= WORKBOOK_THREAD_FILES && machine.cores > checkThreads && machine.cores - machine.load - (checkThreads - 1) >= MIN_IDLE_CORES && rowsWritten < WARM_ROWS;
}

/**
 * Idle cores (by the 1-minute load average), beyond those the check's own worker threads take, below
 * which no workbook worker is started: its practice would take the check's own time. Half a core, not a whole one: the load
 * average counts this program's own previous runs (a reviewer checking again, a bench's rounds).
 * On the shared 2-core machine at a load of 7–9, the worker made `check FOLDER --xlsx` slower
 * (6.8 s against 6.2 s, median of 10 alternated runs), though it took 0.28 s off its main thread.
 */
export const MIN_IDLE_CORES = 0.5;

/**
 * Rows of the workbooks workers have written for this thread. They count as written here: a
 * worker's practice pays in a program's first large workbook, the one a fresh `check` writes; in a
 * program that goes on checking folders (a bench's rounds), the next workbooks are written on this
 * thread, whose writer is warm from the second on, rather than each on a new worker practising again.
 */
let rowsOnWorkers = 0;

/** A workbook worker started early; `write` hands it the tables. */
export interface WorkbookThread {
  /**
   * The workbook of `tables` (xlsx.ts writeWorkbook), written by the worker; on any failure of the
   * worker, written on this thread. Rejects only as writeWorkbook itself would. Call once.
   */
  write(tables: Table[]): Promise<Buffer>;
  /** Stop the worker (when the workbook is not written after all). */
  close(): void;
}

/**
 * Start the worker (`script`: this module compiled, or another script for tests). Never throws: a
 * worker that cannot start gives a WorkbookThread that writes on this thread. The worker does not
 * keep the process alive, except while a `write` waits for it.
 */
export function startWorkbookThread(script: string | undefined = workerScript(), warmRows = WARM_ROWS): WorkbookThread {
  let worker: Worker | undefined;
  // A failure before `write` (the worker's start, warm-up): kept for `write` to see.
  let failed = false;
  let settle: ((a: Answer | undefined) => void) | undefined;
  const fail = () => {
    failed = true;
    settle?.(undefined);
  };
  try {
    if (script) {
      const init: WorkbookInit = { duizhaoWorkbook: true, warmRows };
      worker = new Worker(script, { workerData: init, stdout: false, stderr: false });
      worker.on('error', fail);
      worker.on('messageerror', fail);
      worker.on('exit', fail);
      worker.on('message', (a: unknown) => settle?.(isAnswer(a) ? a : undefined));
      // After the listeners: a 'message' listener refs the worker again.
      worker.unref();
    }
  } catch {
    worker = undefined;
  }
  const stop = () => {
    if (!worker) return;
    worker.removeAllListeners();
    // Errors after the end (the worker torn down) are of no interest.
    worker.on('error', () => {});
    void worker.terminate();
    worker = undefined;
  };
  return {
    async write(tables) {
      const answer = await new Promise<Answer | undefined>((resolve) => {
        if (!worker || failed) return resolve(undefined);
        settle = resolve;
        try {
          worker.ref();
          worker.postMessage(tables);
        } catch {
          resolve(undefined);
        }
      });
      stop();
      if (answer && 'bytes' in answer) {
        rowsOnWorkers += tables.reduce((n, t) => n + t.rows.length, 0);
        return Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength);
      }
      // The worker failed, or could not write them (a fault of its own or of the tables): written
      // here, where a fault of the tables is reported as without a worker.
      return writeWorkbook(tables);
    },
    close: stop,
  };
}

function isAnswer(a: unknown): a is Answer {
  if (typeof a !== 'object' || a === null) return false;
  if ('bytes' in a) return a.bytes instanceof Uint8Array && a.bytes.byteLength > 0;
  return 'error' in a && typeof a.error === 'string';
}

/**
 * The practice workbook's tables: `rows` rows of the findings sheet's shape (file, paragraph, rule,
 * severity, message, excerpt, rule id) and a summary sheet of their files — Chinese text of the
 * lengths the real cells have, some repeated and some not, numbers, empty cells and line breaks,
 * so that every path of the writer the real tables take is compiled.
 */
export function practiceTables(rows: number): Table[] {
  const han = '对照检查材料问题整改措施理想信念学习调查研究基层群众落实责任制度党员干部作风纪律';
  let seed = 14;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const text = (n: number) => Array.from({ length: n }, () => han[Math.floor(next() * han.length)]).join('');
  const findings: (string | number)[][] = [];
  const files = Math.max(1, Math.ceil(rows / 20));
  for (let i = 0; i < rows; i++) {
    const rule = i % 17;
    findings.push([`材料${i % files}.docx`, 1 + (i % 90), `规则${rule}`, ['错误', '警告', '提示'][i % 3], `${text(20)}“${text(8)}”${text(30)}。`, i % 9 ? text(25) : '', `rule-${rule}`]);
  }
  const materials = Array.from({ length: files }, (_, i) => [`材料${i}.docx`, '模板', text(16), text(12), i % 3 ? '' : text(4), text(20), '', 5, 1, 0, 2, 3, 4, i % 2 ? `${text(10)}（本材料约40%的文字与之相同）\n${text(10)}` : '']);
  return [
    { name: '材料汇总', header: materials[0].map((_, i) => `列${i}`), rows: materials, widths: materials[0].map(() => 10) },
    { name: '全部问题', header: findings[0]?.map((_, i) => `列${i}`) ?? ['列0'], rows: findings, widths: [28, 6, 16, 6, 80, 30, 18] },
  ];
}

// The worker's side: load the writer and practise, then write what it is sent, once.
if (!isMainThread && parentPort && (workerData as WorkbookInit | undefined)?.duizhaoWorkbook) {
  const port = parentPort;
  const init = workerData as WorkbookInit;
  // A failed practice is no reason not to try the real workbook.
  const practised = (init.warmRows > 0 ? writeWorkbook(practiceTables(init.warmRows)) : import('write-excel-file/node')).then(
    () => undefined,
    () => undefined,
  );
  port.once('message', (tables: Table[]) => {
    void practised
      .then(() => writeWorkbook(tables))
      .then(
        (written) => {
          // Handed over, not copied; a Buffer sharing a pool's memory is copied out first.
          const bytes = written.byteOffset === 0 && written.byteLength === written.buffer.byteLength ? written : new Uint8Array(written);
          port.postMessage({ bytes } satisfies Answer, [bytes.buffer as ArrayBuffer]);
        },
        (e: unknown) => port.postMessage({ error: e instanceof Error ? e.message : String(e) } satisfies Answer),
      );
  });
}
