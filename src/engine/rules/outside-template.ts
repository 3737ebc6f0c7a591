import type { Rule } from '../rule';
import { messages } from '../messages';
import { shortHeading } from './util';

/**
 * A section of the problems part that names none of the year's aspects (其他方面, a local topic)
 * is kept outside the template rather than forced onto an aspect number; this says so.
 * before: （六）其他方面。一是津贴补贴方面…  (silently counted as a second 方面5)
 * after:  （六）其他方面。…  “（六）其他方面”与…的各方面都对不上，作为模板外内容
 */
export const outsideTemplate: Rule = {
  id: 'outside-template',
  severity: 'info',
  description: '问题部分中有不对应当年任何方面的小节，作为模板外内容，不计入方面检查。',
  advice: '问题应按当年通知规定的方面逐项查摆；规定方面以外的内容可以保留，但不能代替规定方面，也不要套用方面序号。',
  example: { before: '（六）其他方面。一是津贴补贴方面……', after: '（六）其他方面（规定方面以外的补充）。一是……' },
  run({ outline, template }, report) {
    // With no aspects at all (unknown year) unknown-template already says it once.
    if (!template.aspects.length) return;
    for (const a of outline.aspects) {
      if (a.aspect === null && !a.unsectioned) report({ paragraph: a.node.paragraph, message: messages.outsideTemplate(shortHeading(a.node.heading), template.name) });
    }
  },
};
