/**
 * A material's sign-off (its writer's name or unit and the date, at the end) belongs to no entry
 * (outline.ts signOffStart): the last measure's text ends above it, so its date is no deadline,
 * and new measures and parts go above it. Found by a new-user trial: "刘芳　2026年1月18日" made the
 * last, vague measure read as 具体（18日）.
 */
import { analyze } from '../../src/engine';
import { readText } from '../../src/engine/readers/text';
import { signOffStart } from '../../src/engine/outline';
import type { Paragraph } from '../../src/engine/types';
import { completeLines } from '../support/docs';

const VAGUE = '（三）加强村级监督。进一步加强对村干部的监督管理。';
const lines = (...tail: string[]) => [...completeLines(), VAGUE, ...tail];
const paras = (ls: string[]): Paragraph[] => ls.map((text, index) => ({ index, text }));

describe('signOffStart', () => {
  const n = completeLines().length + 1;
  test.each([
    ['name and date on one line', ['刘芳　2026年1月18日'], n],
    ['the date alone', ['2026年1月18日'], n],
    ['a unit above the date', ['中共XX镇委员会领导班子', '2026年1月18日'], n],
    ['a name and a unit above the date', ['刘芳', 'XX县财政局', '2026年1月18日'], n],
    ['a date in Chinese numerals', ['刘芳', '二〇二六年一月十八日'], n],
    ['a date with dots', ['刘芳 2026.1.18'], n],
    ['a date with dashes, blank lines after it', ['刘芳', '2026-01-18', '', ''], n],
    ['posts joined by 、 and a name above the date', ['XX市农业农村局党组书记、局长 张某某', '2025年12月15日'], n],
    ['a unit, then posts and a name', ['中共XX县委员会', '县委常委、组织部部长　王某', '2025年12月15日'], n],
    ['posts, name and date on one line', ['党组书记、局长张某某　2025年12月15日'], n],
    // Dated by the month alone, as many 班子 materials are.
    ['a unit above a month', ['中共某县农业农村局党组', '2026年1月'], n],
    ['a month alone', ['2026年1月'], n],
    ['a month in Chinese numerals', ['刘芳', '二〇二六年一月'], n],
    ['a month with 份', ['XX县财政局', '2026年1月份'], n],
    ['a month with a dot', ['刘芳', '2026.1'], n],
    // Anonymised and labelled signatures (trial 19: "中共××县委常委会", "×××", "对照检查人：×××").
    ['a unit anonymised with ××', ['中共××县委常委会', '2025年1月10日'], n],
    ['a name of ××× alone', ['×××', '2025年12月28日'], n],
    ['a name of ＊＊＊ and a unit of ○○', ['○○镇党委', '＊＊＊', '2025年12月28日'], n],
    ['a labelled name', ['对照检查人：张三', '2021年12月20日'], n],
    ['a labelled ×××', ['对照检查人：×××', '2021年12月20日'], n],
    ['a speaker labelled, then a unit', ['发言人：李四', '××县审计局', '2026年1月'], n],
    ['a labelled name and the date on one line', ['对照检查人：张三　2026年1月18日'], n],
    ['a signature label with a space', ['签名： ×××', '2026年1月18日'], n],
    // Other signers' labels, as 组织生活会 and 个人 materials write them (t23: 对照人：赵×× was read
    // as part of the last measure and filled its 责任人 cell).
    ['对照人', ['对照人：赵××', '2025年1月15日'], n],
    ['党员', ['党员：李四', '2025年1月15日'], n],
    ['检视剖析人', ['检视剖析人：王五', '2025年1月15日'], n],
    ['查摆人 and the date on one line', ['查摆人：赵六　2025年1月15日'], n],
    // A skeleton's date still to be written (t22: the stub measure was offered after the signature).
    ['a date of ××', ['对照检查人：×××', '××××年××月××日'], n],
    ['a date of 20XX', ['张三', '20XX年X月X日'], n],
    ['a blank date', ['对照检查人：', '　　　　年　　月　　日'], n],
    ['a date of ×× after the name on one line', ['×××　××××年××月××日'], n],
  ])('%s: the sign-off starts after the last measure', (_name, tail, start) => {
    expect(signOffStart(paras(lines(...(tail as string[]))))).toBe(start);
  });

  test.each([
    ['no sign-off', []],
    ['a measure ending with its deadline', ['（四）整改台账销号管理，2026年6月30日']],
    ['a numbered line that is a date', ['4. 2026年1月18日']],
    ['a sentence with a date', ['本人将于2026年1月18日前完成整改。']],
    ['a labelled line', ['完成时限：2026年6月30日']],
    ['an owner labelled', ['责任人：张三 2026年6月30日']],
    ['a month after words', ['完成时限2026年6月']],
    ['a deadline by month', ['2026年6月底前']],
    ['a deadline labelled with ××', ['完成时限：××××年6月30日']],
    ['a deadline still to be written', ['完成时限：××××年××月××日']],
    ['a measure with a date still to be written', ['（四）完成整改，××年××月××日']],
    // Digits before the date: a measure's count and its deadline, no sign-off (the pattern's \\d
    // was once the letter d, so these were read as a date line).
    ['a count, then the date', ['（四）完成3项整改 2026年6月30日']],
    ['a numbered measure with its deadline', ['5 推进2个项目 2026年6月30日']],
  ])('%s: none', (_name, tail) => {
    const ps = paras(lines(...(tail as string[])));
    expect(signOffStart(ps)).toBe(ps.length);
  });

  test('a date in a table cell is none', () => {
    const ps = paras(lines('2026年1月18日'));
    ps[ps.length - 1] = { ...ps[ps.length - 1], inTable: true, cell: { table: 0, row: 1, column: 2 } };
    expect(signOffStart(ps)).toBe(ps.length);
  });

  test('a sentence listing things with 、 above the date stays the last measure’s', () => {
    const ps = paras(lines('严格落实学习、调研、督查制度。', '2026年1月18日'));
    expect(signOffStart(ps)).toBe(ps.length - 1);
  });

  test('a measure’s owner labelled above the date is no signature: only the date is the sign-off', () => {
    const ps = paras(lines('责任人：张三', '2026年6月30日'));
    expect(signOffStart(ps)).toBe(ps.length - 1);
  });

  test('a name line two lines above the date belongs to it, a sentence above it does not', () => {
    const ps = paras(lines('以上对照检查，不妥之处，请同志们批评指正。', '刘芳', '2026年1月18日'));
    expect(signOffStart(ps)).toBe(ps.length - 2);
  });
});

