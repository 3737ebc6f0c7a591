/**
 * With last year's material (AnalyzeOptions.previous, `check --previous`): the comparison's results
 * are findings — previous-unreported at the 上年度问题整改落实情况 heading for each of last year's
 * problems it says nothing of, repeated-problem at each of this year's problems copied from last
 * year's — so they are counted, annotated and listed in the workbook like any other.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, type Analysis } from '../../src/engine';
import type { DocumentInput } from '../../src/engine/types';
import { main } from '../../src/cli/main';
import { completeLines, textDoc } from '../support/docs';

/** Last year's material: the complete skeleton with its first problem written out. */
const lastYear = completeLines().map((l) => (l === '一是理论学习不深。比如，读原著少。' ? '一是理论学习不够深入系统，满足于读文件、听报告，比如原著原文读得少。' : l));

/** This year's: a 整改情况 part (`previous` lines), then the problems with `problems` as the first aspect's items. */
function thisYear(previous: string[], problems: string[]): string[] {
  const base = completeLines();
  const rest = base.slice(2).filter((l) => !/^(一是理论学习|二是政治判断力)/.test(l));
  return ['一、上年度问题整改落实情况', ...previous, '二、存在的主要问题', base[1], ...problems, ...rest.map((l) => l.replace(/^二、原因分析/, '三、原因分析').replace(/^三、整改措施/, '四、整改措施'))];
}

function last(lines = lastYear): { analysis: Analysis; input: DocumentInput } {
  const input = textDoc(lines);
  return { analysis: analyze(input), input };
}

function findings(current: string[], lastLines = lastYear, rule?: string) {
  const a = analyze(textDoc(current), { previous: last(lastLines) });
  return a.findings.filter((f) => !rule || f.rule === rule);
}

/** Last year's problems (heading sentences as the comparison names them). */
const lastProblems = () => last().analysis.outline.aspects.flatMap((a) => a.problems);

describe('previous-unreported', () => {
  test('no 整改情况 part: none (missing-part and brief-previous speak of the part)', () => {
    expect(findings(completeLines(), lastYear, 'previous-unreported')).toEqual([]);
  });

  test('one finding for each of last year\'s problems the part skips, at its heading, naming the problem and where it stood', () => {
    const lines = thisYear(['（一）关于理论学习不够深入系统的问题。坚持每月集中学习原著原文，已完成12次。'], ['一是运用党的创新理论指导实践不够。']);
    const fs_ = findings(lines, lastYear, 'previous-unreported');
    const skipped = lastProblems().filter((p) => !p.heading.includes('理论学习'));
    expect(fs_).toHaveLength(skipped.length);
    expect(fs_.every((f) => f.paragraph === 0 && f.severity === 'warning')).toBe(true);
    // Each names one skipped problem and its place in last year's material (a text file: its line).
    for (const p of skipped) expect(fs_.some((f) => f.message.includes(`第${p.paragraph + 1}行`))).toBe(true);
    expect(fs_.some((f) => f.message.includes('理论学习不够深入'))).toBe(false);
    // The span is the part's heading.
    const f = fs_[0];
    expect(lines[0].slice(f.start!, f.start! + f.length!)).toBe('一、上年度问题整改落实情况');
  });

  test('a part that speaks of every problem: nothing', () => {
    const said = lastProblems().map((p, i) => `（${'一二三四五六七八九十'[i]}）关于“${p.heading.replace(/^[一二三四五六七八九十]是/, '').replace(/[。.].*$/, '')}”的问题，已制定措施并完成整改。`);
    expect(findings(thisYear(said, ['一是运用党的创新理论指导实践不够。']), lastYear, 'previous-unreported')).toEqual([]);
  });

  test('a passage that only shares a place or thing says so', () => {
    const base = completeLines();
    const lastLines = base.map((l) => (l.startsWith('一是理论学习') ? '一是对社区工作指导不够，比如全年只去了2个社区。' : l));
    const fs_ = findings(thisYear(['（一）关于物业管理投诉多的问题。已在12个社区成立业主委员会。'], []), lastLines, 'previous-unreported');
    const f = fs_.find((x) => x.message.includes('社区工作指导'))!;
    expect(f.message).toContain('只在“社区”上有文字相合');
  });

  test.each([
    ['no last year\'s material', (lines: string[]) => analyze(textDoc(lines)).findings],
    ['the same text given as last year\'s', () => findings(lastYear, lastYear)],
    ['last year\'s states this year', (lines: string[]) => findings(['2025年度民主生活会对照检查材料', ...lines], ['2025年度民主生活会对照检查材料', ...lastYear])],
  ])('%s: nothing', (_name, run) => {
    const out = run(thisYear(['（一）各项问题已整改。'], [])) as { rule: string }[];
    expect(out.filter((f) => f.rule === 'previous-unreported' || f.rule === 'repeated-problem')).toEqual([]);
  });
});

