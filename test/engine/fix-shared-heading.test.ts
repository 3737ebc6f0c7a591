/**
 * A fix that inserts a part before a heading holding several parts (一、对照检查情况 whose items carry
 * 问题：/原因：/整改措施： fields; 一、存在的问题及原因) renumbers that heading once. It was listed once
 * per part it holds, so the fix edited one marker two or three times and applied to no text: the
 * CLI's --fix-preview said （文字已变化，此修改不适用） on an untouched file (trial 22).
 */
import { analyze } from '../../src/engine';
import { applyFix, verifyFix, fixPreview } from '../../src/engine/fix';
import { readText } from '../../src/engine/readers/text';
import type { DocumentInput } from '../../src/engine/types';
import { fixText } from '../../src/engine/messages';

const TITLE = '××县财政局党组书记2025年度民主生活会对照检查材料';
const ASPECTS = [
  '（一）带头强化政治忠诚、提高政治能力方面',
  '（二）带头强化党性修养、锤炼过硬作风方面',
  '（三）带头强化责任担当、积极奋发有为方面',
  '（四）带头强化纪律意识、严守廉洁底线方面',
  '（五）带头强化从严治党、落实管党责任方面',
];

/** Each aspect with 问题/原因/整改措施 fields, all under one part heading. */
function fields(head: string): string[] {
  return [TITLE, '', head, ...ASPECTS.flatMap((a, i) => [a, `问题：落实要求有温差，去年只完成了${i + 3}项。`, '原因：政治站位不够高。', `整改措施：2026年6月底前完成${i + 2}项，每月调度1次。`])];
}

const SHAPES: [string, string[]][] = [
  ['field-style items under 一、对照检查情况', fields('一、对照检查情况')],
  ['field-style items under 一、个人对照检查情况', fields('一、个人对照检查情况')],
  [
    'problems and causes in one part, measures apart',
    [TITLE, '', '一、存在的问题及原因', ...ASPECTS.flatMap((a, i) => [a, `一是落实要求有温差，去年只完成了${i + 3}项。原因是政治站位不够高。`]), '二、整改措施', ...ASPECTS.map((_, i) => `（${'一二三四五'[i]}）2026年6月底前完成${i + 2}项，每月调度1次。`)],
  ],
];

describe.each(SHAPES)('%s', (_name, lines) => {
  const input: DocumentInput = { paragraphs: readText(lines.join('\n')), source: 'text' };
  const paragraphs = input.paragraphs.map((p) => ({ text: p.text }));
  const fixes = analyze(input).findings.filter((f) => f.fix && f.fix.edits.length > 0);
  test('has a fix that inserts a part', () => {
    expect(fixes.some((f) => f.rule === 'missing-part')).toBe(true);
  });
  test('every fix applies to the untouched text and edits no span twice', () => {
    for (const f of fixes) {
      expect(verifyFix(paragraphs, f.fix!)).toEqual({ ok: true });
      expect(applyFix(paragraphs, f.fix!).ok).toBe(true);
      expect(fixPreview(paragraphs, f.fix!)).not.toContain(fixText.previewWithdrawn);
      const spans = f.fix!.edits.filter((e) => !e.newParagraphAfter).map((e) => `${e.paragraph}:${e.start}:${e.length}`);
      expect(new Set(spans).size).toBe(spans.length);
    }
  });
});
