/**
 * Aspect headings written as the gap in a topic ("（一）政治忠诚和政治能力上的差距。对…", t22): they
 * name where the problems lie, as "…方面" does, and the problem may run in after them. Read as the
 * template's aspects (they were taken for a flat list of problems: 未分方面, five missing aspects).
 */
import { analyze } from '../../src/engine';
import { textDoc } from '../support/docs';

const TITLE = '市生态环境局副局长2025年度民主生活会对照检查材料';
const TOPICS = ['政治忠诚和政治能力', '固本培元和党性修养', '敬畏人民敬畏组织敬畏法纪', '干事创业担当作为', '管党治党责任'];
const PROBLEMS = [
  '对督察反馈问题整改的政治意义认识不足，比如有2项整改超期。',
  '参加支部组织生活不够经常，比如今年缺席支部会议2次。',
  '执法检查中存在一刀切倾向，比如对小微企业统一停产整顿。',
  '面对重污染天气应对习惯于等上级指令，比如今年有3次预警响应滞后。',
  '对监测站廉政风险提醒不够，比如全年只开展了1次谈话提醒。',
];
const REST = ['二、原因分析', '一是政治站位不够高。二是党性修养不够。', '三、整改措施', '（一）提高政治站位，2026年3月底前完成全部超期整改。', '（二）改进执法方式，每季度开展1次执法案卷评查。'];

function material(heading: (topic: string, i: number) => string, runIn: boolean): string[] {
  const cn = '一二三四五';
  return [
    TITLE,
    '一、存在的问题',
    ...TOPICS.flatMap((t, i) => (runIn ? [`（${cn[i]}）${heading(t, i)}${PROBLEMS[i]}`] : [`（${cn[i]}）${heading(t, i)}`, PROBLEMS[i]])),
    ...REST,
  ];
}

describe('gap headings are aspects', () => {
  test.each<[string, (t: string) => string]>([
    ['…上的差距。', (t) => `${t}上的差距。`],
    ['…上存在的差距：', (t) => `${t}上存在的差距：`],
    ['…中的不足。', (t) => `${t}中的不足。`],
    ['…上的短板。', (t) => `${t}上的短板。`],
  ])('%s run in and on their own line: five aspects, one problem each', (_name, heading) => {
    for (const runIn of [true, false]) {
      const a = analyze(textDoc(material(heading, runIn)));
      expect(a.template?.id).toBe('five-aspects-2025');
      expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5]);
      expect(a.outline.aspects.map((x) => x.problems.length)).toEqual([1, 1, 1, 1, 1]);
      expect(a.findings.filter((f) => f.rule === 'missing-aspect')).toEqual([]);
    }
  });
});

describe('a flat list of problems is still one', () => {
  test.each([
    ['shortfalls with 差距 inside a sentence', (i: number) => `理论学习与先进典型相比还有差距，${PROBLEMS[i]}`],
    ['shortfalls', (i: number) => `理论学习不够深入，${PROBLEMS[i]}`],
  ])('%s: no aspects read', (_name, item) => {
    const lines = [TITLE, '一、存在的问题', ...TOPICS.map((_t, i) => `${i + 1}.${item(i)}`), ...REST];
    const a = analyze(textDoc(lines));
    expect(a.outline.aspects.every((x) => x.aspect === null || x.problems.length >= 1)).toBe(true);
    expect(a.outline.aspects.filter((x) => x.aspect !== null)).toHaveLength(0);
  });
});
