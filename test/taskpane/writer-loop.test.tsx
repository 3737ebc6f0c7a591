/**
 * @jest-environment jsdom
 *
 * The writer's loop in the pane (issue 10): check on open, findings first, follow a finding to its
 * words with focus kept in the pane, stale marks and re-check after edits, next/previous by
 * keyboard with wrap-around, focus and announcements, the slots for other features.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { App, stepIndex } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import type { PaneFinding } from '../../src/taskpane/report';
import { PANE_LINES } from '../support/pane-material';

jest.setTimeout(60_000);
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

// The pane material with an objective cause added after its first cause (index 9).
const MATERIAL = [...PANE_LINES.slice(0, 9), '二是平时工作任务繁重，忙于事务，放松了学习。', ...PANE_LINES.slice(9)].join('\n');

const $ = (sel: string) => document.querySelector(sel) as HTMLElement | null;
const $$ = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[];
const lines = () => $$('[data-testid=findings] button[data-paragraph]');

async function open(text = MATERIAL, props: Partial<React.ComponentProps<typeof App>> = {}) {
  const doc = new MemoryDocument(text);
  const gateway = new MemoryGateway(doc);
  const view = render(<App gateway={gateway} analyzer={createMainThreadAnalyzer()} recheckDelayMs={30} {...props} />);
  await waitFor(() => expect(lines().length).toBeGreaterThan(0), { timeout: 20_000 });
  return { doc, gateway, view };
}

test('checks when the pane opens: verdict, score and counts come before the findings', async () => {
  await open();
  const verdict = $('[data-testid=verdict]')!;
  expect(verdict.textContent).toMatch(/有 \d+ 个错误需要修改/);
  const findings = $('[data-testid=findings]')!;
  // Findings first: the verdict and the filters precede the list, the structure map follows it.
  expect(verdict.compareDocumentPosition(findings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(findings.compareDocumentPosition($('[data-testid=map]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  const score = $('[data-testid=score]')!;
  expect(score.textContent).toMatch(/完整度 \d+ 分/);
  // The score is explained: its description names what it counts.
  const explain = document.getElementById(score.getAttribute('aria-describedby')!)!;
  expect(explain.textContent).toMatch(/必备部分：3\/3/);
  expect(explain.textContent).toMatch(/规定方面：2\/5/);
  // The status is set by an effect after the report renders (a render of its own): waited for, as a
  // loaded machine can show the findings before it (a fresh-clone CI run did).
  await waitFor(() => expect($('[data-testid=announce]')!.textContent).toMatch(/检查完成。有 \d+ 个错误/));
});

test('one explanation card per rule group, with the rule’s before → after example', async () => {
  await open();
  const groups = $$('[data-rule-group]');
  expect(groups.length).toBeGreaterThan(1);
  for (const g of groups) {
    expect(g.querySelectorAll('[data-testid=rule-card]').length).toBeLessThanOrEqual(1);
  }
  const numbering = $('[data-rule-group=numbering] [data-testid=rule-card]')!;
  expect(numbering.textContent).toContain('三是基层治理');
  expect(numbering.textContent).toMatch(/审阅要求：/);
});

test('following a finding selects the flagged words and keeps focus on the line', async () => {
  const { doc } = await open();
  const line = $('[data-rule=objective-cause]')!;
  line.focus();
  await act(async () => {
    fireEvent.click(line);
  });
  expect(doc.selectedText).toBe('二是平时工作任务繁重，忙于事务，放松了学习。'.slice(2));
  expect(doc.selection.start.paragraph).toBe(9);
  expect(document.activeElement).toBe(line);
  // Its accessible name has no doubled full stop.
  for (const l of lines()) expect(l.getAttribute('aria-label')).not.toMatch(/。。/);
});

test('an edit marks the changed paragraph’s findings stale, then the re-check updates them', async () => {
  const { doc } = await open();
  const before = lines().filter((l) => l.dataset.paragraph === '6');
  expect(before.length).toBeGreaterThan(0);
  const ids = doc.paragraphs.map((p) => p.id);
  await act(async () => {
    doc.applyEdit(doc.paragraphs.map((p, i) => ({ id: ids[i], text: i === 6 ? '三是基层治理存在薄弱环节。比如，社区网格员配备不足。' : p.text })));
  });
  // At once: stale, other paragraphs untouched.
  expect(lines().filter((l) => l.dataset.stale === 'true').every((l) => l.dataset.paragraph === '6')).toBe(true);
  expect(lines().some((l) => l.dataset.stale === 'true')).toBe(true);
  // Then, without clicking: re-checked, the numbering finding is gone.
  await waitFor(() => expect($('[data-rule=numbering][data-paragraph="6"]')).toBeNull(), { timeout: 20_000 });
  expect(lines().some((l) => l.dataset.stale === 'true')).toBe(false);
});

test('paragraph numbers follow the document after a paragraph is added above', async () => {
  const { doc } = await open();
  const ids = doc.paragraphs.map((p) => p.id);
  await act(async () => {
    doc.applyEdit([{ text: '前言：对照检查如下。' }, ...doc.paragraphs.map((p, i) => ({ id: ids[i], text: p.text }))]);
  });
  await waitFor(() => expect($('[data-rule=numbering][data-paragraph="7"]')).not.toBeNull(), { timeout: 20_000 });
});

test('next / previous: F8 and Shift+F8 (and Alt+↓/↑) wrap around, show the position and follow', async () => {
  const { doc } = await open();
  const n = lines().length;
  const main = $('main')!;
  fireEvent.keyDown(main, { key: 'F8' });
  await waitFor(() => expect($('[data-testid=position]')!.textContent).toBe(`1 / ${n}`));
  expect(document.activeElement?.getAttribute('data-current')).toBe('true');
  fireEvent.keyDown(document.activeElement!, { key: 'F8', shiftKey: true });
  await waitFor(() => expect($('[data-testid=position]')!.textContent).toBe(`${n} / ${n}`));
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', altKey: true });
  await waitFor(() => expect($('[data-testid=position]')!.textContent).toBe(`1 / ${n}`));
  // The first finding was followed into the document.
  await waitFor(() => expect(doc.selection.start.paragraph).toBe(Number(lines()[0].dataset.paragraph)));
});

test('↑/↓ move between lines; one Tab stop for the whole list', async () => {
  await open();
  const all = lines();
  expect(all.filter((l) => l.tabIndex === 0)).toHaveLength(1);
  all[0].focus();
  fireEvent.keyDown(all[0], { key: 'ArrowDown' });
  expect(document.activeElement).toBe(all[1]);
  fireEvent.keyDown(all[1], { key: 'ArrowUp' });
  expect(document.activeElement).toBe(all[0]);
});

test('severity and rule filters narrow the list and the position count', async () => {
  await open();
  const total = lines().length;
  const info = $('[data-testid=severity-counts] [data-severity=info]')!;
  // A count shows only its severity (pressed); pressed again, all of them.
  expect(info.getAttribute('aria-pressed')).toBe('false');
  fireEvent.click(info);
  expect(info.getAttribute('aria-pressed')).toBe('true');
  expect(lines().length).toBeGreaterThan(0);
  expect(lines().every((l) => l.closest('[data-rule-group]')!.textContent!.startsWith('提示'))).toBe(true);
  fireEvent.click(info);
  expect(info.getAttribute('aria-pressed')).toBe('false');
  expect(lines().length).toBe(total);
  const select = $('[data-testid=rule-filter]') as unknown as HTMLSelectElement;
  fireEvent.change(select, { target: { value: 'numbering' } });
  expect(new Set(lines().map((l) => l.dataset.rule))).toEqual(new Set(['numbering']));
  expect($('[data-testid=position]')!.textContent).toBe(`共 ${lines().length} 条`);
});

test('after 检查 focus goes to the verdict; the button stays focusable while checking', async () => {
  await open();
  const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === '检查')!;
  button.focus();
  act(() => {
    fireEvent.click(button);
  });
  expect(button.hasAttribute('disabled')).toBe(false);
  expect(document.activeElement).toBe(button);
  await waitFor(() => expect(document.activeElement).toBe($('[data-testid=verdict]')), { timeout: 20_000 });
});

test('issue 11’s actions render beside every finding line; issue 9’s slot in the check bar', async () => {
  const seen: PaneFinding[] = [];
  await open(MATERIAL, {
    renderActions: (f) => {
      seen.push(f);
      return <button type="button" data-testid="action">{`忽略此条 ${f.rule}`}</button>;
    },
    templateSlot: <span data-testid="template-slot">模板选择</span>,
  });
  expect($$('[data-testid=action]').length).toBe(lines().length);
  expect($('[role=toolbar] [data-testid=template-slot]')).not.toBeNull();
  expect(seen.some((f) => f.rule === 'objective-cause' && f.quote?.includes('任务繁重'))).toBe(true);
});

test('stepIndex wraps both ways and starts at either end', () => {
  expect(stepIndex(-1, 3, 1)).toBe(0);
  expect(stepIndex(-1, 3, -1)).toBe(2);
  expect(stepIndex(2, 3, 1)).toBe(0);
  expect(stepIndex(0, 3, -1)).toBe(2);
  expect(stepIndex(1, 3, 1)).toBe(2);
  expect(stepIndex(0, 0, 1)).toBe(-1);
});
