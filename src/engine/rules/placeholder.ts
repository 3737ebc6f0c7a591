import type { Rule } from '../rule';
import { fixText, messages } from '../messages';
import { PLACEHOLDER_MARK, isPlaceholder } from '../text';
import { minOf } from '../collections';

/** The first run of placeholder characters in a paragraph (……, ××, ＿＿). */
const PLACEHOLDER_RUN = /[…⋯]+|[×Ｘ]{2,}|[＿_]{2,}/;

/**
 * Skeleton placeholders not yet written: items that are only "……", and any placeholder mark
 * ("××", "XX", "x人", "*年度", "20XX年": PLACEHOLDER_MARK in text.ts). One finding at
 * the first of them, with the count: a draft shows how much is left, a submitted material that
 * still has them is sent back. The finding points at the first run of placeholder characters; its
 * fix is a selection (go there and type), not an edit.
 * before: 一是……。比如，……。   after: 一是理论学习不深入。比如，全年只撰写研讨材料2篇。
 */
export const placeholder: Rule = {
  id: 'placeholder',
  severity: 'warning',
  description: '还有未填写的占位内容（“……”“××”）。',
  advice: '提交前要把框架里的占位内容全部换成实际内容。',
  example: { before: '一是……。比如，……。', after: '一是理论学习不深入。比如，全年只撰写研讨材料2篇。' },
  run({ outline, input }, report) {
    const at = new Set<number>();
    const items = [...outline.aspects.flatMap((a) => a.problems), ...outline.causes, ...outline.measures];
    for (const n of items) if (isPlaceholder(n.body)) at.add(n.paragraph);
    for (const p of input.paragraphs) if (PLACEHOLDER_MARK.test(p.text)) at.add(p.index);
    if (!at.size) return;
    const first = minOf(at);
    const p = input.paragraphs[first];
    const m = p ? PLACEHOLDER_RUN.exec(p.text) ?? PLACEHOLDER_MARK.exec(p.text) : null;
    // Offsets of the run in Paragraph.text; the report wants effective ones.
    const lead = p?.listString?.length ?? 0;
    const select = m ? { paragraph: first, start: m.index, length: m[0].length } : undefined;
    report({
      paragraph: first,
      message: messages.placeholder(at.size),
      ...(m ? { start: lead + m.index, length: m[0].length } : {}),
      ...(select ? { fix: { label: fixText.selectPlaceholder, edits: [], select } } : {}),
    });
  },
};
