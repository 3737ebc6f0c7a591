/**
 * A problem answered only by the writer's own 整改清单 row: the row's 问题 cell names the problem
 * (quotes it, or restates it with small differences) and its 整改措施 cell holds a concrete measure
 * whose words do not overlap the problem's (“自学不系统 | 每月撰写1篇心得”). The row answers it —
 * strongly, its 问题 cell the evidence — so uncovered-problem is silent and the report's
 * 问题—措施对应 shows the link; the same table in a .md pipe table, a .docx and Word paragraphs.
 * A 问题 cell naming nothing in the material links nothing, and a slogan row (加强学习，提高认识)
 * still answers nothing and still reads as vague.
 */
import { analyze, type Analysis } from '../../src/engine';
import { linksOf } from '../../src/engine/link';
import type { Paragraph } from '../../src/engine/types';
import { claimWords, ProblemClaims } from '../../src/engine/table-rows';
import { makeDocx } from '../support/docx-writer';
import { runCli, tempFiles } from '../support/cli-run';

/** A 2025 material written for these tests: five aspects, one problem each, no measure of its own words. */
const PROBLEMS = [
  '一是贯彻落实上级决策部署有时停留在面上。比如，稳外贸配套措施3个月后才出台。',
  '一是理论学习不够系统，全年自学笔记仅8000字。',
  '一是群众办事来回跑，不动产登记窗口平均要跑3次。',
  '一是招商引资质量不高，签约项目30个，开工仅9个。',
  '一是落实一岗双责有温差，全年廉政谈话仅3人次。',
];
const ASPECTS = [
  '（一）在带头强化政治忠诚、提高政治能力方面',
  '（二）在带头固本培元、增强党性方面',
  '（三）在带头敬畏人民、敬畏组织、敬畏法纪方面',
  '（四）在带头干事创业、担当作为方面',
  '（五）在带头坚决扛起管党治党责任方面',
];
const BEFORE = [
  '2025年度民主生活会个人对照检查材料',
  '一、存在的问题',
  ...ASPECTS.flatMap((a, k) => [a, PROBLEMS[k]]),
  '二、反面典型案例剖析',
  '对照某县原局长×××违规收受礼金案，剖析其根源在于理想信念滑坡。对照案例查摆自身差距，自身也存在廉洁意识不强的问题。',
  '三、原因分析',
  '（一）理想信念不够坚定。放松了对世界观人生观价值观的改造。',
  '四、整改措施',
];
const AFTER = ['对照检查人：王××', '2025年12月28日'];
const HEADER = ['序号', '问题', '整改措施', '责任人', '完成时限'];

/** Rows (问题, 整改措施, 责任人, 完成时限); 序号 added. */
type Row = [string, string, string, string];

/** Word paragraphs as the pane (and the .docx reader) gives them: cells carry table, row, column. */
function wordMaterial(rows: Row[]): Paragraph[] {
  const ps: Omit<Paragraph, 'index'>[] = BEFORE.map((text) => ({ text }));
  [HEADER, ...rows.map((r, k) => [String(k + 1), ...r])].forEach((cells, row) =>
    cells.forEach((text, column) => ps.push({ text, inTable: true, cell: { table: 0, row, column } })),
  );
  for (const text of AFTER) ps.push({ text });
  return ps.map((p, index) => ({ ...p, index }));
}

