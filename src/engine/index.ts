/**
 * The engine's front door: paragraphs in, outline and findings out. Pure: no Office, no DOM,
 * no file system, so the task pane, its worker, the CLI and the tests all call the same code.
 */
import type { DocumentInput, Finding, Outline } from './types';
import { DEFAULT_TEMPLATE_ID, getTemplate, type Template } from './template';
import { buildOutline } from './outline';
import { runRules } from './rules';
import { withoutLeadingOutline } from './leading-outline';

/** How the template was decided: found from the material, chosen by the user, or read from a file. */
export type TemplateSource = 'detected' | 'chosen' | 'file';

export interface Analysis {
  templateId: string;
  template: Template;
  templateSource: TemplateSource;
  /** Chinese: the evidence that decided the template (依据：标题“2025年度”；…). */
  templateReason: string;
  /** The meeting year read from the title or preamble (2025 for “2025年度”), or null. */
  recognisedYear: number | null;
  outline: Outline;
  findings: Finding[];
  /** Results computed once and shared by rules and reports (e.g. problem–measure links). */
  shared: Map<string, unknown>;
}

export interface AnalyzeOptions {
  /** A template chosen by id (CLI --template, the pane's picker): overrides detection. */
  templateId?: string;
  /** A template read from a file (CLI --template-file, a notice imported in the pane). */
  template?: Template;
}

export function analyze(input: DocumentInput, options: AnalyzeOptions = {}): Analysis {
  const templateId = options.template?.id ?? options.templateId ?? DEFAULT_TEMPLATE_ID;
  const template = options.template ?? getTemplate(templateId);
  if (!template) throw new Error(`unknown template: ${templateId}`);
  const templateSource: TemplateSource = options.template ? 'file' : options.templateId ? 'chosen' : 'detected';
  // A leading outline of the document's own headings is not its structure (leading-outline.ts).
  const paragraphs = withoutLeadingOutline(input.paragraphs);
  if (paragraphs !== input.paragraphs) input = { ...input, paragraphs };
  const outline = buildOutline(input, template);
  const shared = new Map<string, unknown>();
  const findings = runRules({ input, outline, template, shared });
  return { templateId, template, templateSource, templateReason: '', recognisedYear: null, outline, findings, shared };
}

export type { DocumentInput, Finding, Outline, Paragraph, Severity, SkeletonParagraph } from './types';
export { getTemplate, templateIds, DEFAULT_TEMPLATE_ID } from './template';
export type { Template } from './template';
export { readText } from './readers/text';
export { buildOutline } from './outline';
