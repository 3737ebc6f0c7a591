/**
 * Owners (责任人) and deadlines (完成时限) broken over two lines — a manual line break in Word
 * (责任人：党↵组书记), a hard-wrapped PDF line pasted as text (完成时限：2026年↵6月底), a table cell
 * written as two paragraphs — read whole in the 整改清单 (`--checklist`) and by table-gap, while two
 * owners written a line each (党组书记↵分管副局长) stay two.
 */
import * as fs from 'fs';
import * as path from 'path';
import readXlsxFile from 'read-excel-file/node';
import { analyze } from '../../src/engine';
import { deadlinesIn, ownersAndDeadlinesFor, ownersIn } from '../../src/engine/checklist';
import { rowGaps } from '../../src/engine/table-rows';
import { cellValues, unwrapValues } from '../../src/engine/wrapped-values';
import type { Paragraph } from '../../src/engine/types';
import { makeDocx, type BlockSpec, type ParagraphSpec } from '../support/docx-writer';
import { runCli, tempFiles } from '../support/cli-run';

describe('a labelled owner or deadline in a measure\'s text', () => {
  test.each([
    ['a manual break inside the owner and the deadline', '重要政策出台后1个月内完成配套措施（责任人：党\n组书记；完成时限：2026年\n6月底）。', ['党组书记'], ['2026年6月底']],
    ['one character of the owner on the next line', '开工率达到80%（责任人：分管副局\n长；完成时限：2026年12\n月底）。', ['分管副局长'], ['2026年12月底']],
    ['the label broken', '梳理6项高频事项，责任\n人：县行政审批局；完成时\n限：2026年6月底。', ['县行政审批局'], ['2026年6月底']],
    ['the value on the line after its label', '每月自学不少于10小时。责任人：\n本人；完成时限：\n长期坚持。', ['本人'], ['长期坚持']],
    ['the punctuation on the next line', '每月自学不少于10小时，责任人：本人\n；完成时限：长期坚持。', ['本人'], ['长期坚持']],
    ['a word deadline broken', '每季度听取1次汇报（责任人：王××；完成时限：长期\n坚持）', ['王××'], ['长期坚持']],
    ['a year on the line before', '全年廉政谈话不少于12人次（责任人：党组书记；完成时限：2026年\n12月31日前）。', ['党组书记'], ['2026年12月31日前']],
  ])('%s', (_shape, text, owners, deadlines) => {
    expect(ownersIn(text)).toEqual(owners);
    expect(deadlinesIn(text).slice(0, deadlines.length)).toEqual(deadlines);
  });

  test.each([
    ['two owners a line each stay two', '梳理6项高频事项（责任人：党组书记\n分管副局长；完成时限：2026年6月底）', ['党组书记、分管副局长'], ['2026年6月底']],
    ['two deadlines a line each stay two', '建立台账（责任人：县商务局；完成时限：2026年6月底\n2026年12月底）', ['县商务局'], ['2026年6月底、2026年12月底']],
  ])('%s', (_shape, text, owners, deadlines) => {
    expect(ownersIn(text)).toEqual(owners);
    expect(deadlinesIn(text)).toEqual(deadlines);
  });

  test.each([
    ['the next item', '责任人：党组书记\n（二）加强理论学习，每月学习2次。'],
    ['a sentence that is no owner', '责任人：党组书记\n每月开展一次谈心谈话。'],
  ])('a line that is no owner ends the value: %s', (_shape, text) => {
    expect(ownersIn(text)).toEqual(['党组书记']);
  });

  test.each([
    ['a name, then the next sentence', '责任人：王××\n每月开展一次谈心谈话。', ['王××'], []],
    ['a word deadline, then the next sentence', '完成时限：长期坚持\n每月开展一次谈心谈话。', [], ['长期坚持']],
    ['a short rest of an owner', '责任人：综合办公\n室主任。', ['综合办公室主任'], []],
  ])('%s', (_shape, text, owners, deadlines) => {
    expect(ownersIn(text)).toEqual(owners);
    expect(deadlinesIn(text).slice(0, 1)).toEqual(deadlines);
  });

  test('a measure answering several problems reads its clauses after the value is joined', () => {
    expect(ownersAndDeadlinesFor('建成3个养老服务站（责任人：县民政\n局；完成时限：2026年\n6月底）', '养老服务站只建成1个')).toEqual({ owners: ['县民政局'], deadlines: ['2026年6月底'] });
  });

  test('text without a line break is returned as it is; other breaks are kept', () => {
    const text = '每月学习2次。\n（二）践行宗旨。';
    expect(unwrapValues(text)).toBe(text);
    expect(unwrapValues('责任人：本人')).toBe('责任人：本人');
  });
});

