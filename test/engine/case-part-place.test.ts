/**
 * Where the missing-part fix (and so 插入框架 → 仅补缺失标题) puts a missing 反面典型案例剖析 part
 * when one heading holds several parts (trial 20): the case part goes where the template orders it
 * — after the problems, before what follows them — and never between a combined heading (一、存在的
 * 问题及原因; 一、对照检查情况 with 问题：/原因：/整改措施： fields) and a part it holds. It was
 * inserted before such a heading, above the problems. Several shapes, two templates (2024, 2025).
 */
import { analyze } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import { readText } from '../../src/engine/readers/text';
import { nextPartNode } from '../../src/engine/rules/missing-part';
import type { OutlineNode, PartNode, PartRole } from '../../src/engine/types';

const T2025 = '××市发展改革委党组成员2025年度民主生活会个人对照检查材料';
const T2024 = '××县审计局党组书记2024年度民主生活会个人对照检查材料';
const A2025 = ['（一）带头强化政治忠诚、提高政治能力方面', '（二）带头固本培元、增强党性方面', '（三）带头敬畏人民、敬畏组织、敬畏法纪方面', '（四）带头干事创业、担当作为方面', '（五）带头坚决扛起管党治党责任方面'];
const A2024 = ['（一）带头严守政治纪律和政治规矩，维护党的团结统一方面', '（二）带头增强党性、严守纪律、砥砺作风方面', '（三）带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面', '（四）带头履行全面从严治党政治责任方面'];

const item = (i: number) => `一是对分管的第${i + 1}项重点任务跟进不够，今年只调度了${i + 2}次，比如项目审批拖了两个月。`;
const cause = (i: number) => `原因是党性修养有所放松，第${i + 1}方面的要求落得不实。`;
const measure = (i: number) => `（${'一二三四五'[i]}）2026年${i + 3}月底前完成第${i + 1}项整改，每月调度1次，本人负责。`;

interface Shape {
  name: string;
  lines: string[];
  /** The line the case part must come right before (undefined: at the end). */
  before?: string;
  /** Lines that must all come before the inserted case part. */
  after: string[];
}

const SHAPES: Shape[] = [
  {
    name: '2025: 一、存在的问题及原因 / 二、整改措施',
    lines: [T2025, '一、存在的问题及原因', ...A2025.flatMap((a, i) => [a, `${item(i)}${cause(i)}`]), '二、整改措施', ...A2025.map((_, i) => measure(i))],
    before: '二、整改措施',
    after: ['一、存在的问题及原因', A2025[4]],
  },
  {
    name: '2024: 一、查摆的问题和原因剖析 / 二、下一步整改措施',
    lines: [T2024, '一、查摆的问题和原因剖析', ...A2024.flatMap((a, i) => [a, item(i), cause(i)]), '二、下一步整改措施', ...A2024.map((_, i) => measure(i))],
    before: '二、下一步整改措施',
    after: ['一、查摆的问题和原因剖析', A2024[3]],
  },
  {
    name: '2025: field-style 问题：/原因：/整改措施： under one heading',
    lines: [T2025, '一、对照检查情况', ...A2025.flatMap((a, i) => [a, `问题：${item(i).slice(2)}`, `原因：${cause(i).slice(3)}`, `整改措施：2026年${i + 3}月底前完成整改，每月调度1次。`])],
    before: undefined,
    after: ['一、对照检查情况', A2025[4]],
  },
  {
    name: '2024: 一、存在的主要问题 / 二、原因分析及整改措施 (the combined heading after the case part)',
    lines: [T2024, '一、存在的主要问题', ...A2024.flatMap((a, i) => [a, item(i)]), '二、原因分析及整改措施', ...A2024.map((_, i) => cause(i)), ...A2024.map((_, i) => measure(i))],
    before: '二、原因分析及整改措施',
    after: ['一、存在的主要问题', A2024[3]],
  },
  {
    name: '2025: every part its own heading (as before)',
    lines: [T2025, '一、存在的主要问题', ...A2025.flatMap((a, i) => [a, item(i)]), '二、原因分析', ...A2025.map((_, i) => cause(i)), '三、整改措施', ...A2025.map((_, i) => measure(i))],
    before: '二、原因分析',
    after: ['一、存在的主要问题', A2025[4]],
  },
];

