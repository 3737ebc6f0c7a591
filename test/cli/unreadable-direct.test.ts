/**
 * A document of a format the tool does not read, named on the command line (not found in a folder):
 * the same advice a folder's walk gives it, not "binary data at byte N". A trial named a .pdf and got
 * 不是文本文件…（第 283 字节是二进制数据）, where the same file in a folder got what to do.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-unreadable-'));
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01]), Buffer.from('1 0 obj\n<<>>\nendobj\n')]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);

async function check(name: string, bytes: Buffer) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const err: string[] = [];
  const code = await main([file], () => {}, (s) => err.push(s));
  return { code, err: err.join('\n'), file };
}

test.each([
  ['材料.pdf', PDF, 'PDF 文件，请用 .docx 原件'],
  ['改了名的.docx', PDF, 'PDF 文件，请用 .docx 原件'],
  ['改了名的.txt', PDF, 'PDF 文件，请用 .docx 原件'],
  ['材料.wps', OLE, 'WPS 文字（.wps）格式，请另存为 .docx'],
  ['材料.odt', Buffer.from('PK\u0003\u0004 not really'), 'OpenDocument（.odt）格式'],
  ['材料.doc', OLE, '不支持旧版 Word（.doc）格式'],
])('%s: exit 2 with what to do, naming the file', async (name, bytes, advice) => {
  const r = await check(name, bytes);
  expect(r.code).toBe(2);
  expect(r.err).toContain(advice);
  expect(r.err).toContain(r.file);
  expect(r.err).not.toContain('二进制数据');
});

/**
 * A text file named .pdf (no %PDF- header): said to be text and how to check it, as for a text
 * file named .docx — not refused as a PDF by its name (trial 22). UTF-8, UTF-8 with a BOM, GB18030
 * and a PDF with its header keep their answers.
 */
describe('text named .pdf', () => {
  const TEXT = '××县局党组书记2025年度民主生活会个人对照检查材料\n一、存在的主要问题\n（一）理论学习不深。\n';
  test.each([
    ['材料.pdf', Buffer.from(TEXT, 'utf8')],
    ['带BOM.PDF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['英文.pdf', Buffer.from('plain notes, not a PDF\n')],
  ])('%s: refused as text named .pdf, with how to check it', async (name, bytes) => {
    const r = await check(name, bytes);
    expect(r.code).toBe(2);
    expect(r.err).toContain('内容是纯文本');
    expect(r.err).toContain('可改名为 .txt');
    expect(r.err).toContain(r.file);
    expect(r.err).not.toContain('PDF 文件，请用 .docx 原件');
  });
  test.each([
    ['真的.pdf', PDF],
    ['二进制.pdf', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x81, 0x00])],
  ])('%s: still refused as a PDF', async (name, bytes) => {
    const r = await check(name, bytes);
    expect(r.code).toBe(2);
    expect(r.err).toContain('PDF 文件，请用 .docx 原件');
  });
});

/**
 * A .docx saved under a .doc name (t24): its bytes are a zip package, not the old format's OLE file,
 * so it is checked as the .docx it is — named alone and found in a folder — not refused or skipped
 * as an old Word file. A real .doc in the same folder is still skipped with what to do.
 */
describe('.docx named .doc', () => {
  const LINES = ['一、存在的主要问题', '一是理论学习不够深入，比如全年读原著不到5本。', '二、原因分析', '理想信念有所松懈。', '三、整改措施', '每月集中学习2次。'];
  test.each([['材料.doc'], ['大写.DOC']])('%s named alone: checked, its problems read', async (name) => {
    const { makeDocx } = await import('../support/docx-writer');
    const bytes = Buffer.from(await makeDocx({ body: LINES.map((text) => ({ text })) }));
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main([file, '--json'], (s) => out.push(s), (s) => err.push(s));
    expect(code).not.toBe(2);
    expect(err.join('\n')).not.toContain('旧版 Word');
    const j = JSON.parse(out.join('\n'));
    expect(j.parts.map((p: { role: string }) => p.role)).toEqual(expect.arrayContaining(['problems', 'causes', 'measures']));
  });
  test('in a folder: checked beside a real .doc, which is skipped', async () => {
    const { makeDocx } = await import('../support/docx-writer');
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-docnamed-'));
    fs.writeFileSync(path.join(folder, '存为doc.doc'), Buffer.from(await makeDocx({ body: LINES.map((text) => ({ text })) })));
    fs.writeFileSync(path.join(folder, '旧格式.doc'), OLE);
    const out: string[] = [];
    const err: string[] = [];
    await main([folder, '--json'], (s) => out.push(s), (s) => err.push(s));
    const j = JSON.parse(out.join("\n")) as { file: string; skipped?: string; parts?: unknown }[];
    expect(j.find((e) => e.file.endsWith('存为doc.doc'))?.parts).toBeDefined();
    expect(j.find((e) => e.file.endsWith('旧格式.doc'))?.skipped).toContain('旧版 Word');
  });
});

