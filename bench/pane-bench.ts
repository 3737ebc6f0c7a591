/**
 * Task pane figures for bench/bench.ts:
 *  - paneJsGzipBytes: every JavaScript file of the production task pane build (initial bundle,
 *    analysis worker, main-thread fallback chunk), gzipped with zlib and summed;
 *  - paneStartGzipBytes: only the scripts taskpane.html loads at start (what Word loads before the
 *    pane can show anything);
 *  - in the production preview, on a 1,000-paragraph document (the samples repeated), headless
 *    Chromium, `runs` pages with `perPage` clicks and edits each (median and best of all):
 *    - previewFirstResultMs: opening the page → the first results on screen (the pane checks on open);
 *    - clickToFindingsMs: click 检查 → the new results rendered (next animation frame);
 *    - editToRecheckMs: the re-check after an edit, from its start (after the typing pause) to the
 *      updated results rendered; editToUpdatedMs: the same from the edit itself, the pause included;
 *    - engineMs: the engine's own time for that document, measured in the same page (in the worker);
 *    - renderedLines: finding lines in the DOM, and findings: how many the check reported;
 *    - stages of click → findings (medians): readMs from the click to the request posted to the
 *      worker (reading the document), toWorkerMs from posted to the worker's handler starting
 *      (the copy and the wait for the worker thread), engine (workerEngineMs, as the worker
 *      measured it: analyze + JSON, the same figure as engineMs), reportMs (the pane's report),
 *      backMs from the report built to it received by the pane (the copy back, the wait for the
 *      pane's thread), renderMs from the report received to the frame painted;
 *    - coldClickMs: click → findings in pages opened with ?warm=0 (a worker not warmed up after its
 *      first check, as before warm-up existed), alternated page by page with the warmed ones;
 *    - cpu: the same clicks traced (Chromium's trace, thread time): the pane's thread from the
 *      click to the request posted, the worker's task, the pane's thread from the worker's answer
 *      to the findings painted — the CPU time on the click's critical path, what the click costs
 *      when no other process competes for the 2 cores.
 *      The wall-clock figures above are measured without the trace (it slows the page).
 *    - pasteMs: plain text (samples/sample.txt repeated to about 10,000 and 30,000 characters)
 *      pasted with Ctrl+V over an empty page, from the key to the next animation frame with the
 *      lines in the page (median of `runs` pages each); ratio30to10 is how the cost grows with the
 *      text (3 when linear; Chromium's own paste into the page of <p>s was quadratic: 2.4 s and 18 s, t20).
 * Run alone with: node build/bench/pane-bench.js (after npm run build:cli).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { Page } from 'playwright-core';
import { launchChromium, serveDir, tempDir, webpackBuild } from '../test/e2e/harness';
import { median } from './common';

export interface PaneBench {
  paneJsGzipBytes: number;
  paneStartGzipBytes: number;
  previewFirstResultMs: number;
  clickToFindingsMs: number;
  editToRecheckMs: number;
  editToUpdatedMs: number;
  engineMs: number;
  renderedLines: number;
  findings: number;
  /** Best (lowest) of the same figures. */
  best: { previewFirstResultMs: number; clickToFindingsMs: number; editToRecheckMs: number; editToUpdatedMs: number; engineMs: number };
  /** Where click → findings goes (medians, ms). */
  stages: { readMs: number; workerMs: number; renderMs: number; toWorkerMs: number; workerEngineMs: number; reportMs: number; backMs: number };
  /** Click → findings without warm-up (?warm=0), median and best, ms. */
  coldClickMs: { median: number; best: number };
  /** Thread CPU time on the click's critical path (traced clicks), median and best, ms. */
  cpu: { median: number; best: number; beforeMs: number; workerMs: number; afterMs: number };
  /** Ctrl+V of about 10,000 and 30,000 characters of plain text into an empty page → drawn (median, ms). */
  pasteMs: { chars10k: number; chars30k: number; ratio30to10: number };
  /** Scripts in the start bundle and every lazily loaded chunk, gzip bytes by file. */
  sizes: Record<string, number>;
}

/**
 * Ctrl+V of `text` (through the real clipboard) over an empty preview page, ms from the key to the
 * next animation frame once the page holds the pasted lines. Throws when they never arrive.
 */
