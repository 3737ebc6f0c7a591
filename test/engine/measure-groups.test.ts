/**
 * Measures grouped under sub-headings (t24 m16: "（二）围绕增强党性、砥砺作风" above "1.常委同志每季度…
 * 调研…（牵头单位：县委办；完成时限：2025年12月底前）" and "2.精简会议文件…"): each numbered item is a
 * measure of its own (outline.ts groupedMeasures), as the problems under an aspect heading are, so
 * its link, its concreteness and its 整改清单 row are its own; the group's heading is its context.
 * The group read as one measure gave 文风会风 the 调研 item's owner and deadline. Measures with no
 * sub-items are read as before. Materials written for this test.
 */
import { analyze } from '../../src/engine';
import { buildChecklist } from '../../src/engine/checklist';
import { linksOf } from '../../src/engine/link';
import type { DocumentInput } from '../../src/engine/types';
import { textDoc, wordDoc } from '../support/docs';

const HEAD = [
  '中共某县委常委会2024年度民主生活会对照检查材料',
  '一、存在的主要问题',
  '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
  '1.执行重大事项请示报告制度不够严格，比如开发区规划调整未及时向市委请示。',
  '2.对党纪学习教育的成果转化不够，专题学习后制定制度仅1项。',
  '（二）带头增强党性、严守纪律、砥砺作风方面',
  '1.调查研究不够深入，常委同志全年到联系乡镇调研平均只有5次。',
  '2.文风会风改进不明显，全县性会议同比只减少3%。',
  '（三）带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面',
  '1.招商引资新办法不多，2024年新签约亿元以上项目仅7个。',
  '（四）带头履行全面从严治党政治责任方面',
  '1.对“一把手”监督不够有力，2024年有2名乡镇党委书记被立案审查。',
  '二、反面典型案例剖析',
  '邻县原县委书记严重违纪违法，根源在于理想信念崩塌、权力观扭曲。对照案例，常委会在民主集中制执行上仍有差距，2024年有3个议题未按规定提前发送材料。',
  '三、原因分析',
  '一是理想信念的“总开关”拧得不够紧。二是党性锻炼有所放松。三是纪律规矩意识有所弱化，对请示报告制度的严肃性认识不足。',
  '四、整改措施',
];

/** Groups of measures: each a heading and its items, written with `markers` (1. / （1） / 一是). */
function grouped(markers: (k: number) => string): string[] {
  const groups: [string, string[]][] = [
    ['（一）围绕严守政治纪律和政治规矩', [
      '重大事项一律事前向市委请示报告，建立请示报告台账。（牵头单位：县委办；完成时限：2025年1月起）',
      '把党纪学习教育成果转化为制度，2025年6月底前制定完善制度5项以上。（牵头单位：县纪委监委）',
    ]],
    ['（二）围绕增强党性、砥砺作风', [
      '常委同志每季度到联系乡镇调研不少于2次。（牵头单位：县委办；完成时限：2025年12月底前）',
      '精简会议文件，2025年全县性会议压减20%以上。',
    ]],
    ['（三）围绕勇于担责、敢于创新', [
      '创新“以商招商”方式，2025年新签约亿元以上项目15个以上。（牵头单位：县商务局；完成时限：2025年12月底前）',
    ]],
    ['（四）围绕履行全面从严治党政治责任', [
      '完善对“一把手”监督办法，每半年开展一次“一把手”述责述廉。（牵头单位：县委组织部）',
      '严格执行民主集中制，常委会议题一律提前3天发送材料。（责任人：县委书记；完成时限：立行立改）',
    ]],
  ];
  return groups.flatMap(([h, items]) => [h, ...items.map((t, k) => markers(k) + t)]);
}

const CN = '一二三四五';
const SHAPES: [string, string[]][] = [
  ['1. items', grouped((k) => `${k + 1}.`)],
  ['（1） items', grouped((k) => `（${k + 1}）`)],
  ['一是 items', grouped((k) => `${CN[k]}是`)],
  ['1、 items', grouped((k) => `${k + 1}、`)],
];

const rowOf = (input: DocumentInput, problem: string) => {
  const rows = buildChecklist(analyze(input), input);
  const row = rows.find((r) => r.problem.includes(problem));
  expect(row).toBeDefined();
  return row!;
};

describe.each(SHAPES)('measures grouped under sub-headings, %s', (_shape, measures) => {
  const input = textDoc([...HEAD, ...measures]);

  test('each item is a measure, its group heading its context', () => {
    const a = analyze(input);
    expect(a.outline.measures).toHaveLength(7);
    expect(a.outline.measures[3].body).toContain('精简会议文件');
    expect(a.outline.measures[3].body).not.toContain('调研');
    expect(a.outline.measures[3].group).toBe('（二）围绕增强党性、砥砺作风');
  });

  test('each problem is answered by its own item', () => {
    const a = analyze(input);
    const best = (problem: string) => {
      const l = linksOf(a).links.find((x) => x.head.includes(problem));
      return l && l.measure !== null ? a.outline.measures[l.measure].body : '';
    };
    expect(best('文风会风')).toContain('精简会议文件');
    expect(best('调查研究')).toContain('调研');
    expect(best('请示报告')).toContain('请示报告台账');
    expect(best('党纪学习教育')).toContain('制度5项');
  });

  test('a row takes the owner and deadline of its own item, none where the item names none', () => {
    const meetings = rowOf(input, '文风会风');
    expect(meetings.measures.join('\n')).toContain('精简会议文件');
    expect(meetings.measures.join('\n')).not.toContain('调研');
    expect(meetings.owner).toBe('');
    expect(meetings.deadline).not.toContain('12月底前');
    const report = rowOf(input, '请示报告');
    expect(report.owner).toBe('县委办');
    expect(report.owner).not.toContain('纪委');
    const oneHead = rowOf(input, '一把手');
    expect(oneHead.owner).toBe('县委组织部');
    expect(oneHead.deadline).not.toContain('立行立改');
  });

  test('an item with no number, deadline or owner is vague on its own', () => {
    const lines = [...measures];
    lines[lines.length - 1] = lines[lines.length - 1].replace(/严格执行民主集中制.*$/, '严格执行民主集中制。');
    const a = analyze(textDoc([...HEAD, ...lines]));
    const vague = a.findings.filter((f) => f.rule === 'vague-measure');
    expect(vague.map((f) => f.message)).toEqual([expect.stringContaining('严格执行民主集中制')]);
  });
});