describe('cellValues: a table cell\'s lines', () => {
  test.each([
    [['党\n组书记'], 'owner', ['党组书记']],
    [['党', '组书记'], 'owner', ['党组书记']],
    [['分管副局', '长'], 'owner', ['分管副局长']],
    [['党组书记\n分管副局长'], 'owner', ['党组书记', '分管副局长']],
    [['党组书记', '分管副局长'], 'owner', ['党组书记', '分管副局长']],
    [['2026年\n6月底'], 'deadline', ['2026年6月底']],
    [['2026年12', '月底前'], 'deadline', ['2026年12月底前']],
    [['长期', '坚持'], 'deadline', ['长期坚持']],
    [['2026年6月底', '长期坚持'], 'deadline', ['2026年6月底', '长期坚持']],
    [['待', '定'], 'deadline', ['待定']],
    [['王××', '分管副局长'], 'owner', ['王××', '分管副局长']],
    [['综合办公', '室主任'], 'owner', ['综合办公室主任']],
  ] as const)('%j (%s) → %j', (lines, kind, want) => {
    expect(cellValues(lines, kind)).toEqual(want);
  });
});

/** A 2025 material written for these tests: five aspects, one problem each. */
const HEAD = [
  '2025年度民主生活会个人对照检查材料',
  '一、存在的问题',
  '（一）在带头强化政治忠诚、提高政治能力方面',
  '一是贯彻落实党中央决策部署有时停留在面上，稳外贸配套措施3个月后才出台。',
  '（二）在带头固本培元、增强党性方面',
  '一是理论学习不够系统，全年自学笔记仅8000字。',
  '（三）在带头敬畏人民、敬畏组织、敬畏法纪方面',
  '一是群众办事来回跑，不动产登记平均跑3次。',
  '（四）在带头干事创业、担当作为方面',
  '一是招商引资质量不高，签约项目30个，开工仅9个。',
  '（五）在带头坚决扛起管党治党责任方面',
  '一是落实一岗双责有温差，全年廉政谈话仅3人次。',
  '二、反面典型案例剖析',
  '对照某县原局长×××违规收受礼金案，剖析其根源在于理想信念滑坡。对照案例查摆自身差距，自身也存在廉洁意识不强的问题。',
  '三、原因分析',
  '（一）理想信念不够坚定。放松了对世界观人生观价值观的改造，政治敏锐性不强。',
  '四、整改措施',
];
const SIGN = ['对照检查人：王××', '2025年12月28日'];

/** A paragraph whose lines are parted by manual line breaks (w:br). */
const broken = (...lines: string[]): ParagraphSpec => ({ runs: lines.flatMap((l, k) => (k ? [{ br: true as const }, l] : [l])) });
/** A table cell: its paragraphs (a string, or lines parted by w:br). */
const cell = (...ps: (string | string[])[]): BlockSpec[] => ps.map((p) => (typeof p === 'string' ? { text: p } : broken(...p)));

const files = tempFiles('duizhao-wrapped-values-');

/** The checklist the CLI writes for `file`: its data rows as [措施, 责任人, 完成时限]. */
async function checklist(file: string): Promise<string[][]> {
  const out = path.join(files.dir, `${path.basename(file)}-清单.xlsx`);
  const r = await runCli(file, '--checklist', out);
  expect(r.err).toContain('整改清单');
  const rows = (await readXlsxFile(fs.readFileSync(out)))[0].data as unknown[][];
  return rows.slice(1).map((row) => [String(row[3] ?? ''), String(row[4] ?? ''), String(row[5] ?? '')]);
}

