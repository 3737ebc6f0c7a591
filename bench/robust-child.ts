/**
 * One robustness measurement, in its own process so its peak memory is its own: reads the file
 * given as argv[2] the way `check` does (loadFile, with its caps), analyses it and formats the
 * report (with the CLI's heap settings, src/cli/heap.ts, set before our modules load as the CLI
 * sets them), then prints one JSON line: {ms, cpuMs, baseKb, peakKb, stagesKb, refused?} (wall
 * and CPU milliseconds, RSS in KB). `stagesKb` is the peak RSS above the baseline once each stage
 * is done (read, analyse, output: sentences, JSON and report); the peak is reached in the stage
 * where it stops growing. With `--live` (run under node --expose-gc) it also gives `liveKb`: the
 * JS heap the check's results hold once it is done, after a full collection, above the heap
 * after one at the start — what its objects cost, without the garbage and fixed costs the peak
 * also counts. The collection at the start can move the peak, so a run with `--live` is not one
 * of the figures. With `--warm=FILE` it first checks FILE (a small material of the same kind) and
 * takes the resident set after that check as the baseline: the peak then counts what this input
 * adds to a process that has checked a material before, without the costs of a first check that do
 * not depend on the input (the engine's code compiled on first use: some 4 MB). Run by
 * bench/robustness.ts.
 */
import { tuneHeapForCheck } from '../src/cli/heap';
// Set before the modules below load, as the CLI's entry sets it before it loads a subcommand
// (src/cli/bin.ts): V8 grows its young generation while modules load, and the setting keeps it at
// the size it has when set. Set after them, it kept the 8 MB young generation that loading had grown
// it to, where the CLI has 2 MB, and a text flood's peak counted some 6 MB more than the CLI's.
if (require.main === module) tuneHeapForCheck();
import { loadFile } from '../src/cli/load';
import { InputError } from '../src/cli/io';
import { analyze } from '../src/engine';
import { toJson } from '../src/engine/json';
import { formatReport } from '../src/engine/report';
import { sharedSentences } from '../src/engine/sentences';
// The readers the CLI loads on first use (load.ts: the .docx reader and its settings; docx.ts: the
// HTML reader for HTML and MHT altChunks), loaded before the baseline like every other module of
// ours: else a .docx case's peak counted their code (some 2 MB, whatever the input's size) and a
// text case's did not.
import '../src/engine/readers/docx';
import '../src/engine/readers/docx-settings';
import '../src/engine/readers/html';

/** Stage names in `stagesKb`, in the order a check runs them. */
export const STAGES = ['read', 'analyse', 'output'] as const;

/** The check's input and analysis, held through the collection that measures them (`--live`). */
let held: unknown;

/** One check of `file` as `check` runs it, through the report (what each measured run does). */
async function checkOnce(file: string): Promise<{ input: unknown; analysis: unknown }> {
  const input = await loadFile(file);
  const analysis = analyze(input);
  sharedSentences({ input, outline: analysis.outline, shared: analysis.shared });
  toJson(analysis, file);
  formatReport(analysis, file);
  return { input, analysis };
}

async function measure(): Promise<void> {
  const file = process.argv[2];
  const gc = process.argv.includes('--live') ? (globalThis as { gc?: () => void }).gc : undefined;
  // `--warm=FILE`: check a small material of the same kind first, and measure from the memory the
  // process then holds (its resident set now, not its peak so far: a lower baseline, so a figure
  // no smaller than the peak above the high-water mark would give). What that first check leaves
  // is what any check leaves whatever its input — the engine's code compiled on first use, ICU's
  // data, the regular expressions compiled — and is not part of what this input costs.
  const warm = process.argv.find((a) => a.startsWith('--warm='))?.slice('--warm='.length);
  if (warm) await checkOnce(warm);
  gc?.();
  const baseHeap = process.memoryUsage().heapUsed;
  const baseKb = warm ? Math.round(process.memoryUsage().rss / 1024) : process.resourceUsage().maxRSS;
  const stagesKb: Partial<Record<(typeof STAGES)[number], number>> = {};
  const stage = (name: (typeof STAGES)[number]) => (stagesKb[name] = process.resourceUsage().maxRSS - baseKb);
  const t = performance.now();
  const c = process.cpuUsage();
  let refused: string | undefined;
  try {
    const input = await loadFile(file);
    stage('read');
    const analysis = analyze(input);
    stage('analyse');
    sharedSentences({ input, outline: analysis.outline, shared: analysis.shared });
    toJson(analysis, file);
    formatReport(analysis, file);
    stage('output');
    if (gc) held = { input, analysis };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    refused = e.message;
  }
  const ms = performance.now() - t;
  const used = process.cpuUsage(c);
  const cpuMs = (used.user + used.system) / 1000;
  const peakKb = process.resourceUsage().maxRSS;
  let liveKb: number | undefined;
  if (gc && held) {
    gc();
    liveKb = Math.round((process.memoryUsage().heapUsed - baseHeap) / 1024);
    held = undefined;
  }
  process.stdout.write(JSON.stringify({ ms, cpuMs, baseKb, peakKb, stagesKb, liveKb, refused }) + '\n');
}

if (require.main === module) {
  measure().catch((e) => {
    process.stdout.write(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }) + '\n');
    process.exitCode = 1;
  });
}
