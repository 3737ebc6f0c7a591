/**
 * The task pane's view model: what the pane shows after a check, built from the engine's JSON
 * report (`toJson`) and the template. Pure data and pure functions, so it can be built inside the
 * Web Worker, posted to the pane by structured clone, and tested without a DOM.
 */
import type { Finding, PartRole, Severity, SkeletonParagraph } from '../engine/types';
import type { Template } from '../engine/template';
import type { CheckJson } from '../engine/json';
import { countBySeverity } from '../engine/severity';
import type { Coverage } from '../engine/link/link';

export type { Coverage };

/** The parts of `toJson(analysis, file)` the pane reads (coverage and links are optional there). */
export type AnalysisJsonLike = Pick<CheckJson, 'parts' | 'aspects' | 'causes' | 'measures' | 'findings'> & {
  links?: Pick<NonNullable<CheckJson['links']>[number], 'problem' | 'measure' | 'strength' | 'placeholder' | 'unanswered'>[];
};

export interface Located {
  heading: string;
  paragraph: number;
}

export interface PartRow {
  role: PartRole;
  label: string;
  required: boolean;
  found: Located | null;
  /** Item count shown beside the part (causes / measures). */
  items?: number;
}

export interface AspectRow {
  number: number;
  short: string;
  title: string;
  found: Located | null;
  problemCount: number;
  coverage?: Coverage;
  /** Problems no measure answers, when the engine reports links. */
  unanswered?: number;
}

export interface FindingGroup {
  rule: string;
  /** The rule's one-line Chinese description, when the engine has one. */
  title?: string;
  /** The most severe severity in the group. */
  severity: Severity;
  findings: Finding[];
}

export interface PaneReport {
  templateId: string;
  templateName: string;
  paragraphCount: number;
  counts: Record<Severity, number>;
  parts: PartRow[];
  aspects: AspectRow[];
  /** Aspect sections outside the template (其他方面). */
  extraAspects: Array<Located & { problemCount: number }>;
  causeCount: number;
  measureCount: number;
  /** Measures the engine judged concrete, when it judged them at all. */
  concreteCount?: number;
  groups: FindingGroup[];
  /** Something of the template was recognised (any part or aspect). */
  hasTemplateContent: boolean;
  /** Whether the engine supplied problem–measure coverage. */
  hasCoverage: boolean;
  /** What "仅补缺失标题" would insert for this document. */
  missingSkeleton: SkeletonParagraph[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings grouped by rule; groups ordered by severity, then by first occurrence in the document. */
export function groupFindings(findings: Finding[], titles: Record<string, string> = {}): FindingGroup[] {
  const byRule = new Map<string, FindingGroup>();
  for (const f of findings) {
    let g = byRule.get(f.rule);
    if (!g) {
      g = { rule: f.rule, severity: f.severity, findings: [] };
      if (titles[f.rule]) g.title = titles[f.rule];
      byRule.set(f.rule, g);
    }
    g.findings.push(f);
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity]) g.severity = f.severity;
  }
  const groups = [...byRule.values()];
  for (const g of groups) g.findings.sort((a, b) => a.paragraph - b.paragraph);
  groups.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.findings[0].paragraph - b.findings[0].paragraph,
  );
  return groups;
}

export function buildPaneReport(
  json: AnalysisJsonLike,
  template: Template,
  paragraphCount: number,
  missingSkeleton: SkeletonParagraph[] = [],
  ruleTitles: Record<string, string> = {},
): PaneReport {
  const parts: PartRow[] = template.parts.map((p) => {
    const hit = json.parts.find((x) => x.role === p.role);
    const row: PartRow = {
      role: p.role,
      label: p.label,
      required: p.required,
      found: hit ? { heading: hit.heading, paragraph: hit.paragraph } : null,
    };
    if (p.role === 'causes') row.items = json.causes.length;
    if (p.role === 'measures') row.items = json.measures.length;
    if (p.role === 'problems') row.items = json.aspects.reduce((n, a) => n + a.problems.filter((x) => !x.placeholder).length, 0);
    return row;
  });

  const unansweredByAspect = new Map<number, number>();
  if (json.links) {
    for (const l of json.links) {
      // The engine's own test when it gives one (the same as the uncovered-problem finding's).
      const unanswered = l.unanswered ?? (!l.placeholder && (l.measure == null || l.strength === 'none'));
      if (l.problem.aspect != null && unanswered) {
        unansweredByAspect.set(l.problem.aspect, (unansweredByAspect.get(l.problem.aspect) ?? 0) + 1);
      }
    }
  }

  let hasCoverage = false;
  const aspects: AspectRow[] = template.aspects.map((a) => {
    const hits = json.aspects.filter((x) => x.aspect === a.number);
    const first = hits[0];
    const row: AspectRow = {
      number: a.number,
      short: a.short,
      title: a.title,
      found: first ? { heading: first.heading, paragraph: first.paragraph } : null,
      problemCount: hits.reduce((n, h) => n + h.problems.filter((x) => !x.placeholder).length, 0),
    };
    const coverage = first?.coverage;
    if (coverage) {
      row.coverage = coverage;
      hasCoverage = true;
    }
    if (json.links && first) row.unanswered = unansweredByAspect.get(a.number) ?? 0;
    return row;
  });

  const extraAspects = json.aspects
    .filter((x) => x.aspect == null || !template.aspects.some((a) => a.number === x.aspect))
    .map((x) => ({ heading: x.heading, paragraph: x.paragraph, problemCount: x.problems.length }));

  const judged = json.measures.filter((m) => typeof m.concrete === 'boolean');
  const report: PaneReport = {
    templateId: template.id,
    templateName: template.name,
    paragraphCount,
    counts: countBySeverity(json.findings),
    parts,
    aspects,
    extraAspects,
    causeCount: json.causes.length,
    measureCount: json.measures.length,
    groups: groupFindings(json.findings, ruleTitles),
    hasTemplateContent: json.parts.length > 0 || json.aspects.length > 0,
    hasCoverage,
    missingSkeleton,
  };
  if (judged.length > 0) report.concreteCount = judged.filter((m) => m.concrete === true).length;
  return report;
}
