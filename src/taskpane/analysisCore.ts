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
import { buildPaneReport, type AnalysisJsonLike, type PaneReport } from './report';
import { buildChecklist, checklistTable } from '../engine/checklist';
import { findingComments } from '../engine/deliverables/comments';

/** Each rule's description, the title of its group of findings. */
const RULE_TITLES: Record<string, string> = Object.fromEntries(rules.map((r) => [r.id, r.description]));

export function runAnalysis(input: DocumentInput, templateId?: string): PaneReport {
  const analysis = analyze(input, templateId ? { templateId } : undefined);
  const json: AnalysisJsonLike = toJson(analysis, input.name ?? '');
  let missing: SkeletonParagraph[] = [];
  try {
    missing = buildSkeleton(analysis.template, { kind: 'missing' }, analysis.outline);
  } catch {
    missing = [];
  }
  const report = buildPaneReport(json, analysis.template, input.paragraphs.length, missing, RULE_TITLES);
  report.checklist = checklistTable(buildChecklist(analysis, input));
  report.comments = findingComments(analysis.findings, input.paragraphs);
  return report;
}
