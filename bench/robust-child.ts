/**
 * One robustness measurement, in its own process so its peak memory is its own: reads the file
 * given as argv[2] the way `check` does (loadFile, with its caps), analyses it and formats the
 * report (with the CLI's heap settings, src/cli/heap.ts), then prints one JSON line: {ms, cpuMs, baseKb, peakKb, refused?} (wall and CPU milliseconds, RSS in KB). Run by bench/robustness.ts.
 */
import { tuneHeapForCheck } from '../src/cli/heap';
import { loadFile } from '../src/cli/load';
import { InputError } from '../src/cli/io';
import { analyze } from '../src/engine';
import { toJson } from '../src/engine/json';
import { formatReport } from '../src/engine/report';
import { sharedSentences } from '../src/engine/sentences';

async function measure(): Promise<void> {
  // What the CLI's entry does before it reads a file (src/cli/bin.ts).
  tuneHeapForCheck();
  const file = process.argv[2];
  const baseKb = process.resourceUsage().maxRSS;
  const t = performance.now();
  const c = process.cpuUsage();
  let refused: string | undefined;
  try {
    const input = await loadFile(file);
    const analysis = analyze(input);
    sharedSentences({ input, outline: analysis.outline, shared: analysis.shared });
    toJson(analysis, file);
    formatReport(analysis, file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    refused = e.message;
  }
  const ms = performance.now() - t;
  const used = process.cpuUsage(c);
  const cpuMs = (used.user + used.system) / 1000;
  process.stdout.write(JSON.stringify({ ms, cpuMs, baseKb, peakKb: process.resourceUsage().maxRSS, refused }) + '\n');
}

measure().catch((e) => {
  process.stdout.write(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }) + '\n');
  process.exitCode = 1;
});
