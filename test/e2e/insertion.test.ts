/**
 * End to end, insertion and the writer's way back, in the production preview build in Debian's
 * Chromium: 撤销 of 整篇框架 and 仅补缺失标题 (exactly what was added; refused, text kept, when the
 * writer edited it), focus after an insertion on the bar's 撤销 (never <body>), Ctrl+Z / Ctrl+Y in
 * the document for pane writes beside the browser's own undo of typing, 选中占位内容 stepping
 * through the placeholders, and F6 / Esc between pane and document. Materials are written here.
 */
import type { Page } from 'playwright-core';
import { openPage, pollUntil, replaceDocument, usePreviewSession } from './session';
import { IS, S } from '../../src/taskpane/strings';
import { placeholderSpans } from '../../src/word/placeholders';

jest.setTimeout(240_000);

const session = usePreviewSession('duizhao-insertion-', { width: 1100, height: 720 });

async function open(): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(session, '?sample=blank');
  await opened.page.getByRole('button', { name: S.check, exact: true }).waitFor();
  return opened;
}

/** Replace the document's text as pasting would, then let the re-check start. */
async function setDocument(page: Page, lines: string[]) {
  await replaceDocument(page, lines);
  await page.waitForTimeout(600);
}

/** The document as the writer sees it: each paragraph's text and heading level. */
const docState = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-testid=document] > p')].map((p) => `${(p as HTMLElement).dataset.level ?? '0'}|${p.textContent}`));
const docTexts = async (page: Page) => (await docState(page)).map((s) => s.slice(s.indexOf('|') + 1));

/** What `f` gives once `ok` holds (polled, up to 8 s), or what it last gave. */
const until = <T>(f: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> => pollUntil(f, ok, ms, 60);

const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName ?? '',
      text: (a?.textContent ?? '').trim(),
      fix: a?.getAttribute('data-fix') ?? '',
      inToast: !!a?.closest('[data-testid=fix-toast]'),
      inPane: !!a && !!document.querySelector('[data-testid=pane]')?.contains(a),
      inDocument: a?.getAttribute('data-testid') === 'document',
    };
  });

const toastText = (page: Page) => page.locator('[data-testid=fix-toast] [role=status]').innerText();

