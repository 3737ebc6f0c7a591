/** @jest-environment jsdom */
/** The pane's 添加为批注 / 移除本助手的批注 / 插入整改清单 buttons: what they send to the host, and the notices. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { DeliverableBar } from '../../src/taskpane/components/DeliverableBar';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import type { PaneDeliverables } from '../../src/taskpane/hooks/useDeliverables';
import { analyze } from '../../src/engine';
import { readText } from '../../src/engine/readers/text';

jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const MATERIAL = [
  '一、存在的主要问题',
  '（一）在带头深刻感悟“两个确立”的决定性意义方面',
  '一是理论学习不够深入。比如，全年只读了两本原著。',
  '三基层治理存在薄弱环节。',
  '二、原因分析',
  '一是理想信念有所松懈。',
  '三、整改措施',
  '（一）强化理论武装。每月集中学习1次，年底前完成（责任人：张三）。',
].join('\n');

function setup(commentsSupported = true) {
  const calls: { add: unknown[]; remove: number; table: string[][][] } = { add: [], remove: 0, table: [] };
  const deliverables: PaneDeliverables = {
    commentsSupported,
    addComments: async (c) => {
      calls.add.push(c);
      return { ok: true, value: { added: c.length, missing: 0 } };
    },
    removeComments: async () => {
      calls.remove++;
      return { ok: true, value: { removed: 3 } };
    },
    insertChecklist: async (rows) => {
      calls.table.push(rows);
      return { ok: false, problem: 'unsupported', message: '光标在表格中：请把光标放到表格之外，再插入整改清单。' };
    },
  };
  const gateway = new MemoryGateway(new MemoryDocument(MATERIAL));
  render(<App gateway={gateway} analyzer={createMainThreadAnalyzer()} deliverables={deliverables} checkOnOpen={false} />);
  return calls;
}

test('after a check: comments go to Word with each paragraph\'s text, the checklist as rows, and each outcome is a notice', async () => {
  const calls = setup();
  expect(screen.queryByRole('button', { name: '添加为批注' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  const add = await screen.findByRole('button', { name: '添加为批注' }, { timeout: 30_000 });
  fireEvent.click(add);
  await screen.findByText(/已添加 \d+ 条批注/, {}, { timeout: 10_000 });
  const sent = calls.add[0] as { paragraph: number; text: string; lines: string[] }[];
  expect(sent.length).toBeGreaterThan(0);
  for (const c of sent) expect(MATERIAL.split('\n')[c.paragraph]).toBe(c.text);
  expect(sent.some((c) => c.lines.some((l) => l.startsWith('建议：')))).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: '移除本助手的批注' }));
  await screen.findByText(/已移除本助手的 3 条批注/);
  fireEvent.click(screen.getByRole('button', { name: '插入整改清单' }));
  await screen.findByText(/光标在表格中/);
  expect(calls.table[0][0]).toEqual(['序号', '方面', '存在问题', '整改措施', '责任人', '完成时限']);
  expect(calls.table[0].some((r) => r[4] === '张三')).toBe(true);
}, 90_000);

test('without WordApi 1.4 the comment buttons are disabled and nothing is sent', async () => {
  const calls = setup(false);
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  const add = await screen.findByRole('button', { name: '添加为批注' }, { timeout: 30_000 });
  expect((add as HTMLButtonElement).disabled).toBe(true);
  fireEvent.click(add);
  await waitFor(() => expect(calls.add).toHaveLength(0));
  expect((screen.getByRole('button', { name: '插入整改清单' }) as HTMLButtonElement).disabled).toBe(false);
}, 90_000);

test('dismissed findings are not written as comments', async () => {
  const calls = setup();
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
  const add = await screen.findByRole('button', { name: '添加为批注' }, { timeout: 30_000 });
  const list = await screen.findByTestId('findings', {}, { timeout: 30_000 });
  // The material's causes are two bare labels: brief-causes says so (cause-dimensions then says nothing).
  const rule = 'brief-causes';
  const group = list.querySelector(`[data-rule-group="${rule}"]`) as HTMLElement;
  expect(group).toBeTruthy();
  const dismissed = analyze({ paragraphs: readText(MATERIAL, 'text'), source: 'word' }).findings.filter((f) => f.rule === rule).map((f) => f.message);
  expect(dismissed.length).toBeGreaterThan(0);
  fireEvent.click(within(group).getAllByRole('button', { name: '忽略' })[0]);
  // The 忽略 menu loads on first use: wait for it outside act(), which would hold the update.
  const item = await screen.findByRole('menuitem', { name: '本文档不检查此规则' }, { timeout: 30_000 });
  await act(async () => {
    fireEvent.click(item);
  });
  await screen.findByText(/已忽略 \d+ 条/, {}, { timeout: 10_000 });
  fireEvent.click(add);
  await screen.findByText(/已添加 \d+ 条批注/, {}, { timeout: 10_000 });
  const sent = calls.add[0] as { paragraph: number; lines: string[] }[];
  expect(sent.length).toBeGreaterThan(0);
  const lines = sent.flatMap((c) => c.lines).join('\n');
  for (const m of dismissed) expect(lines).not.toContain(m);
}, 90_000);

test('the three deliverable buttons are one toolbar with one Tab stop (←/→ between them)', () => {
  const { container } = render(
    <DeliverableBar busy={false} commentsSupported hasFindings hasChecklist onAddComments={() => {}} onRemoveComments={() => {}} onInsertChecklist={() => {}} />,
  );
  const bar = within(container).getByRole('toolbar', { name: '批注和整改清单' });
  const buttons = within(bar).getAllByRole('button');
  expect(buttons).toHaveLength(3);
  expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
  buttons[0].focus();
  fireEvent.keyDown(buttons[0], { key: 'ArrowRight' });
  expect(document.activeElement).toBe(buttons[1]);
  expect(buttons.filter((b) => b.getAttribute('tabindex') === '0')).toEqual([buttons[1]]);
});
