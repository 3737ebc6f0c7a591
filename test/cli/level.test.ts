/**
 * `check --level 错误|警告|提示`: only findings of that severity and more serious ones are reported —
 * in the text report (with a note counting what was left out), the JSON, the annotated copies and
 * the workbook — and the exit code is unchanged (errors are never left out). A trial's reviewer
 * returned annotated copies whose twenty heading-style hints buried the three warnings that mattered.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import readXlsxFile from 'read-excel-file/node';
import { runCli, tempFiles } from '../support/cli-run';
import { makeDocx } from '../support/docx-writer';
import { completeLines } from '../support/docs';
import { atLeast, severityNamed, SEVERITIES } from '../../src/engine/severity';
import type { CheckJson } from '../../src/engine/json';
import type { Severity } from '../../src/engine/types';

jest.setTimeout(120_000);

const temp = tempFiles('duizhao-level-');

/** A 2021 material with an error (a missing part), warnings (a skipped number) and hints (no examples). */
function broken(): string[] {
  const lines = completeLines().filter((l) => !l.startsWith('二、原因分析') && !l.startsWith('（一）理想') && !l.startsWith('（二）宗旨'));
  lines.splice(4, 0, '四是担当作为不够，遇到难题绕着走。');
  return lines;
}

const SHAPES: { name: string; file: () => string | Promise<string> }[] = [
  { name: 'the bundled sample (warnings and hints)', file: () => path.resolve(__dirname, '../../samples/sample.txt') },
  { name: 'a text material with an error, warnings and hints', file: () => temp.file('broken.txt', broken().join('\n')) },
  { name: 'the same as a .docx', file: async () => temp.file('broken.docx', Buffer.from(await makeDocx({ body: broken().map((text) => ({ text })) }))) },
  { name: 'a markdown draft with parts missing', file: () => temp.file('thin.md', ['# 对照检查材料', '## 一、存在的问题', '1. 学习不深……', '1. 作风不实。'].join('\n')) },
];

const LEVELS: [string, Severity][] = [
  ['错误', 'error'],
  ['警告', 'warning'],
  ['提示', 'info'],
  ['error', 'error'],
  ['warning', 'warning'],
  ['info', 'info'],
];

const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

describe.each(SHAPES)('$name', ({ file }) => {
  let all: CheckJson;
  let plainCode: number;
  let f: string;
  beforeAll(async () => {
    f = await file();
    const r = await runCli(f, '--json');
    all = JSON.parse(r.out) as CheckJson;
    plainCode = (await runCli(f)).code;
    expect(all.findings.length).toBeGreaterThan(0);
  });

  test.each(LEVELS)('--level %s: JSON lists only that level and above; what is left out is counted; exit code unchanged', async (name, level) => {
    const r = await runCli(f, '--json', '--level', name);
    expect(r.code).toBe(plainCode);
    const j = JSON.parse(r.out) as CheckJson;
    for (const x of j.findings) expect(atLeast(x.severity, level)).toBe(true);
    expect(j.findings).toEqual(all.findings.filter((x) => atLeast(x.severity, level)));
    expect(j.level?.level).toBe(level);
    // The summary counts every finding, as the report's 发现 line does (t24); notListed, those left out.
    expect(j.summary).toEqual(all.summary);
    for (const s of SEVERITIES) expect(j.level!.notListed[s]).toBe(atLeast(s, level) ? 0 : all.summary[s]);
    if (level === 'info') expect(j.level!.notListed).toEqual({ error: 0, warning: 0, info: 0 });
  });

  test.each(LEVELS)('--level %s: the report lists only those severities and says how many it left out', async (name, level) => {
    const r = await runCli(f, '--level', name);
    expect(r.code).toBe(plainCode);
    const headings = r.out.split('\n').filter((l) => /^(错误|警告|提示)：$/.test(l)).map((l) => l.slice(0, 2));
    for (const h of headings) expect(atLeast(SEVERITIES.find((s) => LABEL[s] === h)!, level)).toBe(true);
    const left = SEVERITIES.filter((s) => !atLeast(s, level) && all.summary[s] > 0);
    const note = r.out.split('\n').find((l) => l.startsWith('（按 --level'));
    if (!left.length) expect(note).toBeUndefined();
    else {
      expect(note).toBeDefined();
      for (const s of left) expect(note).toContain(`${LABEL[s]} ${all.summary[s]} 个`);
      // Worded as a reader says it (it read 只列出错误的问题): the level named as a level.
      const label = LABEL[level];
      expect(note).toContain(level === 'error' ? `只列出“${label}”级别的问题；` : `只列出“${label}”及以上级别的问题；`);
      expect(note).not.toMatch(/只列出(错误|警告|提示)/);
    }
    // The 发现 line counts every finding, listed or not (it said 警告 0 个 beside a note of 6 warnings).
    expect(r.out).toContain(`发现：错误 ${all.summary.error} 个，警告 ${all.summary.warning} 个，提示 ${all.summary.info} 个`);
    // Without the note, the report is the full report with the lower severities' blocks taken out.
    if (level === 'info') expect(r.out).toBe((await runCli(f)).out);
  });
});

