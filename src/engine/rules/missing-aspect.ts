import type { Rule, RuleContext } from '../rule';
import type { AspectNode, Fix, MarkerKind, Paragraph } from '../types';
import { fixText, messages } from '../messages';
import { aspectBlockAs } from '../skeleton';
import { effectiveText } from '../outline';
import { newParagraphEdits } from '../fix';
import { numberInserted, withListJoin } from './util';

/** The last paragraph with text in [from, to), or undefined. */
export function lastWithText(paragraphs: readonly Paragraph[], from: number, to: number): Paragraph | undefined {
  for (let i = Math.min(to, paragraphs.length) - 1; i >= Math.max(0, from); i--) if (effectiveText(paragraphs[i]).trim()) return paragraphs[i];
  return undefined;
}

/**
 * Insert the missing aspect's heading with placeholders where the template puts it: after the
 * section of the present aspect that precedes it in the template (its last item), or before the
 * first aspect section when none precedes it — so sections outside the template (其他方面) stay
 * after the year's aspects. The heading gets the number it really has there, in the form the
 * document's other aspect headings use (（三）, 3., 三是; none where they are numbered by style
 * only; where Word numbers them with a list, the heading is marked to join that list and hosts
 * that cannot join lists type the number: see `FixEdit.list`), and the sections after it
 * numbered too low move up by one; its placeholder items use
 * the document's item form. Several missing aspects applied one after another (re-checking in
 * between) give one correct sequence; several due at one place are numbered on from each other
 * (`offered`: per anchor paragraph, how many this check already offered there), so the fixes
 * shown together read （三）, （四）, not （三） twice. No fix when the place is inside a paragraph or a table.
 */
export function insertAspectFix(ctx: RuleContext, number: number, offered: Map<number, number> = new Map()): Fix | undefined {
  const { outline, template, input } = ctx;
  const paragraphs = input.paragraphs;
  const aspects = outline.aspects;
  if (!aspects.length) return undefined;
  // The present aspect with the highest template number below `number` (the last such written).
  let prev: AspectNode | undefined;
  for (const a of aspects) if (a.aspect !== null && a.aspect < number && (!prev || a.aspect >= prev.aspect!)) prev = a;
  let anchor: Paragraph | undefined;
  if (prev) {
    const k = aspects.indexOf(prev);
    const next = aspects[k + 1]?.node;
    // A next section that starts inside a paragraph leaves no paragraph boundary to insert at.
    if (next?.inline) return undefined;
    const end = next?.paragraph ?? outline.parts.map((x) => x.node.paragraph).filter((i) => i > prev!.node.paragraph).sort((a, b) => a - b)[0] ?? paragraphs.length;
    anchor = lastWithText(paragraphs, prev.node.paragraph, end);
  } else {
    const first = aspects[0].node;
    if (first.inline || first.paragraph < 1) return undefined;
    anchor = paragraphs[first.paragraph - 1];
  }
  if (!anchor || anchor.inTable) return undefined;
  const siblings = aspects.map((a) => a.node);
  // Missing aspects due at one place (3 and 4 both after 2): numbered on, （三） then （四）.
  const earlier = offered.get(anchor.index) ?? 0;
  const numbered = numberInserted(paragraphs, siblings, anchor.index, 'cn-paren', earlier);
  const ref = siblings.filter((n) => n.paragraph <= anchor!.index).pop() ?? siblings.find((n) => n.paragraph > anchor!.index);
  const level = (ref && paragraphs[ref.paragraph]?.headingLevel) || 2;
  const block = aspectBlockAs(template, number, { marker: numbered.marker, level, itemKind: itemKindOf(aspects, numbered.kind) });
  if (!block.length) return undefined;
  offered.set(anchor.index, earlier + 1);
  return {
    label: fixText.insertAspect(block[0].text),
    edits: [...withListJoin(newParagraphEdits(anchor, block), numbered), ...numbered.shift],
  };
}

/**
 * The marker kind the document's problem items use under its aspects (the first typed one), for
 * placeholder items; never the aspect headings' own kind (null then: one unnumbered placeholder).
 */
function itemKindOf(aspects: readonly AspectNode[], headingKind: MarkerKind | undefined): MarkerKind | null {
  for (const a of aspects) {
    for (const p of a.problems) {
      const m = p.marker;
      if (m && m.kind !== 'style' && !m.auto && m.kind !== headingKind) return m.kind;
    }
  }
  return headingKind === 'cn-shi' ? null : 'cn-shi';
}

/**
 * One of the year's aspects has no section under 存在的主要问题. The fix inserts the aspect's
 * heading and placeholders in its place in the template's order.
 * before: （一）…（二）…（三）…（五）…   after: （一）…（二）…（三）…（四）…（五）…
 */
export const missingAspect: Rule = {
  id: 'missing-aspect',
  severity: 'error',
  description: '存在的主要问题中缺少当年通知规定的某个方面。',
  advice: '“存在的主要问题”要逐一对照当年通知规定的每个方面查摆，不能缺项。',
  example: { before: '（一）……（二）……（三）……（五）……', after: '（一）……（二）……（三）……（四）……（五）……' },
  run(ctx, report) {
    const { outline, template } = ctx;
    const problems = outline.parts.find((p) => p.role === 'problems');
    // Without a problems part, missing-part already says what is wrong; a template with no
    // aspects (a year with no template yet) demands none.
    if ((!problems && !outline.aspects.length) || !template.aspects.length) return;
    // Problems listed with no aspect headings (unsectioned) are no aspects either.
    if (problems && outline.aspects.every((a) => a.unsectioned)) {
      // Problems listed with no sections at all: say it once (no place to insert aspects between).
      report({ paragraph: problems.node.paragraph, message: messages.noAspects(template.aspects.length) });
      return;
    }
    const mapped = new Set(outline.aspects.map((a) => a.aspect));
    // Per anchor paragraph, the aspect headings already offered there (insertAspectFix numbers on).
    const offered = new Map<number, number>();
    for (const aspect of template.aspects) {
      if (mapped.has(aspect.number)) continue;
      const next = outline.aspects.find((a) => a.aspect !== null && a.aspect > aspect.number);
      const at = next?.node.paragraph ?? problems?.node.paragraph ?? outline.aspects[0].node.paragraph;
      const fix = insertAspectFix(ctx, aspect.number, offered);
      report({ paragraph: at, message: messages.missingAspect(aspect.number, aspect.title), ...(fix ? { fix } : {}) });
    }
  },
};
