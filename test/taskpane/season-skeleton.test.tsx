/**
 * @jest-environment jsdom
 *
 * 插入框架 follows the template the engine reads the document by, and the menu names it. A trial
 * writer opening an empty document in December 2026 (the 2026年度 season, no template yet) was
 * handed 2025's skeleton — its five aspects and its 反面典型案例剖析 — by a menu that named no year:
 * the pane took the newest template while the engine, checking the same empty document, said
 * 2026年度 (detect.ts, season.ts emptyDocumentTemplate).
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { analyze, NEWEST_TEMPLATE_ID, UNKNOWN_TEMPLATE_ID } from '../../src/engine';
import { parseDay } from '../../src/engine/season';
import { allTemplates } from '../../src/engine/template';
import { buildSkeleton } from '../../src/engine/skeleton';
import { App } from '../../src/taskpane/App';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { runAnalysis } from '../../src/taskpane/analysisCore';
import { checkSeason } from '../../src/taskpane/clock';
import { skeletonSource, skeletonTemplate } from '../../src/taskpane/skeletonSource';
import { S } from '../../src/taskpane/strings';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { textDoc } from '../support/docs';
import type { DocumentInput } from '../../src/engine/types';

jest.setTimeout(60_000);
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const WAIT = { timeout: 20_000 };
const NEWEST_YEAR = Math.max(...allTemplates().flatMap((t) => t.years ?? []));
const UNCOVERED_YEAR = NEWEST_YEAR + 1;
const UNCOVERED = `${UNCOVERED_YEAR}-12-02`;
const COVERED = `${UNCOVERED_YEAR}-06-01`;

const before = process.env.DUIZHAO_TODAY;
afterEach(() => {
  process.env.DUIZHAO_TODAY = before;
});

const EMPTY: DocumentInput = { paragraphs: [{ index: 0, text: '' }], source: 'word' };
/** Documents with content, in several shapes: each skeleton must follow the engine's template. */
const SHAPES: Array<[string, DocumentInput]> = [
  ['lines that say nothing of the meeting', textDoc(['随便记几句', '开会前再整理'])],
  ['parts and no year', textDoc(['一、存在的主要问题', '学习不深。', '二、原因分析', '理想信念松懈。', '三、整改措施', '每月学习2次。'])],
  ['a stated year with no template, and its meeting', textDoc([`${UNCOVERED_YEAR}年度组织生活会对照检查材料`, '一、存在的主要问题', '学习不深。'])],
  ['a stated year with a template', textDoc([`${NEWEST_YEAR}年度民主生活会对照检查材料`, '一、存在的主要问题', '学习不深。'])],
];

const titles = (input: DocumentInput, season: number) => {
  const report = runAnalysis(input);
  const t = skeletonTemplate({ report, season })!;
  return { report, t, texts: buildSkeleton(t, { kind: 'all' }).map((p) => p.text) };
};

describe.each([
  [UNCOVERED, UNCOVERED_YEAR],
  [COVERED, NEWEST_YEAR],
])('checked on %s', (day, season) => {
  beforeEach(() => {
    process.env.DUIZHAO_TODAY = day;
  });

  test('an empty document (no check yet): the template the engine reads it by', () => {
    expect(checkSeason()).toBe(season);
    const engine = analyze(EMPTY, { today: parseDay(day)! }).template;
    const t = skeletonTemplate({ season: checkSeason() })!;
    expect(t.id).toBe(engine.id);
    expect(t.years).toEqual(engine.years);
    expect(t.aspects.length).toBe(engine.aspects.length);
    const texts = buildSkeleton(t, { kind: 'all' }).map((p) => p.text);
    if (season === UNCOVERED_YEAR) {
      expect(t.id).toBe(UNKNOWN_TEMPLATE_ID);
      expect(texts[0]).toContain(`${UNCOVERED_YEAR}年度`);
      expect(texts.join('\n')).not.toMatch(/带头|2025年度/);
      // The meeting named, and the parts the 2024年度 and 2025年度 notices both asked for (trial 22:
      // ××2026年度对照检查材料 with no 上年度 part).
      expect(texts[0]).toBe(`××${UNCOVERED_YEAR}年度民主生活会对照检查材料`);
      expect(texts).toContain('一、上年度问题整改落实情况');
      expect(texts).toContain('三、反面典型案例剖析');
      expect(skeletonSource(t)).toBe(`${UNCOVERED_YEAR}年度：各部分，方面待通知`);
    } else {
      expect(t.id).toBe(NEWEST_TEMPLATE_ID);
      expect(skeletonSource(t)).toContain(`${NEWEST_YEAR}年度`);
    }
  });

  test.each(SHAPES)('%s: the template of the engine\'s own analysis, with its year', (_name, input) => {
    const { report, t, texts } = titles(input, season);
    const engine = analyze(input, { today: parseDay(day)! }).template;
    expect(t.id).toBe(engine.id);
    expect(t.aspects.map((a) => a.title)).toEqual(engine.aspects.map((a) => a.title));
    if (engine.id === UNKNOWN_TEMPLATE_ID) {
      // The year the engine read (the title's, else the season's) is the skeleton's and the menu's.
      const year = engine.years?.[0];
      if (year !== undefined) {
        expect(texts[0]).toContain(`${year}年度`);
        expect(skeletonSource(t)).toContain(`${year}年度`);
      }
      if (engine.meeting) expect(texts[0]).toContain(engine.meeting);
      expect(texts.join('\n')).not.toMatch(/带头/);
      expect(texts[0]).toContain(engine.meeting ?? '民主生活会');
      expect(report.skeletonTemplate).toBeDefined();
    } else {
      expect(skeletonSource(t)).toContain(engine.name);
    }
  });
});

describe('in the pane', () => {
  test.each([
    [UNCOVERED, `${UNCOVERED_YEAR}年度：各部分，方面待通知`],
    [COVERED, `“${allTemplates().find((t) => t.id === NEWEST_TEMPLATE_ID)!.name}”`],
  ])('on %s an empty document\'s menu names what 整篇框架 inserts, and inserts it', async (day, source) => {
    process.env.DUIZHAO_TODAY = day;
    const doc = new MemoryDocument('');
    render(<App gateway={new MemoryGateway(doc)} analyzer={createMainThreadAnalyzer()} />);
    await waitFor(() => expect(screen.getByText(S.emptyDocument)).toBeTruthy(), WAIT);
    fireEvent.click(screen.getByRole('button', { name: S.insertMenu }));
    const menu = await screen.findByRole('menu', {}, WAIT);
    expect(within(menu).getByText(S.insertFrom(source))).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(menu).getByRole('menuitem', { name: S.insertAll }));
    });
    await waitFor(() => expect(doc.paragraphs.some((p) => p.text.includes('存在的主要问题'))).toBe(true), WAIT);
    const text = doc.paragraphs.map((p) => p.text).join('\n');
    if (day === UNCOVERED) {
      expect(text).toContain(`${UNCOVERED_YEAR}年度`);
      expect(text).not.toMatch(/带头|2025年度/);
      expect(text).toContain(`${UNCOVERED_YEAR}年度民主生活会对照检查材料`);
      expect(text).toContain('上年度问题整改落实情况');
    } else {
      expect(text).toContain(`${NEWEST_YEAR}年度`);
      expect(text).toMatch(/带头/);
    }
  });
});
