import type { Rule } from '../rule';
import { fixText, messages } from '../messages';
import { PLACEHOLDER_MARK, PLACEHOLDER_RUN, isPlaceholder } from '../text';
import { minOf } from '../collections';
import { blankMarksIn, ellipsisBlanksIn, placeholderSpansIn } from '../placeholder-spans';
import type { FixSpan, Paragraph } from '../types';
import { MAX_FIX_EDITS } from './util';
import { problemNodes, sharedLinks } from '../link/link';

/** A span that is one whole run of placeholder characters (PLACEHOLDER_RUN). */
const RUN_WHOLE = new RegExp(`^(?:${PLACEHOLDER_RUN.source})$`);

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
 * Skeleton placeholders not yet written: items that are only "……", any placeholder mark
 * ("××", "XX", "x人", "*年度", "20XX年": PLACEHOLDER_MARK in text.ts), and an ellipsis left after
 * written text (比如……, "全年只撰写心得2篇，……", "2026年6月底前，……", "..."/"。。。" too;
 * not one eliding a quotation: ellipsisBlanksIn). One finding at the first of them, with the
 * number of places (spans, not lines: placeholderSpansIn): a draft shows how much is left, a submitted material that
 * still has them is sent back. The finding points at the first run of placeholder characters; its
 * fix is a selection (go there and type), not an edit: `select` is that first run, `selections`
 * every placeholder span in document order, so applying it again selects the next one
 * (`nextSelection`, fix.ts; the hosts keep where they selected last). A name anonymised in a written
 * sentence is not counted (isAnonymisedName, placeholder-spans.ts: ××县委, 张××同志, 原局长××, ××局):
 * writers and reviewers withhold names in finished materials; ××项, ××年××月, "××" alone are blanks.
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
    for (const p of input.paragraphs) {
      // A blank mark, or an ellipsis after written text (比如……, "全年只撰写心得2篇，……", "6月底前，……"):
      // what is left to write, not a quotation's elision (ellipsisBlanksIn).
      if (blankMarksIn(p.text).length || ellipsisBlanksIn(p.text).length) at.add(p.index);
      // An unfilled line of any other part (上年度整改情况, 案例剖析: "一是……（…）。"); not a line in
      // brackets whose only marks are a name (（某街道党支部 党员××）: isPlaceholder reads a bracket as a hint).
      else if (isPlaceholder(p.text) && (placeholderSpansIn(p.text).length || !PLACEHOLDER_MARK.test(p.text))) at.add(p.index);
    }
    if (!at.size) return;
    const first = minOf(at);
    // Places, not lines: each span of a paragraph (××条 and ……人次 on one line are two), a line read
    // as a placeholder with no span of its own (某某) one.
    let places = 0;
    for (const i of at) places += Math.max(1, placeholderSpansIn(input.paragraphs[i]?.text ?? '').length);
    const p = input.paragraphs[first];
    // The first run of placeholder characters, else the first mark, as the selection reads them (no anonymised names).
    const spans = p ? placeholderSpansIn(p.text) : [];
    const span = spans.find((s) => RUN_WHOLE.test(p!.text.slice(s.start, s.start + s.length))) ?? spans[0];
    const m = span && p ? { index: span.start, 0: p.text.slice(span.start, span.start + span.length) } : null;
    // Offsets of the run in Paragraph.text; the report wants effective ones.
    const lead = p?.listString?.length ?? 0;
    const select = m ? { paragraph: first, start: m.index, length: m[0].length } : undefined;
    // Every placeholder after it, in document order, so applying the fix again goes on to the next.
    const selections = select ? placeholderSpans(input.paragraphs, [...at].sort((a, b) => a - b), select) : [];
    report({
      paragraph: first,
      // The mark as written (XX, 20XX年, ……), not a list of marks it might be.
      message: messages.placeholder(places, m?.[0]),
      ...(m ? { start: lead + m.index, length: m[0].length } : {}),
      ...(select ? { fix: { label: fixText.selectPlaceholder, edits: [], select, ...(selections.length > 1 ? { selections } : {}) } } : {}),
    });
  },
};
