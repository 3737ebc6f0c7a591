/**
 * Rule numbering: an item written twice — the same number and the same words (a cause sentence
 * pasted again: 三是…不到位。三是…不到位。) — is a repeat to delete, not a number to change: the advice
 * says 删去重复的一条 and its fix deletes the copy (never 改为“四是”), and the numbers after it stay.
 * The same number over different words is still renumbered (trial t24 m12).
 */
import { analyze } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import { textDoc } from '../support/docs';

function material(causes: string[], measures = ['（一）每月集中学习1次，年底前完成。', '（二）2027年3月底前走访群众20户。']): string[] {
  return [
    '县农业农村局局长2025年度民主生活会个人对照检查材料',
    '一、存在的主要问题',
    '（一）带头强化政治忠诚、提高政治能力方面',
    '学习贯彻上级部署不够深入，比如高标准农田建设推进会后没有细化任务。',
    '二、原因分析',
    ...causes,
    '三、整改措施',
    ...measures,
  ];
}

const numbering = (lines: string[]) => analyze(textDoc(lines)).findings.filter((f) => f.rule === 'numbering');

test('a cause sentence pasted twice in one paragraph: delete the repeat, not 改为四是', () => {
  const lines = material(['一是理想信念有所弱化。二是宗旨意识淡化。三是对管党治党的认识不到位。三是对管党治党的认识不到位。']);
  const found = numbering(lines);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('删去重复');
  expect(found[0].message).not.toContain('应为');
  expect(found[0].fix?.label).toBe('删去重复的一条');
  const doc = textDoc(lines);
  const r = applyFix(doc.paragraphs.map((p) => ({ text: p.text })), found[0].fix!);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.paragraphs[5].text).toBe('一是理想信念有所弱化。二是宗旨意识淡化。三是对管党治党的认识不到位。');
  expect(numbering(r.paragraphs.map((p) => p.text))).toHaveLength(0);
});

test('the repeat followed by the next number: that number is no fault', () => {
  const found = numbering(material(['一是理想信念有所弱化。二是宗旨意识淡化。二是宗旨意识淡化。三是对管党治党的认识不到位。']));
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('删去重复');
});

test('items a paragraph each: the repeated paragraph is named a repeat (no renumbering offered)', () => {
  const found = numbering(material(['一是理想信念有所弱化。', '二是宗旨意识淡化。', '二是宗旨意识淡化。']));
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('删去重复');
  expect(found[0].fix?.edits.some((e) => e.text.startsWith('三是'))).toBeFalsy();
});

test('measures written twice under one number: the same', () => {
  const found = numbering(material(['一是理想信念有所弱化。二是宗旨意识淡化。'], ['（一）每月集中学习1次，年底前完成。', '（二）2027年3月底前走访群众20户。', '（二）2027年3月底前走访群众20户。']));
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('删去重复');
});

test('the same number over different words is still renumbered', () => {
  const found = numbering(material(['一是理想信念有所弱化。二是宗旨意识淡化。二是对管党治党的认识不到位。']));
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('应为“三是”');
  expect(found[0].fix?.edits[0].text).toBe('三是');
});
