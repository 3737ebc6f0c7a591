/** @jest-environment jsdom */
/** The pane's fixes and dismissals, over the preview's document: apply, 撤销, 全部应用, 忽略 with reason, restore, confirm before 整篇框架. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { DISMISSALS_KEY, parseDismissals } from '../../src/engine/dismissals';
import { completeLines } from '../support/docs';

jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));
// Generous: the first use of a menu, dialog or view loads its code (a chunk of its own), on a shared machine.
jest.setTimeout(150000);

const LINES = [
  '一、存在的主要问题',
  '（一）在带头深刻感悟“两个确立”的决定性意义方面',
  '一是理论学习不够深入。比如，全年只读了两本原著。',
  '二是对以习近平总书记为核心的党中央决策部署理解不深。比如，传达学习滞后。',
  '二、原因分析',
  '一是理想信念有所松懈。',
  '三、整改措施',
  '（一）强化理论武装。每月集中学习1次，年底前完成。',
];
const WAIT = { timeout: 20000 };

async function setup(lines = LINES) {
  const doc = new MemoryDocument(lines.join('\n'));
  const gateway = new MemoryGateway(doc);
  render(<App gateway={gateway} analyzer={createMainThreadAnalyzer()} checkOnOpen={false} />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
  });
  await screen.findByTestId('findings', {}, WAIT);
  return { doc, gateway };
}

const formulationItem = async () => (await screen.findAllByTitle(/规范表述应为/, {}, WAIT))[0].closest('li') as HTMLElement;

test('a fix shows before → after, applies on click, and 撤销 takes it back', async () => {
  const { doc } = await setup();
  const li = await formulationItem();
  expect(within(li).getByTestId('fix-change').textContent).toContain('「以习近平总书记为核心的党中央」→「以习近平同志为核心的党中央」');
  await act(async () => {
    fireEvent.click(within(li).getByRole('button', { name: /改为“以习近平同志为核心的党中央”/ }));
  });
  await screen.findByText(/已修改：/, {}, WAIT);
  expect(doc.paragraphs[3].text).toBe('二是对以习近平同志为核心的党中央决策部署理解不深。比如，传达学习滞后。');
  // Fix buttons stay disabled until the re-check after the fix has landed.
  await waitFor(() => expect(screen.getByRole('button', { name: '撤销' }).hasAttribute('disabled')).toBe(false), WAIT);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
  });
  await screen.findByText(/已撤销上一次修改/, {}, WAIT);
  expect(doc.paragraphs.map((p) => p.text)).toEqual(LINES);
});

test('a fix whose text changed since the check is withdrawn with a notice, nothing changes', async () => {
  const { doc } = await setup();
  const li = await formulationItem();
  // The flagged words themselves are rewritten by the writer after the check.
  const edited = doc.paragraphs.map((p, i) => ({ id: p.id, text: i === 3 ? '二是对党中央决策部署理解不深。' : p.text, level: p.level }));
  doc.applyEdit(edited);
  await act(async () => {
    fireEvent.click(within(li).getByRole('button', { name: /改为/ }));
  });
  await screen.findByText(/已被修改，此项修改已撤回/, {}, WAIT);
  expect(doc.paragraphs[3].text).toBe('二是对党中央决策部署理解不深。');
});

test('忽略此条 with a reason: stored in the document, listed under 已忽略 1 条, restorable', async () => {
  const { gateway } = await setup();
  const li = await formulationItem();
  fireEvent.click(within(li).getByRole('button', { name: '忽略' }));
  fireEvent.click(await screen.findByRole('menuitem', { name: '忽略此条…' }, WAIT));
  const dialog = await screen.findByRole('dialog', { hidden: true }, WAIT);
  fireEvent.change(within(dialog).getByRole('textbox', { hidden: true }), { target: { value: '引用的原文' } });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: '忽略', hidden: true }));
  });
  const view = await screen.findByText('已忽略 1 条', {}, WAIT);
  const stored = parseDismissals(await gateway.readSetting(DISMISSALS_KEY));
  expect(stored.findings).toEqual([expect.objectContaining({ rule: 'formulation', reason: '引用的原文', span: '以习近平总书记为核心的党中央' })]);
  expect(screen.queryAllByTitle(/规范表述应为/)).toHaveLength(0);
  fireEvent.click(view);
  expect(await screen.findByText('理由：引用的原文')).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '恢复' }));
  });
  expect((await screen.findAllByTitle(/规范表述应为/, {}, WAIT)).length).toBeGreaterThan(0);
  expect(parseDismissals(await gateway.readSetting(DISMISSALS_KEY)).findings).toHaveLength(0);
});

test('本文档不检查此规则 hides every finding of the rule', async () => {
  const { gateway } = await setup();
  const before = (await screen.findAllByTitle(/没有具体事例|规范表述应为/, {}, WAIT)).length;
  expect(before).toBeGreaterThan(0);
  const li = await formulationItem();
  fireEvent.click(within(li).getByRole('button', { name: '忽略' }));
  const item = await screen.findByRole('menuitem', { name: '本文档不检查此规则' }, WAIT);
  await act(async () => {
    fireEvent.click(item);
  });
  await screen.findByText(/已忽略 \d+ 条/, {}, WAIT);
  expect(screen.queryAllByTitle(/规范表述应为/)).toHaveLength(0);
  expect(parseDismissals(await gateway.readSetting(DISMISSALS_KEY)).rules).toEqual([expect.objectContaining({ rule: 'formulation' })]);
});

async function chooseAll() {
  fireEvent.click(screen.getByRole('button', { name: '插入框架' }));
  // The menu's code loads on first use (a chunk of its own): wait for it outside act(), which
  // would hold the update that shows it until the act ends.
  const item = await screen.findByRole('menuitem', { name: '整篇框架' }, WAIT);
  await act(async () => {
    fireEvent.click(item);
  });
  // jsdom keeps the closing menu's aria-hidden on the new dialog for a moment: query hidden too.
  return screen.findByRole('dialog', { hidden: true }, { timeout: 90000 });
}

test('整篇框架 in a document with content asks first; 取消 changes nothing', async () => {
  const { doc } = await setup();
  const before = doc.paragraphs.map((p) => p.text);
  const dialog = await chooseAll();
  expect(within(dialog).getByText(/不会改动已有文字/)).toBeTruthy();
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: '取消', hidden: true }));
  });
  expect(doc.paragraphs.map((p) => p.text)).toEqual(before);
}, 240000);

test('整篇框架 confirmed in a document with content: no second title or preamble, and the message says where', async () => {
  const { doc } = await setup();
  const dialog = await chooseAll();
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: '插入', hidden: true }));
  });
  await screen.findByText(/已在第 \d+ 段之后插入/, {}, { timeout: 90000 });
  expect(doc.paragraphs.some((p) => /对照检查材料$/.test(p.text))).toBe(false);
  expect(doc.paragraphs.some((p) => p.text.startsWith('按照……通知要求'))).toBe(false);
  expect(doc.paragraphs.filter((p) => p.text.includes('存在的主要问题')).length).toBe(2);
}, 240000);

test.each([
  ['……', '二是……。比如，……。'],
  ['××', '二是××××问题还未解决。'],
  ['XX', '二是全年只完成XX项任务。'],
])('选中占位内容 selects the placeholder itself (%s), not its paragraph, and keeps focus in the pane', async (mark, line) => {
  const lines = [...LINES.slice(0, 2), LINES[2], line, ...LINES.slice(4)];
  const { doc } = await setup(lines);
  const button = (await screen.findAllByRole('button', { name: '选中占位内容' }, WAIT))[0];
  button.focus();
  await act(async () => {
    fireEvent.click(button);
  });
  expect(doc.selectedText.startsWith(mark)).toBe(true);
  expect(doc.selectedText).not.toBe(line);
  expect(lines[doc.selection.start.paragraph]).toBe(line);
  expect(document.activeElement).toBe(button);
});

/** The verdict line and the three severity counts as the pane shows them. */
function verdictCounts(): { line: string; counts: Record<string, number> } {
  const line = screen.getByTestId('verdict').textContent ?? '';
  const counts: Record<string, number> = {};
  for (const b of within(screen.getByTestId('severity-counts')).getAllByRole('button')) counts[b.getAttribute('data-severity')!] = Number(/\d+/.exec(b.textContent ?? '')![0]);
  return { line, counts };
}

