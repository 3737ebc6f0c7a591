/** The CLI's template handling: detection in --json, --template, --template-file and template from-notice. */
import * as fs from 'fs';
import * as path from 'path';
import { runCli, tempFiles } from './support/cli-run';
import { getTemplate } from '../src/engine/template';

const { dir: tmp, file } = tempFiles('duizhao-cli-template-');

const run = runCli;

const material = (title: string, headings: string[]) =>
  [title, '一、存在的主要问题', ...headings.flatMap((h, i) => [`（${'一二三四五六'[i]}）在${h}方面`, '一是落实不到位。']), '二、反面典型案例剖析', '对照案例反观自己，仍有差距。', '三、原因分析', '理想信念松懈。', '四、整改措施', '强化理论武装，每月学习2次。'].join('\n');

const y2025 = material('2025年度民主生活会对照检查材料', getTemplate('five-aspects-2025')!.aspects.map((a) => a.title));
const y2026 = material('2026年度民主生活会对照检查材料', ['带头树立正确政绩观', '带头统筹发展和安全']);

test('--json carries the template contract: id, name, source, reason, year', async () => {
  const r = await run(file('y2025.txt', y2025), '--json');
  const j = JSON.parse(r.out);
  expect(j).toMatchObject({ template: 'five-aspects-2025', templateName: getTemplate('five-aspects-2025')!.name, templateSource: 'detected', recognisedYear: 2025 });
  expect(j.templateReason).toMatch(/^依据：标题“2025年度”；5 个方面标题均与该模板一致$/);
  expect(j.parts.map((p: { role: string }) => p.role)).toEqual(['problems', 'cases', 'causes', 'measures']);
});

test('a 2026年度 material: no aspect demanded, one finding on importing the notice, no error exit for it', async () => {
  const r = await run(file('y2026.txt', y2026), '--json');
  const j = JSON.parse(r.out);
  expect(j.template).toBe('unknown');
  expect(j.recognisedYear).toBe(2026);
  expect(j.aspects.every((a: { aspect: number | null }) => a.aspect === null)).toBe(true);
  expect(j.findings.filter((f: { rule: string }) => f.rule === 'missing-aspect')).toEqual([]);
  expect(j.findings.filter((f: { rule: string }) => f.rule === 'unknown-template')).toHaveLength(1);
  expect(r.code).toBe(0);
  const text = await run(path.join(tmp, 'y2026.txt'));
  expect(text.out).toContain('2026年度民主生活会（尚无模板');
  expect(text.out).toContain('template from-notice');
});

test('the several-files summary says 未按方面检查 for a material without a template, 方面 n/k for the others', async () => {
  const a = file('sum-2026.txt', y2026);
  const b = file('sum-2025.txt', y2025);
  const r = await run(a, b);
  const lines = r.out.split('\n');
  expect(lines.find((l) => l.includes('sum-2026.txt') && l.includes('错误'))).toContain('；未按方面检查；');
  expect(lines.find((l) => l.includes('sum-2025.txt') && l.includes('错误'))).toContain('；方面 5/5；');
  expect(r.out).not.toContain('方面 0/0');
});

test('--template overrides detection', async () => {
  const r = await run(file('y2025b.txt', y2025), '--json', '--template', 'five-aspects-2021');
  const j = JSON.parse(r.out);
  expect(j.template).toBe('five-aspects-2021');
  expect(j.templateSource).toBe('chosen');
});

