/** check FOLDER --xlsx / --csv (issue 14): the summary workbook read back with the library's reader, CSV with BOM, progress only on a terminal. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import readXlsxFile from 'read-excel-file/node';
import { main } from '../../src/cli/main';
import { XMLValidator } from 'fast-xml-parser';
import { columnName, toCsv, writeWorkbook, xmlText } from '../../src/cli/xlsx';
import { progressLine } from '../../src/cli/workbook';
import { completeLines } from '../support/docs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-workbook-'));
const folder = path.join(dir, '收到的材料');
fs.mkdirSync(folder);
const full = completeLines();
// a and b share two long sentences of their own (copied text); c does not have them.
const own = [...full];
own.splice(3, 0, '三是调查研究不够深入，到基层一线听取意见少，对农村集体经营性建设用地入市试点中群众反映的问题跟踪不及时，解决不彻底。');
own.splice(14, 1, '（一）理想信念有所松懈，对理论学习的极端重要性认识不足，满足于一般性地读文件、记笔记，没有做到学思用贯通。');
fs.writeFileSync(path.join(folder, 'a-完整.txt'), own.join('\n'));
// b: a copy of a with the measures' heading dropped (an error).
fs.writeFileSync(path.join(folder, 'b-复制.txt'), own.filter((l) => l !== '三、整改措施').join('\n'));
// c: the fourth and fifth aspects missing, a vague measure.
fs.writeFileSync(path.join(folder, 'c-缺方面.txt'), [...full.slice(0, 8), ...full.slice(12, 16), '（一）加强学习，提高认识。'].join('\n'));
// d: unreadable.
fs.writeFileSync(path.join(folder, 'd-坏文件.docx'), 'not a zip');

async function run(...args: string[]) {
  const err: string[] = [];
  const code = await main(args, () => {}, (s) => err.push(s));
  return { code, err: err.join('\n') };
}

test('--xlsx: a row per material and every finding, header frozen and filtered, read back with the same family of library', async () => {
  const out = path.join(dir, '汇总.xlsx');
  const r = await run(folder, '--xlsx', out);
  expect(r.code).toBe(2);
  expect(r.err).toContain('已写出汇总表');
  const sheets = await readXlsxFile(fs.readFileSync(out));
  expect(sheets.map((s) => s.sheet)).toEqual(['材料汇总', '全部问题']);
  const [materials, findings] = sheets.map((s) => s.data);
  expect(materials[0]).toEqual(['文件', '模板', '标题', '已有部分', '缺少部分', '已有方面', '缺少方面', '问题数', '未对应措施的问题', '不具体的措施', '错误', '警告', '提示', '文字相近的材料']);
  expect(materials).toHaveLength(5);
  const row = (name: string) => materials.find((m) => String(m[0]).includes(name))!;
  expect(row('a-完整')[4] ?? '').toBe('');
  expect(row('b-复制')[4]).toContain('整改措施');
  expect(Number(row('b-复制')[10])).toBeGreaterThan(0);
  expect(row('c-缺方面')[6]).toBeTruthy();
  expect(String(row('c-缺方面')[6]).split('；')).toHaveLength(2);
  expect(Number(row('c-缺方面')[9])).toBeGreaterThan(0);
  expect(String(row('a-完整')[13])).toContain('b-复制');
  expect(String(row('d-坏文件')[1])).toContain('无法读取');
  // The findings sheet: one row per finding of the readable materials, the counts agree with sheet 1.
  expect(findings[0]).toEqual(['文件', '段落', '规则', '级别', '说明', '摘录']);
  for (const name of ['a-完整', 'b-复制', 'c-缺方面']) {
    const m = row(name);
    const total = Number(m[10] ?? 0) + Number(m[11] ?? 0) + Number(m[12] ?? 0);
    expect(findings.filter((f) => String(f[0]).includes(name))).toHaveLength(total);
  }
  expect(findings.slice(1).every((f) => typeof f[1] === 'number' && f[1] >= 1)).toBe(true);
  // Each material's findings in document order.
  for (const name of ['a-完整', 'b-复制', 'c-缺方面']) {
    const at = findings.filter((f) => String(f[0]).includes(name)).map((f) => Number(f[1]));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  }
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  for (const [i, s] of sheets.entries()) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
    expect(xml).toContain(`<autoFilter ref="A1:${columnName(s.data[0].length - 1)}${s.data.length}"/>`);
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  }
});

test('--csv: UTF-8 with BOM, the summary sheet, quoted where needed', async () => {
  const out = path.join(dir, '汇总.csv');
  await run(folder, '--csv', out);
  const bytes = fs.readFileSync(out);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.split('\r\n')[0]).toBe('文件,模板,标题,已有部分,缺少部分,已有方面,缺少方面,问题数,未对应措施的问题,不具体的措施,错误,警告,提示,文字相近的材料');
  expect(toCsv({ header: ['a'], rows: [['x,"y"\nz'], [3]] })).toBe('\ufeffa\r\n"x,""y""\nz"\r\n3\r\n');
});

test('column names, and a refused extension', async () => {
  expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  const r = await run(folder, '--xlsx', path.join(dir, 'x.csv'));
  expect(r.code).toBe(2);
  expect(r.err).toContain('.xlsx');
});

test('progress: on a terminal each file, cleared at the end; nothing when piped', () => {
  const written: string[] = [];
  const tty = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  const p = progressLine(tty)!;
  p(0, 2, 'a.docx');
  p(1, 2, 'b.docx');
  p(2, 2, '');
  expect(written[0]).toContain('0/2');
  expect(written[1]).toContain('b.docx');
  expect(written[2]).not.toContain('b.docx');
  expect(progressLine({ isTTY: false } as unknown as NodeJS.WriteStream)).toBeUndefined();
});

test('the workbook writer: any text reads back as written, less what XML cannot hold; every part well-formed', async () => {
  // Markup characters, quotes, white space at either end, line breaks, emoji, controls and lone
  // surrogates (dropped: XML 1.0 has no way to write them), numbers, empty cells (left out).
  const texts = ['a<b>&c', '"引号"与\'单引号\'', '  前后空格  ', '第一行\n第二行', '😀表情', 'x\u0001y\u0008z', '半个\ud83d字', '\udc00尾', '&amp;', '']; 
  const rows = texts.map((t, i) => [t, i, (i - 3) * 1.5]);
  const bytes = await writeWorkbook([
    { name: '甲<&>表', header: ['文本', '序号', '数'], rows, widths: [20, 6, 6] },
    { name: '乙', header: ['只有一列'], rows: [['同一文本'], ['同一文本'], ['a<b>&c']] },
  ]);
  const sheets = await readXlsxFile(bytes, { trim: false });
  expect(sheets.map((s) => s.sheet)).toEqual(['甲<&>表', '乙']);
  const expected = texts.map((t) => t.replace(/[\u0000-\u0008]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ''));
  expect(sheets[0].data.slice(1).map((r) => r[0] ?? '')).toEqual(expected);
  expect(sheets[0].data.slice(1).map((r) => [r[1], r[2]])).toEqual(rows.map((r) => [r[1], r[2]]));
  expect(sheets[1].data).toEqual([['只有一列'], ['同一文本'], ['同一文本'], ['a<b>&c']]);
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']));
  for (const n of names) expect([n, XMLValidator.validate(await zip.file(n)!.async('string'))]).toEqual([n, true]);
  // Strings are shared: one entry per distinct text, count = cells that use one.
  const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
  const distinct = new Set([...['文本', '序号', '数', '只有一列'], ...expected.filter((t) => t), '同一文本']);
  expect(sst).toContain(`uniqueCount="${distinct.size}"`);
  // The header is bold (style 1), a text with a line break wraps (style 2), and the header row is frozen.
  const sheet1 = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  expect(sheet1).toMatch(/<c r="A1" s="1" t="s">/);
  expect(sheet1).toMatch(/<c r="A5" s="2" t="s">/);
  expect(sheet1).toContain('<autoFilter ref="A1:C11"/>');
});

test('xmlText escapes markup and drops what XML 1.0 forbids, keeping surrogate pairs', () => {
  expect(xmlText('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  expect(xmlText('a\u0000b\u000bc\u001fd\tx\ny\rz')).toBe('abcd\tx\ny\rz');
  expect(xmlText('😀\ud800\udfff\ud800')).toBe('😀\ud800\udfff');
  expect(xmlText('\udc00a\ufffe\uffffb')).toBe('ab');
  // Called again after a text with forbidden characters: no state carried over.
  expect(xmlText('plain')).toBe('plain');
});

/** LibreOffice with Calc (the test dependencies install only Writer: Debian's libreoffice-calc-nogui adds it). */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
const calc = ['/usr/lib/libreoffice/program/libsclo.so'].some((p) => fs.existsSync(p));

