import type { Rule } from '../rule';
import { messages } from '../messages';
import data from '../excuses.json';
import { sentences } from '../link/text';
import { findSpan } from './util';

const EXCUSE = new RegExp(data.excuses.join('|'));

/**
 * A cause that blames circumstances (任务重、人手少、时间紧) instead of the writer's own thinking,
 * politics, organisation, style or discipline. The finding points at the sentence that gives it.
 * before: （一）工作任务繁重，忙于事务，放松了理论学习。   after: （一）理论学习的自觉性不强，把学习当成软任务。
 */
export const objectiveCause: Rule = {
  id: 'objective-cause',
  severity: 'info',
  description: '原因分析写了客观原因（任务重、人手少、时间紧等），应从主观上查找。',
  run({ outline, input }, report) {
    const causes = outline.causes;
    causes.forEach((c, k) => {
      const m = EXCUSE.exec(c.body);
      if (!m) return;
      // The sentence that gives the excuse, in whichever paragraph of the cause it is written.
      const sentence = sentences(c.body).find((s) => EXCUSE.test(s))?.replace(/^\s+|\s+$/g, '');
      const next = causes[k + 1]?.paragraph ?? input.paragraphs.length;
      const span = sentence ? findSpan(input.paragraphs, c.paragraph, Math.max(next, c.paragraph + 1), sentence) : undefined;
      report({ paragraph: span?.paragraph ?? c.paragraph, message: messages.objectiveCause(m[0]), ...(span ? { start: span.start, length: span.length } : {}) });
    });
  },
};
