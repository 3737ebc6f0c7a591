/**
 * The 整改清单's rows (t23 m05, `--checklist`): one row per problem with only its own measures, set
 * apart (①②); the owner and deadline only from those measures — a measure answering several
 * problems gives each row what its own clauses set, a blank table cell stays blank; a row of the
 * writer's own table keeps its 问题 cell and answers the problem that cell names.
 */
import { analyze } from '../../src/engine';
import { buildChecklist, checklistTable, measuresCell, ownersAndDeadlinesFor } from '../../src/engine/checklist';
import { claimedProblem } from '../../src/engine/table-rows';
import type { Paragraph } from '../../src/engine/types';

type Line = Omit<Paragraph, 'index'>;
const doc = (ps: Line[]): Paragraph[] => ps.map((p, index) => ({ ...p, index }));
const lines = (xs: string[]): Line[] => xs.map((text) => ({ text }));
const table = (rows: string[][], n = 0): Line[] => rows.flatMap((r, row) => r.map((text, column) => ({ text, inTable: true, cell: { table: n, row, column } })));

/** A 2025 personal material written for this test: five aspects, measures, and the writer's own 整改清单. */
function material(tableRows: string[][]): Paragraph[] {
  return doc([
    ...lines([
      '2025年度民主生活会个人对照检查材料',
      '一、存在的问题',
      '（一）在带头强化政治忠诚、提高政治能力方面',
      '一是贯彻落实党中央决策部署有时停留在面上。比如，省里的稳外贸政策出台后，县里3个月后才出台配套措施，其中1项至今没有落地。',
      '（二）在带头固本培元、增强党性方面',
      '一是理论学习不够系统，全年自学笔记仅8000字。',
      '（三）在带头敬畏人民、敬畏组织、敬畏法纪方面',
      '一是民生实事推进慢，新建的4个村级养老服务站只建成1个。二是依法行政意识不强，县政府今年被行政复议撤销的案件有3件。',
      '（四）在带头干事创业、担当作为方面',
      '一是招商引资质量不高，签约项目30个，开工仅9个。',
      '（五）在带头坚决扛起管党治党责任方面',
      '一是落实一岗双责有温差，全年廉政谈话仅3人次。',
      '二、原因分析',
      '（一）理想信念不够坚定。',
      '三、整改措施',
      '（一）提高政治能力。重要政策出台后1个月内完成配套措施。',
      '（二）加强理论学习。每月自学不少于10小时。',
      '（三）践行为民宗旨。2026年6月底前建成剩余3个村级养老服务站；每季度分析一次行政复议败诉案件，责任人：县司法局。',
      '（四）抓好项目落地。对未开工的21个签约项目逐个建立台账，2026年底前开工率达到80%以上。',
      '（五）扛起管党治党责任。全年廉政谈话不少于12人次。',
      '整改清单',
    ]),
    ...table([['序号', '问题', '整改措施', '责任人', '完成时限'], ...tableRows]),
    ...lines(['对照检查人：王××', '2025年12月28日']),
  ]);
}

function rowsOf(ps: Paragraph[]) {
  const input = { paragraphs: ps, source: 'word' as const };
  const a = analyze(input);
  return { rows: buildChecklist(a, input), analysis: a };
}
const rowOf = (rows: ReturnType<typeof buildChecklist>, words: string) => rows.find((r) => r.problem.includes(words))!;

describe('a writer\'s table row keeps its 问题 cell and answers the problem it names', () => {
  test.each([
    ['配套政策落地慢', '贯彻落实党中央决策部署'],
    ['养老服务站建设滞后', '民生实事推进慢'],
    ['廉政谈话少', '落实一岗双责有温差'],
  ])('问题 cell %s → the row of %s', (cell, problem) => {
    const { rows, analysis } = rowsOf(material([['1', cell, '开展专项督办，逐项销号', '王××', '长期坚持']]));
    const row = rowOf(rows, problem);
    expect(row.measures).toContain('开展专项督办，逐项销号');
    expect(row.owner).toContain('王××');
    expect(row.deadline).toContain('长期坚持');
    // No row of its own with an empty 问题 cell, and the report does not call it an orphan.
    expect(rows.filter((r) => r.problem === '')).toEqual([]);
    expect(analysis.findings.filter((f) => f.rule === 'orphan-measure' && f.message.includes('开展专项督办'))).toEqual([]);
  });

  test('a 问题 cell naming no listed problem: a row of its own, the cell as written (not empty)', () => {
    const { rows } = rowsOf(material([['1', '档案管理不规范', '建立档案目录，每月整理一次', '王××', '长期坚持']]));
    expect(rows.filter((r) => r.problemParagraph === null).map((r) => [r.problem, r.measures, r.owner, r.deadline])).toEqual([
      ['档案管理不规范', ['建立档案目录，每月整理一次'], '王××', '长期坚持'],
    ]);
  });
});

