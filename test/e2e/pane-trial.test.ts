/**
 * End to end, the gaps a new writer's trial of the pane found, in the production preview build in
 * Debian's Chromium: the notice import's 删除 / 添加方面 by keyboard (and the imported template's
 * reason), a fix's outcome and 撤销 in view after fixing far down the list with focus kept there,
 * and the map's per-aspect status agreeing with the list. axe-core in each state touched;
 * screenshots in test-results/. Materials are written here (no ../shared needed).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { repoRoot, waitForText } from './harness';
import { axeViolations, hiddenPane, openPage, pollUntil, replaceDocument, usePreviewSession } from './session';
import { COVERAGE_LABEL, S, TS } from '../../src/taskpane/strings';

jest.setTimeout(240_000);

const root = repoRoot();
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const session = usePreviewSession('duizhao-trial-', { width: 1100, height: 720 });

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(session, query);
  await opened.page.getByRole('button', { name: S.check, exact: true }).waitFor();
  return opened;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return { tag: a?.tagName ?? '', label: a?.getAttribute('aria-label') ?? '', text: a?.textContent ?? '', value: (a as HTMLInputElement | null)?.value ?? '', inPane: !!a && !!document.querySelector('[data-testid=pane]')?.contains(a), paragraph: a?.getAttribute('data-paragraph') };
  });

/**
 * The focused element's text once focus has left <body> (or after 3 s): a closing dialog hands focus
 * back a few frames after its surface is gone, later on a loaded machine.
 */
async function focusSettled(page: Page): Promise<string> {
  return (await focusWhen(page, (f) => f.tag !== 'BODY' && f.tag !== '')).text;
}

/**
 * The focused element once `ok` holds for it, or as it is after 3 s (for the assertion to show):
 * React moves focus in an effect after its render, later on a loaded machine.
 */
function focusWhen(page: Page, ok: (f: Awaited<ReturnType<typeof focused>>) => boolean): Promise<Awaited<ReturnType<typeof focused>>> {
  return pollUntil(() => focused(page), ok);
}