test('template from-notice → a template file → check --template-file uses it', async () => {
  const notice = file('通知.txt', '关于开好2026年度民主生活会的通知\n重点对照以下2个方面：一是带头树立正确政绩观；二是带头统筹发展和安全。要开展反面典型案例剖析。');
  const out = path.join(tmp, 'my.json');
  const r = await run('template', 'from-notice', notice, '-o', out);
  expect(r.code).toBe(0);
  expect(r.out).toContain('对照的方面（2 个）');
  expect(r.out).toContain('1. 带头树立正确政绩观');
  expect(r.out).toContain('反面典型案例剖析：通知要求');
  expect(r.out).toContain('上年度问题整改落实情况：通知未要求');
  const saved = JSON.parse(fs.readFileSync(out, 'utf8'));
  expect(saved.aspects).toHaveLength(2);
  const c = await run(path.join(tmp, 'y2026.txt'), '--json', '--template-file', out);
  const j = JSON.parse(c.out);
  expect(j.templateSource).toBe('file');
  expect(j.template).toBe('notice-2026');
  expect(j.aspects.map((a: { aspect: number | null }) => a.aspect)).toEqual([1, 2]);
  expect(j.findings.filter((f: { rule: string }) => f.rule === 'unknown-template')).toEqual([]);
});

test('template from-notice: a notice asking for the 上年度整改 report makes that part required in the file', async () => {
  const notice = file('通知3.txt', '关于开好2026年度民主生活会的通知\n重点对照以下2个方面：一是带头树立正确政绩观；二是带头统筹发展和安全。\n会上首先通报2025年度民主生活会整改措施落实情况。');
  const out = path.join(tmp, 'prev.json');
  const r = await run('template', 'from-notice', notice, '-o', out);
  expect(r.code).toBe(0);
  expect(r.out).toContain('上年度问题整改落实情况：通知要求，作为必备部分');
  const saved = JSON.parse(fs.readFileSync(out, 'utf8'));
  expect(saved.parts.find((p: { role: string }) => p.role === 'previous')).toEqual({ role: 'previous', required: true });
});

test('template from-notice without -o writes beside the notice', async () => {
  const notice = file('n2.txt', '对照以下3个方面：\n1. 带头讲政治\n2. 带头守纪律\n3. 带头转作风');
  const r = await run('template', 'from-notice', notice);
  expect(r.code).toBe(0);
  expect(fs.existsSync(path.join(tmp, 'n2.template.json'))).toBe(true);
});

test.each([
  ['a notice with no list', () => ['template', 'from-notice', file('bad.txt', '请各单位认真准备，具体内容另行通知。')], /没有在通知中找到方面列表/],
  ['a missing notice', () => ['template', 'from-notice', path.join(tmp, 'none.txt')], /找不到文件/],
  ['no notice given', () => ['template', 'from-notice'], /请给出通知文件/],
  ['an unknown sub-command', () => ['template', 'make'], /未知的 template 子命令/],
  ['a template file that breaks the schema', () => [path.join(tmp, 'y2025.txt'), '--template-file', file('bad.json', JSON.stringify({ id: 'x', name: 'x', parts: [], aspects: [{ number: 1, short: 'a' }] }))], /模板文件/],
  ['a template file that is not JSON', () => [path.join(tmp, 'y2025.txt'), '--template-file', file('bad2.json', '{')], /不是有效的 JSON/],
  ['a missing template file', () => [path.join(tmp, 'y2025.txt'), '--template-file', path.join(tmp, 'nope.json')], /找不到或无法读取模板文件/],
])('%s: a Chinese message, exit 2, no stack trace', async (_name, args, message) => {
  const r = await run(...args());
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
  expect(r.err).not.toMatch(/at .*\.ts:\d+/);
});

test('template from-notice on a material (not a notice) still writes the file but cautions on stderr; a notice gets no caution', async () => {
  const r = await run('template', 'from-notice', file('material.txt', y2025), '-o', path.join(tmp, 'material.json'));
  expect(r.code).toBe(0);
  expect(r.err).toContain('注意：这份文字看起来是对照检查材料');
  expect(fs.existsSync(path.join(tmp, 'material.json'))).toBe(true);
  const notice = await run('template', 'from-notice', file('notice.txt', '关于开好2026年度民主生活会的通知\n重点对照以下2个方面：一是带头树立正确政绩观；二是带头统筹发展和安全。'), '-o', path.join(tmp, 'notice.json'));
  expect(notice.code).toBe(0);
  expect(notice.err).not.toContain('注意');
});
