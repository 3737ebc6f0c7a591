/**
 * The readable report is for writers: it names no rule ids ("[uncovered-problem]"), which only
 * matter to a reviewer matching the report with --json's `rule` or the README's rule table. They
 * are shown with --verbose (report, dismissed findings, fix preview) and are always in --json.
 */
import * as path from 'path';
import { runCli, tempFiles } from './support/cli-run';
import { rules } from '../src/engine/rules';
import { dismissedLines } from '../src/cli/dismissed';
import { completeLines } from './support/docs';
import type { CheckJson } from '../src/engine/json';

jest.setTimeout(60_000);

const temp = tempFiles('duizhao-ids-');
const IDS = rules.map((r) => r.id);
const anyId = (text: string) => IDS.filter((id) => text.includes(`[${id}]`));

/** Materials with findings of many rules, in several shapes. */
const broken = completeLines();
broken.splice(4, 0, '四是担当不够。');
broken[3] = '二是对以习近平总书记为核心的党中央决策部署理解不深。';
const SHAPES: { name: string; file: () => string }[] = [
  { name: 'the bundled sample', file: () => path.resolve(__dirname, '../samples/sample.txt') },
  { name: 'a 2021 material with a skipped number and a misspelt formulation', file: () => temp.file('broken.txt', broken.join('\n')) },
  { name: 'a 2026年度 material with no template yet', file: () => path.resolve(__dirname, 'fixtures/years/y2026_banzi_new_aspects.txt') },
  { name: 'a markdown material with parts missing', file: () => temp.file('thin.md', ['# 对照检查材料', '## 一、存在的问题', '1. 学习不深……', '1. 作风不实。'].join('\n')) },
];

describe.each(SHAPES)('$name', ({ file }) => {
  test('no rule id in the readable report; each finding line has one with --verbose, the same ids as --json lists', async () => {
    const f = file();
    const plain = await runCli(f);
    expect(plain.code).not.toBe(2);
    expect(anyId(plain.out)).toEqual([]);
    const verbose = await runCli(f, '--verbose');
    expect(verbose.code).toBe(plain.code);
    const json = JSON.parse((await runCli(f, '--json')).out) as CheckJson;
    expect(json.findings.length).toBeGreaterThan(0);
    // --json always names the rule.
    for (const x of json.findings) expect(IDS).toContain(x.rule);
    // --verbose: the same lines with the id after 第N行 (these are text files), one per finding.
    const tagged = verbose.out.split('\n').filter((l) => /^ {2}第\d+行 \[[a-z-]+\] /.test(l));
    expect(tagged).toHaveLength(json.findings.length);
    const byId = (list: string[]) => [...list].sort();
    expect(byId(tagged.map((l) => /\[([a-z-]+)\]/.exec(l)![1]))).toEqual(byId(json.findings.map((x) => x.rule)));
    // Taking the ids out of the verbose report gives the plain one.
    expect(verbose.out.replace(/(第\d+行) \[[a-z-]+\] /g, '$1 ')).toBe(plain.out);
  });

  test('--fix-preview: no id in a fix\'s title unless --verbose', async () => {
    const f = file();
    const plain = await runCli(f, '--fix-preview');
    expect(anyId(plain.out)).toEqual([]);
    const verbose = await runCli(f, '--fix-preview', '--verbose');
    const titles = verbose.out.split('\n').filter((l) => l.startsWith('@@ '));
    for (const t of titles) expect(t).toMatch(/^@@ 第\d+行后? \[[a-z-]+\] /);
    expect(plain.out.split('\n').filter((l) => l.startsWith('@@ '))).toHaveLength(titles.length);
  });
});

test('a folder: the summary and every report without ids; --verbose adds them to the findings only', async () => {
  const dir = tempFiles('duizhao-ids-dir-');
  dir.file('一.txt', broken.join('\n'));
  dir.file('二.txt', completeLines().join('\n'));
  const plain = await runCli(dir.dir);
  expect(anyId(plain.out)).toEqual([]);
  const verbose = await runCli(dir.dir, '--verbose');
  expect(anyId(verbose.out).length).toBeGreaterThan(0);
  expect(verbose.out.replace(/(第\d+行) \[[a-z-]+\] /g, '$1 ')).toBe(plain.out);
});

test('dismissed findings: the id only when asked', () => {
  const list = [
    { finding: { rule: 'numbering', severity: 'warning' as const, message: '编号跳号：此处应为“三是”。', paragraph: 4, excerpt: '' }, by: 'finding' as const, reason: '原文如此' },
    { finding: { rule: 'no-example', severity: 'info' as const, message: '没有举例。', paragraph: 7, excerpt: '' }, by: 'rule' as const },
  ];
  const plain = dismissedLines(list);
  expect(anyId(plain.join('\n'))).toEqual([]);
  expect(plain.slice(2)).toEqual([expect.stringMatching(/^ {2}第5段 编号跳号/), expect.stringMatching(/^ {2}第8段 没有举例/)]);
  const verbose = dismissedLines(list, true);
  expect(verbose.slice(2)).toEqual([expect.stringMatching(/^ {2}第5段 \[numbering\] 编号跳号/), expect.stringMatching(/^ {2}第8段 \[no-example\] 没有举例/)]);
});

test('--help names --verbose', async () => {
  const r = await runCli('--help');
  expect(r.out + r.err).toMatch(/--verbose\s+\S*规则编号/);
});
