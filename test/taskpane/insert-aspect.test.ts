/**
 * 插入某一方面 for an aspect the material lacks puts it where missing-aspect's fix does (inside
 * 存在的主要问题, between its neighbours, renumbered), wherever the cursor is: a trial's cursor at
 * the end of 整改措施 got the aspect's heading after the last measure, and the error stayed. A
 * material no template fits gets no other year's aspects to insert (skeletonTemplateFor).
 */
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { insertScope, type InsertionDeps } from '../../src/taskpane/hooks/useDocumentActions';
import type { CheckState } from '../../src/taskpane/hooks/useCheck';
import { getTemplate, skeletonTemplateFor, skeletonTemplateOf, unknownTemplate } from '../../src/engine/template';

const TEMPLATE = getTemplate('four-aspects-2024')!;
const LINES = [
  '某局党组2024年度民主生活会对照检查材料',
  '一、存在的主要问题',
  '（一）带头严守政治纪律和政治规矩，维护党的团结统一方面',
  '一是请示报告不及时，比如9月一笔预算调整事后才报告。',
  '（二）带头增强党性、严守纪律、砥砺作风方面',
  '一是作风不够扎实，比如调研只看台账。',
  '（三）带头履行全面从严治党政治责任方面',
  '一是对干部管理偏松，比如谈心谈话全年只有2次。',
  '二、反面典型案例剖析',
  '对照某局原局长案，本人对下属管理宽松。',
  '三、原因分析',
  '一是党性修养放松。',
  '四、整改措施',
  '（一）每季度开展一次请示报告专项检查。',
];

function deps(doc: MemoryDocument): InsertionDeps & { notes: string[] } {
  const gateway = new MemoryGateway(doc);
  const analyzer = createMainThreadAnalyzer();
  const notes: string[] = [];
  const run = async (): Promise<CheckState> => {
    const paragraphs = await gateway.read();
    const report = await analyzer.analyze({ paragraphs, source: 'word' }, TEMPLATE.id);
    return { phase: 'done', report, paragraphs, current: paragraphs, error: null, stale: new Set(), checks: 1, readNotice: null } as unknown as CheckState;
  };
  return {
    gateway,
    run,
    notes,
    notify: (_i, text) => notes.push(text),
    remember: () => {},
    insert: async (paragraphs) => gateway.insert(paragraphs).then((r) => (r.ok ? paragraphs.length : null)),
  };
}

test('an aspect the material lacks goes into 存在的主要问题, not at the cursor in 整改措施', async () => {
  const doc = new MemoryDocument(LINES.join('\n'));
  // The cursor at the end of the last measure.
  doc.setUserSelection({ paragraph: LINES.length - 1, offset: LINES[LINES.length - 1].length });
  const d = deps(doc);
  expect(await insertScope(d, TEMPLATE, { kind: 'aspect', aspect: 3 })).toBe('done');
  const texts = doc.paragraphs.map((p) => p.text);
  const at = texts.findIndex((t) => t.includes('勇于担责、敢于创新'));
  expect(at).toBeGreaterThan(texts.indexOf('一、存在的主要问题'));
  expect(at).toBeLessThan(texts.indexOf('二、反面典型案例剖析'));
  // Numbered as the third and the old third renumbered: the missing-aspect error is gone.
  expect(texts[at]).toMatch(/^（三）/);
  expect(texts).toContain('（四）带头履行全面从严治党政治责任方面');
  const after = await d.run();
  expect(after.report!.groups.flatMap((g) => g.findings).filter((f) => f.rule === 'missing-aspect')).toEqual([]);
  // The writer's measures are untouched.
  expect(texts[texts.length - 1]).toBe(LINES[LINES.length - 1]);
});

test('skeletons for a material no template fits: the parts every meeting has and those the last two years asked for, no aspects', () => {
  const t = skeletonTemplateFor('unknown', 2026)!;
  expect(t.aspects).toEqual([]);
  // 2024年度 and 2025年度 both asked for 上年度整改 and 反面典型案例剖析: in the skeleton, not required.
  expect(t.parts.map((p) => p.role)).toEqual(['previous', 'problems', 'cases', 'causes', 'measures']);
  expect(t.parts.filter((p) => p.required).map((p) => p.role).sort()).toEqual(['causes', 'measures', 'problems']);
  expect(t.skeletonTitle).toBe('××2026年度民主生活会对照检查材料');
  // No year read: no recent parts, the meeting still named.
  const none = skeletonTemplateFor('unknown', null)!;
  expect(none.parts.map((p) => p.role).sort()).toEqual(['causes', 'measures', 'problems']);
  expect(none.skeletonTitle).toBe('××民主生活会对照检查材料');
  // 组织生活会 has one earlier year only: its own parts, its meeting named.
  const org = skeletonTemplateOf(unknownTemplate(2026, '组织生活会'));
  expect(org.parts.map((p) => p.role).sort()).toEqual(['causes', 'measures', 'problems']);
  expect(org.skeletonTitle).toBe('××2026年度组织生活会对照检查材料');
  expect(skeletonTemplateFor('five-aspects-2025', 2025)).toBe(getTemplate('five-aspects-2025'));
});
