import type { Rule } from '../rule';
import { messages } from '../messages';

/**
 * One of the year's aspects has no section under 存在的主要问题.
 * before: （一）…（二）…（三）…（五）…   after: （一）…（二）…（三）…（四）…（五）…
 */
export const missingAspect: Rule = {
  id: 'missing-aspect',
  severity: 'error',
  description: '存在的主要问题中缺少当年通知规定的某个方面。',
  advice: '“存在的主要问题”要逐一对照当年通知规定的每个方面查摆，不能缺项。',
  example: { before: '（一）……（二）……（三）……（五）……', after: '（一）……（二）……（三）……（四）……（五）……' },
  run({ outline, template }, report) {
    const problems = outline.parts.find((p) => p.role === 'problems');
    // Without a problems part, missing-part already says what is wrong; a template with no
    // aspects (a year with no template yet) demands none.
    if ((!problems && !outline.aspects.length) || !template.aspects.length) return;
    if (problems && !outline.aspects.some((a) => a.aspect !== null)) {
      // Problems listed with no aspect sections at all: say it once.
      report({ paragraph: problems.node.paragraph, message: messages.noAspects(template.aspects.length) });
      return;
    }
    const mapped = new Set(outline.aspects.map((a) => a.aspect));
    for (const aspect of template.aspects) {
      if (mapped.has(aspect.number)) continue;
      const next = outline.aspects.find((a) => a.aspect !== null && a.aspect > aspect.number);
      const at = next?.node.paragraph ?? problems?.node.paragraph ?? outline.aspects[0].node.paragraph;
      report({ paragraph: at, message: messages.missingAspect(aspect.number, aspect.title) });
    }
  },
};