test('Word heading styles for the groups, numbered items under them', () => {
  const doc = wordDoc([
    ...HEAD.map((text) => ({ text })),
    { text: '围绕增强党性、砥砺作风', styleName: 'heading 2', headingLevel: 2, listString: '（一）' },
    { text: '常委同志每季度到联系乡镇调研不少于2次。（牵头单位：县委办；完成时限：2025年12月底前）', listString: '1.' },
    { text: '精简会议文件，2025年全县性会议压减20%以上。', listString: '2.' },
  ]);
  const a = analyze(doc);
  expect(a.outline.measures.map((m) => m.body)).toEqual([expect.stringContaining('调研'), expect.stringContaining('精简会议文件')]);
  const row = rowOf(doc, '文风会风');
  expect(row.owner).toBe('');
  expect(row.deadline).toBe('');
});

test('a group heading giving the frequency makes its items concrete (context)', () => {
  const a = analyze(textDoc([...HEAD, '（一）每月开展1次集中学习', '1.深入学习党章党规。', '2.认真学习《条例》。', '（二）严格执行请示报告制度，2025年3月底前建立台账。']));
  expect(a.outline.measures).toHaveLength(3);
  expect(a.findings.filter((f) => f.rule === 'vague-measure')).toEqual([]);
});

describe('measures with no sub-items are read as before', () => {
  test.each([
    ['（一） measures, a line each', ['（一）严格执行请示报告制度，每季度自查一次。', '（二）常委同志每季度到联系乡镇调研不少于2次。', '（三）2025年全县性会议压减20%以上。']],
    ['（一） headings with a paragraph each', ['（一）强化政治担当。', '每季度研判1次舆情，3月底前建立台账。', '（二）改进文风会风。', '2025年全县性会议压减20%以上。']],
    ['一是 measures run into one paragraph', ['一是严格执行请示报告制度，每季度自查一次。二是每季度调研不少于2次。三是全县性会议压减20%以上。']],
  ])('%s', (_shape, measures) => {
    const a = analyze(textDoc([...HEAD, ...measures]));
    const heads = a.outline.measures.map((m) => m.heading);
    expect(heads.length).toBe(measures.join('').match(/（[一二三]）|[一二三]是/g)!.length);
    expect(a.outline.measures.every((m) => m.group === undefined)).toBe(true);
  });
});

describe('a group heading naming an owner or a deadline sets it for the items that name none', () => {
  const items = (markers: (k: number) => string) => [
    markers(0) + '常委同志每季度到联系乡镇调研不少于2次。',
    markers(1) + '精简会议文件，全县性会议压减20%以上。（责任人：县委办主任）',
  ];
  test.each([
    ['labelled in brackets, 1. items', '（一）围绕增强党性、砥砺作风（责任人：县委副书记；完成时限：2025年12月底前）', (k: number) => `${k + 1}.`, '县委副书记', '2025年12月底前'],
    ['由…牵头, （1） items', '（一）由县委组织部牵头，围绕增强党性、砥砺作风', (k: number) => `（${k + 1}）`, '县委组织部', ''],
    ['labelled after spaces, 一是 items', '（一）围绕增强党性、砥砺作风　责任人：县委书记　完成时限：2025年6月底前', (k: number) => `${CN[k]}是`, '县委书记', '2025年6月底前'],
  ])('%s', (_shape, heading, markers, owner, deadline) => {
    const input = textDoc([...HEAD, heading, ...items(markers), '（二）严格执行请示报告制度，每季度自查一次。']);
    const a = analyze(input);
    expect(a.outline.measures.filter((m) => m.group).length).toBe(2);
    const research = rowOf(input, '调查研究');
    expect(research.owner).toBe(owner);
    expect(research.deadline).toBe(deadline);
    // An item's own owner stands; the group's deadline fills the one it does not name.
    const meetings = rowOf(input, '文风会风');
    expect(meetings.owner).toBe('县委办主任');
    expect(meetings.deadline).toBe(deadline);
  });

  test('Word heading styles for the group, its owner in the heading', () => {
    const doc = wordDoc([
      ...HEAD.map((text) => ({ text })),
      { text: '围绕增强党性、砥砺作风（责任人：县委副书记）', styleName: 'heading 2', headingLevel: 2, listString: '（一）' },
      { text: '常委同志每季度到联系乡镇调研不少于2次。', listString: '1.' },
      { text: '精简会议文件，2025年全县性会议压减20%以上。', listString: '2.' },
    ]);
    expect(rowOf(doc, '调查研究').owner).toBe('县委副书记');
    expect(rowOf(doc, '文风会风').owner).toBe('县委副书记');
  });
});
