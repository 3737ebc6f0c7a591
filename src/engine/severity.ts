/** Counting findings by severity. No other engine imports, so the task pane's main bundle can use it without the engine. */
import type { Severity } from './types';

export function countBySeverity(findings: { severity: Severity }[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
