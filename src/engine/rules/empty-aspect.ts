import type { Rule } from '../rule';
import { messages } from '../messages';
import { aspectLabel, headSpan, spanFields } from './util';

/**
 * An aspect heading with no problem under it.
 * before: （三）在带头践行以人民为中心的发展思想方面  （四）…
 * after:  （三）在带头践行以人民为中心的发展思想方面  一是宗旨意识不牢固。比如，……  （四）…
 */
export const emptyAspect: Rule = {
  id: 'empty-aspect',
  severity: 'warning',
  description: '某个方面只有标题，下面没有列出问题。',
  advice: '每个方面标题下都应列出具体问题，一般用“一是、二是”分条写，并举出事例。',
  example: { before: '（三）在带头践行以人民为中心的发展思想方面（下面没有内容）', after: '（三）在带头践行以人民为中心的发展思想方面 一是宗旨意识不够牢固。比如，……' },
  run({ outline, input }, report) {
    for (const a of outline.aspects) {
      if (a.problems.length === 0) report({ paragraph: a.node.paragraph, message: messages.emptyAspect(aspectLabel(a.node.heading)), ...spanFields(headSpan(input.paragraphs, a.node, a.node.heading)) });
    }
  },
};