async function choose(page: Page, item: string) {
  await page.getByRole('button', { name: S.insertMenu }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

// A 2025 material (five aspects by the notice) with aspects 2, 4 and 5 and the cases part missing.
const MATERIAL = [
  '2025年度民主生活会对照检查材料',
  '按照通知要求，会前开展了学习研讨。现对照检查如下：',
  '一、存在的主要问题',
  '（一）带头强化政治忠诚、提高政治能力方面',
  '一是学习不够深入。比如，某次研讨发言准备不足。',
  '（三）带头敬畏人民、敬畏组织、敬畏法纪方面',
  '一是联系群众不够。比如，下基层调研次数偏少。',
  '二、原因分析',
  '一是理想信念有所松懈。',
  '三、整改措施',
  '（一）加强理论学习。年底前完成专题研讨。',
];

describe('撤销 of an insertion', () => {
  test('整篇框架 in a material: focus on the bar’s 撤销; 撤销 leaves the document exactly as before; focus then on the outcome, never <body>', async () => {
    const { page, errors } = await open();
    await setDocument(page, MATERIAL);
    await page.locator('[data-testid=document] > p').nth(4).click();
    const before = await docState(page);
    await choose(page, S.insertAll);
    await page.getByRole('button', { name: S.confirmAllOk, exact: true }).click();
    expect(await until(() => toastText(page), (t) => /插入/.test(t))).toMatch(IS.insertedUndoHint);
    const after = await docState(page);
    expect(after.length).toBeGreaterThan(before.length);
    const f = await until(() => focused(page), (x) => x.inToast && x.fix === 'undo');
    expect(f).toMatchObject({ inToast: true, fix: 'undo' });
    // The re-check after the insertion does not take focus away.
    await page.waitForTimeout(1200);
    expect(await focused(page)).toMatchObject({ inToast: true, fix: 'undo' });
    await page.keyboard.press('Enter');
    expect(await until(() => docState(page), (s) => JSON.stringify(s) === JSON.stringify(before))).toEqual(before);
    expect(await until(() => toastText(page), (t) => /已撤销插入/.test(t))).toMatch(/已撤销插入/);
    const g = await until(() => focused(page), (x) => x.inToast);
    expect(g.tag).not.toBe('BODY');
    expect(g.inToast).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('仅补缺失标题: the headings put in place are all taken back by one 撤销', async () => {
    const { page } = await open();
    await setDocument(page, MATERIAL);
    await page.locator('[data-testid=document] > p').nth(1).click();
    const before = await docState(page);
    await choose(page, S.insertMissing);
    await until(() => toastText(page), (t) => /补上/.test(t), 20_000);
    expect((await docState(page)).length).toBeGreaterThan(before.length);
    expect(await until(() => focused(page), (x) => x.fix === 'undo')).toMatchObject({ inToast: true, fix: 'undo' });
    await page.locator('[data-testid=fix-toast] [data-fix=undo]').click();
    expect(await until(() => docState(page), (s) => JSON.stringify(s) === JSON.stringify(before), 20_000)).toEqual(before);
    await page.close();
  });

  test('after the writer typed into an inserted paragraph: refused, said, every paragraph kept', async () => {
    const { page } = await open();
    await setDocument(page, MATERIAL);
    await page.locator('[data-testid=document] > p').nth(4).click();
    await choose(page, S.insertAll);
    await page.getByRole('button', { name: S.confirmAllOk, exact: true }).click();
    await until(() => toastText(page), (t) => /插入/.test(t));
    // Type into an inserted paragraph (the first one, right after paragraph 5).
    const target = page.locator('[data-testid=document] > p').nth(5);
    await target.click();
    await page.keyboard.press('End');
    await page.keyboard.type('补写');
    await page.waitForTimeout(300);
    const edited = await docState(page);
    await page.locator('[data-testid=fix-toast] [data-fix=undo]').click();
    expect(await until(() => toastText(page), (t) => /保留/.test(t))).toMatch(/保留/);
    expect(await docState(page)).toEqual(edited);
    await page.close();
  });
});

describe('Ctrl+Z in the document', () => {
  test('takes back 整篇框架 in one step, Ctrl+Y / Ctrl+Shift+Z does it again; typing is still undone by the browser', async () => {
    const { page } = await open();
    await setDocument(page, MATERIAL);
    await page.locator('[data-testid=document] > p').nth(4).click();
    const before = await docState(page);
    await choose(page, S.insertAll);
    await page.getByRole('button', { name: S.confirmAllOk, exact: true }).click();
    await until(() => toastText(page), (t) => /插入/.test(t));
    const after = await docState(page);
    await page.locator('[data-testid=document] > p').nth(0).click();
    await page.keyboard.press('Control+z');
    expect(await until(() => docState(page), (s) => JSON.stringify(s) === JSON.stringify(before))).toEqual(before);
    await page.keyboard.press('Control+y');
    expect(await until(() => docState(page), (s) => JSON.stringify(s) === JSON.stringify(after))).toEqual(after);
    await page.keyboard.press('Control+z');
    await until(() => docState(page), (s) => JSON.stringify(s) === JSON.stringify(before));
    await page.keyboard.press('Control+Shift+z');
    expect(await until(() => docState(page), (s) => JSON.stringify(s) === JSON.stringify(after))).toEqual(after);

    // The writer types: Ctrl+Z now undoes the typing (the browser's own undo), not the insertion.
    await page.locator('[data-testid=document] > p').nth(0).click();
    await page.keyboard.press('End');
    await page.keyboard.type('ABC');
    await until(() => docTexts(page), (t) => t[0].endsWith('ABC'));
    await page.keyboard.press('Control+z');
    expect(await until(() => docState(page), (s) => JSON.stringify(s) === JSON.stringify(after))).toEqual(after);
    await page.close();
  });

  test('typing alone: Ctrl+Z is the browser’s undo of it (nothing of the pane’s in the way)', async () => {
    const { page } = await open();
    await setDocument(page, MATERIAL);
    const before = await docState(page);
    await page.locator('[data-testid=document] > p').nth(2).click();
    await page.keyboard.press('End');
    await page.keyboard.type('XYZ');
    await until(() => docTexts(page), (t) => t[2].endsWith('XYZ'));
    await page.keyboard.press('Control+z');
    expect(await until(() => docState(page), (s) => JSON.stringify(s) === JSON.stringify(before))).toEqual(before);
    await page.close();
  });
});

/** Where the pane's highlight (what it selected) is: paragraph index, offset in it, and the words. */
const found = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dz-found');
    const r = h ? [...h][0] : undefined;
    if (!r) return null;
    const root = document.querySelector('[data-testid=document]')!;
    let el: Node | null = r.startContainer;
    while (el && el.parentNode !== root) el = el.parentNode;
    const head = document.createRange();
    head.setStart(el!, 0);
    head.setEnd(r.startContainer, r.startOffset);
    return [[...root.children].indexOf(el as Element), head.toString().length, r.toString()] as [number, number, string];
  });

describe('选中占位内容 and the keyboard between pane and document', () => {
  test('each use selects the next placeholder, wrapping around; Esc goes to the document at it, F6 back and forth', async () => {
    const { page } = await open();
    await choose(page, S.insertAll);
    await until(() => toastText(page), (t) => /插入/.test(t));
    const texts = await docTexts(page);
    const order = texts.flatMap((t, i) => placeholderSpans(t).map((s) => [i, s.start, t.slice(s.start, s.start + s.length)] as [number, number, string]));
    expect(order.length).toBeGreaterThan(4);
    // From the start of the document.
    await page.locator('[data-testid=document] > p').nth(0).click();
    await page.keyboard.press('Control+Home');
    const button = page.locator('[data-fix=select]').first();
    await button.waitFor();
    const seen: [number, number, string][] = [];
    for (let k = 0; k < order.length + 1; k++) {
      const prev = JSON.stringify(seen[seen.length - 1] ?? null);
      await button.click();
      seen.push((await until(() => found(page), (v) => v !== null && JSON.stringify(v) !== prev))!);
    }
    expect(seen).toEqual([...order, order[0]]);

    // Keyboard: focus is on the button in the pane. Esc: into the document at the placeholder.
    await button.focus();
    await page.keyboard.press('Escape');
    expect(await until(() => focused(page), (x) => x.inDocument)).toMatchObject({ inDocument: true });
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(order[0][2]);
    // F6 from the document: back to the pane, where focus was.
    await page.keyboard.press('F6');
    expect(await until(() => focused(page), (x) => x.inPane)).toMatchObject({ inPane: true, fix: 'select' });
    // F6 from the pane: the document, the selection kept; typing replaces the placeholder.
    await page.keyboard.press('F6');
    expect(await until(() => focused(page), (x) => x.inDocument)).toMatchObject({ inDocument: true });
    await page.keyboard.type('某单位');
    const now = await until(() => docTexts(page), (t) => t[order[0][0]].includes('某单位'));
    const [p0, s0, w0] = order[0];
    expect(now[p0]).toBe(texts[p0].slice(0, s0) + '某单位' + texts[p0].slice(s0 + w0.length));
    await page.close();
  });

  test('Esc with the 插入框架 menu open closes the menu and stays in the pane', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: S.insertMenu }).click();
    await page.getByRole('menuitem', { name: S.insertAll }).waitFor();
    await page.keyboard.press('Escape');
    await until(() => page.getByRole('menu').count(), (n) => n === 0);
    const f = await focused(page);
    expect(f.inPane).toBe(true);
    expect(f.inDocument).toBe(false);
    // A second Esc, nothing open: the document.
    await page.keyboard.press('Escape');
    expect(await until(() => focused(page), (x) => x.inDocument)).toMatchObject({ inDocument: true });
    await page.close();
  });
});
