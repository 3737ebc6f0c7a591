/**
 * A sign-off with no date below it (t24 m04: "对照人：赵××" right after the 整改清单 table, the
 * material ending there) belongs to no entry either (outline.ts signOffStart): a labelled name, a
 * bare name (anonymised or of a typical shape), a body signing as a whole, after a table or after
 * numbered measures. It was read as a measure: 整改措施“对照人”没有量化的要求, 没有对应前面查摆出的
 * 任何问题, a row of the 整改清单 and a comment. A real last measure stays one. Materials written
 * for this test.
 */
import { analyze } from '../../src/engine';
import { buildChecklist } from '../../src/engine/checklist';
import { readText } from '../../src/engine/readers/text';
import { signOffStart } from '../../src/engine/outline';
import type { DocumentInput, Paragraph } from '../../src/engine/types';
import { completeLines } from '../support/docs';

const paras = (ls: string[]): Paragraph[] => ls.map((text, index) => ({ index, text }));

const SIGN_OFFS: [string, string[]][] = [
  ['对照人 and an anonymised name', ['对照人：赵××']],
  ['对照检查人', ['对照检查人：钱××']],
  ['党员', ['党员：李四']],
  ['检视剖析人 with a space', ['检视剖析人： 孙××']],
  ['a bare anonymised name', ['赵××']],
  ['a bare name of ×××', ['×××']],
  ['a bare name of 某某', ['张某某']],
  ['a bare name of two characters', ['王刚']],
  ['a bare name with a space inside', ['周　洁']],
  ['a compound surname', ['欧阳明']],
  ['a name signed', ['吴××（签字）']],
  ['a post and a name', ['副县长　赵××']],
  ['a county standing committee', ['中共××县委常委会']],
  ['a bureau’s Party group', ['××县财政局党组']],
  ['a town committee’s leading group', ['XX镇党委班子']],
  ['a branch', ['某县审计局机关党支部']],
  ['a body and a labelled name', ['中共××县委常委会', '对照人：赵××']],
  ['a body and a name', ['××局党组', '郑××']],
];

describe('signOffStart with no date', () => {
  const n = completeLines().length;
  test.each(SIGN_OFFS)('%s: the sign-off starts after the last measure', (_name, tail) => {
    expect(signOffStart(paras([...completeLines(), ...tail]))).toBe(n);
    expect(signOffStart(paras([...completeLines(), ...tail, '', '']))).toBe(n);
  });

  test('a date above the name: both are the sign-off', () => {
    expect(signOffStart(paras([...completeLines(), '2026年1月18日', '赵××']))).toBe(n);
  });

  test.each([
    ['a vague measure', '加强改革创新'],
    ['a four-character slogan', '严守纪律规矩'],
    ['a slogan starting with a surname’s character', '高标准'],
    ['another', '常态化'],
    ['a measure naming a branch', '建强基层党支部'],
    ['a measure naming committees', '压实各级党委'],
    ['a measure naming the standing committee', '抓好县委常委会自身建设'],
    ['a measure with quotation marks', '落实“三会一课”制度'],
    ['an owner labelled', '责任人：张三'],
    ['a deadline labelled', '完成时限：长期坚持'],
    ['a numbered body', '（三）××局党组'],
    ['a sentence', '严守纪律，杜绝迟到早退。'],
  ])('%s: no sign-off', (_name, last) => {
    const ps = paras([...completeLines(), last]);
    expect(signOffStart(ps)).toBe(ps.length);
  });

  test('a name in a table cell is none', () => {
    const ps = paras([...completeLines(), '赵××']);
    ps[ps.length - 1] = { ...ps[ps.length - 1], inTable: true, cell: { table: 0, row: 1, column: 3 } };
    expect(signOffStart(ps)).toBe(ps.length);
  });
});

/** A 2024 material whose measures are a 整改清单 table (Word paragraphs), then `tail`. */
function tableMaterial(tail: string[], after: string[] = []): DocumentInput {
  const head = [
    '2024年度民主生活会个人对照检查材料',
    '一、存在的主要问题',
    '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
    '一是请示报告制度执行不严格，比如城市更新项目先干后报。',
    '（二）带头增强党性、严守纪律、砥砺作风方面',
    '一是深入基层不够，全年到分管领域调研只有4次。',
    '二、原因分析',
    '一是党性修养有差距，纪律意识淡薄，对请示报告制度的严肃性认识不足。',
    '三、整改措施',
  ];
  const cells = [
    ['序号', '问题', '整改措施', '责任人', '完成时限'],
    ['1', '请示报告制度执行不严格', '重大事项一律事前书面请示，每季度自查一次', '本人', '2025年3月底前'],
    ['2', '深入基层不够', '每月到分管领域基层调研不少于2次', '本人', '长期坚持'],
  ];
  const ps: Paragraph[] = head.map((text, index) => ({ index, text }));
  cells.forEach((row, r) => row.forEach((text, c) => ps.push({ index: ps.length, text, inTable: true, cell: { table: 0, row: r, column: c } })));
  for (const text of [...after, ...tail]) ps.push({ index: ps.length, text });
  return { paragraphs: ps, source: 'word' };
}

describe('after a 整改清单 table', () => {
  test.each(SIGN_OFFS)('%s: no measure, no finding, no checklist row', (_name, tail) => {
    const input = tableMaterial(tail);
    const a = analyze(input);
    expect(a.outline.measures).toHaveLength(2);
    const first = input.paragraphs.length - tail.length;
    expect(a.findings.filter((f) => f.paragraph >= first && f.rule !== 'placeholder')).toEqual([]);
    const rows = buildChecklist(a, input);
    expect(rows).toHaveLength(2);
    for (const r of rows) for (const t of tail) expect(r.measures.join('\n')).not.toContain(t);
  });

  test.each([['加强改革创新'], ['严守纪律规矩']])('a real last measure after the table stays one: %s', (last) => {
    const input = tableMaterial([], [last]);
    const a = analyze(input);
    expect(a.outline.measures).toHaveLength(3);
    expect(a.findings.some((f) => f.rule === 'vague-measure' && f.paragraph === input.paragraphs.length - 1)).toBe(true);
  });

  test('a real last measure, then the sign-off: the measure stays, the sign-off is none', () => {
    const input = tableMaterial(['对照人：赵××'], ['加强改革创新']);
    const a = analyze(input);
    expect(a.outline.measures).toHaveLength(3);
    expect(a.outline.measures[2].body).toBe('加强改革创新');
  });
});

describe('after numbered measures', () => {
  const material = (tail: string[]) =>
    [
      '2024年度组织生活会党员个人对照检查材料',
      '一、存在的问题',
      '1、纪律作风方面：有时上班迟到，今年迟到3次。',
      '2、理论学习方面：学习强国积分今年只有6800分。',
      '二、原因分析',
      '主要是自我要求降低。',
      '三、整改措施',
      '1、加强理论学习，每天学习强国学习不少于30分钟。',
      '2、严守工作纪律，杜绝迟到早退。',
      ...tail,
    ].join('\n');

  test.each(SIGN_OFFS)('%s: the last measure’s text ends above it, its row takes nothing from it', (_name, tail) => {
    const input = { paragraphs: readText(material(tail), 'text'), source: 'text' as const };
    const a = analyze(input);
    expect(a.outline.measures).toHaveLength(2);
    expect(a.outline.measures[1].body).toBe('2、严守工作纪律，杜绝迟到早退。');
    for (const r of buildChecklist(a, input)) {
      for (const t of tail) expect(r.measures.join('\n')).not.toContain(t);
      expect(r.owner).toBe('');
    }
  });
});
