/** The rule registry: every rule the engine runs, in report order. */
import type { Finding, Paragraph, Severity } from '../types';
import { messages } from '../messages';
import { MAX_FIX_EDITS } from './util';
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

/**
 * Findings one rule lists one by one, per severity, in one document. Beyond it the rule's findings
 * of that severity become one summary finding (`Finding.omitted`, messages.moreOfRule) at the first
 * of them, which counts as all of them: no reviewer reads 50,000 repeated numbers, and each listed
 * finding costs memory (issue 13: floods of tiny lines). Real materials have at most about a dozen.
 */
export const MAX_FINDINGS_PER_RULE = 100;


/**
 * Run the rules (all, or those `only` accepts) in registry order; findings in each rule's report
 * order, its summary findings after its listed ones. `perRule`: findings listed per rule and
 * severity (MAX_FINDINGS_PER_RULE; Infinity lists all, for tests).
 */
export function runRules(ctx: RuleContext, only?: (rule: Rule) => boolean, perRule = MAX_FINDINGS_PER_RULE): Finding[] {
  const findings: Finding[] = [];
  const paragraphs = ctx.input.paragraphs;
  // A .txt/.md material's excerpts leave out the spaces its markdown marks left behind.
  const typed = ctx.input.source === 'text' || ctx.input.source === 'markdown';
  for (const rule of rules) {
    if (only && !only(rule)) continue;
    const listed: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    const more = new Map<Severity, Finding>();
    rule.run(ctx, ({ paragraph, message, severity, start, length, fix }) => {
      const p = paragraphs[paragraph];
      const s = severity ?? rule.severity;
      if (listed[s] >= perRule) {
        const m = more.get(s);
        if (m) m.omitted!++;
        else more.set(s, { rule: rule.id, severity: s, message: '', paragraph, excerpt: p ? excerpt(effectiveText(p)) : '', omitted: 1 });
        return;
      }
      listed[s]++;
      findings.push({
        rule: rule.id,
        severity: s,
        message,
        paragraph,
        excerpt: p ? excerpt(effectiveText(p), 40, typed) : '',
        ...textSpan(p, start, length),
        ...(fix && fix.edits.length <= MAX_FIX_EDITS ? { fix } : {}),
      });
    });
    for (const m of more.values()) {
      m.message = messages.moreOfRule(m.omitted!);
      findings.push(m);
    }
  }
  return findings;
}
