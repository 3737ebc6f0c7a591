/**
 * A measures table (整改清单): a row's problem cell says which problem it answers, and counts for
 * that link, but an institution or a concept named only there is not one the row's measure names
 * (link.ts ownProfiles). A trial's table linked "“三会一课”制度落实有差距" to a row "严格执行民主生活会
 * 制度…" through the row's problem cell "党内政治生活质量不高"; the same material as text had it unanswered.
 */
import { analyze } from '../../src/engine';
import type { Paragraph } from '../../src/engine/types';

const HEAD = ['序号', '问题', '整改措施', '责任人', '完成时限'];

function material(problems: string[], rows: string[][]) {
  const lines = ['某局党组2025年度民主生活会对照检查材料', '一、存在的主要问题', '（一）在固本培元、增强党性方面', ...problems, '二、原因分析', '一是党性修养有所放松。', '三、整改措施'];
  const ps: Paragraph[] = lines.map((text, index) => ({ index, text }));
  [HEAD, ...rows].forEach((row, r) => row.forEach((text, c) => ps.push({ index: ps.length, text, inTable: true, cell: { table: 0, row: r, column: c } })));
  return analyze({ paragraphs: ps, source: 'word' });
}

const linkOf = (a: ReturnType<typeof analyze>, problem: string) => {
  const uncovered = a.findings.filter((f) => f.rule === 'uncovered-problem').map((f) => f.message);
  return uncovered.some((m) => m.includes(problem)) ? 'unanswered' : 'answered';
};

test.each([
  [
    '三会一课 beside a row on 民主生活会',
    ['一是党内政治生活质量不高，批评辣味不足。', '二是“三会一课”制度落实有差距，支部全年只上党课2次。'],
    [['1', '党内政治生活质量不高', '严格执行民主生活会制度，开展批评和自我批评时必须点问题', '班子成员', '立行立改']],
    '制度落实有差距',
  ],
  [
    '主题党日 beside a row on 谈心谈话',
    ['一是党内政治生活质量不高，批评辣味不足。', '二是主题党日活动形式单一，全年12次有9次是集中读文件。'],
    [['1', '党内政治生活质量不高', '坚持谈心谈话制度，班子成员之间每季度谈心不少于1次', '党组书记', '长期坚持']],
    '主题党日活动形式单一',
  ],
])('%s: the institution named only in the row\'s problem cell answers nothing', (_name, problems, rows, unanswered) => {
  const a = material(problems, rows);
  expect(linkOf(a, unanswered)).toBe('unanswered');
  // The row still answers the problem its problem cell names.
  expect(linkOf(a, '党内政治生活质量不高')).toBe('answered');
});

test('the same institution in the row\'s own measure answers the problem', () => {
  const a = material(['一是“三会一课”制度落实有差距，支部全年只上党课2次。'], [['1', '“三会一课”落实有差距', '严格落实“三会一课”制度，每季度讲党课不少于1次', '支部书记', '6月底前']]);
  expect(linkOf(a, '制度落实有差距')).toBe('answered');
});
