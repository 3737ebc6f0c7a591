/** The rule registry: every rule the engine runs, in report order. */
import type { Finding, Paragraph } from '../types';
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
import { unknownTemplate } from './unknown-template';
import { outsideTemplate } from './outside-template';
import { caseSelfComparison } from './case-self-comparison';

export const rules: Rule[] = [unknownTemplate, missingPart, missingAspect, outsideTemplate, caseSelfComparison, emptyAspect, aspectOrder, numbering, placeholder, formulation, repeatedText, objectiveCause, proportion, unstyledHeading, ...linkRules];

/** A span in effective-text offsets moved into `Paragraph.text`; none when it lies in the list number. */
function textSpan(p: Paragraph | undefined, start?: number, length?: number): { start?: number; length?: number } {
  if (!p || start === undefined || length === undefined) return {};
  const s = start - (p.listString?.length ?? 0);
  if (s < 0 || s + length > p.text.length || length <= 0) return {};
  return { start: s, length };
}

export function runRules(ctx: RuleContext, only?: (rule: Rule) => boolean): Finding[] {
  const findings: Finding[] = [];
  const paragraphs = ctx.input.paragraphs;
  // A .txt/.md material's excerpts leave out the spaces its markdown marks left behind.
  const typed = ctx.input.source === 'text' || ctx.input.source === 'markdown';
  for (const rule of rules) {
    if (only && !only(rule)) continue;
    rule.run(ctx, ({ paragraph, message, severity, start, length, fix }) => {
      const p = paragraphs[paragraph];
      findings.push({
        rule: rule.id,
        severity: severity ?? rule.severity,
        message,
        paragraph,
        excerpt: p ? excerpt(effectiveText(p), 40, typed) : '',
        ...textSpan(p, start, length),
        ...(fix ? { fix } : {}),
      });
    });
  }
  return findings;
}
