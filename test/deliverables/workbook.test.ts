/** check FOLDER --xlsx / --csv (issue 14): the summary workbook read back with the library's reader, CSV with BOM, progress only on a terminal. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import readXlsxFile from 'read-excel-file/node';
import { main } from '../../src/cli/main';
import { CELL_MAX, columnName, fitCell, toCsv, writeWorkbook } from '../../src/cli/xlsx';
import { SHARED_LISTED, findingRows, progressLine, sharedCell } from '../../src/cli/workbook';
import type { Analysis, Finding } from '../../src/engine';
import { RULE_NAME } from '../../src/engine/messages';
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
// e, f: formats that are not checked (a received .doc, a .pdf), in a subfolder too.
fs.writeFileSync(path.join(folder, 'e-旧稿.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
fs.mkdirSync(path.join(folder, '补交'));
fs.writeFileSync(path.join(folder, '补交', 'f-扫描件.pdf'), '%PDF-1.4\n%âãÏÓ\n');

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
  expect(materials).toHaveLength(7);
  const row = (name: string) => materials.find((m) => String(m[0]).includes(name))!;
  // Files of formats that are not checked are on the reviewer's list too, saying so.
  for (const name of ['e-旧稿.doc', 'f-扫描件.pdf']) {
    expect(String(row(name)[1])).toMatch(/^未检查（格式不支持）：/);
    // Said once: the reason's own 未检查： is not repeated after the label (a trial's cell read 未检查（格式不支持）：未检查：…).
    expect(String(row(name)[1]).match(/未检查/g)).toHaveLength(1);
  }
  expect(row('a-完整')[4] ?? '').toBe('');
  expect(row('b-复制')[4]).toContain('整改措施');
  expect(Number(row('b-复制')[10])).toBeGreaterThan(0);
  expect(row('c-缺方面')[6]).toBeTruthy();
  expect(String(row('c-缺方面')[6]).split('；')).toHaveLength(2);
  expect(Number(row('c-缺方面')[9])).toBeGreaterThan(0);
  expect(String(row('a-完整')[13])).toContain('b-复制');
  expect(String(row('d-坏文件')[1])).toContain('无法读取');
  // The findings sheet: one row per finding of the readable materials, the counts agree with sheet 1.
  expect(findings[0]).toEqual(['文件', '段落', '规则', '级别', '说明', '摘录', '规则编号']);
  // The 规则 column names the rule in Chinese; the id (for --disable and --json) has its own column.
  for (const f of findings.slice(1)) {
    expect(String(f[2])).toMatch(/^[\u4e00-\u9fff（）]+$/);
    expect(f[2]).toBe(RULE_NAME[String(f[6])]);
  }
  expect(new Set(findings.slice(1).map((f) => f[6])).size).toBeGreaterThan(2);
  for (const name of ['a-完整', 'b-复制', 'c-缺方面']) {
    const m = row(name);
    const total = Number(m[10] ?? 0) + Number(m[11] ?? 0) + Number(m[12] ?? 0);
    expect(findings.filter((f) => String(f[0]).includes(name))).toHaveLength(total);
  }
  // The materials are .txt files: each finding's place is the line it starts on (第N行), as the
  // writer's editor numbers it (a .docx's is its paragraph number: line-places.test.ts).
  expect(findings.slice(1).every((f) => /^第[1-9]\d*行$/.test(String(f[1])))).toBe(true);
  // Each material's findings in document order.
  for (const name of ['a-完整', 'b-复制', 'c-缺方面']) {
    const at = findings.filter((f) => String(f[0]).includes(name)).map((f) => Number(/\d+/.exec(String(f[1]))![0]));
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

describe('cells never pass the 32,767-character limit of Excel and WPS', () => {
  const long = (k: number, n: number) => `${'收到的材料/'.repeat(n)}材料${String(k).padStart(4, '0')}.docx`;
  test.each([
    ['none', 0, 1],
    ['a few', 3, 1],
    ['just under', 400, 10],
    ['a folder of copies', 2000, 3],
    ['five', 5, 1],
    ['six', 6, 1],
    ['names too long for five lines', 60, 1500],
  ])('the shared-text cell: %s', (_name, count, n) => {
    const shared = Array.from({ length: count }, (_, k) => ({ other: long(k, n), similarity: 1 - k / (count + 1), count: k % 5 }));
    const cell = sharedCell(shared);
    // The list's start and its length make the same cell (the folder check keeps no more of it).
    for (const kept of [SHARED_LISTED, SHARED_LISTED + 1, count]) expect(sharedCell(shared.slice(0, kept), count)).toBe(cell);
    expect(cell.length).toBeLessThanOrEqual(CELL_MAX);
    const lines = cell ? cell.split('\n') : [];
    const whole = lines.filter((l) => !l.startsWith('……'));
    // The lines kept are the first ones, whole, in order; the last line counts exactly the rest.
    whole.forEach((l, k) => expect(l.startsWith(long(k, n))).toBe(true));
    // At most SHARED_LISTED named, fewer only when the names do not fit the cell.
    expect(whole.length).toBe(n * 6 * 5 < CELL_MAX ? Math.min(count, SHARED_LISTED) : Math.floor(CELL_MAX / (n * 6 + 20)));
    if (whole.length < count) expect(lines[lines.length - 1]).toBe(`……另有${count - whole.length}份材料文字相近（完整列表见 --json）`);
    else expect(lines).toHaveLength(count);
  });

  test.each([
    ['short', 'x'.repeat(10), 10],
    ['at the limit', '学'.repeat(CELL_MAX), CELL_MAX],
    ['one over', '学'.repeat(CELL_MAX + 1), CELL_MAX],
    ['far over', '学'.repeat(100_000), CELL_MAX],
  ])('fitCell: %s', (_name, text, length) => {
    const v = String(fitCell(text));
    expect(v.length).toBe(length);
    if (text.length > CELL_MAX) expect(v.endsWith('……（超出表格单元格的字数上限，以下从略）')).toBe(true);
  });

  test('fitCell never splits a surrogate pair, and leaves numbers alone', () => {
    for (let shift = 0; shift < 4; shift++) {
      const v = String(fitCell('字'.repeat(shift) + '𠀀'.repeat(CELL_MAX)));
      expect(v.length).toBeLessThanOrEqual(CELL_MAX);
      expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(v)).toBe(false);
    }
    expect(fitCell(123456)).toBe(123456);
  });

  test('a workbook with an over-long cell reads back within the limit; the CSV too', async () => {
    const out = path.join(dir, 'long.xlsx');
    fs.writeFileSync(out, await writeWorkbook([{ name: '材料汇总', header: ['文件', '长'], rows: [['a', '学'.repeat(50_000)]] }]));
    const [sheet] = await readXlsxFile(fs.readFileSync(out));
    expect(String(sheet.data[1][1]).length).toBe(CELL_MAX);
    const csv = toCsv({ header: ['文件', '长'], rows: [['a', '学'.repeat(50_000)]] });
    expect(csv.split('\r\n')[1].length).toBe(2 + CELL_MAX);
  });
});

describe('cells whose text is a name on Object.prototype (write-excel-file looks shared strings up in a plain object)', () => {
  const names = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'];
  test.each(names)('"%s" reads back as its text, its neighbours unchanged', async (name) => {
    const rows: (string | number)[][] = [
      ['a.docx', name, 3],
      [name, '普通文字', name],
      ['b.docx', `${name}\n第二行`, 0],
    ];
    const bytes = await writeWorkbook([
      { name: '材料汇总', header: ['文件', '内容', '数'], rows },
      { name: '全部问题', header: ['文件'], rows: [[name], ['c.docx']] },
    ]);
    const sheets = await readXlsxFile(bytes);
    expect(sheets[0].data.slice(1)).toEqual(rows);
    expect(sheets[1].data.slice(1)).toEqual([[name], ['c.docx']]);
    // Both sheets keep their filter over the whole table.
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<autoFilter ref="A1:C4"/>');
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).toContain('<autoFilter ref="A1:A3"/>');
  });
});

describe('rows written as they are (every cell plain) make the same workbook as rows rebuilt an object a cell', () => {
  /** Each part of the workbook's zip, by name, as text. */
  async function parts(bytes: Buffer): Promise<Record<string, string>> {
    const zip = await JSZip.loadAsync(bytes);
    const out: Record<string, string> = {};
    for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out[name] = await zip.files[name].async('string');
    return out;
  }
  const long = '长'.repeat(CELL_MAX + 5);
  test.each([
    ['plain strings and numbers', [['a.docx', 3, '说明'], ['b.docx', 0, '']]],
    ['a line break in one cell of a row', [['a.docx', 1, '第一行\n第二行'], ['b.docx', 2, '一行']]],
    ['a name on Object.prototype', [['constructor', 1, 'x'], ['c.docx', 2, '__proto__'], ['d.docx', 3, 'toString']]],
    ['a cell past CELL_MAX', [['a.docx', 1, long], ['b.docx', 2, '短']]],
    ['empty strings, zeros, the same text twice', [['', 0, ''], ['同一句', 0, '同一句'], ['e.docx', -1.5, 'ok']]],
    ['every kind in one table', [['a.docx', 1, '第一行\n第二行'], ['valueOf', 2, long], ['plain', 3, 'plain'], ['', 0, 'hasOwnProperty']]],
  ] as [string, (string | number)[][]][])('%s', async (_shape, rows) => {
    const tables = [
      { name: '材料汇总', header: ['文件', '数', '内容'], rows, widths: [20, 6, 40] },
      { name: '全部问题', header: ['文件', '数', '内容'], rows: [...rows].reverse() },
    ];
    const reused = await parts(await writeWorkbook(tables));
    const rebuilt = await parts(await writeWorkbook(tables, { reuseRows: false }));
    expect(Object.keys(reused)).toEqual(Object.keys(rebuilt));
    for (const name of Object.keys(rebuilt)) expect([name, reused[name]]).toEqual([name, rebuilt[name]]);
    // The input rows are left as they were.
    expect(tables[0].rows).toBe(rows);
    expect(rows.flat().some((c) => typeof c === 'object')).toBe(false);
  });
});

