import type { Rule } from '../rule';
import { fixText, messages } from '../messages';
import { PLACEHOLDER_MARK, PLACEHOLDER_RUN, isPlaceholder } from '../text';
import { minOf } from '../collections';
import { PLACEHOLDER_MARKS, placeholderSpansIn } from '../placeholder-spans';
import type { FixSpan, Paragraph } from '../types';
import { MAX_FIX_EDITS } from './util';
import { problemNodes, sharedLinks } from '../link/link';

/**
 * A case names the official it dissects by post, the name left out as ×× ("原局长××", "县委书记×××",
 * "主任XX"): a name withheld, not a blank to fill. Words a post ends with, right before the mark.
 */
const POST_BEFORE = /(?:长|书记|主任|委员|经理|主席|会计|出纳|干部|职工|科员|所长|站长|党员)$/;

/** Every placeholder mark in `text` is a withheld name after a post (and there is at least one). */
function onlyWithheldNames(text: string): boolean {
  let any = false;
  for (const m of text.matchAll(PLACEHOLDER_MARKS)) {
    if (!/^[×XxＸｘ]+$/.test(m[0]) || !POST_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index))) return false;
    any = true;
  }
  return any;
}

/** 0-based paragraph ranges [from, to) of the 反面典型案例剖析 parts: from the heading to the next part. */
function caseRanges(outline: { parts: { role: string; node: { paragraph: number } }[] }, end: number): [number, number][] {
  const starts = outline.parts.map((p) => p.node.paragraph).sort((a, b) => a - b);
  return outline.parts
    .filter((p) => p.role === 'cases')
    .map((p) => [p.node.paragraph, starts.find((s) => s > p.node.paragraph) ?? end] as [number, number]);
}

/**
 * The placeholder spans of paragraphs `indexes` (ascending) in document order, `first` (the fix's
 * `select`) among them: in each paragraph those placeholderSpansIn reads; at most MAX_FIX_EDITS + 1 (a flood of placeholders
 * is not listed in full). Offsets in `Paragraph.text`.
 */
function placeholderSpans(paragraphs: readonly Paragraph[], indexes: readonly number[], first: FixSpan): FixSpan[] {
  const out: FixSpan[] = [first];
  for (const i of indexes) {
    const text = paragraphs[i]?.text;
    if (!text) continue;
    for (const s of placeholderSpansIn(text)) {
      if (i === first.paragraph && s.start === first.start) continue;
      if (out.length > MAX_FIX_EDITS) break;
      out.push({ paragraph: i, ...s });
    }
    if (out.length > MAX_FIX_EDITS) break;
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/**
 * Skeleton placeholders not yet written: items that are only "……", and any placeholder mark
 * ("××", "XX", "x人", "*年度", "20XX年": PLACEHOLDER_MARK in text.ts). One finding at
 * the first of them, with the count: a draft shows how much is left, a submitted material that
 * still has them is sent back. The finding points at the first run of placeholder characters; its
 * fix is a selection (go there and type), not an edit: `select` is that first run, `selections`
 * every placeholder span in document order, so applying it again selects the next one
 * (`nextSelection`, fix.ts; the hosts keep where they selected last). In a 反面典型案例剖析 part, ×× after a post
 * ("原局长××") is the dissected official's withheld name and is not counted.
 * before: 一是……。比如，……。   after: 一是理论学习不深入。比如，全年只撰写研讨材料2篇。
 */
export const placeholder: Rule = {
  id: 'placeholder',
  severity: 'warning',
  description: '还有未填写的占位内容（“……”“××”）。',
  advice: '提交前要把框架里的占位内容全部换成实际内容。',
  example: { before: '一是……。比如，……。', after: '一是理论学习不深入。比如，全年只撰写研讨材料2篇。' },
  run(ctx, report) {
    const { outline, input } = ctx;
    const at = new Set<number>();
    // Problems and measures: linking has already read each (isPlaceholder of its body); causes here.
    const links = sharedLinks(ctx);
    const problems = problemNodes(outline);
    links.links.forEach((l, k) => {
      if (l.placeholder) at.add(problems[k].paragraph);
    });
    for (const c of outline.causes) if (isPlaceholder(c.body)) at.add(c.paragraph);
    links.measures.forEach((m, i) => {
      if (m.placeholder) at.add(outline.measures[i].paragraph);
    });
    const cases = caseRanges(outline, input.paragraphs.length);
    const inCase = (i: number) => cases.some(([from, to]) => i >= from && i < to);
    for (const p of input.paragraphs) {
      if (PLACEHOLDER_MARK.test(p.text) && !(inCase(p.index) && onlyWithheldNames(p.text))) at.add(p.index);
      // An unfilled line of any other part (上年度整改情况, 案例剖析: "一是……（…）。").
      else if (isPlaceholder(p.text)) at.add(p.index);
    }
    if (!at.size) return;
    const first = minOf(at);
    const p = input.paragraphs[first];
    const m = p ? PLACEHOLDER_RUN.exec(p.text) ?? PLACEHOLDER_MARK.exec(p.text) : null;
    // Offsets of the run in Paragraph.text; the report wants effective ones.
    const lead = p?.listString?.length ?? 0;
    const select = m ? { paragraph: first, start: m.index, length: m[0].length } : undefined;
    // Every placeholder after it, in document order, so applying the fix again goes on to the next.
    const selections = select ? placeholderSpans(input.paragraphs, [...at].sort((a, b) => a - b), select) : [];
    report({
      paragraph: first,
      // The mark as written (XX, 20XX年, ……), not a list of marks it might be.
      message: messages.placeholder(at.size, m?.[0]),
      ...(m ? { start: lead + m.index, length: m[0].length } : {}),
      ...(select ? { fix: { label: fixText.selectPlaceholder, edits: [], select, ...(selections.length > 1 ? { selections } : {}) } } : {}),
    });
  },
};