test('a table row\'s blank deadline stays blank; no deadline borrowed from another problem\'s measure', () => {
  const { rows } = rowsOf(material([['1', '招商项目开工率低', '建立签约项目台账，每月调度一次', '县商务局', '']]));
  const row = rowOf(rows, '招商引资质量不高');
  expect(row.owner).toBe('县商务局');
  // Its own measures only: no clause on 养老服务站 (2026年6月底前) or 行政复议 in this row.
  expect(row.measures.join('')).not.toMatch(/养老服务站|行政复议/);
  expect(row.deadline).not.toMatch(/2026年6月底前/);
});

test('a measure answering two problems: each row takes what its own clause sets', () => {
  const { rows } = rowsOf(material([['1', '谈话少', '每季度开展一次廉政谈话', '王××', '2026年3月底前']]));
  const old = rowOf(rows, '民生实事推进慢');
  const law = rowOf(rows, '依法行政意识不强');
  expect(old.deadline).toBe('2026年6月底前');
  expect(old.owner).toBe('县司法局'); // labelled: the whole measure's
  expect(law.deadline).toBe('');
  expect(law.owner).toBe('县司法局');
});

describe('ownersAndDeadlinesFor', () => {
  const body = '（三）践行为民宗旨。2026年6月底前建成剩余3个村级养老服务站；由县民政局牵头；每季度分析一次行政复议败诉案件，9月底前形成报告。';
  test.each([
    ['the clause on the problem', '新建的4个村级养老服务站只建成1个', [], ['2026年6月底前']],
    // 9月底前 is of the year the measure names before it (2026年6月底前), in every row alike.
    ['another clause', '被行政复议撤销的案件有3件', [], ['2026年9月底前']],
    ['no clause shares its words: the whole measure', '学习不够系统', ['县民政局'], ['2026年6月底前', '2026年9月底前']],
    ['no problem given: the whole measure', '', ['县民政局'], ['2026年6月底前', '2026年9月底前']],
  ])('%s', (_n, problem, owners, deadlines) => {
    expect(ownersAndDeadlinesFor(body, problem)).toEqual({ owners, deadlines });
  });
  test('labelled values hold for every clause', () => {
    const labelled = '建成剩余3个村级养老服务站；分析行政复议败诉案件（责任人：县司法局；完成时限：长期坚持）';
    expect(ownersAndDeadlinesFor(labelled, '新建的4个村级养老服务站只建成1个')).toEqual({ owners: ['县司法局'], deadlines: ['长期坚持'] });
  });
});

describe('claimedProblem', () => {
  const problems = ['贯彻落实决策部署停留在面上，稳外贸政策出台后配套措施3个月后才出台，1项至今没有落地。', '民生实事推进慢，养老服务站只建成1个。', '依法行政意识不强。'];
  test.each([
    ['配套政策落地慢', 0],
    ['养老服务站建设滞后', 1],
    ['依法行政不严', 2],
    ['档案管理不规范', -1],
    ['—', -1],
    ['', -1],
  ])('%s → %s', (cell, want) => {
    expect(claimedProblem(cell, problems)).toBe(want);
  });
});

