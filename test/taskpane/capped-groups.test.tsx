/**
 * @jest-environment jsdom
 *
 * A rule's group in the findings list when its findings pass the per-document cap (rules/index.ts:
 * 100 a rule and severity, the rest one summary finding with `omitted`): the header counts all of
 * them, says how many are listed and how many more there are, and agrees with the lines the list
 * shows (listed lines + the summary line's 另有 N 处) and with the engine's own count; the rule
 * filter's option counts the same. Groups under the cap keep the plain count.
 */
import { fireEvent, render, within } from '@testing-library/react';
import { FindingList } from '../../src/taskpane/components/FindingList';
import { FindingNav } from '../../src/taskpane/components/FindingNav';
import { runAnalysis } from '../../src/taskpane/analysisCore';
import { groupCounts, type FindingGroup } from '../../src/taskpane/report';
import { S } from '../../src/taskpane/strings';
import { analyze } from '../../src/engine';
import { countOfRule } from '../../src/engine/severity';
import { MAX_FINDINGS_PER_RULE } from '../../src/engine/rules';
import { textDoc } from '../support/docs';

jest.setTimeout(60_000);

const head = ['2025年度民主生活会对照检查材料', '一、存在的主要问题', '（一）在强化政治忠诚方面'];
const causes = ['二、原因分析', '一是理想信念有所松懈。'];

/** Materials whose findings of one rule pass the cap, in several shapes, and the rule that floods. */
const FLOODS: { name: string; rule: string; lines: string[] }[] = [
  {
    name: '240 vague measure paragraphs',
    rule: 'vague-measure',
    lines: [...head, '一是政治站位不高。比如，学习文件走过场。', ...causes, '三、整改措施', ...Array.from({ length: 240 }, (_, i) => `要进一步加强理论学习${i}。`)],
  },
  {
    name: '150 problems with a misspelt 一岗双责',
    rule: 'formulation',
    lines: [...head, ...Array.from({ length: 150 }, (_, i) => `${i + 1}. 落实一岗双职不到位，第${i + 1}项工作督促不够。比如，某项目推进慢。`), ...causes, '三、整改措施', '（一）每月学习2次，年底前完成。'],
  },
  {
    name: '240 items all numbered 1.',
    rule: 'numbering',
    lines: [...head, ...Array.from({ length: 240 }, () => '1. 学习不够深入。比如，读原著少。'), ...causes, '三、整改措施', '（一）每月学习2次，年底前完成。'],
  },
];

function renderList(groups: FindingGroup[]) {
  return render(
    <>
      <FindingNav groups={groups} rule="" onRule={() => undefined} position={0} total={0} onPrevious={() => undefined} onNext={() => undefined} />
      <FindingList
        groups={groups}
        currentKey={null}
        focusRequest={0}
        pageSize={1000}
        paragraphOf={(f) => f.paragraph}
        isStale={() => false}
        onOpen={() => undefined}
        onCurrent={() => undefined}
      />
    </>,
  );
}

