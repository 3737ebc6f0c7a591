/**
 * The problems part's label written run-in, like 原因分析：… and 整改措施：… ("存在的主要问题：一是…。
 * 二是…。"). A newcomer trial (t27 #2) found it unread: 缺少“存在的主要问题”部分, exit 1, and a fix
 * inserting an empty skeleton. outline.ts runInPartLabel (RUN_IN_PROBLEMS).
 */
import { analyze } from '../../src/engine';
import { textDoc } from '../support/docs';

const TITLE = '2022年度民主生活会个人对照检查材料';
const CAUSES = '原因分析：理想信念有所弱化，党性修养有所放松，对自己要求不严，纪律意识淡薄。';
const MEASURES = '整改措施：一是每月自学不少于4次，年底前完成。二是每季度下基层不少于2次。';

test.each([
  ['存在的主要问题：', '存在的主要问题：一是学习不深入，全年自学仅8次。二是下基层少，全年仅去过2次。'],
  ['存在的问题：', '存在的问题：一是学习不深入，全年自学仅8次。二是下基层少，全年仅去过2次。'],
  ['查摆的问题：', '查摆的问题：一是学习不深入，全年自学仅8次。二是下基层少，全年仅去过2次。'],
  ['主要问题：', '主要问题：一是学习不深入，全年自学仅8次。二是下基层少，全年仅去过2次。'],
  ['问题查摆：', '问题查摆：一是学习不深入，全年自学仅8次。二是下基层少，全年仅去过2次。'],
  ['ASCII colon', '存在的主要问题:一是学习不深入，全年自学仅8次。二是下基层少，全年仅去过2次。'],
])('run-in %s: the problems part is read with its inline items', (_name, line) => {
  const a = analyze(textDoc([TITLE, line, CAUSES, MEASURES]));
  expect(a.findings.filter((f) => f.rule === 'missing-part')).toEqual([]);
  const problems = a.outline.parts.filter((p) => p.role === 'problems');
  expect(problems).toHaveLength(1);
  expect(problems[0].node.paragraph).toBe(1);
  // No skeleton inserted: the one finding on the part is that it is not divided into aspects.
  expect(a.findings.filter((f) => f.fix?.edits.some((e) => e.newParagraphAfter))).toEqual([]);
});

test('the label on its own line still heads the part', () => {
  const a = analyze(textDoc([TITLE, '存在的主要问题：', '一是学习不深入，全年自学仅8次。', '二是下基层少。', CAUSES, MEASURES]));
  expect(a.findings.filter((f) => f.rule === 'missing-part')).toEqual([]);
});

test('a bare 问题： field repeated under each aspect is no part', () => {
  const a = analyze(textDoc([TITLE, '一、存在的主要问题', '（一）在理论学习方面', '问题：学习不深入。', '（二）在作风方面', '问题：下基层少。', '二、原因分析', '理想信念有所弱化。', '三、整改措施', '每月自学不少于4次。']));
  expect(a.outline.parts.filter((p) => p.role === 'problems').map((p) => p.node.paragraph)).toEqual([1]);
});
