/** The rule registry: every rule the engine runs, in report order. */
import type { Finding, OutlineNode, Paragraph, Severity } from '../types';
import { messages } from '../messages';
import { MAX_FIX_EDITS } from './util';
import type { Report, Rule, RuleContext } from '../rule';
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
import { otherYearAspects } from './other-year-aspects';
import { caseSelfComparison } from './case-self-comparison';
import { notAMaterial } from './not-a-material';
import { briefPrevious } from './brief-previous';
import { previousUnreported } from './previous-unreported';
import { repeatedProblem } from './repeated-problem';
import { briefCase } from './brief-case';
import { tableGap } from './table-gap';
import { briefCauses } from './brief-causes';

export const rules: Rule[] = [notAMaterial, unknownTemplate, missingPart, briefPrevious, previousUnreported, missingAspect, otherYearAspects, outsideTemplate, briefCase, caseSelfComparison, briefCauses, emptyAspect, aspectOrder, numbering, placeholder, formulation, repeatedText, repeatedProblem, objectiveCause, proportion, unstyledHeading, ...linkRules, tableGap];

/** A span's start (effective-text offset) moved into `Paragraph.text`; -1 when the span lies in the list number or outside the text. */
function textStart(p: Paragraph, start: number, length: number): number {
  const s = start - (p.listString?.length ?? 0);
  return s < 0 || s + length > p.text.length || length <= 0 ? -1 : s;
}

/**
 * Where the items that start inside a paragraph begin (effective offsets > 0, ascending), by
 * paragraph: an aspect heading with its items run in (（一）…方面。一是…二是…), items 一是…二是…
 * in one paragraph, a run-in heading and the items after it.
 */
function inlineStarts(root: OutlineNode): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const stack: OutlineNode[] = root.children.slice();
  while (stack.length) {
    const n = stack.pop()!;
    const children = n.children;
    for (let i = 0; i < children.length; i++) stack.push(children[i]);
    if (n.offset <= 0) continue;
    const list = out.get(n.paragraph);
    if (list) list.push(n.offset);
    else out.set(n.paragraph, [n.offset]);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}

/**
 * Where a finding's excerpt starts in its paragraph's effective text: at the item holding the
 * finding's span (`start`, effective offset) when the paragraph holds several, else at 0. A
 * finding on 二是 of "一是…二是…三是…" quotes "二是…", not the paragraph's start.
 */
function excerptFrom(starts: Map<number, number[]>, paragraph: number, start: number | undefined): number {
  const list = start === undefined ? undefined : starts.get(paragraph);
  if (!list) return 0;
  let at = 0;
  for (const o of list) {
    if (o > start!) break;
    at = o;
  }
  return at;
}

/**
 * Findings one rule lists one by one, per severity, in one document. Beyond it the rule's findings
 * of that severity become one summary finding (`Finding.omitted`, messages.moreOfRule) at the first
 * of them, which counts as all of them: no reviewer reads 50,000 repeated numbers, and each listed
 * finding costs memory (issue 13: floods of tiny lines). Real materials have at most about a dozen.
 */
export const MAX_FINDINGS_PER_RULE = 100;


/**
 * Run the rules (all, or those `only` accepts) in registry order — only the one whose `alone` holds
 * for the document, when one does; findings in each rule's report
 * order, its summary findings after its listed ones. `perRule`: findings listed per rule and
 * severity (MAX_FINDINGS_PER_RULE; Infinity lists all, for tests).
 */
export function runRules(ctx: RuleContext, only?: (rule: Rule) => boolean, perRule = MAX_FINDINGS_PER_RULE): Finding[] {
  const findings: Finding[] = [];
  const paragraphs = ctx.input.paragraphs;
  // A .txt/.md material's excerpts leave out the spaces its markdown marks left behind.
  const typed = ctx.input.source === 'text' || ctx.input.source === 'markdown';
  let starts: Map<number, number[]> | undefined;
  // A document that is no material gets only the rule that says so (Rule.alone).
  const lone = rules.find((r) => r.alone && (!only || only(r)) && r.alone(ctx));
  for (const rule of lone ? [lone] : rules) {
    if (only && !only(rule)) continue;
    const listed: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    // The summary findings past the cap, made on the first finding past it (most rules of most
    // materials never reach it: no map for them).
    let more: Map<Severity, Finding> | undefined;
    const report: Report = ({ paragraph, message, severity, start, length, fix }) => {
      const p = paragraphs[paragraph];
      const s = severity ?? rule.severity;
      if (listed[s] >= perRule) {
        const m = more?.get(s);
        if (m) m.omitted!++;
        else (more ??= new Map()).set(s, { rule: rule.id, severity: s, message: '', paragraph, excerpt: p ? excerpt(effectiveText(p)) : '', omitted: 1 });
        return;
      }
      listed[s]++;
      let quoted = '';
      if (p) {
        const eff = effectiveText(p);
        // Only a span past the paragraph's start can lie in a later item.
        const from = start ? excerptFrom((starts ??= inlineStarts(ctx.outline.root)), paragraph, start) : 0;
        quoted = excerpt(from ? eff.slice(from) : eff, 40, typed);
      }
      // Built field by field in the order the spreads gave (JSON output keeps its key order),
      // without the two throw-away objects a finding the spreads cost.
      const f: Finding = { rule: rule.id, severity: s, message, paragraph, excerpt: quoted };
      if (p && start !== undefined && length !== undefined) {
        const at = textStart(p, start, length);
        if (at >= 0) {
          f.start = at;
          f.length = length;
        }
      }
      if (fix && fix.edits.length <= MAX_FIX_EDITS) f.fix = fix;
      findings.push(f);
    };
    report.listed = (severity) => listed[severity ?? rule.severity] < perRule;
    rule.run(ctx, report);
    if (more) {
      for (const m of more.values()) {
        m.message = messages.moreOfRule(m.omitted!);
        findings.push(m);
      }
    }
  }
  return findings;
}