describe('through the CLI, --checklist', () => {
  test('a .docx table: owner and deadline cells broken by a line break or written as two paragraphs', async () => {
    const table: BlockSpec = {
      kind: 'table',
      rows: [
        [cell('序号'), cell('问题'), cell('整改措施'), cell('责任人'), cell('完成时限')],
        [cell('1'), cell('决策部署停留在面上'), cell('重要政策出台后1个月内完成配套措施'), cell(['党', '组书记']), cell(['2026年', '6月底'])],
        [cell('2'), cell('理论学习不够系统'), cell('每月自学不少于10小时，每季度撰写1篇心得'), cell('党', '组书记'), cell('2026年', '6月底')],
        [cell('3'), cell('群众办事来回跑'), cell('梳理6项高频事项，实现“一次办”'), cell('党组书记', '分管副局长'), cell('2026年6月底')],
        [cell('4'), cell('招商引资质量不高'), cell('对未开工的21个签约项目逐个建立台账'), cell(['党组书记', '分管副局长']), cell(['2026年12', '月底'])],
        [cell('5'), cell('落实一岗双责有温差'), cell('全年廉政谈话不少于12人次'), cell(['分管副局', '长']), cell('长期', '坚持')],
      ],
    };
    const file = files.file('表格.docx', Buffer.from(await makeDocx({ body: [...HEAD.map((text) => ({ text })), table, ...SIGN.map((text) => ({ text }))] })));
    expect((await checklist(file)).slice(0, 5).map((r) => [r[1], r[2]])).toEqual([
      ['党组书记', '2026年6月底'],
      ['党组书记', '2026年6月底'],
      ['党组书记、分管副局长', '2026年6月底'],
      ['党组书记、分管副局长', '2026年12月底'],
      ['分管副局长', '长期坚持'],
    ]);
  });

  test('a .docx of measure paragraphs with manual line breaks in their clauses', async () => {
    const measures: ParagraphSpec[] = [
      broken('（一）提高政治能力。重要政策出台后1个月内完成配套措施（责任人：党', '组书记；完成时限：2026年', '6月底）。'),
      broken('（二）加强理论学习。每月自学不少于10小时（责任人：本人；完成时', '限：长期坚持）。'),
      broken('（三）践行为民宗旨。梳理6项高频事项实现“一次办”（责任人：党组书记', '分管副局长；完成时限：2026年6月底）。'),
      broken('（四）抓好项目落地。对未开工的21个签约项目逐个建立台账（责任人：分管副局', '长；完成时限：2026年12', '月底）。'),
    ];
    const file = files.file('段落.docx', Buffer.from(await makeDocx({ body: [...HEAD.map((text) => ({ text })), ...measures, ...SIGN.map((text) => ({ text }))] })));
    const rows = await checklist(file);
    expect(rows.slice(0, 4).map((r) => r[1])).toEqual(['党组书记', '本人', '党组书记、分管副局长', '分管副局长']);
    expect(rows.slice(0, 4).map((r) => r[2].split('、')[0])).toEqual(['2026年6月底', '长期坚持', '2026年6月底', '2026年12月底']);
  });

  test('a .txt of hard-wrapped PDF lines the reader keeps apart', async () => {
    const measures = [
      '（一）提高政治能力。重要政策出台后1个月内完成配套措施，逐项督办销号，责任人：党组书记；完成时限：2026年6月底。',
      '（二）践行为民宗旨。梳理6项高频事项实现“一次办”，压缩办理时间，责任人：党组书记；完成时限：2026年6月底。',
      '（三）抓好项目落地。对未开工的21个签约项目逐个建立台账，开工率达到80%，责任人：分管副局长；完成时限：2026年12月底。',
    ];
    // Cut every 20 characters, as a narrow PDF column is copied (breaks inside 党组书|记, 责任|人, 2026年12|月底).
    const wrapped = measures.flatMap((m) => m.match(/[\s\S]{1,20}/g)!);
    const file = files.file('折行.txt', [...HEAD, ...wrapped, ...SIGN].join('\n'));
    const rows = await checklist(file);
    const of = (marker: string) => rows.find((r) => r[0].startsWith(marker))!;
    // The measure cell holds the measure without its item number (（一）).
    const heads = ['提高政治能力', '践行为民宗旨', '抓好项目落地'];
    expect(heads.map((m) => of(m)[1])).toEqual(['党组书记', '党组书记', '分管副局长']);
    expect(heads.map((m) => of(m)[2].split('、')[0])).toEqual(['2026年6月底', '2026年6月底', '2026年12月底']);
  });
});