async function timePaste(page: Page, text: string): Promise<number> {
  const lines = text.split('\n').length;
  const page0 = page.locator('[data-testid=document]');
  await page0.click();
  await page.keyboard.press('Control+A');
  await page.evaluate(async (t) => navigator.clipboard.writeText(t), text);
  const started = Date.now();
  await page.keyboard.press('Control+V');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=document] > p').length >= n - 1, lines, { timeout: 600_000, polling: 'raf' });
  return Date.now() - started;
}

/**
 * Put in every page before its scripts: stamps when the pane posts to its analysis worker and
 * when the worker's answer arrives (window.__duizhaoWorkerTimes), for the stage split.
 */
function stampWorkerMessages() {
  const W = window.Worker;
  const times = { posted: -1, received: -1, timing: null as null | Record<string, number> };
  (window as unknown as { __duizhaoWorkerTimes: typeof times }).__duizhaoWorkerTimes = times;
  window.Worker = function (this: unknown, url: string | URL, options?: WorkerOptions) {
    const w = new W(url, options);
    const post = w.postMessage.bind(w) as (m: unknown, t?: Transferable[]) => void;
    w.postMessage = ((m: unknown, t?: Transferable[]) => {
      times.posted = performance.timeOrigin + performance.now();
      performance.mark('dz-posted');
      post(m, t);
    }) as typeof w.postMessage;
    // Added before the pane's own handler: reads the data first (the copy is made once, for both).
    w.addEventListener('message', (e: MessageEvent) => {
      times.received = performance.timeOrigin + performance.now();
      const data = e.data as { timing?: Record<string, number> } | null;
      times.timing = data?.timing ?? null;
    });
    return w;
  } as unknown as typeof Worker;
}

/** gzip size of each .js file of a build, by file name. */
export function gzipSizes(dir: string, files: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of files.filter((x) => x.endsWith('.js'))) {
    out[f] = zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
  }
  return out;
}

/** The scripts an HTML page loads at start (`<script src=…>` that are files of the build). */
export function startScripts(html: string, files: string[]): string[] {
  const srcs = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1].replace(/^\.?\//, ''));
  return srcs.filter((s) => files.includes(s));
}

/**
 * In the page: run `action`, then wait until the pane has finished one more check (main's
 * data-checks goes up) and a frame has been painted; returns the elapsed ms and, if asked, the time
 * from the moment the check started (aria-busy went true) to the same end.
 */
interface CheckTimes {
  total: number;
  fromStart: number;
  read: number;
  worker: number;
  render: number;
  toWorker: number;
  engine: number;
  report: number;
  back: number;
}

async function timeCheck(page: Page, action: 'click' | 'edit'): Promise<CheckTimes> {
  return page.evaluate(async (act) => {
    const main = document.querySelector('main[data-checks]') as HTMLElement;
    const before = Number(main.dataset.checks);
    let busyAt = -1;
    const done = new Promise<number>((resolve) => {
      const obs = new MutationObserver(() => {
        if (main.getAttribute('aria-busy') === 'true' && busyAt < 0) busyAt = performance.now();
        if (Number(main.dataset.checks) > before) {
          obs.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        }
      });
      obs.observe(main, { attributes: true, subtree: false });
    });
    performance.mark('dz-check');
    const t0 = performance.now();
    if (act === 'click') {
      const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === '检查') as HTMLButtonElement;
      button.click();
    } else {
      const p = document.querySelectorAll('[data-testid=document] > p')[5] as HTMLElement;
      p.textContent = (p.textContent ?? '') + '补充一句。';
      p.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    const t1 = await done;
    performance.mark('dz-visible');
    const w = (window as unknown as { __duizhaoWorkerTimes?: { posted: number; received: number; timing: Record<string, number> | null } }).__duizhaoWorkerTimes;
    const start = busyAt < 0 ? t0 : busyAt;
    // The worker's stamps are absolute (timeOrigin + now), so are the pane's stamps of the worker's messages.
    const abs = (t: number) => performance.timeOrigin + t;
    const tm = w?.timing;
    return {
      total: t1 - t0,
      fromStart: t1 - start,
      // From the click itself: the busy mark may be painted after the request is already posted.
      read: w ? w.posted - abs(t0) : NaN,
      worker: w ? w.received - w.posted : NaN,
      render: w ? abs(t1) - w.received : NaN,
      toWorker: w && tm ? tm.startedAt - w.posted : NaN,
      engine: tm ? tm.engineDoneAt - tm.copiedAt : NaN,
      report: tm ? tm.reportDoneAt - tm.engineDoneAt : NaN,
      back: w && tm ? w.received - tm.reportDoneAt : NaN,
    };
  }, action);
}

