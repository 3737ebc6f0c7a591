/**
 * @jest-environment jsdom
 *
 * 忽略此条 in the whole pane (issue 10/11): the reason dialog is the pane's, not the row's, so
 * confirming (which removes the row) leaves no aria-hidden on the pane and puts focus on the next
 * finding; 取消 dismisses nothing; the 忽略 menu renders inside the pane's <main> (not a portal).
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { PANE_LINES } from '../support/pane-material';

jest.setTimeout(120_000);
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const WAIT = { timeout: 30_000 };
const keys = () => [...document.querySelectorAll('[data-testid=findings] [data-key]')].map((r) => r.getAttribute('data-key')!);
const hiddenWithButtons = () => [...document.querySelectorAll('[aria-hidden=true]')].filter((e) => e.querySelector('button'));

async function open() {
  const gateway = new MemoryGateway(new MemoryDocument(PANE_LINES.join('\n')));
  render(<App gateway={gateway} analyzer={createMainThreadAnalyzer()} recheckDelayMs={30} />);
  await waitFor(() => expect(keys().length).toBeGreaterThan(2), WAIT);
}

async function openMenuFor(key: string) {
  const row = document.querySelector(`[data-key="${key}"]`) as HTMLElement;
  const button = within(row).getByRole('button', { name: '忽略' });
  button.focus();
  fireEvent.click(button);
  return screen.findByRole('menuitem', { name: '忽略此条…' }, WAIT);
}

test('the 忽略 menu is inside the pane’s main landmark', async () => {
  await open();
  const item = await openMenuFor(keys()[0]);
  expect(document.querySelector('main')!.contains(item)).toBe(true);
});

test('忽略此条 confirmed: the row goes, no aria-hidden is left on the pane, focus on the next finding', async () => {
  await open();
  const before = keys();
  const item = await openMenuFor(before[1]);
  await act(async () => {
    fireEvent.click(item);
  });
  const dialog = await screen.findByRole('dialog', { hidden: true }, WAIT);
  // The dialog is not inside the row it removes.
  expect(document.querySelector(`[data-key="${before[1]}"]`)!.contains(dialog)).toBe(false);
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: '忽略', hidden: true }));
  });
  await waitFor(() => expect(keys()).not.toContain(before[1]), WAIT);
  await waitFor(() => expect(hiddenWithButtons()).toEqual([]), WAIT);
  // The first finding after it still listed (findings the dismissal matches too go with it).
  const next = before.slice(2).find((k) => keys().includes(k));
  expect(next).toBeDefined();
  await waitFor(() => expect(document.activeElement?.closest('[data-key]')?.getAttribute('data-key')).toBe(next), WAIT);
  expect(document.activeElement).not.toBe(document.body);
});

test('取消: nothing dismissed, the pane not hidden, focus not on <body>', async () => {
  await open();
  const before = keys();
  const item = await openMenuFor(before[0]);
  await act(async () => {
    fireEvent.click(item);
  });
  const dialog = await screen.findByRole('dialog', { hidden: true }, WAIT);
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: '取消', hidden: true }));
  });
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull(), WAIT);
  expect(keys()).toEqual(before);
  await waitFor(() => expect(hiddenWithButtons()).toEqual([]), WAIT);
  await waitFor(() => expect(document.activeElement).not.toBe(document.body), WAIT);
});
