/**
 * @jest-environment jsdom
 *
 * The pane over Word (the Office.js gateway against the fake Word of test/word/fakeWord.ts):
 * typing in the document re-checks without a click. With WordApi 1.6 through Word's paragraph
 * events (the changed paragraph's findings marked stale first, one re-check after a burst of
 * typing); without it through selection changes plus the gateway's cheap change test.
 */
import { act, render, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { OfficeGateway } from '../../src/word/officeGateway';
import { FakeWordDocument } from '../word/fakeWord';
import { PANE_LINES } from '../support/pane-material';

jest.setTimeout(60_000);
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const LINES = [...PANE_LINES];
const BROKEN = LINES[6];

const $$ = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[];
const checks = () => Number(document.querySelector('main')!.getAttribute('data-checks'));
const numberingOn6 = () => $$('[data-testid=findings] button[data-rule=numbering][data-paragraph="6"]');

async function open(api16: boolean) {
  const doc = new FakeWordDocument(LINES, { api16 });
  const gateway = new OfficeGateway(doc.host());
  render(<App gateway={gateway} analyzer={createMainThreadAnalyzer()} recheckDelayMs={40} />);
  // Checked on open, no click.
  await waitFor(() => expect(numberingOn6().length).toBeGreaterThan(0), { timeout: 20_000 });
  return { doc };
}

test('WordApi 1.6: a paragraph change marks its findings stale, then one re-check updates them', async () => {
  const { doc } = await open(true);
  await waitFor(() => expect(doc.handlers.get('onParagraphChanged')?.size).toBe(1));
  const before = checks();
  const p = doc.find(BROKEN);
  await act(async () => {
    doc.type(p, '三是基层治理存在薄弱环节');
  });
  // Marked at once from the event's ids, before any read.
  expect(numberingOn6()[0]?.getAttribute('data-stale')).toBe('true');
  // More typing in the pause: still one re-check.
  await act(async () => {
    doc.type(p, '三是基层治理存在薄弱环节。比如，社区网格员配备不足。');
  });
  await waitFor(() => expect(checks()).toBe(before + 1), { timeout: 20_000 });
  await waitFor(() => expect(numberingOn6()).toHaveLength(0));
  expect($$('[data-stale=true]')).toHaveLength(0);
  await new Promise((r) => setTimeout(r, 150));
  expect(checks()).toBe(before + 1);
});

test('WordApi 1.6: an edit elsewhere re-checks and the unrelated finding stays, not stale', async () => {
  const { doc } = await open(true);
  await waitFor(() => expect(doc.handlers.get('onParagraphChanged')?.size).toBe(1));
  const before = checks();
  await act(async () => {
    doc.type(doc.find(LINES[8]), '一是理想信念有所松懈，宗旨意识有所淡化。');
  });
  await waitFor(() => expect(checks()).toBe(before + 1), { timeout: 20_000 });
  expect(numberingOn6()).toHaveLength(1);
  expect(numberingOn6()[0].getAttribute('data-stale')).toBeNull();
});

test('without WordApi 1.6: a selection change after typing re-checks; a caret move alone does not', async () => {
  const { doc } = await open(false);
  expect(doc.handlers.get('onParagraphChanged')?.size ?? 0).toBe(0);
  await waitFor(() => expect(doc.selectionHandlers.size).toBe(1));
  const before = checks();
  await act(async () => {
    for (const h of doc.selectionHandlers) h();
    await new Promise((r) => setTimeout(r, 200));
  });
  expect(checks()).toBe(before);
  await act(async () => {
    doc.type(doc.find(BROKEN), '三是基层治理存在薄弱环节。比如，社区网格员配备不足。');
  });
  await waitFor(() => expect(checks()).toBe(before + 1), { timeout: 20_000 });
  await waitFor(() => expect(numberingOn6()).toHaveLength(0));
});
