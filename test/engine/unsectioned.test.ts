/**
 * Problems listed straight under 存在的主要问题 with no aspect headings (一是理论学习不够深入。… 二是…):
 * they are the part's problems, linked and checked like any others, and missing-aspect says once
 * that the part is not organised by aspects. They were read as aspect headings: a problem before the
 * first one that read as an aspect was lost, and five missing-aspect errors offered to insert aspects
 * above the part's own heading.
 */
import { analyze } from '../../src/engine';
import { toJson } from '../../src/engine/json';
import { formatReport } from '../../src/engine/report';
import { allTemplates } from '../../src/engine/template';
import { SHORTFALL } from '../../src/engine/outline';
import { textDoc } from '../support/docs';

const TITLE = 'XX局党组书记2025年度民主生活会个人对照检查材料';
const PROBLEMS = [
  '理论学习不够深入。对党的创新理论学习不够系统，比如全年撰写心得体会只有2篇。',
  '担当作为不够。面对项目审批中的难题存在等靠思想，比如某产业园项目用地审批拖了3个月。',
  '联系群众不够紧密。深入基层调研少，全年到村调研仅5次。',
  '落实中央八项规定精神还有差距。对公务接待检查不严，比如年中检查发现2起超标准接待。',
];
const REST = [
  '二、原因分析',
  '（一）理想信念有所松懈。',
  '（二）宗旨意识有所淡化。',
  '（三）纪律规矩意识不强。',
  '三、整改措施',
  '（一）加强理论学习。每月参加中心组学习不少于2次，年底前撰写心得体会6篇。',
  '（二）勇于担当作为。建立项目审批台账，6月底前完成产业园用地审批。',
  '（三）密切联系群众。每季度到村调研不少于3次。',
  '（四）严守纪律规矩。每半年检查一次公务接待。',
];
const CN = '一二三四五';
const SHAPES: [string, string[]][] = [
  ['一是…四是, a line each', PROBLEMS.map((p, i) => `${CN[i]}是${p}`)],
  ['1.…4. typed', PROBLEMS.map((p, i) => `${i + 1}.${p}`)],
  ['（一）…（四）', PROBLEMS.map((p, i) => `（${CN[i]}）${p}`)],
  ['第一，…第四，', PROBLEMS.map((p, i) => `第${CN[i]}，${p}`)],
];

describe.each(SHAPES)('problems with no aspect headings (%s)', (_name, problems) => {
  const a = analyze(textDoc([TITLE, '一、存在的主要问题', ...problems, ...REST]));

  test('every problem is read, under one unsectioned entry of the problems part', () => {
    expect(a.outline.aspects).toHaveLength(1);
    const [u] = a.outline.aspects;
    expect(u.unsectioned).toBe(true);
    expect(u.aspect).toBeNull();
    expect(u.node).toBe(a.outline.parts.find((p) => p.role === 'problems')!.node);
    expect(u.problems).toHaveLength(4);
  });

  test('one finding says the part is not organised by aspects; none inserts aspects or calls it outside the template', () => {
    const rules = a.findings.map((f) => f.rule);
    expect(rules.filter((r) => r === 'missing-aspect')).toHaveLength(1);
    expect(a.findings.find((f) => f.rule === 'missing-aspect')!.message).toContain('没有按当年通知的5个方面分列');
    expect(a.findings.filter((f) => f.rule === 'missing-aspect' && f.fix)).toEqual([]);
    expect(rules).not.toContain('outside-template');
  });

  test('the problems are linked to their measures and checked for instances', () => {
    expect(a.findings.filter((f) => f.rule === 'uncovered-problem')).toEqual([]);
    const json = toJson(a, 'x.txt');
    expect(json.aspects[0]).toMatchObject({ aspect: null, unsectioned: true });
    expect(json.aspects[0].coverage).toBe('covered');
    expect(formatReport(a, 'x.txt').join('\n')).toContain('未分方面');
  });

  test('the reason for the template names no aspect headings', () => {
    expect(a.templateReason).toContain('未见方面标题');
  });
});

test('a slip in the numbering of such a list is still found', () => {
  const a = analyze(textDoc([TITLE, '一、存在的主要问题', `一是${PROBLEMS[0]}`, `三是${PROBLEMS[1]}`, `三是${PROBLEMS[2]}`, ...REST]));
  expect(a.outline.aspects[0]?.unsectioned).toBe(true);
  expect(a.findings.filter((f) => f.rule === 'numbering').length).toBeGreaterThan(0);
});

test.each([
  ['aspect sections with items under them', ['（一）在强化政治忠诚方面', '一是理论学习不够深入。', '（二）在干事创业方面', '一是担当作为不够。']],
  ['sections worded as shortfalls, with items under them', ['（一）理论学习还有差距', '一是学得不深。', '二是用得不够。', '（二）作风不够扎实', '一是调研少。']],
  ['aspects written as items (一是在…方面：…)', ['一是在强化政治忠诚方面：理论学习不够深入。', '二是在干事创业方面：担当作为不够。']],
  ['a single problem', ['一是理论学习不够深入。']],
])('%s: not a flat list of problems', (_name, lines) => {
  const a = analyze(textDoc([TITLE, '一、存在的主要问题', ...lines, ...REST]));
  expect(a.outline.aspects.some((x) => x.unsectioned)).toBe(false);
});

test('no template aspect reads as a shortfall (what tells a problem from an aspect heading)', () => {
  for (const t of allTemplates()) for (const x of t.aspects) for (const h of [x.title, x.long ?? '', x.short]) expect([t.id, h, SHORTFALL.test(h)]).toEqual([t.id, h, false]);
});
