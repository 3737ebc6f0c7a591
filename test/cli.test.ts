/** The check command: reports, JSON, exit codes and refusals, run in-process on the real files. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { runCli, tempFiles } from './support/cli-run';
import { TEXT_EXT, WORD_EXTENSIONS } from '../src/cli/load';
import { makeDocx } from './support/docx-writer';
import { completeLines } from './support/docs';

// The project's own materials (tests need no ../shared): the bundled sample and the written fixtures.
const ROOT = path.resolve(__dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'sample.txt');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'unseen');

const { dir: tmp, file } = tempFiles('duizhao-cli-');

const run = runCli;

test('no file: the bundled sample, a readable Chinese report, exit 0', async () => {
  const r = await run();
  expect(r.code).toBe(0);
  expect(r.out).toContain('samples/sample.txt');
  expect(r.out).toContain('存在的主要问题');
  expect(r.out).toMatch(/方面5 .*第\d+行/);
  expect(r.out).toContain('编号跳号');
});

test('an error-severity finding exits 1', async () => {
  const lines = completeLines();
  lines.splice(12, 3); // no 原因分析
  const r = await run(file('no-causes.txt', lines.join('\n')));
  expect(r.code).toBe(1);
  expect(r.out).toContain('✗ 原因分析');
});

test('--json: one object with the fields other tools rely on', async () => {
  const r = await run(SAMPLE, '--json');
  const j = JSON.parse(r.out);
  expect(Object.keys(j)).toEqual(expect.arrayContaining(['file', 'template', 'parts', 'aspects', 'causes', 'measures', 'findings']));
  expect(j.template).toBe('five-aspects-2021');
  expect(j.parts.map((p: { role: string }) => p.role)).toEqual(['previous', 'problems', 'causes', 'measures']);
  expect(j.aspects[1]).toMatchObject({ aspect: 2, paragraph: 11 });
  expect(j.aspects[1].problems[2]).toMatchObject({ paragraph: 14, text: '四是统筹经济发展和疫情防控的能力不足。' });
  const f = j.findings.find((x: { rule: string }) => x.rule === 'numbering');
  expect(f).toMatchObject({ severity: 'warning', paragraph: 14 });
  expect(f.excerpt.startsWith('四是统筹经济发展')).toBe(true);
});

test('--json over several files prints an array, unreadable ones carry an error', async () => {
  const r = await run(path.join(FIXTURES, 'u101_personal_inline.txt'), path.join(tmp, 'missing.txt'), '--json');
  const j = JSON.parse(r.out);
  expect(Array.isArray(j)).toBe(true);
  expect(j).toHaveLength(2);
  expect(j[1].error).toContain('找不到文件');
  expect(r.code).toBe(2);
});

test.each([
  ['a missing file', () => path.join(tmp, 'nope.docx'), '找不到文件'],
  ['not a docx', () => file('fake.docx', Buffer.from('this is not a zip at all')), '.docx'],
  ['a corrupt zip', () => file('corrupt.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)])), '.docx'],
  ['an old .doc', () => file('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), '.doc'],
  ['binary junk as .txt', () => file('junk.txt', Buffer.from([0, 1, 2, 3, 0, 255])), '不是文本文件'],
])('%s: exit 2 with one Chinese line, no stack trace', async (_name, make, words) => {
  const r = await run(make());
  expect(r.code).toBe(2);
  expect(r.err).toContain(words);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
});

test('a folder stands for the materials in it; Word lock files and other files are left out (a PDF is named as not checked)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-dir-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.copyFileSync(SAMPLE, path.join(dir, 'a.txt'));
  fs.copyFileSync(path.join(FIXTURES, 'u112_short_two_items.txt'), path.join(dir, 'sub', 'b.md'));
  fs.writeFileSync(path.join(dir, '~$a.docx'), 'lock');
  // A real PDF's header: a text file named .pdf is read as text (test/cli/folder-pdf-named-text.test.ts).
  fs.writeFileSync(path.join(dir, 'notes.pdf'), '%PDF-1.4 x');
  fs.writeFileSync(path.join(dir, 'photo.png'), 'x');
  const r = await run(dir, '--json');
  const entries = JSON.parse(r.out) as { file: string; skipped?: string }[];
  expect(entries.filter((j) => !j.skipped).map((j) => path.relative(dir, j.file))).toEqual(['a.txt', path.join('sub', 'b.md')]);
  expect(entries.filter((j) => j.skipped).map((j) => path.relative(dir, j.file))).toEqual(['notes.pdf']);
  const text = await run(dir);
  expect(text.out).toContain('汇总（3 个文件）');
  expect(text.out).toContain('notes.pdf　未检查（格式不支持）');
  expect(text.out + text.err).not.toMatch(/photo\.png|~\$a/);
  expect(text.code).toBe(0);
});

// --json's shape follows what was given: one file by name is an object; a folder is an array
// whatever it holds (a trial's folder of one material gave an object), as several files are.
test.each([
  ['one file by name', (d: string) => [path.join(d, 'a.txt')], false],
  ['a folder holding one material', (d: string) => [d], true],
  ['a folder holding one material and a .doc', (d: string) => [d], true, true],
  ['a folder holding only a .doc', (d: string) => [d], true, false, true],
  ['two files by name', (d: string) => [path.join(d, 'a.txt'), SAMPLE], true],
])('--json for %s: %s', async (_name, args, array, withDoc = false, onlyDoc = false) => {
  const d = fs.mkdtempSync(path.join(tmp, 'shape-'));
  if (!onlyDoc) fs.copyFileSync(SAMPLE, path.join(d, 'a.txt'));
  if (withDoc || onlyDoc) fs.writeFileSync(path.join(d, '旧版.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])); // an old Word file's OLE header
  const r = await run(...(args as (d: string) => string[])(d), '--json');
  const got = JSON.parse(r.out) as unknown;
  expect(Array.isArray(got)).toBe(array);
  if (!array) expect((got as { file: string }).file).toBe(path.join(d, 'a.txt'));
  else if (!onlyDoc) expect((got as { file: string }[]).some((j) => j.file === path.join(d, 'a.txt'))).toBe(true);
});

test('several files: text shared between them is named in the summary and in the JSON', async () => {
  // b: another writer's material into whose causes one sentence of the sample was copied.
  const copied = '对理论学习的重要性认识不足，把学习当成软任务，导致思想武装不到位。';
  const sampleLines = fs.readFileSync(SAMPLE, 'utf8').split('\n');
  const at = sampleLines.findIndex((l) => l.includes(copied));
  expect(at).toBeGreaterThan(0);
  const other = fs.readFileSync(path.join(FIXTURES, 'u112_short_two_items.txt'), 'utf8').split('\n');
  const cause = other.findIndex((l) => l.startsWith('深刻反思以上问题'));
  other[cause] = other[cause].replace('一是理论学习的自觉性有所放松。', `一是理论学习的自觉性有所放松。${copied}`);
  const a = SAMPLE;
  const b = file('copied.txt', other.join('\n'));
  const j = JSON.parse((await run(a, b, '--json')).out);
  expect(j[0].sharedText).toEqual([expect.objectContaining({ file: b, sentences: 1, paragraph: at, similarity: expect.any(Number) })]);
  expect(j[0].sharedText[0].similarity).toBeGreaterThan(0.05);
  expect(j[1].sharedText[0]).toMatchObject({ file: 'samples/sample.txt', sentences: 1 });
  // One sentence at a low share is named as a note, not as 文字相近 (t26 #16: folder-minor-shares.test.ts).
  expect((await run(a, b)).out).toMatch(new RegExp(`与 .*copied\\.txt 只有 1 句相同（如第${at + 1}行）：本材料问题和原因部分约 \\d+% 的文字与之相同，不足以说明照抄，列此备查`));
  // Without the copied sentence the two share none.
  const clean = file('clean.txt', fs.readFileSync(path.join(FIXTURES, 'u112_short_two_items.txt')));
  const k = JSON.parse((await run(a, clean, '--json')).out);
  expect(k[0].sharedText ?? []).toEqual([]);
});

test('shared text is a share of each material\'s own text, and the summary says so (t23: A→B and B→A differ)', async () => {
  // A: the sample with most of its problem lines left out; B: the whole sample. All of A's text is
  // in B, about half of B's in A: two different shares, each said as the material's own.
  const lines = fs.readFileSync(SAMPLE, 'utf8').split('\n');
  const items = lines.map((l, i) => ({ l, i })).filter((x) => /^[一二三四]是/.test(x.l));
  const drop = new Set(items.filter((_, k) => k % 3 !== 0).map((x) => x.i));
  const dir = fs.mkdtempSync(path.join(tmp, 'direction-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), lines.filter((_, i) => !drop.has(i)).join('\n'));
  fs.writeFileSync(path.join(dir, 'b.txt'), lines.join('\n'));
  const text = (await run(dir)).out;
  const summary = text.slice(text.indexOf('汇总（2 个文件）'));
  const share = (name: string) => {
    const l = summary.split('\n').find((x) => x.includes(`与 `) && x.includes(`${name} 文字相近：`));
    expect(l).toContain('本材料问题和原因部分约');
    return Number(/约 (\d+)% 的文字与之相同/.exec(l!)?.[1]);
  };
  // A's line names B with A's share (nearly all), B's names A with B's (less).
  expect(share('b.txt')).toBeGreaterThan(share('a.txt'));
  expect(share('b.txt')).toBeGreaterThanOrEqual(80);
});

test('a folder of near-copies: the summary names each file\'s most similar materials and counts the rest; --json keeps them all', async () => {
  // n materials, each the sample with one different line dropped: every pair shares most text.
  const lines = fs.readFileSync(SAMPLE, 'utf8').split('\n');
  const body = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim().length > 20 && !/^[一二三四五六七八九十]+、/.test(x.l));
  for (const n of [2, 6, 7, 9]) {
    const dir = fs.mkdtempSync(path.join(tmp, `copies-${n}-`));
    for (let k = 0; k < n; k++) {
      const drop = body[k * 3].i;
      fs.writeFileSync(path.join(dir, `m${k}.txt`), lines.filter((_, i) => i !== drop).join('\n'));
    }
    const text = (await run(dir)).out;
    const summary = text.slice(text.indexOf(`汇总（${n} 个文件）`));
    const blocks = summary.split('\n').filter((l) => /^\s+\S/.test(l));
    const named = blocks.filter((l) => l.includes('文字相近：')).length;
    // Near-copies read as near-copies in a folder of any size (not 约0% with identical sentences
    // named): no share is 0, and the copies that left out short lines read 90% or more.
    const shares = blocks.filter((l) => l.includes('文字相近：')).map((l) => Number(/约 (\d+)% 的文字与之相同/.exec(l)?.[1]));
    expect(Math.min(...shares)).toBeGreaterThan(0);
    expect(Math.max(...shares)).toBeGreaterThanOrEqual(90);
    const rest = blocks.filter((l) => l.startsWith('      另与'));
    const shown = Math.min(n - 1, 5);
    expect(named).toBe(n * shown);
    expect(rest).toHaveLength(n - 1 > 5 ? n : 0);
    for (const r of rest) expect(r).toBe(`      另与 ${n - 1 - 5} 份材料文字相近（完整列表见 --json）`);
    const j = JSON.parse((await run(dir, '--json')).out) as { sharedText?: unknown[] }[];
    expect(j.map((e) => (e.sharedText ?? []).length)).toEqual(Array(n).fill(n - 1));
  }
});

test('an empty folder: exit 2 with one line that names the folder and every kind of file checked', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-empty-'));
  const r = await run(dir);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/里没有可检查的材料（\.docx、\.docm、\.dotx、\.dotm、\.txt、\.md 文件）/);
  expect(r.err).toContain(dir);
  expect(r.err.split('\n')).toHaveLength(1);
});

test.each([
  ['an empty file', '空.txt', '', '无法检查（文件是空的，没有可检查的文字）'],
  ['blank lines only', '空行.txt', '\n\n\u3000\n', '无法检查（文件是空的，没有可检查的文字）'],
  ['a .docx that is no zip', '坏.docx', 'not a zip', '无法检查（'],
])('a folder with %s among materials: its summary line says why it was not checked', async (_name, bad, content, line) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-failed-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), completeLines().join('\n'));
  fs.writeFileSync(path.join(dir, bad), content);
  const r = await run(dir);
  expect(r.code).toBe(2);
  const summary = r.out.split('\n').find((l) => l.includes(bad) && l.startsWith('  '));
  expect(summary).toContain(line);
  expect(summary).not.toContain('无法读取');
});

test.each([
  ['empty.txt', ''],
  ['blank-lines.txt', '\n\n  \n\u3000\n'],
  ['bom-only.md', '\ufeff'],
])('a file with no text (%s): exit 2, says it is empty, no findings', async (name, content) => {
  const r = await run(file(name, content));
  expect(r.code).toBe(2);
  expect(r.err).toContain('文件是空的');
  expect(r.out).not.toContain('缺少');
});

test('an oversized file is refused before it is read', async () => {
  const p = path.join(tmp, 'big.txt');
  const fd = fs.openSync(p, 'w');
  fs.ftruncateSync(fd, 51 * 1024 * 1024);
  fs.closeSync(fd);
  const r = await run(p);
  expect(r.code).toBe(2);
  expect(r.err).toContain('文件过大');
  fs.unlinkSync(p);
});

test('GB18030 text (as Chinese Notepad saves it) is decoded', async () => {
  // "一、存在的主要问题" in GB18030, written byte by byte.
  const gbk = Buffer.from('d2bba1a2b4e6d4dab5c4d6f7d2aacecacce2', 'hex');
  const r = await run(file('gbk.txt', gbk), '--json');
  expect(JSON.parse(r.out).parts[0]).toMatchObject({ role: 'problems', heading: '一、存在的主要问题' });
});

test('--template given as a year: one template chosen and named, several or none refused with the choices', async () => {
  const one = await run(SAMPLE, '--template', '2024', '--json');
  expect(JSON.parse(one.out).template).toBe('four-aspects-2024');
  expect(one.err).toContain('按模板 four-aspects-2024');
  expect(one.err).toContain('org-life-2024');
  const org = await run(SAMPLE, '--template', '2024年度组织生活会', '--json');
  expect(JSON.parse(org.out).template).toBe('org-life-2024');
  const several = await run(SAMPLE, '--template', '2023');
  expect(several.code).toBe(2);
  expect(several.err).toContain('theme-education-2023');
  expect(several.err).toContain('five-aspects-2023');
  const none = await run(SAMPLE, '--template', '2026');
  expect(none.code).toBe(2);
  expect(none.err).toContain('没有2026年度');
  expect(none.err).toContain('from-notice');
  const byId = await run(SAMPLE, '--template', 'five-aspects-2025', '--json');
  expect(JSON.parse(byId.out).template).toBe('five-aspects-2025');
  expect(byId.err).not.toContain('按模板');
});

test('--previous with no material of this year is refused (not the bundled sample compared)', async () => {
  const last = file('last-only.txt', completeLines().join('\n'));
  const r = await run('--previous', last);
  expect(r.code).toBe(2);
  expect(r.err).toContain('还需给出本年度要检查的材料');
  expect(r.out).not.toContain('samples/sample.txt');
});

describe('a .docx saved under a text name is read as the .docx it is', () => {
  test.each(['renamed.txt', 'renamed.md', 'renamed.TXT'])('%s', async (name) => {
    const doc = await makeDocx({ body: completeLines().map((text) => ({ text })) });
    const r = await run(file(name, Buffer.from(doc)), '--json');
    expect(r.code).not.toBe(2);
    expect(JSON.parse(r.out).parts.map((p: { role: string }) => p.role)).toEqual(expect.arrayContaining(['problems', 'causes', 'measures']));
  });

  test('a broken zip under a text name says the Word document is damaged, not "binary data"', async () => {
    const r = await run(file('broken.txt', Buffer.from('PK\x03\x04garbage', 'latin1')));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Word 文档');
    expect(r.err).not.toContain('二进制数据');
  });
});

describe('a document under another kind\'s name is read as what its bytes are (t21)', () => {
  test.each(['材料.pdf', '材料.wps', '材料.PDF'])('a .docx named %s', async (name) => {
    const doc = await makeDocx({ body: completeLines().map((text) => ({ text })) });
    const r = await run(file(name, Buffer.from(doc)), '--json');
    expect(r.code).not.toBe(2);
    expect(JSON.parse(r.out).parts.map((p: { role: string }) => p.role)).toEqual(expect.arrayContaining(['problems', 'causes', 'measures']));
  });

  // A text file named .docx is no Word document (Word would not open it): refused, saying it is text.
  test.each(['材料.docx', '材料.docm', '材料.dotx'])('text named %s: refused, said to be text, with what to do', async (name) => {
    const r = await run(file(name, completeLines().join('\n')));
    expect(r.code).toBe(2);
    expect(r.err).toContain('内容是纯文本');
    expect(r.err).toContain('改名为 .txt');
  });

  test.each([
    ['a real PDF named .pdf', '真.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj', 'latin1'), 'PDF'],
    ['a broken zip named .pdf', '坏.pdf', Buffer.from('PK\x03\x04garbage', 'latin1'), 'PDF'],
    ['binary bytes named .docx', '乱.docx', Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 37 + 11) % 256)), '不是 zip'],
  ])('%s is still refused in Chinese', async (_name, name, bytes, said) => {
    const r = await run(file(name, bytes));
    expect(r.code).toBe(2);
    expect(r.err).toContain(said);
  });
});

test('bad options are refused with exit 2; --help exits 0', async () => {
  expect((await run('--nope')).code).toBe(2);
  expect((await run('--template', 'x')).err).toContain('未知的模板');
  const h = await run('--help');
  expect(h.code).toBe(0);
  expect(h.out).toContain('用法');
  // It names every kind of file the tool reads (t23: it listed .docx, .txt and .md only).
  for (const ext of [...WORD_EXTENSIONS, ...TEXT_EXT]) expect(h.out).toContain(ext);
});

describe('.docx refusals name the reason (issue 12/13)', () => {
  const docx = () => makeDocx({ body: [{ text: '一、存在的主要问题', style: '1' }, { text: '正文' }] });

  test('a password-protected .docx says so, not ".doc"', async () => {
    const b = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
    Buffer.from('EncryptionInfo', 'utf16le').copy(b, 1024);
    Buffer.from('EncryptedPackage', 'utf16le').copy(b, 1152);
    const r = await run(file('加密.docx', b));
    expect(r.code).toBe(2);
    expect(r.err).toContain('密码');
    expect(r.err).not.toContain('.doc）');
    expect(r.err.split('\n')).toHaveLength(1);
  });

  test.each([
    ['cut mid-way', (x: string) => x.slice(0, Math.floor(x.length * 0.7))],
    ['not XML', () => 'plain words'],
  ])('document.xml %s: exit 2 "文件已损坏（word/document.xml）"', async (_name, edit) => {
    const zip = await JSZip.loadAsync(await docx());
    zip.file('word/document.xml', edit(await zip.file('word/document.xml')!.async('string')));
    const r = await run(file(`损坏-${_name}.docx`, Buffer.from(await zip.generateAsync({ type: 'uint8array' }))));
    expect(r.code).toBe(2);
    expect(r.err).toContain('文件已损坏（word/document.xml）');
    expect(r.err).not.toContain('没有 word/document.xml');
    expect(r.err.split('\n')).toHaveLength(1);
  });

  test('.dotx, .docm and .dotm are checked in folder mode as well as one by one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-tpl-'));
    const bytes = Buffer.from(await docx());
    for (const ext of ['docx', 'dotx', 'docm', 'dotm']) fs.writeFileSync(path.join(dir, `材料.${ext}`), bytes);
    const j = JSON.parse((await run(dir, '--json')).out);
    expect(j.map((x: { file: string }) => path.extname(x.file)).sort()).toEqual(['.docm', '.docx', '.dotm', '.dotx']);
    const one = JSON.parse((await run(path.join(dir, '材料.dotm'), '--json')).out);
    expect(one.parts[0]).toMatchObject({ heading: '一、存在的主要问题' });
  });
});
