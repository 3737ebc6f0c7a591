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

/** Severities from the most to the least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Whether `s` is `level` or more serious (error ≥ warning ≥ info). */
export function atLeast(s: Severity, level: Severity): boolean {
  return SEVERITIES.indexOf(s) <= SEVERITIES.indexOf(level);
}

/**
 * `level` from what a user typed: the report's own words (错误, 警告, 提示) or the JSON's
 * (error, warning, info); undefined for anything else.
 */
export function severityNamed(name: string): Severity | undefined {
  const n = name.trim().toLowerCase();
  if (n === '错误' || n === 'error') return 'error';
  if (n === '警告' || n === 'warning') return 'warning';
  if (n === '提示' || n === 'info') return 'info';
  return undefined;
}

/** How many findings of `rule` there are, a summary finding counted as the findings it stands for. */
export function countOfRule(findings: { rule: string; omitted?: number }[], rule: string): number {
  let n = 0;
  for (const f of findings) if (f.rule === rule) n += f.omitted ?? 1;
  return n;
}
