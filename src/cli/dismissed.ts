/** How `check` reports findings dismissed in the document: apart from the others, with the reason. */
import type { DismissedFinding } from '../engine/dismissals';
import { dismissalText } from '../engine/messages';
import { findingJson } from '../engine/json';
import { PARAGRAPH_PLACES, type Places } from '../engine/places';

/** `dismissed[]` of check --json (`places`: the checked input's, places.ts; a text file's findings get `line`). */
export function dismissedJson(list: DismissedFinding[], places: Places = PARAGRAPH_PLACES) {
  return list.map(({ finding: f, by, reason }) => ({
    ...findingJson(f, places),
    by,
    ...(reason ? { reason } : {}),
  }));
}

/**
 * The readable section (none when nothing was dismissed); `ruleIds`: each line names its rule id
 * (--verbose); `places`: how places are said (第12段, or 第12行 in a text file).
 */
export function dismissedLines(list: DismissedFinding[], ruleIds = false, places: Places = PARAGRAPH_PLACES): string[] {
  if (!list.length) return [];
  return [
    '',
    dismissalText.reportTitle(list.length),
    ...list.map(({ finding: f, by, reason }) => `  ${places.at(f.paragraph)} ${ruleIds ? `[${f.rule}] ` : ''}${f.message}　${by === 'rule' ? dismissalText.byRule : dismissalText.byFinding}${reason ? dismissalText.reason(reason) : ''}`),
  ];
}
