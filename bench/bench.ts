/**
 * npm run bench — the speed and size figures the issues set targets for:
 *  - engine time for a ~1,000-paragraph material (the seeds repeated) and for 8x that, each
 *    against one bare regex pass over the same text (target: below 40x; x8 input ≤ x9 time);
 *  - what template detection adds to the engine on the 1,000-paragraph material (target ≤ 10%);
 *  - the whole check of a .docx against mammoth.extractRawText on the same file (target: not slower);
 *  - the task pane's production JS size (gzip) and the preview's time to a first result;
 *  - robustness (bench/robustness.ts): every adversarial shape in s/MB and peak memory × input size
 *    (skip with --no-robust).
 * --engine-only prints the engine's figures (the first section) and stops.
 * Figures are medians and bests of several runs after a warm-up; the engine and the regex pass
 * run in alternation. Nothing here is a pass/fail test.
 */
import { analyze, buildOutline, getTemplate, DEFAULT_TEMPLATE_ID, readText } from '../src/engine';
import { buildStructure } from '../src/engine/outline';
import { detectTemplate } from '../src/engine/detect';
import type { Paragraph } from '../src/engine/types';
import { runRules } from '../src/engine/rules';
import { linkOutline, LINK_KEY } from '../src/engine/link';
import { lexiconMatcher } from '../src/engine/link/concepts';
import { sharedPhrases } from '../src/engine/link/phrases';
import { material, median } from './common';

interface Timing {
  median: number;
  best: number;
}

/**
 * Untimed warm-up before the timed runs: at least this many rounds and this long (ms). The
 * optimising compiler works beside the main thread, and on a loaded machine compiling the
 * engine's larger functions took 0.4–1 s each (node --trace-opt): 20 rounds of the 1,000-paragraph
 * material (~0.4 s) left the first timed runs in unoptimised code.
 */
const WARM_ROUNDS = 20;
const WARM_MS = 2000;

/**
 * Median and best of `rounds` timed runs of each function, after enough untimed runs for the JIT
 * to settle (WARM_ROUNDS, WARM_MS). Several functions run in alternation, so a slow spell of this
 * (shared) machine hits them all: their ratios are then steadier than separate runs'.
 */
function timeEach(fns: (() => unknown)[], rounds: number): Timing[] {
  const warmUntil = performance.now() + WARM_MS;
  for (let i = 0; i < WARM_ROUNDS || performance.now() < warmUntil; i++) for (const fn of fns) fn();
  const times = fns.map((): number[] => []);
  for (let i = 0; i < rounds; i++) {
    fns.forEach((fn, k) => {
      const s = performance.now();
      fn();
      times[k].push(performance.now() - s);
    });
  }
  return times.map((t) => ({ median: median(t), best: Math.min(...t) }));
}

const timeIt = (fn: () => unknown, rounds: number): Timing => timeEach([fn], rounds)[0];