/** Click → findings in a page opened with ?warm=0: the analysis worker is not warmed up. */
async function coldClicks(open: (query: string) => Promise<{ page: Page }>, perPage: number): Promise<number[]> {
  const { page } = await open('&warm=0');
  const out: number[] = [];
  for (let k = 0; k < perPage; k++) {
    await page.waitForTimeout(300);
    out.push((await timeCheck(page, 'click')).total);
  }
  await page.close();
  return out;
}

/** Thread CPU time of one traced click: the pane's thread before the worker's task, the worker's task, the pane's thread after it. */
interface CpuPath {
  beforeMs: number;
  workerMs: number;
  afterMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { name?: string };
}

/**
 * Click 检查 `n` times under a Chromium trace (timeline categories only, no sampling) and sum,
 * per click, the thread time of the pane's top-level tasks before the worker's task, of the
 * worker's task, and of the pane's tasks after it until the findings are painted.
 */
async function tracedClicks(page: Page, n: number): Promise<CpuPath[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'toplevel', 'blink.user_timing', '__metadata'] },
  });
  for (let k = 0; k < n; k++) {
    await page.waitForTimeout(300);
    await timeCheck(page, 'click');
  }
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const thread = (e: TraceEvent) => threads.get(`${e.pid}:${e.tid}`) ?? '';
  const marks = events.filter((e) => e.name.startsWith('dz-') && (e.cat ?? '').includes('user_timing')).sort((a, b) => a.ts - b.ts);
  const windows: Array<[number, number, number]> = [];
  marks.forEach((m, i) => {
    const end = marks.slice(i + 1).find((x) => x.name === 'dz-visible');
    const posted = marks.slice(i + 1).find((x) => x.name === 'dz-posted');
    if (m.name === 'dz-check' && end && posted && posted.ts < end.ts) windows.push([m.ts, posted.ts, end.ts]);
  });
  const cpuMs = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const mainTasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && thread(e) === 'CrRendererMain');
  const workerTasks = events.filter((e) => e.ph === 'X' && e.name === 'HandlePostMessage' && thread(e).startsWith('DedicatedWorker'));
  return windows.map(([a, posted, b]) => {
    const w = workerTasks.filter((e) => e.ts >= posted && e.ts <= b);
    const last = w[w.length - 1];
    const wEnd = last ? last.ts + (last.dur ?? 0) : posted;
    // The pane's thread from the click to the request posted (a task spanning either end counts
    // in proportion), then from the worker's answer to the findings painted. What the pane does
    // while the worker runs (its busy state) is not on the path.
    const share = (e: TraceEvent, from: number, to: number) => {
      const dur = e.dur ?? 0;
      if (dur <= 0) return 0;
      const overlap = Math.min(to, e.ts + dur) - Math.max(from, e.ts);
      return overlap > 0 ? (cpuMs(e) * overlap) / dur : 0;
    };
    return {
      beforeMs: mainTasks.reduce((s, e) => s + share(e, a, posted), 0),
      workerMs: w.reduce((s, e) => s + cpuMs(e), 0),
      afterMs: mainTasks.reduce((s, e) => s + share(e, wEnd, b), 0),
    };
  });
}

