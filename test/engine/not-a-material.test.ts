/**
 * A document in a reviewer's folder that is no 对照检查材料 — the meeting's notice, its plan — gets
 * one warning saying so instead of every part a material would lack (rules/not-a-material.ts; a
 * trial's folder held the notice, checked as a material with three missing-part errors, exit 1).
 */
import { analyze } from '../../src/engine';
import { textDoc, completeLines } from '../support/docs';
import { getTemplate } from '../../src/engine/template';
import { formatReport } from '../../src/engine/report';
import { messages } from '../../src/engine/messages';
import { deliverableText } from '../../src/engine/deliverables/messages';
import { materialRow } from '../../src/cli/workbook';

const ASPECTS_2025 = getTemplate('five-aspects-2025')!.aspects.map((a, i) => `（${'一二三四五'[i]}）${a.long ?? a.title}`);

const NOTICE = [
  '关于认真开好2025年度县以上党和国家机关党员领导干部民主生活会的通知',
  '各省、自治区、直辖市党委组织部：',
  '根据《中国共产党党内政治生活若干准则》，现就开好2025年度民主生活会有关事项通知如下。',
  '一、主题',
  '深入学习贯彻习近平新时代中国特色社会主义思想。',
  '二、重点对照检查内容',
  ...ASPECTS_2025,
  '三、工作要求',
  '各级党组织要高度重视，认真组织实施。',
];

test.each([
  ['the notice, listing the year\'s aspects', NOTICE, '通知'],
  ['a notice without its aspects', [NOTICE[0], ...NOTICE.slice(1, 6), ...NOTICE.slice(-2)], '通知'],
  ['an implementation plan', ['XX县2025年度民主生活会实施方案', '一、指导思想', '以习近平新时代中国特色社会主义思想为指导。', '二、时间安排', '2026年1月中旬前召开。'], '方案'],
  ['a notice with no title line found (its first line)', ['关于召开组织生活会的通知。', '各党支部：', '请于1月底前召开组织生活会。'], '通知'],
  ['a notice title in 《》', ['转发《关于开好2025年度民主生活会的通知》', '各支部：请认真学习。'], '通知'],
])('%s: one warning that it is no material, nothing else', (_name, lines, kind) => {
  const a = analyze(textDoc(lines as string[]));
  expect(a.findings.map((f) => f.rule)).toEqual(['not-a-material']);
  expect(a.findings[0].severity).toBe('warning');
  expect(a.findings[0].message).toContain(`像是一份${kind}，不是对照检查材料`);
  expect(a.findings[0].paragraph).toBe(0);
});

// A notice that begins with its issuing bodies or its document number above the title (trial 19:
// "中共××市委组织部　中共××市纪委监委机关" above "关于认真开好…民主生活会的通知" was checked as a material).
const BODY = NOTICE.slice(1);
test.each([
  ['the issuing bodies, anonymised, on one line', ['中共××市委组织部　中共××市纪委监委机关', NOTICE[0], ...BODY]],
  ['the issuing bodies on two lines', ['中共XX市委组织部', 'XX市纪委监委机关', NOTICE[0], ...BODY]],
  ['a red header and a document number', ['中共××县委组织部文件', '×组通〔2026〕12号', NOTICE[0], ...BODY]],
  ['an issuing office above a title with no meeting words', ['××县委办公室', '关于做好年终有关工作的通知', '各乡镇党委：', '现将有关事项通知如下。']],
])('a notice headed by %s: one warning at its title', (_name, lines) => {
  const a = analyze(textDoc(lines as string[]));
  expect(a.findings.map((f) => f.rule)).toEqual(['not-a-material']);
  const title = (lines as string[]).findIndex((l) => l.endsWith('通知'));
  expect(a.findings[0].paragraph).toBe(title);
  expect(a.findings[0].message).toContain('像是一份通知，不是对照检查材料');
});

test.each([
  ['a material headed by its unit', ['中共××县委常委会', '关于2025年度民主生活会的对照检查材料', ...completeLines()]],
  ['a thin material headed by its unit', ['××街道党工委', '对照检查材料', '一是学习不深。']],
  ['a text whose notice line follows a sentence', ['本人对照检查如下。', '关于召开会议的通知', '请准时参加。']],
])('%s: not read as a notice', (_name, lines) => {
  const a = analyze(textDoc(lines as string[]));
  expect(a.findings.some((f) => f.rule === 'not-a-material')).toBe(false);
});

test('a text whose notice line comes after four header lines: not read as a notice (its first line is its title)', () => {
  const a = analyze(textDoc(['甲单位', '乙单位', '丙单位', '丁单位', '关于召开会议的通知', '请准时参加。']));
  expect(a.findings.map((f) => [f.rule, f.paragraph])).toEqual([['not-a-material', 0]]);
  expect(a.findings[0].message).toContain('标题“甲单位”不像是对照检查材料');
});

