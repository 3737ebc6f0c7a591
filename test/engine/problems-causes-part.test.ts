/**
 * A part heading that names the problems and their causes together ("一、存在的问题及原因分析",
 * "存在问题和产生问题的原因", "问题表现及根源剖析") heads both parts (outline.ts
 * namesProblemsAndCauses): its aspects are the problems, its causes are a section headed so, or
 * each aspect's "原因：" fields, or the "究其原因，…" after each aspect's items. No 缺少“存在的主要问题”
 * or 缺少“原因分析”, and no skeleton fix inserting an empty part.
 */
import { analyze } from '../../src/engine';
import { namesProblemsAndCauses } from '../../src/engine/outline';
import { getTemplate } from '../../src/engine/template';
import { textDoc } from '../support/docs';

const template = getTemplate('five-aspects-2021')!;

describe('namesProblemsAndCauses', () => {
  test.each(['存在的问题及原因分析', '存在问题和产生问题的原因', '问题表现及根源剖析', '存在的主要问题及原因', '查摆的问题与原因剖析'])('%s: both', (h) => {
    expect(namesProblemsAndCauses(h, template)).toBe(true);
  });
  test.each(['存在的主要问题', '原因分析', '原因分析和整改措施', '存在的问题和不足'])('%s: not both', (h) => {
    expect(namesProblemsAndCauses(h, template)).toBe(false);
  });
});

const ASPECTS = [
  ['（一）带头深刻感悟“两个确立”的决定性意义方面', '理论学习不深入。比如，全年集中学习仅8次。', '理想信念有所松懈，对理论学习认识不足。'],
  ['（二）带头牢记我们党是什么、要干什么这个根本问题方面', '落实决策部署打折扣。比如，审批项目进度滞后。', '政绩观有偏差，担当精神弱化。'],
  ['（三）带头践行以人民为中心的发展思想方面', '联系群众不够。比如，全年只到联系点调研2次。', '宗旨意识淡化，为民服务的自觉性不强。'],
  ['（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面', '斗争精神不足。比如，信访积案化解不力。', '党性修养放松，斗争意识不强。'],
  ['（五）带头深刻汲取党史中正反两方面经验方面', '落实一岗双责不到位。比如，对班子成员提醒不及时。', '纪律规矩意识淡化。'],
];
const MEASURES = [
  '二、整改措施',
  '（一）强化理论武装。每月集中学习2次，年底前完成。',
  '（二）狠抓落实。审批项目6月底前全部办结。',
  '（三）密切联系群众。每季度到联系点调研1次。',
  '（四）发扬斗争精神。年底前化解信访积案10件。',
  '（五）落实一岗双责。每半年约谈班子成员1次。',
];
const material = (heading: string, body: string[]) => ['2021年度党史学习教育专题民主生活会对照检查材料', '按照要求，会前征求意见建议12条，现对照检查如下。', heading, ...body, ...MEASURES];

const SHAPES: [string, string, string[], number][] = [
  [
    'a causes section after the aspects',
    '一、存在的问题及原因分析',
    [...ASPECTS.flatMap(([h, p]) => [h, '一是' + p]), '（六）产生问题的原因', '一是理想信念有所松懈。二是宗旨意识淡化。三是党性修养放松。'],
    3,
  ],
  ['原因： fields under each aspect', '一、存在问题和产生问题的原因', ASPECTS.flatMap(([h, p, c]) => [h, '问题：' + p, '原因：' + c]), 5],
  ['究其原因 after each aspect’s items', '一、问题表现及根源剖析', ASPECTS.flatMap(([h, p, c]) => [h, '一是' + p, '究其原因，主要是' + c]), 5],
  ['a cause sentence run on in the item', '一、存在的主要问题及原因', ASPECTS.flatMap(([h, p, c]) => [h, '一是' + p + '原因在于' + c]), 5],
];

describe.each(SHAPES)('%s', (_name, heading, body, causes) => {
  const a = analyze(textDoc(material(heading, body)));
  test('one part is both the problems and the causes', () => {
    const at = a.outline.parts.filter((p) => p.node.paragraph === 2).map((p) => p.role);
    expect(at).toEqual(['problems', 'causes']);
  });
  test('the aspects hold the problems only, the causes are read', () => {
    expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5]);
    expect(a.outline.aspects.map((x) => x.problems.length)).toEqual([1, 1, 1, 1, 1]);
    for (const x of a.outline.aspects) expect(x.problems[0].body).not.toMatch(/原因|问题：/);
    expect(a.outline.causes).toHaveLength(causes);
    for (const c of a.outline.causes) expect(c.body).not.toMatch(/^原因：|^一是.*不深入/);
  });
  test('no missing part, no empty part inserted, no template aspect counted from the causes', () => {
    const rules = a.findings.map((f) => f.rule);
    expect(rules).not.toContain('missing-part');
    expect(rules).not.toContain('missing-aspect');
    expect(rules).not.toContain('outside-template');
    expect(a.findings.filter((f) => f.fix?.edits.some((e) => e.newParagraphAfter))).toEqual([]);
    expect(a.outline.causes.every((c) => a.outline.aspects.every((x) => !x.problems.includes(c)))).toBe(true);
  });
});

test('the separate heading still reads as before: 二、原因分析 is the causes alone', () => {
  const a = analyze(textDoc(material('一、存在的主要问题', [...ASPECTS.flatMap(([h, p]) => [h, '一是' + p]), '二、原因分析', '理想信念有所松懈。'])));
  expect(a.outline.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'measures']);
});
