/** The headings writers use for each part, and near misses that are no part heading. */
import { analyze, getTemplate } from '../../src/engine';
import { forgetPartRoles, partRoleMatched, partRoleOf } from '../../src/engine/outline';
import { textDoc } from '../support/docs';
import { formatReport } from '../../src/engine/report';

const template = getTemplate('five-aspects-2021')!;

test.each([
  ...['问题清单', '存在的主要问题', '存在的突出问题', '查摆突出问题情况', '对照检查找出的问题', '查摆的问题', '问题查摆', '存在的问题及表现', '存在的不足', '存在的差距和不足', '对照“五个带头”查摆的问题', '检视出的问题', '主要问题', '查摆问题情况', '检视剖析的问题', '检视剖析问题', '检视剖析情况', '对照检视情况', '对照检视的问题', '检视剖析出的突出问题'].map((h) => [h, 'problems']),
  ...['反面典型案例剖析', '结合典型案例对照检查情况', '典型案例对照检查情况', '对照典型案例查摆情况', '典型案例剖析情况'].map((h) => [h, 'cases']),
  ...['原因分析', '产生问题的原因分析', '问题根源', '存在问题根源', '剖析根源情况', '原因剖析', '问题产生的根源', '产生问题的根源', '深挖问题根源', '问题产生的原因', '存在问题的原因', '剖析问题根源'].map((h) => [h, 'causes']),
  ...['整改措施', '下一步整改措施', '初步整改措施', '努力方向和改进措施', '努力方向和主要措施', '今后努力方向', '下步打算', '整改落实措施', '整改方向和措施', '今后的努力方向和整改措施', '下一步努力方向', '改进措施', '整改清单', '整改任务清单', '整改措施清单', '问题整改清单', '整改台账', '整改事项清单表'].map((h) => [h, 'measures']),
  ...['上年度民主生活会整改落实情况', '2020年度民主生活会查摆问题整改情况', '上年度问题整改落实情况', '上次民主生活会整改措施落实情况', '去年专题民主生活会整改情况'].map((h) => [h, 'previous']),
])('%s → %s', (heading, role) => {
  expect(partRoleOf(heading, template)).toBe(role);
});

test.each(['理论学习不够深入', '在履职尽责方面问题较多，主要表现在以下几个方面和具体事例之中还有很多', '强化理论武装', ''])('%s is no part heading', (heading) => {
  expect(partRoleOf(heading, template)).toBeUndefined();
});

test('cause sub-headings that say 原因 do not outvote the part headings', () => {
  const a = analyze(
    textDoc([
      '一、存在的主要问题',
      '（一）带头深刻感悟“两个确立”的决定性意义方面',
      '一是理论学习不深。',
      '二、原因分析',
      '（一）思想方面原因',
      '理论学习不扎实。',
      '（二）政治方面原因',
      '党性锤炼不够。',
      '（三）纪律方面原因',
      '纪律要求不严。',
      '三、整改措施',
      '（一）加强理论武装。',
    ]),
  );
  expect(a.outline.parts.map((p) => p.role)).toEqual(['problems', 'causes', 'measures']);
  expect(a.outline.causes).toHaveLength(3);
});

test('a body sentence that mentions 查摆的问题 is no part heading', () => {
  const a = analyze(
    textDoc([
      '一、上年度民主生活会整改情况',
      '上年度查摆的问题已全部整改到位。',
      '二、对照“五个带头”查摆的问题',
      '1.在带头深刻感悟“两个确立”的决定性意义方面。',
      '（1）理论学习不系统。',
      '三、问题产生的根源',
      '1.理想信念有所松懈。',
      '四、下步打算',
      '（一）强化理论武装。',
    ]),
  );
  expect(a.outline.parts.map((p) => [p.role, p.node.paragraph])).toEqual([
    ['previous', 0],
    ['problems', 2],
    ['causes', 5],
    ['measures', 7],
  ]);
  expect(a.outline.aspects.map((x) => [x.aspect, x.problems.length])).toEqual([[1, 1]]);
});

test('two materials in one file: each problems part lists its own aspects in the report', () => {
  const one = ['一、存在的主要问题', '（一）带头践行以人民为中心的发展思想方面', '一是宗旨意识淡化。', '二、原因分析', '理想信念松懈。', '三、整改措施', '强化宗旨意识。'];
  const a = analyze(textDoc([...one, ...one]));
  expect(a.outline.aspects).toHaveLength(2);
  const report = formatReport(a, 'x').join('\n');
  expect(report.match(/✓ 方面3/g)).toHaveLength(2);
});

