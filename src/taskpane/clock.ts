/**
 * The day the pane's check runs on, for the meeting season of a material that states no year
 * (engine AnalyzeOptions.today). Today's date in Word; where a process environment exists (the
 * tests under jest) DUIZHAO_TODAY (YYYY-MM-DD) pins it, as it does for the command line.
 */
import { parseDay } from '../engine/detect';

export function checkDay(): Date {
  const pinned = typeof process !== 'undefined' ? process.env?.DUIZHAO_TODAY : undefined;
  return (pinned && parseDay(pinned)) || new Date();
}
