/** Unfilled skeleton content: recognised as such, and not reported as unanswered problems. */
import { messages } from '../../src/engine/messages';
import { analyze, getTemplate } from '../../src/engine';
import { buildSkeleton } from '../../src/engine/skeleton';
import { isPlaceholder } from '../../src/engine/text';
import { textDoc } from '../support/docs';

test.each([
  ['一是……。比如，……。', true],
  ['（一）……。……（写明具体措施、完成时限和责任人）。', true],
  ['一是……（从理想信念、宗旨意识、党性修养等主观方面剖析）。', true],
  ['××', true],
  ['一是理论学习不深……', false],
  ['（一）强化理论武装。每月学习2次。', false],
  ['', false],
  ['比如，', false],
  // the uncovered-problem fix's measure stub, not yet written
  ['（五）针对“理论学习不深入”的问题，……（写明具体措施、完成时限和责任人）。', true],
  ['5.针对“落实“一岗双责”不到位”的问题，……（写明具体措施、完成时限和责任人）。', true],
  ['针对"调研不深"的问题，……', true],
  // …once written, it is a measure
  ['（五）针对“理论学习不深入”的问题，每月参加中心组学习1次，2026年6月底前完成。', false],
  ['（五）针对“理论学习不深入”的问题，每月学习1次……（写明具体措施、完成时限和责任人）。', false],
])('isPlaceholder(%p) = %p', (text, expected) => {
  expect(isPlaceholder(text)).toBe(expected);
});

test('a freshly inserted skeleton: one placeholder warning, no link-rule noise', () => {
  const template = getTemplate('five-aspects-2021')!;
  const lines = buildSkeleton(template, { kind: 'all' }).map((p) => p.text);
  const a = analyze(textDoc(lines));
  expect(a.outline.aspects.map((x) => x.aspect)).toEqual([1, 2, 3, 4, 5]);
  const rules = a.findings.map((f) => f.rule);
  expect(rules.filter((r) => r === 'placeholder')).toHaveLength(1);
  for (const r of ['uncovered-problem', 'weak-link', 'orphan-measure', 'vague-measure', 'no-example', 'cause-dimensions', 'missing-part', 'missing-aspect']) {
    expect(rules).not.toContain(r);
  }
  const f = a.findings.find((x) => x.rule === 'placeholder')!;
  expect(f.paragraph).toBe(0); // the ×× title comes first
  expect(f.message).toMatch(/^共 \d+ 处/);
});

test('a written material has no placeholder finding', () => {
  const a = analyze(textDoc(['一、存在的主要问题', '（一）带头深刻感悟“两个确立”的决定性意义方面', '一是学习不深……还要加强。']));
  expect(a.findings.map((f) => f.rule)).not.toContain('placeholder');
});

describe('a withheld name after a post in the 反面典型案例剖析 part is not a placeholder', () => {
  const material = (caseLine: string, problemLine = '一是学习不深，比如全年只读原文3次。') => [
    '2025年度民主生活会对照检查材料',
    '一、存在的主要问题',
    '（一）带头强化政治忠诚、提高政治能力方面',
    problemLine,
    '二、反面典型案例剖析',
    caseLine,
    '对照案例反观自己，在纪律意识上仍有差距。',
    '三、原因分析',
    '理想信念松懈。',
    '四、整改措施',
    '（一）加强学习。每月学习2次。',
  ];
  const flagged = (lines: string[]) => analyze(textDoc(lines)).findings.filter((f) => f.rule === 'placeholder');
  test.each([
    '某市财政局原局长××，严重违反中央八项规定精神，收受礼金。',
    '原县委书记×××违规插手工程项目，被开除党籍。',
    '某区住建局原主任XX、原科长××共同违规审批。',
  ])('not flagged: %s', (line) => expect(flagged(material(line))).toEqual([]));
  test.each([
    ['no post before the mark', '一是××，比如××。'],
    ['a blank left in the case', '案例：××年××月，某局违规发放津贴。'],
    ['a post and a blank in one paragraph', '原局长××于××年被查处。'],
  ])('flagged: %s', (_name, line) => expect(flagged(material(line))).toHaveLength(1));
  test('the same withheld name outside the case part is a name too; a blank there is flagged', () => {
    expect(flagged(material('某市某局原局长违规收受礼金被查处。', '一是对原局长××的问题警示不够。'))).toEqual([]);
    expect(flagged(material('某市某局原局长违规收受礼金被查处。', '一是对原局长××的问题警示不够，全年只开展警示教育××次。'))).toHaveLength(1);
  });
});

