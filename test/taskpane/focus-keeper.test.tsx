/**
 * @jest-environment jsdom
 *
 * Focus never lands on <body> (issue 10), in components: the focus keeper's choice of the next
 * finding (nextKey) and its behaviour when the focused control goes (a row removed, a scope entry
 * removed, nothing left); the roving Tab stop of a bar; the severity counts as "show only"; the
 * score's explanation of each count; the short finding line and its accessible name.
 */
import * as React from 'react';
import { act, fireEvent, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { nextKey, useFocusKeeper } from '../../src/taskpane/hooks/useFocusKeeper';
import { useRoving } from '../../src/taskpane/hooks/useRoving';
import { Verdict } from '../../src/taskpane/components/Verdict';
import { FindingLine, findingName } from '../../src/taskpane/components/FindingLine';
import { LINE_WORDS_MAX, lineWords, type PaneFinding } from '../../src/taskpane/report';
import { SCORE_PART_EXPLAIN } from '../../src/taskpane/strings';

describe('nextKey: where focus goes when a finding’s line is gone', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  test.each([
    ['the line is still there (re-rendered)', 'c', ['a', 'b', 'c', 'd'], 'c'],
    ['the next one after it', 'c', ['a', 'b', 'd', 'e'], 'd'],
    ['several removed at once (a rule): the first after them', 'b', ['a', 'e'], 'e'],
    ['the last one removed: the one before it', 'e', ['a', 'b', 'c'], 'c'],
    ['every neighbour gone (new keys after a re-check): the line at its place', 'c', ['x', 'y', 'z', 'w'], 'z'],
    ['new keys, fewer lines: the last line', 'e', ['x', 'y'], 'y'],
    ['no finding left', 'c', [], null],
  ])('%s', (_name, key, now, want) => {
    expect(nextKey({ key, order }, now)).toBe(want);
  });
  test('an anchor without a key: the first line', () => {
    expect(nextKey({ key: null, order }, ['b', 'c'])).toBe('b');
  });
});

/** A pane with finding rows (data-key), a scope of entries, a fallback; rows and entries removable. */
function Harness({ rows, entries, verdict = true }: { rows: string[]; entries: string[]; verdict?: boolean }) {
  const pane = React.useRef<HTMLElement>(null);
  const fallback = React.useRef<HTMLParagraphElement>(null);
  const order = React.useRef(rows);
  order.current = rows;
  useFocusKeeper({
    pane,
    order: () => order.current,
    focusLine: (key) => document.querySelector<HTMLElement>(`[data-key="${key}"] button[data-line]`)?.focus(),
    fallback: () => fallback.current,
  });
  return (
    <main ref={pane}>
      {verdict ? (
        <p tabIndex={-1} ref={fallback} data-testid="fallback">
          verdict
        </p>
      ) : null}
      <ul>
        {rows.map((k) => (
          <li key={k} data-key={k}>
            <button data-line>{`line ${k}`}</button>
            <button data-action>{`act ${k}`}</button>
          </li>
        ))}
      </ul>
      <div data-focus-scope="dismissed">
        {entries.map((e) => (
          <button key={e}>{`restore ${e}`}</button>
        ))}
      </div>
    </main>
  );
}

const active = () => document.activeElement as HTMLElement;
const flush = () => act(() => new Promise((r) => setTimeout(r, 30)));

