/**
 * The one place the task pane calls the engine. Runs inside the Web Worker (analysis.worker.ts)
 * or, when workers are unavailable, on the main thread through a dynamic import so the engine
 * stays out of the pane's first bundle.
 */
import { analyze } from '../engine';
import { toJson } from '../engine/json';
import { rules } from '../engine/rules';
import { buildSkeleton } from '../engine/skeleton';
import type { DocumentInput, SkeletonParagraph } from '../engine/types';
import { skeletonTemplateOf, UNKNOWN_TEMPLATE_ID, type Template } from '../engine/template';
import { buildPaneReport, type AnalysisJsonLike, type PaneReport, type RuleInfo } from './report';
import { buildChecklist, checklistTable } from '../engine/checklist';
import { findingComments } from '../engine/deliverables/comments';
import { checkDay } from './clock';
import { placements } from '../engine/placement';
import { checklistPlace } from './checklistPlace';

/** Each rule's description, the title of its group of findings. */
const RULE_TITLES: Record<string, string> = Object.fromEntries(rules.map((r) => [r.id, r.description]));

/** Each rule's explanation card (built here, in the worker, so the engine stays out of the pane's bundle). */
const RULE_INFOS: Record<string, RuleInfo> = Object.fromEntries(
  rules.map((r) => [r.id, { title: r.description, ...(r.advice ? { advice: r.advice } : {}), ...(r.example ? { example: r.example } : {}) }]),
);

/**
 * `template` (an imported one) wins over `templateId`; with neither the engine detects the template.
 * `deliverables` (default true): also build the 整改清单 table and the findings as comments — over
 * half of the report's size on a long material, so a host that offers no deliverables (the
 * preview) leaves them out, and the report crosses from the worker in half the time.
 */
export function runAnalysis(input: DocumentInput, templateId?: string, template?: Template, deliverables = true): PaneReport {
  const started = typeof performance !== 'undefined' ? performance.now() : Date.now();
  // The pane's own words where a message names what to do (从通知导入…, not the command line).
  const analysis = analyze(input, { ...(template ? { template } : templateId ? { templateId } : {}), surface: 'pane', today: checkDay() });
  const json: AnalysisJsonLike = toJson(analysis, input.name ?? '');
  const engineMs = (typeof performance !== 'undefined' ? performance.now() : Date.now()) - started;
  let missing: SkeletonParagraph[] = [];
  try {
    missing = buildSkeleton(analysis.template, { kind: 'missing' }, analysis.outline);
  } catch {
    missing = [];
  }
  const report = buildPaneReport(json, analysis.template, input.paragraphs.length, missing, RULE_TITLES, RULE_INFOS, input.paragraphs);
  report.engineMs = engineMs;
  try {
    report.placements = placements(analysis, input);
  } catch {
    // No placements: the menu inserts at the cursor.
  }
  if (analysis.template.id === UNKNOWN_TEMPLATE_ID) report.skeletonTemplate = skeletonTemplateOf(analysis.template);
  if (deliverables) {
    report.checklist = checklistTable(buildChecklist(analysis, input));
    const place = checklistPlace(json.parts, input.paragraphs);
    if (place) report.checklistPlace = place;
    report.comments = findingComments(analysis.findings, input.paragraphs);
  }
  return report;
}
