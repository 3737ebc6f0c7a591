/** Counting findings by severity. No other engine imports, so the task pane's main bundle can use it without the engine. */
import type { Severity } from './types';

/**
 * Findings of each severity. A summary finding (`omitted`, see Finding) counts as the findings it
 * stands for, so the counts stay exact when a rule's findings are capped.
 */
export function countBySeverity(findings: { severity: Severity; omitted?: number }[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity] += f.omitted ?? 1;
  return c;
}

/** How many findings of `rule` there are, a summary finding counted as the findings it stands for. */
export function countOfRule(findings: { rule: string; omitted?: number }[], rule: string): number {
  let n = 0;
  for (const f of findings) if (f.rule === rule) n += f.omitted ?? 1;
  return n;
}