describe('useFocusKeeper: the focused control removed', () => {
  test('a row’s action removed with its row: the next row’s line', async () => {
    const v = render(<Harness rows={['a', 'b', 'c']} entries={[]} />);
    (document.querySelector('[data-key=b] button[data-action]') as HTMLElement).focus();
    v.rerender(<Harness rows={['a', 'c']} entries={[]} />);
    await flush();
    expect(active().textContent).toBe('line c');
  });

  test('the last row removed: the row before it', async () => {
    const v = render(<Harness rows={['a', 'b', 'c']} entries={[]} />);
    (document.querySelector('[data-key=c] button[data-line]') as HTMLElement).focus();
    v.rerender(<Harness rows={['a', 'b']} entries={[]} />);
    await flush();
    expect(active().textContent).toBe('line b');
  });

  test('every row removed: the fallback (the verdict)', async () => {
    const v = render(<Harness rows={['a']} entries={[]} />);
    (document.querySelector('[data-key=a] button[data-line]') as HTMLElement).focus();
    v.rerender(<Harness rows={[]} entries={[]} />);
    await flush();
    expect(active().getAttribute('data-testid')).toBe('fallback');
  });

  test('an entry of a scope removed: the entry now at its place, else the one before', async () => {
    const v = render(<Harness rows={['a']} entries={['x', 'y', 'z']} />);
    (document.querySelectorAll('[data-focus-scope] button')[1] as HTMLElement).focus();
    v.rerender(<Harness rows={['a']} entries={['x', 'z']} />);
    await flush();
    expect(active().textContent).toBe('restore z');
    v.rerender(<Harness rows={['a']} entries={['x']} />);
    await flush();
    expect(active().textContent).toBe('restore x');
  });

  test('focus the writer put elsewhere (not lost) is left alone', async () => {
    const v = render(<Harness rows={['a', 'b']} entries={[]} />);
    (document.querySelector('[data-key=a] button[data-line]') as HTMLElement).focus();
    (document.querySelector('[data-key=b] button[data-action]') as HTMLElement).focus();
    v.rerender(<Harness rows={['a', 'b']} entries={[]} />);
    await flush();
    expect(active().textContent).toBe('act b');
  });

  test('nothing is moved before focus was ever in the pane', async () => {
    const v = render(<Harness rows={['a', 'b']} entries={[]} />);
    v.rerender(<Harness rows={['b']} entries={[]} />);
    await flush();
    expect(active()).toBe(document.body);
  });
});

function Bar({ n, extra = false }: { n: number; extra?: boolean }) {
  const ref = useRoving<HTMLDivElement>('button[data-r]');
  return (
    <div ref={ref} role="toolbar">
      {Array.from({ length: n }, (_, i) => (
        <button key={i} data-r>{`b${i}`}</button>
      ))}
      <select aria-label="s">
        <option>o</option>
      </select>
      {extra ? <button data-r>late</button> : null}
    </div>
  );
}

describe('useRoving: a bar is one Tab stop, ←/→ within it', () => {
  const tabbable = () => [...document.querySelectorAll('button[data-r]')].filter((b) => b.getAttribute('tabindex') === '0').map((b) => b.textContent);
  test('one stop; arrows move it and wrap; Home/End; the select keeps its own stop', () => {
    render(<Bar n={3} />);
    expect(tabbable()).toEqual(['b0']);
    const b0 = document.querySelectorAll('button[data-r]')[0] as HTMLElement;
    b0.focus();
    fireEvent.keyDown(b0, { key: 'ArrowRight' });
    expect(active().textContent).toBe('b1');
    expect(tabbable()).toEqual(['b1']);
    fireEvent.keyDown(active(), { key: 'ArrowLeft' });
    fireEvent.keyDown(active(), { key: 'ArrowLeft' });
    expect(active().textContent).toBe('b2');
    fireEvent.keyDown(active(), { key: 'Home' });
    expect(active().textContent).toBe('b0');
    fireEvent.keyDown(active(), { key: 'End' });
    expect(active().textContent).toBe('b2');
    expect(document.querySelector('select')!.hasAttribute('tabindex')).toBe(false);
  });
  test('a control added later (a menu replacing its stand-in) joins the group', async () => {
    const v = render(<Bar n={2} />);
    v.rerender(<Bar n={2} extra />);
    await flush();
    expect(tabbable()).toEqual(['b0']);
    expect(document.querySelector('button[data-r]:last-of-type')!.getAttribute('tabindex')).toBe('-1');
  });
});

