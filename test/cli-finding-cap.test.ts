/**
 * Issue 13: with a rule's findings capped (rules/index.ts, MAX_FINDINGS_PER_RULE), what the check
 * command prints still counts every finding: `summary` in JSON, the report's counts, the folder
 * summary's unanswered problems, the workbook row and the exit code. Materials of several shapes
 * that flood a rule (unanswered problems, repeated item numbers, objective causes), each compared
 * with the same rules run with no cap.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../src/cli/main';
import { analyze, readText } from '../src/engine';
import { runRules, MAX_FINDINGS_PER_RULE } from '../src/engine/rules';
import { withoutLeadingOutline } from '../src/engine/leading-outline';
import { countBySeverity, countOfRule } from '../src/engine/severity';
import { materialRow } from '../src/cli/workbook';
import type { CheckJson } from '../src/engine/json';

jest.setTimeout(120_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-cap-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const WORK = ['调研', '宣传', '档案', '财务', '信访', '安全', '环保', '统计', '审计', '招商', '培训', '后勤'];
const CN = '一二三四五六七八九';
const n = MAX_FINDINGS_PER_RULE + 60;

const SHAPES: { name: string; text: string; rule: string }[] = [
  {
    name: 'unanswered problems',
    rule: 'uncovered-problem',
    text:
      '一、存在的主要问题\n（一）在带头增强党性方面\n' +
      Array.from({ length: n }, (_, i) => `${CN[i % 9]}是${WORK[i % 12]}工作第${i}项落实不到位，${WORK[(i + 5) % 12]}台账不全。`).join('\n') +
      '\n二、原因分析\n理想信念松懈。\n三、整改措施\n（一）加强理论学习，每月学习2次。',
  },
  { name: 'repeated item numbers', rule: 'numbering', text: Array.from({ length: n }, (_, i) => `一是${WORK[i % 12]}工作不够扎实。`).join('\n') },
  {
    name: 'objective causes',
    rule: 'objective-cause',
    text: '一、存在的主要问题\n一是学习不深。\n二、原因分析\n' + Array.from({ length: n }, (_, i) => `工作任务重，时间紧，客观上没有时间学习${i}。`).join('\n'),
  },
];

/** The findings with no cap, as analyze() would read the text. */
function uncapped(text: string) {
  const a = analyze({ paragraphs: readText(text, 'text'), source: 'text' });
  const input = { paragraphs: withoutLeadingOutline(readText(text, 'text')), source: 'text' as const };
  return { a, all: runRules({ input, outline: a.outline, template: a.template, shared: new Map() }, undefined, Infinity) };
}

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(args, (s) => out.push(s), () => undefined);
  return { code, out: out.join('\n') };
}

describe.each(SHAPES)('$name', ({ name, text, rule }) => {
  const file = path.join(tmp, `${name.replace(/\s+/g, '-')}.txt`);
  beforeAll(() => fs.writeFileSync(file, text));

  test('the rule is capped, and JSON counts every finding', async () => {
    const { all } = uncapped(text);
    const exact = countBySeverity(all);
    const total = all.filter((f) => f.rule === rule).length;
    expect(total).toBeGreaterThan(MAX_FINDINGS_PER_RULE);
    const { out } = await run([file, '--json']);
    const json = JSON.parse(out) as CheckJson;
    expect(json.summary).toEqual(exact);
    const mine = json.findings.filter((f) => f.rule === rule);
    expect(mine.filter((f) => f.omitted === undefined)).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(mine.reduce((k, f) => k + (f.omitted ?? 1), 0)).toBe(total);
  });

  test('the readable report and the exit code agree with no cap', async () => {
    const { all } = uncapped(text);
    const exact = countBySeverity(all);
    const { code, out } = await run([file]);
    expect(out).toContain(`发现：错误 ${exact.error} 个，警告 ${exact.warning} 个，提示 ${exact.info} 个`);
    expect(out).toMatch(/另有 \d+ 处同类问题/);
    // The exit code of the uncapped findings (1 when there is an error).
    expect(code).toBe(exact.error > 0 ? 1 : 0);
  });

  test('the folder summary and the workbook row count every unanswered problem', async () => {
    const { a, all } = uncapped(text);
    const unanswered = all.filter((f) => f.rule === 'uncovered-problem').length;
    expect(countOfRule(a.findings, 'uncovered-problem')).toBe(unanswered);
    const other = path.join(tmp, 'sample.txt');
    fs.copyFileSync(path.join(__dirname, '..', 'samples', 'sample.txt'), other);
    const { out } = await run([file, other]);
    expect(out).toContain(`未对应措施的问题 ${unanswered} 个`);
    expect(materialRow(a, file)).toContain(unanswered);
  });
});
