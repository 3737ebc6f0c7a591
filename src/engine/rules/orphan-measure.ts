import type { Rule } from '../rule';
import { sharedLinks } from '../link/link';
import { linkMessages } from '../link/messages';
import { headSpan, itemLabel, spanFields } from './util';
import { claimedProblem, rowProblemCell } from '../table-rows';
import { caseGapText } from '../link/case-gaps';

/**
 * A measure that answers no listed problem. Points at the measure's heading sentence. A row of a
 * 整改清单 table whose own 问题 cell names a listed problem (table-rows.ts claimedProblem) answers it.
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
    const all = ctx.input.paragraphs;
    let problems: string[] | undefined;
    const claims = (paragraph: number) => {
      const cell = rowProblemCell(all, paragraph);
      if (!cell) return false;
      // The gap the 反面典型案例剖析 finds in the writer counts as a listed problem (t23: a row
      // “节假日检查偏少” of the 整改清单 answering the case part's 节假日期间…检查次数偏少).
      problems ??= [...r.links.map((l) => (all[l.paragraph] ? (all[l.paragraph].listString ?? '') + all[l.paragraph].text : l.head)), caseGapText(ctx.outline)].filter((t) => t);
      return claimedProblem(cell, problems) >= 0;
    };
    for (const m of r.measures) {
      // A measure answering a gap the case part finds in the writer (严格执行中央八项规定精神 for 超标准工作餐) is none.
      // A row of the writer's 整改清单 whose own 问题 cell names a listed problem answers it (t23 m05:
      // “配套政策落地慢 | 重要政策出台后1个月内完成配套措施”).
      if (m.answers.length === 0 && !m.placeholder && !m.caseGap && !claims(m.paragraph)) {
        const span = headSpan(ctx.input.paragraphs, ctx.outline.measures[m.index], m.head);
        report({ paragraph: m.paragraph, message: linkMessages.orphanMeasure(itemLabel(m.head)), ...spanFields(span) });
      }
    }
  },
};
