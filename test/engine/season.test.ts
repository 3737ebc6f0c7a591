/**
 * The meeting season: a material checked in December 2026 that states no year is most likely for
 * the 2026年度 meetings, whose notice no template holds yet (../shared/templates.md). A trial writer
 * opening an empty document that month was handed "××2025年度民主生活会对照检查材料" and 2025's five
 * aspects; a material of a few lines was held against 2025's aspects. The day comes from the caller
 * (the CLI and the pane pass today's); without it detection does not depend on the date.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, NEWEST_TEMPLATE_ID, UNKNOWN_TEMPLATE_ID } from '../../src/engine';
import { dayText, meetingSeason, parseDay } from '../../src/engine/detect';
import { buildSkeleton } from '../../src/engine/skeleton';
import { allTemplates, skeletonTemplateFor } from '../../src/engine/template';
import { runAnalysis } from '../../src/taskpane/analysisCore';
import { checkDay } from '../../src/taskpane/clock';
import { runCli, tempFiles } from '../support/cli-run';
import { completeLines, textDoc } from '../support/docs';
import type { DocumentInput } from '../../src/engine/types';

const day = (s: string) => parseDay(s)!;
/** The newest year any built-in template covers, and the season after it (no template yet). */
const NEWEST_YEAR = Math.max(...allTemplates().flatMap((t) => t.years ?? []));
const UNCOVERED = `${NEWEST_YEAR + 1}-12-01`;
const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../fixtures/years', name), 'utf8').split('\n');

test.each([
  ['2026-12-01', 2026],
  ['2026-12-31', 2026],
  ['2026-11-30', 2025],
  ['2027-01-15', 2026],
  ['2027-03-01', 2026],
  ['2026-06-01', 2025],
  ['2025-12-10', 2025],
])('the materials written on %s are for the %i年度 meetings', (d, year) => {
  expect(meetingSeason(day(d))).toBe(year);
});

test.each([
  ['2026-12-01', '2026-12-01'],
  [' 2026-12-1 ', '2026-12-01'],
  ['2024-02-29', '2024-02-29'],
  ['2026-02-30', undefined],
  ['2026/12/01', undefined],
  ['20261201', undefined],
  ['', undefined],
])('parseDay(%j) reads a local calendar day', (text, back) => {
  const d = parseDay(text);
  expect(d === undefined ? undefined : dayText(d)).toBe(back);
});

const EMPTY: DocumentInput = { paragraphs: [{ index: 0, text: '' }, { index: 1, text: '   ' }], source: 'word' };
const SAYS_NOTHING = textDoc(['随便记几句', '开会前再整理']);

describe.each([
  ['an empty document', EMPTY],
  ['a document whose lines say nothing of the meeting', SAYS_NOTHING],
])('%s', (_name, input) => {
  test(`checked in a season no template covers (${UNCOVERED}): that year's unknown template, no aspects demanded`, () => {
    const a = analyze(input, { today: day(UNCOVERED) });
    expect(a.templateId).toBe(UNKNOWN_TEMPLATE_ID);
    expect(a.template.years).toEqual([NEWEST_YEAR + 1]);
    expect(a.template.aspects).toEqual([]);
    expect(a.templateReason).toContain(`${NEWEST_YEAR + 1}年度`);
    expect(a.findings.some((f) => f.rule === 'missing-aspect')).toBe(false);
  });

  test.each([`${NEWEST_YEAR}-12-20`, `${NEWEST_YEAR + 1}-06-01`, undefined])('checked on %s (a season with a template, or no day): the newest template as before', (d) => {
    const a = analyze(input, d ? { today: day(d) } : {});
    expect(a.templateId).toBe(NEWEST_TEMPLATE_ID);
    expect(a.templateReason).not.toContain(`${NEWEST_YEAR + 1}年度`);
  });
});

test('the whole skeleton of an empty document in the uncovered season has the parts alone: no other year\'s aspects or case part', () => {
  const a = analyze(EMPTY, { today: day(UNCOVERED) });
  const t = skeletonTemplateFor(a.templateId, a.recognisedYear)!;
  const texts = buildSkeleton(t, { kind: 'all' }).map((p) => p.text);
  expect(texts.some((x) => /带头/.test(x))).toBe(false);
  expect(texts.some((x) => /反面典型案例/.test(x))).toBe(false);
  expect(texts.some((x) => /存在的主要问题/.test(x))).toBe(true);
  expect(texts.some((x) => new RegExp(`${NEWEST_YEAR}年度`).test(x))).toBe(false);
});

describe.each([
  ['a 2025 个人 material with no year, headings run in', 'y2025_five_geren_noyear_inline.txt', 'five-aspects-2025'],
  ['a short 2021 material with no year or theme words', undefined, 'five-aspects-2021'],
])('%s', (_name, file, id) => {
  const input = textDoc(file ? fixture(file) : completeLines());
  test('its headings still decide in the uncovered season, and the reason says the new year may need its notice', () => {
    const a = analyze(input, { today: day(UNCOVERED) });
    expect(a.templateId).toBe(id);
    expect(a.templateReason).toContain(`如是${NEWEST_YEAR + 1}年度`);
  });
  test('in a covered season nothing is added', () => {
    const a = analyze(input, { today: day(`${NEWEST_YEAR + 1}-05-01`) });
    expect(a.templateId).toBe(id);
    expect(a.templateReason).not.toContain('如是');
    expect(a.templateReason).toBe(analyze(input).templateReason);
  });
});

