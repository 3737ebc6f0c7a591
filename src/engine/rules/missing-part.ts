import type { Rule, RuleContext } from '../rule';
import type { Fix, OutlineNode, Paragraph, PartNode, PartRole } from '../types';
import { fixText, messages } from '../messages';
import { partBlockAs } from '../skeleton';
import { effectiveText, isClosing, signOffStart } from '../outline';
import { newParagraphEdits } from '../fix';
import { numberInserted, withListJoin } from './util';

/** The last paragraph with text that is no closing formula, above the sign-off (where a last part goes), if any. */
function lastContent(paragraphs: readonly Paragraph[]): Paragraph | undefined {
  for (let i = signOffStart(paragraphs) - 1; i >= 0; i--) {
    const t = effectiveText(paragraphs[i]).trim();
    if (t && !isClosing(t)) return paragraphs[i];
  }
  return undefined;
}

/**
 * The part heading a missing part of role `role` goes before (undefined: at the end of the
 * material), `order` the template's part roles in order. One heading may hold several parts
 * (一、存在的问题及原因; 一、对照检查情况 with 问题：/原因：/整改措施： fields): the missing part
 * never goes between such a heading and a part it holds that comes earlier in the template, so
 * it goes after the last heading holding a part that comes before it (before the heading after
 * that one), or, when no part before it is there, before the first part heading. Parts outside
 * the template's order (其他方面) hold no earlier part. Shapes: 存在的问题及原因 / 整改措施, the
 * case part missing → before 整改措施; 对照检查情况 (all three as fields) → at the end.
 */
export function nextPartNode(parts: readonly PartNode[], order: readonly PartRole[], role: PartRole): OutlineNode | undefined {
  const at = order.indexOf(role);
  // Per heading: does it hold a part before `role` in the template's order, one after it? (One pass: a
  // flood of headings stays linear.)
  const held = new Map<OutlineNode, { earlier: boolean; later: boolean }>();
  for (const p of parts) {
    const k = order.indexOf(p.role);
    const h = held.get(p.node) ?? { earlier: false, later: false };
    if (k >= 0 && k < at) h.earlier = true;
    if (k > at) h.later = true;
    held.set(p.node, h);
  }
  const nodes = [...held.keys()].sort((a, b) => a.paragraph - b.paragraph);
  let last = -1;
  for (let i = 0; i < nodes.length; i++) if (held.get(nodes[i])!.earlier) last = i;
  if (last >= 0) return nodes[last + 1];
  // No earlier part: before the first heading holding a later one.
  return nodes.find((n) => held.get(n)!.later);
}

/**
 * Insert a missing part (heading + placeholders) before the next present part, or at the end of
 * the material; `headingOnly` for a problems part whose aspects are there. The heading gets the
 * number it really has there, in the form of the other part headings (see `numberInserted`);
 * later part headings numbered too low move up by one.
 */
function insertPartFix(ctx: RuleContext, role: PartRole, before: { paragraph: number; inline: boolean } | undefined, headingOnly: boolean, offered: Map<number, number>): Fix | undefined {
  const { outline, template, input } = ctx;
  const paragraphs = input.paragraphs;
  let anchor: Paragraph | undefined;
  if (before) {
    if (before.inline || before.paragraph < 1) return undefined;
    anchor = paragraphs[before.paragraph - 1];
  } else anchor = lastContent(paragraphs);
  if (!anchor || anchor.inTable) return undefined;
  // The number it really gets among the part headings there, in their form; later ones move up.
  // One heading may hold several parts (一、对照检查情况 with 问题：/原因：/整改措施： fields): once.
  const siblings = [...new Set(outline.parts.map((p) => p.node))];
  // Two missing parts due at one place (案例剖析 and 原因分析 before 整改措施): numbered on from each other.
  const earlier = offered.get(anchor.index) ?? 0;
  const numbered = numberInserted(paragraphs, siblings, anchor.index, 'cn-dun', earlier);
  const ref = siblings.filter((n) => n.paragraph <= anchor!.index).pop() ?? siblings.find((n) => n.paragraph > anchor!.index);
  const level = (ref && paragraphs[ref.paragraph]?.headingLevel) || 1;
  let block = partBlockAs(template, role, { marker: numbered.marker, level });
  if (!block.length) return undefined;
  if (headingOnly) block = block.slice(0, 1);
  offered.set(anchor.index, earlier + 1);
  return {
    label: headingOnly ? fixText.insertPartHeading(block[0].text) : fixText.insertPart(block[0].text),
    edits: [...withListJoin(newParagraphEdits(anchor, block), numbered), ...numbered.shift],
  };
}