describe('Verdict: a count shows only its severity; the score explains each count', () => {
  const counts = { error: 2, warning: 3, info: 4 };
  const completeness = {
    score: 70,
    parts: [
      { kind: 'parts' as const, label: '必备部分', got: 3, total: 3 },
      { kind: 'aspects' as const, label: '规定方面', got: 2, total: 5 },
      { kind: 'answered' as const, label: '有对应措施的问题', got: 4, total: 6 },
      { kind: 'concrete' as const, label: '具体可查的措施', got: 1, total: 3 },
    ],
  };
  const renderVerdict = (only: 'error' | 'warning' | 'info' | null, onToggle = jest.fn()) =>
    render(
      <FluentProvider theme={webLightTheme}>
        <Verdict counts={counts} completeness={completeness} only={only} onToggleSeverity={onToggle} />
      </FluentProvider>,
    );
  const pressed = () => [...document.querySelectorAll('[data-severity]')].map((b) => [b.getAttribute('data-severity'), b.getAttribute('aria-pressed')]);
  test('nothing pressed when all are shown; the one shown alone is pressed', () => {
    const onToggle = jest.fn();
    const v = renderVerdict(null, onToggle);
    expect(pressed()).toEqual([['error', 'false'], ['warning', 'false'], ['info', 'false']]);
    fireEvent.click(document.querySelector('[data-severity=warning]')!);
    expect(onToggle).toHaveBeenCalledWith('warning');
    v.unmount();
    renderVerdict('warning');
    expect(pressed()).toEqual([['error', 'false'], ['warning', 'true'], ['info', 'false']]);
  });
  test('each count of the score says what it counts', () => {
    renderVerdict(null);
    const items = [...document.querySelectorAll('[data-explain] li')];
    expect(items).toHaveLength(4);
    for (const li of items) {
      const kind = li.getAttribute('data-kind')!;
      expect(li.textContent).toContain(SCORE_PART_EXPLAIN[kind]);
      expect(li.textContent).toMatch(/：\d+\/\d+（.+）$/);
    }
  });
});

describe('a finding’s line is short: the words and the paragraph’s start', () => {
  const base: PaneFinding = {
    key: 'k',
    rule: 'no-example',
    severity: 'info',
    paragraph: 10,
    excerpt: '二是政治判断力有待提高。对“两个确立”的深刻内涵理解不够透彻…',
    message: '问题“政治判断力有待提高”没有具体事例：可用“比如”举出具体的事、数字或项目，做到见人见事见思想。',
  } as PaneFinding;
  test.each([
    ['flagged words', { ...base, quote: '四是' }, '四是', true],
    ['the words the message quotes', base, '政治判断力有待提高', true],
    ['no quotation: the first clause', { ...base, message: '缺少整改措施部分。请补写。' }, '缺少整改措施部分', false],
    // A quote in what to do (a button's name) is no words of the document: the first clause instead.
    [
      'a button quoted after the first sentence',
      { ...base, rule: 'unknown-template', message: '识别为2026年度民主生活会的材料，但还没有该年度民主生活会的模板：本次不按方面检查。请导入当年通知列出的方面：点“模板”旁的“从通知导入…”。' },
      '识别为2026年度民主生活会的材料',
      false,
    ],
    ['quotes after a colon in the first sentence', { ...base, message: '编号跳号：此处应为“三是”，写成了“四是”。' }, '三是', true],
    ['long flagged words are cut', { ...base, quote: '同'.repeat(40) }, `${'同'.repeat(LINE_WORDS_MAX - 1)}…`, true],
  ])('%s', (_n, f, words, quoted) => {
    expect(lineWords(f)).toEqual({ words, quoted });
  });
  test('the line shows no message, its name has no "。。", the message is its title', () => {
    const messages = [base.message, '编号跳号：此处应为“三是”，写成了“四是”。', '标题“二、存在的主要问题。”未使用标题样式。'];
    for (const message of messages) {
      const f = { ...base, message, excerpt: '二、存在的主要问题。' };
      const v = render(
        <FluentProvider theme={webLightTheme}>
          <FindingLine finding={f} paragraph={f.paragraph} onOpen={() => undefined} />
        </FluentProvider>,
      );
      const b = document.querySelector('button[data-rule]') as HTMLElement;
      expect(b.textContent).not.toContain(message);
      expect(b.getAttribute('title')).toBe(message);
      expect(b.getAttribute('aria-label')).not.toMatch(/。。/);
      expect(b.getAttribute('aria-label')).toMatch(/^提示：.+。第 11 段：/);
      expect(findingName(f, 10, true)).toMatch(/等待重新检查。$/);
      v.unmount();
    }
  });
});
