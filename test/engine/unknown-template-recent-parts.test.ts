/**
 * unknown-template in a year with no template yet: the parts the two latest years' notices both
 * required (反面典型案例剖析 in 2024年度 and 2025年度) are named when the material lacks them — a trial's
 * December 2026 materials without a case part got no word of it. The new notice decides, so it is
 * a note on the one finding, not an error. And in a copy for the writer the note stays while the
 * instruction is said in the document's words.
 */
import { analyze } from '../../src/engine';
import { findingComments } from '../../src/engine/deliverables/comments';
import { IMPORT_NOTICE_HOW, inWordsOf } from '../../src/engine/messages';
import { textDoc } from '../support/docs';

const PROBLEMS = ['一、存在的主要问题', '（一）在学习贯彻全会精神方面', '一是学习不够深入。比如全年只读了两本原著。', '（二）在为基层减负方面', '一是检查考核偏多。比如全年督查17次。'];
const REST = ['原因分析', '理想信念有所松懈。', '整改措施', '（一）每月集中学习2次，年底前完成。'];
const CASE = ['反面典型案例剖析', '对照某县原县长严重违纪违法案，本人在落实八项规定上还有差距，比如有2次公务接待超标准。'];

const unknownMessage = (lines: string[]) => analyze(textDoc(lines)).findings.find((f) => f.rule === 'unknown-template')?.message;

test.each([
  ['a 班子 material', '某县委常委班子2026年度民主生活会对照检查材料'],
  ['a 个人 material', '张三同志2026年度民主生活会个人对照检查材料'],
  ['a 2027年度 material', '某局党组2027年度民主生活会对照检查材料'],
])('%s with no case part: the note names the part and the two years', (_name, title) => {
  const m = unknownMessage([title, ...PROBLEMS, ...REST]);
  expect(m).toContain('“反面典型案例剖析”');
  expect(m).toContain('2024年度、2025年度');
  expect(m).toContain('以当年通知为准');
});

test.each([
  ['with its case part', ['某县委常委班子2026年度民主生活会对照检查材料', ...PROBLEMS, ...CASE, ...REST]],
  ['a 组织生活会 material (no two earlier templates ask for a case)', ['2026年度组织生活会党员个人对照检查材料', ...PROBLEMS, ...REST]],
  ['a 2019年度 material (no two years before it)', ['2019年度民主生活会对照检查材料', ...PROBLEMS, ...REST]],
])('%s: no note', (_name, lines) => {
  const m = unknownMessage(lines);
  expect(m).toBeDefined();
  expect(m).not.toContain('反面典型案例剖析');
});

test('in the writer\'s copy the instruction is the document\'s and the note stays', () => {
  const lines = ['某县委常委班子2026年度民主生活会对照检查材料', ...PROBLEMS, ...REST];
  const a = analyze(textDoc(lines));
  const f = a.findings.find((x) => x.rule === 'unknown-template')!;
  expect(f.message).toContain(IMPORT_NOTICE_HOW.cli);
  const copy = findingComments([f], textDoc(lines).paragraphs, { surface: 'document' })[0].lines.join('\n');
  expect(copy).toContain(IMPORT_NOTICE_HOW.document);
  expect(copy).not.toContain('duizhao');
  expect(copy).toContain('反面典型案例剖析');
  expect(inWordsOf('前文。' + IMPORT_NOTICE_HOW.pane + '后文。', 'pane', 'document')).toBe('前文。' + IMPORT_NOTICE_HOW.document + '后文。');
});
