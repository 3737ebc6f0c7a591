import type { Rule, RuleContext } from '../rule';
import { messages } from '../messages';
import { effectiveText } from '../outline';
import type { Paragraph } from '../types';
import { matchLeadingMarker } from '../markers';
import { formulation } from './formulation';

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
 * Also: a text mostly not Chinese (`foreign`: an English README, code) whatever it holds; a line
 * opening with another paper's label (会议纪要：…, 说明：…: LABEL_LINE); a line or two with no
 * numbering and none of a material's words (unstructuredShort). Undefined for every material. Pure.
 */
export function notMaterialKind(ctx: Pick<RuleContext, 'input' | 'outline'>): NotMaterial | undefined {
  const { outline } = ctx;
  // Mostly not Chinese (an English README, code, a log): no material, whatever words of one it
  // quotes (a README titled 对照检查助手, its examples' 存在的主要问题 lines).
  if (mostlyNotChinese(ctx.input.paragraphs)) {
    const title = outline.title ?? firstLine(ctx.input.paragraphs);
    if (title) return { kind: '', title: title.text, paragraph: title.paragraph, foreign: true };
  }
  // Aspects may be found: a notice lists the year's aspects (二、对照检查内容 （一）…方面).
  if (outline.parts.some((p) => p.role !== 'other') || outline.causes.length || outline.measures.length) return undefined;
  const title = outline.title ?? headedTitle(ctx.input.paragraphs);
  if (!title) return undefined;
  const m = NOT_MATERIAL_TITLE.exec(title.text);
  if (m) return { kind: m[1], title: title.text, paragraph: title.paragraph };
  // A one-line paper labelled as such (会议纪要：今天讨论了三件事。 说明：…): its label names its kind.
  const label = LABEL_LINE.exec(title.text);
  if (label && !MATERIAL_TITLE.test(label[0]) && !outline.aspects.length) {
    return { kind: LABEL_KINDS.has(label[1]) ? label[1] : '', title: title.text, paragraph: title.paragraph };
  }
  // A line or two with nothing of a material: no numbered item, no aspect, none of a material's
  // words (MATERIAL_WORDS) — notes, a memo. A sentence pasted to check its words has some.
  if (!outline.aspects.length && unstructuredShort(ctx.input.paragraphs) && !writesFormulation(ctx.input)) return { kind: '', title: title.text, paragraph: title.paragraph };
  // Notes, a README, a list kept beside the materials: nothing of a material at all (no aspect
  // either) under a title (the outline's, or a first line that reads as one: no sentence
  // punctuation) that names none of a material's kinds.
  if (!outline.aspects.length && (outline.title || HEADER_LINE.test(title.text)) && !MATERIAL_TITLE.test(title.text) && hasBody(ctx.input.paragraphs, title.paragraph)) {
    return { kind: '', title: title.text, paragraph: title.paragraph };
  }
  return undefined;
}

/** What notMaterialKind finds: the kind named ('' for none), the title read, its paragraph; `foreign` for a text mostly not Chinese. */
export interface NotMaterial {
  kind: string;
  title: string;
  paragraph: number;
  foreign?: true;
}

/** Letters (Han and Latin) a text has at least before its language is judged. */
const MIN_LETTERS = 40;

/**
 * Whether the text is mostly not Chinese: of its Han characters and Latin letters together (at least
 * MIN_LETTERS), the Latin letters are more. Every material is written in Chinese (the project's
 * samples and fixtures are 99% Han); an English README holds 8%, a fixtures README 14–27%.
 */
function mostlyNotChinese(paragraphs: readonly Paragraph[]): boolean {
  let han = 0;
  let latin = 0;
  for (const p of paragraphs) {
    const t = p.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0x3400 && c <= 0x9fff) han++;
      else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    }
  }
  return han + latin >= MIN_LETTERS && latin > han;
}

/** The first paragraph with text (trimmed, at most MAX_TITLE units): what names a document with no title. */
function firstLine(paragraphs: readonly Paragraph[]): { text: string; paragraph: number } | undefined {
  for (const p of paragraphs) {
    const text = effectiveText(p).trim();
    if (text) return { text: text.length > MAX_TITLE ? text.slice(0, MAX_TITLE) : text, paragraph: p.index };
  }
  return undefined;
}

