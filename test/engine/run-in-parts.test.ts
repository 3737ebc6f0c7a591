/**
 * Short 组织生活会 materials write their causes and measures as run-in labels ("原因：主要是…",
 * "今后努力方向：一是…二是…") and their problems as topic sections with no problems heading
 * ("一、对照党员标准方面。…", the 四个对照 layout). Found by a new-user trial (20): all three parts
 * reported missing, nothing read. outline.ts runInPartLabel/mergeRunIns and topicSections.
 */
import { analyze } from '../../src/engine';
import { textDoc, completeLines } from '../support/docs';

const TITLE = '2021年度专题组织生活会党员个人检视剖析材料';
const FOUR = [
  '一、对照党中央的号召和要求方面。学习不够主动，只帮邻居办过一次医保报销。',
  '二、对照党员标准方面。参加组织生活不够积极，今年有2次主题党日没有参加。',
  '三、对照入党誓词方面。为群众服务的意识不强。',
  '四、对照革命先辈和先进典型方面。吃苦奉献精神差距较大。',
];
const PROBLEMS = completeLines().slice(0, completeLines().indexOf('二、原因分析'));

const SHAPES: [string, string[], number, number, number][] = [
  ['四个对照, 原因： and 今后努力方向：', [TITLE, ...FOUR, '原因：主要是忙于打工，放松了学习，党员意识淡化。', '今后努力方向：一是全年参加组织生活不少于10次。二是每年为群众办2件实事。三是向老党员学习。'], 4, 1, 3],
  ['四个对照, 原因分析： and 整改措施： with ASCII colons', [TITLE, ...FOUR, '原因分析:一是放松了学习。二是党员意识淡化。', '整改措施:一是每月学习2次。二是每年办2件实事。'], 4, 2, 2],
  ['a problems heading, 产生问题的原因： and 下一步打算：', [...PROBLEMS, '产生问题的原因：理想信念有所松懈。', '下一步打算：每月学习2次，年底前走访20户。'], 5, 1, 1],
  ['四个对照 with 在…方面 sections, 原因剖析： and 努力方向：', [TITLE, '一、在理论学习方面。学习不够主动。', '二、在作用发挥方面。带头作用不明显。', '原因剖析：党性锻炼不够。', '努力方向：每周学习不少于3小时。'], 2, 1, 1],
];

test.each(SHAPES)('%s: every part read', (_name, lines, aspects, causes, measures) => {
  const a = analyze(textDoc(lines));
  expect(a.findings.filter((f) => f.rule === 'missing-part' && f.severity === 'error')).toEqual([]);
  expect(a.outline.aspects).toHaveLength(aspects);
  expect(a.outline.aspects.every((x) => x.problems.length === 1 || x.problems.length === 2)).toBe(true);
  expect(a.outline.causes).toHaveLength(causes);
  expect(a.outline.measures).toHaveLength(measures);
});

test('a label repeated under each problem is no part', () => {
  const lines = [TITLE, '一、对照党员标准方面。参加组织生活不够积极。', '原因：忙于打工。', '二、对照入党誓词方面。服务意识不强。', '原因：要求不严。'];
  const a = analyze(textDoc(lines));
  // No label line heads a part: they are the causes of the problems they stand under (the
  // problems part stands for the causes part, as for measures written under each aspect).
  expect(a.outline.parts.some((p) => p.node.paragraph === 2 || p.node.paragraph === 4)).toBe(false);
  expect(a.outline.causes.map((c) => c.body)).toEqual(['忙于打工。', '要求不严。']);
});

test('a labelled measure under a measures heading is an entry, not another part', () => {
  const a = analyze(textDoc([...completeLines(), '整改措施：年底前再走访10户。']));
  expect(a.outline.parts.filter((p) => p.role === 'measures')).toHaveLength(1);
  expect(a.outline.measures.length).toBe(2);
});

test.each([
  ['a long label that states a problem', '在理论学习方面存在的原因：学习不深。'],
  ['a label naming no part', '比如：读原著少。'],
])('%s: no part', (_name, line) => {
  const a = analyze(textDoc([TITLE, ...FOUR, line]));
  expect(a.outline.parts.filter((p) => p.role === 'causes' || p.role === 'measures')).toEqual([]);
});

test('sections that are no topics are no problems, with no template', () => {
  const a = analyze(textDoc([TITLE, '一、基本情况。本人2019年入党。', '二、学习情况。全年学习20次。', '原因：放松了学习。', '今后努力方向：每月学习2次。']));
  expect(a.outline.aspects).toEqual([]);
});

test('with a template, topic sections are read against its aspects as before', () => {
  const lines = ['2021年党史学习教育专题民主生活会对照检查材料', ...FOUR, '二、原因分析', '（一）放松学习。', '三、整改措施', '（一）每月学习2次。'];
  const a = analyze(textDoc(lines));
  expect(a.template.aspects.length).toBeGreaterThan(0);
  expect(a.outline.aspects.every((x) => x.aspect !== null || x.scores.length > 0)).toBe(true);
});
