/**
 * cause-dimensions reads the dimensions from the causes' whole text, so the same causes give the
 * same answer whatever their layout. A trial's 2025 material wrote its four causes as one paragraph
 * joined with ；, a Word list item (理想信念有所弱化…；宗旨意识有所淡化…；纪律规矩意识松懈…；管党治党
 *责任压得不实…), and was told its causes touched only 思想 and 政治 — the first clause — while the
 * same text written 一是…四是 drew nothing. Materials written for this test.
 */
import { analyze } from '../../src/engine';
import type { DocumentInput } from '../../src/engine/types';
import { textDoc, wordDoc } from '../support/docs';

const HEAD = ['某局党组2025年度民主生活会个人对照检查材料', '一、存在的主要问题', '理论学习不够深入，比如全年只参加集中学习8次。'];
const TAIL = ['三、整改措施', '每月集中学习不少于2次，2026年底前完成。'];

/** Four causes, each a clause that names its dimension and a clause that says how it shows. */
const FOUR = [
  ['理想信念有所弱化', '政治理论学习满足于完成任务'],
  ['宗旨意识有所淡化', '对群众急难愁盼感受不深'],
  ['纪律规矩意识松懈', '认为工作餐是小事'],
  ['党性修养有所放松', '参加支部组织生活不够经常'],
];
/** Two dimensions only (思想、纪律), the rest circumstances. */
const TWO = [
  ['理想信念有所弱化', '理论学习满足于完成任务'],
  ['工作任务重', '精力比较分散'],
  ['纪律规矩意识松懈', '认为工作餐是小事'],
];

const CN = ['一', '二', '三', '四', '五'];

/** The same causes in the layouts writers use. */
const LAYOUTS: [string, (causes: string[][]) => DocumentInput][] = [
  ['one paragraph joined with ；', (cs) => textDoc([...HEAD, '二、原因分析', cs.map(([a, b]) => `${a}，${b}`).join('；') + '。', ...TAIL])],
  ['one paragraph 一是…四是', (cs) => textDoc([...HEAD, '二、原因分析', cs.map(([a, b], i) => `${CN[i]}是${a}，${b}。`).join(''), ...TAIL])],
  ['a paragraph each 一是…', (cs) => textDoc([...HEAD, '二、原因分析', ...cs.map(([a, b], i) => `${CN[i]}是${a}，${b}。`), ...TAIL])],
  ['（一）… with the dimension in the body', (cs) => textDoc([...HEAD, '二、原因分析', ...cs.map(([a, b], i) => `（${CN[i]}）自我要求不够严格。${a}，${b}。`), ...TAIL])],
  ['unnumbered paragraphs, the dimension in the second sentence', (cs) => textDoc([...HEAD, '二、原因分析', ...cs.map(([a, b]) => `反思起来，原因在自身。${a}，${b}。`), ...TAIL])],
  [
    'one Word list item joined with ；',
    (cs) =>
      wordDoc([
        ...HEAD.map((text) => ({ text })),
        { text: '二、原因分析' },
        { text: cs.map(([a, b]) => `${a}，${b}`).join('；') + '。', listString: '1.' },
        ...TAIL.map((text) => ({ text })),
      ]),
  ],
];

const finding = (doc: DocumentInput) => analyze(doc).findings.filter((f) => f.rule === 'cause-dimensions');

test.each(LAYOUTS)('four dimensions, %s: nothing said', (_name, layout) => {
  const doc = layout(FOUR);
  expect(analyze(doc).outline.parts.some((p) => p.role === 'causes')).toBe(true);
  expect(finding(doc)).toEqual([]);
});

test.each(LAYOUTS)('two dimensions, %s: said, with the same two', (_name, layout) => {
  const f = finding(layout(TWO));
  expect(f).toHaveLength(1);
  expect(f[0].message).toContain('只涉及“思想（理想信念）”、“纪律（纪律规矩）”');
});

test('every layout of the same causes gives the same message', () => {
  for (const causes of [FOUR, TWO, FOUR.slice(0, 2), [['工作任务重', '人手少、时间紧'], ['事务性工作多', '精力分散']]]) {
    const messages = new Set(LAYOUTS.map(([, layout]) => JSON.stringify(finding(layout(causes)).map((f) => f.message))));
    expect(messages.size).toBe(1);
  }
});