/**
 * A line opening with the label of another paper and a colon: 会议纪要：…, 通知：…, 情况说明：…,
 * 学习笔记：…, 备忘：… (up to 10 characters before the label word). Group 1 the label word.
 */
const LABEL_LINE = /^[\u3400-\u9fff]{0,10}?(纪要|通知|说明|笔记|记录|备忘录?|备注|待办|便签)[：:]/;
/** Label words said as a kind (像是一份纪要); the others (备注, 待办 …) say only that it is no material. */
const LABEL_KINDS = new Set(['纪要', '通知', '说明', '笔记', '记录', '备忘录']);

/** The most paragraphs with text, and Han characters in all, a short unstructured paper has. */
const SHORT_PARAGRAPHS = 2;
const SHORT_HAN = 60;

/**
 * Words any material — even a sentence of one pasted on its own to check its wording — holds at
 * least one of: the Party's and the meeting's words, a problem's (不够, 不足, 不到位 …), a measure's;
 * every standard formulation (formulations.json) and standard phrase holds one (a test keeps it so).
 */
const MATERIAL_WORDS =
  /党|政治|思想|理论|学习|群众|人民|纪律|廉洁|作风|担当|整改|问题|不够|不足|不强|不深|不严|不实|不到位|不力|意识|习近平|落实|责任|宗旨|初心|使命|调研|斗争|原因|措施|根源|差距|本人|自身|对照|检查|剖析|方面|带头|坚持|加强|强化|提高|深入|改进|规矩|自信|维护|确立|国之大者|每周|每月|每季度|每年|全年|不少于|底前|走访|开展|推进|建立|制度|机制|主义|之风|规定|中央|理想|信念|社会|国家|民主|组织|干部|领导|班子|支部|风险|发展|改革|安全|经济|精神|教育|服务|决策|部署|生活会|全会|一岗|三会|四风|两个|四个|五个|六个/;

/**
 * Whether the text is a line or two (SHORT_PARAGRAPHS, SHORT_HAN) with nothing of a material: no
 * numbered line (一、 （一） 1. 一是) and none of MATERIAL_WORDS — 今天讨论了三件事。, a memo.
 */
function unstructuredShort(paragraphs: readonly Paragraph[]): boolean {
  let lines = 0;
  let han = 0;
  for (const p of paragraphs) {
    const text = effectiveText(p).trim();
    if (!text) continue;
    if (++lines > SHORT_PARAGRAPHS || p.listString || matchLeadingMarker(text) || MATERIAL_WORDS.test(text)) return false;
    han += text.replace(/[^\u3400-\u9fff]/g, '').length;
    if (han > SHORT_HAN) return false;
  }
  return lines > 0;
}

/**
 * Whether the formulation rule finds a standard formulation written wrong in `input` (心怀“国之大事”,
 * 中国特色社主会义): a line pasted to check its wording, whatever words it has. Read only for a
 * line or two (unstructuredShort).
 */
function writesFormulation(input: RuleContext['input']): boolean {
  let found = false;
  formulation.run({ input } as RuleContext, () => {
    found = true;
  });
  return found;
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
/**
 * notMaterialKind of one analysis, read once: the rules' kernel asks `alone` and then runs the rule
 * on the same input (rules/index.ts), and the language count reads every character.
 */
const kinds = new WeakMap<RuleContext['outline'], { found: NotMaterial | undefined }>();
function kindOf(ctx: RuleContext): NotMaterial | undefined {
  // By the outline: one per analysis (its input fixed), where one input may be analysed again under another template.
  let kept = kinds.get(ctx.outline);
  if (!kept) kinds.set(ctx.outline, (kept = { found: notMaterialKind(ctx) }));
  return kept.found;
}

export const notAMaterial: Rule = {
  id: 'not-a-material',
  severity: 'warning',
  description: '文件像是通知、方案等，而不是对照检查材料（没有存在的问题、原因分析和整改措施），不再逐项检查。',
  advice: messages.notAMaterialAdvice,
  example: { before: '关于认真开好2025年度民主生活会的通知（按材料检查：缺少各部分）', after: '识别为通知，不是对照检查材料：放错了文件可不必理会' },
  alone: (ctx) => kindOf(ctx) !== undefined,
  run(ctx, report) {
    const found = kindOf(ctx);
    if (found) report({ paragraph: found.paragraph, message: found.foreign ? messages.notAMaterialForeign(found.title) : messages.notAMaterial(found.title, found.kind) });
  },
};
