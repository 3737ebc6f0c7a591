/**
 * The day the pane's check runs on, for the meeting season of a material that states no year
 * (engine AnalyzeOptions.today). Today's date in Word; where a process environment exists (the
 * tests under jest) DUIZHAO_TODAY (YYYY-MM-DD) pins it, as it does for the command line.
 * Imports only engine/season.ts (no detection code): the pane's first bundle uses checkSeason.
 */
import { meetingSeason, parseDay } from '../engine/season';

export function checkDay(): Date {
  const pinned = typeof process !== 'undefined' ? process.env?.DUIZHAO_TODAY : undefined;
  return (pinned && parseDay(pinned)) || new Date();
}

/** The meeting year (年度) of the check's day (engine meetingSeason). */
export function checkSeason(): number {
  return meetingSeason(checkDay());
}
