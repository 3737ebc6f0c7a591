/**
 * What every end-to-end test file on the preview shares (jest only; harness.ts stays free of jest
 * for the bench): one production preview build served and one Chromium for the file, a page opened
 * at a query, axe-core run in the page, and the document's text replaced as pasting would.
 *
 * DUIZHAO_PREVIEW_BUILD: a production preview build already made (`npx webpack --mode production
 * --env preview --env outDir=DIR`), served as it is (reruns, or an older build to see tests fail).
 */
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { launchChromium, serveDir, tempDir, webpackBuild, type Browser, type StaticServer } from './harness';

/** The served build and the browser of one test file; filled in by its beforeAll. */
export interface PreviewSession {
  server: StaticServer;
  browser: Browser;
}

/**
 * Registers beforeAll/afterAll that build (unless DUIZHAO_PREVIEW_BUILD names a build), serve and
 * launch Chromium at `viewport` (CSS px); the returned object's fields are set once beforeAll ran.
 * Throws (in beforeAll) when webpack fails or Chromium is missing.
 */
export function usePreviewSession(tempPrefix: string, viewport: { width: number; height: number }): PreviewSession {
  const session = {} as PreviewSession;
  const prebuilt = process.env.DUIZHAO_PREVIEW_BUILD;
  let outDir = '';
  beforeAll(async () => {
    outDir = prebuilt || tempDir(tempPrefix);
    if (!prebuilt) await webpackBuild('preview', outDir);
    session.server = await serveDir(outDir);
    session.browser = await launchChromium(viewport);
  }, 900_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
    if (outDir && !prebuilt) fs.rmSync(outDir, { recursive: true, force: true });
  });
  return session;
}

/** A new page at the preview's `query` ("?sample=blank"); `errors` collects the page's uncaught errors. */
export async function openPage(session: PreviewSession, query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(session.server.url + query);
  return { page, errors };
}

/** axe-core's violations in the page now (ids, help text and up to 5 targets each). */
export async function axeViolations(page: Page) {
  // A menu or dialog still fading in has its text at part opacity, which axe measures as too little
  // contrast: on a loaded machine the check ran mid-animation. Measure once every animation is done.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  // Through the DevTools protocol: the page's CSP (rightly) refuses an injected <script>.
  await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    // Tabster's focus sentinels inside dialogs and menus are Fluent's focus management, not content.
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target) }));
  });
}

/** Replace the preview document's text, one paragraph a line (as pasting would: the page's input event). */
export async function replaceDocument(page: Page, lines: string[]): Promise<void> {
  await page.evaluate((ls) => {
    const doc = document.querySelector('[data-testid=document]') as HTMLElement;
    doc.innerHTML = '';
    for (const l of ls) {
      const p = document.createElement('p');
      p.textContent = l;
      doc.appendChild(p);
    }
    doc.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, lines);
}

/**
 * `read()` once `ok` holds for what it returns, or as it is after `ms` (default 3 s), read again
 * every `every` ms: React moves focus and state in effects after its render, later on a loaded
 * machine, and the value left at the deadline is what the test's assertion then shows.
 */
export async function pollUntil<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 3000, every = 50): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await read();
  while (!ok(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, every));
    v = await read();
  }
  return v;
}

/**
 * Elements marked aria-hidden that hold the pane's controls, once a closing dialog has had its
 * moment (Fluent lifts aria-hidden a few frames after closing; it used to stay for good): polled
 * for up to 5 s, empty when the pane is exposed again.
 */
export function hiddenPane(page: Page): Promise<string[]> {
  const read = () =>
    page.evaluate(() => [...document.querySelectorAll('[aria-hidden=true]')].filter((e) => e.querySelector('button')).map((e) => e.tagName + (e.id ? `#${e.id}` : '')));
  return pollUntil(read, (hidden) => hidden.length === 0, 5000, 100);
}