test('dismissed findings are counted nowhere: verdict, severity counts, rule filter and position', async () => {
  await setup();
  const before = verdictCounts();
  const shown = () => screen.getAllByRole('option').map((o) => o.textContent);
  const nav = () => screen.getByTestId('position').textContent;
  expect(before.counts.warning).toBeGreaterThan(0);
  const li = await formulationItem();
  fireEvent.click(within(li).getByRole('button', { name: '忽略' }));
  fireEvent.click(await screen.findByRole('menuitem', { name: '忽略此条…' }));
  const dialog = await screen.findByRole('dialog', { hidden: true }, WAIT);
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: '忽略', hidden: true }));
  });
  await screen.findByText('已忽略 1 条', {}, WAIT);
  const after = verdictCounts();
  expect(after.counts).toEqual({ ...before.counts, warning: before.counts.warning - 1 });
  expect(after.line).toContain(`${before.counts.warning - 1} 个警告`);
  expect(after.line).toContain('另有 1 条已忽略，未计入');
  expect(shown().some((t) => /规范表述/.test(t ?? ''))).toBe(false);
  expect(nav()!.match(/\d+/g)!.pop()).toBe(String(Object.values(after.counts).reduce((a, b) => a + b, 0)));

  // A whole rule switched off: all its findings leave the counts too.
  const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
  const group = [...document.querySelectorAll('[data-rule-group]')].find((g) => g.getAttribute('data-rule-group') !== 'formulation') as HTMLElement;
  const n = group.querySelectorAll('[data-rule]').length;
  expect(n).toBeGreaterThan(0);
  fireEvent.click(within(group).getAllByRole('button', { name: '忽略' })[0]);
  const item = await screen.findByRole('menuitem', { name: '本文档不检查此规则' }, WAIT);
  await act(async () => {
    fireEvent.click(item);
  });
  await screen.findByText(`已忽略 ${1 + n} 条`, {}, WAIT);
  expect(total(verdictCounts().counts)).toBe(total(after.counts) - n);
  expect(verdictCounts().line).toContain(`另有 ${1 + n} 条已忽略`);
});

