/**
 * A file named .pdf that is no PDF, found in a folder, is read as the same file named alone is
 * (trial 20): a text file is said to be text with how to check it (not skipped as a PDF), a Word
 * document saved as .pdf is checked; a real PDF (%PDF-), a binary file, or an empty one is still
 * skipped as a PDF, without changing the exit code.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempFiles } from '../support/cli-run';
import { makeDocx } from '../support/docx-writer';

const { dir } = tempFiles('duizhao-folder-pdf-');
const MATERIAL = ['××县局党组书记2025年度民主生活会个人对照检查材料', '一、存在的主要问题', '（一）带头强化政治忠诚、提高政治能力方面', '一是学习不深，比如全年只读原文3次。', '二、原因分析', '理想信念松懈。', '三、整改措施', '（一）加强学习。每月学习2次。'];
const TEXT = MATERIAL.join('\n');

let n = 0;
/** A folder holding a.txt and `name` (in a subfolder when `sub`), and the path of `name`. */
function folderWith(name: string, bytes: Uint8Array, sub = false): { folder: string; file: string } {
  const folder = path.join(dir, `f${n++}`);
  const inner = sub ? path.join(folder, '收到的材料') : folder;
  fs.mkdirSync(inner, { recursive: true });
  fs.writeFileSync(path.join(folder, 'a.txt'), TEXT);
  const file = path.join(inner, name);
  fs.writeFileSync(file, bytes);
  return { folder, file };
}

/** The lines of stderr that name `file`. */
const about = (err: string, file: string) => err.split('\n').filter((l) => l.includes(file));

describe('text named .pdf in a folder: as when named alone', () => {
  test.each<[string, Uint8Array, boolean]>([
    ['材料.pdf', Buffer.from(TEXT, 'utf8'), false],
    ['带BOM.PDF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), false],
    // 一、存在的主要问题 in GB18030 (GBK), as Chinese Notepad saves it.
    ['国标码.pdf', Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xb4, 0xe6, 0xd4, 0xda, 0xb5, 0xc4, 0xd6, 0xf7, 0xd2, 0xaa, 0xce, 0xca, 0xcc, 0xe2, 0x0a]), true],
    ['笔记.pdf', Buffer.from('plain notes, not a PDF\n'), true],
  ])('%s', async (name, bytes, sub) => {
    const { folder, file } = folderWith(name, bytes, sub);
    const alone = await runCli(file);
    const r = await runCli(folder);
    expect(alone.err).toContain('内容是纯文本');
    // The folder run says what the file alone says, and does not call it a PDF.
    expect(about(r.err, file)).toEqual(about(alone.err, file));
    expect(r.err).not.toContain('PDF 文件，请用 .docx 原件');
    expect(r.out).not.toContain(`${name}　未检查（格式不支持）`);
    expect(r.code).toBe(alone.code);
    // The other material is still checked.
    expect(r.out).toContain('a.txt】');
    const j = JSON.parse((await runCli(folder, '--json')).out) as { file: string; skipped?: string; error?: string }[];
    const row = j.find((x) => x.file.endsWith(name));
    expect(row?.skipped).toBeUndefined();
    expect(row?.error).toContain('内容是纯文本');
  });
});

test('a Word document saved as .pdf in a folder is checked, as it is alone', async () => {
  const bytes = await makeDocx({ body: MATERIAL.map((text) => ({ text })) });
  const { folder, file } = folderWith('另存的.pdf', bytes);
  const alone = await runCli(file);
  const r = await runCli(folder);
  expect(alone.out).toContain('另存的.pdf】');
  expect(r.out).toContain('另存的.pdf】');
  expect(r.out).not.toContain('另存的.pdf　未检查');
});

describe('a real PDF, a binary or an empty file named .pdf is still skipped as a PDF', () => {
  test.each<[string, Uint8Array]>([
    ['真的.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00]), Buffer.from('1 0 obj\n<<>>\nendobj\n')])],
    ['二进制.pdf', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x81, 0x00])],
    ['空的.pdf', Buffer.alloc(0)],
  ])('%s', async (name, bytes) => {
    const { folder, file } = folderWith(name, bytes);
    const checkedAlone = await runCli(path.join(folder, 'a.txt'));
    const r = await runCli(folder);
    expect(about(r.err, file).join('\n')).toContain('未检查：PDF 文件');
    expect(r.out).toContain(`${name}　未检查（格式不支持）`);
    expect(r.code).toBe(checkedAlone.code);
  });
});
