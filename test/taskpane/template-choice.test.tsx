/** @jest-environment jsdom */
/** The pane's template picker and notice import, kept with the document (document setting duizhao.template). */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { TEMPLATE_SETTING } from '../../src/taskpane/hooks/useTemplateChoice';
import type { Template } from '../../src/engine/template';
import { TS } from '../../src/taskpane/strings';
import { MATERIAL_2026 } from '../support/pane-material';

jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));
jest.setTimeout(60000);
beforeEach(() => localStorage.clear());

const pickerValue = () => (screen.getByRole('combobox', { name: TS.pickerLabel, hidden: true }) as HTMLSelectElement).value;

const MATERIAL = MATERIAL_2026;

const NOTICE = '关于开好2026年度民主生活会的通知\n重点对照以下3个方面：一是带头树立和践行正确政绩观；二是带头统筹发展和安全；三是带头密切联系群众。';

function setup(doc = new MemoryDocument(MATERIAL)) {
  const gateway = new MemoryGateway(doc);
  render(<App gateway={gateway} analyzer={createMainThreadAnalyzer()} checkOnOpen={false} />);
  return { doc, gateway };
}

async function check() {
  // hidden: jsdom keeps the closed Fluent dialog's aria-hidden on the page behind it.
  fireEvent.click(screen.getByRole('button', { name: '检查', hidden: true }));
  await screen.findByTestId('findings', {}, { timeout: 20000 });
}

test('自动识别 shows the detected template and why; a 2026 material asks for the notice', async () => {
  setup();
  await check();
  expect(screen.getByTestId('template-reason').textContent).toContain('2026年度');
  expect(screen.getByRole('combobox', { name: TS.pickerLabel }).textContent).toContain('自动识别（本次：2026年度');
});

test('从通知导入… reads the aspects, lets the writer edit them, keeps the template in the document and checks by it', async () => {
  const { doc } = setup();
  fireEvent.click(screen.getByRole('button', { name: '从通知导入…' }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: NOTICE } });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: '读取通知' }));
  });
  await within(dialog).findByText('读出 3 个方面，请核对：');
  const third = within(dialog).getByRole('textbox', { name: '方面3' });
  fireEvent.change(third, { target: { value: '带头密切联系服务群众' } });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: '使用此模板' }));
  });
  await waitFor(() => expect(doc.settings.get(TEMPLATE_SETTING)).toBeDefined());
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 10000 });
  const stored = doc.settings.get(TEMPLATE_SETTING) as Template;
  expect(stored.aspects.map((a) => a.title)).toEqual(['带头树立和践行正确政绩观', '带头统筹发展和安全', '带头密切联系服务群众']);
  await check();
  expect(screen.getAllByText(/模板：2026年度民主生活会（从通知导入）/).length).toBeGreaterThan(0);
  expect(pickerValue()).toMatch(/^c:/);
  // The two aspects written are found; the third is missing.
  expect(document.querySelectorAll('[data-aspect][data-found=yes]').length).toBe(2);
  expect(document.querySelectorAll('[data-aspect][data-found=no]').length).toBe(1);
});

test('a notice with no aspect list gets a Chinese message in the dialog', async () => {
  setup();
  fireEvent.click(screen.getByRole('button', { name: '从通知导入…' }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '请各单位认真准备，具体内容另行通知。' } });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: '读取通知' }));
  });
  expect((await within(dialog).findByRole('alert')).textContent).toContain('没有在通知中找到方面列表');
  expect(within(dialog).getByRole('button', { name: '使用此模板' })).toHaveProperty('disabled', true);
});

test('a material pasted in place of the notice is read but flagged; a notice is not', async () => {
  setup();
  fireEvent.click(screen.getByRole('button', { name: '从通知导入…' }));
  const dialog = await screen.findByRole('dialog');
  const read = async (value: string) => {
    fireEvent.change(within(dialog).getByRole('textbox', { name: TS.importTitle }), { target: { value } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '读取通知' }));
    });
  };
  await read(MATERIAL);
  expect((await within(dialog).findByRole('status')).textContent).toContain('看起来是对照检查材料');
  await read(NOTICE);
  await within(dialog).findByText('读出 3 个方面，请核对：');
  expect(within(dialog).queryByRole('status')).toBeNull();
});

test('a template kept in the document is used when the pane opens', async () => {
  const good = new MemoryDocument(MATERIAL);
  good.settings.set(TEMPLATE_SETTING, {
    id: 'notice-2026',
    name: '2026年度民主生活会（从通知导入）',
    source: 'n.txt',
    parts: [{ role: 'problems', required: true }, { role: 'causes', required: true }, { role: 'measures', required: true }],
    aspects: [
      { number: 1, short: '政绩观', title: '带头树立正确政绩观', vocabulary: ['政绩观'] },
      { number: 2, short: '发展和安全', title: '带头统筹发展和安全', vocabulary: ['发展和安全'] },
    ],
  });
  setup(good);
  await waitFor(() => expect(pickerValue()).toMatch(/^c:/));
  await check();
  expect(document.querySelectorAll('[data-aspect][data-found=yes]').length).toBe(2);
});

test('a broken stored template falls back to 自动识别 with a notice', async () => {
  const bad = new MemoryDocument(MATERIAL);
  bad.settings.set(TEMPLATE_SETTING, { id: 'x', name: 'x', parts: [], aspects: [{ number: 3 }] });
  setup(bad);
  expect(await screen.findByText('文档中保存的模板无法使用，已改为自动识别。')).toBeTruthy();
});

test.each(['five-aspects-2025', 'four-aspects-2024'])('choosing %s after a check checks again by it, without clicking 检查', async (id) => {
  setup();
  await check();
  expect(screen.getByTestId('template-reason').textContent).toContain('2026年度');
  await act(async () => {
    fireEvent.change(screen.getByRole('combobox', { name: TS.pickerLabel, hidden: true }), { target: { value: `b:${id}` } });
  });
  await waitFor(() => expect(screen.getByTestId('template-reason').textContent).toContain('已指定模板'), { timeout: 20000 });
  // The new result demands that template's aspects.
  await screen.findAllByText(/未找到第\d个方面|缺少/, {}, { timeout: 20000 });
});
