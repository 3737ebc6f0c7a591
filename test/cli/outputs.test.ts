/**
 * No output of `check` is written onto a file the run reads (src/cli/outputs.ts): the writer's
 * material is never replaced by a workbook, a CSV, a 整改清单 or an annotated copy.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempFiles } from '../support/cli-run';
import { makeDocx } from '../support/docx-writer';
import { completeLines } from '../support/docs';
import { InputFiles } from '../../src/cli/outputs';

const material = completeLines().join('\n');
const docx = () => makeDocx({ body: completeLines().map((text) => ({ text })) });

/** The bytes of every file in `dir` and its subfolders, by path. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const p = path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
    if (e.isFile()) out.set(p, fs.readFileSync(p).toString('base64'));
  }
  return out;
}

describe('outputs never replace a material the run reads', () => {
  test.each([
    ['--csv onto a .txt material given as the file', (_dir: string, a: string) => [a, '--csv', a], /CSV 汇总只能写成 \.csv/],
    ['--csv onto a material in the folder checked', (dir: string) => [dir, '--csv', path.join(dir, 'a.txt')], /CSV 汇总只能写成 \.csv/],
    ['--xlsx onto a material', (_dir: string, a: string) => [a, '--xlsx', a], /汇总表只能写成 \.xlsx/],
    ['--checklist onto the .docx checked', (dir: string) => [path.join(dir, 'c.docx'), '--checklist', path.join(dir, 'c.docx')], /输出文件就是要检查的材料之一/],
    ['--checklist whose per-material name is another material', (dir: string) => [dir, '--checklist', path.join(dir, '清单.docx')], /输出文件就是要检查的材料之一.*清单-a\.docx/],
    ['--checklist onto a hard link to the material', (dir: string) => [path.join(dir, 'c.docx'), '--checklist', path.join(dir, 'link.docx')], /输出文件就是要检查的材料之一/],
    ['--checklist onto the material spelled another way', (dir: string) => [path.join(dir, 'c.docx'), '--checklist', path.join(dir, 'sub', '..', 'c.docx')], /输出文件就是要检查的材料之一/],
    // Annotated copies into the folder of a .docx checked: refused before any report is printed.
    ['--annotate into the folder of the .docx checked', (dir: string) => [path.join(dir, 'c.docx'), '--annotate', dir], /不能是原文件所在的文件夹/],
    ['--annotate into the folder checked', (dir: string) => [dir, '--annotate', dir + path.sep], /不能是原文件所在的文件夹/],
    ['--annotate into the folder checked, spelled another way', (dir: string) => [dir, '--annotate', path.join(dir, 'sub', '..')], /不能是原文件所在的文件夹/],
  ])('%s: refused with one Chinese line, exit 2, every file unchanged', async (_name, args, message) => {
    const t = tempFiles('duizhao-outputs-');
    const a = t.file('a.txt', material);
    t.file('b.txt', material.replace('深刻', '深入'));
    const c = t.file('c.docx', Buffer.from(await docx()));
    // A material whose name is what `--checklist 清单.docx` makes for a.txt in a folder of several.
    t.file('清单-a.docx', Buffer.from(await docx()));
    fs.linkSync(c, path.join(t.dir, 'link.docx'));
    fs.mkdirSync(path.join(t.dir, 'sub'));
    const before = snapshot(t.dir);
    const r = await runCli(...args(t.dir, a));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(snapshot(t.dir)).toEqual(before);
    // Refused up front: no material's report was printed first.
    expect(r.out).not.toContain('发现：');
  });

  test('an annotated copy whose name meets a material checked elsewhere (a hard link into the output folder) is refused; the others are written', async () => {
    const one = tempFiles('duizhao-outputs-one-');
    const two = tempFiles('duizhao-outputs-two-');
    const three = tempFiles('duizhao-outputs-three-');
    const source = one.file('材料.docx', Buffer.from(await docx()));
    const other = one.file('其他.docx', Buffer.from(await docx()));
    // A material checked from a third folder, hard-linked into the folder given for the copies
    // under the name 材料.docx's copy would take.
    const checked = three.file('别处.docx', Buffer.from(await docx()));
    fs.linkSync(checked, path.join(two.dir, '材料.docx'));
    const before = fs.readFileSync(checked);
    const r = await runCli(source, other, checked, '--annotate', two.dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/输出文件就是要检查的材料之一/);
    expect(fs.readFileSync(checked)).toEqual(before);
    // 其他.docx's copy is written beside it.
    expect(fs.existsSync(path.join(two.dir, '其他.docx'))).toBe(true);
  });

  test('a material checked inside the output folder: refused before anything is checked or written', async () => {
    const one = tempFiles('duizhao-outputs-one-');
    const two = tempFiles('duizhao-outputs-two-');
    const source = one.file('材料.docx', Buffer.from(await docx()));
    const same = two.file('材料.docx', Buffer.from(await docx()));
    const before = fs.readFileSync(same);
    const r = await runCli(source, same, '--annotate', two.dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/不能是原文件所在的文件夹/);
    expect(r.out).toBe('');
    expect(fs.readFileSync(same)).toEqual(before);
    expect(fs.readdirSync(two.dir)).toEqual(['材料.docx']);
  });

  test('the outputs that replace nothing are still written', async () => {
    const t = tempFiles('duizhao-outputs-ok-');
    t.file('a.txt', material);
    t.file('b.txt', material.replace('深刻', '深入'));
    const out = tempFiles('duizhao-outputs-out-');
    const r = await runCli(t.dir, '--csv', path.join(out.dir, 'sum.csv'), '--xlsx', path.join(out.dir, 'sum.xlsx'));
    expect(r.code).toBeLessThan(2);
    expect(fs.existsSync(path.join(out.dir, 'sum.csv'))).toBe(true);
    expect(fs.existsSync(path.join(out.dir, 'sum.xlsx'))).toBe(true);
  });

  test('InputFiles: the same file by any path or link; a missing path or a folder is none', () => {
    const t = tempFiles('duizhao-outputs-ids-');
    const a = t.file('a.txt', 'x');
    t.file('b.txt', 'x');
    fs.symlinkSync(a, path.join(t.dir, 'sym.txt'));
    const inputs = new InputFiles([a, '-', path.join(t.dir, 'missing.txt')]);
    expect(inputs.has(a)).toBe(true);
    expect(inputs.has(path.join(t.dir, '.', 'a.txt'))).toBe(true);
    expect(inputs.has(path.join(t.dir, 'sym.txt'))).toBe(true);
    expect(inputs.has(path.join(t.dir, 'b.txt'))).toBe(false);
    expect(inputs.has(path.join(t.dir, 'missing.txt'))).toBe(false);
    expect(inputs.has(t.dir)).toBe(false);
  });
});
