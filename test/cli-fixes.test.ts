/** check: each finding's fix in the report and in --json, and --fix-preview's before/after view. */
import { runCli, tempFiles } from './support/cli-run';
import { applyFix } from '../src/engine/fix';
import { readText } from '../src/engine/readers/text';
import type { CheckJson } from '../src/engine/json';
import { completeLines } from './support/docs';

const temp = tempFiles('duizhao-fix-');
const file = (name: string, lines: string[]) => temp.file(name, lines.join('\n'));
const run = runCli;

const lines = completeLines();
lines.splice(4, 0, '四是担当不够。');
lines[3] = '二是对以习近平总书记为核心的党中央决策部署理解不深。';
const material = file('m.txt', lines);

test('the readable report shows each fix under its finding, before → after', async () => {
  const r = await run(material);
  expect(r.out).toMatch(/第5行 编号跳号.*\n\s+修改：改为“三是”（「四是」→「三是」）/);
  expect(r.out).toMatch(/规范表述.*\n\s+修改：改为“以习近平同志为核心的党中央”（「以习近平总书记为核心的党中央」→「以习近平同志为核心的党中央」）/);
});

test('--json: fix {label, edits[{paragraph,start,length,text}]} that another tool can apply to the text it read', async () => {
  const r = await run(material, '--json');
  const json = JSON.parse(r.out) as CheckJson;
  const withFix = json.findings.filter((f) => f.fix);
  expect(withFix.map((f) => f.rule)).toEqual(expect.arrayContaining(['numbering', 'formulation']));
  const paragraphs = readText(lines.join('\n'), 'text').map((p) => ({ text: p.text }));
  for (const f of withFix) {
    for (const e of f.fix!.edits) {
      expect(e).toEqual(expect.objectContaining({ paragraph: expect.any(Number), start: expect.any(Number), length: expect.any(Number), text: expect.any(String) }));
    }
    const applied = applyFix(paragraphs, f.fix!);
    expect(applied.ok).toBe(true);
  }
  const numbering = json.findings.find((f) => f.rule === 'numbering')!;
  expect(lines[numbering.paragraph].slice(numbering.start!, numbering.start! + numbering.length!)).toBe('四是');
});

test('--fix-preview: only changed paragraphs, with one paragraph of context, - before + after', async () => {
  const r = await run(material, '--fix-preview');
  expect(r.out).toContain('@@ 第5行 改为“三是”');
  // With --verbose the title names the rule.
  expect((await run(material, '--fix-preview', '--verbose')).out).toContain('@@ 第5行 [numbering] 改为“三是”');
  const hunk = r.out.split('@@').find((h) => h.includes('第5行 改为“三是”'))!;
  expect(hunk.split('\n').slice(1, 5)).toEqual([`  ${lines[3]}`, '- 四是担当不够。', '+ 三是担当不够。', `  ${lines[5]}`]);
  // Unchanged paragraphs far from any fix are not printed.
  expect(r.out).not.toContain(lines[16]);
});

test('--fix-preview lists the fixes in document order, whatever rule made them', async () => {
  // A numbering slip, a formulation, a numbering slip again and another formulation, in that order.
  const mixed = completeLines();
  mixed[3] = '三是落实“一岗两责”不到位。';
  mixed.splice(4, 0, '四是做到“两种维护”还有差距。');
  const r = await run(file('mixed.txt', mixed), '--fix-preview');
  const at = [...r.out.matchAll(/^@@ 第(\d+)行/gm)].map((m) => Number(m[1]));
  expect(at.length).toBeGreaterThanOrEqual(3);
  expect(at).toEqual([...at].sort((a, b) => a - b));
  expect(new Set(r.out.match(/^@@ 第\d+行后? \S+/gm)!.map((t) => t.split(' ')[2].slice(0, 2))).size).toBeGreaterThan(1);
});

test('--fix-preview on a material with nothing to fix says so', async () => {
  const r = await run(file('plain.txt', ['这是一段没有结构的文字。']), '--fix-preview');
  expect(r.out).toContain('没有可以自动修改的问题');
});

describe('--fix-preview on plain text (.txt, .md): heading styles mean nothing there', () => {
  // Aspect 2 missing (an inserted heading with a level), aspect headings typed.
  const missing = completeLines().filter((_, i) => i !== 4 && i !== 5);
  test.each([
    ['.txt', 'missing.txt'],
    ['.md', 'missing.md'],
  ])('%s: inserted headings shown as text without 〔标题 N〕, one line says why', async (_ext, name) => {
    const r = await run(file(name, missing), '--fix-preview');
    expect(r.code).not.toBe(2);
    expect(r.out).toContain('插入“（二）带头牢记');
    expect(r.out).toContain('+ （二）带头牢记我们党是什么、要干什么这个根本问题方面');
    expect(r.out).not.toMatch(/〔标题/);
    expect(r.out.match(/纯文本文件没有标题样式/g)).toHaveLength(1);
  });

  test('a .docx preview still shows the heading level of what it inserts', async () => {
    const { makeDocx } = await import('./support/docx-writer');
    const body = missing.map((text) => ({ text, ...(/^[一二三]、/.test(text) ? { style: '1' } : /^（[一二三四五]）/.test(text) ? { style: '2' } : {}) }));
    const r = await run(temp.file('missing.docx', Buffer.from(await makeDocx({ body }))), '--fix-preview');
    expect(r.out).toMatch(/\+ 〔标题 2〕（二）带头牢记/);
    expect(r.out).not.toContain('纯文本文件没有标题样式');
  });
});
