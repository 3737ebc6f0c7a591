/**
 * Where 插入框架 → a part / an aspect puts what the material lacks (engine/placement.ts): the
 * place the missing-part / missing-aspect fix uses, numbered among its neighbours, the later
 * headings moved up; never the cursor (t27: 原因分析 landed after the title or inside an aspect,
 * numbered 四). A part or aspect already there is 'present'. Every write only adds paragraphs and
 * renumbers later headings: no other text of the writer changes.
 */
import { analyze } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import { readText } from '../../src/engine/readers/text';
import { placements } from '../../src/engine/placement';

const T2025 = '××区教育局党组书记2025年度民主生活会个人对照检查材料';
const T2024 = '××县审计局党组书记2024年度民主生活会个人对照检查材料';
const A2025 = ['（一）带头强化政治忠诚、提高政治能力方面', '（二）带头固本培元、增强党性方面', '（三）带头敬畏人民、敬畏组织、敬畏法纪方面', '（四）带头干事创业、担当作为方面', '（五）带头坚决扛起管党治党责任方面'];
const A2024 = ['（一）带头严守政治纪律和政治规矩，维护党的团结统一方面', '（二）带头增强党性、严守纪律、砥砺作风方面', '（三）带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面', '（四）带头履行全面从严治党政治责任方面'];
const item = (i: number) => `一是对分管的第${i + 1}项重点任务跟进不够，今年只调度了${i + 2}次，比如校舍维修拖了两个月。`;

function problems(aspects: string[], skip = -1): string[] {
  return aspects.flatMap((a, i) => (i === skip ? [] : [a, item(i)]));
}

/** Apply the placement's fix; the texts after, and the writer's lines check (all kept, in order, only headings renumbered). */
function place(lines: string[], scope: { part?: string; aspect?: number }, templateId?: string) {
  const input = { paragraphs: readText(lines.join('\n')), source: 'text' as const };
  const analysis = analyze(input, templateId ? { templateId } : {});
  const all = placements(analysis, input);
  const placed = scope.part ? all.parts[scope.part as 'causes'] : all.aspects[scope.aspect!];
  if (placed?.kind !== 'fix') return { placed, out: lines };
  const r = applyFix(input.paragraphs.map((p) => ({ text: p.text })), placed.fix);
  expect(r.ok).toBe(true);
  const out = (r as { paragraphs: Array<{ text: string }> }).paragraphs.map((p) => p.text);
  // Every line of the writer is still there, in order, word for word but for a heading's number.
  const strip = (t: string) => t.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/, '');
  let k = 0;
  for (const t of out) if (k < lines.length && strip(t) === strip(lines[k])) k++;
  expect(k).toBe(lines.length);
  expect(out.length).toBeGreaterThan(lines.length);
  return { placed, out };
}

test('missing 原因分析 (2025): 二、原因分析 before the measures, 整改措施 renumbered 三', () => {
  const lines = [T2025, '一、存在的主要问题', ...problems(A2025), '二、整改措施', '一是每周调度一次，2026年3月底前完成。'];
  const { placed, out } = place(lines, { part: 'causes' });
  expect(placed?.kind).toBe('fix');
  const at = out.indexOf('二、原因分析');
  expect(at).toBeGreaterThan(out.indexOf(A2025[4].replace('（五）', '（五）')));
  expect(out[at + 1]).not.toMatch(/^（/);
  expect(out.indexOf('三、整改措施')).toBeGreaterThan(at);
  expect(out).not.toContain('二、整改措施');
});

test('missing 原因分析 with a run-in measures heading after it: still before the measures', () => {
  const lines = [T2025, '一、存在的主要问题', ...problems(A2025), '二、整改措施', '（一）强化理论武装。每月集中学习1次，2026年6月底前完成。'];
  const { out } = place(lines, { part: 'causes' });
  const at = out.indexOf('二、原因分析');
  expect(at).toBeGreaterThan(1 + 2 * A2025.length);
  expect(out.indexOf('三、整改措施')).toBe(out.length - 2);
});

test('missing 整改措施: at the end of the material, numbered after 原因分析', () => {
  const lines = [T2025, '一、存在的主要问题', ...problems(A2025), '二、原因分析', '一是党性修养有所放松。'];
  const { placed, out } = place(lines, { part: 'measures' });
  expect(placed?.kind).toBe('fix');
  expect(out.indexOf('三、整改措施')).toBe(lines.length);
});

test('a part already there is present (no second one)', () => {
  const lines = [T2025, '一、存在的主要问题', ...problems(A2025), '二、原因分析', '一是党性修养有所放松。', '三、整改措施', '一是每周调度一次，2026年3月底前完成。'];
  const input = { paragraphs: readText(lines.join('\n')), source: 'text' as const };
  const all = placements(analyze(input), input);
  expect(all.parts.causes).toEqual({ kind: 'present' });
  expect(all.parts.measures).toEqual({ kind: 'present' });
  expect(all.aspects[3]).toEqual({ kind: 'present' });
});

test('missing aspect in the middle: after the previous aspect, numbered （三）, later ones moved up', () => {
  const lines = [T2025, '一、存在的主要问题', ...problems(A2025, 2).map((t) => t.replace('（四）', '（三）').replace('（五）', '（四）')), '二、原因分析', '一是党性修养有所放松。', '三、整改措施', '一是每周调度一次，2026年3月底前完成。'];
  const { placed, out } = place(lines, { aspect: 3 });
  expect(placed?.kind).toBe('fix');
  const at = out.findIndex((t) => t.includes('敬畏人民'));
  expect(out[at]).toMatch(/^（三）/);
  expect(at).toBe(out.indexOf(item(1)) + 1);
  expect(out).toContain(A2025[3]);
  expect(out).toContain(A2025[4]);
});

test('2024 material missing its case part: before 原因分析, after the problems, numbered 二', () => {
  const lines = [T2024, '一、存在的主要问题', ...problems(A2024), '二、原因分析', '一是党性修养有所放松。', '三、整改措施', '一是每周调度一次，2026年3月底前完成。'];
  const { placed, out } = place(lines, { part: 'cases' }, 'four-aspects-2024');
  expect(placed?.kind).toBe('fix');
  const at = out.findIndex((t) => /^[一二三四五]、反面典型案例剖析/.test(t));
  expect(out[at]).toMatch(/^二、/);
  expect(out[at + 2] ?? '').not.toBe('');
  expect(at).toBeGreaterThan(out.indexOf(item(3)));
  expect(out.indexOf('三、原因分析')).toBeGreaterThan(at);
  expect(out.indexOf('四、整改措施')).toBeGreaterThan(at);
});

test('no structure at all: the cursor', () => {
  const lines = ['随便写的一段话，没有任何标题。'];
  const input = { paragraphs: readText(lines.join('\n')), source: 'text' as const };
  const all = placements(analyze(input, { templateId: 'four-aspects-2024' }), input);
  expect(all.parts.causes).toEqual({ kind: 'cursor' });
});
