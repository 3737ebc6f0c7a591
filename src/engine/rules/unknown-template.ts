import type { Rule } from '../rule';
import { messages } from '../messages';
import { UNKNOWN_TEMPLATE_ID } from '../template';

/**
 * The material is for a year we have no template for (2026年度, before its notice is imported), or
 * its aspect headings fit no template: no aspect is checked, and the writer is told how to import
 * the notice. One finding, at the title (or the first paragraph).
 * before: 2026年度民主生活会对照检查材料 … (checked against no aspects, silently)
 * after:  the same, with "识别为2026年度的材料，但还没有该年度的模板…请导入当年通知…"
 */
export const unknownTemplate: Rule = {
  id: 'unknown-template',
  severity: 'warning',
  description: '材料的年度还没有模板（或各方面标题与已有模板都对不上），本次不按方面检查；提示导入当年通知。',
  advice: '每年的通知规定当年对照检查的方面。还没有该年度模板时，请从当年通知导入（命令行 duizhao template from-notice，任务窗格“模板 → 从通知导入…”），再按通知的方面检查。',
  example: { before: '2026年度民主生活会对照检查材料（没有该年度模板，不检查方面）', after: '导入2026年度通知后，按通知规定的各方面逐项检查' },
  run({ outline, template }, report) {
    if (template.id !== UNKNOWN_TEMPLATE_ID) return;
    const year = template.years?.length ? template.years[0] : null;
    report({ paragraph: outline.title?.paragraph ?? 0, message: messages.unknownTemplate(year) });
  },
};