test('LibreOffice Calc opens the workbook: both sheets, every cell as written (needs Calc)', async () => {
  if (!soffice || !calc) {
    console.warn('LibreOffice Calc not found: workbook check skipped (install Debian package libreoffice-calc-nogui)');
    return;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-calc-'));
  const file = path.join(out, 'book.xlsx');
  const rows: (string | number)[][] = [['a<b>&c', 1], ['第一行\n第二行', 2.5], ['“引号”，逗号', 3], ['a,b', 4], ['', 5]];
  fs.writeFileSync(file, await writeWorkbook([{ name: '甲', header: ['文本', '数'], rows }, { name: '乙', header: ['列'], rows: [['😀']] }]));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-lo-'));
  // CSV of every sheet (-1), UTF-8 (76), comma-separated and double-quoted.
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, file], {
    timeout: 120_000,
    stdio: 'pipe',
  });
  const csv = (sheet: string) => fs.readFileSync(path.join(out, `book-${sheet}.csv`), 'utf8').replace(/\r\n/g, '\n').trimEnd();
  expect(csv('甲')).toBe(['文本,数', 'a<b>&c,1', '"第一行\n第二行",2.5', '“引号”，逗号,3', '"a,b",4', ',5'].join('\n'));
  expect(csv('乙')).toBe('列\n😀');
}, 180_000);
