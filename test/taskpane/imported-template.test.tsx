/** @jest-environment jsdom */
/**
 * A template imported from the notice says where it came from in the pane (从通知导入，随文档保存),
 * never the command line's "使用模板文件"; detected and chosen templates keep the engine's reason;
 * the JSON contract (templateSource "file", the engine's reason) is unchanged for the CLI.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { TEMPLATE_SETTING } from '../../src/taskpane/hooks/useTemplateChoice';
import { templateReasonText, TS } from '../../src/taskpane/strings';
import { analyze } from '../../src/engine';
import { toJson } from '../../src/engine/json';
import { readNotice } from '../../src/engine/notice';
import { textDoc } from '../support/docs';
import { MATERIAL_2026 } from '../support/pane-material';

jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));
jest.setTimeout(60000);
beforeEach(() => localStorage.clear());

const MATERIAL = MATERIAL_2026;

const NOTICE = '关于开好2026年度民主生活会的通知\n重点对照以下2个方面：一是带头树立和践行正确政绩观；二是带头统筹发展和安全。';

function setup(gateway = new MemoryGateway(new MemoryDocument(MATERIAL))) {
  render(<App gateway={gateway} analyzer={createMainThreadAnalyzer()} checkOnOpen={false} />);
  return gateway;
}

async function check() {
  fireEvent.click(screen.getByRole('button', { name: '检查', hidden: true }));
  await screen.findByTestId('findings', {}, { timeout: 20000 });
}

async function importNotice() {
  fireEvent.click(screen.getByRole('button', { name: TS.importButton }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByRole('textbox', { name: TS.importTitle }), { target: { value: NOTICE } });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: TS.read }));
  });
  await within(dialog).findByTestId('notice-aspects');
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: TS.use }));
  });
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10000 });
}

const reason = () => screen.getByTestId('template-reason').textContent ?? '';

/** Elements marked aria-hidden that hold the pane's controls. */
const hiddenPane = () => [...document.querySelectorAll('[aria-hidden=true]')].filter((e) => e.querySelector('button'));

test.each(['取消', '使用此模板'])('closed with %s, the dialog leaves no part of the pane aria-hidden, and focus goes back to its button', async (how) => {
  setup();
  const button = screen.getByRole('button', { name: TS.importButton });
  button.focus();
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  // Open, it hides the pane behind it (modal).
  await waitFor(() => expect(hiddenPane().length).toBeGreaterThan(0));
  fireEvent.change(within(dialog).getByRole('textbox', { name: TS.importTitle }), { target: { value: NOTICE } });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: TS.read }));
  });
  await within(dialog).findByTestId('notice-aspects');
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: how }));
  });
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10000 });
  await waitFor(() => expect(hiddenPane()).toEqual([]));
  expect(screen.getByRole('button', { name: '检查' })).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: TS.importButton })));
});

test('imported before the first check, and after one (re-checked by it): 从通知导入，随文档保存', async () => {
  setup();
  await check();
  expect(reason()).not.toBe(TS.reasonImported);
  await importNotice();
  await waitFor(() => expect(reason()).toBe(TS.reasonImported), { timeout: 20000 });
  expect(document.body.textContent).not.toContain('使用模板文件');
  await check();
  expect(reason()).toBe(TS.reasonImported);
});

test('a template kept in the document says so when the pane opens on it', async () => {
  const doc = new MemoryDocument(MATERIAL);
  doc.settings.set(TEMPLATE_SETTING, readNotice(NOTICE, '通知.txt').template);
  setup(new MemoryGateway(doc));
  await waitFor(() => expect((screen.getByRole('combobox', { name: TS.pickerLabel, hidden: true }) as HTMLSelectElement).value).toMatch(/^c:/));
  await check();
  expect(reason()).toBe(TS.reasonImported);
  expect(document.body.textContent).not.toContain('使用模板文件');
});

test.each([
  ['refused', async () => ({ ok: false as const, problem: 'unknown' as const })],
  ['thrown', async () => {
    throw new Error('host');
  }],
])('when the document cannot keep it (%s), the reason says it is for this check only', async (_name, write) => {
  const gateway = new MemoryGateway(new MemoryDocument(MATERIAL));
  gateway.writeSetting = write as unknown as MemoryGateway['writeSetting'];
  setup(gateway);
  await importNotice();
  await check();
  expect(reason()).toBe(TS.reasonImportedUnsaved);
  expect(screen.getByText(TS.saveFailed)).toBeTruthy();
});

describe('templateReasonText', () => {
  test.each([
    ['detected' as const, '依据：标题“2025年度”'],
    ['chosen' as const, '已指定模板“2025年度民主生活会”'],
    [undefined, '依据：开头“2024年度”'],
  ])('%s keeps the engine’s reason', (source, engine) => {
    expect(templateReasonText({ templateSource: source, templateReason: engine }, true)).toBe(engine);
    expect(templateReasonText({ templateSource: source, templateReason: engine }, false)).toBe(engine);
  });
  test.each(['使用模板文件“x”（来自 n.txt）', '使用模板文件“y”', undefined])('file (%s) says where it came from and whether the document keeps it', (engine) => {
    expect(templateReasonText({ templateSource: 'file', templateReason: engine }, true)).toBe(TS.reasonImported);
    expect(templateReasonText({ templateSource: 'file', templateReason: engine }, false)).toBe(TS.reasonImportedUnsaved);
  });
});

test('the JSON contract is unchanged: a template handed over is templateSource "file" with the engine’s own reason', () => {
  const template = readNotice(NOTICE, '通知.txt').template;
  const json = toJson(analyze(textDoc(MATERIAL.split('\n')), { template }), 'm.txt');
  expect(json.templateSource).toBe('file');
  expect(json.templateReason).toContain('使用模板文件');
  expect(['detected', 'chosen', 'file']).toContain(toJson(analyze(textDoc(MATERIAL.split('\n'))), 'm.txt').templateSource);
});