// A material dated in a covered season (its sign-off, 2026年1月10日, is the 2025年度 meetings') is
// that season's: no "如是2026年度…" in December 2026 (a trial's January material got it).
test.each([
  [`${NEWEST_YEAR + 1}年1月10日`],
  [`（${NEWEST_YEAR + 1}年1月）`],
  [`${NEWEST_YEAR}年12月28日`],
])('dated %s, checked in the uncovered season: the dated season\'s reading, nothing added', (date) => {
  const lines = completeLines();
  const input = textDoc(date.startsWith('（') ? [lines[0], date, ...lines.slice(1)] : [...lines, date]);
  const a = analyze(input, { today: day(UNCOVERED) });
  expect(a.templateReason).not.toContain('如是');
  expect(a.templateId).toBe(analyze(textDoc(lines)).templateId);
});

test.each([
  ['a 2021 material named by its theme words, no year', 'y2021_five_geren_noyear_runin_missing.txt'],
  ['a material stating its year', 'y2025_five_banzi_case_after_causes.txt'],
  ['a 2026年度 material', 'y2026_banzi_new_aspects.txt'],
])('%s reads the same whatever the day', (_name, file) => {
  const input = textDoc(fixture(file));
  const plain = analyze(input);
  for (const d of [UNCOVERED, `${NEWEST_YEAR + 1}-06-01`, '2030-12-01']) {
    const a = analyze(input, { today: day(d) });
    expect(a.templateId).toBe(plain.templateId);
    expect(a.templateReason).toBe(plain.templateReason);
  }
});

describe('the hosts pass the day', () => {
  const before = process.env.DUIZHAO_TODAY;
  afterEach(() => {
    process.env.DUIZHAO_TODAY = before;
  });

  test('the pane: DUIZHAO_TODAY pins the day its check runs on; an empty document in the uncovered season', () => {
    process.env.DUIZHAO_TODAY = UNCOVERED;
    expect(dayText(checkDay())).toBe(UNCOVERED);
    expect(runAnalysis(EMPTY).templateId).toBe(UNKNOWN_TEMPLATE_ID);
    process.env.DUIZHAO_TODAY = `${NEWEST_YEAR + 1}-06-01`;
    expect(runAnalysis(EMPTY).templateId).toBe(NEWEST_TEMPLATE_ID);
    process.env.DUIZHAO_TODAY = 'not a day';
    expect(Math.abs(checkDay().getTime() - Date.now())).toBeLessThan(60_000);
  });

  test('the command line: the same material reads by the day; a day that is none is refused', async () => {
    const f = tempFiles('duizhao-season-').file('几句话.txt', SAYS_NOTHING.paragraphs.map((p) => p.text).join('\n'));
    process.env.DUIZHAO_TODAY = UNCOVERED;
    const late = JSON.parse((await runCli(f, '--json')).out) as { template: string };
    expect(late.template).toBe(UNKNOWN_TEMPLATE_ID);
    process.env.DUIZHAO_TODAY = `${NEWEST_YEAR + 1}-06-01`;
    const early = JSON.parse((await runCli(f, '--json')).out) as { template: string };
    expect(early.template).toBe(NEWEST_TEMPLATE_ID);
    process.env.DUIZHAO_TODAY = '2026-13-01';
    const bad = await runCli(f);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('DUIZHAO_TODAY 应为日期');
  });
});

describe('a material dated in a season no template covers is that year\'s, whatever it shares with an earlier year', () => {
  // 2025's aspects and theme words, no year stated (a notice repeats the plenum it follows).
  const body = fixture('y2025_five_geren_noyear_inline.txt');
  const uncovered = NEWEST_YEAR + 1;
  test.each([
    ['a date under the title', (l: string[]) => [l[0], `（${uncovered}年12月）`, ...l.slice(1)]],
    ['a sign-off date', (l: string[]) => [...l, `${uncovered}年12月15日`]],
    ['a sign-off in Chinese numerals', (l: string[]) => [...l, `${String(uncovered).split('').map((d) => '〇一二三四五六七八九'[Number(d)]).join('')}年十二月二十日`]],
    ['a month of the next year', (l: string[]) => [...l, `${uncovered + 1}年1月8日`]],
  ])('%s: that year\'s unknown template, said why', (_name, dated) => {
    const a = analyze(textDoc(dated(body)));
    expect(a.templateId).toBe(UNKNOWN_TEMPLATE_ID);
    expect(a.template.years).toEqual([uncovered]);
    expect(a.templateReason).toContain('材料日期');
    expect(a.templateReason).toContain(`应为${uncovered}年度的材料`);
  });
  test.each([
    ['dated in a covered season (January after it)', (l: string[]) => [...l, `${uncovered}年1月8日`]],
    ['dated in a covered season (December)', (l: string[]) => [...l, `${NEWEST_YEAR}年12月20日`]],
    ['a date inside a sentence of the preamble', (l: string[]) => [l[0], `按照${uncovered}年12月召开的会议要求，现对照检查如下。`, ...l.slice(1)]],
    ['no date', (l: string[]) => l],
  ])('%s: read as before', (_name, dated) => {
    const a = analyze(textDoc(dated(body)));
    expect(a.templateId).toBe(analyze(textDoc(body)).templateId);
    expect(a.templateReason).not.toContain('材料日期');
  });
});