describe.each(FLOODS)('$name', ({ rule, lines }) => {
  test('the capped group\'s header, its lines and the engine agree, and say how many more there are', () => {
    const doc = textDoc(lines);
    const report = runAnalysis(doc, undefined, undefined, false);
    const engineCount = countOfRule(analyze(textDoc(lines)).findings, rule);
    const group = report.groups.find((g) => g.rule === rule)!;
    const summaries = group.findings.filter((f) => f.omitted);
    expect(summaries.length).toBeGreaterThan(0);
    const c = groupCounts(group.findings);
    expect(c.total).toBe(engineCount);
    expect(c.listed).toBeLessThanOrEqual(MAX_FINDINGS_PER_RULE * 3);
    expect(c.total).toBe(c.listed + c.more);

    renderList(report.groups);
    const section = document.querySelector(`[data-rule-group="${rule}"]`) as HTMLElement;
    const header = within(section).getByRole('heading', { level: 3 }).textContent!;
    expect(header).toContain(S.groupCount(c));
    expect(header).toContain(`共 ${engineCount} 处`);
    expect(header).toContain(`逐条列出 ${c.listed} 处`);
    expect(header).toContain(`另有 ${c.more} 处`);
    // Not the number of cards (listed + summary lines), which is neither.
    expect(header).not.toContain(`（${group.findings.length}）`);

    // The list: one line per listed finding, plus the summary line(s) that say 另有 N 处 — the same N.
    const shown = section.querySelectorAll('button[data-paragraph]');
    expect(shown).toHaveLength(c.listed + summaries.length);
    const said = summaries.reduce((n, f) => n + Number(/另有 (\d+) 处/.exec(f.message)![1]), 0);
    expect(said).toBe(c.more);
    for (const f of summaries) expect(section.textContent).toContain(`另有 ${f.omitted} 处`);

    // The rule filter counts the same.
    const option = Array.from((document.querySelector('[data-testid=rule-filter]') as HTMLSelectElement).options).find((o) => o.value === rule)!;
    expect(option.textContent).toContain(`（${engineCount}）`);
  });
});

test('a group under the cap keeps its plain count, equal to its lines', () => {
  const lines = [...head, '1. 落实一岗双职不到位。比如，某项目推进慢。', '2. 学习不深。比如，读原著少。', ...causes, '三、整改措施', '1. 加强学习。', '2. 改进作风。'];
  const report = runAnalysis(textDoc(lines), undefined, undefined, false);
  renderList(report.groups);
  for (const g of report.groups) {
    expect(g.findings.some((f) => f.omitted)).toBe(false);
    const section = document.querySelector(`[data-rule-group="${g.rule}"]`) as HTMLElement;
    expect(within(section).getByRole('heading', { level: 3 }).textContent).toMatch(new RegExp(`（${g.findings.length}）$`));
    expect(section.querySelectorAll('button[data-paragraph]')).toHaveLength(g.findings.length);
  }
});

test('groupCounts: summaries count as the findings they stand for, in any order and severity', () => {
  const f = (omitted?: number) => ({ ...(omitted ? { omitted } : {}) });
  expect(groupCounts([])).toEqual({ total: 0, listed: 0, more: 0 });
  expect(groupCounts([f(), f(), f()])).toEqual({ total: 3, listed: 3, more: 0 });
  expect(groupCounts([f(), f(40), f()])).toEqual({ total: 42, listed: 2, more: 40 });
  expect(groupCounts([f(7), f(), f(3)])).toEqual({ total: 11, listed: 1, more: 10 });
  expect(S.groupCount({ total: 5, listed: 5, more: 0 })).toBe('（5）');
  expect(S.groupCount({ total: 350, listed: 100, more: 250 })).toContain('另有 250 处');
});

test('再显示 pages through the listed lines and the summary line; the header stays the same', () => {
  const report = runAnalysis(textDoc(FLOODS[0].lines), undefined, undefined, false);
  const groups = report.groups.filter((g) => g.rule === 'vague-measure');
  render(
    <FindingList groups={groups} currentKey={null} focusRequest={0} pageSize={40} paragraphOf={(f) => f.paragraph} isStale={() => false} onOpen={() => undefined} onCurrent={() => undefined} />,
  );
  const section = document.querySelector('[data-rule-group="vague-measure"]') as HTMLElement;
  const header = within(section).getByRole('heading', { level: 3 }).textContent;
  const c = groupCounts(groups[0].findings);
  for (let i = 0; i < 10; i++) {
    const more = within(section).queryByRole('button', { name: /^再显示/ });
    if (!more) break;
    fireEvent.click(more);
    expect(within(section).getByRole('heading', { level: 3 }).textContent).toBe(header);
  }
  expect(section.querySelectorAll('button[data-paragraph]')).toHaveLength(groups[0].findings.length);
  expect(section.textContent).toContain(`另有 ${c.more} 处`);
});
