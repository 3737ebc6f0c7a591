/**
 * Which template the pane's 插入框架 follows, and how its menu names it. Pure; imports only
 * engine/template.ts and engine/season.ts (no detection code), as the pane's first bundle does.
 */
import { getTemplate, skeletonTemplateFor, skeletonTemplateOf, UNKNOWN_TEMPLATE_ID, type Template } from '../engine/template';
import { emptyDocumentTemplate } from '../engine/season';
import type { PaneReport } from './report';
import { S } from './strings';

/**
 * The template skeletons follow: the writer's chosen (imported) template; else the template of the
 * last check (its own unknown template when it found none: 2026年度 parts without aspects); else
 * a template id the writer or host named; else what the engine reads an empty document by in the
 * check's meeting season `season` (engine emptyDocumentTemplate: 2026年度's parts in December
 * 2026, when no template covers it, else the newest template). Undefined for an unknown id.
 */
export function skeletonTemplate(args: {
  chosen?: Template;
  report?: Pick<PaneReport, 'templateId' | 'skeletonTemplate' | 'recognisedYear'> | null;
  templateId?: string;
  season: number;
}): Template | undefined {
  if (args.chosen) return args.chosen;
  if (args.report) return args.report.skeletonTemplate ?? skeletonTemplateFor(args.report.templateId, args.report.recognisedYear ?? null);
  if (args.templateId) return getTemplate(args.templateId);
  return skeletonTemplateOf(emptyDocumentTemplate(args.season));
}

/**
 * How the menu names what a template's skeletons hold: a template's own name
 * (2025年度民主生活会（五个带头）), or for the unknown template its year and meeting and that its
 * aspects wait for the notice (2026年度：各部分，方面待通知).
 */
export function skeletonSource(template: Template): string {
  if (template.id !== UNKNOWN_TEMPLATE_ID) return `“${template.name}”`;
  const year = template.years?.length ? `${template.years[0]}年度${template.meeting ?? ''}` : '';
  return S.insertSourceNoAspects(year);
}
