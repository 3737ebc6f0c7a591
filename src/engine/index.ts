/**
 * The engine's front door: paragraphs in, outline and findings out. Pure: no Office, no DOM,
 * no file system, so the task pane, its worker, the CLI and the tests all call the same code.
 */
import type { DocumentInput, Finding, Outline } from './types';
import { DEFAULT_TEMPLATE_ID, getTemplate, type Template } from './template';
import { buildOutline } from './outline';
import { runRules } from './rules';

export interface Analysis {
  templateId: string;
  template: Template;
  outline: Outline;
  findings: Finding[];
  /** Results computed once and shared by rules and reports (e.g. problem–measure links). */
  shared: Map<string, unknown>;
}

export interface AnalyzeOptions {
  templateId?: string;
}

export function analyze(input: DocumentInput, options: AnalyzeOptions = {}): Analysis {
  const templateId = options.templateId ?? DEFAULT_TEMPLATE_ID;
  const template = getTemplate(templateId);
  if (!template) throw new Error(`unknown template: ${templateId}`);
  const outline = buildOutline(input, template);
  const shared = new Map<string, unknown>();
  const findings = runRules({ input, outline, template, shared });
  return { templateId, template, outline, findings, shared };
}

export type { DocumentInput, Finding, Outline, Paragraph, Severity, SkeletonParagraph } from './types';
export { getTemplate, templateIds, DEFAULT_TEMPLATE_ID } from './template';
export type { Template } from './template';
export { readText } from './readers/text';
export { buildOutline } from './outline';
