/**
 * An ellipsis left after written text is a place still to write (t26 #1): 比如……, "全年只撰写心得2篇，……",
 * a measure ending "2026年6月底前，……", and the other shapes writers type ("…", "...", "。。。").
 * An ellipsis eliding a quotation or a title that has words of its own (“我们党……必须……”,
 * 《中共中央关于……的决定》) is written text. A measure left unfinished is not rated 具体. The count
 * says places, not lines (t26 #3): two blanks on one line are two.
 */
import { analyze } from '../../src/engine';
import { ellipsisBlanksIn, placeholderSpansIn } from '../../src/engine/placeholder-spans';
import { formatReport } from '../../src/engine/report';
import { sharedLinks } from '../../src/engine/link/link';
import { textDoc } from '../support/docs';

/** A finished 2021 material (no placeholder anywhere) whose lines the tests replace. */
function finished(): string[] {
  return [
    '2021年度党史学习教育专题民主生活会个人对照检查材料',
    '会前征求意见建议12条，谈心谈话20人次。',
    '一、存在的主要问题',
    '（一）带头深刻感悟“两个确立”的决定性意义方面',
    '一是理论学习不够深入。比如，全年自学党史著作仅2本，读书笔记不足5000字。',
    '二是学用结合不够。全年只撰写心得2篇，结合分管工作研究不多。',
    '（二）带头牢记我们党是什么、要干什么这个根本问题方面',
    '一是落实决策部署有偏差。今年有3项重点任务推迟到四季度才完成。',
    '（三）带头践行以人民为中心的发展思想方面',
    '一是联系群众不够紧密。全年到联系村走访仅4次。',
    '（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面',
    '一是斗争精神不足。对2起信访积案化解不力。',
    '（五）带头深刻汲取党史中正反两方面经验方面',
    '一是落实一岗双责不到位。对分管科室廉政谈话全年仅1次。',
    '二、原因分析',
    '（一）理想信念有所松懈。放松了理论学习，没有做到学思用贯通。',
    '（二）宗旨意识淡化。对群众急难愁盼体会不深。',
    '三、整改措施',
    '（一）强化理论武装。每月自学党史著作1本，2021年12月底前撰写心得3篇。',
    '（二）狠抓工作落实。每季度督办重点任务1次，由本人牵头。',
    '（三）践行为民宗旨。每月到联系村走访不少于2次。',
    '（四）增强斗争精神。2021年底前化解信访积案2起。',
    '（五）落实一岗双责。每半年与分管科室负责人廉政谈话1次。',
  ];
}

const placeholders = (lines: string[]) => analyze(textDoc(lines)).findings.filter((f) => f.rule === 'placeholder');

test('the finished material has no placeholder', () => {
  expect(placeholders(finished())).toEqual([]);
});

describe('an ellipsis after written text is a placeholder', () => {
  test.each([
    ['比如 left unwritten', 4, '一是理论学习不够深入。比如……'],
    ['比如， then the ellipsis and a full stop', 4, '一是理论学习不够深入。比如，……。'],
    ['a sentence broken off after a comma', 5, '二是学用结合不够。全年只撰写心得2篇，……'],
    ['a single …', 5, '二是学用结合不够。全年只撰写心得2篇…'],
    ['three ASCII dots', 5, '二是学用结合不够。全年只撰写心得2篇，...'],
    ['three Chinese full stops', 5, '二是学用结合不够。全年只撰写心得2篇，。。。'],
    ['⋯⋯ (the midline ellipsis)', 5, '二是学用结合不够。全年只撰写心得2篇，⋯⋯'],
    ['a number before its unit', 1, '会前征求意见建议12条，谈心谈话……人次。'],
    ['a measure broken off after its deadline', 18, '（一）强化理论武装。每月自学党史著作1本，2021年12月底前，……'],
    ['a measure with its object elided', 19, '（二）狠抓工作落实。2021年8月底前制定…方案，……'],
    ['a cause left open', 15, '（一）理想信念有所松懈。放松了理论学习，……'],
    ['an ellipsis in a quotation with nothing else in it', 9, '一是联系群众不够紧密。对群众反映的“……”问题回应不及时。'],
    ['an ellipsis as a whole title', 4, '一是理论学习不够深入。比如，《……》只读了一遍。'],
  ])('%s', (_name, at, line) => {
    const lines = finished();
    lines[at] = line;
    const found = placeholders(lines);
    expect(found).toHaveLength(1);
    expect(found[0].paragraph).toBe(at);
    // "制定…方案，……" holds two places; every other line one.
    expect(found[0].message).toMatch(/^(?:有 1 处占位内容尚未填写|共 2 处占位内容尚未填写，这是第 1 处)（“(?:…+|⋯+|\.{3}|。{3})”）。$/);
    expect(found[0].fix?.select?.paragraph).toBe(at);
  });
});

