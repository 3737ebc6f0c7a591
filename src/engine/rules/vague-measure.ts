import type { Rule } from '../rule';
import { sharedLinks } from '../link/link';
import { linkMessages } from '../link/messages';
import { headSpan, itemLabel, spanFields } from './util';

/**
 * A measure with no quantity, frequency, deadline or owner. Points at the measure's heading sentence.
 * before: （一）强化理论学习。坚持把学习作为立身之本，……学深悟透、学以致用。
 * after:  ……全年安排不少于12次理论中心组学习，每月开展1次专题研讨，年底前完成……
 */
export const vagueMeasure: Rule = {
  id: 'vague-measure',
  severity: 'warning',
  description: '整改措施没有频次、数量、时限或责任人等可检验的要求。',
  advice: '整改措施要可检验：写明频次、数量、时限或责任人。',
  example: { before: '（一）强化理论学习。坚持把学习作为立身之本，学深悟透、学以致用。', after: '（一）强化理论学习。全年安排不少于12次中心组学习，每月开展1次专题研讨，年底前完成。' },
  run(ctx, report) {
    const r = sharedLinks(ctx);
    for (const m of r.measures) {
      if (!m.concrete && !m.placeholder) {
        // Past the kernel's cap the finding is only counted: no name or span built for it.
        if (report.listed?.() === false) {
          report({ paragraph: m.paragraph, message: '' });
          continue;
        }
        const span = headSpan(ctx.input.paragraphs, ctx.outline.measures[m.index], m.head);
        report({ paragraph: m.paragraph, message: linkMessages.vagueMeasure(itemLabel(m.head)), ...spanFields(span) });
      }
    }
  },
};
