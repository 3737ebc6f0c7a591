/**
 * A 整改清单 table written after numbered measures ((一)…(三), then the table — also the table the
 * pane inserts after the 整改措施 part): its rows are measures of their own, a row whose 整改措施 cell
 * is blank answers nothing, and the last numbered measure keeps only its own text (the table's 问题
 * cells made it answer every problem). Materials written for this test.
 */
import { analyze } from '../../src/engine';
import { buildChecklist } from '../../src/engine/checklist';
import { completeLines, textDoc } from '../support/docs';

const HEAD = completeLines().slice(0, 16); // up to the 整改措施 heading
const TABLE = [
  '| 序号 | 存在问题 | 整改措施 | 责任人 | 完成时限 |',
  '| --- | --- | --- | --- | --- |',
  '| 1 | 理论学习不深 | 每月集中学习原著2次 | 张三 | 长期坚持 |',
  '| 2 | 斗争精神不足，防范化解风险能力不强 |  |  |  |',
];

test.each([
  ['（一）… measures, then the table', ['（一）强化宗旨意识，年底前走访群众20户。', '（二）增强党性修养，每季度开展1次党性分析。']],
  ['one-a-line 一是… measures, then the table', ['一是强化宗旨意识，年底前走访群众20户。', '二是增强党性修养，每季度开展1次党性分析。']],
  ['（一） headings with items under them, then the table', ['（一）强化宗旨意识', '1.年底前走访群众20户。', '（二）增强党性修养', '1.每季度开展1次党性分析。']],
])('%s', (_shape, measures) => {
  const input = textDoc([...HEAD, ...measures, ...TABLE]);
  const a = analyze(input);
  const heads = a.outline.measures.map((m) => m.heading);
  // The table's filled row is a measure; its blank row is none.
  expect(heads.some((h) => h.includes('每月集中学习原著2次'))).toBe(true);
  expect(a.outline.measures.some((m) => m.body.includes('斗争精神不足') && !m.body.includes('每月'))).toBe(false);
  // The last numbered measure holds none of the table.
  const lastNumbered = a.outline.measures.filter((m) => !input.paragraphs[m.paragraph].cell).pop()!;
  expect(lastNumbered.body).not.toMatch(/序号|存在问题|理论学习不深|斗争精神/);
  // The problem whose row has no measure is unanswered.
  const unanswered = a.findings.filter((f) => f.rule === 'uncovered-problem').map((f) => f.message);
  expect(unanswered.some((m) => m.includes('斗争精神不足'))).toBe(true);
  // The checklist lists the row with its own cells.
  const row = buildChecklist(a, input).find((r) => r.measures.includes('每月集中学习原著2次'))!;
  expect(row.owner).toBe('张三');
  expect(row.deadline).toBe('长期坚持');
});

test('a table with no measure column after the measures stays the last measure\'s text', () => {
  const input = textDoc([...HEAD, '（一）强化宗旨意识，年底前走访群众20户。', '| 走访对象 | 户数 |', '| --- | --- |', '| 困难群众 | 20 |']);
  const a = analyze(input);
  expect(a.outline.measures).toHaveLength(1);
  expect(a.outline.measures[0].body).toContain('困难群众');
});

describe('measure lines after the table are measures of their own, beside its rows', () => {
  test.each([
    ['（一）… then the table then （三）（四）', ['（一）强化宗旨意识，年底前走访群众20户。', '（二）增强党性修养，每季度开展1次党性分析。'], ['（三）严守纪律规矩，每半年开展1次廉政谈话。', '（四）狠抓工作落实，6月底前办结全部审批事项。']],
    ['一是… then the table then 三是…', ['一是强化宗旨意识，年底前走访群众20户。', '二是增强党性修养，每季度开展1次党性分析。'], ['三是严守纪律规矩，每半年开展1次廉政谈话。']],
    ['1. then the table then an unnumbered measure line', ['1.强化宗旨意识，年底前走访群众20户。', '2.增强党性修养，每季度开展1次党性分析。'], ['此外，每半年开展1次廉政谈话，6月底前办结全部审批事项。']],
    ['（一） then the table then a measure line and the closing', ['（一）强化宗旨意识，年底前走访群众20户。', '（二）增强党性修养，每季度开展1次党性分析。'], ['同时，每半年开展1次廉政谈话。', '以上对照检查，不妥之处请批评指正。']],
  ])('%s', (_shape, before, after) => {
    const input = textDoc([...HEAD, ...before, ...TABLE, ...after]);
    const a = analyze(input);
    const bodies = a.outline.measures.map((m) => m.body);
    // Each line before the table keeps only its own text.
    for (const line of before) expect(bodies).toContain(line);
    // The table's filled row is a measure, its blank row none.
    expect(bodies.filter((b) => b.startsWith('每月集中学习原著2次'))).toHaveLength(1);
    expect(bodies.some((b) => b.includes('斗争精神不足') && !b.includes('每月'))).toBe(false);
    // Each measure line after the table is a measure of its own, the closing formula none.
    for (const line of after.filter((l) => !l.startsWith('以上'))) expect(bodies).toContain(line);
    expect(bodies.some((b) => b.includes('批评指正'))).toBe(false);
    // In document order: before, the row, after.
    const paras = a.outline.measures.map((m) => m.paragraph);
    expect([...paras].sort((x, y) => x - y)).toEqual(paras);
    expect(a.findings.filter((f) => f.rule === 'uncovered-problem').map((f) => f.message).some((m) => m.includes('斗争精神不足'))).toBe(true);
  });
});
