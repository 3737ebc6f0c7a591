/** The rule registry: every rule the engine runs, in report order. */
import type { Finding } from '../types';
import type { Rule, RuleContext } from '../rule';
import { excerpt } from '../text';
import { effectiveText } from '../outline';
import { missingPart } from './missing-part';
import { missingAspect } from './missing-aspect';
import { emptyAspect } from './empty-aspect';
import { aspectOrder } from './aspect-order';
import { numbering } from './numbering';
import { unstyledHeading } from './unstyled-heading';
import { placeholder } from './placeholder';
import { repeatedText } from './repeated-text';
import { formulation } from './formulation';
import { objectiveCause } from './objective-cause';
import { proportion } from './proportion';
import { linkRules } from '../link';

export const rules: Rule[] = [missingPart, missingAspect, emptyAspect, aspectOrder, numbering, placeholder, formulation, repeatedText, objectiveCause, proportion, unstyledHeading, ...linkRules];

export function runRules(ctx: RuleContext, only?: (rule: Rule) => boolean): Finding[] {
  const findings: Finding[] = [];
  const paragraphs = ctx.input.paragraphs;
  for (const rule of rules) {
    if (only && !only(rule)) continue;
    rule.run(ctx, ({ paragraph, message, severity }) => {
      const p = paragraphs[paragraph];
      findings.push({
        rule: rule.id,
        severity: severity ?? rule.severity,
        message,
        paragraph,
        excerpt: p ? excerpt(effectiveText(p)) : '',
      });
    });
  }
  return findings;
}
