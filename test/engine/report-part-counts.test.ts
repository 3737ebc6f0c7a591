/**
 * The report's structure lines count each part's own entries (t23: “✓ 整改措施 第25段 … 9 条措施” and
 * “✓ 整改措施 第31段“整改清单” 9 条措施” — the whole material's count twice). Several parts of one
 * role: measures and a 整改清单 after them, two causes headings; one part: every entry, as before.
 */
import { analyze } from '../../src/engine';
import { formatReport } from '../../src/engine/report';
import { readText } from '../../src/engine/readers/text';
import type { DocumentInput } from '../../src/engine/types';
import { completeLines } from '../support/docs';

const doc = (lines: string[], kind: 'text' | 'markdown' = 'text'): DocumentInput => ({ paragraphs: readText(lines.join('\n'), kind), source: kind });
const structure = (input: DocumentInput) => formatReport(analyze(input), 'x.txt').filter((l) => /^\s+✓ (原因分析|整改措施)/.test(l));
const count = (l: string) => Number(/(\d+) 条(措施|原因)/.exec(l)?.[1]);

test.each([
  [
    'measures, then a 整改清单 table',
    [...completeLines(), '整改清单', '| 序号 | 问题 | 整改措施 | 责任人 | 完成时限 |', '|---|---|---|---|---|', '| 1 | 理论学习不深 | 每月集中学习2次 | 本人 | 长期坚持 |', '| 2 | 调研不够 | 每季度调研1次 | 本人 | 2026年6月底前 |', '| 3 | 作风不实 | 每月开展1次作风检查 | 办公室 | 长期坚持 |'],
    'markdown',
    [2, 3],
  ],
  ['one measures part', completeLines(), 'text', [2]],
  ['measures, then a 整改清单 of numbered lines', [...completeLines(), '四、整改清单', '1.每月集中学习2次，本人负责。', '2.每季度调研1次，2026年6月底前完成。', '3.每月开展1次作风检查。', '4.年底前走访20户。'], 'text', [2, 4]],
])('%s: each measures line counts its own', (_name, lines, kind, counts) => {
  const got = structure(doc(lines as string[], kind as 'text' | 'markdown')).filter((l) => l.includes('整改措施'));
  expect(got.map(count)).toEqual(counts);
  const a = analyze(doc(lines as string[], kind as 'text' | 'markdown'));
  expect(got.map(count).reduce((n, c) => n + c, 0)).toBe(a.outline.measures.length);
});

// A year with no template yet has no aspects to be outside of: its sections are the writer's own
// (t23: every aspect of a 2026年度 material was listed as 模板外).
test('a material of a year with no template lists its sections as 小节, not 模板外', () => {
  const lines = ['某区区长2026年度民主生活会个人对照检查材料', '一、存在的主要问题', '（一）在政治能力方面', '一是学习不深，比如全年只读了2本原著。', '（二）在作风建设方面', '一是调研不够，比如全年调研仅3次。', '二、原因分析', '（一）理想信念有所松懈，对理论学习的重要性认识不足，满足于读文件。', '三、整改措施', '（一）每月集中学习2次。'];
  const a = analyze(doc(lines));
  expect(a.template.aspects).toEqual([]);
  const report = formatReport(a, 'x.txt');
  expect(report.filter((l) => l.includes('· 小节：'))).toHaveLength(2);
  expect(report.join('\n')).not.toContain('模板外');
});

test('a section outside a year\'s aspects is still 模板外', () => {
  const lines = completeLines();
  const at = lines.indexOf('二、原因分析');
  const a = analyze(doc([...lines.slice(0, at), '（六）其他方面', '一是档案管理不规范，比如3卷档案缺页。', ...lines.slice(at)]));
  expect(formatReport(a, 'x.txt').some((l) => l.includes('· 模板外：'))).toBe(true);
});
