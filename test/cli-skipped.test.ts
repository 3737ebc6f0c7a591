/** A folder holding documents the tool cannot read (.doc, .wps, .pdf, .rtf, .odt): said, not silently passed over. */
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempFiles } from './support/cli-run';

const { dir, file } = tempFiles('duizhao-cli-skipped-');
/** An old Word document's first bytes (an OLE compound file, with its zero bytes). */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
const MATERIAL = ['一、存在的主要问题', '（一）带头学习方面', '一是学习不深，比如全年只读原文3次。', '二、原因分析', '理想信念松懈。', '三、整改措施', '（一）加强学习。每月学习2次。'].join('\n');

test.each([
  ['x.doc', '旧版 Word（.doc）'],
  ['y.WPS', 'WPS 文字'],
  ['z.pdf', 'PDF 文件'],
  ['w.rtf', 'RTF 格式'],
  ['v.odt', 'OpenDocument'],
])('%s in a folder is named on stderr and in the summary; the exit code is the checked file’s', async (name, said) => {
  const folder = path.join(dir, `f-${name}`);
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'a.txt'), MATERIAL);
  // A real PDF's header, a real .doc's OLE header (a text file named .pdf or .doc is read as text:
  // folder-pdf-named-text.test.ts, unreadable-direct.test.ts).
  fs.writeFileSync(path.join(folder, name), name.endsWith('.pdf') ? '%PDF-1.4 binary' : name.endsWith('.doc') ? OLE : 'binary');
  fs.writeFileSync(path.join(folder, 'photo.png'), 'png');
  const alone = await runCli(path.join(folder, 'a.txt'));
  const r = await runCli(folder);
  expect(r.err).toContain(name);
  expect(r.err).toContain(said);
  expect(r.out).toContain(`${name}　未检查（格式不支持）`);
  expect(r.out + r.err).not.toContain('photo.png');
  expect(r.code).toBe(alone.code);
  const j = JSON.parse((await runCli(folder, '--json')).out) as { file: string; skipped?: string }[];
  expect(j.find((x) => x.file.endsWith(name))?.skipped).toContain(said);
});

test('a folder with only a .doc says there is nothing to check, and names the .doc', async () => {
  const folder = path.join(dir, 'only-doc');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, '材料.doc'), OLE);
  const r = await runCli(folder);
  expect(r.code).toBe(2);
  expect(r.err).toContain('材料.doc');
  expect(r.err).toMatch(/里没有可检查的材料（\.docx、\.docm、\.dotx、\.dotm、\.txt、\.md 文件）/);
});
void file;
