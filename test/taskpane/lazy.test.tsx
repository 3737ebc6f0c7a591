/**
 * @jest-environment jsdom
 *
 * Parts of the pane loaded on first use (src/taskpane/lazy.tsx, parts.ts): nothing of them is
 * mounted before it is asked for, each still opens and works when it is, and a part whose code
 * cannot be loaded says so in Chinese, keeps the pane working and loads on the next try.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { lazyPart } from '../../src/taskpane/lazy';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { S } from '../../src/taskpane/strings';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';

jest.setTimeout(60_000);
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const WAIT = { timeout: 20_000 };

/** A loader the test resolves or rejects by hand. */
function deferredLoader() {
  const calls: Array<{ resolve(c: React.ComponentType<{ word: string }>): void; reject(e: Error): void }> = [];
  const load = () =>
    new Promise<React.ComponentType<{ word: string }>>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { load, calls };
}

const Shout = ({ word }: { word: string }) => <b data-testid="part">{word}！</b>;

describe('lazyPart', () => {
  test('shows the fallback until the code is there, then the part; later mounts render at once', async () => {
    const { load, calls } = deferredLoader();
    const Part = lazyPart(load, 'Shout');
    const first = render(<Part word="甲" fallback={<i data-testid="fallback">…</i>} />);
    expect(screen.getByTestId('fallback')).toBeTruthy();
    expect(screen.queryByTestId('part')).toBeNull();
    expect(Part.isLoaded()).toBe(false);
    await act(async () => calls[0].resolve(Shout));
    expect(screen.getByTestId('part').textContent).toBe('甲！');
    expect(screen.queryByTestId('fallback')).toBeNull();
    first.unmount();
    // Loaded once: a new mount renders synchronously, with no second load.
    render(<Part word="乙" fallback={<i data-testid="fallback">…</i>} />);
    expect(screen.getByTestId('part').textContent).toBe('乙！');
    expect(calls).toHaveLength(1);
  });

  test('a failed load keeps the fallback, says so in Chinese, and the next mount loads again', async () => {
    const { load, calls } = deferredLoader();
    const Part = lazyPart(load, 'Shout');
    const first = render(<Part word="丙" fallback={<button type="button">代替</button>} />);
    await act(async () => calls[0].reject(new Error('ChunkLoadError')));
    expect(screen.getByRole('alert').textContent).toBe(S.partLoadFailed);
    expect(screen.getByRole('button', { name: '代替' })).toBeTruthy();
    first.unmount();
    render(<Part word="丁" />);
    expect(calls).toHaveLength(2);
    await act(async () => calls[1].resolve(Shout));
    expect(screen.getByTestId('part').textContent).toBe('丁！');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('preload is shared: several mounts and preloads load once', async () => {
    const { load, calls } = deferredLoader();
    const Part = lazyPart(load);
    void Part.preload();
    void Part.preload();
    render(
      <>
        <Part word="一" />
        <Part word="二" />
      </>,
    );
    expect(calls).toHaveLength(1);
    await act(async () => calls[0].resolve(Shout));
    expect(screen.getAllByTestId('part').map((e) => e.textContent)).toEqual(['一！', '二！']);
  });
});

const MATERIAL = [
  '一、存在的主要问题',
  '（一）在带头深刻感悟“两个确立”的决定性意义方面',
  '一是理论学习不够深入。比如，全年只读了两本原著。',
  '二是以习近平同志为首的党中央部署落实不够。',
  '三基层治理存在薄弱环节。比如，社区网格员配备不足。',
  '二、原因分析',
  '一是理想信念有所松懈。',
  '三、整改措施',
  '（一）强化理论武装。每月集中学习1次，年底前完成。',
].join('\n');

function open(text = MATERIAL, checkOnOpen = true) {
  const doc = new MemoryDocument(text);
  render(<App gateway={new MemoryGateway(doc)} analyzer={createMainThreadAnalyzer()} checkOnOpen={checkOnOpen} />);
  return doc;
}

describe('in the pane', () => {
  test('插入框架: a stand-in until opened; ↓ on it opens the real menu in its place', async () => {
    open('', false);
    const trigger = screen.getByRole('button', { name: '插入框架' });
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(document.querySelector('[role=menu]')).toBeNull();
    trigger.focus();
    fireEvent.keyDown(trigger, { key: 'ArrowDown' });
    const menu = await screen.findByRole('menu', {}, WAIT);
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(expect.arrayContaining([S.insertAll, S.insertMissing]));
    // (Focus on its first item is checked in Chromium, test/e2e/preview.test.ts: jsdom has no layout for Fluent's focus finder.)
    // The real trigger took the stand-in's place: one 插入框架 button, now saying its menu is open.
    expect(screen.getAllByRole('button', { name: '插入框架', hidden: true })).toHaveLength(1);
  });

  test('插入框架 by click: the menu works (整篇框架 into an empty document)', async () => {
    const doc = open('', false);
    fireEvent.click(screen.getByRole('button', { name: '插入框架' }));
    const item = await screen.findByRole('menuitem', { name: S.insertAll }, WAIT);
    await act(async () => {
      fireEvent.click(item);
    });
    await waitFor(() => expect(doc.paragraphs.some((p) => p.text.includes('存在的主要问题'))).toBe(true), WAIT);
  });

  test('忽略: every finding has a stand-in and no menu is mounted until one is opened', async () => {
    open();
    const findings = await screen.findByTestId('findings', {}, WAIT);
    const lines = findings.querySelectorAll('button[data-paragraph]');
    const standIns = within(findings).getAllByRole('button', { name: S.dismissMenu });
    expect(standIns.length).toBe(lines.length);
    expect(document.querySelector('[role=menu]')).toBeNull();
    fireEvent.click(standIns[0]);
    const menu = await screen.findByRole('menu', {}, WAIT);
    expect(within(menu).getAllByRole('menuitem').map((i) => i.textContent)).toEqual([S.dismissOne, S.dismissRule]);
    // Only the opened one became a menu.
    expect(document.querySelectorAll('[role=menu]')).toHaveLength(1);
  });

  test('从通知导入…: no dialog in the page until asked; then it opens and reads a notice', async () => {
    open(MATERIAL, false);
    expect(document.querySelector('[role=dialog]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '从通知导入…' }));
    const dialog = await screen.findByRole('dialog', {}, WAIT);
    const area = within(dialog).getByRole('textbox');
    fireEvent.change(area, { target: { value: '重点对照以下3个方面：一是带头树立和践行正确政绩观；二是带头统筹发展和安全；三是带头密切联系服务群众。' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '读取通知' }));
    expect(await within(dialog).findByText(/读出 3 个方面/, {}, WAIT)).toBeTruthy();
  });
});