describe('table-gap reads a broken cell whole', () => {
  /** Word paragraphs of the material with a measures table; a cell is its paragraphs. */
  function material(rows: string[][][]): Paragraph[] {
    const ps: Omit<Paragraph, 'index'>[] = HEAD.map((text) => ({ text }));
    [[['序号'], ['问题'], ['整改措施'], ['责任人'], ['完成时限']], ...rows].forEach((cells, row) =>
      cells.forEach((texts, column) => texts.forEach((text) => ps.push({ text, inTable: true, cell: { table: 0, row, column } }))),
    );
    for (const text of SIGN) ps.push({ text });
    return ps.map((p, index) => ({ ...p, index }));
  }
  const gaps = (ps: Paragraph[]) => analyze({ paragraphs: ps, source: 'word' }).findings.filter((f) => f.rule === 'table-gap' || f.rule === 'vague-measure');

  test.each([
    ['a line break', [['2026年\n6月底']]],
    ['two paragraphs', [['2026年', '6月底']]],
  ])('a deadline broken by %s makes the measure concrete: its empty owner cell is said', (_shape, [deadline]) => {
    const found = gaps(material([[['1'], ['群众办事来回跑'], ['梳理高频事项，实现“一次办”'], [''], deadline]]));
    expect(found.map((f) => [f.rule, f.message])).toEqual([['table-gap', expect.stringContaining('责任人一栏空着')]]);
  });

  test.each([
    ['a line break', ['待\n定']],
    ['two paragraphs', ['待', '定']],
  ])('待定 broken by %s is an empty cell', (_shape, deadline) => {
    const ps = material([[['1'], ['招商引资质量不高'], ['每月召开1次项目调度会'], ['县商务局'], deadline]]);
    expect(gaps(ps).map((f) => f.message)).toEqual([expect.stringContaining('完成时限一栏只写了“待定”')]);
    const at = ps.findIndex((p) => p.text === '每月召开1次项目调度会');
    expect(rowGaps(ps, at)).toEqual([{ role: 'deadline', header: '完成时限', written: '待定' }]);
  });

  test('an owner cell of two owners a line each is no gap', () => {
    const ps = material([[['1'], ['招商引资质量不高'], ['每月召开1次项目调度会'], ['党组书记\n分管副局长'], ['2026年6月底']]]);
    expect(gaps(ps)).toEqual([]);
  });
});

describe('an unlabelled date broken over a line in a measure paragraph', () => {
  const HEAD = ['某局党组2026年度民主生活会对照检查材料', '一、存在的主要问题', '（一）在理论学习方面', '一是学习不够系统，全年集中学习只有5次。', '二、原因分析', '理想信念有所松懈，党性锻炼有所放松。', '三、整改措施'];
  const vague = (measure: string) => {
    const paragraphs = [...HEAD, measure].map((text, index) => ({ text, index }));
    return analyze({ paragraphs, source: 'word' }).findings.filter((f) => f.rule === 'vague-measure');
  };
  test.each([
    ['the year-end after the year', '（一）强化理论学习。组织专题研讨，于2026年\n底前完成。'],
    ['next year\'s end', '（一）强化理论学习。组织专题研讨，明年\n底前完成。'],
    ['within the year, spaces around the break', '（一）强化理论学习。组织专题研讨，2026年　\n　内完成。'],
    ['the year-end whole on the line after (as before)', '（一）强化理论学习。组织专题研讨，2026\n年底前完成。'],
  ])('its deadline makes the measure concrete: %s', (_shape, measure) => {
    expect(vague(measure)).toEqual([]);
  });
  test('a measure with nothing concrete on either line is still vague', () => {
    expect(vague('（一）强化理论学习。组织专题研讨，\n不断提高学习质量。')).toHaveLength(1);
  });
  test.each([
    ['a month in Chinese numerals', '组织专题研讨，2026年\n六月底前完成。', '2026年六月底前'],
    ['a quarter', '组织专题研讨，2026年\n第二季度完成。', '2026年第二季度完成'],
    ['a month in digits (as before)', '组织专题研讨，2026年\n6月底前完成。', '2026年6月底前'],
  ])('the 整改清单 reads the year with it: %s', (_shape, text, deadline) => {
    expect(deadlinesIn(text)).toEqual([deadline]);
  });
  test.each([
    ['the first half of the year', '组织专题研讨，2026年\n上半年完成。'],
    ['the second half in the line after', '2026年\n下半年开展专项检查。'],
  ])('the year and its rest are one line: %s', (_shape, text) => {
    expect(unwrapValues(text)).toBe(text.replace('\n', ''));
  });
  test('a year ending a sentence and a line starting with a month word stay apart', () => {
    expect(unwrapValues('全年学习12次，坚持一年又一年\n上级部署及时传达。')).toContain('\n');
  });
});

test('a measure running over thousands of lines is read in linear time (it was quadratic: 8,000 lines took 12 s)', () => {
  const lines = Array.from({ length: 10000 }, (_, i) => `加强理论学习，每月集中学习${i % 9}次，推进工作落实`);
  const text = lines.join('\n');
  const start = process.hrtime.bigint();
  const out = unwrapValues(text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  expect(out).toBe(text);
  expect(ms).toBeLessThan(5000);
});
