/**
 * 组织生活会 materials often write each aspect as labelled fields: "问题：…" then "整改措施：…"
 * (outline.ts labelledFields). The measures are measures (no 缺少“整改措施”部分, no measure line
 * counted as a problem) and answer their own aspect's problems (link.ts ownMeasures). Found by a
 * new-user trial (34).
 */
import { analyze } from '../../src/engine';
import { sharedLinks } from '../../src/engine/link/link';
import { textDoc, completeLines } from '../support/docs';

const TITLE = '2024年度组织生活会党员个人对照检查材料';
const ASPECTS = ['政治信仰', '党员意识', '理论学习'];
const PROBLEMS = ['对党的创新理论学习满足于“学了”，没有入脑入心。', '党员身份意识不强，夜间排班有推脱现象。', '学习碎片化，缺少系统性。'];
const MEASURES = ['每月至少在支部学习中主动发言一次。', '主动承担夜间门诊排班，每月不少于4个夜班。', '制定个人学习计划，每周学习不少于3小时。'];
const CAUSES = ['二、原因分析', '一是理论学习不够自觉；二是党员意识淡化。'];

const shape = (head: (i: number) => string, p: string, m: string, top = '一、对照检查的问题及整改措施') => [
  TITLE,
  top,
  ...ASPECTS.flatMap((_a, i) => [head(i), `${p}${PROBLEMS[i]}`, `${m}${MEASURES[i]}`]),
  ...CAUSES,
];

const SHAPES: [string, string[]][] = [
  ['markdown aspect headings, 问题： and 整改措施：', shape((i) => `### ${i + 1}. ${ASPECTS[i]}方面`, '问题：', '整改措施：')],
  ['（一） aspect headings, 存在问题： and 措施：', shape((i) => `（${'一二三'[i]}）${ASPECTS[i]}方面`, '存在问题：', '措施：')],
  ['1. aspect headings, 问题表现: and 努力方向: with ASCII colons', shape((i) => `${i + 1}.${ASPECTS[i]}方面`, '问题表现:', '努力方向:')],
  ['a plain problems heading, 主要问题： and 改进措施：', shape((i) => `（${'一二三'[i]}）${ASPECTS[i]}方面`, '主要问题：', '改进措施：', '一、存在的问题')],
];

test.each(SHAPES)('%s: measures read and answering their aspect', (_name, lines) => {
  const a = analyze(textDoc(lines));
  expect(a.findings.filter((f) => f.rule === 'missing-part')).toEqual([]);
  expect(a.outline.measures.map((m) => m.body)).toEqual(MEASURES);
  expect(a.outline.aspects).toHaveLength(3);
  a.outline.aspects.forEach((x, i) => {
    expect(x.problems.map((p) => p.body)).toEqual([PROBLEMS[i]]);
    expect(x.measures?.map((m) => m.body)).toEqual([MEASURES[i]]);
  });
  const links = sharedLinks({ outline: a.outline, template: a.template, shared: a.shared }).links;
  expect(links.map((l) => l.measure)).toEqual([0, 1, 2]);
  expect(links.every((l) => l.strength === 'strong')).toBe(true);
  expect(a.findings.filter((f) => f.rule === 'uncovered-problem' || f.rule === 'orphan-measure')).toEqual([]);
  // The labels are no problem names.
  expect(a.findings.some((f) => /问题“(?:问题|整改措施|措施|存在问题)”/.test(f.message))).toBe(false);
});

test('a measures part as well: both its entries and the aspects’ are measures', () => {
  const lines = [...shape((i) => `（${'一二三'[i]}）${ASPECTS[i]}方面`, '问题：', '整改措施：'), '三、整改措施', '（一）年底前走访20户群众。'];
  const a = analyze(textDoc(lines));
  expect(a.outline.measures.map((m) => m.body)).toEqual([...MEASURES, '（一）年底前走访20户群众。']);
  expect(a.outline.parts.filter((p) => p.role === 'measures')).toHaveLength(1);
});

test.each([
  ['a material with a measures part', completeLines(), 2],
  ['a problem starting with 措施 and no colon', [...completeLines().slice(0, 3), '措施不够有力，落实打了折扣。', ...completeLines().slice(3)], 2],
])('%s: read as before', (_name, lines, measures) => {
  const a = analyze(textDoc(lines as string[]));
  expect(a.outline.measures).toHaveLength(measures as number);
  expect(a.outline.aspects.every((x) => x.measures === undefined)).toBe(true);
});

test('labelled problems with no labelled measure keep their text', () => {
  const lines = [TITLE, '一、存在的问题', ...ASPECTS.flatMap((a, i) => [`（${'一二三'[i]}）${a}方面`, `问题：${PROBLEMS[i]}`]), ...CAUSES];
  const a = analyze(textDoc(lines));
  expect(a.outline.measures).toEqual([]);
  expect(a.findings.filter((f) => f.rule === 'missing-part').map((f) => f.message)).toEqual([expect.stringContaining('整改措施')]);
});

describe('a field left empty ("整改措施：" with nothing after it) in a material that fills it elsewhere', () => {
  // Trial t22: the empty label was taken for the measures part's heading, and the aspects after it
  // for measures (a false 未找到第5个方面, a numbering fix renaming （三） to （一）).
  test.each(SHAPES)('%s: the aspects after it stay aspects, the aspect with the empty field has no measure', (_name, lines) => {
    const label = (lines.find((l) => /^(?:整改措施|措施|努力方向|改进措施)[：:]/.test(l)) ?? '').replace(/[：:].*$/, (c) => c[0]);
    const emptied = lines.map((l, i) => (i === lines.indexOf(`${label}${MEASURES[0]}`) ? label : l));
    expect(emptied).toContain(label);
    const a = analyze(textDoc(emptied));
    expect(a.outline.aspects).toHaveLength(3);
    a.outline.aspects.forEach((x, i) => expect(x.problems.map((p) => p.body)).toEqual([PROBLEMS[i]]));
    expect(a.outline.measures.map((m) => m.body)).toEqual(MEASURES.slice(1));
    // No aspect or numbering finding the filled material does not have.
    const structural = (x: typeof a) => x.findings.filter((f) => f.rule === 'numbering' || f.rule === 'missing-aspect').map((f) => f.message);
    expect(structural(a)).toEqual(structural(analyze(textDoc(lines))));
  });

  test('an empty label that is the only one of its kind still heads its part', () => {
    const lines = [TITLE, '一、存在的问题', '（一）政治信仰方面', PROBLEMS[0], '（二）党员意识方面', PROBLEMS[1], '原因：', '理论学习不够自觉。', '整改措施：', `1.${MEASURES[0]}`, `2.${MEASURES[1]}`];
    const a = analyze(textDoc(lines));
    expect(a.outline.parts.map((p) => p.role)).toEqual(expect.arrayContaining(['problems', 'causes', 'measures']));
    expect(a.outline.measures.map((m) => m.body)).toEqual(MEASURES.slice(0, 2).map((m, i) => `${i + 1}.${m}`));
  });
});
