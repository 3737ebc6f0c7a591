/**
 * The 整改清单 of a material whose measures are already a table (问题 | 措施 | 责任人 | 时限 and
 * other shapes): the 措施 cell is the measure without the owner and deadline its row gives apart,
 * and a deadline that is no date (长期坚持, 立行立改, 持续推进) is kept as written. The same table in
 * a .docx, a markdown pipe table (.md and pasted into .txt), and Word paragraphs as the pane reads
 * them; the CLI writes .xlsx and .docx, the pane builds the rows it inserts as a table.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import readXlsxFile from 'read-excel-file/node';
import { main } from '../../src/cli/main';
import { runAnalysis } from '../../src/taskpane/analysisCore';
import type { DocumentInput, Paragraph } from '../../src/engine/types';
import { makeDocx, type BlockSpec } from '../support/docx-writer';
import { completeLines } from '../support/docs';
import { analyze } from '../../src/engine';
import { buildChecklist } from '../../src/engine/checklist';
import { readText } from '../../src/engine/readers/text';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-checklist-table-'));

/** A measures table: header, then rows; a cell is its paragraphs (a .docx cell may hold several). */
interface Shape {
  name: string;
  header: string[];
  rows: string[][][];
  /** What the checklist must show per row: 措施, 责任人, 完成时限. */
  expected: [string, string, string][];
}

const SHAPES: Shape[] = [
  {
    name: '序号 | 问题 | 整改措施 | 责任人 | 完成时限',
    header: ['序号', '问题', '整改措施', '责任人', '完成时限'],
    rows: [
      [['1'], ['理论学习不深'], ['每月集中学习2次，撰写心得体会'], ['张三'], ['长期坚持']],
      [['2'], ['宗旨意识淡化'], ['走访联系群众20户'], ['—'], ['2026年6月底前']],
      [['3'], ['落实一岗双责不到位'], ['逐级签订党风廉政建设责任书'], ['本人'], ['立行立改']],
    ],
    expected: [
      ['每月集中学习2次，撰写心得体会', '张三', '长期坚持'],
      ['走访联系群众20户', '', '2026年6月底前'],
      ['逐级签订党风廉政建设责任书', '本人', '立行立改'],
    ],
  },
  {
    name: '存在问题 | 整改措施 | 责任领导 | 整改时限 | 备注',
    header: ['存在问题', '整改措施', '责任领导', '整改时限', '备注'],
    rows: [
      [['斗争精神不足'], ['定期研判风险隐患，建立台账'], ['李四、王五'], ['持续推进'], ['无']],
      [['政治判断力不强'], ['参加专题培训'], ['本人'], ['2025年12月底前'], ['已纳入计划']],
    ],
    expected: [
      ['定期研判风险隐患，建立台账', '李四、王五', '持续推进'],
      ['参加专题培训', '本人', '2025年12月底前'],
    ],
  },
  {
    name: '问题 | 措施 | 时限 (no owner column: an owner in the measure is read from it)',
    header: ['问题', '措施', '时限'],
    rows: [
      [['理论学习不深'], ['由办公室牵头制定学习计划'], ['长期坚持']],
      [['宗旨意识淡化'], ['开展“我为群众办实事”活动'], ['常态化开展']],
    ],
    expected: [
      ['由办公室牵头制定学习计划', '办公室', '长期坚持'],
      ['开展“我为群众办实事”活动', '', '常态化开展'],
    ],
  },
];

/** A 措施 cell of two paragraphs (only a .docx or Word can hold that): both lines in the cell. */
const TWO_PARAGRAPHS: Shape = {
  name: '序号 | 整改措施 | 责任单位 | 完成时间, a cell of two paragraphs',
  header: ['序号', '整改措施', '责任单位', '完成时间'],
  rows: [
    [['1'], ['强化理论武装，每月学习2次', '撰写读书笔记'], ['组织部'], ['长期坚持']],
    [['2'], ['践行为民宗旨，走访群众20户'], ['/'], ['年底前']],
  ],
  expected: [
    ['强化理论武装，每月学习2次\n撰写读书笔记', '组织部', '长期坚持'],
    ['践行为民宗旨，走访群众20户', '', '年底前'],
  ],
};