/** An empty file under a document's name (t24: a 0-byte .docx was "不是 zip 压缩包"): said to be empty. */
test.each([['空.docx'], ['空.doc'], ['空.pdf'], ['空.docm']])('%s: exit 2, the file is empty', async (name) => {
  const r = await check(name, Buffer.alloc(0));
  expect(r.code).toBe(2);
  expect(r.err).toContain('文件是空的');
  expect(r.err).toContain(r.file);
});

/**
 * A text file named .doc (t26: told 不支持旧版 Word（.doc）格式，请另存为 .docx): said to be text and
 * how to check it, as a text file named .pdf is — named alone and found in a folder (the same line).
 * A real .doc (OLE), a binary file and a PDF named .doc keep the old-Word answer.
 */
describe('text named .doc', () => {
  const TEXT = '××县局党组书记2025年度民主生活会个人对照检查材料\n一、存在的主要问题\n（一）理论学习不深。\n';
  const TEXTS: [string, Buffer][] = [
    ['材料.doc', Buffer.from(TEXT, 'utf8')],
    ['带BOM.DOC', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['UTF16.doc', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    // 一、存在的主要问题 in GB18030 (GBK), as Chinese Notepad saves it.
    ['国标码.doc', Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xb4, 0xe6, 0xd4, 0xda, 0xb5, 0xc4, 0xd6, 0xf7, 0xd2, 0xaa, 0xce, 0xca, 0xcc, 0xe2, 0x0a])],
    ['英文.doc', Buffer.from('plain notes, not a Word file\n')],
  ];
  test.each(TEXTS)('%s named alone: refused as text named .doc, with how to check it', async (name, bytes) => {
    const r = await check(name, bytes);
    expect(r.code).toBe(2);
    expect(r.err).toContain('文件名是 .doc，但不是旧版 Word 文档：内容是纯文本');
    expect(r.err).toContain('可改名为 .txt');
    expect(r.err).toContain(r.file);
    expect(r.err).not.toContain('不支持旧版 Word');
    expect(r.err.split('\n')).toHaveLength(1);
  });
  test.each(TEXTS)('%s in a folder: the same line as alone, not skipped as an old .doc', async (name, bytes) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-doc-text-'));
    const file = path.join(folder, name);
    fs.writeFileSync(file, bytes);
    fs.writeFileSync(path.join(folder, '旧格式.doc'), OLE);
    const alone = await check(name, bytes);
    const err: string[] = [];
    const out: string[] = [];
    await main([folder, '--json'], (s) => out.push(s), (s) => err.push(s));
    const j = JSON.parse(out.join('\n')) as { file: string; skipped?: string; error?: string }[];
    expect(j.find((e) => e.file === file)?.error).toContain('内容是纯文本');
    expect(j.find((e) => e.file === file)?.skipped).toBeUndefined();
    expect(j.find((e) => e.file.endsWith('旧格式.doc'))?.skipped).toContain('旧版 Word');
    expect(err.filter((l) => l.includes(file))).toEqual([alone.err.replace(alone.file, file)]);
  });
  test.each([
    ['真的.doc', OLE],
    ['二进制.doc', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x81, 0x00])],
    ['PDF.doc', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')],
  ])('%s: still refused as an old Word file', async (name, bytes) => {
    const r = await check(name, bytes);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不支持旧版 Word（.doc）格式');
  });
});
