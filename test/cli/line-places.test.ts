/**
 * check on a .txt or .md names lines, as the writer's editor numbers them (第12行), not paragraphs:
 * the readable report, --json (`line` beside `paragraph`), --fix-preview and the workbook's
 * findings sheet. Lines joined back from a PDF, a pipe table and its rule line, CRLF line ends and
 * blank lines all move paragraph numbers away from line numbers. A .docx still says 第N段.
 */
import * as fs from 'fs';
import * as path from 'path';
import readXlsxFile from 'read-excel-file/node';
import { runCli, tempFiles } from '../support/cli-run';
import { makeDocx } from '../support/docx-writer';
import { completeLines } from '../support/docs';
import type { CheckJson } from '../../src/engine/json';
import { LONG_ITEMS, wrap } from '../support/pdf-paste';

jest.setTimeout(60_000);

const temp = tempFiles('duizhao-lines-');

const LONG = LONG_ITEMS[0];
const LONG_2 = LONG_ITEMS[1];
const LONG_3 = LONG_ITEMS[2];
const SLIP = '五是担当不够。';

/** A complete material whose first aspect's problems are pasted from a PDF, then a numbering slip (五是 for 四是). */
function pdfLines(): string[] {
  const lines = completeLines();
  lines.splice(2, 2, ...wrap(`一是${LONG}`, 30), ...wrap(`二是${LONG_2}`, 30), ...wrap(`三是${LONG_3}`, 30), SLIP);
  return lines;
}

/** The same material in markdown: a 整改清单 pipe table (with its rule line) before the slip's aspect, blank lines between blocks. */
function markdownLines(): string[] {
  const lines = completeLines();
  lines.splice(3, 1, '二是政治判断力不强。', '三是执行力不强。', SLIP);
  const table = ['', '| 序号 | 问题 | 整改措施 | 完成时限 |', '|---|---|---|---|', '| 1 | 学习不深 | 每月学习2次 | 2026年6月 |', '| 2 | 调研不实 | 走访20户 | 2026年12月 |', ''];
  lines.splice(0, 0, '# 对照检查材料', ...table);
  return lines;
}

/** The report line of the numbering finding, and the number and unit it opens with. */
function numberingLine(out: string): { n: number; unit: string } {
  const m = /^ {2}第(\d+)([段行]) 编号跳号/m.exec(out);
  expect(m).not.toBeNull();
  return { n: Number(m![1]), unit: m![2] };
}

