import type { Rule } from '../rule';
import { sharedLinks } from '../link/link';
import { linkMessages } from '../link/messages';
import { itemName } from '../link/text';

/**
 * A problem item that no measure answers.
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
    if (r.measures.length === 0) return; // no measures at all: missing-part says so once
    for (const l of r.links) {
      if (l.strength === 'none' && !l.placeholder) report({ paragraph: l.paragraph, message: linkMessages.uncoveredProblem(itemName(l.head)) });
    }
  },
};
