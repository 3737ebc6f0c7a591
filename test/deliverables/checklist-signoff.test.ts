/**
 * The 整改清单 never takes the signer (t23 m07: “对照人：赵××” run into the last measure by the
 * outline filled the 责任人 side; a sign-off date became a 完成时限). The outline's reading of the
 * sign-off is its own fix (src/engine/outline); the checklist leaves a run-in sign-off out.
 */
import { analyze } from '../../src/engine';
import { buildChecklist, withoutSignOff } from '../../src/engine/checklist';
import { readText } from '../../src/engine/readers/text';

describe('withoutSignOff', () => {
  test.each([
    ['after a space', '4、严守工作纪律，杜绝迟到早退。 对照人：赵××', '4、严守工作纪律，杜绝迟到早退。'],
    ['on the next line, with its date', '严守纪律，每月自查1次。\n对照检查人：陈××\n2025年12月28日', '严守纪律，每月自查1次。'],
    ['right after the full stop', '严守纪律，每月自查1次。发言人：张三', '严守纪律，每月自查1次。'],
    ['a full-width colon and spaces', '严守纪律。\n剖析人 ： 李四（签字）', '严守纪律。'],
    ['a date alone on the last line', '严守纪律，每月自查1次。\n2025年1月15日', '严守纪律，每月自查1次。'],
    ['a date in Chinese numerals', '严守纪律。\n二〇二五年一月十五日', '严守纪律。'],
  ])('%s', (_n, text, want) => {
    expect(withoutSignOff(text)).toBe(want);
  });
  test.each([
    ['an owner', '严守纪律（责任人：本人；完成时限：长期坚持）'],
    ['检查人员 in the text', '由检查人员每月抽查1次，2026年6月底前完成。'],
    ['a deadline date inside the sentence', '2025年1月15日前完成自查。'],
    ['only a sign-off (nothing would be left)', '对照人：赵××'],
  ])('kept: %s', (_n, text) => {
    expect(withoutSignOff(text)).toBe(text);
  });
});

test.each([
  ['对照人：赵××', '2025年1月15日'],
  ['对照检查人：陈××', '2025年12月28日'],
  ['发言人：张××', '2026年1月8日'],
])('a material whose sign-off %s runs into its last measure: the row has no owner or date from it', (label, date) => {
  const text = [
    '2024年度组织生活会党员个人对照检查材料',
    '一、存在的问题',
    '1、纪律作风方面：有时上班迟到，今年迟到3次。',
    '2、理论学习方面：学习强国积分今年只有6800分。',
    '二、原因分析',
    '主要是自我要求降低。',
    '三、整改措施',
    '1、加强理论学习，每天学习强国学习不少于30分钟。',
    `2、严守工作纪律，杜绝迟到早退。 ${label}`,
    date,
  ].join('\n');
  const input = { paragraphs: readText(text, 'text'), source: 'text' as const };
  const rows = buildChecklist(analyze(input), input);
  for (const r of rows) {
    expect(r.owner).not.toContain('××');
    expect(r.deadline).not.toContain(date);
    expect(r.measures.join('\n')).not.toContain(label);
  }
  expect(rows.some((r) => r.measures.some((m) => m.includes('杜绝迟到早退')))).toBe(true);
});
