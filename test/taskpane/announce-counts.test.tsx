/**
 * @jest-environment jsdom
 *
 * The pane's hidden status (live region) says the counts as they are after 忽略此条 and after
 * 本文档不检查此规则 — it kept the check's counts, so a screen reader user who went back to it heard
 * numbers the pane no longer showed.
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
const announce = () => screen.getByTestId('announce').textContent ?? '';
/** The verdict line the pane shows (its counts, without the 已忽略 note). */
const shownVerdict = () => {
  const m = /(没有发现问题。|有 \d+ 个错误[^。]*。|没有错误[^。]*。)/.exec(document.querySelector('main')!.textContent ?? '');
  return m ? m[1] : '';
};

async function dismiss(item: string) {
  const row = document.querySelector(`[data-key="${keys()[0]}"]`) as HTMLElement;
  fireEvent.click(within(row).getByRole('button', { name: '忽略' }));
  const menuItem = await screen.findByRole('menuitem', { name: item }, WAIT);
  await act(async () => {
    fireEvent.click(menuItem);
  });
  const dialog = screen.queryByRole('dialog', { hidden: true });
  if (dialog) {
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '忽略', hidden: true }));
    });
  }
}

test.each(['忽略此条…', '本文档不检查此规则'])('after %s the status says the counts now shown', async (item) => {
  const gateway = new MemoryGateway(new MemoryDocument(PANE_LINES.join('\n')));
  render(<App gateway={gateway} analyzer={createMainThreadAnalyzer()} recheckDelayMs={30} />);
  await waitFor(() => expect(keys().length).toBeGreaterThan(2), WAIT);
  await waitFor(() => expect(announce()).toMatch(/^检查完成。/), WAIT);
  const before = announce();
  const verdictBefore = shownVerdict();
  expect(before).toContain(verdictBefore);
  await dismiss(item);
  await waitFor(() => expect(shownVerdict()).not.toBe(verdictBefore), WAIT);
  await waitFor(() => expect(announce()).toBe(`现在${shownVerdict()}`), WAIT);
});