/** The material up to its 整改措施 heading, the table after it. */
const BEFORE = completeLines().slice(0, 16);

function pipeTable(s: Shape): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(s.header), line(s.header.map(() => '---')), ...s.rows.map((r) => line(r.map((c) => c.join(''))))];
}

async function docxOf(s: Shape): Promise<Uint8Array> {
  const table: BlockSpec = {
    kind: 'table',
    rows: [s.header.map((h) => [{ text: h }]), ...s.rows.map((r) => r.map((cell) => cell.map((text) => ({ text }))))],
  };
  return makeDocx({ body: [...BEFORE.map((text) => ({ text })), table] });
}

/** Word paragraphs as the pane reads them: table cells carry their table, row and column. */
function wordInput(s: Shape): DocumentInput {
  const ps: Omit<Paragraph, 'index'>[] = BEFORE.map((text) => ({ text }));
  [s.header.map((h) => [h]), ...s.rows].forEach((row, r) =>
    row.forEach((cell, column) => cell.forEach((text) => ps.push({ text, inTable: true, cell: { table: 0, row: r, column } }))),
  );
  return { paragraphs: ps.map((p, index) => ({ ...p, index })), source: 'word' };
}

/** The checklist's data rows as [措施, 责任人, 完成时限]. */
const cells = (rows: unknown[][]) => rows.slice(1).map((r) => [String(r[3] ?? ''), String(r[4] ?? ''), String(r[5] ?? '')]);

/** The table's rows first, as expected; then only rows for problems no table row answers (measure, owner, deadline empty). */
function expectRowsThenGaps(rows: string[][], expected: [string, string, string][]): void {
  expect(rows.slice(0, expected.length)).toEqual(expected);
  for (const gap of rows.slice(expected.length)) expect(gap).toEqual(['', '', '']);
}

async function cliChecklist(file: string, ext: '.xlsx' | '.docx'): Promise<string[][]> {
  const out = path.join(tmp, `${path.basename(file)}-清单${ext}`);
  const err: string[] = [];
  await main([file, '--checklist', out], () => {}, (s) => err.push(s));
  expect(err.join('\n')).toContain('整改清单');
  if (ext === '.xlsx') return cells((await readXlsxFile(fs.readFileSync(out)))[0].data as unknown[][]);
  // The .docx: each table row's cells, a cell's paragraphs joined as lines.
  const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
  const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((tc) =>
      [...tc[0].matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n'),
    ),
  );
  return cells(rows);
}

describe.each(SHAPES.map((s) => [s.name, s] as const))('table %s', (_name, shape) => {
  test('markdown pipe table in a .md, checklist as .xlsx', async () => {
    const md = path.join(tmp, `${SHAPES.indexOf(shape)}.md`);
    fs.writeFileSync(md, [...BEFORE, ...pipeTable(shape)].join('\n'));
    expectRowsThenGaps(await cliChecklist(md, '.xlsx'), shape.expected);
  });

  test('pipe table pasted into a .txt, checklist as .docx', async () => {
    const txt = path.join(tmp, `${SHAPES.indexOf(shape)}.txt`);
    fs.writeFileSync(txt, [...BEFORE, ...pipeTable(shape)].join('\r\n'));
    expectRowsThenGaps(await cliChecklist(txt, '.docx'), shape.expected);
  });

  test('Word table in a .docx, checklist as .xlsx and .docx', async () => {
    const docx = path.join(tmp, `${SHAPES.indexOf(shape)}.docx`);
    fs.writeFileSync(docx, await docxOf(shape));
    expectRowsThenGaps(await cliChecklist(docx, '.xlsx'), shape.expected);
    expectRowsThenGaps(await cliChecklist(docx, '.docx'), shape.expected);
  });

  test('the pane: the rows it inserts as a Word table', () => {
    const report = runAnalysis(wordInput(shape));
    expect(report.checklist?.[0]).toEqual(['序号', '方面', '存在问题', '整改措施', '责任人', '完成时限']);
    expectRowsThenGaps(cells(report.checklist ?? []), shape.expected);
  });
});

