/**
 * The first item of a list typed as a bare numeral and a space, right under its heading ("三 对环评
 * 审批…抓得不紧", a trial's (t24 m03) aspect 6): the outline reads it as a mistyped 一是 — the numbering
 * rule reports it with the fix to 一是 — and the number is no part of the problem's name in the
 * coverage table or the 整改清单's 存在问题 cell (it showed “三对环评…”). Before, no sequence was
 * running there, so the numeral stayed text. A line whose words after the numeral read as a heading
 * (一 在政治忠诚方面), a numeral with no space (三会一课), and such a line in the middle of body text
 * are left as they were. Materials written for this test.
 */
import { analyze } from '../../src/engine';
import { coverageTable } from '../../src/engine/link/report';
import { buildChecklist } from '../../src/engine/checklist';
import { itemName, stripMarker } from '../../src/engine/link/text';
import { applyFix } from '../../src/engine/fix';
import { textDoc } from '../support/docs';

/**
 * A 2025 个人 material whose aspects number their items each from 一是 (aspect 2 begins again at
 * 一是); `first` opens aspect 3 (its only item), `cause` is the causes' first line.
 */
function material(first: string, cause = '一是理想信念有所松懈，对理论学习重视不够。'): string[] {
  return [
    '某局党组书记2025年度民主生活会个人对照检查材料',
    '一、存在的主要问题',
    '（一）带头强化政治忠诚、提高政治能力方面',
    '一是理论学习不够深入。比如，全年只撰写研讨材料2篇。',
    '二是政治判断力不强，对风险研判不足，比如1次舆情处置迟缓。',
    '（二）带头敢于担当、积极作为方面',
    '一是担当精神不足，信访积案化解不力，仍有3件超期。',
    '（三）带头固本培元、增强党性方面',
    first,
    '二、原因分析',
    cause,
    '二是宗旨意识有所淡化，联系群众不够紧密。',
    '三、整改措施',
    '（一）强化理论武装。每月学习2次，年底前撰写研讨材料6篇。',
    '（二）提高政治判断力。每季度开展1次风险研判，舆情2小时内处置。',
    '（三）化解信访积案。2026年3月底前3件超期积案全部办结。',
    '（四）严格党性锻炼。参加三会一课全勤，年底前完成。',
  ];
}
const numbering = (lines: string[]) => analyze(textDoc(lines)).findings.filter((f) => f.rule === 'numbering' && f.severity !== 'info');
const ITEM = '党性锻炼有所放松，参加三会一课请假2次。';

describe('a first item typed as a numeral and a space is a mistyped 一是', () => {
  test.each([
    ['三 and a space (t24 m03)', '三 '],
    ['三 and an ideographic space', '三\u3000'],
    ['三 and two spaces', '三  '],
    ['一 and a space', '一 '],
  ])('%s', (_name, number) => {
    const lines = material(number + ITEM);
    const doc = textDoc(lines);
    const a = analyze(doc);
    // One problem, numbered by the typed numeral.
    const problems = a.outline.aspects[2].problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].marker).toMatchObject({ kind: 'cn-shi', broken: true });
    // The numbering rule reports it, and its fix writes 一是 in place of the numeral and the spaces.
    const found = numbering(lines).filter((f) => f.paragraph === 8);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('一是');
    const fixed = applyFix(doc.paragraphs.map((p) => ({ text: p.text })), found[0].fix!);
    expect(fixed.ok && fixed.paragraphs[8].text).toBe('一是' + ITEM);
    // Its name, in the coverage table and the checklist, starts with what it says.
    const table = coverageTable(a).join('\n');
    expect(table).toMatch(/1\. 党性锻炼有所放松/);
    expect(table).not.toMatch(/[一三]党性/);
    expect(buildChecklist(a, doc).map((r) => r.problem)).toContain(ITEM);
  });

  test('the first cause, under the part heading', () => {
    const lines = material('一是' + ITEM, '一 理想信念有所松懈，对理论学习重视不够。');
    const a = analyze(textDoc(lines));
    expect(a.outline.causes).toHaveLength(2);
    expect(a.outline.causes[0].marker).toMatchObject({ kind: 'cn-shi', value: 1, broken: true });
    const found = numbering(lines).filter((f) => f.paragraph === 10);
    expect(found).toHaveLength(1);
    expect(found[0].fix?.edits[0]).toMatchObject({ text: '一是', expect: '一 ' });
  });

  test('names: the number typed without 是 is dropped, other text kept', () => {
    expect(stripMarker('三 对环评审批抓得不紧')).toBe('对环评审批抓得不紧');
    expect(stripMarker('一　学习不深')).toBe('学习不深');
    expect(stripMarker('三，斗争精神不足')).toBe('斗争精神不足');
    expect(itemName('三 对环评审批、环保执法等重点领域的廉政风险防控抓得不紧。', 18)).toMatch(/^对环评审批/);
    expect(stripMarker('三会一课落实不严')).toBe('三会一课落实不严');
    expect(stripMarker('三年来学习不够')).toBe('三年来学习不够');
    expect(stripMarker('一是学习不深')).toBe('学习不深');
  });
});

describe('left as they were', () => {
  test('a numeral with no space (三会一课) opening the item: no marker, no numbering finding', () => {
    const lines = material('三会一课' + '落实不严，参加组织生活请假2次。');
    const a = analyze(textDoc(lines));
    expect(a.outline.aspects[2].problems[0].marker).toBeUndefined();
    expect(numbering(lines).filter((f) => f.paragraph === 8)).toEqual([]);
  });

  test('words after the numeral that read as a heading (一 在政治忠诚方面) make no item', () => {
    const lines = material('一 在党性锻炼方面');
    lines.splice(9, 0, ITEM);
    const a = analyze(textDoc(lines));
    for (const x of a.outline.aspects) for (const p of x.problems) expect(p.marker?.broken).not.toBe(true);
  });

  test('a numeral and a space in the middle of body text, no heading above it', () => {
    // No 一是 sequence running (the aspect's first line is unnumbered), and a body line above it.
    const lines = material(ITEM);
    lines.splice(9, 0, '这一问题在班子中也有表现。', '三 对环评审批抓得不紧，有的科室审批环节监督不到位。');
    const a = analyze(textDoc(lines));
    for (const x of a.outline.aspects) for (const p of x.problems) expect(p.marker?.raw).not.toBe('三 ');
  });
});
