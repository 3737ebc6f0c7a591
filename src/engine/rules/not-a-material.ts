import type { Rule, RuleContext } from '../rule';
import { messages } from '../messages';
import { effectiveText } from '../outline';
import type { Paragraph } from '../types';

/**
 * The kinds of document a reviewer's folder holds beside the materials: the notice and the other
 * papers of the meeting (通知, 方案, 意见 …), named by the last word of their title.
 */
const NOT_MATERIAL_TITLE = /(通知|通报|方案|意见|办法|规定|纪要|决定|公告|函|请示|批复)[”"）)》]?[。．.：:]?$/;

/** Longest text read as a title when the outline found none (UTF-16 units). */
const MAX_TITLE = 80;

/**
 * What the document's title says it is (通知, 方案 …) when it is no material: its title (the
 * outline's, else its first line with text) ends in such a word and nothing of a material was
 * found — no part (问题, 案例, 原因, 措施, 上年度整改), no cause, no measure (aspects may be: a
 * notice lists the year's aspects). `kind` '' for a document of no such kind whose title names no
 * material (MATERIAL_TITLE) and where no aspect was found either: a reviewer's notes, a README.
 * Undefined for every material. Pure.
 */
export function notMaterialKind(ctx: Pick<RuleContext, 'input' | 'outline'>): { kind: string; title: string; paragraph: number } | undefined {
  const { outline } = ctx;
  // Aspects may be found: a notice lists the year's aspects (二、对照检查内容 （一）…方面).
  if (outline.parts.some((p) => p.role !== 'other') || outline.causes.length || outline.measures.length) return undefined;
  const title = outline.title ?? headedTitle(ctx.input.paragraphs);
  if (!title) return undefined;
  const m = NOT_MATERIAL_TITLE.exec(title.text);
  if (m) return { kind: m[1], title: title.text, paragraph: title.paragraph };
  // Notes, a README, a list kept beside the materials: nothing of a material at all (no aspect
  // either) under a title (the outline's, or a first line that reads as one: no sentence
  // punctuation) that names none of a material's kinds.
  if (!outline.aspects.length && (outline.title || HEADER_LINE.test(title.text)) && !MATERIAL_TITLE.test(title.text) && hasBody(ctx.input.paragraphs, title.paragraph)) {
    return { kind: '', title: title.text, paragraph: title.paragraph };
  }
  return undefined;
}

/**
 * Paragraphs with text after the title a document of no material kind has at least: a paper kept
 * beside the materials (notes, a README, a list) runs on; a paragraph or two checked on their own
 * (a sentence pasted into the pane, a formulation looked up) are no such paper and are checked.
 */
const MIN_BODY = 3;

/** Whether at least MIN_BODY paragraphs after the title (`title`, a 0-based index) hold text. */
function hasBody(paragraphs: readonly Paragraph[], title: number): boolean {
  let n = 0;
  for (const p of paragraphs) if (p.index > title && effectiveText(p).trim() && ++n >= MIN_BODY) return true;
  return false;
}

/**
 * Words of a material's title, whatever its kind (对照检查材料, 检视剖析材料, 发言提纲, 个人剖析, 述职
 * 述廉, 整改落实情况报告 …) or meeting: a document so titled is checked as a material however little
 * of one it holds (a draft begun with its title).
 */
const MATERIAL_TITLE = /对照|检查|检视|剖析|材料|发言|提纲|生活会|述职|整改|汇报|查摆|党性分析|自我批评/;

/** Lines of the issuing bodies' header read above a title at most. */
const MAX_HEADER_LINES = 3;

/**
 * A line of an issuing header above a notice's title: the issuing bodies ("中共××市委组织部　中共××市纪委监委机关",
 * "××县委办公室文件") or the document number ("×组通〔2026〕12号"): short, no sentence punctuation.
 */
const HEADER_LINE = /^[^。；;，,：:！？!?]{2,60}$/;

/**
 * The title of a document whose outline found none: its first line with text, or — when that line
 * is no 通知/方案… title — the first line that is one below at most MAX_HEADER_LINES header lines
 * (HEADER_LINE), as a notice issued by named bodies begins. Undefined when no line up to there is
 * short enough (MAX_TITLE). `{ text, paragraph }` with the paragraph's index.
 */
function headedTitle(paragraphs: readonly Paragraph[]): { text: string; paragraph: number } | undefined {
  let first: { text: string; paragraph: number } | undefined;
  let lines = 0;
  for (const p of paragraphs) {
    const text = effectiveText(p).trim();
    if (!text) continue;
    if (text.length > MAX_TITLE) return first;
    const line = { text, paragraph: p.index };
    if (NOT_MATERIAL_TITLE.test(text)) return line;
    first ??= line;
    if (++lines > MAX_HEADER_LINES || !HEADER_LINE.test(text)) return first;
  }
  return first;
}

/**
 * A document that is no 对照检查材料 — the meeting's notice or plan put in the folder with the
 * materials — gets this one finding instead of a list of everything a material would lack (the
 * kernel runs no other rule on it: Rule.alone). One finding, at its title.
 * before: 关于认真开好2025年度民主生活会的通知 … (缺少“存在的主要问题”部分, 缺少“原因分析”部分 …)
 * after:  标题“关于认真开好2025年度民主生活会的通知”像是一份通知，不是对照检查材料 …
 */
export const notAMaterial: Rule = {
  id: 'not-a-material',
  severity: 'warning',
  description: '文件像是通知、方案等，而不是对照检查材料（没有存在的问题、原因分析和整改措施），不再逐项检查。',
  advice: messages.notAMaterialAdvice,
  example: { before: '关于认真开好2025年度民主生活会的通知（按材料检查：缺少各部分）', after: '识别为通知，不是对照检查材料：放错了文件可不必理会' },
  alone: (ctx) => notMaterialKind(ctx) !== undefined,
  run(ctx, report) {
    const found = notMaterialKind(ctx);
    if (found) report({ paragraph: found.paragraph, message: messages.notAMaterial(found.title, found.kind) });
  },
};