describe('an ellipsis eliding quoted text is written text', () => {
  test.each([
    ['a quotation elided in the middle', 4, '一是理论学习不够深入。对习近平总书记强调的“全面从严治党永远在路上……必须一以贯之”理解不深，比如全年只研讨2次。'],
    ['a quotation cut at its end', 4, '一是理论学习不够深入。对“江山就是人民，人民就是江山……”的论述领会不透，比如全年只研讨2次。'],
    ['a title shortened in the middle', 4, '一是理论学习不够深入。比如，《中共中央关于……的决议》全年只学了2遍。'],
    ['an ASCII-quoted elision', 4, '一是理论学习不够深入。对"学史明理、学史增信..."的要求落实不够，比如全年只研讨2次。'],
    ['「」 with an elision', 4, '一是理论学习不够深入。对「我将无我……」的境界体悟不深，比如全年只研讨2次。'],
  ])('%s: no placeholder', (_name, at, line) => {
    const lines = finished();
    lines[at] = line;
    expect(placeholders(lines)).toEqual([]);
  });
});

test.each([
  ['全年只撰写心得2篇，……', [[10, 2]]],
  ['比如…，…', [[2, 1], [4, 1]]],
  ['计划于...完成', [[3, 3]]],
  ['按照……通知要求', [[2, 2]]],
  // A sentence running through an ellipsis (a pause, a thought trailing off) holds no blank.
  ['学习不深……还要加强', []],
  // An excerpt opening with an ellipsis (a notice quoted from its middle) holds no blank.
  ['……各级党员领导干部要对照检查。', []],
  ['……', [[0, 2]]],
  ['……。比如，……。', [[0, 2], [6, 2]]],
  ['对“我们党……必须……”理解不深……', [[16, 2]]],
  ['《关于……的决定》《……》', [[10, 2]]],
  ['学习“……”精神', [[3, 2]]],
  ['没有省略号。', []],
  ['版本1.2.3', []],
])('ellipsisBlanksIn(%p)', (text, spans) => {
  expect(ellipsisBlanksIn(text).map((s) => [s.start, s.length])).toEqual(spans);
});

test('a quoted elision is not among the spans a selection steps through; a blank in a quotation is', () => {
  expect(placeholderSpansIn('对“我们党……必须……”理解不深，比如××次').map((s) => s.start)).toEqual([19]);
  expect(placeholderSpansIn('针对“……”的问题，……').map((s) => s.start)).toEqual([3, 10]);
});

describe('a measure left unfinished is not rated concrete', () => {
  test.each([
    ['a deadline, then the ellipsis', '（一）强化理论武装。每月自学党史著作1本，2021年12月底前，……'],
    ['a plan to make, its object elided', '（一）强化理论武装。2021年8月底前制定…党史著作自学方案，……'],
    ['a frequency, then three dots', '（一）强化理论武装。每月自学党史著作1本...'],
    ['its number left blank', '（一）强化理论武装。每月自学党史著作……本。'],
  ])('%s', (_name, line) => {
    const lines = finished();
    lines[18] = line;
    const a = analyze(textDoc(lines));
    const r = sharedLinks(a as never);
    expect(r.measures[0].concrete).toBe(false);
    expect(r.measures[0].unfinished).toBe(true);
    const report = formatReport(a, 'x.txt').join('\n');
    expect(report).toContain('措施（一）「强化理论武装」—— 尚未写完（留有“……”，不计入具体性）');
    // The placeholder rule says it; vague-measure does not call it unquantified.
    expect(a.findings.filter((f) => f.rule === 'vague-measure' && f.paragraph === 18)).toEqual([]);
    expect(a.findings.some((f) => f.rule === 'placeholder')).toBe(true);
    // It still answers the problem it names (no new unanswered problem).
    expect(a.findings.filter((f) => f.rule === 'uncovered-problem' && f.paragraph === 4)).toEqual([]);
  });

  test('a measure that quotes an elided formulation stays concrete', () => {
    const lines = finished();
    lines[18] = '（一）强化理论武装。围绕“学史明理、学史增信……”的要求，每月自学党史著作1本，2021年12月底前撰写心得3篇。';
    const a = analyze(textDoc(lines));
    expect(formatReport(a, 'x.txt').join('\n')).toMatch(/措施（一）「强化理论武装」—— 具体/);
    expect(a.findings.some((f) => f.rule === 'placeholder')).toBe(false);
  });
});

describe('the count is of places, not lines', () => {
  test.each([
    ['two blanks on one line', [[1, '会前征求意见建议××条，谈心谈话……人次。']], 2],
    ['two on one line and one on another', [[1, '会前征求意见建议××条，谈心谈话……人次。'], [5, '二是学用结合不够。全年只撰写心得2篇，……']], 3],
    ['three on one line', [[5, '二是学用结合不够。全年只撰写心得××篇，调研××次，……']], 3],
    ['one a line on two lines', [[4, '一是理论学习不够深入。比如……'], [5, '二是学用结合不够。全年只撰写心得2篇，……']], 2],
  ])('%s', (_name, edits, n) => {
    const lines = finished();
    for (const [at, line] of edits as [number, string][]) lines[at] = line;
    const found = placeholders(lines);
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(new RegExp(`^共 ${n} 处占位内容尚未填写，这是第 1 处（“`));
    // The selection steps through the same places.
    expect(found[0].fix?.selections).toHaveLength(n);
  });
});