test('a missing aspect inserted with the later sections renumbered; 撤销 restores exactly the text before, and says why it is there', async () => {
  const lines = completeLines();
  // Aspect 2 gone; the later sections numbered on from （一）.
  const without = [...lines.slice(0, 4), '（二）带头践行以人民为中心的发展思想方面', lines[7], '（三）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面', lines[9], '（四）带头深刻汲取党史中正反两方面经验方面', ...lines.slice(11)];
  const { doc } = await setup(without);
  const button = await screen.findByRole('button', { name: /在此处插入“（二）带头牢记/ }, WAIT);
  await act(async () => {
    fireEvent.click(button);
  });
  await screen.findByText(/已修改：.*如需撤回，请点“撤销”/, {}, WAIT);
  const texts = doc.paragraphs.map((p) => p.text);
  expect(texts.filter((t) => /^（[一二三四五]）带头/.test(t)).map((t) => t.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
  const undo = screen.getByRole('button', { name: '撤销' });
  // Fix buttons stay disabled until the re-check after the fix has landed.
  await waitFor(() => expect(undo.hasAttribute('disabled')).toBe(false), WAIT);
  // Why 撤销 and not Ctrl+Z: the button's accessible description and its hover title.
  expect(screen.getByRole('button', { name: '撤销', description: /Ctrl\+Z/ })).toBe(undo);
  expect(undo.getAttribute('title')).toMatch(/Ctrl\+Z/);
  await act(async () => {
    fireEvent.click(undo);
  });
  await screen.findByText(/已撤销上一次修改/, {}, WAIT);
  expect(doc.paragraphs.map((p) => p.text)).toEqual(without);
  expect(doc.paragraphs.every((p) => !p.level)).toBe(true);
});

test('仅补缺失标题 with a section outside the template: every aspect in its place, one numbering sequence', async () => {
  const lines = completeLines();
  // Only aspect 1, then a local section; the rest of the material as usual.
  const material = ['党史学习教育专题民主生活会个人对照检查材料', ...lines.slice(0, 4), '（二）乡村振兴工作方面', '一是调研不够深入，只听汇报。', ...lines.slice(12)];
  const { doc } = await setup(material);
  fireEvent.click(screen.getByRole('button', { name: '插入框架' }));
  await act(async () => {
    fireEvent.click(await screen.findByRole('menuitem', { name: '仅补缺失标题' }));
  });
  await screen.findByText(/已在应有的位置补上 4 处缺失的标题/, {}, { timeout: 90000 });
  const headings = doc.paragraphs.map((p) => p.text).filter((t) => /^（[一二三四五六七]）.*方面$/.test(t));
  expect(headings.map((t) => t.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）']);
  expect(headings[5]).toBe('（六）乡村振兴工作方面');
  // The writer's own lines are all still there.
  for (const l of material.filter((t) => !/^（二）乡村/.test(t))) expect(doc.paragraphs.map((p) => p.text)).toContain(l);
}, 240000);

test('a fix applied differently than shown (a list heading typed by Word\'s fallback): the notice says so', async () => {
  const doc = new MemoryDocument(LINES.join('\n'));
  const gateway = new MemoryGateway(doc);
  const note = '（测试说明：已按文中编号格式手工输入“（三）”。）';
  const applyFix = gateway.applyFix.bind(gateway);
  gateway.applyFix = async (fix) => {
    const r = await applyFix(fix);
    return r.ok ? { ok: true, value: { ...r.value, note } } : r;
  };
  render(<App gateway={gateway} analyzer={createMainThreadAnalyzer()} checkOnOpen={false} />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
  });
  await screen.findByTestId('findings', {}, WAIT);
  const li = await formulationItem();
  await act(async () => {
    fireEvent.click(within(li).getByRole('button', { name: /改为“以习近平同志为核心的党中央”/ }));
  });
  const shown = await screen.findByText(/已修改：/, {}, WAIT);
  expect(shown.textContent).toContain(note);
});
