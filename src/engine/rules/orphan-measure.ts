import type { Rule } from '../rule';
import { sharedLinks } from '../link/link';
import { linkMessages } from '../link/messages';
import { headSpan, itemLabel, spanFields } from './util';

/**
 * A measure that answers no listed problem. Points at the measure's heading sentence.
 * before: （四）加强生态环保。……  (no problem speaks of 生态环保)
 * after:  the measure is tied to a listed problem, or the problem is written down.
 */
export const orphanMeasure: Rule = {
  id: 'orphan-measure',
  severity: 'info',
  description: '整改措施没有对应任何查摆出的问题。',
  advice: '每条整改措施都应针对前面查摆出的某个问题，做到问题与措施一一对应。',
  example: { before: '（四）加强生态环保。……（前面没有查摆生态环保方面的问题）', after: '（四）针对“生态环保责任落实不到位”的问题，……' },
  run(ctx, report) {
    const r = sharedLinks(ctx);
    if (r.links.length === 0) return; // no problems found: nothing to tie measures to
    for (const m of r.measures) {
      // A measure answering a gap the case part finds in the writer (严格执行中央八项规定精神 for 超标准工作餐) is none.
      if (m.answers.length === 0 && !m.placeholder && !m.caseGap) {
        const span = headSpan(ctx.input.paragraphs, ctx.outline.measures[m.index], m.head);
        report({ paragraph: m.paragraph, message: linkMessages.orphanMeasure(itemLabel(m.head)), ...spanFields(span) });
      }
    }
  },
};
