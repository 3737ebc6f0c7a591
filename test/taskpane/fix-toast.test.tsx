/** @jest-environment jsdom */
/**
 * A fix's outcome and its 撤销 show in the bar at the pane's bottom (FixToast: role=status, after
 * the list), not at the top; after the fix (or 撤销) focus goes to the line now in the fixed
 * one's place, never to the page; with no line left, to 撤销. Closing the bar puts 撤销 back in
 * its usual place and focus on the writer's line.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { S } from '../../src/taskpane/strings';

jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));
jest.setTimeout(150000);
const WAIT = { timeout: 20000 };

// Four wrong formulations, one under each item, among other findings: a list long enough to fix far down.
const LINES = [
  '一、存在的主要问题',
  '（一）在带头深刻感悟“两个确立”的决定性意义方面',
  '一是对以习近平总书记为核心的党中央决策部署理解不深。比如，传达学习滞后。',
  '二是维护以习近平总书记为核心的党中央权威的行动不够自觉。比如，某文件落实晚了一周。',
  '（二）在带头牢记我们党是什么、要干什么这个根本问题方面',
  '一是紧跟以习近平总书记为核心的党中央部署不够紧。比如，某项工作推进慢。',
  '二是贯彻以习近平总书记为核心的党中央要求打折扣。比如，某项目拖延。',
  '二、原因分析',
  '一是理想信念有所松懈。',
  '三、整改措施',
  '（一）强化理论武装。每月集中学习1次，年底前完成。',
];

async function setup() {
  const doc = new MemoryDocument(LINES.join('\n'));
  render(<App gateway={new MemoryGateway(doc)} analyzer={createMainThreadAnalyzer()} checkOnOpen={false} />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
  });
  await screen.findByTestId('findings', {}, WAIT);
  return doc;
}

const lines = () => [...document.querySelectorAll<HTMLButtonElement>('[data-testid=findings] button[data-paragraph]')];
const fixButtons = () => [...document.querySelectorAll<HTMLButtonElement>('[data-testid=findings] [data-rule-group=formulation] [data-fix=apply]')];
const toast = () => screen.getByTestId('fix-toast');
const checksDone = () => Number(document.querySelector('main')!.getAttribute('data-checks'));

/** Apply the k-th fix button (−1: the last); returns the index of its finding's line before the fix. */
async function applyFix(k: number) {
  const buttons = fixButtons();
  const button = buttons[(k + buttons.length) % buttons.length];
  const line = button.closest('[data-key]')!.querySelector<HTMLButtonElement>('button[data-paragraph]')!;
  const place = lines().indexOf(line);
  const before = checksDone();
  button.focus();
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => expect(within(toast()).getByRole('status').textContent).toMatch(/^已修改：/), WAIT);
  await waitFor(() => expect(checksDone()).toBeGreaterThan(before), WAIT);
  await waitFor(() => expect(fixButtons().every((b) => !b.disabled)).toBe(true), WAIT);
  return place;
}

test('before any fix the bar is an empty live region at the end of the pane', async () => {
  await setup();
  const status = within(toast()).getByRole('status');
  expect(status.textContent).toBe('');
  expect(status.getAttribute('aria-live')).toBe('polite');
  expect(toast().getAttribute('data-open')).toBeNull();
  // After the findings and the map: where the writer works, held at the bottom of the view.
  expect(screen.getByTestId('findings').compareDocumentPosition(toast()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(screen.queryByRole('button', { name: S.fixUndo })).toBeNull();
});

test.each([
  ['the first', 0],
  ['the second', 1],
  ['the last', -1],
])('fixing %s of several: the outcome and 撤销 in the bar, focus on the line now in its place', async (_name, k) => {
  const doc = await setup();
  const n = fixButtons().length;
  expect(n).toBeGreaterThanOrEqual(4);
  const place = await applyFix(k);
  // The text changed (one formulation fewer).
  expect(doc.paragraphs.filter((p) => p.text.includes('以习近平总书记为核心')).length).toBe(3);
  // One 撤销, inside the bar (not at the top of the pane).
  const undos = screen.getAllByRole('button', { name: S.fixUndo });
  expect(undos).toHaveLength(1);
  expect(toast().contains(undos[0])).toBe(true);
  expect(toast().getAttribute('data-open')).toBe('true');
  // The status says it; the buttons are outside the live region.
  const status = within(toast()).getByRole('status');
  expect(status.contains(undos[0])).toBe(false);
  // Focus: the line now at the fixed one's place (or the last line), never the page.
  await waitFor(() => expect(document.activeElement).toBe(lines()[Math.min(place, lines().length - 1)]), WAIT);
  expect(document.activeElement).not.toBe(document.body);
});

test('撤销 from the bar restores the text, says so, and keeps focus on a line', async () => {
  const doc = await setup();
  const place = await applyFix(1);
  const undo = within(toast()).getByRole('button', { name: S.fixUndo });
  undo.focus();
  await act(async () => {
    fireEvent.click(undo);
  });
  await waitFor(() => expect(within(toast()).getByRole('status').textContent).toBe(S.fixUndone), WAIT);
  expect(doc.paragraphs.map((p) => p.text)).toEqual(LINES);
  await waitFor(() => expect(document.activeElement).toBe(lines()[place]), WAIT);
});

test('closing the bar hides it, puts 撤销 back at the top, and focus on the writer’s line', async () => {
  await setup();
  await applyFix(0);
  await waitFor(() => expect(document.activeElement?.hasAttribute('data-paragraph')).toBe(true), WAIT);
  const focused = document.activeElement;
  await act(async () => {
    fireEvent.click(within(toast()).getByRole('button', { name: S.dismiss }));
  });
  expect(toast().getAttribute('data-open')).toBeNull();
  expect(within(toast()).getByRole('status').textContent).toBe('');
  const undo = screen.getByRole('button', { name: S.fixUndo });
  expect(toast().contains(undo)).toBe(false);
  await waitFor(() => expect(document.activeElement).toBe(focused), WAIT);
});

test('fixing the only line shown (filtered to one rule): focus goes to 撤销 in the bar', async () => {
  await setup();
  const filter = screen.getByTestId('rule-filter') as HTMLSelectElement;
  fireEvent.change(filter, { target: { value: 'formulation' } });
  // Fix until one line of the rule is left, then that one.
  while (lines().length > 1) await applyFix(0);
  await applyFix(0);
  await waitFor(() => expect(lines()).toHaveLength(0), WAIT);
  await waitFor(() => expect(document.activeElement).toBe(within(toast()).getByRole('button', { name: S.fixUndo })), WAIT);
});