/**
 * A trial (t25) kept its notes (EXPECT.md: what each material should get) in the folder it checked:
 * three missing-part errors, and a row in the workbook as a material. Other papers of no kind
 * NOT_MATERIAL_TITLE names — notes, a README, a list — say they are no material, once; a draft that
 * is only its title, or a text whose title names a material, is still checked as one.
 */
test.each([
  ['notes in markdown, titled in English', ['# Reviewer notes (before running the tool)', '', 'm01: 2021 个人, five aspects; expect: clean. 一是学习不深 has no 比如.', 'm02: 2022 班子; causes give 任务重、人手少; measures all slogans.', 'm03: 2023 主题教育; expect an error: 廉洁自律 missing.']],
  ['a README', ['# 说明', '', '本文件夹存放各单位报送的材料，按单位名称命名。', '审阅后请在汇总表中标注。', '有疑问请联系组织科。']],
  ['a list of names', ['参会人员名单', '张××　局长', '李××　副局长', '王××　纪检组长']],
  ['a reviewer\'s remarks on a material', ['退回意见汇总', '甲局：问题查摆不够具体，缺少事例。', '乙局：措施没有时限，请修改后再报。', '丙局：原因分析偏重客观。']],
])('%s: one warning that it is no material', (_name, lines) => {
  const a = analyze(textDoc(lines));
  expect(a.findings.map((f) => f.rule)).toEqual(['not-a-material']);
  // Notes mostly in English are said to be so (t26: text mostly not Chinese).
  expect(a.findings[0].message).toMatch(/不像是对照检查材料|大部分不是中文/);
});

test.each([
  ['a draft that is only its title', ['2025年度民主生活会个人对照检查材料']],
  ['a speech outline with only a greeting', ['在专题组织生活会上的发言', '同志们：', '下面我作个人发言。']],
  ['a 检视剖析 draft', ['个人检视剖析', '按照要求，现将个人检视剖析情况报告如下。']],
  ['an untitled item list', ['一是学习不深，比如全年自学3次。', '二是调研不实。']],
  // A paragraph or two checked on their own (pasted into the pane): their words are still checked.
  ['one sentence', ['紧密团结在以习近平总书记为核心的党中央周围']],
  ['a heading-like line and two more', ['理论学习', '学习习近平新时代中国特色社会主义理论不够系统。', '落实“一岗两责”不到位。']],
])('%s: checked as a material', (_name, lines) => {
  const a = analyze(textDoc(lines));
  expect(a.findings.some((f) => f.rule === 'not-a-material')).toBe(false);
});

test.each([
  ['a material', completeLines()],
  ['a material titled as a speech outline', ['在2025年度民主生活会上的发言提纲', ...completeLines()]],
  ['a material whose title ends oddly but which has its parts', ['某局班子关于2025年度民主生活会对照检查情况的报告意见', ...completeLines()]],
  ['a thin material with only a problems part', ['对照检查材料', '一、存在的问题', '1.学习不深。']],
  ['a text with no title that says notice', ['各支部：请认真学习。', '一是学习不深。']],
])('%s: checked as a material', (_name, lines) => {
  const a = analyze(textDoc(lines as string[]));
  expect(a.findings.some((f) => f.rule === 'not-a-material')).toBe(false);
});

const NOTICES: [string, string[]][] = [
  ['the notice, listing the year\'s aspects', NOTICE],
  ['an implementation plan', ['XX县2025年度民主生活会实施方案', '一、指导思想', '以习近平新时代中国特色社会主义思想为指导。', '二、时间安排', '2026年1月中旬前召开。']],
  ['a notice with no title line found', ['关于召开组织生活会的通知。', '各党支部：', '请于1月底前召开组织生活会。']],
];

test.each(NOTICES)('%s: the report lists no parts a material would lack, and says why', (_name, lines) => {
  const report = formatReport(analyze(textDoc(lines)), 'x.txt');
  expect(report).toContain(`结构：${messages.notAMaterialStructure}`);
  expect(report.join('\n')).not.toMatch(/（缺失）|✗/);
});

test.each(NOTICES)('%s: the workbook row has no missing parts or aspects, only that it is no material', (_name, lines) => {
  const row = materialRow(analyze(textDoc(lines)), 'x.txt');
  expect(row[4]).toBe(deliverableText.notAMaterialCell);
  expect([row[3], row[5], row[6]]).toEqual(['', '', '']);
  expect(row[11]).toBe(1);
});

