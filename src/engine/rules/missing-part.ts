import type { Rule } from '../rule';
import { messages } from '../messages';

/**
 * A required part of the template (存在的主要问题, 原因分析, 整改措施) has no heading.
 * before: 一、存在的主要问题 … 二、整改措施   after: 一、存在的主要问题 … 二、原因分析 … 三、整改措施
 */
export const missingPart: Rule = {
  id: 'missing-part',
  severity: 'error',
  description: '缺少模板要求的部分（存在的主要问题、原因分析、整改措施）；各方面问题都在、只缺部分总标题时为警告。',
  advice: '对照检查材料一般由“存在的主要问题”“原因分析”“整改措施”几部分组成，每部分都要有标题。',
  example: { before: '一、存在的主要问题 …… 二、整改措施 ……', after: '一、存在的主要问题 …… 二、原因分析 …… 三、整改措施 ……' },
  run({ outline, template, input }, report) {
    const found = new Set(outline.parts.map((p) => p.role));
    const order = template.parts.map((p) => p.role);
    for (const part of template.parts) {
      if (!part.required || found.has(part.role)) continue;
      if (part.role === 'problems' && outline.aspects.length) {
        // The aspects are there, only the part's own heading is not.
        report({ paragraph: outline.aspects[0].node.paragraph, severity: 'warning', message: messages.missingPartHeading(part.label) });
        continue;
      }
      // Point where the part belongs: the next present part, else the end of the document.
      const after = order.slice(order.indexOf(part.role) + 1);
      const next = outline.parts.find((p) => after.includes(p.role));
      const last = input.paragraphs.length ? input.paragraphs.length - 1 : 0;
      report({ paragraph: next ? next.node.paragraph : last, message: messages.missingPart(part.label) });
    }
  },
};
