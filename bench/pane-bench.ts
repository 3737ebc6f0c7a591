/**
 * Task pane figures for bench/bench.ts:
 *  - paneJsGzipBytes: every JavaScript file of the production task pane build (initial bundle,
 *    analysis worker, main-thread fallback chunk), gzipped with zlib and summed;
 *  - previewFirstResultMs: from opening the production preview on a 1,000-paragraph document
 *    (the seeds repeated) to the first check result on screen, in headless Chromium (median of 3).
 * Run alone with: node build/bench/pane-bench.js (after npm run build:cli).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { launchChromium, serveDir, tempDir, webpackBuild } from '../test/e2e/harness';
import { median } from './common';

export interface PaneBench {
  paneJsGzipBytes: number;
  previewFirstResultMs: number;
}

/** gzip size of each .js file of a build, by file name. */
export function gzipSizes(dir: string, files: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of files.filter((x) => x.endsWith('.js'))) {
    out[f] = zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
  }
  return out;
}

export async function benchPane(runs = 3): Promise<PaneBench> {
  const paneDir = tempDir('duizhao-bench-pane-');
  const previewDir = tempDir('duizhao-bench-preview-');
  try {
    const pane = await webpackBuild('taskpane', paneDir);
    const sizes = gzipSizes(paneDir, pane.files);
    const paneJsGzipBytes = Object.values(sizes).reduce((a, b) => a + b, 0);

    await webpackBuild('preview', previewDir);
    const server = await serveDir(previewDir);
    const browser = await launchChromium();
    const times: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const page = await browser.context.newPage();
        const started = Date.now();
        await page.goto(`${server.url}?sample=long`);
        const check = page.getByRole('button', { name: '检查', exact: true });
        await check.click();
        await page.locator('[data-testid=severity-counts]').waitFor({ timeout: 120_000 });
        times.push(Date.now() - started);
        const paragraphs = await page.locator('[data-testid=document] > p').count();
        if (paragraphs < 1000) throw new Error(`long sample has only ${paragraphs} paragraphs (seeds missing?)`);
        await page.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return { paneJsGzipBytes, previewFirstResultMs: median(times) };
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
