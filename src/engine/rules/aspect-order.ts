import type { Rule } from '../rule';
import { messages } from '../messages';
import { headSpan, spanFields } from './util';

/**
 * Aspects appear twice, or not in the notice's order.
 * before: （一）…两个确立…（二）…以人民为中心…（三）…国之大者…
 * after:  （一）…两个确立…（二）…国之大者…（三）…以人民为中心…
 */
export const aspectOrder: Rule = {
  id: 'aspect-order',
  severity: 'warning',
  description: '方面重复出现，或顺序与当年通知不一致。',
  advice: '审阅者按当年通知的顺序逐一对照各方面，每个方面只写一次，顺序与通知一致。',
  example: { before: '（一）在带头坚定拥护“两个确立”方面……（二）在带头践行以人民为中心的发展思想方面……（三）在带头胸怀“国之大者”方面……', after: '（一）在带头坚定拥护“两个确立”方面……（二）在带头胸怀“国之大者”方面……（三）在带头践行以人民为中心的发展思想方面……' },
  run({ outline, template, input }, report) {
    const seen = new Set<number>();
    let prev = 0;
    for (const a of outline.aspects) {
      if (a.aspect === null) continue;
      const title = template.aspects[a.aspect - 1]?.title ?? '';
      if (seen.has(a.aspect)) {
        report({ paragraph: a.node.paragraph, message: messages.aspectDuplicate(a.aspect, title), ...spanFields(headSpan(input.paragraphs, a.node, a.node.heading)) });
        continue;
      }
      if (a.aspect < prev) report({ paragraph: a.node.paragraph, message: messages.aspectOutOfOrder(a.aspect, prev), ...spanFields(headSpan(input.paragraphs, a.node, a.node.heading)) });
      seen.add(a.aspect);
      prev = Math.max(prev, a.aspect);
    }
  },
};
