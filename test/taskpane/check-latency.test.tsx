/**
 * @jest-environment jsdom
 *
 * Click 检查 → findings: the document is read and handed to the analyzer before the pane renders
 * its busy state (a render there would delay the analysis by a whole pane render), and the busy
 * state still shows while the analysis runs. React's own scheduling is used (no act()), as in
 * the browser.
 */
import { render, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer, type Analyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { PANE_LINES } from '../support/pane-material';

jest.setTimeout(60_000);
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const main = () => document.querySelector('main') as HTMLElement;
const checkButton = () => Array.from(document.querySelectorAll('button')).find((b) => b.textContent === '检查') as HTMLButtonElement;

/** An analyzer that notes the pane's busy mark when asked, and answers only when released. */
function gatedAnalyzer() {
  const real = createMainThreadAnalyzer();
  const calls: Array<{ busy: string | null; paragraphs: number }> = [];
  let open = false;
  const waiting: Array<() => void> = [];
  const analyzer: Analyzer = {
    async analyze(input, templateId, template) {
      calls.push({ busy: main()?.getAttribute('aria-busy') ?? null, paragraphs: input.paragraphs.length });
      const report = await real.analyze(input, templateId, template);
      if (!open) await new Promise<void>((r) => waiting.push(r));
      return report;
    },
    dispose() {},
  };
  return {
    analyzer,
    calls,
    release() {
      open = true;
      waiting.splice(0).forEach((r) => r());
    },
    hold() {
      open = false;
    },
  };
}

let actEnv: unknown;
beforeAll(() => {
  actEnv = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT;
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: unknown }).IS_REACT_ACT_ENVIRONMENT = actEnv;
});

test.each([
  ['the open-time check is followed by a click', true],
  ['the first check is a click', false],
])('%s: the request goes out before the busy render, the busy mark shows until the findings land', async (_name, checkOnOpen) => {
  const gate = gatedAnalyzer();
  const doc = new MemoryDocument(PANE_LINES.join('\n'));
  render(<App gateway={new MemoryGateway(doc)} analyzer={gate.analyzer} checkOnOpen={checkOnOpen} />);
  if (checkOnOpen) {
    gate.release();
    await waitFor(() => expect(main().dataset.checks).toBe('1'), { timeout: 20_000 });
    gate.hold();
  }
  const before = gate.calls.length;
  await waitFor(() => expect(checkButton()).toBeTruthy());
  checkButton().click();
  await waitFor(() => expect(gate.calls.length).toBe(before + 1));
  // Asked with the whole document, and before the pane rendered anything for this click.
  expect(gate.calls[before]).toEqual({ busy: 'false', paragraphs: PANE_LINES.length });
  // The busy state follows while the analysis runs…
  await waitFor(() => expect(main().getAttribute('aria-busy')).toBe('true'));
  expect(checkButton()).toBeUndefined(); // the button says 检查中 meanwhile
  // …and ends with the findings.
  gate.release();
  await waitFor(() => expect(main().getAttribute('aria-busy')).toBe('false'), { timeout: 20_000 });
  expect(Number(main().dataset.checks)).toBe(checkOnOpen ? 2 : 1);
  expect(document.querySelectorAll('[data-testid=findings] button[data-paragraph]').length).toBeGreaterThan(0);
});