test('annotated copies carry only the findings of the level: fewer comments, no hint text', async () => {
  const src = await SHAPES[2].file();
  const outAll = path.join(temp.dir, '批注-全部');
  const outWarn = path.join(temp.dir, '批注-警告');
  await runCli(src, '--annotate', outAll);
  await runCli(src, '--annotate', outWarn, '--level', '警告');
  const comments = async (dir: string) => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'broken.docx')));
    return (await zip.file('word/comments.xml')!.async('string')).split('<w:comment ').length - 1;
  };
  const xml = async (dir: string) => (await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'broken.docx')))).file('word/comments.xml')!.async('string');
  const [nAll, nWarn] = [await comments(outAll), await comments(outWarn)];
  expect(nWarn).toBeGreaterThan(0);
  expect(nWarn).toBeLessThan(nAll);
  // The hint for a problem without an example is in the full copy only.
  expect(await xml(outAll)).toContain('没有具体事例');
  expect(await xml(outWarn)).not.toContain('没有具体事例');
});

test('the workbook of a folder lists only the level in 全部问题; 材料汇总 and the summary count everything', async () => {
  const dir = tempFiles('duizhao-level-folder-');
  dir.file('甲.txt', broken().join('\n'));
  dir.file('乙.txt', fs.readFileSync(path.resolve(__dirname, '../../samples/sample.txt'), 'utf8'));
  const xlsx = path.join(temp.dir, '汇总.xlsx');
  const plainXlsx = path.join(temp.dir, '汇总-全部.xlsx');
  const plain = await runCli(dir.dir, '--xlsx', plainXlsx);
  const r = await runCli(dir.dir, '--xlsx', xlsx, '--level', 'warning');
  expect(r.code).toBe(1);
  const [materials, findings] = (await readXlsxFile(fs.readFileSync(xlsx))).map((s) => s.data as unknown[][]);
  const [plainMaterials, plainFindings] = (await readXlsxFile(fs.readFileSync(plainXlsx))).map((s) => s.data as unknown[][]);
  const sev = findings[0].indexOf('级别');
  expect(sev).toBeGreaterThan(-1);
  expect(findings.length).toBeGreaterThan(1);
  for (const row of findings.slice(1)) expect(['错误', '警告']).toContain(row[sev]);
  expect(findings.length).toBeLessThan(plainFindings.length);
  // Counts are facts of the material, not of the listing: hints counted, unanswered problems too.
  expect(materials).toEqual(plainMaterials);
  const hints = materials[0].indexOf('提示');
  expect(materials.slice(1).some((row) => (row[hints] as number) > 0)).toBe(true);
  // The summary's lines count the same as without --level.
  const summary = (out: string) => out.slice(out.lastIndexOf('汇总（'));
  expect(summary(r.out)).toBe(summary(plain.out));
});

test.each([
  [['--level'], '--level 后面应给出级别'],
  [['--level', '严重'], '不是“严重”'],
  [['--level', 'warn'], '不是“warn”'],
])('%j is refused with a Chinese line and exit 2', async (args, said) => {
  const r = await runCli(...args, path.resolve(__dirname, '../../samples/sample.txt'));
  expect(r.code).toBe(2);
  expect(r.err).toContain(said);
  expect(r.err).toContain('错误、警告或提示');
});

test.each([
  ['错误', 'error'],
  [' 警告 ', 'warning'],
  ['INFO', 'info'],
  ['Warning', 'warning'],
  ['严重', undefined],
  ['', undefined],
])('severityNamed(%j) = %j', (name, level) => {
  expect(severityNamed(name)).toBe(level);
});

test('atLeast orders error ≥ warning ≥ info', () => {
  const table = SEVERITIES.flatMap((s) => SEVERITIES.map((l) => [s, l, SEVERITIES.indexOf(s) <= SEVERITIES.indexOf(l)] as const));
  expect(table.filter(([, , yes]) => yes)).toHaveLength(6);
  for (const [s, l, yes] of table) expect(atLeast(s, l)).toBe(yes);
  expect(atLeast('error', 'info')).toBe(true);
  expect(atLeast('info', 'error')).toBe(false);
});
