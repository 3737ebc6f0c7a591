/**
 * t24 (m06, m11): a 整改措施 part written as a table, or ending in one, gave 插入整改清单 no place (its
 * last paragraph with text was a cell), and the table went in at the cursor: after the title, or
 * inside 存在的主要问题 under aspect (一) after a finding was clicked (已在光标处插入整改清单). Now the
 * place is after the part's table (before the sign-off), in the preview as in Word
 * (test/word/deliverables.test.ts), whatever the cursor. Several materials × several cursors.
 */
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway, previewDeliverables } from '../../src/preview/memoryGateway';
import { runAnalysis } from '../../src/taskpane/analysisCore';

type Line = { text: string; level?: number; cell?: { table: number; row: number; column: number } };

/** A table's rows as cell paragraphs (table 0 unless told). */
function table(rows: string[][], n = 0): Line[] {
  return rows.flatMap((r, row) => r.map((text, column) => ({ text, cell: { table: n, row, column } })));
}
const h = (text: string, level: number): Line => ({ text, level });
const p = (text: string): Line => ({ text });

const PROBLEMS: Line[] = [
  h('二、存在的主要问题', 1),
  h('（一）带头强化政治忠诚、提高政治能力方面', 2),
  p('落实上级部署有时打折扣，比如河道清障工作存在“一刀切”现象。'),
  h('（二）带头固本培元、增强党性方面', 2),
  p('理论学习不够深入，个人自学时间少，全年自学笔记不足8000字。'),
  h('（三）带头干事创业、担当作为方面', 2),
  p('推动项目落地办法不多，签约项目6个，开工仅2个。'),
];

/** A personal material with heading styles; the measures: one line, then a table whose last row is half empty; a sign-off. */
const PERSONAL: Line[] = [
  p('××乡党委书记2025年度民主生活会个人对照检查材料'),
  p('按照县委通知要求，本人认真查摆问题，现对照检查如下。'),
  h('一、上年度问题整改落实情况', 1),
  p('上年度查摆的农村饮水问题，已于2025年3月整改完成。'),
  ...PROBLEMS,
  h('三、原因分析', 1),
  p('究其原因，一是理论学习不系统；二是宗旨意识有所淡化。'),
  h('四、整改措施', 1),
  p('一是每周固定半天自学。二是项目逐一包保。具体见下表。'),
  ...table([
    ['序号', '问题', '整改措施', '责任人', '完成时限'],
    ['1', '项目开工率低', '签约项目逐一明确包保领导，每月调度', '本人', '2026年6月底前'],
    ['2', '河道清障“一刀切”', '', '', ''],
  ]),
  p('对照检查人：陈××'),
  p('2025年12月28日'),
];

/** A 班子 material: the measures heading followed straight by its table; the organisation and date after it. */
const BANZI: Line[] = [
  p('××县人民政府党组民主生活会对照检查材料'),
  p('按照县委安排，县政府党组对照“五个带头”认真查摆。'),
  ...PROBLEMS.map((l, i) => (i === 0 ? h('一、存在的主要问题', 1) : l)),
  h('二、原因分析', 1),
  p('一是政府工作任务重，学习时间难以保证。二是政治站位不够高。'),
  h('三、整改措施', 1),
  ...table([
    ['序号', '问题', '整改措施', '责任人', '完成时限'],
    ['1', '落实部署打折扣', '重大事项一律事前请示报告', '县长', '立行立改'],
    ['2', '自学时间少', '每次中心组学习形成1项转化举措', '/', '长期坚持'],
    ['3', '项目开工率低', '逐一销号', '发改局', '2026年6月底前'],
  ]),
  p('中共××县人民政府党组'),
  p('2026年1月'),
];

/** Plain paragraphs (no heading styles, as typed): the measures' table has lines after it, then a closing formula. */
const TABLE_THEN_LINES: Line[] = [
  p('××局局长2025年度民主生活会个人对照检查材料'),
  ...PROBLEMS.map((l) => p(l.text)),
  p('三、原因分析'),
  p('主要是理想信念有所松懈，宗旨意识有所淡化。'),
  p('四、整改措施'),
  ...table([
    ['序号', '整改措施', '完成时限'],
    ['1', '每月开展专题学习不少于1次', '长期坚持'],
    ['2', '签约项目逐一包保', '2026年6月底前'],
  ]),
  p('以上措施由局办公室督办，每季度通报一次进展。'),
  p('以上发言，请同志们批评指正。'),
];

/** A table elsewhere (上年度整改情况) and the measures as a table at the very end, no sign-off. */
const TWO_TABLES: Line[] = [
  p('××局党组2025年度民主生活会对照检查材料'),
  h('一、上年度问题整改落实情况', 1),
  ...table([
    ['序号', '上年度问题', '整改情况'],
    ['1', '学习形式单一', '已完成'],
  ]),
  ...PROBLEMS.map((l, i) => (i === 0 ? h('二、存在的主要问题', 1) : l)),
  h('三、原因分析', 1),
  p('一是理论武装不够深入；二是担当精神不足。'),
  h('四、整改措施', 1),
  ...table(
    [
      ['序号', '整改措施', '责任人'],
      ['1', '每次集体学习确定1个研讨主题', '党组书记'],
      ['2', '项目逐一包保', '分管领导'],
    ],
    1,
  ),
];

const MATERIALS: [string, Line[]][] = [
  ['a personal material: a line, then a table with a half-empty last row, then a sign-off', PERSONAL],
  ['a 班子 material: the table right under the heading, then the organisation and date', BANZI],
  ['plain paragraphs: a table with lines and a closing formula after it', TABLE_THEN_LINES],
  ['another table above; the measures table last in the document', TWO_TABLES],
];