describe.each(SHAPES)('$name', ({ lines, before, after }) => {
  const paragraphs = readText(lines.join('\n'));
  const analysis = analyze({ paragraphs, source: 'text' });
  const finding = analysis.findings.find((f) => f.rule === 'missing-part' && /反面典型案例剖析/.test(f.message));

  test('the case part is reported missing, with a fix', () => {
    expect(finding?.fix?.edits.length).toBeGreaterThan(0);
  });

  test('the fix puts it after the problems (and a combined heading’s parts), before what follows; no text lost or moved', () => {
    const r = applyFix(paragraphs.map((p) => ({ text: p.text })), finding!.fix!);
    expect(r.ok).toBe(true);
    const out = (r as { paragraphs: Array<{ text: string }> }).paragraphs.map((p) => p.text);
    const at = out.findIndex((t) => /^[一二三四五六]、反面典型案例剖析/.test(t));
    expect(at).toBeGreaterThan(0);
    for (const a of after) expect(out.indexOf(a)).toBeLessThan(at);
    if (before === undefined) {
      expect(out.slice(at + 1).every((t) => !lines.some((l) => l !== '' && t.endsWith(l.replace(/^[一二三四五六]、/, ''))))).toBe(true);
    } else {
      const next = out.findIndex((t, i) => i > at && t.endsWith(before.replace(/^[一二三四五六]、/, '')));
      // Nothing of the writer's between the inserted block and that heading.
      expect(out.slice(at + 1, next).every((t) => !lines.includes(t))).toBe(true);
    }
    // Every line of the writer's is still there, in order (a part number may move up by one).
    const strip = (t: string) => t.replace(/^[一二三四五六]、/, '');
    const kept = out.map(strip).filter((t) => lines.map(strip).includes(t));
    expect(kept).toEqual(lines.map(strip).filter((t) => t !== ''));
  });
});

describe('nextPartNode', () => {
  const node = (paragraph: number): OutlineNode => ({ paragraph } as unknown as OutlineNode);
  const ORDER: PartRole[] = ['previous', 'problems', 'cases', 'causes', 'measures'];
  const a = node(1);
  const b = node(10);
  const c = node(20);
  const parts = (...xs: Array<[PartRole, OutlineNode]>): PartNode[] => xs.map(([role, n]) => ({ role, node: n }));

  test.each<[string, PartNode[], PartRole, OutlineNode | undefined]>([
    ['problems+causes on one heading, measures apart → before measures', parts(['problems', a], ['causes', a], ['measures', b]), 'cases', b],
    ['all three on one heading → at the end', parts(['problems', a], ['causes', a], ['measures', a]), 'cases', undefined],
    ['each part apart → before the causes', parts(['problems', a], ['causes', b], ['measures', c]), 'cases', b],
    ['causes+measures combined after the problems → before it', parts(['problems', a], ['causes', b], ['measures', b]), 'cases', b],
    ['no problems part → before the first later part', parts(['causes', b], ['measures', c]), 'cases', b],
    ['a missing causes part, problems+cases combined → before measures', parts(['problems', a], ['cases', a], ['measures', c]), 'causes', c],
    ['a missing problems part after 上年度整改 → before the causes', parts(['previous', a], ['causes', b], ['measures', c]), 'problems', b],
    ['a part outside the order (其他) holds no earlier part', parts(['other', a], ['causes', b]), 'cases', b],
  ])('%s', (_, ps, role, want) => {
    expect(nextPartNode(ps, ORDER, role)).toBe(want);
  });
});
