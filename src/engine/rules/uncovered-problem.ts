import type { Rule, RuleContext } from '../rule';
import type { Fix, Paragraph, PartNode } from '../types';
import { problemNodes, sharedLinks } from '../link/link';
import { linkMessages } from '../link/messages';
import { fixText } from '../messages';
import { formatMarker } from '../markers';
import { effectiveText, isClosing, signOffStart } from '../outline';
import { newParagraphEdits } from '../fix';
import { headSpan, itemLabel, renumberedMarker, spanFields } from './util';

/**
 * Where a new measure goes: the last paragraph with text of the measures part that follows the
 * problem (its own material's; `parts` in document order), before a closing formula and the sign-off; undefined when that is a table cell (a
 * new paragraph there would land in the cell) or there is no measures part after the problem.
 */
function measuresEnd(ctx: RuleContext, parts: readonly PartNode[], problemParagraph: number): Paragraph | undefined {
  const { input } = ctx;
  const k = parts.findIndex((p) => p.role === 'measures' && p.node.paragraph > problemParagraph);
  if (k < 0) return undefined;
  const end = k + 1 < parts.length ? parts[k + 1].node.paragraph : signOffStart(input.paragraphs);
  for (let i = end - 1; i >= parts[k].node.paragraph; i--) {
    const p = input.paragraphs[i];
    const t = effectiveText(p).trim();
    if (!t || isClosing(t)) continue;
    return p.inTable ? undefined : p;
  }
  return undefined;
}

/**
 * The stub measure for a problem: numbered after the last measure, in the measures' own style, and
 * after the stubs this check already offered at the same place (`offered`: per anchor paragraph,
 * how many), so two unanswered problems' stubs read （六） and （七）, not （六） twice.
 */
function stubFix(ctx: RuleContext, parts: readonly PartNode[], problemParagraph: number, problem: string, offered: Map<number, number>): Fix | undefined {
  const anchor = measuresEnd(ctx, parts, problemParagraph);
  if (!anchor) return undefined;
  const own = ctx.outline.measures.filter((m) => m.paragraph <= anchor.index && m.paragraph > problemParagraph);
  // Measures written as a table's rows: a stub paragraph under the table, numbered after them,
  // would belong to no row and follow no number the writer wrote (a new row is theirs to add).
  if (own.some((m) => ctx.input.paragraphs[m.paragraph]?.inTable)) return undefined;
  // A stub for this problem is already there, unfilled: a second one would only repeat it (the
  // placeholder finding leads the writer to it).
  const frame = fixText.measureStub('', problem).split('，')[0];
  if (own.some((m) => m.body.includes(frame))) return undefined;
  const lastMarker = own[own.length - 1]?.marker;
  const typed = lastMarker && lastMarker.kind !== 'style' && !lastMarker.auto;
  const earlier = offered.get(anchor.index) ?? 0;
  offered.set(anchor.index, earlier + 1);
  // In the writer's own form of the number (3、 stays 3、, ３． stays full-width).
  const marker = typed ? renumberedMarker(lastMarker, lastMarker.value + 1 + earlier) : formatMarker('cn-paren', own.length + 1 + earlier);
  return { label: fixText.addMeasureStub, edits: newParagraphEdits(anchor, [{ text: fixText.measureStub(marker, problem), level: 0 }]) };
}

/**
 * A problem item that no measure answers. Points at the problem's heading sentence; its fix adds a
 * measure stub naming the problem at the end of the measures (the writer fills it in).
 * before: 二是形式主义、官僚主义还未彻底根治。……  (measures: 理论学习, 为民服务, 责任担当)
 * after:  （四）坚决整治形式主义官僚主义。精简会议文件，……
 */
export const uncoveredProblem: Rule = {
  id: 'uncovered-problem',
  severity: 'warning',
  description: '查摆出的问题在整改措施中没有对应的措施。',
  advice: '查摆出的每个问题都应在整改措施中有对应的措施。',
  example: { before: '二是形式主义、官僚主义还未彻底根治。（措施只写理论学习、为民服务）', after: '（四）坚决整治形式主义官僚主义。精简会议文件，……' },
  run(ctx, report) {
    const r = sharedLinks(ctx);
    const nodes = problemNodes(ctx.outline);
    // The parts in document order, sorted once for every stub's place.
    const parts = [...ctx.outline.parts].sort((a, b) => a.node.paragraph - b.node.paragraph);
    // Per anchor paragraph, the stubs already offered there (stubFix numbers on).
    const offered = new Map<number, number>();
    r.links.forEach((l, k) => {
      if (!l.unanswered) return;
      // Past the kernel's cap the finding is only counted: no name, stub or span built for it.
      if (report.listed?.() === false) return report({ paragraph: l.paragraph, message: '' });
      // The message and the stub name the problem alike: by its core clause (no instance, no "…").
      const name = itemLabel(l.head);
      const fix = stubFix(ctx, parts, l.paragraph, name, offered);
      report({ paragraph: l.paragraph, message: l.sloganOnly ? linkMessages.uncoveredProblemSlogan(name) : linkMessages.uncoveredProblem(name), ...spanFields(headSpan(ctx.input.paragraphs, nodes[k], l.head)), ...(fix ? { fix } : {}) });
    });
  },
};