test('a material keeps its structure block and its missing parts', () => {
  const a = analyze(textDoc(['对照检查材料', '一、存在的问题', '1.学习不深。']));
  const report = formatReport(a, 'x.txt');
  expect(report).toContain('结构：');
  expect(report.join('\n')).toContain('（缺失）');
  expect(String(materialRow(a, 'x.txt')[4])).toContain('整改措施');
});

/**
 * t26 #2: a README in English (titled 对照检查助手, so its title named a material) got three
 * missing-part errors and warnings on English text; a one-line notes file "会议纪要：…" got three
 * errors. A text mostly not Chinese, a line labelled as another paper, and a line or two with no
 * numbering and no word of a material each get the one warning.
 */
describe('papers that are no material, however their title reads', () => {
  const ENGLISH = [
    '# 对照检查助手 (duizhao)',
    'A Word add-in and a command line tool that check self-examination materials for 民主生活会.',
    'It reads the parts (存在的主要问题, 原因分析, 整改措施) and flags what a reviewer would send back.',
    '## Install',
    'Run npm ci, then npm run check -- samples/sample.txt to see a report.',
    '一、存在的主要问题',
    'The line above is an example of a part heading the tool recognises.',
  ];
  test.each([
    ['an English README titled with a material\'s words, quoting a part heading', ENGLISH],
    ['English notes with no title', ['notes from the review meeting on Tuesday', 'check m01 again: the aspects look out of order', 'ask about the 2026 template']],
    ['source code', ['function check(text) {', '  const parts = ["存在的主要问题", "原因分析"];', '  return parts.filter((p) => !text.includes(p));', '}']],
  ])('%s: one warning that it is not Chinese', (_name, lines) => {
    const a = analyze(textDoc(lines));
    expect(a.findings.map((f) => f.rule)).toEqual(['not-a-material']);
    expect(a.findings[0].message).toContain('大部分不是中文');
  });

  test.each([
    ['会议纪要：今天讨论了三件事。', '纪要'],
    ['情况说明：材料下周一前报送。', '说明'],
    ['通知：明天上午九点开会。', '通知'],
    ['学习笔记：读了两章。', '笔记'],
    ['待办：周五前交表。', ''],
  ])('a one-line paper labelled %p', (line, kind) => {
    const a = analyze(textDoc([line]));
    expect(a.findings.map((f) => f.rule)).toEqual(['not-a-material']);
    expect(a.findings[0].message).toContain(kind ? `像是一份${kind}，不是对照检查材料` : '不像是对照检查材料');
  });

  test.each([
    ['one line of plain notes', ['今天讨论了三件事。']],
    ['two lines of a memo', ['周三下午两点开会', '地点在三楼会议室']],
  ])('%s: no material words, no numbering', (_name, lines) => {
    const a = analyze(textDoc(lines));
    expect(a.findings.map((f) => f.rule)).toEqual(['not-a-material']);
  });
});

describe('real materials, however short, are still checked', () => {
  test.each([
    ['a short material with Latin words in it', ['2025年度民主生活会个人对照检查材料', '一、存在的主要问题', '一是学习不深。比如，APP学习积分只有3000分，PPT课件照搬照抄。', '二、原因分析', '理想信念有所松懈。', '三、整改措施', '每月学习2次。']],
    ['a one-line problem pasted into the pane', ['一是理论学习不够深入，满足于一知半解。']],
    ['a formulation looked up', ['增强“四个意识”、坚定“四个自信”、做到“两个坚决维护”']],
    ['a numbered line with no material words', ['一是周三下午开会。']],
    ['a measure line', ['每月到联系村走访不少于2次。']],
    ['a labelled line that is a material\'s', ['对照检查说明：本人对照五个方面查摆问题如下。']],
    ['three lines of a draft', ['今天开始写', '第二段', '第三段']],
  ])('%s: no not-a-material', (_name, lines) => {
    const a = analyze(textDoc(lines));
    expect(a.findings.some((f) => f.rule === 'not-a-material')).toBe(false);
  });
});

// A standard formulation pasted on its own (to check its wording) is never taken for notes.
describe('every standard formulation and phrase, pasted alone, is checked', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const formulations = require('../../src/engine/formulations.json').formulations as { right: string }[];
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const phrases = require('../../src/engine/standard-phrases.json').phrases as string[];
  // Not 中央八项规定 alone: a line ending in 规定 is read as a document's title (NOT_MATERIAL_TITLE),
  // as before this change.
  const texts = [...formulations.map((f) => f.right.replace(/\$\d/g, '四')), ...phrases, '反对享乐主义和奢糜之风'].filter((t) => !t.endsWith('规定'));
  test.each(texts.map((t) => [t]))('%s', (text) => {
    const a = analyze(textDoc([text]));
    expect(a.findings.some((f) => f.rule === 'not-a-material')).toBe(false);
  });
});
