import type { Rule } from '../rule';
import { messages } from '../messages';
import { lastTwoYears, UNKNOWN_TEMPLATE_ID } from '../template';
import type { PartRole } from '../types';

/**
 * Parts the two latest years before `year` (of the same meeting) both required and the material
 * lacks: 反面典型案例剖析 and 上年度整改情况 in 2024年度 and 2025年度. The new year's notice decides, but a
 * reviewer expects them until it says otherwise. Undefined when there are none.
 */
function recentlyRequired(year: number, meeting: string, present: Set<PartRole>): { labels: string[]; years: number[] } | undefined {
  const last = lastTwoYears(year, meeting);
  if (!last.length) return undefined;
  const years = [...new Set(last.map((t) => Math.max(...(t.years ?? [0]))))];
  const labels = last[0].parts
    .filter((p) => p.required && !present.has(p.role) && !['problems', 'causes', 'measures'].includes(p.role))
    .filter((p) => last.every((t) => t.parts.some((q) => q.role === p.role && q.required)))
    .map((p) => p.label);
  return labels.length ? { labels, years: [...years].sort() } : undefined;
}

/**
 * The material is for a year we have no template for (2026年度, before its notice is imported), or
 * its aspect headings fit no template: no aspect is checked, and the writer is told how to import
 * the notice. One finding, at the title (or the first paragraph).
 * before: 2026年度民主生活会对照检查材料 … (checked against no aspects, silently)
 * after:  the same, with "识别为2026年度的材料，但还没有该年度的模板…请导入当年通知…" (the CLI names
 *         `duizhao template from-notice`, the pane its 从通知导入… button: RuleContext.surface)
 */
export const unknownTemplate: Rule = {
  id: 'unknown-template',
  severity: 'warning',
  description: '材料的年度还没有模板（或各方面标题与已有模板都对不上），本次不按方面检查；提示导入当年通知。',
  // Rule advice is shown only in the task pane's explanation card, so it names the pane's commands.
  advice: messages.unknownTemplateAdvice(),
  example: { before: '2026年度民主生活会对照检查材料（没有该年度模板，不检查方面）', after: '导入2026年度通知后，按通知规定的各方面逐项检查' },
  run({ outline, template, surface }, report) {
    if (template.id !== UNKNOWN_TEMPLATE_ID) return;
    const year = template.years?.length ? template.years[0] : null;
    // The writer is told how to import the notice where they are: the command, or 从通知导入… in the pane.
    const message = messages.unknownTemplate(year, surface ?? 'cli', template.meeting);
    const recent = year === null ? undefined : recentlyRequired(year, template.meeting ?? '民主生活会', new Set(outline.parts.map((p) => p.role)));
    report({ paragraph: outline.title?.paragraph ?? 0, message: recent ? message + messages.unknownTemplateRecentParts(recent.labels, recent.years) : message });
  },
};
