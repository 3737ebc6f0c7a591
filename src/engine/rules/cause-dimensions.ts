import type { Rule } from '../rule';
import { linkMessages } from '../link/messages';
import { CAUSE_DIMENSIONS, causeDimensions } from '../link/patterns';
import { headOf } from '../link/text';
import { isPlaceholder } from '../text';
import { briefCausesOf } from './brief-causes';

/** Fewer dimensions than this draws the finding. */
const MIN_DIMENSIONS = 3;

/**
 * The cause analysis touches fewer than three subjective dimensions
 * (思想/政治/组织/作风/纪律, or 理想信念/宗旨意识/党性修养/政绩观/纪律规矩).
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
    // Each cause's heading sentence; with no numbered causes, the first sentence of each paragraph.
    const causes = outline.causes.filter((c) => !isPlaceholder(c.body));
    if (outline.causes.length > 0 && causes.length === 0) return; // only unfilled placeholders so far
    const heads = causes.length > 0 ? causes.map((c) => headOf(c)) : part.node.body.split(/\n/).slice(1).map((s) => headOf({ heading: '', body: s }));
    if (heads.length === 0) return;
    const found = new Set<string>();
    for (const h of heads) for (const d of causeDimensions(h)) found.add(d.id);
    if (found.size >= MIN_DIMENSIONS) return;
    const labels = CAUSE_DIMENSIONS.filter((d) => found.has(d.id)).map((d) => d.label);
    const missing = CAUSE_DIMENSIONS.filter((d) => !found.has(d.id)).map((d) => d.label);
    report({ paragraph: part.node.paragraph, message: linkMessages.causeDimensions(labels, missing) });
  },
};
