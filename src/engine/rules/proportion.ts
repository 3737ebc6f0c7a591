import type { Rule } from '../rule';
import type { Outline, PartRole } from '../types';
import { messages } from '../messages';

/** Below this share of problems and causes in the three main parts, the finding is made. */
const MIN_SHARE = 0.5;

function length(outline: Outline, role: PartRole): number {
  let n = 0;
  for (const p of outline.parts) if (p.role === role) n += p.node.body.replace(/\s/g, '').length;
  return n;
}

/**
 * Problems and causes should be the bulk of a material; measures written longer than both
 * together suggest the self-examination is thin.
 * before: 问题 600 字、原因 150 字、措施 1200 字   after: 问题与原因写深写透，占材料主体
 */
export const proportion: Rule = {
  id: 'proportion',
  severity: 'info',
  description: '查摆问题和剖析原因的篇幅偏少，不到问题、原因、措施三部分的一半。',
  advice: '问题和原因应是材料的主体，要写深写透；整改措施简明可行即可。',
  example: { before: '问题 600 字、原因 150 字、措施 1200 字', after: '问题 1500 字、原因 900 字、措施 800 字' },
  run({ outline }, report) {
    const measures = outline.parts.find((p) => p.role === 'measures');
    if (!measures || !outline.parts.some((p) => p.role === 'problems')) return;
    const own = length(outline, 'problems') + length(outline, 'causes');
    const m = length(outline, 'measures');
    if (own + m > 0 && own / (own + m) < MIN_SHARE) report({ paragraph: measures.node.paragraph, message: messages.proportion(own, m) });
  },
};