/** Tab forward until the focused element satisfies `ok` (at most `max` presses). */
async function tabTo(page: Page, ok: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    const f = await focused(page);
    if (ok(f)) return f;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached by Tab: ${JSON.stringify(await focused(page))}`);
}


const MATERIAL = [
  '2026年度民主生活会对照检查材料',
  '一、存在的主要问题',
  '（一）在树立和践行正确政绩观方面',
  '一是急于求成。比如，某项目仓促上马。',
  '（二）在统筹发展和安全方面',
  '一是风险意识不强。比如，隐患排查不细。',
  '二、原因分析',
  '一是理想信念有所松懈。',
  '三、整改措施',
  '（一）树立正确政绩观。年底前完成项目复盘。',
];

// A notice whose list has a wrong item (a meeting step, not an aspect) and lacks one aspect.
const NOTICE = '关于开好2026年度民主生活会的通知\n重点对照以下3个方面：一是带头树立和践行正确政绩观；二是带头统筹发展和安全；三是会前广泛征求意见。';

test('从通知导入…: delete a wrong aspect and add a missing one by keyboard; the last one stays; the template says where it came from', async () => {
  const { page, errors } = await open('?sample=blank');
  await replaceDocument(page, MATERIAL);
  const dialog = page.getByRole('dialog');
  // Opened and closed with Escape: the pane is not left hidden (aria-hidden) behind it.
  // The re-check the new text starts may land between focus and Enter and (as after any check)
  // take focus to the verdict: open by keyboard again until the dialog is there.
  for (let attempt = 0; ; attempt++) {
    await page.getByRole('button', { name: TS.importButton }).focus();
    await page.keyboard.press('Enter');
    try {
      await dialog.waitFor({ timeout: 5_000 });
      break;
    } catch (e) {
      if (attempt >= 4) throw e;
    }
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await hiddenPane(page)).toEqual([]);
  expect(await focusSettled(page)).toBe(TS.importButton);
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await dialog.getByRole('textbox', { name: TS.importTitle }).fill(NOTICE);
  await page.keyboard.press('Tab');
  expect((await focusWhen(page, (x) => x.text === TS.read)).text).toBe(TS.read);
  await page.keyboard.press('Enter');
  await dialog.getByTestId('notice-aspects').waitFor();
  expect(await dialog.getByTestId('notice-aspects').getByRole('textbox').count()).toBe(3);
  expect(await axeViolations(page)).toEqual([]);
  // At 320 px no button is squeezed (读取通知 and 添加方面 once shrank to 17 px) and each title box keeps most of the row.
  await page.setViewportSize({ width: 320, height: 700 });
  const sizes = await dialog.evaluate((d) => ({
    buttons: [...d.querySelectorAll('button')].filter((b) => (b as HTMLElement).offsetParent).map((b) => ({ text: b.textContent, height: b.getBoundingClientRect().height })),
    titles: [...d.querySelectorAll('[data-aspect-row]')].map((row) => row.querySelector('input')!.getBoundingClientRect().width / row.getBoundingClientRect().width),
  }));
  for (const b of sizes.buttons) expect([b.text, b.height >= 24]).toEqual([b.text, true]);
  for (const share of sizes.titles) expect(share).toBeGreaterThan(0.6);
  await page.screenshot({ path: path.join(results, 'trial-notice-320.png') });
  await page.setViewportSize({ width: 1280, height: 900 });

  // 删除 the wrong third aspect by keyboard: focus lands on the title box before it (now the last).
  await tabTo(page, (f) => f.label === TS.deleteAspectLabel(3));
  await page.keyboard.press('Enter');
  await waitForText(dialog.getByTestId('notice-said'), TS.aspectDeleted(3, '会前广泛征求意见', 2));
  expect(await dialog.getByTestId('notice-aspects').getByRole('textbox').count()).toBe(2);
  let f = await focusWhen(page, (x) => x.tag === 'INPUT' && x.value === '带头统筹发展和安全');
  expect([f.tag, f.value]).toEqual(['INPUT', '带头统筹发展和安全']);

  // 添加方面 by keyboard: focus in the new, empty box; type its title.
  await tabTo(page, (x) => x.text === TS.addAspect);
  await page.keyboard.press('Space');
  f = await focusWhen(page, (x) => x.tag === 'INPUT' && x.value === '');
  expect([f.tag, f.value]).toEqual(['INPUT', '']);
  await page.keyboard.type('带头密切联系群众');
  expect(await dialog.getByRole('textbox', { name: TS.aspectLabel(3) }).inputValue()).toBe('带头密切联系群众');
  await page.screenshot({ path: path.join(results, 'trial-notice-edited.png') });
  expect(await axeViolations(page)).toEqual([]);

  // Deleting down to one: the last one stays, with the alert.
  for (const n of [3, 2]) await dialog.getByRole('button', { name: TS.deleteAspectLabel(n) }).click();
  await dialog.getByRole('button', { name: TS.deleteAspectLabel(1) }).click();
  await waitForText(dialog.getByRole('alert'), TS.lastAspect);
  expect(await dialog.getByTestId('notice-aspects').getByRole('textbox').count()).toBe(1);
  await page.screenshot({ path: path.join(results, 'trial-notice-last.png') });
  expect(await axeViolations(page)).toEqual([]);
  // Add the second back and use it.
  await dialog.getByRole('button', { name: TS.addAspect }).click();
  await page.keyboard.type('带头统筹发展和安全');
  await dialog.getByRole('button', { name: TS.use }).click();
  await dialog.waitFor({ state: 'detached' });
  // Closed, the dialog leaves nothing of the pane hidden from screen readers.
  expect(await hiddenPane(page)).toEqual([]);

  await page.getByRole('button', { name: S.check, exact: true }).click();
  await waitForText(page.getByTestId('template-reason'), TS.reasonImported, 30_000);
  expect(await page.getByTestId('pane').innerText()).not.toContain('使用模板文件');
  expect(await page.locator('[data-aspect][data-found=yes]').count()).toBe(2);
  expect(errors).toEqual([]);
  await page.close();
});

/** The pane's visible box and an element's, in page coordinates. */
const boxes = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const pane = (document.querySelector('[data-testid=pane]') as HTMLElement).getBoundingClientRect();
    const el = document.activeElement && sel === ':focus' ? (document.activeElement as HTMLElement) : (document.querySelector(sel) as HTMLElement | null);
    const r = el?.getBoundingClientRect();
    return { pane: { top: pane.top, bottom: Math.min(pane.bottom, window.innerHeight) }, el: r ? { top: r.top, bottom: r.bottom } : null };
  }, selector);

test.each([['light'], ['dark']])('a fix far down the list (%s): its outcome and 撤销 in view, focus stays where the writer is', async (theme) => {
  const { page, errors } = await open(`?sample=sample&theme=${theme}`);
  await page.setViewportSize({ width: 900, height: 600 });
  await page.getByRole('button', { name: S.check, exact: true }).click();
  await page.locator('[data-testid=findings] button[data-paragraph]').first().waitFor({ timeout: 30_000 });
  const apply = page.locator('[data-testid=findings] [data-fix=apply]');
  expect(await apply.count()).toBeGreaterThan(0);
  const target = apply.last();
  await target.scrollIntoViewIfNeeded();
  const scrolled = await page.getByTestId('pane').evaluate((el) => el.scrollTop);
  expect(scrolled).toBeGreaterThan(200);
  await target.focus();
  await page.keyboard.press('Enter');
  const toast = page.getByTestId('fix-toast');
  await waitForText(toast.getByRole('status'), /^已修改：/, 30_000);
  // Wait for the check after the fix: fix buttons enabled again.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=findings] [data-fix=apply]')].every((b) => !(b as HTMLButtonElement).disabled), undefined, { timeout: 30_000 });
  await page.waitForTimeout(600);

  // The bar and its 撤销 are inside the visible pane.
  const bar = await boxes(page, '[data-testid=fix-toast]');
  expect(bar.el!.top).toBeGreaterThanOrEqual(bar.pane.top);
  expect(bar.el!.bottom).toBeLessThanOrEqual(bar.pane.bottom + 1);
  const undo = toast.getByRole('button', { name: S.fixUndo });
  expect(await undo.isVisible()).toBe(true);
  // Not scrolled back to the top; focus on a finding line in view, above the bar, not on the page.
  expect(await page.getByTestId('pane').evaluate((el) => el.scrollTop)).toBeGreaterThan(scrolled / 2);
  const f = await focused(page);
  expect(f.inPane).toBe(true);
  expect(f.paragraph).not.toBeNull();
  const line = await boxes(page, ':focus');
  expect(line.el!.top).toBeGreaterThanOrEqual(line.pane.top);
  expect(line.el!.bottom).toBeLessThanOrEqual(bar.el!.top + 1);
  await page.screenshot({ path: path.join(results, `trial-fix-toast-${theme}.png`) });
  expect(await axeViolations(page)).toEqual([]);

  // 撤销 from the bar: text restored, said in the status, focus still on a line.
  await undo.click();
  await waitForText(toast.getByRole('status'), S.fixUndone, 30_000);
  await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.hasAttribute('data-paragraph') === true, undefined, { timeout: 30_000 });
  expect(errors).toEqual([]);
  await page.close();
});

test('the map never says 措施已对应 beside a problem the list shows as unanswered', async () => {
  const { page, errors } = await open('?sample=blank');
  await replaceDocument(page, [
    '2021年度党史学习教育专题民主生活会对照检查材料',
    '一、存在的主要问题',
    '（一）在带头深刻感悟“两个确立”的决定性意义方面',
    '一是理论学习不够深入，比如全年只读了两本原著。',
    '二是调查研究不够扎实，比如全年下基层调研只有3次。',
    '三是政治判断力不够强，比如对形势分析不深。',
    '（二）在带头践行以人民为中心的发展思想方面',
    '一是联系群众不够紧密，比如接待群众来访次数少。',
    '二、原因分析',
    '一是理想信念有所松懈。',
    '三、整改措施',
    '（一）加强理论学习，每月集中学习2次。',
    '（二）深化调查研究，每季度到基层调研1次。',
    '（三）密切联系群众，每月接待群众来访1次。',
  ]);
  await page.getByRole('button', { name: S.check, exact: true }).click();
  await page.locator('[data-testid=findings]').waitFor({ timeout: 30_000 });
  await page.getByText(S.mapToggle).click();
  const unanswered = page.locator('[data-testid=findings] button[data-rule=uncovered-problem]');
  const listed = await unanswered.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-paragraph'))));
  expect(listed.length).toBeGreaterThan(0);
  // Aspect 1 spans paragraphs 2–5, aspect 2 paragraphs 6–7.
  const spans: Record<number, [number, number]> = { 1: [3, 5], 2: [7, 7] };
  for (const [n, [from, to]] of Object.entries(spans)) {
    const row = page.locator(`[data-aspect="${n}"]`);
    const inList = listed.filter((p) => p >= from && p <= to).length;
    const badge = (await row.locator('[data-coverage]').count()) ? await row.locator('[data-coverage]').innerText() : '';
    if (inList > 0) {
      expect(badge).not.toBe(COVERAGE_LABEL.covered);
      expect(await row.locator('[data-unanswered]').innerText()).toBe(S.uncoveredItemsN(inList));
    } else {
      expect(await row.locator('[data-unanswered]').count()).toBe(0);
    }
  }
  await page.locator('[data-testid=map]').screenshot({ path: path.join(results, 'trial-map.png') });
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('整篇框架 in a document with text: the confirmation, cancelled by Escape or 取消, hands focus back to 插入框架 and inserts nothing', async () => {
  const { page, errors } = await open('?sample=blank');
  await replaceDocument(page, MATERIAL);
  const before = await page.getByTestId('document').innerText();
  const dialog = page.getByRole('dialog');
  for (const close of ['Escape', 'cancel'] as const) {
    await page.getByRole('button', { name: S.insertMenu }).click();
    await page.getByRole('menuitem', { name: S.insertAll }).click();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(S.confirmAllTitle);
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await dialog.getByRole('button', { name: S.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await hiddenPane(page)).toEqual([]);
    expect(await focusSettled(page)).toBe(S.insertMenu);
  }
  expect(await page.getByTestId('document').innerText()).toBe(before);
  expect(errors).toEqual([]);
  await page.close();
});

test('a 2026年度 material with no template: the finding says what to do in the pane (从通知导入…), names no command, and the control it names opens the import', async () => {
  const { page, errors } = await open('?sample=blank');
  await replaceDocument(page, MATERIAL);
  await page.getByRole('button', { name: S.check, exact: true }).click();
  const group = page.locator('[data-rule-group=unknown-template]');
  await group.waitFor({ timeout: 30_000 });
  const text = await group.innerText();
  expect(text).toContain('2026年度');
  expect(text).toContain(`“${TS.importButton}”`);
  expect(text).toContain(`“${TS.use}”`);
  expect(text).not.toMatch(/duizhao|from-notice|--template-file|命令行/);
  await group.screenshot({ path: path.join(results, 'trial-unknown-template.png') });
  // The control the message names is there, under that name, and opens the import dialog.
  await page.getByRole('button', { name: TS.importButton, exact: true }).click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
  await page.close();
});

test('a rule past the cap: its group header counts all its findings and says how many more there are, agreeing with its lines and its summary line', async () => {
  const { page, errors } = await open('?sample=blank');
  const measures = Array.from({ length: 240 }, (_, i) => `要进一步加强理论学习${i}。`);
  await replaceDocument(page, ['2025年度民主生活会对照检查材料', '一、存在的主要问题', '（一）在强化政治忠诚方面', '一是政治站位不高。比如，学习文件走过场。', '二、原因分析', '一是理想信念有所松懈。', '三、整改措施', ...measures]);
  await page.getByRole('button', { name: S.check, exact: true }).click();
  const group = page.locator('[data-rule-group=vague-measure]');
  await group.waitFor({ timeout: 30_000 });
  const header = await group.locator('h3').innerText();
  const m = /共 (\d+) 处：逐条列出 (\d+) 处，另有 (\d+) 处未列出/.exec(header);
  expect(m).not.toBeNull();
  const [total, listed, more] = m!.slice(1).map(Number);
  expect(total).toBe(listed + more);
  expect(total).toBe(measures.length);
  // Page through the group: its lines are the listed findings and the one summary line saying 另有 N 处.
  for (let i = 0; i < 40; i++) {
    const next = group.getByRole('button', { name: /^再显示/ });
    if (!(await next.count())) break;
    await next.click();
  }
  const lines = await group.locator('button[data-paragraph]').allInnerTexts();
  const summaries = lines.filter((l) => /另有 \d+ 处同类问题/.test(l));
  expect(summaries).toHaveLength(1);
  expect(summaries[0]).toContain(`另有 ${more} 处`);
  expect(lines.length - summaries.length).toBe(listed);
  // The rule filter's option counts the same.
  const option = await page.locator('[data-testid=rule-filter] option[value=vague-measure]').innerText();
  expect(option).toContain(`（${total}）`);
  await group.locator('h3').screenshot({ path: path.join(results, 'trial-capped-group.png') });
  expect(errors).toEqual([]);
  await page.close();
});
