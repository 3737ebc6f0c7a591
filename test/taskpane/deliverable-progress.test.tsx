/** @jest-environment jsdom */
/**
 * 添加为批注, 移除本助手的批注 and 插入整改清单 show that they run: on a 1,000-paragraph material a
 * trial writer waited 12 s and 19 s with nothing on screen but the buttons greyed. While the host
 * works, the clicked button shows a spinner, a status line says what runs (announced), the others
 * wait; the host is called only after a frame, so that state is painted before the work starts.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { DeliverableBar } from '../../src/taskpane/components/DeliverableBar';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { S } from '../../src/taskpane/strings';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import type { DeliverableAction, PaneDeliverables } from '../../src/taskpane/hooks/useDeliverables';
import type { GatewayResult } from '../../src/word/gateway';

jest.setTimeout(60_000);
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const MATERIAL = [
  '一、存在的主要问题',
  '（一）在带头深刻感悟“两个确立”的决定性意义方面',
  '一是理论学习不够深入。比如，全年只读了两本原著。',
  '二、原因分析',
  '一是理想信念有所松懈。',
  '三、整改措施',
  '（一）强化理论武装。每月集中学习1次，年底前完成（责任人：张三）。',
].join('\n');

const BUTTON: Record<DeliverableAction, string> = { comments: '添加为批注', remove: '移除本助手的批注', checklist: '插入整改清单' };
const DONE: Record<DeliverableAction, RegExp> = { comments: /已添加 \d+ 条批注/, remove: /已移除本助手的 2 条批注/, checklist: /插入整改清单（\d+ 行）/ };

/** A host whose every action waits until the test lets it finish. */
function slowHost() {
  const pending: Array<() => void> = [];
  const calls: DeliverableAction[] = [];
  const later = <T,>(action: DeliverableAction, value: T) =>
    new Promise<GatewayResult<T>>((resolve) => {
      calls.push(action);
      pending.push(() => resolve({ ok: true, value }));
    });
  const host: PaneDeliverables = {
    commentsSupported: true,
    addComments: (c) => later('comments', { added: c.length, missing: 0 }),
    removeComments: () => later('remove', { removed: 2 }),
    insertChecklist: (rows) => later('checklist', { rows: rows.length - 1, where: 'cursor' as const }),
  };
  return { host, pending, calls };
}

describe.each(['comments', 'remove', 'checklist'] as DeliverableAction[])('%s', (action) => {
  test('the bar: the running action\'s spinner and status; every button waits', () => {
    render(<DeliverableBar busy working={action} commentsSupported hasFindings hasChecklist onAddComments={() => {}} onRemoveComments={() => {}} onInsertChecklist={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe(S.deliverableWorking[action]);
    const running = screen.getByRole('button', { name: BUTTON[action] });
    expect(running.getAttribute('data-working')).toBe('true');
    expect(running.querySelector('[role=progressbar], .fui-Spinner')).not.toBeNull();
    for (const name of Object.values(BUTTON)) expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('in the pane: the progress shows while the host works, the host is called after a frame, the outcome replaces it', async () => {
    const { host, pending, calls } = slowHost();
    render(<App gateway={new MemoryGateway(new MemoryDocument(MATERIAL))} analyzer={createMainThreadAnalyzer()} deliverables={host} checkOnOpen={false} />);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    const button = await screen.findByRole('button', { name: BUTTON[action] }, { timeout: 30_000 });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false), { timeout: 30_000 });
    act(() => {
      fireEvent.click(button);
    });
    // Said at once; the host not yet called (its work would block the frame that paints this).
    expect(screen.getByTestId('deliverable-status').textContent).toBe(S.deliverableWorking[action]);
    expect(calls).toEqual([]);
    await waitFor(() => expect(calls).toEqual([action]));
    expect(screen.getByTestId('deliverable-status').textContent).toBe(S.deliverableWorking[action]);
    await act(async () => pending.shift()!());
    await screen.findByText(DONE[action]);
    expect(screen.getByTestId('deliverable-status').textContent).toBe('');
    expect(screen.getByRole('button', { name: BUTTON[action] }).getAttribute('data-working')).toBeNull();
  });
});
