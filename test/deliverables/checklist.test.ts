/** The 整改清单 (issue 14): rows from the analysis, owners and deadlines from the measures, .docx and .xlsx output. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import readXlsxFile from 'read-excel-file/node';
import { analyze } from '../../src/engine';
import { buildChecklist, deadlinesIn, ownersIn, sectionLabel } from '../../src/engine/checklist';
import { measureConcreteness } from '../../src/engine/link/patterns';
import { readDocx } from '../../src/engine/readers/docx';
import { main } from '../../src/cli/main';
import { checklistPaths } from '../../src/cli/checklist';
import { completeLines, textDoc } from '../support/docs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-checklist-'));

test('owners in the shapes writers use, and no owner where none is named', () => {
  expect(ownersIn('每月学习2次（责任人：张三；6月底前）')).toEqual(['张三']);
  expect(ownersIn('由办公室牵头，年底前完成')).toEqual(['办公室']);
  expect(ownersIn('牵头单位：组织部、宣传部。')).toEqual(['组织部、宣传部']);
  expect(ownersIn('责任领导: 李四，责任单位：财务科')).toEqual(['李四', '财务科']);
  expect(ownersIn('我作为第一责任人，要主动牵头协调。')).toEqual([]);
  expect(ownersIn('加强理论学习。')).toEqual([]);
  expect(deadlinesIn('年底前走访20户，6月底前完成')).toEqual(expect.arrayContaining(['年底前', '6月底前']));
  expect(deadlinesIn('长期坚持。')).toEqual([]);
});

// The writer of a personal material as owner (本人, 我, 我本人, 个人), in the checklist as 本人.
test.each([
  ['责任人：本人', '每月学习2次（责任人：本人；6月底前）'],
  ['责任人:我', '每月学习2次，责任人:我，年底前完成。'],
  ['责任人 个人 (a space for the colon)', '每月学习2次　责任人　个人'],
  ['由本人负责', '建立问题台账，由本人负责，年底前销号。'],
  ['由我牵头', '由我牵头制定整改方案。'],
  ['本人亲自抓', '对群众反映的停车难问题，本人亲自抓。'],
  ['我本人负责 at the end', '每季度听取一次汇报，我本人负责'],
  ['本人为责任人', '全年走访20户，本人为责任人。'],
])('self as owner: %s', (_name, text) => {
  expect(ownersIn(text)).toEqual(['本人']);
  expect(measureConcreteness(text).kinds).toContain('owner');
});

test.each([
  '本人在理论学习上不够深入，满足于读原文。',
  '我负责的分管领域存在形式主义问题。',
  '本人负责分管科室的监督工作不到位。',
  '加强对本人及家属的约束，自觉接受监督。',
  '个人负责与集体领导相结合的制度落实不够。',
  '我作为第一责任人，要主动牵头协调。',
  '向本人说明情况后再处理。',
])('a sentence that only mentions 本人 names no owner: %s', (text) => {
  expect(ownersIn(text)).toEqual([]);
  expect(measureConcreteness(text).evidence.filter((e) => e.kind === 'owner')).toEqual([]);
});

test('a labelled owner stops where the next label starts after a space; labelled deadlines are read as written', () => {
  expect(ownersIn('责任人：本人　完成时限：2025年6月底前')).toEqual(['本人']);
  expect(ownersIn('责任单位：办公室 完成时间：年底前')).toEqual(['办公室']);
  expect(ownersIn('责任人：张三、李四')).toEqual(['张三、李四']);
  expect(deadlinesIn('责任人：本人　完成时限：2025年6月底前')).toEqual(['2025年6月底前']);
  expect(deadlinesIn('完成时限：长期坚持')).toEqual(['长期坚持']);
  // “明确完成时限” says that a limit is set, not which: no deadline in the cell.
  expect(deadlinesIn('每个项目明确责任人和完成时限。')).toEqual([]);
});

// Sections outside the template are labelled with their own heading, not 其他.
test.each([
  ['（六）在加强基层组织建设方面存在的问题', '加强基层组织建设'],
  ['六、关于意识形态工作方面', '意识形态工作'],
  ['（六）落实意识形态工作责任制方面。', '落实意识形态工作责任制'],
  ['6.巡视反馈问题整改方面存在的突出问题', '巡视反馈问题整改'],
  ['**（六）在推进乡村振兴方面**', '推进乡村振兴'],
  ['（六）带头履行全面从严治党政治责任，持续深化党风廉政建设方面', '带头履行全面从严治党政治责任'],
  ['（六）在统筹推进经济社会发展和安全生产重点任务落实落细方面', '统筹推进经济社会发展和安全生产…'],
  ['（六）其他方面', '其他'],
])('section label: %s → %s', (heading, label) => {
  expect(sectionLabel(heading)).toBe(label);
});

test('the checklist names a section outside the template by its own title', () => {
  const lines = completeLines();
  // A sixth, local section between the template's aspects and the causes, with its own measure.
  lines.splice(
    12,
    0,
    '（六）在加强基层组织建设方面',
    '一是基层党组织软弱涣散问题整治不彻底，村级后备干部培养不够。',
  );
  lines.push('（三）加强基层组织建设。整顿软弱涣散村党组织，年底前培养村级后备干部20名。');
  const input = textDoc(lines);
  const analysis = analyze(input);
  expect(analysis.outline.aspects.some((a) => a.aspect === null)).toBe(true);
  const rows = buildChecklist(analysis, input);
  const local = rows.find((r) => r.problem.includes('软弱涣散'))!;
  expect(local.aspect).toBe('加强基层组织建设');
  expect(rows.map((r) => r.aspect)).not.toContain('其他');
});

test('one row per problem, with its linked measures; owner and deadline empty where the measure names none', () => {
  const lines = completeLines();
  lines[lines.length - 1] = '（二）践行为民宗旨，密切联系群众。年底前走访20户（责任人：王五）。';
  const input = textDoc(lines);
  const analysis = analyze(input);
  const rows = buildChecklist(analysis, input);
  const problems = analysis.outline.aspects.reduce((n, a) => n + a.problems.length, 0);
  expect(rows).toHaveLength(problems);
  expect(rows.map((r) => r.problem)).toEqual(analysis.outline.aspects.flatMap((a) => a.problems.map(() => expect.any(String))));
  const mass = rows.find((r) => r.problem.includes('宗旨意识'))!;
  expect(mass.aspect).toBe(analysis.template.aspects[2].short);
  expect(mass.measures.join()).toContain('践行为民宗旨');
  // The whole measure, not only its heading sentence: the commitment after it stays in the cell.
  expect(mass.measures.join()).toContain('年底前走访20户（责任人：王五）');
  expect(mass.owner).toBe('王五');
  expect(mass.deadline).toBe('年底前');
  const study = rows.find((r) => r.problem.includes('理论学习'))!;
  expect(study.measures.join()).toContain('强化理论武装');
  expect(study.owner).toBe('');
  expect(study.deadline).toBe('');
  // A problem nothing answers keeps its row with empty measure, owner and deadline cells.
  const unanswered = rows.filter((r) => r.measures.length === 0);
  for (const r of unanswered) expect([r.owner, r.deadline]).toEqual(['', '']);
});

test.each([
  ['a numbered measure with a labelled owner', '（三）完善机关食堂管理制度，2027年3月底前修订完成（责任人：办公室主任）。', '办公室主任', '2027年3月底前'],
  ['an owner led by 由…负责', '（三）由后勤服务中心负责，6月底前完成老旧电梯更换。', '后勤服务中心', '6月底前'],
  ['no owner, no deadline', '（三）持续优化营商环境。', '', ''],
])('a measure that answers no listed problem keeps its row, its owner and deadline (%s)', (_name, measure, owner, deadline) => {
  const lines = [...completeLines(), measure];
  const input = textDoc(lines);
  const analysis = analyze(input);
  const rows = buildChecklist(analysis, input);
  const problems = analysis.outline.aspects.reduce((n, a) => n + a.problems.length, 0);
  const alone = rows.filter((r) => r.problemParagraph === null);
  const mine = alone.find((r) => r.measures.join().includes(measure.slice(3, 10)));
  expect(mine).toBeDefined();
  expect(mine).toMatchObject({ aspect: '', problem: '', owner, deadline });
  // Every problem keeps its own row before them.
  expect(rows.slice(0, problems).every((r) => r.problemParagraph !== null)).toBe(true);
  // A measure is listed once: in a problem's row or in a row of its own.
  const listed = rows.flatMap((r) => r.measureParagraphs);
  expect(alone.every((r) => r.measureParagraphs.every((p) => listed.filter((q) => q === p).length === 1))).toBe(true);
});

test('a material whose measures are already a table: one row per measure row, owner and deadline from its cells, then the problems no row answers', () => {
  const lines = completeLines().slice(0, 16); // up to the 整改措施 heading
  lines.push(
    '| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |',
    '| --- | --- | --- | --- | --- |',
    '| 1 | 理论学习不深 | 每月集中学习2次 | 张三 | 长期坚持 |',
    '| 2 | 宗旨意识淡化 | 走访群众20户 |  | 年底前 |',
  );
  const input = textDoc(lines);
  const rows = buildChecklist(analyze(input), input);
  // Two table rows, then the four problems neither answers, with empty cells (the gap visible).
  expect(rows).toHaveLength(6);
  expect(rows.slice(2).map((r) => [r.measures, r.owner, r.deadline])).toEqual(Array(4).fill([[], '', '']));
  expect(rows[0].measures[0]).toContain('每月集中学习2次');
  expect(rows[0].owner).toBe('张三');
  expect(rows[1].owner).toBe('');
  expect(rows[1].deadline).toBe('年底前');
  expect(rows[1].problem).toContain('宗旨意识');
});

describe('table rows keep their own cells when other measures are not in the table', () => {
  const table = [
    '| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |',
    '| --- | --- | --- | --- | --- |',
    '| 1 | 理论学习不深 | 每月集中学习原著2次 | 张三 | 长期坚持 |',
    '| 2 | 宗旨意识淡化 | 走访联系群众20户 | 李四 | 2025年12月底 |',
  ];
  test.each([
    ['a unit name after the table (read as a measure)', [...table, '中共某县委常委会']],
    ['a body\'s name after the table (read as a measure)', [...table, '某局党组']],
  ])('%s', (_shape, measures) => {
    const lines = [...completeLines().slice(0, 16), ...measures];
    const input = textDoc(lines);
    const rows = buildChecklist(analyze(input), input);
    const study = rows.find((r) => r.measures.some((m) => m.includes('集中学习原著')))!;
    expect(study.measures).toContain('每月集中学习原著2次');
    expect(study.owner).toBe('张三');
    expect(study.deadline).toBe('长期坚持');
    const visit = rows.find((r) => r.measures.some((m) => m.includes('走访联系群众')))!;
    expect(visit.measures).toContain('走访联系群众20户');
    expect(visit.owner).toBe('李四');
    expect(visit.deadline).toBe('2025年12月底');
    // No cell holds another column's text (the row's own 问题 cell, its owner in brackets).
    for (const r of rows) for (const m of r.measures) expect(m).not.toMatch(/责任人：|理论学习不深|宗旨意识淡化/);
  });
});

test('--checklist out.docx and out.xlsx: a real table that reads back, header first', async () => {
  const src = path.join(tmp, '材料.txt');
  const lines = completeLines();
  lines[lines.length - 1] = '（二）践行为民宗旨。年底前走访20户（责任人：王五）。';
  fs.writeFileSync(src, lines.join('\n'));
  const docx = path.join(tmp, 'out', '清单.docx');
  const xlsx = path.join(tmp, 'out', '清单.xlsx');
  const err: string[] = [];
  expect(await main([src, '--checklist', docx], () => {}, (s) => err.push(s))).toBe(0);
  expect(await main([src, '--checklist', xlsx], () => {}, (s) => err.push(s))).toBe(0);
  expect(err.join('\n')).toContain('已写出整改清单');
  const paragraphs = await readDocx(fs.readFileSync(docx));
  const cells = paragraphs.filter((p) => p.cell);
  expect(cells.filter((p) => p.cell!.row === 0).map((p) => p.text)).toEqual(['序号', '方面', '存在问题', '整改措施', '责任人', '完成时限']);
  const row = (r: number) => cells.filter((p) => p.cell!.row === r);
  const rows = Math.max(...cells.map((p) => p.cell!.row));
  const input = textDoc(lines);
  expect(rows).toBe(buildChecklist(analyze(input), input).length);
  const wang = [...Array(rows).keys()].map((k) => row(k + 1)).find((r) => r.some((p) => p.text === '王五'))!;
  expect(wang.find((p) => p.cell!.column === 5)!.text).toBe('年底前');
  const doc = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
  expect(doc).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
  expect(doc).toContain('仿宋_GB2312');
  const sheet = await readXlsxFile(fs.readFileSync(xlsx));
  expect(sheet[0].data[0]).toEqual(['序号', '方面', '存在问题', '整改措施', '责任人', '完成时限']);
  expect(sheet[0].data).toHaveLength(rows + 1);
  expect(sheet[0].data.some((r) => r[4] === '王五' && r[5] === '年底前')).toBe(true);
});

// Two materials of one folder that make one checklist name each get their own file (a trial found
// the second branch's checklist written over the first's, exit 0).
test.each([
  ['one material: the name given', ['a/张三.docx'], ['清单.docx']],
  ['materials of one name in two subfolders', ['收到/一支部/材料.docx', '收到/二支部/材料.docx'], ['清单-材料.docx', '清单-材料（2）.docx']],
  ['one material as .docx and .txt', ['张三.docx', '张三.txt'], ['清单-张三.docx', '清单-张三（2）.docx']],
  ['names differing only in letter case', ['a/Li.docx', 'b/li.docx'], ['清单-Li.docx', '清单-li（2）.docx']],
  ['three of one name and one whose own name is the second’s', ['x/材料.txt', 'y/材料.txt', '材料（2）.txt', 'z/材料.md'], ['清单-材料.docx', '清单-材料（2）.docx', '清单-材料（2）（2）.docx', '清单-材料（3）.docx']],
  ['different names unchanged', ['甲.txt', '乙.txt'], ['清单-甲.docx', '清单-乙.docx']],
])('checklist names: %s', (_name, materials, names) => {
  const out = path.join(tmp, 'names', '清单.docx');
  expect(checklistPaths(out, materials)).toEqual(names.map((n) => path.join(tmp, 'names', n)));
});

test('--checklist over subfolders with materials of one name: a checklist each, none replaced', async () => {
  const dir = path.join(tmp, '收到的材料');
  const lines = completeLines();
  const first = [...lines.slice(0, -1), '（二）践行为民宗旨。年底前走访20户（责任人：一支部王五）。'];
  const second = [...lines.slice(0, -1), '（二）践行为民宗旨。年底前走访30户（责任人：二支部赵六）。'];
  for (const [sub, text] of [['一支部', first], ['二支部', second]] as const) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
    fs.writeFileSync(path.join(dir, sub, '对照检查材料.txt'), text.join('\n'));
  }
  const out = path.join(tmp, 'out-sub', '清单.xlsx');
  const err: string[] = [];
  expect(await main([dir, '--checklist', out], () => {}, (s) => err.push(s))).toBeLessThan(2);
  const written = fs.readdirSync(path.dirname(out)).sort();
  expect(written).toEqual(['清单-对照检查材料.xlsx', '清单-对照检查材料（2）.xlsx']);
  const owners = await Promise.all(
    written.map(async (f) => (await readXlsxFile(fs.readFileSync(path.join(path.dirname(out), f))))[0].data.map((r) => r[4]).join()),
  );
  expect(owners.some((o) => o.includes('一支部王五'))).toBe(true);
  expect(owners.some((o) => o.includes('二支部赵六'))).toBe(true);
  expect(err.join('\n').match(/已写出整改清单/g)).toHaveLength(2);
});

test('--checklist refuses other formats with a Chinese line', async () => {
  const err: string[] = [];
  expect(await main(['--checklist', path.join(tmp, 'x.pdf')], () => {}, (s) => err.push(s))).toBe(2);
  expect(err.join()).toContain('.docx 或 .xlsx');
});

// The 存在问题 cell is the problem without its own number: the table has 序号, and a numbering
// mistake of the writer's (二是 twice) must not be carried into the deliverable.
test.each([
  ['一是 二是 二是', ['一是理论学习不深入。比如，全年只参加中心组学习2次。', '二是调研不够深入。比如，到基层蹲点少。', '二是批评与自我批评开展不够。']],
  ['1. 2. 3.', ['1.理论学习不深入。比如，全年只参加中心组学习2次。', '2.调研不够深入。比如，到基层蹲点少。', '3.批评与自我批评开展不够。']],
  ['（1）（2）（3）', ['（1）理论学习不深入。比如，全年只参加中心组学习2次。', '（2）调研不够深入。比如，到基层蹲点少。', '（3）批评与自我批评开展不够。']],
])('checklist problems without their item numbers: %s', (_name, items) => {
  const lines = ['2025年度民主生活会对照检查材料', '一、存在的主要问题', '（一）在带头深刻领悟方面', ...items, '二、原因分析', '一是理想信念有所松懈。', '三、整改措施', '（一）加强理论学习。每月学习2次，2026年6月底前完成。', '（二）深化调查研究。每季度到基层蹲点1次。'];
  const input = textDoc(lines);
  const rows = buildChecklist(analyze(input), input);
  const problems = rows.map((r) => r.problem).filter(Boolean);
  expect(problems.length).toBe(3);
  for (const p of problems) expect(p).not.toMatch(/^(?:[一二三四五六七八九十]+是|\d+[.．、]|[（(]\d+[)）])/);
  expect(problems.join('\n')).toContain('批评与自我批评开展不够');
});
