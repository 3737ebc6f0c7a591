/**
 * The readable report says the headings that lack a Word heading style once (t23: a typed-number
 * .docx listed 9–13 of them one by one, each with its fix line, among the findings that matter):
 * one entry at the first, naming every paragraph and which style goes where. The findings
 * themselves stay one a heading (the pane and --fix-preview apply each); one such heading keeps its
 * own line; the run-in headings' finding (no fix) keeps its own entry. Materials written for this test.
 */
import { analyze } from '../../src/engine';
import { formatReport } from '../../src/engine/report';
import type { DocumentInput } from '../../src/engine/types';
import { completeLines, textDoc } from '../support/docs';

const word = (lines: string[]): DocumentInput => ({ ...textDoc(lines), source: 'docx' });
const report = (lines: string[], ruleIds = false) => formatReport(analyze(word(lines)), 'x.docx', { ruleIds });
const styleLines = (lines: string[]) => report(lines).filter((l) => l.includes('标题样式'));

test('every unstyled heading of a typed-number material: one entry listing each paragraph and style', () => {
  const lines = completeLines();
  const a = analyze(word(lines));
  const each = a.findings.filter((f) => f.rule === 'unstyled-heading' && f.fix);
  expect(each.length).toBeGreaterThanOrEqual(4);
  const got = styleLines(lines);
  // The entry and its fix line: nothing else about styles.
  expect(got).toHaveLength(2);
  const [entry, fix] = got;
  expect(entry).toContain(`等 ${each.length} 个标题未使用 Word 标题样式`);
  expect(entry.trim().startsWith(`第${each.map((f) => f.paragraph + 1).join('、')}段 `)).toBe(true);
  // Each style with its paragraphs, parts 标题 1 and aspects 标题 2.
  for (const level of [1, 2]) {
    const at = each.filter((f) => f.fix!.edits[0].style === level).map((f) => f.paragraph + 1);
    expect(at.length).toBeGreaterThan(0);
    expect(fix).toContain(`第${at.join('、')}段设为“标题 ${level}”`);
  }
  // The findings themselves are unchanged: one a heading, each with its own fix.
  expect(each.every((f) => f.fix!.edits.length === 1)).toBe(true);
});

test('with rule ids the entry names the rule once', () => {
  const got = report(completeLines(), true).filter((l) => l.includes('[unstyled-heading]'));
  expect(got).toHaveLength(1);
});

test('one unstyled heading keeps its own line and fix', () => {
  // Only one heading is read as such: a material of a part heading and its items.
  const lines = ['二、存在的主要问题', '一是理论学习不够深入，比如全年读原著不到5本。', '二是调查研究不够，比如全年下基层只有3次。'];
  const a = analyze(word(lines));
  const each = a.findings.filter((f) => f.rule === 'unstyled-heading' && f.fix);
  expect(each).toHaveLength(1);
  const got = styleLines(lines);
  expect(got[0]).toContain(`第${each[0].paragraph + 1}段 `);
  expect(got[0]).toContain('是标题，但未使用 Word 标题样式');
  expect(got[0]).not.toContain('等 ');
});

test('run-in headings keep their own entry beside the grouped one', () => {
  const lines = completeLines();
  // Aspect 1's heading run into its first item: no fix for it, one finding of its own.
  const i = lines.findIndex((l) => /^（一）带头/.test(l));
  const merged = [...lines.slice(0, i), `${lines[i]}。${lines[i + 1]}`, ...lines.slice(i + 2)];
  const got = styleLines(merged);
  expect(got.filter((l) => l.includes('与正文写在同一段'))).toHaveLength(1);
  expect(got.filter((l) => /等 \d+ 个标题未使用 Word 标题样式，导航窗格中看不到它们/.test(l))).toHaveLength(1);
});

test('plain text has no style entry at all', () => {
  const got = formatReport(analyze(textDoc(completeLines())), 'x.txt').filter((l) => l.includes('标题样式'));
  expect(got).toEqual([]);
});
