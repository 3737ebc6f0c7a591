import type { Rule, RuleContext } from '../rule';
import type { Fix, Paragraph } from '../types';
import { fixText, messages } from '../messages';
import { buildSkeleton } from '../skeleton';
import { effectiveText } from '../outline';
import { newParagraphEdits } from '../fix';
import { shiftFollowing } from './util';
import { matchLeadingMarker } from '../markers';

/** The last paragraph with text in [from, to), or undefined. */
export function lastWithText(paragraphs: readonly Paragraph[], from: number, to: number): Paragraph | undefined {
  for (let i = Math.min(to, paragraphs.length) - 1; i >= Math.max(0, from); i--) if (effectiveText(paragraphs[i]).trim()) return paragraphs[i];
  return undefined;
}

/**
 * Insert the missing aspect's heading with placeholders where the template puts it: after the
 * previous aspect's last item, i.e. just before the next present aspect, or at the end of the
 * problems part when no later aspect is there; later aspects numbered too low move up by one.
 */
function insertAspectFix(ctx: RuleContext, number: number): Fix | undefined {
  const { outline, template, input } = ctx;
  const paragraphs = input.paragraphs;
  const next = outline.aspects.find((a) => a.aspect !== null && a.aspect > number);
  let anchor: Paragraph | undefined;
  if (next) {
    if (next.node.inline || next.node.paragraph < 1) return undefined;
    anchor = paragraphs[next.node.paragraph - 1];
  } else {
    const last = outline.aspects[outline.aspects.length - 1];
    if (!last) return undefined;
    const after = outline.parts.map((p) => p.node.paragraph).filter((i) => i > last.node.paragraph).sort((a, b) => a - b)[0];
    anchor = lastWithText(paragraphs, last.node.paragraph, after ?? paragraphs.length);
  }
  if (!anchor || anchor.inTable) return undefined;
  const block = buildSkeleton(template, { kind: 'aspect', aspect: number }, outline);
  if (!block.length) return undefined;
  const position = matchLeadingMarker(block[0].text)?.marker.value ?? number;
  const following = outline.aspects.filter((a) => a.node.paragraph > anchor!.index).map((a) => a.node);
  return {
    label: fixText.insertAspect(block[0].text),
    edits: [...newParagraphEdits(anchor, block), ...shiftFollowing(paragraphs, following, position)],
  };
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
    if (problems && !outline.aspects.some((a) => a.aspect !== null)) {
      // Problems listed with no aspect sections at all: say it once.
      report({ paragraph: problems.node.paragraph, message: messages.noAspects(template.aspects.length) });
      return;
    }
    const mapped = new Set(outline.aspects.map((a) => a.aspect));
    for (const aspect of template.aspects) {
      if (mapped.has(aspect.number)) continue;
      const next = outline.aspects.find((a) => a.aspect !== null && a.aspect > aspect.number);
      const at = next?.node.paragraph ?? problems?.node.paragraph ?? outline.aspects[0].node.paragraph;
      const fix = insertAspectFix(ctx, aspect.number);
      report({ paragraph: at, message: messages.missingAspect(aspect.number, aspect.title), ...(fix ? { fix } : {}) });
    }
  },
};