// One bare pass: every typed number and item marker, as a lower bound for any reading of the text.
const BARE = /[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|存在|原因|措施/g;
function regexPass(text: string): number {
  let n = 0;
  BARE.lastIndex = 0;
  while (BARE.exec(text)) n++;
  return n;
}

function engineFigures() {
  const rows: { paragraphs: number; engine: Timing; regex: Timing }[] = [];
  for (const n of [1000, 8000]) {
    const text = material(n);
    const paragraphs: Paragraph[] = readText(text, 'markdown');
    const rounds = n > 2000 ? 15 : 40;
    const [engine, regex] = timeEach([() => analyze({ paragraphs, source: 'text' }), () => regexPass(text)], rounds);
    rows.push({ paragraphs: paragraphs.length, engine, regex });
  }
  return rows;
}

/**
 * What the engine costs beside its wall time on the 1,000-paragraph material, over `rounds`
 * analyses after the warm-up: CPU time per analysis (process.cpuUsage: every thread, the
 * collector's helper threads included, so it can exceed the wall time), the collector's time
 * (performance 'gc' entries) as a share of the wall time and per analysis, and scavenges and
 * full collections per 100 analyses. The median of the timed runs is set mostly by whether a
 * scavenge lands in a run, so these say why it sits above the best.
 */
async function collectorFigures(rounds = 200) {
  const { PerformanceObserver, constants } = await import('perf_hooks');
  const paragraphs = readText(material(1000), 'markdown');
  const run = () => analyze({ paragraphs, source: 'text' });
  const warmUntil = performance.now() + WARM_MS;
  for (let i = 0; i < WARM_ROUNDS || performance.now() < warmUntil; i++) run();
  let gcMs = 0;
  let scavenges = 0;
  let full = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gcMs += e.duration;
      const kind = (e as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges++;
      else full++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let i = 0; i < rounds; i++) run();
  const wall = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  // The entries are delivered asynchronously: let them arrive before reading the sums.
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return { rounds, wallMs: wall / rounds, cpuMs: (cpu.user + cpu.system) / 1000 / rounds, gcMs: gcMs / rounds, gcShare: gcMs / wall, scavenges: (100 * scavenges) / rounds, full: (100 * full) / rounds };
}

/**
 * Where the engine's time goes on the 1,000-paragraph material, and floors under it: one
 * charCodeAt read of every character, one scan of the concept lexicon's trie (which linking and
 * aspect mapping both need), and one pass of the phrase linker's trigram table over the whole text
 * (it reads the problems and measures at least once). Best of the timed runs, in ms and as
 * multiples of the regex pass. The stages reuse one outline, whose part bodies are joined on first
 * read and then kept: the rules row leaves that join (paid once per analysis) out.
 */
function breakdown() {
  const text = material(1000);
  const paragraphs = readText(text, 'markdown');
  const input = { paragraphs, source: 'text' as const };
  const template = getTemplate(DEFAULT_TEMPLATE_ID)!;
  const outline = buildOutline(input, template);
  const links = linkOutline(outline, template);
  const matcher = lexiconMatcher();
  const seen = new Uint32Array(matcher.concepts.length);
  let stamp = 0;
  const stages: [string, () => unknown][] = [
    ['outline (buildOutline)', () => buildOutline(input, template)],
    ['linking (linkOutline)', () => linkOutline(outline, template)],
    ['rules, links given', () => runRules({ input, outline, template, shared: new Map([[LINK_KEY, links]]) })],
    [
      'floor: charCodeAt over every character',
      () => {
        let x = 0;
        for (let i = 0; i < text.length; i++) x = (x + text.charCodeAt(i)) | 0;
        return x;
      },
    ],
    ['floor: concept trie over the text', () => matcher.conceptsIn(text, seen, ++stamp, () => undefined)],
    ['floor: trigram table over the text', () => sharedPhrases([text], [], [])],
    ['bare regex pass', () => regexPass(text)],
  ];
  return stages.map(([name, fn]) => ({ name, best: timeIt(fn, 60).best }));
}

/**
 * What detecting the template costs on the 1,000-paragraph material: the whole analysis with the
 * template detected against the same analysis with that template given (so detection is the only
 * difference), and the detection step alone. Medians, in alternation.
 */
function detectionFigures() {
  const paragraphs = readText(material(1000), 'markdown');
  const input = { paragraphs, source: 'text' as const };
  const id = analyze(input).templateId;
  const structure = buildStructure(input, getTemplate(DEFAULT_TEMPLATE_ID)!);
  const [detected, chosen, step] = timeEach([() => analyze(input), () => analyze(input, { templateId: id }), () => detectTemplate(input, structure)], 40);
  return { id, detected, chosen, step };
}

async function docxFigures() {
  // The docx builder and the mammoth comparison live with the tests' support code.
  const { seedToDocx } = await import('../test/support/seed-docx');
  const { benchDocx } = await import('./docx-bench');
  const doc = await seedToDocx(material(1000), 'styled');
  const r = await benchDocx(doc.bytes, (ps) => analyze({ paragraphs: ps, source: 'docx' }), 15);
  return { ...r, bytes: doc.bytes.length };
}

async function paneFigures() {
  const { benchPane } = await import('./pane-bench');
  return benchPane();
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

async function run() {
  const heap0 = process.memoryUsage().heapUsed;
  const rows = engineFigures();
  console.log('引擎（engine, seeds repeated; median / best of the timed runs）');
  console.log(`  bare regex pass: ${BARE.source}`);
  for (const r of rows) {
    console.log(
      `  ${r.paragraphs} paragraphs: engine ${fmt(r.engine.median)} / ${fmt(r.engine.best)} ms, bare regex pass ${fmt(r.regex.median)} / ${fmt(r.regex.best)} ms, ` +
        `ratio ${(r.engine.median / r.regex.median).toFixed(1)}x / ${(r.engine.best / r.regex.best).toFixed(1)}x (target < 40x)`,
    );
  }
  const scale = rows[1].engine.median / rows[0].engine.median;
  console.log(`  x8 input costs x${scale.toFixed(2)} time (median; best x${(rows[1].engine.best / rows[0].engine.best).toFixed(2)}; target ≤ x9)`);
  console.log(`  heap growth during the engine runs: ${((process.memoryUsage().heapUsed - heap0) / 1024 / 1024).toFixed(1)} MB`);
  const det = detectionFigures();
  console.log(
    `  template detection, 1,000 paragraphs (${det.id}): detected ${fmt(det.detected.median)} ms vs given ${fmt(det.chosen.median)} ms, ` +
      `+${((100 * (det.detected.median - det.chosen.median)) / det.chosen.median).toFixed(1)}% (target ≤ 10%; best ${fmt(det.detected.best)} vs ${fmt(det.chosen.best)} ms, ` +
      `${((100 * (det.detected.best - det.chosen.best)) / det.chosen.best).toFixed(1)}%); detection step alone ${fmt(det.step.median)} ms (${((100 * det.step.median) / det.chosen.median).toFixed(1)}%)`,
  );
  const gc = await collectorFigures();
  console.log(
    `  ${gc.rounds} analyses of 1,000 paragraphs in a row: CPU ${fmt(gc.cpuMs)} ms per analysis (all threads), wall ${fmt(gc.wallMs)} ms; ` +
      `garbage collector ${fmt(gc.gcMs)} ms per analysis (${(100 * gc.gcShare).toFixed(1)}% of the wall time), ${gc.scavenges.toFixed(0)} scavenges and ${gc.full.toFixed(0)} full collections per 100 analyses`,
  );
  const parts = breakdown();
  const regex = parts[parts.length - 1].best;
  console.log('  where the time goes, 1,000 paragraphs (best):');
  for (const p of parts) console.log(`    ${p.name.padEnd(40)} ${fmt(p.best).padStart(6)} ms  ${(p.best / regex).toFixed(1).padStart(5)}x`);
  // The engine's figures only (quick A/B runs while working on the engine).
  if (process.argv.includes('--engine-only')) return;

  try {
    const d = await docxFigures();
    console.log('.docx 全流程（read + check）');
    console.log(`  ${d.paragraphs} paragraphs, ${(d.bytes / 1024).toFixed(0)} KB: duizhao ${fmt(d.oursMs)} ms, mammoth.extractRawText ${fmt(d.mammothMs)} ms, ratio ${(d.oursMs / d.mammothMs).toFixed(2)} (target ≤ 1)`);
  } catch (e) {
    console.log(`.docx bench skipped: ${e instanceof Error ? e.message : e}`);
  }
  try {
    const { benchAttributeFlood } = await import('./docx-bench');
    const flood = await benchAttributeFlood();
    console.log('.docx attribute flood (runs of <w:b/> with no w:val; linear, target ≤ 2 s per MB)');
    for (const f of flood) {
      console.log(`  ${f.runs} runs, document.xml ${(f.xmlBytes / 1024).toFixed(0)} KB: ${fmt(f.ms)} ms, ${fmt(f.msPerMb)} ms per MB`);
    }
  } catch (e) {
    console.log(`.docx attribute flood skipped: ${e instanceof Error ? e.message : e}`);
  }

  if (!process.argv.includes('--no-robust')) {
    const { robustnessFigures, docxBombFigures } = await import('./robustness');
    await robustnessFigures();
    await docxBombFigures();
  }

  if (!process.argv.includes('--no-folder')) {
    try {
      const { benchCold, benchFolder, folderLine } = await import('./folder-bench');
      const f = await benchFolder(200, 7);
      console.log('文件夹（check FOLDER --xlsx, generated materials）');
      console.log(`  ${folderLine(f)}`);
      // The same pair as two fresh programs: module loading and cold code on both sides.
      const c = await benchCold(200, 5);
      console.log(
        `  as fresh programs (duizhao check vs a Node program running mammoth): ${fmt(c.ours.ms)} ms (best ${fmt(c.ours.bestMs)}) vs ${fmt(c.mammoth.ms)} ms (best ${fmt(c.mammoth.bestMs)}); ratio ${c.ratio.ms.toFixed(2)} median, ${c.ratio.bestMs.toFixed(2)} best`,
      );
    } catch (e) {
      console.log(`folder bench skipped: ${e instanceof Error ? e.message : e}`);
    }
  }

  if (process.argv.includes('--no-pane')) return;
  try {
    const p = await paneFigures();
    console.log('任务窗格（task pane）');
    console.log(`  production JS, gzip: ${(p.paneJsGzipBytes / 1024).toFixed(1)} KB in all, ${(p.paneStartGzipBytes / 1024).toFixed(1)} KB loaded at start (target ≤ 160 KB)`);
    console.log('  preview, 1,000-paragraph document (median / best):');
    console.log(`    open → first results (checked on open): ${fmt(p.previewFirstResultMs)} / ${fmt(p.best.previewFirstResultMs)} ms`);
    console.log(`    click 检查 → findings visible: ${fmt(p.clickToFindingsMs)} / ${fmt(p.best.clickToFindingsMs)} ms (target ≤ 150 ms); engine in the same page: ${fmt(p.engineMs)} / ${fmt(p.best.engineMs)} ms`);
    console.log(
      `      stages (median): read + post ${fmt(p.stages.readMs)} ms, to the worker ${fmt(p.stages.toWorkerMs)} ms, engine ${fmt(p.stages.workerEngineMs)} ms, ` +
        `pane report ${fmt(p.stages.reportMs)} ms, back to the pane ${fmt(p.stages.backMs)} ms, render ${fmt(p.stages.renderMs)} ms`,
    );
    console.log(`      CPU on the click's critical path (thread time, traced clicks): ${fmt(p.cpu.median)} / ${fmt(p.cpu.best)} ms — pane ${fmt(p.cpu.beforeMs)} + worker ${fmt(p.cpu.workerMs)} + pane ${fmt(p.cpu.afterMs)} ms (median); load on the machine adds the rest`);
    console.log(`      without warm-up (?warm=0, pages alternated with the above): ${fmt(p.coldClickMs.median)} / ${fmt(p.coldClickMs.best)} ms`);
    console.log(`    re-check after an edit: ${fmt(p.editToRecheckMs)} / ${fmt(p.best.editToRecheckMs)} ms (target ≤ 150 ms); edit → updated incl. the typing pause: ${fmt(p.editToUpdatedMs)} / ${fmt(p.best.editToUpdatedMs)} ms`);
    console.log(`    ${p.findings} findings, ${p.renderedLines} finding lines rendered (groups are paged)`);
    console.log(`    paste of plain text into an empty page → drawn: 10K characters ${fmt(p.pasteMs.chars10k)} ms, 30K ${fmt(p.pasteMs.chars30k)} ms (x${p.pasteMs.ratio30to10.toFixed(1)}; 3 when linear)`);
  } catch (e) {
    console.log(`task pane bench skipped: ${e instanceof Error ? e.message : e}`);
  }
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
