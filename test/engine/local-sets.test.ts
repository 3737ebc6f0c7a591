/**
 * 组织生活会 sets vary by locality (../shared/templates.md): the 党员个人 set (org-life-2024) is one
 * common set, flagged `localVariants`. A material whose headings name fewer than half of its aspects
 * follows another set (a 支部班子 set, the 四个对照) and is not held against it; a year with no
 * template for its meeting says which meeting, and names the common set when the headings follow it.
 * Found by a trial: a 支部委员会's material got four missing-aspect errors; a 2025年度组织生活会
 * material was told there was no 2025 template (there is one, for 民主生活会).
 */
import { analyze } from '../../src/engine';
import { getTemplate } from '../../src/engine/template';
import { messages } from '../../src/engine/messages';
import { textDoc } from '../support/docs';

function material(title: string, headings: string[]): string[] {
  return [
    title,
    '现对照检查如下。',
    '一、存在的问题',
    ...headings.flatMap((h, i) => [`（${'一二三四五六七八'[i]}）${h}方面`, '一是落实不够到位，比如全年只开展了2次。']),
    '二、原因分析',
    '理想信念有所松懈。',
    '三、整改措施',
    '强化理论武装，每月学习2次。',
  ];
}

const BRANCH = ['政治引领作用发挥', '组织生活开展', '党员教育管理', '服务群众'];
const FOUR_DUIZHAO = ['对照党中央的号召和要求', '对照新时代合格党员标准', '对照入党誓词', '对照革命先辈和先进典型'];
const COMMON = getTemplate('org-life-2024')!.aspects.map((a) => a.title);

describe('another set than the common one: not held against it', () => {
  test.each([
    ['a 支部班子 set, 2024年度 in the title', '第二党支部委员会2024年度组织生活会对照检查材料', BRANCH],
    ['the 四个对照, 2024年度 in the title', '2024年度组织生活会党员个人对照检查材料', FOUR_DUIZHAO],
    ['a 支部班子 set, no year', '机关党支部组织生活会对照检查材料', BRANCH],
  ])('%s: no template, no aspect demanded, the reason says why', (_name, title, headings) => {
    const a = analyze(textDoc(material(title, headings)));
    expect(a.template.id).toBe('unknown');
    expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toEqual([]);
    expect(a.templateReason).toContain('组织生活会的方面各地不同');
  });

  test.each([
    ['all six', COMMON],
    ['four of the six', COMMON.slice(0, 4)],
    ['three of the six, reworded', ['政治信仰', '党员意识', '理论学习']],
  ])('the common set (%s): held against it, missing aspects demanded', (_name, headings) => {
    const a = analyze(textDoc(material('2024年度组织生活会党员个人对照检查材料', headings)));
    expect(a.template.id).toBe('org-life-2024');
    expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toHaveLength(6 - headings.length);
  });
});

describe('a year with no template for its meeting', () => {
  test('2025年度组织生活会 on the common set: no template (a year\'s own notice decides), the common set named', () => {
    const a = analyze(textDoc(material('2025年度组织生活会党员个人对照检查材料', COMMON)));
    expect(a.template.id).toBe('unknown');
    expect(a.template.name).toBe(messages.unknownTemplateName(2025, '组织生活会'));
    expect(a.templateReason).toContain('还没有2025年度组织生活会的模板');
    expect(a.templateReason).toContain('（org-life-2024）');
    const finding = a.findings.find((f) => f.rule === 'unknown-template')!;
    expect(finding.message).toContain('识别为2025年度组织生活会的材料，但还没有该年度组织生活会的模板');
  });

  test.each([
    ['2025年度组织生活会 on a 支部班子 set', '2025年度组织生活会对照检查材料', BRANCH],
    ['2026年度民主生活会 on 2025\'s aspects (no local set: never suggested)', '2026年度民主生活会对照检查材料', getTemplate('five-aspects-2025')!.aspects.map((x) => x.title)],
  ])('%s: no template, and no other set suggested', (_name, title, headings) => {
    const a = analyze(textDoc(material(title, headings)));
    expect(a.template.id).toBe('unknown');
    expect(a.templateReason).not.toContain('可指定该模板');
  });
});