function markdown(rows: Row[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [...BEFORE, '', line(HEADER), line(HEADER.map(() => '---')), ...rows.map((r, k) => line([String(k + 1), ...r])), '', ...AFTER].join('\n');
}

function docx(rows: Row[]): Promise<Uint8Array> {
  return makeDocx({
    body: [
      ...BEFORE.map((text) => ({ text })),
      { kind: 'table', rows: [HEADER, ...rows.map((r, k) => [String(k + 1), ...r])].map((cells) => cells.map((text) => [{ text }])) },
      ...AFTER.map((text) => ({ text })),
    ],
  });
}

const analyse = (rows: Row[]): Analysis => analyze({ paragraphs: wordMaterial(rows), source: 'word' });
const linkOf = (a: Analysis, problem: number) => linksOf(a).links[problem];
const uncovered = (a: Analysis) => a.findings.filter((f) => f.rule === 'uncovered-problem').map((f) => f.message);

/** The measure of each row shares no word with the problem its 问题 cell names. */
const MEASURES = {
  study: ['每月撰写1篇心得，每季度交流1次', '王××', '长期坚持'],
  invest: ['每月召开1次调度会，逐个销号', '县商务局', '2026年12月底'],
  duty: ['每季度听取1次分管科室汇报', '王××', '长期坚持'],
} as const;
const row = (cell: string, m: readonly [string, string, string]): Row => [cell, m[0], m[1], m[2]];

describe('a row whose 问题 cell names the problem answers it, its measure sharing no word with it', () => {
  test.each([
    ['restated: a word dropped', '自学不系统', 1, MEASURES.study],
    ['restated with 一是 and a trailing 问题', '一是自学不系统问题', 1, MEASURES.study],
    ['restated in quotation marks', '“自学不系统”', 1, MEASURES.study],
    ['restated with a trailing 方面', '自学不系统方面', 1, MEASURES.study],
    ['restated from its example', '开工项目少', 3, MEASURES.invest],
    ['restated, 的问题', '开工项目少的问题', 3, MEASURES.invest],
    // A measure on study under the last aspect's problem: the cell, not the measure's topic, says which.
    ['restated, another aspect\'s problem', '双责落实温差', 4, MEASURES.study],
  ])('%s: %s', (_shape, cell, problem, measure) => {
    // The row stands first, whatever aspect its problem is of.
    const a = analyse([row(cell, measure)]);
    const l = linkOf(a, problem);
    expect(l.strength).toBe('strong');
    expect(linksOf(a).measures[l.measure!].paragraph).toBe(wordMaterial([row(cell, measure)]).findIndex((p) => p.text === measure[0]));
    expect(l.evidence[0]).toBe(`问题栏“${cell.replace(/[“”]/g, '')}”`);
    expect(uncovered(a).filter((m) => m.includes(l.head.replace(/^一是/, '').split('，')[0]))).toEqual([]);
    // It answers that problem only: the others stay unanswered (no measure of theirs).
    expect(linksOf(a).links.filter((x, k) => k !== problem && x.measure !== null && x.strength === 'strong')).toEqual([]);
    expect(a.findings.filter((f) => f.rule === 'orphan-measure')).toEqual([]);
  });

  test('quoting the problem exactly: answered as before (its words are the cell\'s)', () => {
    const a = analyse([row('理论学习不够系统', MEASURES.study)]);
    expect(linkOf(a, 1).strength).toBe('strong');
    expect(uncovered(a).some((m) => m.includes('理论学习不够系统'))).toBe(false);
  });

  test('a table of rows in another order than the aspects: each row answers the problem its cell names', () => {
    const a = analyse([row('廉政谈话偏少', MEASURES.duty), row('开工项目少', MEASURES.invest), row('自学不系统', MEASURES.study)]);
    const measureOf = (k: number) => linksOf(a).measures[linkOf(a, k).measure!].head;
    expect(measureOf(4)).toContain('分管科室汇报');
    expect(measureOf(3)).toContain('调度会');
    expect(measureOf(1)).toContain('撰写1篇心得');
    expect([1, 3, 4].map((k) => linkOf(a, k).strength)).toEqual(['strong', 'strong', 'strong']);
  });

  test('a 问题 cell of two lines naming two problems: the row answers both', () => {
    const a = analyse([row('自学不系统\n开工项目少', ['每月撰写1篇心得，每月召开1次调度会', '王××', '长期坚持'])]);
    expect(linkOf(a, 1).strength).toBe('strong');
    expect(linkOf(a, 3).strength).toBe('strong');
    expect(linkOf(a, 1).evidence[0]).toBe('问题栏“自学不系统”');
    expect(linkOf(a, 3).evidence[0]).toBe('问题栏“开工项目少”');
  });
});

describe('no link where the row names nothing of the material or only says a slogan', () => {
  test('a 问题 cell naming nothing in the material: the problem unanswered, the row answering nothing', () => {
    const a = analyse([row('档案管理不规范', MEASURES.study)]);
    expect(linkOf(a, 1).strength).toBe('none');
    expect(uncovered(a).some((m) => m.includes('理论学习不够系统'))).toBe(true);
    expect(a.findings.filter((f) => f.rule === 'orphan-measure')).toHaveLength(1);
  });

  test('a cell sharing one word of two with a problem (谈话少) names no problem', () => {
    const a = analyse([row('谈话少', MEASURES.duty)]);
    expect(linkOf(a, 4).strength).toBe('none');
  });

  test.each([
    ['加强学习，提高认识', ''],
    ['提高思想认识，增强自觉性', '—'],
  ])('a slogan measure cell (%s), no owner or deadline: no answer, still vague', (slogan, blankCell) => {
    const a = analyse([row('自学不系统', [slogan, blankCell, blankCell])]);
    expect(linkOf(a, 1).strength).toBe('none');
    // Its 问题 cell names the problem: the slogan speaks to it, no more.
    expect(uncovered(a).filter((m) => m.includes('理论学习不够系统'))).toEqual([expect.stringContaining('只被较笼统的措施泛泛提及')]);
    expect(a.findings.filter((f) => f.rule === 'vague-measure').map((f) => f.message)).toEqual([expect.stringContaining(slogan.slice(0, 4))]);
    expect(a.findings.filter((f) => f.rule === 'orphan-measure')).toEqual([]);
  });

  test('a slogan measure cell with an owner and deadline: its 问题 cell makes it no answer', () => {
    const a = analyse([row('自学不系统', ['提高认识，转变作风', '王××', '长期坚持'])]);
    expect(linkOf(a, 1).strength).toBe('none');
    expect(uncovered(a).filter((m) => m.includes('理论学习不够系统'))).toEqual([expect.stringContaining('只被较笼统的措施泛泛提及')]);
  });
});

describe('through the CLI: the report shows the link, uncovered-problem is silent', () => {
  const files = tempFiles('duizhao-claimed-rows-');
  const rows: Row[] = [row('自学不系统', MEASURES.study), row('开工项目少', MEASURES.invest), row('“双责落实温差”', MEASURES.duty)];

  async function check(file: string) {
    const json = JSON.parse((await runCli(file, '--json')).out);
    const report = (await runCli(file)).out;
    return { json, report };
  }

  test.each([
    ['a .md pipe table', async () => files.file('材料.md', markdown(rows))],
    ['a .txt pipe table', async () => files.file('材料.txt', markdown(rows))],
    ['a .docx table', async () => files.file('材料.docx', Buffer.from(await docx(rows)))],
  ])('%s', async (_shape, make) => {
    const { json, report } = await check(await make());
    const unanswered = json.findings.filter((f: { rule: string }) => f.rule === 'uncovered-problem').map((f: { message: string }) => f.message);
    expect(unanswered.filter((m: string) => /理论学习不够系统|招商引资质量不高|落实一岗双责有温差/.test(m))).toEqual([]);
    expect(report).toMatch(/理论学习不够系统… → 措施（一）「每月撰写1篇心得…」（强：问题栏“自学不系统”）/);
    expect(report).toMatch(/招商引资质量不高，签约项目30个… → 措施（二）「每月召开1次调度会，逐个销号」（强：问题栏“开工项目少”/);
    expect(report).toMatch(/落实一岗双责有温差… → 措施（三）「每季度听取1次分管科室汇报」（强：问题栏“双责落实温差”）/);
    // The two problems no row names are still reported.
    expect(unanswered.filter((m: string) => /贯彻落实上级决策部署|群众办事来回跑/.test(m))).toHaveLength(2);
  });
});

describe('claimWords and ProblemClaims', () => {
  test.each([
    ['一是“自学不系统”的问题', '自学不系统'],
    ['（二）在理论学习方面', '理论学习'],
    ['1. 开工项目少等问题。', '开工项目少'],
    ['迟到问题', '迟到'],
    ['问题', '问题'],
  ])('claimWords(%s) = %s', (cell, words) => {
    expect(claimWords(cell)).toBe(words);
  });

  const claims = new ProblemClaims(['上班偶尔有迟到现象。', '理论学习不够系统，自学笔记少。', '廉政谈话仅3人次。']);
  test.each([
    ['迟到问题', 0],
    ['自学不系统', 1],
    ['谈话少', -1],
    ['档案管理不规范', -1],
    ['—', -1],
  ])('%s → %s', (cell, want) => {
    expect(claims.claimed(cell)).toBe(want);
  });
  test('a problem left out by `allowed` is not claimed', () => {
    expect(claims.claimed('自学不系统', (k) => k !== 1)).toBe(-1);
  });
});
