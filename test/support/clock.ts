/**
 * Jest setup: the day every check in the tests runs on, unless a test sets its own. A material that
 * states no year is read in the meeting season of the day it is checked (engine detect.ts
 * `meetingSeason`); pinned here to a day whose season (2025年度) has a template, so what the tests
 * expect does not change with the calendar. Tests of the season itself set DUIZHAO_TODAY or pass
 * `today` to the engine. Child processes the tests start inherit it.
 */
process.env.DUIZHAO_TODAY ??= '2026-06-01';