describe("findingRows: in document order, a paragraph's findings in the engine's order", () => {
  const f = (rule: string, paragraph: number, message: string): Finding => ({ rule, severity: 'warning', message, paragraph, excerpt: `段${paragraph}` }) as Finding;
  test.each([
    ['already in order', [f('a', 0, '1'), f('b', 1, '2'), f('c', 2, '3')], ['1', '2', '3']],
    ['rule by rule', [f('a', 2, 'a2'), f('a', 0, 'a0'), f('b', 2, 'b2'), f('b', 0, 'b0'), f('c', 1, 'c1')], ['a0', 'b0', 'c1', 'a2', 'b2']],
    ['many in one paragraph', Array.from({ length: 30 }, (_, i) => f(`r${i}`, i % 2, `m${i}`)), [...Array.from({ length: 15 }, (_, i) => `m${2 * i}`), ...Array.from({ length: 15 }, (_, i) => `m${2 * i + 1}`)]],
    ['none', [], []],
  ] as [string, Finding[], string[]][])('%s', (_shape, findings, messages) => {
    const before = [...findings];
    const rows = findingRows({ findings } as unknown as Analysis, 'a.docx');
    expect(rows.map((r) => r[4])).toEqual(messages);
    expect(rows.every((r) => r[0] === 'a.docx' && r.length === 7)).toBe(true);
    // The analysis's own list is left as it was.
    expect(findings).toEqual(before);
  });
});
