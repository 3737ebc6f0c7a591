/**
 * The engine's front door: paragraphs in, outline and findings out. Pure: no Office, no DOM,
 * no file system, so the task pane, its worker, the CLI and the tests all call the same code.
 */
import type { DocumentInput, Finding, Outline } from './types';
import { getTemplate, NEWEST_TEMPLATE_ID, type Template } from './template';
import { buildStructure, finishOutline } from './outline';
import { runRules } from './rules';
import { rulesInput } from './rules-input';
import { detectTemplate, meetingFacts, meetingSeason, type DetectOptions } from './detect';
import type { MappingOptions } from './aspects';
import { messages, type Surface } from './messages';
import { comparePrevious, type PreviousComparison } from './previous';
import { placesOf } from './places';

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
  /** With AnalyzeOptions.previous: this material against last year's. */
  previous?: PreviousComparison;
}

export interface AnalyzeOptions {
  /** A template chosen by id (CLI --template, the pane's picker): overrides detection. */
  templateId?: string;
  /** A template read from a file (CLI --template-file, a notice imported in the pane). */
  template?: Template;
  /** Detection and mapping choices (`npm run eval -- --variants`); defaults are the chosen ones. */
  detect?: DetectOptions;
  mapping?: MappingOptions;
  /** Where the findings will be read: 'cli' (default: the report, --json, --annotate) or 'pane'. */
  surface?: Surface;
  /**
   * The date the check runs on (the CLI and the pane pass today's): a document that states no year
   * is read in its meeting season (detect.ts `meetingSeason`, DetectOptions.season). Left out
   * (tests, eval), detection does not depend on the date.
   */
  today?: Date;
  /**
   * Last year's material, read and analysed on its own (`check --previous`): the analysis then
   * compares the two (previous.ts `comparePrevious`, kept as `Analysis.previous`) and reports
   * last year's problems this year's 上年度问题整改落实情况 says nothing of (`previous-unreported`)
   * and this year's problems that repeat last year's nearly word for word (`repeated-problem`).
   */
  previous?: { analysis: Analysis; input: DocumentInput };
}

/**
 * Analyse a document: read its structure once, decide the template (the one given, else detected
 * from the title, preamble and aspect headings: detect.ts), map the aspects and run the rules.
 * Throws Error only for an unknown `templateId` (callers check ids against `templateIds()`).
 */
export function analyze(input: DocumentInput, options: AnalyzeOptions = {}): Analysis {
  // A leading outline of the document's own headings is not its structure (leading-outline.ts).
  // Nor is a 整改清单 table that restates its problems and measures (restated-checklist.ts).
  const asGiven = input;
  input = rulesInput(input);
  const given = options.template ?? (options.templateId !== undefined ? getTemplate(options.templateId) : undefined);
  if (options.templateId !== undefined && !given) throw new Error(`unknown template: ${options.templateId}`);
  // Built-in templates share the standard part headings, so detection reads the structure once.
  const structure = buildStructure(input, given ?? getTemplate(NEWEST_TEMPLATE_ID)!);
  let template: Template;
  let templateSource: TemplateSource;
  let templateReason: string;
  let recognisedYear: number | null;
  if (given) {
    template = given;
    templateSource = options.template ? 'file' : 'chosen';
    templateReason = options.template ? messages.reasonFile(template.name, template.source) : messages.reasonChosen(template.name);
    recognisedYear = meetingFacts(input, structure).year?.value ?? null;
    // The material's own year against the chosen template's: said, so a wrong choice shows.
    if (recognisedYear !== null && template.years?.length && !template.years.includes(recognisedYear)) templateReason += messages.reasonYearDiffers(recognisedYear, template.years);
  } else {
    const season = options.today ? meetingSeason(options.today) : undefined;
    const d = detectTemplate(input, structure, { ...options.detect, mapping: options.mapping ?? options.detect?.mapping, ...(season !== undefined ? { season } : {}) });
    template = d.template;
    templateSource = 'detected';
    templateReason = d.reason;
    recognisedYear = d.year;
  }
  const outline = finishOutline(structure, template, options.mapping);
  const shared = new Map<string, unknown>();
  const last = options.previous;
  const previous = last ? comparePrevious({ analysis: { outline, recognisedYear }, input: asGiven }, last) : undefined;
  const findings = runRules({
    input,
    outline,
    template,
    shared,
    ...(options.surface ? { surface: options.surface } : {}),
    ...(previous && last ? { previous: { comparison: previous, lastPlaces: placesOf(last.input) } } : {}),
  });
  return { templateId: template.id, template, templateSource, templateReason, recognisedYear, outline, findings, shared, ...(previous ? { previous } : {}) };
}

export type { DocumentInput, Finding, Outline, Paragraph, Severity, SkeletonParagraph } from './types';
export { getTemplate, templateIds, DEFAULT_TEMPLATE_ID, NEWEST_TEMPLATE_ID, UNKNOWN_TEMPLATE_ID } from './template';
export { detectTemplate, meetingSeason } from './detect';
export type { Template } from './template';
export { readText } from './readers/text';
export { buildOutline } from './outline';
