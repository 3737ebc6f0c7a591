/**
 * A .docx output never replaces a document this tool did not write: a trial's
 * `check 甲.txt --checklist 乙.docx`, 乙.docx a material outside the run, silently turned the material
 * into a checklist. A 整改清单 or annotated copy written by an earlier run is replaced (reviewers run
 * the same command again); an annotated copy whose name a writer's document holds in OUTDIR takes
 * the next name (（2）).
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { runCli, tempFiles } from '../support/cli-run';
import { makeDocx } from '../support/docx-writer';
import { completeLines } from '../support/docs';
import { replaceableDocx } from '../../src/cli/outputs';

jest.setTimeout(120_000);

const material = () => completeLines().map((text) => ({ text }));
const bodyOf = async (file: string) => (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');

describe.each([
  ['another material (a .docx written by Word or WPS)', async () => Buffer.from(await makeDocx({ body: [{ text: '张三2025年度民主生活会个人对照检查材料' }, { text: '一、存在的主要问题' }] }))],
  ['a .docx with a creator of its own', async () => Buffer.from(await makeDocx({ body: [{ text: '会议记录' }] }))],
  ['a file that is no .docx at all', async () => Buffer.from('not a zip, but someone’s file')],
  ['an empty file', async () => Buffer.alloc(0)],
])('--checklist onto %s', (_name, make) => {
  test('is refused with a Chinese line naming it, exit 2, and the file keeps every byte', async () => {
    const dir = tempFiles('duizhao-nooverwrite-');
    const src = dir.file('甲.txt', completeLines().join('\n'));
    const bytes = await make();
    const target = dir.file('乙.docx', bytes);
    const r = await runCli(src, '--checklist', target);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是本工具写出的，已拒绝覆盖');
    expect(r.err).toContain('乙.docx');
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
  });
});

test('a checklist written by an earlier run is replaced by the next run', async () => {
  const dir = tempFiles('duizhao-rerun-');
  const src = dir.file('甲.txt', completeLines().join('\n'));
  const out = path.join(dir.dir, '清单.docx');
  expect((await runCli(src, '--checklist', out)).code).not.toBe(2);
  const first = fs.statSync(out).mtimeMs;
  expect(await replaceableDocx(out)).toBe(true);
  fs.writeFileSync(src, completeLines().map((l) => l.replace('落实一岗双责不到位', '落实一岗双责有温差')).join('\n'));
  const again = await runCli(src, '--checklist', out);
  expect(again.code).not.toBe(2);
  expect(again.err).not.toContain('拒绝覆盖');
  expect(fs.statSync(out).mtimeMs).toBeGreaterThanOrEqual(first);
  expect(await bodyOf(out)).toContain('落实一岗双责有温差');
});

test('--annotate: a writer\'s document of the same name in OUTDIR is kept; the copy takes the next name; an earlier copy is replaced', async () => {
  const dir = tempFiles('duizhao-annotate-keep-');
  const src = path.join(dir.dir, '收到', '材料.docx');
  fs.mkdirSync(path.dirname(src), { recursive: true });
  fs.writeFileSync(src, Buffer.from(await makeDocx({ body: material() })));
  const outDir = path.join(dir.dir, '批注');
  fs.mkdirSync(outDir);
  const theirs = Buffer.from(await makeDocx({ body: [{ text: '别人的材料，不能被覆盖。' }] }));
  fs.writeFileSync(path.join(outDir, '材料.docx'), theirs);
  const r = await runCli(src, '--annotate', outDir);
  expect(r.code).not.toBe(2);
  expect(fs.readFileSync(path.join(outDir, '材料.docx')).equals(theirs)).toBe(true);
  const copy = path.join(outDir, '材料（2）.docx');
  expect(fs.existsSync(copy)).toBe(true);
  expect(r.err).toContain('材料（2）.docx');
  // Run again: the copy of the first run is this tool's, so it is replaced, not put beside as （3）.
  const again = await runCli(src, '--annotate', outDir);
  expect(again.code).not.toBe(2);
  expect(fs.existsSync(path.join(outDir, '材料（3）.docx'))).toBe(false);
  expect(await replaceableDocx(copy)).toBe(true);
});

test.each([
  ['nothing there', false],
  ['a folder of that name', true],
])('replaceableDocx with %s', async (_name, folder) => {
  const dir = tempFiles('duizhao-replaceable-');
  const p = path.join(dir.dir, 'x.docx');
  if (folder) fs.mkdirSync(p);
  expect(await replaceableDocx(p)).toBe(!folder);
});