/**
 * Where a part of role `role` the material lacks belongs, and the fix inserting it there (heading
 * and placeholders in the form of the other part headings, later ones renumbered): before the next
 * present part in the template's order (`nextPartNode`), else after the last content; when the
 * problems part's aspects are there, only its heading, before the first aspect (`headingOnly`).
 * `paragraph`: 0-based index where a finding about it points. No fix when there is no paragraph
 * boundary there (inside a paragraph, a table) or the material has no part or aspect at all (the
 * whole skeleton is what it needs). `offered`: per anchor paragraph, the part headings already
 * offered there in this check (numbered on); a fresh Map for one insertion. Used by the
 * missing-part rule and by the pane's 插入框架 → a part (engine/placement.ts): one placement.
 */
export function placePart(ctx: RuleContext, role: PartRole, offered: Map<number, number> = new Map()): { paragraph: number; headingOnly: boolean; fix?: Fix } {
  const { outline, template, input } = ctx;
  if (role === 'problems' && outline.aspects.length) {
    // The aspects are there, only the part's own heading is not.
    const first = outline.aspects[0].node;
    const fix = insertPartFix(ctx, role, { paragraph: first.paragraph, inline: first.inline }, true, offered);
    return { paragraph: first.paragraph, headingOnly: true, ...(fix ? { fix } : {}) };
  }
  // Point where the part belongs: the next present part, else the end of the document.
  const order = template.parts.map((p) => p.role);
  const next = nextPartNode(outline.parts, order, role);
  const last = input.paragraphs.length ? input.paragraphs.length - 1 : 0;
  // A document with no part at all gets the whole skeleton instead (插入框架).
  const fix = outline.parts.length || outline.aspects.length ? insertPartFix(ctx, role, next && { paragraph: next.paragraph, inline: next.inline }, false, offered) : undefined;
  return { paragraph: next ? next.paragraph : last, headingOnly: false, ...(fix ? { fix } : {}) };
}

/**
 * A required part of the template (存在的主要问题, 原因分析, 整改措施) has no heading. The fix
 * inserts the part with placeholders in its place in the template's order (before the next part).
 * before: 一、存在的主要问题 … 二、整改措施   after: 一、存在的主要问题 … 二、原因分析 … 三、整改措施
 */
export const missingPart: Rule = {
  id: 'missing-part',
  severity: 'error',
  // Short: the pane shows it as the finding group's title (t22 found the longer one, with when it is
  // only a warning, hard to read there; the finding's own message says which case it is).
  description: '缺少当年模板要求的部分（如反面典型案例剖析、原因分析、整改措施）。',
  advice: '对照检查材料一般由“存在的主要问题”“原因分析”“整改措施”几部分组成，每部分都要有标题。',
  example: { before: '一、存在的主要问题 …… 二、整改措施 ……', after: '一、存在的主要问题 …… 二、原因分析 …… 三、整改措施 ……' },
  run(ctx, report) {
    const { outline, template } = ctx;
    const found = new Set(outline.parts.map((p) => p.role));
    // Per anchor paragraph, the part headings already offered there (insertPartFix numbers on).
    const offered = new Map<number, number>();
    for (const part of template.parts) {
      if (!part.required || found.has(part.role)) continue;
      const placed = placePart(ctx, part.role, offered);
      report({ paragraph: placed.paragraph, ...(placed.headingOnly ? { severity: 'warning' as const, message: messages.missingPartHeading(part.label) } : { message: messages.missingPart(part.label) }), ...(placed.fix ? { fix: placed.fix } : {}) });
    }
  },
};