describe('repeated-problem', () => {
  const study = '一是理论学习不够深入系统，满足于读文件、听报告，比如原著原文读得少。';
  const counted = '一是理论学习不够深入系统，满足于读文件、听报告，比如全年读原著仅3本、撰写心得2篇。';
  test.each([
    ['copied as it was', study, study],
    ['a word changed', study, '一是理论学习不够深入系统，满足于看文件、听报告，比如原著原文读得少。'],
    ['this year\'s figures', counted, '一是理论学习不够深入系统，满足于读文件、听报告，比如全年读原著仅5本、撰写心得1篇。'],
  ])('%s: a finding at the problem, naming last year\'s and its place', (_name, lastProblem, problem) => {
    const lastLines = completeLines().map((l) => (l.startsWith('一是理论学习') ? lastProblem : l));
    const lines = thisYear(['（一）各项问题已整改完毕。'], [problem]);
    const fs_ = findings(lines, lastLines, 'repeated-problem').filter((f) => f.paragraph === lines.indexOf(problem));
    expect(fs_).toHaveLength(1);
    expect(fs_[0].message).toContain(`上年度材料第${lastLines.indexOf(lastProblem) + 1}行`);
    expect(fs_[0].message).toMatch(/约\d+%的文字相同/);
    expect(lines[fs_[0].paragraph].slice(fs_[0].start!, fs_[0].start! + fs_[0].length!)).toContain('理论学习不够深入系统');
  });

  test('a problem written anew: nothing at it', () => {
    const fresh = '一是运用党的创新理论解决乡村振兴中的新问题不够，调研成果转化率低。';
    const lines = thisYear(['（一）各项问题已整改完毕。'], [fresh]);
    const all = findings(lines, lastYear, 'repeated-problem');
    expect(all.filter((f) => f.paragraph === lines.indexOf(fresh))).toEqual([]);
    // The problems this year kept from last year's skeleton still are (the rule reads every problem).
    expect(all.length).toBeGreaterThan(0);
  });
});

test('the CLI counts them: the 发现 line, --json findings and summary', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-prevfind-'));
  try {
    const cur = path.join(dir, '本年度.txt');
    const prev = path.join(dir, '上年度.txt');
    fs.writeFileSync(cur, thisYear(['（一）各项问题已整改完毕，成效明显，群众满意度进一步提升。'], ['一是理论学习不够深入系统，满足于读文件、听报告，比如原著原文读得少。']).join('\n'));
    fs.writeFileSync(prev, lastYear.join('\n'));
    const json: string[] = [];
    await main([cur, '--previous', prev, '--json'], (s) => json.push(s), () => {});
    const r = JSON.parse(json.join(''));
    const ours = r.findings.filter((f: { rule: string }) => f.rule === 'previous-unreported' || f.rule === 'repeated-problem');
    expect(ours.some((f: { rule: string }) => f.rule === 'repeated-problem')).toBe(true);
    expect(ours.some((f: { rule: string }) => f.rule === 'previous-unreported')).toBe(true);
    expect(r.summary.warning).toBe(r.findings.filter((f: { severity: string }) => f.severity === 'warning').length);
    // Without --previous the same material has none of them.
    const alone: string[] = [];
    await main([cur, '--json'], (s) => alone.push(s), () => {});
    const a = JSON.parse(alone.join(''));
    expect(a.findings.some((f: { rule: string }) => f.rule === 'previous-unreported' || f.rule === 'repeated-problem')).toBe(false);
    expect(a.summary.warning).toBe(r.summary.warning - ours.length);
    // The readable report lists them under 警告 and counts them.
    const out: string[] = [];
    await main([cur, '--previous', prev], (s) => out.push(s), () => {});
    const text = out.join('\n');
    expect(text).toContain('照搬上年度的问题会被退回');
    expect(text).toContain('本部分没有说明整改情况');
    expect(text).toMatch(new RegExp(`警告 ${r.summary.warning} 个`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
