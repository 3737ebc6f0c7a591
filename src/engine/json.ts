/**
 * The `check --json` shape. Other tools rely on these fields: add, never rename or remove.
 */
import type { Analysis } from './index';
import type { Finding, Fix, PartRole, Severity } from './types';
import type { Coverage, Strength } from './link/link';
import { linkJsonExtension } from './link';
import { countBySeverity } from './severity';
import { isPlaceholder } from './text';
import { PARAGRAPH_PLACES, lineField, type Places } from './places';

export interface CheckJson {
  file: string;
  /** The template's id (a file template's own id). */
  template: string;
  templateName: string;
  templateSource: 'detected' | 'chosen' | 'file';
  /** Chinese: which evidence decided the template. */
  templateReason: string;
  /** The meeting year read from the title or preamble, or null. */
  recognisedYear: number | null;
  /**
   * Every `paragraph` is a 0-based paragraph index. For a text file (.txt, .md) the title, parts,
   * aspects, problems, causes, measures, findings and dismissed findings also have `line`: the
   * 1-based line of the file the paragraph starts on (absent for Word and .docx, where a
   * paragraph's number is what the reader sees; a fix's edits keep paragraph indexes only).
   */
  title?: { text: string; paragraph: number; line?: number };
  parts: { role: PartRole; heading: string; paragraph: number; line?: number }[];
  aspects: {
    aspect: number | null;
    heading: string;
    paragraph: number;
    line?: number;
    /** `placeholder`: an unfilled skeleton item (……), which counts as no problem. */
    problems: { text: string; paragraph: number; line?: number; placeholder?: boolean }[];
    /** Whether the measures answer this aspect's problems. */
    coverage?: Coverage;
    /** The problems part's problems listed with no aspect headings (`heading` is the part's). */
    unsectioned?: true;
  }[];
  /** `placeholder`: an unfilled skeleton item (……), which counts as no cause. */
  causes: { text: string; paragraph: number; line?: number; placeholder?: boolean }[];
  /**
   * `concrete`: states a quantity, frequency, deadline or owner; absent for a `placeholder` (an
   * unfilled skeleton item or measure stub, "……（写明具体措施、完成时限和责任人）"), which is neither
   * concrete nor vague and counts as no measure (the placeholder rule flags it).
   */
  measures: { text: string; paragraph: number; line?: number; concrete?: boolean; placeholder?: boolean }[];
  /** Each problem item and the measure that answers it best (see src/engine/link). */
  links?: {
    problem: { aspect: number | null; item: number };
    measure: number | null;
    strength: Strength;
    score: number;
    evidence: string[];
    /** An unfilled skeleton item. */
    placeholder?: boolean;
    /** No measure answers it: exactly the problems with an uncovered-problem finding. */
    unanswered?: boolean;
  }[];
  /**
   * `start`/`length`: the flagged words (UTF-16, in the paragraph's effective text); `fix`: see types.ts.
   * A rule lists at most 100 findings of a severity; the rest are one summary finding with
   * `omitted`: how many findings it stands for (it points at the first of them, and has no span or fix).
   */
  findings: { rule: string; severity: Severity; message: string; paragraph: number; line?: number; excerpt: string; start?: number; length?: number; fix?: Fix; omitted?: number }[];
  /** Findings of each severity, every one counted: a summary finding counts as its `omitted`. */
  summary: { error: number; warning: number; info: number };
  /** Findings dismissed in the document (its add-in settings), left out of `findings` and `summary`. */
  dismissed?: { rule: string; severity: Severity; message: string; paragraph: number; line?: number; excerpt: string; start?: number; length?: number; by: 'finding' | 'rule'; reason?: string }[];
  /**
   * `check --level`: `findings` holds only this severity and more serious ones; `notListed`
   * counts by severity those left out. `summary` still counts every finding (as the report's
   * 发现 line and the workbook do).
   */
  level?: { level: Severity; notListed: { error: number; warning: number; info: number } };
}

/**
 * The `check --json` object of one file. `places` (places.ts `placesOf` of the checked input) adds
 * each paragraph's `line` for a text file; without it (the pane), or for Word and .docx, none.
 */
export function toJson(analysis: Analysis, file: string, places: Places = PARAGRAPH_PLACES): CheckJson {
  const o = analysis.outline;
  const at = (paragraph: number) => lineField(places, paragraph);
  const json: CheckJson = {
    file,
    template: analysis.templateId,
    templateName: analysis.template.name,
    templateSource: analysis.templateSource,
    templateReason: analysis.templateReason,
    recognisedYear: analysis.recognisedYear,
    ...(o.title ? { title: { ...o.title, ...at(o.title.paragraph) } } : {}),
    parts: o.parts.map((p) => ({ role: p.role, heading: p.node.heading, paragraph: p.node.paragraph, ...at(p.node.paragraph) })),
    aspects: o.aspects.map((a) => ({
      aspect: a.aspect,
      heading: a.node.heading,
      paragraph: a.node.paragraph,
      ...at(a.node.paragraph),
      problems: a.problems.map((x) => ({ text: x.heading, paragraph: x.paragraph, ...at(x.paragraph) })),
      ...(a.unsectioned ? { unsectioned: true as const } : {}),
    })),
    causes: o.causes.map((x) => ({ text: x.heading, paragraph: x.paragraph, ...at(x.paragraph) })),
    measures: o.measures.map((x) => ({ text: x.heading, paragraph: x.paragraph, ...at(x.paragraph) })),
    findings: analysis.findings.map((f) => ({ ...findingJson(f, places), ...(f.fix ? { fix: f.fix } : {}) })),
    summary: countBySeverity(analysis.findings),
  };
  linkJsonExtension(analysis, json);
  markPlaceholders(o, json);
  return json;
}

/**
 * Causes and measures that are unfilled skeleton items get `placeholder: true`, and a placeholder
 * measure loses `concrete` (it is judged neither way): the same test (isPlaceholder on the item's
 * body) the link rules use, so the pane's map and score count what the list counts (issue 11).
 */
function markPlaceholders(o: Analysis['outline'], json: CheckJson): void {
  o.causes.forEach((x, i) => {
    if (isPlaceholder(x.body)) json.causes[i].placeholder = true;
  });
  o.measures.forEach((x, i) => {
    if (!isPlaceholder(x.body)) return;
    json.measures[i].placeholder = true;
    delete json.measures[i].concrete;
  });
}

/**
 * A finding as `check --json` writes it (without its fix): rule, severity, message, paragraph (and
 * for a text file its 1-based `line`, see toJson), excerpt, and its span when it has one.
 */
export function findingJson(
  f: Finding,
  places: Places = PARAGRAPH_PLACES,
): { rule: string; severity: Severity; message: string; paragraph: number; line?: number; excerpt: string; start?: number; length?: number; omitted?: number } {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    paragraph: f.paragraph,
    ...lineField(places, f.paragraph),
    excerpt: f.excerpt,
    ...(f.start !== undefined ? { start: f.start, length: f.length } : {}),
    ...(f.omitted !== undefined ? { omitted: f.omitted } : {}),
  };
}
