import type { Rule } from '../rule';
import { linkMessages } from '../link/messages';
import { CAUSE_DIMENSIONS, causeDimensions } from '../link/patterns';
import { isPlaceholder } from '../text';
import { briefCausesOf } from './brief-causes';

/** Fewer dimensions than this draws the finding. */
const MIN_DIMENSIONS = 3;

/**
 * The cause analysis touches fewer than three subjective dimensions
 * (思想/政治/组织/作风/纪律, or 理想信念/宗旨意识/党性修养/政绩观/纪律规矩), read from the whole text
 * of the causes — every cause's heading and body, or the part's text when no cause is numbered —
 * so that the same causes give the same answer however they are laid out: four causes 一是…四是, one
 * paragraph joined with ；, one Word list item, or headings whose bodies name the dimension (a
 * material whose causes were one ；-joined paragraph was read by its first clause alone).
 * before: （一）工作任务重。（二）人手少、时间紧。
 * after:  （一）理想信念有所松懈。（二）宗旨意识有所淡化。（三）纪律规矩意识不强。
 */
export const causeDimensionsRule: Rule = {
  id: 'cause-dimensions',
  severity: 'info',
  description: '原因分析涉及的主观方面（思想、政治、组织、作风、纪律等）少于三个。',
  advice: '原因分析应从理想信念、宗旨意识、党性修养、纪律规矩等主观方面深挖，通常至少涉及三个方面。',
  example: { before: '（一）工作任务重。（二）人手少、时间紧。', after: '（一）理想信念有所松懈。（二）宗旨意识有所淡化。（三）纪律规矩意识不强。' },
  run({ outline }, report) {
    const part = outline.parts.find((p) => p.role === 'causes');
    if (!part) return; // missing-part reports it
    if (briefCausesOf(outline)) return; // brief-causes says what is missing: one finding
    const causes = outline.causes.filter((c) => !isPlaceholder(c.body));
    if (outline.causes.length > 0 && causes.length === 0) return; // only unfilled placeholders so far
    // The causes' whole text: each cause's own text (heading and body, its sub-items included);
    // with no numbered causes, the part's text after its heading line.
    const text = causes.length > 0 ? causes.map((c) => c.body).join('\n') : part.node.body.split(/\n/).slice(1).join('\n');
    if (!text.trim()) return;
    const found = new Set(causeDimensions(text).map((d) => d.id));
    if (found.size >= MIN_DIMENSIONS) return;
    const labels = CAUSE_DIMENSIONS.filter((d) => found.has(d.id)).map((d) => d.label);
    const missing = CAUSE_DIMENSIONS.filter((d) => !found.has(d.id)).map((d) => d.label);
    report({ paragraph: part.node.paragraph, message: linkMessages.causeDimensions(labels, missing) });
  },
};
