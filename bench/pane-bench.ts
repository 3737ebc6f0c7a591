/**
 * Task pane figures for bench/bench.ts:
 *  - paneJsGzipBytes: every JavaScript file of the production task pane build (initial bundle,
 *    analysis worker, main-thread fallback chunk), gzipped with zlib and summed;
 *  - paneStartGzipBytes: only the scripts taskpane.html loads at start (what Word loads before the
 *    pane can show anything);
 *  - in the production preview, on a 1,000-paragraph document (the samples repeated), headless
 *    Chromium, median of `runs` pages:
 *    - previewFirstResultMs: opening the page → the first results on screen (the pane checks on open);
 *    - clickToFindingsMs: click 检查 → the new results rendered (next animation frame);
 *    - editToRecheckMs: the re-check after an edit, from its start (after the typing pause) to the
 *      updated results rendered; editToUpdatedMs: the same from the edit itself, the pause included;
 *    - engineMs: the engine's own time for that document, measured in the same page (in the worker);
 *    - renderedLines: finding lines in the DOM, and findings: how many the check reported.
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
async function timeCheck(page: Page, action: 'click' | 'edit'): Promise<{ total: number; fromStart: number }> {
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
    return { total: t1 - t0, fromStart: t1 - (busyAt < 0 ? t0 : busyAt) };
  }, action);
}

export async function benchPane(runs = 3): Promise<PaneBench> {
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
    const first: number[] = [];
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
        await page.waitForTimeout(300);
        click.push((await timeCheck(page, 'click')).total);
        engine.push(Number(await page.locator('main[data-checks]').getAttribute('data-engine-ms')));
        await page.waitForTimeout(300);
        const edit = await timeCheck(page, 'edit');
        recheck.push(edit.fromStart);
        updated.push(edit.total);
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