async function checked(lines: Line[]) {
  const doc = new MemoryDocument('');
  doc.applyEdit(lines.map((l) => ({ text: l.text, level: l.level ?? 0, ...(l.cell ? { cell: l.cell } : {}) })));
  const gateway = new MemoryGateway(doc);
  const read = await gateway.read();
  const report = runAnalysis({ paragraphs: read, source: 'word' });
  return { doc, gateway, report, texts: read.map((x) => x.text) };
}

/** The findings as rule, paragraph text and message (indexes move when the table goes in above them). */
const findings = (report: ReturnType<typeof runAnalysis>, texts: readonly string[]) =>
  report.groups.flatMap((g) => g.findings.map((f) => `${f.rule}|${f.paragraph === undefined ? '' : texts[f.paragraph]}|${f.message}`)).sort();

/** The material's measures part: its heading, its last line with text (a cell or not), and the paragraph where the new heading must go. */
function measuresOf(lines: Line[]) {
  const heading = lines.findIndex((l) => /^[一二三四五六]、整改措施$/.test(l.text));
  const closing = lines.findIndex((l, i) => i > heading && /^(以上发言|对照检查人|中共)/.test(l.text));
  const end = closing < 0 ? lines.length : closing;
  return { heading, end };
}

describe.each(MATERIALS)('%s', (_name, lines) => {
  const { heading, end } = measuresOf(lines);
  const cellOf = lines.findIndex((l, i) => i > heading && l.cell);
  const outside: [string, number][] = [
    ['the title line', 0],
    ['the problems heading', lines.findIndex((l) => /存在的主要问题/.test(l.text))],
    ['a problem (a finding clicked)', lines.findIndex((l) => /^落实上级部署/.test(l.text))],
    ['the causes', lines.findIndex((l) => /原因分析/.test(l.text)) + 1],
    ['a cell of the measures table', cellOf + 6],
    ['the last line', lines.length - 1],
  ];

  test('the check finds a place after the part, its table included', async () => {
    const { report, texts } = await checked(lines);
    expect(report.checklistPlace).toMatchObject({ where: 'measures', first: heading });
    const last = report.checklistPlace!.last;
    expect(texts[last]).not.toBe('');
    // The part's last line with text: in the table, or the line after it; never before the table.
    expect(last).toBeGreaterThan(cellOf);
    expect(last).toBeLessThan(end);
  });

  test.each(outside)('cursor on %s: after the table (and the part\'s lines after it), before the sign-off, under 整改清单; no finding added', async (_where, at) => {
    const { doc, gateway, report, texts } = await checked(lines);
    doc.setUserSelection({ paragraph: at, offset: 0 });
    const r = await previewDeliverables(gateway).insertChecklist(report.checklist ?? [], report.checklistPlace);
    expect(r).toEqual({ ok: true, value: { rows: (report.checklist ?? []).length - 1, where: 'measures', heading: '整改清单' } });
    const after = doc.paragraphs;
    // Everything before the part's end as it was; then the heading, the new table, then the rest.
    expect(after.slice(0, end).map((x) => x.text)).toEqual(lines.slice(0, end).map((l) => l.text));
    expect(after[end]).toMatchObject({ text: '整改清单', level: lines[heading].level ?? 0 });
    expect(after[end].cell).toBeUndefined();
    expect(after[end + 1].cell).toBeDefined();
    const tail = after.slice(after.length - (lines.length - end)).map((x) => x.text);
    expect(tail).toEqual(lines.slice(end).map((l) => l.text));
    // The writer's table keeps its cells; the new one is a table of its own.
    expect(after[end - 1].cell?.table === after[end + 1].cell?.table).toBe(false);
    const read = await gateway.read();
    const again = runAnalysis({ paragraphs: read, source: 'word' });
    expect(findings(again, read.map((x) => x.text))).toEqual(findings(report, texts));
  });

  test('cursor on the measures heading: at the cursor, as in a part without a table', async () => {
    const { doc, gateway, report } = await checked(lines);
    doc.setUserSelection({ paragraph: heading, offset: 1 });
    expect(await gateway.insertChecklist(report.checklist ?? [], report.checklistPlace)).toMatchObject({ ok: true, value: { where: 'cursor' } });
    expect(doc.paragraphs[heading + 1].text).toBe('整改清单');
  });
});

test('a place whose table cell no longer reads so (edited since the check): at the cursor, not in a cell', async () => {
  const { doc, gateway, report } = await checked(BANZI);
  const last = report.checklistPlace!.last;
  doc.applyEdit(doc.paragraphs.map((x, i) => ({ id: x.id, text: i === last ? '改过的时限' : x.text, level: x.level, ...(x.cell ? { cell: x.cell } : {}) })));
  doc.setUserSelection({ paragraph: 3, offset: 1 });
  expect(await gateway.insertChecklist(report.checklist ?? [], report.checklistPlace)).toMatchObject({ ok: true, value: { where: 'cursor' } });
  expect(doc.paragraphs[4].text).toBe('整改清单');
});

test('the memory document puts a table after another only with a heading line between them', () => {
  const doc = new MemoryDocument('');
  doc.applyEdit([{ text: '正文' }, ...table([['a', 'b']]).map((l) => ({ text: l.text, cell: l.cell }))]);
  expect(doc.insertTable([['x']], 1)).toBe(false);
  expect(doc.insertTable([['x']], 1, { text: '整改清单', level: 0 })).toBe(false);
  expect(doc.insertTable([['x']], 2, { text: '整改清单', level: 0 })).toBe(true);
  expect(doc.paragraphs.map((x) => [x.text, x.cell?.table ?? null])).toEqual([['正文', null], ['a', 0], ['b', 0], ['整改清单', null], ['x', 1]]);
});