test.each([
  [[], ''],
  [['（一）每月学习2次。'], '（一）每月学习2次。'],
  [['梳理6项事项', '（四）抓好项目落地。'], '①梳理6项事项\n②（四）抓好项目落地。'],
  [Array.from({ length: 21 }, (_, k) => `措施${k}`), null],
])('measuresCell: several measures each on a line behind ①②…', (measures, want) => {
  const cell = measuresCell(measures as string[]);
  if (want !== null) expect(cell).toBe(want);
  else expect(cell.split('\n').map((l) => l.replace(/措施\d+$/, ''))).toEqual([...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳', '（21）']);
});

test('the table: the measures cell set apart, header first', () => {
  const t = checklistTable([{ aspect: '甲', problem: '乙', problemParagraph: 1, measures: ['a', 'b'], measureParagraphs: [2, 3], owner: '', deadline: '' }]);
  expect(t[1]).toEqual(['1', '甲', '乙', '①a\n②b', '', '']);
});

// The gap the 反面典型案例剖析 finds in the writer is a problem a 整改清单 row may answer (t23 m13:
// the row's measure names no concept of the material's problems (作风专项检查 would: 专项检查 is 监督问责,
// as the 廉政谈话 problem is), so only the cell or the gap can tie it;
// “节假日检查偏少 | 节假日前开展作风检查” was reported as answering no problem).
describe('a table row naming the gap the case part finds in the writer answers it', () => {
  const withCase = (gap: string, cell: string) => {
    const ps = material([['1', cell, '每逢节假日前开展1次作风检查', '纪检组', '长期坚持']]);
    const at = ps.findIndex((p) => p.text === '二、原因分析');
    const lines = [...ps.slice(0, at).map((p) => ({ text: p.text })), { text: '二、反面典型案例剖析' }, { text: `对照某县原局长×××违规收受礼金案，剖析其根源在于理想信念滑坡。对照案例查摆自身差距，${gap}` }, ...ps.slice(at).map(({ index: _i, ...p }) => p)];
    return analyze({ paragraphs: lines.map((p, index) => ({ ...p, index })), source: 'word' }).findings.filter((f) => f.rule === 'orphan-measure' && f.message.includes('作风检查'));
  };
  test.each([
    ['节假日期间对学校落实中央八项规定精神的检查次数偏少。', '节假日检查偏少'],
    ['我对身边工作人员的教育提醒不够经常。', '身边人教育提醒不够'],
  ])('%s / %s: no orphan', (gap, cell) => {
    expect(withCase(gap, cell)).toEqual([]);
  });
  test('a cell naming neither a problem nor the gap is still an orphan', () => {
    expect(withCase('节假日期间对学校落实中央八项规定精神的检查次数偏少。', '车辆管理不规范')).toHaveLength(1);
  });
});

/**
 * A trial (t25 m06): measures written 一是…七是 under 今后努力方向 reached the 整改清单 as “二是…”, “六是…”
 * (the writer's item numbers, mistakes and all), beside the row's own ①②. The measure cell holds the
 * measure without its number, whatever the item style; a table row's measure cell stays as written.
 */
describe('a measure cell holds the measure without its item number', () => {
  const problems = [
    '2025年度民主生活会个人对照检查材料',
    '一、存在的问题',
    '（一）在带头强化政治忠诚、提高政治能力方面',
    '一是理论学习不够系统，全年自学笔记仅8000字。',
    '（二）在带头干事创业、担当作为方面',
    '一是招商引资质量不高，签约项目30个，开工仅9个。',
    '二、原因分析',
    '（一）理想信念不够坚定。',
    '三、整改措施',
  ];
  const MEASURES: [string, string[]][] = [
    ['一是…二是… a line each', ['一是加强理论学习，每月自学不少于10小时，自学笔记全年不少于2万字。', '二是抓好项目落地，对未开工的21个签约项目逐个建立台账，2026年底前开工率达到80%。']],
    ['一是…二是… in one paragraph', ['今后努力方向：一是加强理论学习，每月自学不少于10小时，自学笔记全年不少于2万字；二是抓好项目落地，对未开工的21个签约项目逐个建立台账，2026年底前开工率达到80%。']],
    ['1.…2.…', ['1.加强理论学习，每月自学不少于10小时，自学笔记全年不少于2万字。', '2.抓好项目落地，对未开工的21个签约项目逐个建立台账，2026年底前开工率达到80%。']],
    ['numbered wrong (六是 first)', ['六是加强理论学习，每月自学不少于10小时，自学笔记全年不少于2万字。', '七是抓好项目落地，对未开工的21个签约项目逐个建立台账，2026年底前开工率达到80%。']],
  ];
  test.each(MEASURES)('%s', (_name, measures) => {
    const input = { paragraphs: doc(lines([...problems, ...measures])), source: 'text' as const };
    const rows = buildChecklist(analyze(input), input);
    const cells = rows.flatMap((r) => r.measures);
    expect(cells.length).toBeGreaterThanOrEqual(2);
    for (const c of cells) expect([c, /^(?:[一二三四五六七八九十]+是|\d+[.．、]|（[一二三四五六七八九十]+）)/.test(c)]).toEqual([c, false]);
    expect(cells.some((c) => c.startsWith('加强理论学习'))).toBe(true);
  });
});
