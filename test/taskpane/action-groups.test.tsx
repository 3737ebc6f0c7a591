/**
 * @jest-environment jsdom
 *
 * Each finding's actions (a fix, 选中占位内容, 忽略) are separate Tab stops whose names repeat from
 * finding to finding ("忽略" 21 times over), so each is described (aria-describedby) by a short
 * reference to its own finding — severity, words, paragraph number — that is hidden, so reading
 * mode does not read it again, and is shorter than the line's full name (the actions' group was
 * labelled by it, which made screen readers say that long text again before every action).
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { PANE_LINES } from '../support/pane-material';

jest.setTimeout(120_000);
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const description = (b: HTMLElement) =>
  (b.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(missing ${id})`)
    .join(' ');

async function open() {
  render(<App gateway={new MemoryGateway(new MemoryDocument(PANE_LINES.join('\n')))} analyzer={createMainThreadAnalyzer()} recheckDelayMs={30} />);
  await waitFor(() => expect(document.querySelectorAll('[data-testid=findings] [data-key]').length).toBeGreaterThan(2), { timeout: 30_000 });
  return [...document.querySelectorAll<HTMLElement>('[data-testid=findings] [data-key]')];
}

test('every action of every finding is described by its own finding: severity, words, paragraph; hidden and short', async () => {
  const rows = await open();
  const kinds = new Set<string>();
  const seen = new Map<string, string>();
  for (const row of rows) {
    const line = row.querySelector<HTMLElement>('button[aria-label]')!;
    const paragraph = Number(line.dataset.paragraph) + 1;
    const actions = [...row.querySelectorAll<HTMLElement>('[data-fix], [data-dismiss]')];
    expect(actions.length).toBeGreaterThan(0);
    for (const b of actions) {
      kinds.add(b.dataset.fix ?? b.dataset.dismiss ?? '');
      const d = description(b);
      expect(d).toMatch(/^(错误|警告|提示)：/);
      expect(d).toContain(`第 ${paragraph} 段`);
      // Short: not the line's full name read again.
      expect(d.length).toBeLessThan(line.getAttribute('aria-label')!.length + 1);
      const ref = document.getElementById(b.getAttribute('aria-describedby')!)!;
      expect(ref.hidden).toBe(true);
      expect(row.contains(ref)).toBe(true);
      seen.set(row.dataset.key!, d);
    }
    // No group labelled by the line's long name around the actions.
    expect(row.querySelector('[aria-labelledby]')).toBeNull();
  }
  // The fix buttons and 忽略 are among them; references are unique by finding (ids too).
  expect(kinds.has('apply') && kinds.has('menu')).toBe(true);
  const ids = rows.map((r) => r.querySelector('[hidden][id]')?.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(seen.size).toBe(rows.length);
});

test('the 忽略 button keeps its description once its menu has loaded', async () => {
  const rows = await open();
  const row = rows[1];
  const before = description(row.querySelector<HTMLElement>('[data-dismiss]')!);
  fireEvent.click(row.querySelector<HTMLElement>('[data-dismiss]')!);
  await screen.findByRole('menuitem', { name: '忽略此条…' }, { timeout: 30_000 });
  const after = row.querySelector<HTMLElement>('[data-dismiss]')!;
  expect(description(after)).toBe(before);
  expect(before).toMatch(/第 \d+ 段/);
});