describe.each([
  ['a .txt pasted from a PDF (LF)', 'pdf.txt', () => pdfLines().join('\n')],
  ['the same with CRLF line ends and a BOM', 'pdf-crlf.txt', () => `\ufeff${pdfLines().join('\r\n')}\r\n`],
  ['a .md with a pipe table, its rule line and blank lines', 'table.md', () => markdownLines().join('\n')],
  ['the .md with CRLF line ends', 'table-crlf.md', () => markdownLines().join('\r\n')],
])('%s', (_name, name, make) => {
  const content = make();
  const file = temp.file(name, content);
  const fileLines = content.replace(/^\ufeff/, '').split(/\r\n|\n/);
  const slipLine = fileLines.indexOf(SLIP) + 1;

  test('the readable report names the line the writer sees', async () => {
    const r = await runCli(file);
    expect(numberingLine(r.out)).toEqual({ n: slipLine, unit: '行' });
    // No paragraph number anywhere in the report of a text file.
    expect(r.out).not.toMatch(/第\d+段/);
    // Each structure line's place is the line its heading is on.
    const causes = /✓ 原因分析　第(\d+)行/.exec(r.out)!;
    expect(fileLines[Number(causes[1]) - 1]).toBe('二、原因分析');
  });

  test('--json keeps `paragraph` and adds `line`, the line each one starts on', async () => {
    const json = JSON.parse((await runCli(file, '--json')).out) as CheckJson;
    const f = json.findings.find((x) => x.rule === 'numbering')!;
    expect(f.line).toBe(slipLine);
    expect(f.paragraph).not.toBe(slipLine - 1);
    for (const x of json.findings) expect(typeof x.line).toBe('number');
    for (const p of json.parts) expect(fileLines[p.line! - 1]).toContain(p.heading.replace(/^#+\s*/, '').slice(0, 4));
    for (const a of json.aspects) for (const p of a.problems) expect(fileLines[p.line! - 1]).toContain(p.text.slice(0, 2));
  });

  test('--fix-preview titles each fix with the line of its paragraph', async () => {
    const r = await runCli(file, '--fix-preview');
    expect(r.out).toContain(`@@ 第${slipLine}行 改为“四是”`);
    expect(r.out).not.toMatch(/^@@ 第\d+段/m);
  });

  test('the workbook\'s findings sheet says 第N行 in its 段落 column', async () => {
    const xlsx = path.join(temp.dir, `${name}.xlsx`);
    await runCli(file, '--xlsx', xlsx);
    const [, findings] = (await readXlsxFile(fs.readFileSync(xlsx))).map((s) => s.data as unknown[][]);
    const col = findings[0].indexOf('段落');
    const row = findings.find((x) => x[findings[0].indexOf('规则编号')] === 'numbering')!;
    expect(row[col]).toBe(`第${slipLine}行`);
    for (const x of findings.slice(1)) expect(String(x[col])).toMatch(/^第\d+行$/);
  });
});

test('a text file of one line a paragraph: every line equals its paragraph number + 1', async () => {
  const lines = completeLines();
  lines.splice(4, 0, SLIP.replace('五', '四'));
  lines.splice(3, 1, '', '二是政治判断力不强。', '');
  const file = temp.file('plain.txt', lines.join('\n'));
  const json = JSON.parse((await runCli(file, '--json')).out) as CheckJson;
  expect(json.findings.length).toBeGreaterThan(0);
  for (const x of json.findings) expect(x.line).toBe(x.paragraph + 1);
  for (const x of json.measures) expect(x.line).toBe(x.paragraph + 1);
  const r = await runCli(file);
  expect(numberingLine(r.out).unit).toBe('行');
});

test('a .docx of the same material: 第N段, no `line` in --json, a number in the workbook', async () => {
  const file = path.join(temp.dir, 'm.docx');
  fs.writeFileSync(file, await makeDocx({ body: markdownLines().filter((l) => !l.startsWith('|') && l !== '').map((text) => ({ text: text.replace(/^#\s*/, '') })) }));
  const r = await runCli(file);
  const at = numberingLine(r.out);
  expect(at.unit).toBe('段');
  expect(r.out).not.toMatch(/第\d+行/);
  const json = JSON.parse((await runCli(file, '--json')).out) as CheckJson;
  const f = json.findings.find((x) => x.rule === 'numbering')!;
  expect(at.n).toBe(f.paragraph + 1);
  expect(json.findings.every((x) => !('line' in x))).toBe(true);
  expect((await runCli(file, '--fix-preview')).out).toContain(`@@ 第${at.n}段 改为“四是”`);
  const xlsx = path.join(temp.dir, 'docx.xlsx');
  await runCli(file, '--xlsx', xlsx);
  const [, findings] = (await readXlsxFile(fs.readFileSync(xlsx))).map((s) => s.data as unknown[][]);
  for (const x of findings.slice(1)) expect(typeof x[1]).toBe('number');
});

test('a folder of both: each file\'s findings in its own unit', async () => {
  const dir = tempFiles('duizhao-lines-dir-');
  dir.file('一.txt', pdfLines().join('\n'));
  fs.writeFileSync(path.join(dir.dir, '二.docx'), await makeDocx({ body: pdfLines().map((text) => ({ text })) }));
  const r = await runCli(dir.dir);
  const [txt, docx] = r.out.split('─'.repeat(40));
  expect(numberingLine(txt)).toEqual({ n: pdfLines().indexOf(SLIP) + 1, unit: '行' });
  expect(numberingLine(docx).unit).toBe('段');
});

test('the folder summary\'s shared-text example and --json sharedText name the line of the copied sentence', async () => {
  const dir = tempFiles('duizhao-lines-shared-');
  const a = dir.file('甲.txt', pdfLines().join('\n'));
  const other = completeLines();
  other[14] = `（二）宗旨意识淡化。${LONG_2}`;
  dir.file('乙.txt', other.join('\n'));
  const json = JSON.parse((await runCli(dir.dir, '--json')).out) as { file: string; sharedText?: { paragraph: number; line?: number }[] }[];
  const first = json.find((j) => j.file === a)!.sharedText![0];
  const lines = pdfLines();
  expect(lines[first.line! - 1].startsWith('二是调查研究')).toBe(true);
  expect(first.line).not.toBe(first.paragraph + 1);
  const r = await runCli(dir.dir);
  expect(r.out).toContain(`（如第${first.line}行）`);
});

test('--previous: this year\'s and last year\'s places each in their own unit', async () => {
  const last = path.join(temp.dir, '上年度.docx');
  fs.writeFileSync(last, await makeDocx({ body: pdfLines().map((text) => ({ text })) }));
  const now = completeLines();
  now.splice(0, 0, '一、上年度问题整改落实情况', '上年度查摆的问题已整改。');
  now.splice(4, 2, ...wrap(`一是${LONG}`, 30), ...wrap(`二是${LONG_2}`, 30), ...wrap(`三是${LONG_3}`, 30));
  const file = temp.file('今年.txt', now.join('\n'));
  const r = await runCli(file, '--previous', last);
  const repeats = [...r.out.matchAll(/^ {4}第(\d+)([段行])“[^”]*” ≈ 上年度第(\d+)([段行])/gm)];
  expect(repeats.length).toBeGreaterThan(0);
  for (const m of repeats) {
    expect([m[2], m[4]]).toEqual(['行', '段']);
    expect(now[Number(m[1]) - 1]).toMatch(/^[一二三]是/);
  }
});
