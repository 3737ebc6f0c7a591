/** How `check` reports findings dismissed in the document: apart from the others, with the reason. */
import type { DismissedFinding } from '../engine/dismissals';
import { dismissalText } from '../engine/messages';
import { findingJson } from '../engine/json';

/** `dismissed[]` of check --json. */
export function dismissedJson(list: DismissedFinding[]) {
  return list.map(({ finding: f, by, reason }) => ({
    ...findingJson(f),
    by,
    ...(reason ? { reason } : {}),
  }));
}

/** The readable section (none when nothing was dismissed); `ruleIds`: each line names its rule id (--verbose). */
export function dismissedLines(list: DismissedFinding[], ruleIds = false): string[] {
  if (!list.length) return [];
  return [
    '',
    dismissalText.reportTitle(list.length),
    ...list.map(({ finding: f, by, reason }) => `  第${f.paragraph + 1}段 ${ruleIds ? `[${f.rule}] ` : ''}${f.message}　${by === 'rule' ? dismissalText.byRule : dismissalText.byFinding}${reason ? dismissalText.reason(reason) : ''}`),
  ];
}
