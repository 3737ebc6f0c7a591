/**
 * The CLI's workbooks (cli/xlsx.ts writeWorkbook, written directly and zipped with zlib) hold the
 * parts write-excel-file wrote for the same tables, byte for byte and in the same order (the
 * reference: test/support/reference/xlsx-before.ts): the folder summary of real materials, the
 * 整改清单 shape, and generated tables with every kind of character the XML escaping or cleaning
 * touches. The archive is read back by jszip and by read-excel-file.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import JSZip from 'jszip';
import readXlsxFile from 'read-excel-file/node';
import * as xlsx from '../../src/cli/xlsx';
import { main } from '../../src/cli/main';
import { crc32, tableCrc32, zipFiles } from '../../src/cli/zip';
import { writeWorkbookBefore } from '../support/reference/xlsx-before';

type Table = xlsx.Table;

/** Every part of a zip archive, in the archive's order: [name, text]. */
async function parts(bytes: Buffer): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out: [string, string][] = [];
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.push([name, await zip.files[name].async('string')]);
  return out;
}

async function expectSameParts(tables: Table[]): Promise<void> {
  const [ours, before] = await Promise.all([xlsx.writeWorkbook(tables), writeWorkbookBefore(tables)]);
  expect(await parts(ours)).toEqual(await parts(before));
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-xlsx-parts-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The tables `check INPUT --xlsx` writes (caught on their way to writeWorkbook). */
async function folderTables(input: string): Promise<Table[]> {
  const spy = jest.spyOn(xlsx, 'writeWorkbook');
  try {
    await main([input, '--xlsx', path.join(tmp, 'x.xlsx')], () => {}, () => {});
    expect(spy).toHaveBeenCalledTimes(1);
    return spy.mock.calls[0][0];
  } finally {
    spy.mockRestore();
  }
}

describe('the parts write-excel-file wrote', () => {
  const root = path.resolve(__dirname, '../..');
  test.each(['samples', 'test/fixtures/unseen', 'test/fixtures/years'])('the folder summary of %s', async (dir) => {
    const tables = await folderTables(path.join(root, dir));
    expect(tables[1].rows.length).toBeGreaterThan(10);
    await expectSameParts(tables);
  });

  test('a 整改清单 shape, one sheet, cells of several lines, an empty and a long cell', async () => {
    await expectSameParts([
      {
        name: '整改清单',
        header: ['序号', '问题', '整改措施', '完成时限'],
        rows: [[1, '学习不深\n比如少', '', '2026年底'], [2, '学'.repeat(40_000), '措施', ''], [], [3]],
        widths: [6, 14, 40, 48],
      },
    ]);
  });

  test('headers with empty cells, no header, no widths, empty widths, rows longer than the header, more than 26 columns', async () => {
    const wide = Array.from({ length: 30 }, (_, i) => (i % 3 ? `列${i}` : i));
    await expectSameParts([{ name: 'A', header: ['', 'b', ''], rows: [['x\ny', 'y', 'z', 'w']] }]);
    await expectSameParts([{ name: 'B', header: [], rows: [['a\nb'], ['c']] }]);
    await expectSameParts([{ name: 'C', header: [], rows: [['c']], widths: [] }]);
    await expectSameParts([
      { name: 'D', header: ['h'], rows: [wide], widths: [1, 2.5] },
      { name: "E&'<>\"", header: ['h', '\n'], rows: [[' lead', 'trail ', '\u3000', 0, -1.5, 1e21, 1e-7]] },
      { name: 'F', header: ['x'], rows: [] },
    ]);
  });

  test('generated tables: XML-special, forbidden and discouraged characters, surrogates, spaces', async () => {
    const piece = fc.constantFrom(
      '学习', 'a', ' ', '\n', '\r\n', '\t', '&', '<', '>', '"', "'", '&amp;', '\u0000', '\u0001', '\u000b', '\u000c', '\u001f',
      '\u007f', '\u0084', '\u0085', '\u0086', '\u009f', '\ufdd0', '\ufdef', '\ufffd', '\ufffe', '\uffff', '\ud800', '\udc00',
      '\ud83f\udffe', '\udbff\udfff', '\ud840\udc00', '\u2028', '\u3000', '',
    );
    const text = fc.array(piece, { maxLength: 8 }).map((xs) => xs.join(''));
    const cell = fc.oneof(text, text, fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
    const table = fc.record({
      header: fc.array(text, { maxLength: 5 }),
      rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
      widths: fc.option(fc.array(fc.integer({ min: 1, max: 80 }), { maxLength: 5 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(table, { minLength: 1, maxLength: 3 }), async (ts) => {
        const tables = ts.map((t, i) => ({ name: `表${i + 1}`, header: t.header, rows: t.rows, ...(t.widths ? { widths: t.widths } : {}) }));
        await expectSameParts(tables);
      }),
      { numRuns: 300 },
    );
  });

  test('sheet names Excel refuses are refused; an empty one is Sheet1, Sheet2 …', async () => {
    await expectSameParts([{ name: '', header: ['h'], rows: [] }, { name: '', header: ['h'], rows: [] }]);
    for (const name of ['x'.repeat(32), 'a/b', 'a[1]', 'a:b', 'a*', 'a?', 'a\\b']) {
      await expect(xlsx.writeWorkbook([{ name, header: ['h'], rows: [] }])).rejects.toThrow();
      await expect(writeWorkbookBefore([{ name, header: ['h'], rows: [] }])).rejects.toThrow();
    }
  });
});

describe('the archive', () => {
  test('read back by read-excel-file: the cells as written', async () => {
    const tables: Table[] = [
      { name: '材料汇总', header: ['文件', '数'], rows: [['a&b<c>', 3], ['两行\n文字', 0], ['', 1.5]] },
      { name: '全部问题', header: ['说明'], rows: [['“引号”和\'单引号\'']] },
    ];
    const sheets = await readXlsxFile(await xlsx.writeWorkbook(tables));
    expect(sheets.map((s) => s.sheet)).toEqual(['材料汇总', '全部问题']);
    expect(sheets[0].data).toEqual([['文件', '数'], ['a&b<c>', 3], ['两行\n文字', 0], [null, 1.5]]);
    expect(sheets[1].data).toEqual([['说明'], ['“引号”和\'单引号\'']]);
  });

  test('a cell holding an Object.prototype name is that text (write-excel-file wrote a broken cell for it)', async () => {
    const sheets = await readXlsxFile(await xlsx.writeWorkbook([{ name: 'S', header: ['h'], rows: [['__proto__'], ['constructor'], ['toString']] }]));
    expect(sheets[0].data).toEqual([['h'], ['__proto__'], ['constructor'], ['toString']]);
  });

  test('zip: names in UTF-8, sizes, CRC-32 and date as stored, read by jszip with its CRC check', async () => {
    const when = new Date(2026, 10, 30, 14, 7, 42);
    const bytes = zipFiles([{ name: 'a.xml', text: '<a/>' }, { name: '目录/文字.txt', text: '学习'.repeat(1000) }], when);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['a.xml', '目录/文字.txt']);
    expect(await zip.file('目录/文字.txt')!.async('string')).toBe('学习'.repeat(1000));
    expect(zip.file('a.xml')!.date.getTime()).toBe(new Date(Date.UTC(2026, 10, 30, 14, 7, 42)).getTime());
    // The table-driven CRC-32 agrees with zlib's.
    for (const f of [crc32, tableCrc32]) expect(f(Buffer.from('123456789'))).toBe(0xcbf43926);
    const data = Buffer.from('学习'.repeat(3000));
    expect(tableCrc32(data)).toBe(crc32(data));
  });
});
