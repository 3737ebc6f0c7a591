import type { Rule } from '../rule';
import { sharedLinks } from '../link/link';
import { linkMessages } from '../link/messages';
import { hasExample } from '../link/patterns';
import { headSpan, itemLabel, spanFields } from './util';

/**
 * A problem item with no concrete instance (比如/例如, a figure, a date, a named project or event).
 * Points at the item's heading sentence.
 * before: 二是学习领会不深刻。……理解不深不透，处于浅表化的阶段。
 * after:  ……比如，今年中心组专题学习8次，班子成员研讨发言多停留在原文复述。
 */
export const noExample: Rule = {
  id: 'no-example',
  severity: 'info',
  description: '查摆的问题没有具体事例（比如、数字、具体项目或事件）。',
  advice: '查摆问题要有具体事例、数字或事件，避免只写笼统的表态。',
  example: { before: '二是学习领会不深刻，理解不深不透，处于浅表化的阶段。', after: '二是学习领会不深刻。比如，今年中心组专题学习8次，研讨发言多停留在原文复述。' },
  run(ctx, report) {
    const r = sharedLinks(ctx);
    let k = 0;
    ctx.outline.aspects.forEach((a) => {
      for (const node of a.problems) {
        const link = r.links[k++];
        if (!hasExample(node.body) && !link?.placeholder) {
          const head = link ? link.head : node.heading;
          // Past the kernel's cap the finding is only counted: no name or span built for it.
          if (report.listed?.() === false) report({ paragraph: node.paragraph, message: '' });
          else report({ paragraph: node.paragraph, message: linkMessages.noExample(itemLabel(head)), ...spanFields(headSpan(ctx.input.paragraphs, node, head)) });
        }
      }
    });
  },
};
