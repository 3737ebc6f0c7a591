/**
 * A measure heading with nothing under it, where the measures beside it have their text under
 * their headings, is said to be empty (只有标题), not a measure without numbers; measures written
 * one a line stay "没有量化的要求". Several shapes; materials written for this test.
 */
import { analyze } from '../../src/engine';
import { textDoc, wordDoc } from '../support/docs';

const HEAD = [
  '某局党组书记2024年度民主生活会个人对照检查材料',
  '一、存在的主要问题',
  '（一）在带头严守政治纪律和政治规矩方面',
  '一是政治敏锐性不够强。比如对网上舆情研判不及时。',
  '（二）在带头加强党性修养方面',
  '一是宗旨意识有所淡化。比如今年到基层调研仅4次。',
  '二、原因分析',
  '理想信念有所松懈，党性修养有所放松，宗旨意识有所淡化。',
  '三、整改措施',
];

const vague = (lines: string[]) =>
  analyze(textDoc(lines))
    .findings.filter((f) => f.rule === 'vague-measure')
    .map((f) => f.message);

test.each([
  ['（一） headings with a paragraph each, the middle one empty', ['（一）强化政治担当。', '每季度研判1次舆情，3月底前建立台账。', '（二）践行宗旨意识。', '（三）严守纪律规矩。', '每季度开展1次警示教育，3月底前完成自查。'], '践行宗旨意识'],
  ['（一） headings, the last one empty', ['（一）强化政治担当。', '每季度研判1次舆情，3月底前建立台账。', '（二）践行宗旨意识'], '践行宗旨意识'],
  ['1. headings with items under them, one empty', ['1.强化政治担当', '一是每季度研判1次舆情。二是3月底前建立台账。', '2.深入联系群众', '3.严守纪律规矩', '每季度开展1次警示教育。'], '深入联系群众'],
  ['headings with two paragraphs each, one empty', ['（一）强化政治担当', '每季度研判1次舆情。', '3月底前建立台账。', '（二）深入联系群众：', '（三）严守纪律规矩', '每季度开展1次警示教育。'], '深入联系群众'],
])('%s: said to be a heading only', (_shape, measures, name) => {
  const found = vague([...HEAD, ...measures]);
  const mine = found.filter((m) => m.includes(name));
  expect(mine).toHaveLength(1);
  expect(mine[0]).toContain('只有标题');
  expect(found.filter((m) => m.includes('只有标题'))).toHaveLength(1);
});

test.each([
  ['measures one a line, all vague', ['一是加强理论学习。', '二是践行宗旨意识。', '三是严守纪律规矩。']],
  ['（一） measures one a line, none with text below', ['（一）加强理论学习，提高政治能力。', '（二）践行宗旨意识，密切联系群众。']],
  ['a heading with a vague paragraph under it', ['（一）强化政治担当。', '每季度研判1次舆情，3月底前建立台账。', '（二）践行宗旨意识。', '进一步密切联系群众，切实改进作风。']],
])('%s: no heading-only finding, the vague ones said to lack numbers', (_shape, measures) => {
  const found = vague([...HEAD, ...measures]);
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((m) => m.includes('没有量化的要求'))).toBe(true);
});

test('Word heading styles: a styled measure heading with nothing under it', () => {
  const doc = wordDoc([
    ...HEAD.map((text) => ({ text })),
    { text: '强化政治担当', styleName: 'heading 2', headingLevel: 2, listString: '（一）' },
    { text: '每季度研判1次舆情，3月底前建立台账。' },
    { text: '践行宗旨意识', styleName: 'heading 2', headingLevel: 2, listString: '（二）' },
    { text: '严守纪律规矩', styleName: 'heading 2', headingLevel: 2, listString: '（三）' },
    { text: '每季度开展1次警示教育，3月底前完成自查。' },
  ]);
  const found = analyze(doc).findings.filter((f) => f.rule === 'vague-measure').map((f) => f.message);
  expect(found.filter((m) => m.includes('只有标题'))).toEqual([expect.stringContaining('践行宗旨意识')]);
});
