import type { Rule } from '../rule';
import { messages } from '../messages';
import data from '../excuses.json';

const EXCUSE = new RegExp(data.excuses.join('|'));

/**
 * A cause that blames circumstances (任务重、人手少、时间紧) instead of the writer's own thinking,
 * politics, organisation, style or discipline.
 * before: （一）工作任务繁重，忙于事务，放松了理论学习。   after: （一）理论学习的自觉性不强，把学习当成软任务。
 */
export const objectiveCause: Rule = {
  id: 'objective-cause',
  severity: 'info',
  description: '原因分析写了客观原因（任务重、人手少、时间紧等），应从主观上查找。',
  run({ outline }, report) {
    for (const c of outline.causes) {
      const m = EXCUSE.exec(c.body);
      if (m) report({ paragraph: c.paragraph, message: messages.objectiveCause(m[0]) });
    }
  },
};