/** Two problems of one aspect, then the measures given. */
const withMeasures = (measures: string[]) => [
  '2025年度民主生活会对照检查材料',
  '一、存在的主要问题',
  '（一）带头强化政治忠诚、提高政治能力方面',
  '一是理论学习不深入，比如全年只读原文3次。',
  '二是调查研究不够扎实，比如下基层调研仅2次。',
  '二、原因分析',
  '理想信念松懈，宗旨意识淡化，纪律意识不强。',
  '三、整改措施',
  ...measures,
];

describe('measure stubs inserted by the uncovered-problem fix and left unfilled', () => {
  test.each([
    [['（一）针对“理论学习不深入”的问题，……（写明具体措施、完成时限和责任人）。', '（二）针对“调查研究不够扎实”的问题，……（写明具体措施、完成时限和责任人）。']],
    [['（一）加强调查研究，每季度下基层调研不少于3次。', '（二）针对“理论学习不深入”的问题，……（写明具体措施、完成时限和责任人）。']],
  ])('count as no measure and answer nothing: %j', (measures) => {
    const a = analyze(textDoc(withMeasures(measures)));
    const uncovered = a.findings.filter((f) => f.rule === 'uncovered-problem').map((f) => f.message);
    expect(uncovered.some((m) => m.includes('理论学习不深入'))).toBe(true);
    expect(a.findings.some((f) => f.rule === 'placeholder')).toBe(true);
    // and the stub is never praised as concrete
    expect(a.findings.filter((f) => f.rule === 'vague-measure' && f.message.includes('针对'))).toEqual([]);
  });
});

test('no second stub is offered for a problem whose stub is already there; other problems still get one', () => {
  const lines = withMeasures(['（一）加强党性锻炼，每月参加组织生活。']);
  const first = analyze(textDoc(lines)).findings.filter((f) => f.rule === 'uncovered-problem');
  expect(first).toHaveLength(2);
  expect(first.every((f) => f.fix)).toBe(true);
  // apply the first stub as the fix writes it
  const stub = first.find((f) => f.message.includes('理论学习不深入'))!.fix!.edits.find((e) => e.newParagraphAfter)!.text;
  const after = analyze(textDoc([...lines, stub])).findings.filter((f) => f.rule === 'uncovered-problem');
  expect(after).toHaveLength(2);
  expect(after.find((f) => f.message.includes('理论学习不深入'))!.fix).toBeUndefined();
  expect(after.find((f) => f.message.includes('调查研究'))!.fix).toBeDefined();
});

describe('the placeholder message quotes the mark as written (the words the finding selects)', () => {
  const written = ['2025年度民主生活会对照检查材料', '一、存在的主要问题', '（一）在带头深刻领悟方面', '一是理论学习不深入。比如，全年只参加中心组学习2次。', '二、原因分析', '一是理想信念有所松懈。', '三、整改措施', '（一）加强理论学习。每月学习2次，2026年6月底前完成。'];
  test.each([
    // the unit's name anonymised (XX局) is no placeholder: the year left blank is the first one
    ['XX局党组书记20XX年度民主生活会对照检查材料', 'XX'],
    ['××局党组××年度民主生活会对照检查材料', '××'],
    ['2025年度民主生活会对照检查材料（20XX年12月）', 'XX'],
    ['一是……。比如，……。', '……'],
  ])('%s → “%s”', (line, mark) => {
    const lines = [...written];
    if (line.startsWith('一是')) lines.splice(4, 0, line);
    else lines[0] = line;
    const f = analyze(textDoc(lines)).findings.find((x) => x.rule === 'placeholder');
    if (line.includes('局党组')) expect(f?.start).toBe(line.lastIndexOf(mark));
    // One mark: named, and no "这是第 1 处" (a trial read "还有 1 处…这是第一处" as odd); several: the first one named.
    expect(f?.message).toMatch(new RegExp(`^(有 1 处占位内容尚未填写（“${mark}”）。|共 \\d+ 处占位内容尚未填写，这是第 1 处（“${mark}”）。)$`));
    expect(f?.message).not.toMatch(/共 1 处|“……”或“××”/);
  });
});

test.each([
  [1, '××', '有 1 处占位内容尚未填写（“××”）。'],
  [1, undefined, '有 1 处占位内容（“……”或“××”）尚未填写。'],
  [3, '××', '共 3 处占位内容尚未填写，这是第 1 处（“××”）。'],
  [2, undefined, '共 2 处占位内容（“……”或“××”）尚未填写，这是第 1 处。'],
])('the placeholder message for %s mark(s) %s', (n, mark, text) => {
  expect(messages.placeholder(n, mark)).toBe(text);
});