test('a 措施 cell of several paragraphs keeps them as lines (.docx and the pane)', async () => {
  const docx = path.join(tmp, 'two-paragraphs.docx');
  fs.writeFileSync(docx, await docxOf(TWO_PARAGRAPHS));
  expectRowsThenGaps(await cliChecklist(docx, '.xlsx'), TWO_PARAGRAPHS.expected);
  expectRowsThenGaps(cells(runAnalysis(wordInput(TWO_PARAGRAPHS)).checklist ?? []), TWO_PARAGRAPHS.expected);
});

test('measures written as text (not a table) keep their owner and labelled deadline in the measure', async () => {
  const txt = path.join(tmp, 'inline.txt');
  fs.writeFileSync(txt, [...BEFORE, '（一）强化理论武装。每月学习2次。责任人：本人　完成时限：长期坚持', '（二）践行为民宗旨。年底前走访20户（责任人：王五）。'].join('\n'));
  const rows = await cliChecklist(txt, '.xlsx');
  const study = rows.find((r) => r[0].includes('强化理论武装'))!;
  expect(study).toEqual(['强化理论武装。每月学习2次。责任人：本人　完成时限：长期坚持', '本人', '长期坚持']);
  expect(rows.find((r) => r[0].includes('践行为民宗旨'))!.slice(1)).toEqual(['王五', '年底前']);
});

describe('a measures table: each problem in the row that answers it best, unanswered problems as rows of their own', () => {
  const lines = [
    '2022年度民主生活会对照检查材料',
    '一、存在的主要问题',
    '（一）在带头深刻领悟“两个确立”的决定性意义方面',
    '1. 学习贯彻党的二十大精神还不够深入，比如中心组专题研讨仅3次。',
    '（二）在带头用习近平新时代中国特色社会主义思想凝心铸魂方面',
    '1. 运用党的创新理论指导实践不够，比如大气污染治理存在“一刀切”。',
    '（三）在带头发扬斗争精神方面',
    '1. 敢于斗争的勇气不足，对重点排污企业执法偏软。',
    '二、原因分析',
    '理想信念有所松懈，党性修养有所放松，宗旨意识有所淡化。',
    '三、整改措施',
    '| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |',
    '|---|---|---|---|---|',
    '| 1 | 学习贯彻二十大精神不深入 | 每月开展1次中心组理论学习专题研讨，全年不少于12次 | 党组书记 | 2023年12月底前 |',
    '| 2 | 运用创新理论指导实践不够 | 制定大气污染精准治理方案，杜绝一刀切 | 分管副局长 | 2023年6月底前 |',
  ];
  const input: DocumentInput = { paragraphs: readText(lines.join('\n'), 'text'), source: 'text' };
  const rows = buildChecklist(analyze(input), input);

  test('no problem is listed in two rows', () => {
    const problems = rows.flatMap((r) => r.problem.split('\n').filter(Boolean));
    expect(new Set(problems).size).toBe(problems.length);
  });

  test('the table rows keep their order and cells; a problem no row answers follows with empty cells', () => {
    expect(rows.map((r) => r.owner)).toEqual(['党组书记', '分管副局长', '']);
    expect(rows[0].problem).toContain('二十大精神');
    expect(rows[1].problem).toContain('创新理论');
    expect(rows[2].problem).toContain('敢于斗争');
    expect([rows[2].measures, rows[2].deadline]).toEqual([[], '']);
  });

  test('the 问题 cells carry no item numbers of the material (1. before each problem)', () => {
    for (const r of rows) for (const p of r.problem.split('\n').filter(Boolean)) expect(p).not.toMatch(/^\s*\d+[.．、]/);
  });
});