describe('a part heading run straight into its first section and items', () => {
  const lines = [
    '一、存在的主要问题（一）在带头深刻感悟“两个确立”的决定性意义方面。一是理论学习不系统。学习时断时续。二是学用结合不紧。',
    '（二）在带头牢记我们党是什么、要干什么这个根本问题方面。一是落实决策部署不到位。',
    '(三)在带头践行以人民为中心的发展思想方面。一是宗旨意识淡化，联系群众不够。二是为民办实事不够。',
    '（四）在带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面。一是斗争精神不足。',
    '（五）在带头深刻汲取党史中正反两方面经验方面。一是落实一岗双责不到位。',
    '二、原因分析',
    '一是理想信念有所松懈。二是宗旨意识淡化。',
    '三、整改措施',
    '１．强化理论武装。每月学习2次。',
    '２．践行为民宗旨。年底前走访20户。',
  ];
  const a = analyze(textDoc(lines));

  test('the part heading stops where the section starts, and the section and its items are read', () => {
    expect(a.outline.parts.map((p) => [p.role, p.node.heading])).toEqual([
      ['problems', '一、存在的主要问题'],
      ['causes', '二、原因分析'],
      ['measures', '三、整改措施'],
    ]);
    expect(a.outline.aspects.map((x) => [x.aspect, x.node.paragraph, x.problems.length])).toEqual([
      [1, 0, 2],
      [2, 1, 1],
      [3, 2, 2],
      [4, 3, 1],
      [5, 4, 1],
    ]);
    expect(a.outline.aspects[0].node.heading).toBe('（一）在带头深刻感悟“两个确立”的决定性意义方面。');
    expect(a.outline.causes).toHaveLength(2);
    expect(a.outline.measures.map((m) => m.heading)).toEqual(['１．强化理论武装。', '２．践行为民宗旨。']);
    expect(a.findings.filter((f) => f.rule.startsWith('missing') || f.rule === 'numbering')).toEqual([]);
  });

  test('a long first sentence with no marker inside is still no part heading', () => {
    const b = analyze(textDoc(['一、存在的主要问题表现在班子成员理论学习不系统、联系群众不经常、斗争精神不足等多个方面。', ...lines.slice(5)]));
    expect(b.outline.parts.map((p) => p.role)).toEqual(['other', 'causes', 'measures']);
  });
});

describe('partRoleOf keeps its answers by heading text (a folder asks about the same headings again and again)', () => {
  // Headings of every kind: part headings, near misses, body lines, empty, long lines past the
  // memo's text limit, with spaces and quotes stripForMatch removes; each template.
  const base = [
    '一、存在的主要问题', '二、原因分析', '三、整改措施', '上年度民主生活会整改落实情况', '存在的问题', '  原因  剖析  ', '“整改措施”',
    '理论学习不够深入', '', '。', '问题', '（一）政治信仰方面', '在履职尽责方面问题较多，主要表现在以下几个方面和具体事例之中还有很多',
    `${'存在的主要问题'.repeat(5)}`, `整改措施${' '.repeat(70)}`, '下一步整改措施：', '产生问题的根源：',
  ];
  const variants = base.flatMap((h) => [h, `${h}。`, ` ${h}`, h.slice(1), `${h}方面`]);
  const builtIn = ['five-aspects-2021', 'four-aspects-2024', 'org-life-2024', 'theme-education-2023'].map((id) => getTemplate(id)!);
  // A template of its own whose problems part is headed otherwise: the same text, another answer.
  const own = { ...builtIn[0], id: 'own', parts: builtIn[0].parts.map((p) => (p.role === 'problems' ? { ...p, patterns: ['检视剖析'] } : p)) };
  const templates = [...builtIn, own];

  test('the same role as matched afresh, asked once, twice and in another order; each template its own', () => {
    forgetPartRoles();
    for (const order of [variants, [...variants].reverse(), variants]) {
      for (const t of templates) for (const h of order) expect([t.id, h, partRoleOf(h, t)]).toEqual([t.id, h, partRoleMatched(h, t)]);
    }
    // The templates do differ somewhere, so a memo shared between them would show.
    const answers = (t: (typeof templates)[number]) => variants.map((h) => partRoleMatched(h, t) ?? '');
    expect(new Set(templates.map((t) => answers(t).join('|'))).size).toBeGreaterThan(1);
  });

  test('past the memo\'s size it is emptied and answers stay right', () => {
    forgetPartRoles();
    const t = templates[0];
    const many = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `存在的问题${i}` : i % 3 === 1 ? `整改措施${i % 50}` : `第${i}条`));
    for (const h of [...many, ...many.slice(0, 200)]) expect([h, partRoleOf(h, t)]).toEqual([h, partRoleMatched(h, t)]);
  });
});
