/**
 * @jest-environment jsdom
 *
 * Each finding's actions (忽略, a fix) are a group named by the finding's line, so a screen reader
 * tabbing through says which finding a 忽略 belongs to (a trial heard "忽略" 21 times over).
 */
import { render, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { PANE_LINES } from '../support/pane-material';

jest.setTimeout(120_000);
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

test('every action group is labelled by its own finding line', async () => {
  render(<App gateway={new MemoryGateway(new MemoryDocument(PANE_LINES.join('\n')))} analyzer={createMainThreadAnalyzer()} recheckDelayMs={30} />);
  await waitFor(() => expect(document.querySelectorAll('[data-testid=findings] [data-key]').length).toBeGreaterThan(2), { timeout: 30_000 });
  const rows = [...document.querySelectorAll<HTMLElement>('[data-testid=findings] [data-key]')];
  let groups = 0;
  for (const row of rows) {
    const group = row.querySelector<HTMLElement>('[role=group]');
    if (!group) continue;
    groups++;
    const line = row.querySelector<HTMLElement>('button[aria-label]')!;
    // The group's label is the line's own button, and the line's name says the finding.
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)).toBe(line);
    expect(line.getAttribute('aria-label')).toMatch(/第 \d+ 段/);
    expect(within(group).getAllByRole('button').length).toBeGreaterThan(0);
  }
  expect(groups).toBeGreaterThan(2);
  // Ids are unique in the pane.
  const ids = rows.map((r) => r.querySelector('button[aria-label]')?.id);
  expect(new Set(ids).size).toBe(ids.length);
});
