/**
 * End to end: the production preview build in real (Debian) Chromium. Opens a seed material,
 * checks it, follows a finding into the document, inserts skeletons at the cursor, takes
 * screenshots (test-results/) and runs axe-core in both themes.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchChromium, repoRoot, serveDir, tempDir, waitForText, webpackBuild, type Browser, type StaticServer } from './harness';

jest.setTimeout(180_000);

const root = repoRoot();
const results = path.join(root, 'test-results');
const SEED = '000_6023580cda587f7d';
const seedAvailable = fs.existsSync(path.resolve(root, '../shared/seeds', `${SEED}.txt`));

let server: StaticServer;
let browser: Browser;
let outDir: string;

beforeAll(async () => {
  fs.mkdirSync(results, { recursive: true });
  outDir = tempDir('duizhao-preview-');
  await webpackBuild('preview', outDir);
  server = await serveDir(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

/** Open the preview and record every request that leaves the local server. */
async function open(query: string): Promise<{ page: Page; external: string[]; errors: string[] }> {
  const page = await browser.context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + query);
  await page.getByRole('button', { name: '检查', exact: true }).waitFor();
  return { page, external, errors };
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, summary: n.failureSummary })),
    }));
  });
}

const docParagraphs = (page: Page) => page.locator('[data-testid=document] > p');

(seedAvailable ? test : test.skip)('checks a seed, opens a finding in the document, stays accessible', async () => {
  const { page, external, errors } = await open(`?sample=${SEED}`);
  expect(await docParagraphs(page).count()).toBeGreaterThan(20);

  await page.getByRole('button', { name: '检查', exact: true }).click();
  const findings = page.locator('[data-testid=findings] button[data-paragraph]');
  await findings.first().waitFor({ timeout: 30_000 });
  await waitForText(page.locator('[data-testid=severity-counts]'), /错误 \d+ 项/);
  // The broken item number of this seed ("三基层治理…") is reported.
  const numbering = page.locator('[data-testid=findings] button[data-rule=numbering]');
  expect(await numbering.count()).toBeGreaterThan(0);
  // The template map shows all five aspects found.
  expect(await page.locator('[data-aspect][data-found=yes]').count()).toBe(5);
  await page.screenshot({ path: path.join(results, 'preview-findings.png') });

  // Open a finding: its paragraph is selected in the document view.
  const target = numbering.first();
  const index = Number(await target.getAttribute('data-paragraph'));
  await target.click();
  const selected = page.locator('[data-testid=document] > p.is-selected');
  await selected.waitFor();
  const expected = (await docParagraphs(page).nth(index).innerText()).trim();
  expect((await selected.innerText()).trim()).toBe(expected);
  expect(expected).toContain('三基层治理');
  const domSelection = await page.evaluate(() => window.getSelection()?.toString().trim());
  expect(domSelection).toBe(expected);
  await waitForText(page.getByTestId('caret'), `光标：第 ${index + 1} 段`);
  await page.screenshot({ path: path.join(results, 'preview-selected.png') });

  // Accessibility, light theme, with results on screen.
  expect(await axeViolations(page)).toEqual([]);

  // Dark theme.
  await page.getByRole('switch', { name: '深色主题' }).click();
  await page.locator('[data-theme=dark]').waitFor();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500); // let Fluent's colour transitions finish before the screenshot
  await page.screenshot({ path: path.join(results, 'preview-dark.png') });
  expect(await axeViolations(page)).toEqual([]);

  expect(external).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

(seedAvailable ? test : test.skip)('inserts an aspect heading after the paragraph holding the cursor, never splitting it', async () => {
  const { page, errors } = await open(`?sample=${SEED}`);
  const paragraphs = docParagraphs(page);
  const before = await paragraphs.count();
  const original = (await paragraphs.nth(5).innerText()).trim();
  await paragraphs.nth(5).click(); // caret lands in the middle of the paragraph
  await waitForText(page.getByTestId('caret'), '光标：第 6 段');

  await page.getByRole('button', { name: '插入框架' }).click();
  await page.getByRole('menuitem', { name: /践行以人民为中心/ }).click();
  // The message says where the text went.
  await page.getByText(/已在第 6 段之后插入 \d+ 段/).waitFor();

  const after = await paragraphs.count();
  expect(after).toBeGreaterThan(before);
  expect((await paragraphs.nth(5).innerText()).trim()).toBe(original);
  const inserted = (await paragraphs.nth(6).innerText()).trim();
  expect(inserted).toMatch(/以人民为中心/);
  expect(await paragraphs.nth(6).getAttribute('data-level')).not.toBeNull();
  expect(errors).toEqual([]);
  await page.close();
});

test('inserts the whole skeleton into a blank document and the check then finds the structure', async () => {
  const { page, errors } = await open('?sample=blank');
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText('文档是空的').waitFor();

  await docParagraphs(page).first().click();
  await page.getByRole('button', { name: '插入框架' }).click();
  await page.getByRole('menuitem', { name: '整篇框架' }).click();
  await page.getByText(/已在光标处插入 \d+ 段/).waitFor();

  const headings = page.locator('[data-testid=document] > p[data-level]');
  expect(await headings.count()).toBeGreaterThanOrEqual(8);
  const text = await page.getByTestId('document').innerText();
  for (const part of ['存在的主要问题', '原因分析', '整改措施']) expect(text).toContain(part);

  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=findings]').waitFor({ timeout: 30_000 });
  expect(await page.locator('[data-part=problems][data-found=yes]').count()).toBe(1);
  expect(await page.locator('[data-aspect][data-found=yes]').count()).toBe(5);
  await page.screenshot({ path: path.join(results, 'preview-skeleton.png') });
  expect(errors).toEqual([]);
  await page.close();
});

test('the pane is usable at 320 px wide', async () => {
  const { page } = await open(seedAvailable ? `?sample=${SEED}` : '?sample=blank');
  await page.setViewportSize({ width: 340, height: 900 });
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=findings]').waitFor({ timeout: 30_000 });
  const pane = page.getByTestId('pane');
  const overflow = await pane.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await pane.screenshot({ path: path.join(results, 'preview-narrow.png') });
  await page.close();
});

(seedAvailable ? test : test.skip)('a 1,000-paragraph document is checked without freezing the page', async () => {
  const { page, errors } = await open('?sample=long');
  expect(await docParagraphs(page).count()).toBe(1000);
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const started = Date.now();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=severity-counts]').waitFor({ timeout: 60_000 });
  const elapsed = Date.now() - started;
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
  // The analysis runs in the worker; only rendering the result touches the main thread.
  expect(longest).toBeLessThan(1000);
  expect(elapsed).toBeLessThan(30_000);
  await page.screenshot({ path: path.join(results, 'preview-long.png') });
  expect(errors).toEqual([]);
  await page.close();
});
