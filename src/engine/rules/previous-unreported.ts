import type { Rule } from '../rule';
import { messages } from '../messages';
import { headSpan, spanFields } from './util';

/**
 * With last year's material (`check --previous`): each problem last year's material listed that
 * this year's 上年度问题整改落实情况 part says nothing of (previous.ts `comparePrevious`: neither a
 * sentence naming it nor words both texts write). Reviewers read the part against last year's
 * material problem by problem; one it skips is the first thing they ask about. Reported at the
 * part's heading, one finding a problem. Says nothing without last year's material, without the
 * part (missing-part and brief-previous speak of that), or when the file given as last year's is
 * this year's own text or states a year not earlier than this one (the comparison says so).
 * before: 一、上年度整改落实情况  一是理论学习方面，中心组全年学习12次……（上年度的“调研不深入”问题未提）
 * after:  一、上年度整改落实情况  一是理论学习方面……；二是针对“调研不深入”的问题，全年到基层调研23天……
 */
export const previousUnreported: Rule = {
  id: 'previous-unreported',
  severity: 'warning',
  description: '上年度查摆的问题，本年度“上年度问题整改落实情况”中没有说明整改情况（需用 --previous 给出上年度材料）。',
  advice: messages.previousUnreportedAdvice,
  example: {
    before: '一、上年度整改落实情况：一是理论学习方面，中心组全年学习12次……（未提上年度的“调研不深入”问题）',
    after: '一、上年度整改落实情况：……二是针对“调研不深入”的问题，全年到基层调研23天，解决问题9个……',
  },
  run({ outline, input, previous }, report) {
    if (!previous) return;
    const c = previous.comparison;
    if (!c.hasPreviousPart || c.sameText || c.notEarlier) return;
    const part = outline.parts.find((p) => p.role === 'previous');
    if (!part) return;
    const node = part.node;
    const span = spanFields(headSpan(input.paragraphs, node, node.heading));
    for (const item of c.items) {
      if (item.answered) continue;
      if (report.listed && !report.listed()) {
        report({ paragraph: node.paragraph, message: '' });
        continue;
      }
      const weak = item.where && item.evidence.length ? item.evidence : [];
      report({ paragraph: node.paragraph, message: messages.previousUnreported(item.text, previous.lastPlaces.at(item.paragraph), weak), ...span });
    }
  },
};