export async function benchPane(runs = 3, perPage = 3): Promise<PaneBench> {
  const paneDir = tempDir('duizhao-bench-pane-');
  const previewDir = tempDir('duizhao-bench-preview-');
  try {
    const pane = await webpackBuild('taskpane', paneDir);
    const sizes = gzipSizes(paneDir, pane.files);
    const paneJsGzipBytes = Object.values(sizes).reduce((a, b) => a + b, 0);
    const html = fs.readFileSync(path.join(paneDir, 'taskpane.html'), 'utf8');
    const paneStartGzipBytes = startScripts(html, pane.files).reduce((a, f) => a + (sizes[f] ?? 0), 0);

    await webpackBuild('preview', previewDir);
    const server = await serveDir(previewDir);
    const browser = await launchChromium();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await browser.context.addInitScript(stampWorkerMessages);
    const first: number[] = [];
    const stages: Record<keyof CheckTimes, number[]> = { total: [], fromStart: [], read: [], worker: [], render: [], toWorker: [], engine: [], report: [], back: [] };
    const recheck: number[] = [];
    const updated: number[] = [];
    const engine: number[] = [];
    const cold: number[] = [];
    const cpu: CpuPath[] = [];
    const paste10: number[] = [];
    const paste30: number[] = [];
    const sample = fs.readFileSync(path.resolve(__dirname, '../../samples/sample.txt'), 'utf8');
    const pasteText = (chars: number) => sample.repeat(Math.ceil(chars / sample.length)).slice(0, chars);
    let renderedLines = 0;
    let findings = 0;
    const open = async (query: string) => {
      const page = await browser.context.newPage();
      const started = Date.now();
      await page.goto(`${server.url}?sample=long${query}`);
      await page.locator('[data-testid=findings] button[data-paragraph]').first().waitFor({ timeout: 120_000 });
      const paragraphs = await page.locator('[data-testid=document] > p').count();
      if (paragraphs < 1000) throw new Error(`long sample has only ${paragraphs} paragraphs`);
      return { page, openMs: Date.now() - started };
    };
    try {
      for (let i = 0; i < runs; i++) {
        // A page without warm-up first or second in turn, so both see the same load.
        const coldFirst = i % 2 === 1;
        if (coldFirst) cold.push(...(await coldClicks(open, perPage)));
        const { page, openMs } = await open('');
        first.push(openMs);
        for (let k = 0; k < perPage; k++) {
          await page.waitForTimeout(300);
          const c = await timeCheck(page, 'click');
          for (const key of Object.keys(stages) as Array<keyof CheckTimes>) stages[key].push(c[key]);
          engine.push(Number(await page.locator('main[data-checks]').getAttribute('data-engine-ms')));
        }
        cpu.push(...(await tracedClicks(page, perPage)));
        for (let k = 0; k < perPage; k++) {
          await page.waitForTimeout(300);
          const edit = await timeCheck(page, 'edit');
          recheck.push(edit.fromStart);
          updated.push(edit.total);
        }
        renderedLines = await page.locator('[data-testid=findings] button[data-paragraph]').count();
        findings = await page.evaluate(() =>
          Array.from(document.querySelectorAll('[data-testid=severity-counts] [data-severity]'))
            .map((b) => Number(/(\d+)/.exec(b.textContent ?? '')?.[1] ?? 0))
            .reduce((a, b) => a + b, 0),
        );
        await page.close();
        if (!coldFirst) cold.push(...(await coldClicks(open, perPage)));
        for (const [chars, into] of [[10_000, paste10], [30_000, paste30]] as const) {
          const blank = await browser.context.newPage();
          await blank.goto(`${server.url}?sample=blank`);
          await blank.locator('[data-testid=document]').waitFor();
          into.push(await timePaste(blank, pasteText(chars)));
          await blank.close();
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const click = stages.total;
    const cpuTotals = cpu.map((c) => c.beforeMs + c.workerMs + c.afterMs);
    return {
      paneJsGzipBytes,
      paneStartGzipBytes,
      previewFirstResultMs: median(first),
      clickToFindingsMs: median(click),
      editToRecheckMs: median(recheck),
      editToUpdatedMs: median(updated),
      engineMs: median(engine),
      renderedLines,
      findings,
      best: {
        previewFirstResultMs: Math.min(...first),
        clickToFindingsMs: Math.min(...click),
        editToRecheckMs: Math.min(...recheck),
        editToUpdatedMs: Math.min(...updated),
        engineMs: Math.min(...engine),
      },
      stages: {
        readMs: median(stages.read),
        workerMs: median(stages.worker),
        renderMs: median(stages.render),
        toWorkerMs: median(stages.toWorker),
        workerEngineMs: median(stages.engine),
        reportMs: median(stages.report),
        backMs: median(stages.back),
      },
      coldClickMs: { median: median(cold), best: Math.min(...cold) },
      cpu: {
        median: median(cpuTotals),
        best: Math.min(...cpuTotals),
        beforeMs: median(cpu.map((c) => c.beforeMs)),
        workerMs: median(cpu.map((c) => c.workerMs)),
        afterMs: median(cpu.map((c) => c.afterMs)),
      },
      pasteMs: { chars10k: median(paste10), chars30k: median(paste30), ratio30to10: median(paste30) / median(paste10) },
      sizes,
    };
  } finally {
    fs.rmSync(paneDir, { recursive: true, force: true });
    fs.rmSync(previewDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchPane().then(
    (r) => console.log(JSON.stringify(r)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