describe('the sign-off in a check', () => {
  test.each([
    ['name and date on one line', ['刘芳　2026年1月18日']],
    ['a unit above the date', ['XX镇党委班子', '2026年1月18日']],
    ['a name above a date with dots', ['刘芳', '2026.1.18']],
    ['posts joined by 、 and a name above the date', ['XX市农业农村局党组书记、局长 张某某', '2025年12月15日']],
  ])('%s: the last measure stays vague, and its text ends above the sign-off', (_name, tail) => {
    const ls = lines(...tail);
    const a = analyze({ paragraphs: readText(ls.join('\n')), source: 'text' });
    const last = a.outline.measures[a.outline.measures.length - 1];
    expect(last.heading).toContain('加强村级监督');
    expect(last.body).not.toMatch(/2025|2026|刘芳|党委|张某某/);
    const vague = a.findings.filter((f) => f.rule === 'vague-measure');
    expect(vague.map((f) => f.paragraph)).toContain(completeLines().length);
  });

  test.each([
    ['a name', ['刘芳', '2026年1月18日']],
    ['posts joined by 、 and a name', ['XX市农业农村局党组书记、局长 张某某', '2025年12月15日']],
    ['a labelled name', ['对照检查人：张三', '2021年12月20日']],
    ['a labelled ×××', ['对照检查人：×××', '2021年12月20日']],
    ['a unit anonymised with ××', ['中共××县委常委会', '2025年1月10日']],
  ])('a stub measure for an unanswered problem goes above the sign-off: %s', (_name, tail) => {
    const ls = lines(...tail);
    const a = analyze({ paragraphs: readText(ls.join('\n')), source: 'text' });
    const stubs = a.findings.filter((f) => f.rule === 'uncovered-problem' && f.fix);
    expect(stubs.length).toBeGreaterThan(0);
    for (const f of stubs) {
      for (const e of f.fix!.edits) expect(e.paragraph).toBeLessThan(completeLines().length + 1);
    }
  });
});

test.each([
  ['the unit and the month', ['中共某县农业农村局党组', '2026年1月']],
  ['an anonymised unit and the date', ['中共××县委常委会', '2025年1月10日']],
  ['an anonymised name and the date', ['×××', '2025年12月28日']],
  ['a labelled name and the date', ['对照检查人：×××', '2025年12月28日']],
])('a measures table, then %s: the sign-off is no measure', (_name, signOff) => {
  const cells = [
    ['序号', '存在问题', '整改措施', '责任人', '完成时限'],
    ['1', '理论学习不深', '每月集中学习1次', '党组书记', '长期坚持'],
    ['2', '联系群众不紧', '每季度到村调研不少于3次', '分管副局长', '2026年6月底前'],
  ];
  const before = completeLines().slice(0, completeLines().indexOf('三、整改措施') + 1);
  const ps: Paragraph[] = before.map((text, index) => ({ index, text }));
  cells.forEach((row, r) => row.forEach((text, c) => ps.push({ index: ps.length, text, inTable: true, cell: { table: 0, row: r, column: c } })));
  for (const text of signOff as string[]) ps.push({ index: ps.length, text });
  const a = analyze({ paragraphs: ps, source: 'word' });
  expect(a.outline.measures).toHaveLength(2);
  expect(a.outline.measures.some((m) => m.body.includes((signOff as string[])[0]))).toBe(false);
  expect(a.outline.measures.some((m) => m.body.includes((signOff as string[])[1]))).toBe(false);
  expect(a.findings.filter((f) => f.paragraph >= ps.length - 2 && f.rule !== 'placeholder')).toEqual([]);
});

describe('a skeleton date at the end (t22)', () => {
  test.each([['××××年××月××日'], ['20XX年X月X日'], ['　　年　月　日']])('%s: the last measure (a placeholder) stays one, the new measure goes above the sign-off', (date) => {
    const a = analyze({ paragraphs: readText(lines('（四）……', '', '　　对照检查人：×××', date).join('\n')), source: 'text' });
    expect(a.findings.filter((f) => f.rule === 'vague-measure' || f.rule === 'orphan-measure').map((f) => f.excerpt)).not.toContain('（四）……');
    const start = signOffStart(readText(lines('（四）……', '', '　　对照检查人：×××', date).join('\n')));
    expect(start).toBe(completeLines().length + 3);
  });
});
