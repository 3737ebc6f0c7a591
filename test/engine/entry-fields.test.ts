/**
 * Numbered entries written as labelled fields ("1.问题：…原因：…措施：…", "（一）问题：… / 原因：… /
 * 整改措施：…"): each field is that entry's problem, cause or measure (outline.ts entryFields).
 */
import { analyze } from '../../src/engine';
import { textDoc } from '../support/docs';

const ENTRIES: [string, string, string][] = [
  ['理论学习不够深入。比如，全年只读原著2本。', '对理论学习重要性认识不足。', '每月自学原著1本，年底前完成。'],
  ['党员意识有所淡化。比如，参加主题党日迟到2次。', '党性锻炼有所放松。', '全年参加主题党日12次，每次提前10分钟到场。'],
  ['服务群众不够主动。比如，群众咨询答复不准确3次。', '宗旨意识淡化。', '年底前参加业务培训2次，每季度走访群众1次。'],
];
const HEAD = ['2024年度组织生活会个人对照检查材料', '一、对照检查情况'];

const SHAPES: [string, string[]][] = [
  ['one paragraph an entry, under aspects', [...HEAD, ...ENTRIES.flatMap(([p, c, m], i) => [`（${'一二三'[i]}）${['政治信仰', '党员意识', '作用发挥'][i]}方面`, `1.问题：${p}原因：${c}措施：${m}`])]],
  ['a line a field, under aspects', [...HEAD, ...ENTRIES.flatMap(([p, c, m], i) => [`（${'一二三'[i]}）${['政治信仰', '党员意识', '作用发挥'][i]}方面`, `${i + 1}.问题：${p}`, `原因：${c}`, `整改措施：${m}`])]],
  ['（一）问题： entries with no aspects', [...HEAD, ...ENTRIES.flatMap(([p, c, m], i) => [`（${'一二三'[i]}）问题：${p}`, `原因：${c}`, `整改措施：${m}`])]],
  ['1. entries with no aspects, fields in one paragraph', [...HEAD, ...ENTRIES.map(([p, c, m], i) => `${i + 1}.存在问题：${p}产生原因：${c}整改措施：${m}`)]],
];

describe.each(SHAPES)('%s', (_name, lines) => {
  const a = analyze(textDoc(lines));
  const problems = a.outline.aspects.flatMap((x) => x.problems);
  test('the problems are the 问题 fields, without their label or the other fields', () => {
    expect(problems.map((p) => p.body.replace(/\n/g, ''))).toEqual(ENTRIES.map(([p]) => p));
  });
  test('the causes and the measures are the 原因 and 措施 fields', () => {
    expect(a.outline.causes.map((c) => c.body)).toEqual(ENTRIES.map(([, c]) => c));
    expect(a.outline.measures.map((m) => m.body)).toEqual(ENTRIES.map(([, , m]) => m));
  });
  test('where each field is: the paragraph and offset of its text', () => {
    for (const n of [...problems, ...a.outline.causes, ...a.outline.measures]) {
      const first = n.body.split('\n')[0];
      expect(lines[n.paragraph].slice(n.offset, n.offset + first.length)).toBe(first);
    }
  });
  test('every problem is answered; no part is missing', () => {
    const rules = a.findings.map((f) => f.rule);
    expect(rules).not.toContain('uncovered-problem');
    expect(rules).not.toContain('missing-part');
    expect(rules).not.toContain('orphan-measure');
  });
});
