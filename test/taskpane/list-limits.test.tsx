/**
 * @jest-environment jsdom
 *
 * What the finding list renders is bounded by its pages, not by the number of findings; and a
 * re-check renders again only the lines whose finding changed (unchanged findings keep their
 * objects, the lines' handlers stay the same).
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FindingList } from '../../src/taskpane/components/FindingList';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { sameFinding, shareUnchanged, type FindingGroup, type PaneFinding, type PaneReport } from '../../src/taskpane/report';
import { S } from '../../src/taskpane/strings';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';

jest.setTimeout(60_000);
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

function finding(rule: string, paragraph: number, i: number): PaneFinding {
  return { rule, severity: 'warning', message: `问题${i}`, paragraph, excerpt: `第${paragraph}段`, key: `${rule}:${paragraph}:${i}` };
}

function groups(rules: number, perRule: number): FindingGroup[] {
  return Array.from({ length: rules }, (_, r) => ({
    rule: `rule-${r}`,
    severity: 'warning' as const,
    findings: Array.from({ length: perRule }, (_, i) => finding(`rule-${r}`, i, i)),
  }));
}

const lines = () => document.querySelectorAll('[data-testid=findings] button[data-paragraph]').length;

function list(g: FindingGroup[], pageSize?: number) {
  return render(
    <FindingList
      groups={g}
      currentKey={null}
      focusRequest={0}
      pageSize={pageSize}
      paragraphOf={(f) => f.paragraph}
      isStale={() => false}
      onOpen={() => undefined}
      onCurrent={() => undefined}
    />,
  );
}

test.each([
  [1, 5],
  [1, 2000],
  [4, 300],
  [20, 50],
])('%i group(s) of %i findings: at most one page a group is rendered', (rules, perRule) => {
  list(groups(rules, perRule));
  expect(lines()).toBe(rules * Math.min(8, perRule));
});

test('再显示 adds one page to its group only', () => {
  list(groups(3, 100), 5);
  expect(lines()).toBe(15);
  fireEvent.click(screen.getAllByRole('button', { name: S.showMore(5) })[1]);
  expect(lines()).toBe(20);
  expect(document.querySelectorAll('[data-rule-group=rule-1] button[data-paragraph]')).toHaveLength(10);
});

describe('shareUnchanged', () => {
  const report = (g: FindingGroup[]): PaneReport => ({ groups: g }) as unknown as PaneReport;
  test('equal findings keep the old objects; changed, moved or new ones are the new objects', () => {
    const old = report(groups(2, 4));
    const next = report(groups(2, 4));
    next.groups[0].findings[1] = { ...next.groups[0].findings[1], message: '改了' };
    next.groups[1].findings[2] = { ...next.groups[1].findings[2], fix: { label: '改', edits: [] } };
    next.groups[1].findings.push(finding('rule-1', 9, 9));
    const shared = shareUnchanged(old, next);
    const same = shared.groups.flatMap((g, gi) => g.findings.map((f, fi) => f === old.groups[gi].findings[fi]));
    expect(same).toEqual([true, false, true, true, true, true, false, true, false]);
  });
  test('no previous report: the new one as it is', () => {
    const next = report(groups(1, 2));
    expect(shareUnchanged(null, next)).toBe(next);
  });
});

const MATERIAL = [
  '一、存在的主要问题',
  '（一）在带头深刻感悟“两个确立”的决定性意义方面',
  '一是理论学习不够深入。比如，全年只读了两本原著。',
  '二是以习近平同志为首的党中央部署落实不够。',
  '（二）在带头牢记我们党是什么、要干什么这个根本问题方面',
  '一是履职尽责不到位。比如，某项目推进缓慢。',
  '三基层治理存在薄弱环节。比如，社区网格员配备不足。',
  '二、原因分析',
  '一是理想信念有所松懈。',
  '三、整改措施',
  '（一）强化理论武装。每月集中学习。',
].join('\n');

test('in the pane: a re-check with nothing changed renders no finding line again; an edit only the changed ones', async () => {
  const doc = new MemoryDocument(MATERIAL);
  const renders: PaneFinding[] = [];
  // Called once each time a line renders (the pane's own actions are replaced by this probe).
  const probe = (f: PaneFinding) => {
    renders.push(f);
    return null;
  };
  render(<App gateway={new MemoryGateway(doc)} analyzer={createMainThreadAnalyzer()} renderActions={probe} recheckDelayMs={20} />);
  const main = document.querySelector('main')!;
  await waitFor(() => expect(lines()).toBeGreaterThan(3), { timeout: 20_000 });
  const shown = lines();
  await waitFor(() => expect(main.getAttribute('aria-busy')).toBe('false'));
  const afterOpen = renders.length;
  expect(afterOpen).toBeGreaterThanOrEqual(shown);

  const checks = Number(main.dataset.checks);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: S.check }));
  });
  await waitFor(() => expect(Number(main.dataset.checks)).toBe(checks + 1), { timeout: 20_000 });
  expect(renders.length).toBe(afterOpen);

  // Fix the broken number: its finding goes, the rest stay as they were.
  const ids = doc.paragraphs.map((p) => p.id);
  await act(async () => {
    doc.applyEdit(doc.paragraphs.map((p, i) => ({ id: ids[i], text: i === 6 ? '二是基层治理存在薄弱环节。比如，社区网格员配备不足。' : p.text, level: p.level })));
  });
  await waitFor(() => expect(Number(main.dataset.checks)).toBe(checks + 2), { timeout: 20_000 });
  const again = renders.slice(afterOpen);
  // Only lines whose finding is new or says something new render again (the numbering finding
  // went; the missing-aspect fixes name the new numbers), or a line of the edited paragraph (its
  // stale mark): never another line with the same finding.
  expect(again.length).toBeLessThan(shown);
  const before = renders.slice(0, afterOpen);
  const elsewhere = again.filter((f) => f.paragraph !== 6);
  expect(elsewhere.filter((f) => before.includes(f))).toEqual([]);
  expect(elsewhere.every((f) => !before.some((b) => b.key === f.key && sameFinding(b, f)))).toBe(true);
});
