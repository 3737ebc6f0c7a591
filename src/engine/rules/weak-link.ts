import type { Rule } from '../rule';
import { sharedLinks } from '../link/link';
import { linkMessages } from '../link/messages';
import { problemNodes } from '../link/link';
import { lexiconMatcher } from '../link/concepts';
import { shownEvidence } from '../link/shown-evidence';
import { headSpan, itemLabel, spanFields } from './util';

/**
 * A problem answered only generically or in part (a shared detail, not its point). Points at the
 * problem's heading sentence.
 * before: 一是改革意识创新不强。……  → 措施只写“增强抗风险意识”
 * after:  a measure that names the problem's point: “深化放管服改革，……年底前……”
 */
export const weakLink: Rule = {
  id: 'weak-link',
  severity: 'info',
  description: '问题只有笼统或部分对应的措施。',
  advice: '措施要点明所针对问题的要害，不能只用笼统的措施去对应具体问题。',
  example: { before: '一是改革创新意识不强。（措施只写“增强抗风险意识”）', after: '深化“放管服”改革，年底前完成审批事项精简……' },
  run(ctx, report) {
    const r = sharedLinks(ctx);
    const nodes = problemNodes(ctx.outline);
    r.links.forEach((l, k) => {
      if (l.strength === 'weak' && l.measure !== null && !l.placeholder) {
        // Past the kernel's cap the finding is only counted: no name or span built for it.
        if (report.listed?.() === false) return report({ paragraph: l.paragraph, message: '' });
        const span = headSpan(ctx.input.paragraphs, nodes[k], l.head);
        // Said as written in the two texts, never a concept label neither holds (shown-evidence.ts).
        const shown = shownEvidence(lexiconMatcher(), nodes[k].body, ctx.outline.measures[l.measure].body, l.evidence).slice(0, 3);
        report({ paragraph: l.paragraph, message: linkMessages.weakLink(itemLabel(l.head), l.measure, shown, l.missing.slice(0, 3), l.point.slice(0, 3), r.measures[l.measure].concrete), ...spanFields(span) });
      }
    });
  },
};
