/**
 * Aspects written as unnumbered sentences opening with 在…方面， under a problems label ("存在的主要问题："
 * then "在带头深刻感悟“两个确立”的决定性意义方面，学习不深不透。"; several in one paragraph, or run in
 * after the label). A newcomer trial (t27 #6) found all five aspects reported missing. outline.ts
 * topicSentences; report.ts lists them under their part.
 */
import { analyze } from '../../src/engine';
import { textDoc } from '../support/docs';
import { formatReport } from '../../src/engine/report';
import { readText } from '../../src/engine/readers/text';
import type { DocumentInput } from '../../src/engine/types';

const TITLE = '党史学习教育专题民主生活会对照检查材料';
const A1 = '在带头深刻感悟“两个确立”的决定性意义方面，学习不深不透，对“四个自信”理解停留在字面。';
const A2 = '在带头牢记党是什么、要干什么方面，落实决策部署打折扣，比如有2项任务拖期。';
const A3 = '在践行以人民为中心的发展思想方面，为民办实事用力不均。';
const TAIL = ['原因分析：理论学习不够，党性修养不够，宗旨意识淡化，放松了对自己的要求。', '整改措施：一是每月自学不少于4次。二是每季度走访群众不少于2次。'];

const mapped = (lines: string[]) => {
  const a = analyze(textDoc(lines));
  return { a, aspects: a.outline.aspects.filter((x) => x.aspect !== null).map((x) => x.aspect) };
};

test.each([
  ['one sentence under a label on its own line', [TITLE, '存在的主要问题：', A1, ...TAIL], [1]],
  ['three sentences in one paragraph', [TITLE, '存在的主要问题：', A1 + A2 + A3, ...TAIL], [1, 2, 3]],
  ['three sentences run in after the label', [TITLE, '存在的主要问题：' + A1 + A2 + A3, ...TAIL], [1, 2, 3]],
  ['a paragraph each, one without 带头', [TITLE, '存在的主要问题：', A1, A2, A3, ...TAIL], [1, 2, 3]],
  ['under a numbered heading', [TITLE, '一、存在的主要问题', A1 + A2, '二、原因分析', '理论学习不够，党性修养不够，宗旨意识淡化。', '三、整改措施', '一是每月自学不少于4次。'], [1, 2]],
])('%s: the aspects are read', (_name, lines, expected) => {
  const { a, aspects } = mapped(lines as string[]);
  expect(aspects).toEqual(expected);
  const missing = a.findings.filter((f) => f.rule === 'missing-aspect').map((f) => f.message);
  expect(missing).toHaveLength(5 - (expected as number[]).length);
  // Each aspect's problem is the text after its 方面，, at its own offset.
  const first = a.outline.aspects[0].problems[0];
  expect(first.body.startsWith('学习不深不透')).toBe(true);
});

test('the structure report lists them under the part', () => {
  const { a } = mapped([TITLE, '存在的主要问题：', A1 + A2, ...TAIL]);
  expect(a.outline.aspects.map((x) => x.node.heading.slice(0, 6))).toEqual(['在带头深刻感', '在带头牢记党']);
});

test('a 在…方面 clause inside a sentence is no aspect', () => {
  const { aspects } = mapped([TITLE, '存在的主要问题：', '一是学习不深，在理论学习方面，投入时间少。二是下基层少，全年仅去过2次。', ...TAIL]);
  expect(aspects).toEqual([]);
});

test.each([
  ['several in one paragraph', [TITLE, '存在的主要问题：', A1 + A2, ...TAIL], ['1', '2']],
  ['run in after the label', [TITLE, '存在的主要问题：' + A1 + A2 + A3, ...TAIL], ['1', '2', '3']],
])('the report lists them found under their part: %s', (_name, lines, found) => {
  const input: DocumentInput = { paragraphs: readText((lines as string[]).join('\n'), 'text'), source: 'text' };
  const report = formatReport(analyze(input), 'x.txt');
  expect(report.filter((l) => /^\s+✓ 方面/.test(l)).map((l) => /方面(\d)/.exec(l)![1])).toEqual(found);
});

test('a flood of 在…方面 sentences is no list of aspects (bounded work)', () => {
  const { aspects } = mapped([TITLE, '存在的主要问题：', (A1 + A2).repeat(200), ...TAIL]);
  expect(aspects).toEqual([]);
});
