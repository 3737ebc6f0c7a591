import type { Rule } from '../rule';
import { sharedLinks } from '../link/link';
import { linkMessages } from '../link/messages';
import { findSpan, spanFields } from './util';

/**
 * The gap a 反面典型案例剖析 part finds in the writer (对照案例查摆自身差距: "对身边工作人员教育管理不够")
 * that no measure acts on: the case is to be turned into 以案促改, and reviewers look for the measure
 * that answers what the writer found against it. A measure answers the gap when it names a concept
 * of it or one of its specific things (link/case-gaps.ts answersCaseGap) or takes the case itself
 * up (以案促改, 警示教育 …). Told for each clause of the gap stating a shortfall (case-gaps.ts
 * caseGapClauses) that no measure acts on, at most MAX_TOLD, at the clause itself (the paragraph of
 * the case part holding it, its words selected; the part's heading when it cannot be found); none when a
 * measure takes the case itself up, where the part never turns to the writer or names no
 * shortfall (case-self-comparison says so), or without measures (missing-part says so).
 * before: 二、反面典型案例剖析 …对照反思，本人对身边工作人员教育管理不够…  四、整改措施 （一）…（无一条针对）
 * after:  四、整改措施 …（五）每季度与身边工作人员谈心谈话1次，年底前建立教育管理台账。
 */
/** Unanswered gap clauses told at most (a long case part's every clause is no list to read). */
const MAX_TOLD = 3;

export const unansweredCaseGap: Rule = {
  id: 'unanswered-case-gap',
  severity: 'info',
  description: '反面典型案例剖析中对照查摆出的自身差距，整改措施中没有对应的措施。',
  advice: '对照反面典型案例查摆出的差距也要整改：应在整改措施中写出针对这些差距的具体措施，做到以案促改。',
  example: {
    before: '二、反面典型案例剖析……对照反思，本人对身边工作人员教育管理不够……四、整改措施（没有一条针对）',
    after: '四、整改措施……（五）每季度与身边工作人员谈心谈话1次，年底前建立教育管理台账。',
  },
  run(ctx, report) {
    const r = sharedLinks(ctx);
    if (!r.caseGap || !r.measures.some((m) => !m.placeholder)) return;
    const parts = ctx.outline.parts;
    const cases = parts.filter((p) => p.role === 'cases');
    if (!cases.length) return;
    const paragraphs = ctx.input.paragraphs;
    // The paragraphs of the case parts: each from its heading to the next part's.
    const ranges = cases.map((c) => {
      const next = parts.find((p) => p.node.paragraph > c.node.paragraph);
      return [c.node.paragraph, next ? next.node.paragraph : paragraphs.length] as const;
    });
    for (const gap of r.caseGap.unanswered.slice(0, MAX_TOLD)) {
      let span;
      for (const [from, to] of ranges) if ((span = findSpan(paragraphs, from, to, gap))) break;
      report({ paragraph: span ? span.paragraph : cases[0].node.paragraph, ...spanFields(span), message: linkMessages.unansweredCaseGap(gap) });
    }
  },
};
