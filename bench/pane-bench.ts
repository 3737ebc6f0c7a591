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
 *      worker (reading the document, the pane's busy state), workerMs from posted to the report
 *      received (the engine, the pane's report, both copies between threads), renderMs from the
 *      report received to the frame painted.
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
  stages: { readMs: number; workerMs: number; renderMs: number };
  /** Scripts in the start bundle and every lazily loaded chunk, gzip bytes by file. */
  sizes: Record<string, number>;
}

/**
 * Put in every page before its scripts: stamps when the pane posts to its analysis worker and
 * when the worker's answer arrives (window.__duizhaoWorkerTimes), for the stage split.
 */
function stampWorkerMessages() {
  const W = window.Worker;
  const times = { posted: -1, received: -1 };
  (window as unknown as { __duizhaoWorkerTimes: typeof times }).__duizhaoWorkerTimes = times;
  window.Worker = function (this: unknown, url: string | URL, options?: WorkerOptions) {
    const w = new W(url, options);
    const post = w.postMessage.bind(w) as (m: unknown, t?: Transferable[]) => void;
    w.postMessage = ((m: unknown, t?: Transferable[]) => {
      times.posted = performance.now();
      post(m, t);
    }) as typeof w.postMessage;
    w.addEventListener('message', () => {
      times.received = performance.now();
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
async function timeCheck(page: Page, action: 'click' | 'edit'): Promise<{ total: number; fromStart: number; read: number; worker: number; render: number }> {
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
    const w = (window as unknown as { __duizhaoWorkerTimes?: { posted: number; received: number } }).__duizhaoWorkerTimes;
    const start = busyAt < 0 ? t0 : busyAt;
    return {
      total: t1 - t0,
      fromStart: t1 - start,
      // From the click itself: the busy mark may be painted after the request is already posted.
      read: w ? w.posted - t0 : NaN,
      worker: w ? w.received - w.posted : NaN,
      render: w ? t1 - w.received : NaN,
    };
  }, action);
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
    await browser.context.addInitScript(stampWorkerMessages);
    const first: number[] = [];
    const reads: number[] = [];
    const workers: number[] = [];
    const renders: number[] = [];
    const click: number[] = [];
    const recheck: number[] = [];
    const updated: number[] = [];
    const engine: number[] = [];
    let renderedLines = 0;
    let findings = 0;
    try {
      for (let i = 0; i < runs; i++) {
        const page = await browser.context.newPage();
        const started = Date.now();
        await page.goto(`${server.url}?sample=long`);
        await page.locator('[data-testid=findings] button[data-paragraph]').first().waitFor({ timeout: 120_000 });
        first.push(Date.now() - started);
        const paragraphs = await page.locator('[data-testid=document] > p').count();
        if (paragraphs < 1000) throw new Error(`long sample has only ${paragraphs} paragraphs`);
        for (let k = 0; k < perPage; k++) {
          await page.waitForTimeout(300);
          const c = await timeCheck(page, 'click');
          click.push(c.total);
          reads.push(c.read);
          workers.push(c.worker);
          renders.push(c.render);
          engine.push(Number(await page.locator('main[data-checks]').getAttribute('data-engine-ms')));
        }
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
      }
    } finally {
      await browser.close();
      await server.close();
    }
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
      stages: { readMs: median(reads), workerMs: median(workers), renderMs: median(renders) },
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
