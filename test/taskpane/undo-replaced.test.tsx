/** @jest-environment jsdom */
/**
 * t27 #9: after a fix, opening another document in the preview (MemoryDocument.load /
 * loadParagraphs) left the 已修改… bar and its 撤销, which then said the change was withdrawn
 * though nothing changed. The pane forgets both when the gateway says the document was replaced.
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
  render(<App gateway={new MemoryGateway(doc)} recheckDelayMs={10} analyzer={createMainThreadAnalyzer()} checkOnOpen={false} />);
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


test.each([
  ['a sample (load)', (doc: MemoryDocument) => doc.load('另一份材料\n一、存在的主要问题')],
  ['a file (loadParagraphs)', (doc: MemoryDocument) => doc.loadParagraphs([{ text: '另一份材料' }, { text: '一、存在的主要问题', level: 1 }])],
])('opening %s clears the 已修改… bar and its 撤销', async (_name, open) => {
  const doc = await setup();
  await applyFix(0);
  expect(screen.queryAllByRole('button', { name: S.fixUndo }).length).toBeGreaterThan(0);
  const other = doc;
  await act(async () => {
    open(other);
  });
  await waitFor(() => expect(screen.queryAllByRole('button', { name: S.fixUndo })).toHaveLength(0), WAIT);
  expect(within(toast()).getByRole('status').textContent).not.toMatch(/^已修改：/);
});
