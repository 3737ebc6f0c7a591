/**
 * A material with no template yet (unknown-template) tells the writer how to import the notice in
 * the words of where they are: the pane names its own 模板 → 从通知导入… → 使用此模板 and no command,
 * the command line names `duizhao template from-notice` and `--template-file` and no pane button.
 * One catalogue (messages.ts) words both: the finding's first sentence is the same.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runAnalysis } from '../../src/taskpane/analysisCore';
import { TS } from '../../src/taskpane/strings';
import { runCli, tempFiles } from '../support/cli-run';
import { readText } from '../../src/engine/readers/text';
import type { DocumentInput } from '../../src/engine/types';

jest.setTimeout(60000);

const fixtures = path.join(__dirname, '../fixtures/years');

/** Materials the engine checks without a template, in several shapes (the year recognised or not). */
const SHAPES: { name: string; text: string; year: number | null }[] = [
  { name: 'a 2026年度 material (fixture)', text: fs.readFileSync(path.join(fixtures, 'y2026_banzi_new_aspects.txt'), 'utf8'), year: 2026 },
  { name: 'headings that fit no template (fixture)', text: fs.readFileSync(path.join(fixtures, 'ynone_unknown_banzi_xuncha.txt'), 'utf8'), year: null },
  {
    name: 'a 2019年度 title on a short material',
    text: ['2019年度民主生活会对照检查材料', '一、存在的主要问题', '（一）在政治站位方面', '一是学习不深。', '二、原因分析', '理想信念松懈。', '三、整改措施', '每月学习2次。'].join('\n'),
    year: 2019,
  },
  {
    name: 'a 2027年度 个人 material in markdown',
    text: ['# 2027年度民主生活会个人对照检查材料', '## 一、存在的主要问题', '**（一）在推进数字化治理方面**', '1. 数据共享推进慢。', '## 二、原因分析', '宗旨意识淡化。', '## 三、整改措施', '年底前建成共享平台。'].join('\n'),
    year: 2027,
  },
];

const doc = (text: string, name: string): DocumentInput => ({ paragraphs: readText(text, 'text'), source: 'text', name });
const CLI_WORDS = /duizhao|from-notice|--template-file|命令行/;
const PANE_WORDS = /从通知导入|任务窗格|使用此模板/;
const firstSentence = (s: string) => s.slice(0, s.indexOf('。') + 1);

describe.each(SHAPES)('$name', ({ text, year }) => {
  test('the pane: what to do in the pane, by the names of its own controls; no command', () => {
    const report = runAnalysis(doc(text, 'm.txt'), undefined, undefined, true);
    const group = report.groups.find((g) => g.rule === 'unknown-template');
    expect(group?.findings).toHaveLength(1);
    const message = group!.findings[0].message;
    if (year !== null) expect(message).toContain(`${year}年度`);
    expect(message).toContain(`“${TS.pickerLabel}”`);
    expect(message).toContain(`“${TS.importButton}”`);
    expect(message).toContain(`“${TS.use}”`);
    expect(message).not.toMatch(CLI_WORDS);
    // The explanation card above the group, and the Word comment the pane adds, say the same.
    expect(group!.info?.advice).toContain(`“${TS.importButton}”`);
    expect(group!.info?.advice).not.toMatch(CLI_WORDS);
    const comment = report.comments!.find((c) => c.paragraph === group!.findings[0].paragraph)!;
    expect(comment.lines.join('\n')).toContain(message);
  });

  test('the command line (report and --json): the command and --template-file; no pane button; same first sentence', async () => {
    const { file } = tempFiles('dz-unknown-');
    const f = file('材料.txt', text);
    const readable = await runCli(f);
    const line = readable.out.split('\n').find((l) => l.includes('本次不按方面检查'));
    expect(line).toBeDefined();
    expect(line).toContain('duizhao template from-notice');
    expect(line).toContain('--template-file');
    expect(line).not.toMatch(PANE_WORDS);
    const json = JSON.parse((await runCli(f, '--json')).out);
    const finding = json.findings.find((x: { rule: string }) => x.rule === 'unknown-template');
    expect(finding.message).toMatch(/from-notice/);
    expect(finding.message).not.toMatch(PANE_WORDS);
    const pane = runAnalysis(doc(text, 'm.txt'), undefined, undefined, false).groups.find((g) => g.rule === 'unknown-template')!.findings[0].message;
    expect(firstSentence(pane)).toBe(firstSentence(finding.message));
    expect(pane).not.toBe(finding.message);
  });
});
