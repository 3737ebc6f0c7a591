/**
 * The meeting season a check runs in, and the template a document that says nothing of its year
 * is read by in it. Apart from detect.ts so that the task pane's first bundle can ask (for its
 * 整篇框架 on an empty document) without the detection code. Pure.
 */
import { allTemplates, getTemplate, NEWEST_TEMPLATE_ID, unknownTemplate, type Template } from './template';

/**
 * The 年度 of the meetings whose materials are written on `date`: December's materials are for
 * that year's meetings, those of January to November for the year before (its meetings run from
 * December into the next spring). Source: ../shared/templates.md ("Materials written from
 * December 2026 are for the 2026年度 meetings"; the 2023年度 meetings were held early 2024).
 * Local time; `date` is not changed.
 */
export function meetingSeason(date: Date): number {
  return date.getMonth() === 11 ? date.getFullYear() : date.getFullYear() - 1;
}

/** A calendar day written YYYY-MM-DD (as `DUIZHAO_TODAY` pins it) as a local date; undefined if it is none. */
export function parseDay(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}

/** `date` as YYYY-MM-DD in local time (parseDay's form). */
export function dayText(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** Whether some template of `templates` is for meeting year `year`. */
export function seasonCovered(year: number, templates: Template[] = allTemplates()): boolean {
  return templates.some((t) => (t.years ?? []).includes(year));
}

/**
 * The template of a document with no content yet (detect.ts, and the pane's 整篇框架 before a
 * check): with `season` (the meeting year of the day, meetingSeason) that no template of
 * `templates` covers, that year's unknown template (the parts, no aspects: 2026年度 before its
 * notice is imported); otherwise the newest 民主生活会 template.
 */
export function emptyDocumentTemplate(season?: number, templates: Template[] = allTemplates()): Template {
  if (season !== undefined && !seasonCovered(season, templates)) return unknownTemplate(season);
  return getTemplate(NEWEST_TEMPLATE_ID) ?? templates[templates.length - 1];
}
