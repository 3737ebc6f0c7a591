/**
 * The task pane's view model: what the pane shows after a check, built from the engine's JSON
 * report (`toJson`) and the template. Pure data and pure functions, so it can be built inside the
 * Web Worker, posted to the pane by structured clone, and tested without a DOM.
 */
import type { Finding, Paragraph, PartRole, Severity, SkeletonParagraph } from '../engine/types';
import type { Template } from '../engine/template';
import type { CheckJson } from '../engine/json';
import { countBySeverity } from '../engine/severity';
import type { ChecklistPlace } from './checklistPlace';
import type { Coverage } from '../engine/link/link';
import { stripLeadingMarker } from '../engine/markers';
import { isPlaceholder } from '../engine/text';
import { nestedQuotes } from '../engine/quotes';
import type { Placements } from '../engine/placement';

export type { Coverage };

/** The parts of `toJson(analysis, file)` the pane reads (coverage and links are optional there). */
export type AnalysisJsonLike = Pick<CheckJson, 'parts' | 'aspects' | 'causes' | 'measures' | 'findings'> &
  Partial<Pick<CheckJson, 'templateSource' | 'templateReason' | 'recognisedYear'>> & {
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
  /** 0-based paragraphs of the written problems (placeholders left out), where the map counts the shown uncovered-problem findings. */
  problemParagraphs?: number[];
}

/**
 * A finding as the pane shows it: the engine's Finding plus a stable `key` (rule, paragraph,
 * offset, order), the host id of its paragraph (`id`, to follow the paragraph after edits) and the
 * flagged words (`quote`: Paragraph.text at start/length) when the finding has a span.
 */
export interface PaneFinding extends Finding {
  key: string;
  id?: string;
  quote?: string;
}

/** What the pane explains once above a rule's findings (the rule's own data, see src/engine/rule.ts). */
export interface RuleInfo {
  title: string;
  advice?: string;
  example?: { before: string; after: string };
}

export interface FindingGroup {
  rule: string;
  /** The rule's one-line Chinese description, when the engine has one. */
  title?: string;
  /** What reviewers expect and the before → after example, when the rule has them. */
  info?: RuleInfo;
  /** The most severe severity in the group. */
  severity: Severity;
  findings: PaneFinding[];
}

/** One counted aspect of completeness: `got` of `total`. */
export interface CompletenessPart {
  kind: 'parts' | 'aspects' | 'answered' | 'concrete';
  label: string;
  got: number;
  total: number;
}

/**
 * How complete the material is, 0–100: the mean of the ratios of the parts that apply — required
 * parts present, the template's aspects present, problems answered by a measure (when the engine
 * linked them), measures judged concrete (when it judged them). `parts` lists them for the
 * explanation; a material with none of them scores 0.
 */
export interface Completeness {
  score: number;
  parts: CompletenessPart[];
}

export interface PaneReport {
  templateId: string;
  templateName: string;
  /** How the template was decided and why (Chinese), and the year read from the title, when the engine says. */
  templateSource?: CheckJson['templateSource'];
  templateReason?: string;
  recognisedYear?: number | null;
  paragraphCount: number;
  counts: Record<Severity, number>;
  parts: PartRow[];
  aspects: AspectRow[];
  /** Aspect sections outside the template (其他方面). */
  /** Sections outside the template; `unsectioned`: the problems part's problems listed with no aspect headings. */
  extraAspects: Array<Located & { problemCount: number; unanswered?: number; problemParagraphs?: number[]; unsectioned?: true }>;
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
  /**
   * The template the pane's 插入框架 follows when the check found no template (templateId
   * 'unknown'): the engine's own, with its year and meeting (2026年度 read from the season or the
   * title), the required parts alone and no aspects (engine skeletonTemplateOf). Absent otherwise:
   * the pane looks the built-in template up by templateId.
   */
  skeletonTemplate?: Template;
  /**
   * Where 插入框架 puts each part and aspect of the template (engine/placement.ts): already there,
   * the missing-part / missing-aspect fix's place, or the cursor. Absent in reports built elsewhere.
   */
  placements?: Placements;
  /** The completeness score and what it counts. */
  completeness?: Completeness;
  /** Time the engine took for this report (analyze + JSON), in ms, measured where it ran. */
  engineMs?: number;
  /** The 整改清单 as a table, header first (engine/checklist.ts), when the engine built it. */
  checklist?: string[][];
  /** Where 插入整改清单 puts the table when the cursor is not already there (checklistPlace.ts). */
  checklistPlace?: ChecklistPlace;
  /** The findings as comments, one per paragraph (engine/deliverables/comments.ts). */
  comments?: { paragraph: number; start?: number; length?: number; lines: string[] }[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The pane's findings: a stable key each, the paragraph's host id, and the flagged words taken
 * from the paragraph's text (only when the span lies inside it).
 */
export function paneFindings(findings: Finding[], paragraphs: readonly Paragraph[] = []): PaneFinding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.rule}:${f.paragraph}:${f.start ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const out: PaneFinding = { ...f, key: n ? `${base}:${n}` : base };
    const p = paragraphs[f.paragraph];
    if (p?.id) out.id = p.id;
    if (p && f.start !== undefined && f.length && f.start >= 0 && f.start + f.length <= p.text.length) {
      out.quote = p.text.slice(f.start, f.start + f.length);
    }
    return out;
  });
}

/**
 * The flagged words to show before a finding's message, or undefined when the message already
 * names them: a problem's or measure's message names it by its own words (without the item's
 * number and closing stop, inner quotation marks single), and the line read them twice
 * (“一是落实“一岗双责”不到位。”：问题“落实‘一岗双责’不到位”…). The words compared are the
 * first 6 of the flagged text after its number, and only a whole item (flagged with its number or
 * its closing stop) counts; a flagged phrase the message quotes (四个意识) is still shown.
 * `quote` itself stays for following the finding.
 */
export function shownQuote(f: Pick<PaneFinding, 'quote' | 'message'>): string | undefined {
  if (!f.quote) return undefined;
  const item = stripLeadingMarker(f.quote);
  // Only a whole item (its number, or its closing stop, flagged with it) is named by the message.
  if (item === f.quote && !/[。；;！!？?]$/.test(f.quote)) return f.quote;
  const words = nestedQuotes(item).replace(/^[\s\u3000‘]+/, '').slice(0, SHOWN_QUOTE_PROBE);
  return words.length >= 2 && f.message.includes(words) ? undefined : f.quote;
}

/** Longest words a finding's line shows (UTF-16 units); longer ones are cut with "…". */
export const LINE_WORDS_MAX = 24;

/**
 * The specific words a finding's short line shows (its explanation is the group's card): the
 * flagged words when the finding has a span, else the first words its first sentence (up to its
 * first 。) quotes (“…”), else
 * the message's first clause (`quoted` false); cut to LINE_WORDS_MAX with "…". Never empty for a
 * non-empty message.
 */
export function lineWords(f: Pick<PaneFinding, 'quote' | 'message'>): { words: string; quoted: boolean } {
  const cut = (t: string) => (t.length > LINE_WORDS_MAX ? `${t.slice(0, LINE_WORDS_MAX - 1)}…` : t);
  if (f.quote && f.quote.trim()) return { words: cut(f.quote.trim()), quoted: true };
  // Quotes of the message's first sentence only (up to its first 。): what follows says what to do
  // and may quote a button (点“模板”旁的…), which is no words of the document.
  const stated = f.message.indexOf('。');
  const head = stated < 0 ? f.message : f.message.slice(0, stated);
  const open = head.indexOf('“');
  const close = open >= 0 ? head.indexOf('”', open + 1) : -1;
  if (open >= 0 && close > open + 1) return { words: cut(f.message.slice(open + 1, close)), quoted: true };
  const clause = f.message.split(/[：:，,。；;]/)[0]?.trim() || f.message.trim();
  return { words: cut(clause), quoted: false };
}

/** How many characters of the flagged words (after the item's number) the message must repeat. */
const SHOWN_QUOTE_PROBE = 6;

/**
 * What the structure map and the completeness score count, from one place so they always agree
 * (issue 11): unfilled skeleton items (`placeholder`, "……") are never problems, causes, measures,
 * answered problems or concrete measures. `problems(a)`: an aspect entry's written problems;
 * `links`: the links of written problems (absent when the engine linked none); `judged`: the
 * written measures the engine judged concrete or not (a placeholder measure is judged neither way).
 */
export function countedItems(json: AnalysisJsonLike): {
  problems: (a: AnalysisJsonLike['aspects'][number]) => AnalysisJsonLike['aspects'][number]['problems'];
  causes: AnalysisJsonLike['causes'];
  measures: AnalysisJsonLike['measures'];
  links?: NonNullable<AnalysisJsonLike['links']>;
  judged: AnalysisJsonLike['measures'];
} {
  const measures = json.measures.filter((m) => !m.placeholder);
  return {
    problems: (a) => a.problems.filter((x) => !x.placeholder),
    causes: json.causes.filter((c) => !c.placeholder),
    measures,
    ...(json.links ? { links: json.links.filter((l) => !l.placeholder) } : {}),
    judged: measures.filter((m) => typeof m.concrete === 'boolean'),
  };
}

/** Text a writer wrote: more than a heading (a sentence's punctuation)… */
const WRITTEN_SENTENCE = /[，。；,;！？]/;
/** …and no skeleton's gap left in it (……, ⋯⋯): 对照案例反观自己，……（查找自身…的差距）。 is still to write. */
const GAP_LEFT = /……|⋯⋯|…[（(]/;

/**
 * Whether the part of `role` is found and written, not only its heading over placeholders (a fresh
 * skeleton): 存在的主要问题 with a written problem, 原因分析 a written cause, 整改措施 a written
 * measure (countedItems); else (any part: 反面典型案例剖析, 上年度整改, problems the outline listed in no
 * aspect) a paragraph between its heading and the next part's that is no placeholder, has no gap
 * (……) left and reads as a sentence, not a sub-part or aspect heading (（一）案例原因剖析). Without `paragraphs`
 * a part without items counts when its heading is found.
 */
function partWritten(json: AnalysisJsonLike, counted: ReturnType<typeof countedItems>, role: PartRole, paragraphs?: readonly Paragraph[]): boolean {
  const hit = json.parts.find((x) => x.role === role);
  if (!hit) return false;
  if (role === 'problems' && json.aspects.some((a) => counted.problems(a).length > 0)) return true;
  if (role === 'causes' && counted.causes.length > 0) return true;
  if (role === 'measures' && counted.measures.length > 0) return true;
  if (!paragraphs?.length) return role !== 'problems' && role !== 'causes' && role !== 'measures';
  const next = json.parts.filter((x) => x.paragraph > hit.paragraph).reduce((m, x) => Math.min(m, x.paragraph), paragraphs.length);
  const headings = new Set(json.aspects.map((a) => a.paragraph));
  for (let k = hit.paragraph + 1; k < next; k++) {
    if (headings.has(k)) continue;
    const text = paragraphs[k]?.text.trim() ?? '';
    if (text && WRITTEN_SENTENCE.test(text) && !GAP_LEFT.test(text) && !isPlaceholder(text)) return true;
  }
  // A part written on its heading's own line (一、上年度整改落实情况。去年查摆的5个问题已整改4个…).
  const own = paragraphs[hit.paragraph]?.text ?? '';
  const rest = own.slice(own.indexOf(hit.heading) >= 0 ? own.indexOf(hit.heading) + hit.heading.length : own.length);
  return WRITTEN_SENTENCE.test(rest) && !GAP_LEFT.test(rest) && !isPlaceholder(rest);
}

/**
 * Completeness of a checked material (see `Completeness`). Pure; `json` is the engine's CheckJson.
 * Counted as the map counts (countedItems): an aspect counts when its section is found with at
 * least one written problem (a section of placeholders only is 0 条问题 on the map, and no aspect
 * written here); a required part counts when it is written, not only its heading over placeholders
 * (partWritten; `paragraphs` the material's, for parts without items); answered problems and
 * concrete measures over the written ones only. A fresh skeleton (headings and placeholders)
 * therefore scores 0, and a measure stub (a placeholder) changes no count.
 */
export function completeness(json: AnalysisJsonLike, template: Pick<Template, 'parts' | 'aspects'>, paragraphs?: readonly Paragraph[]): Completeness {
  const parts: CompletenessPart[] = [];
  const counted = countedItems(json);
  const required = template.parts.filter((p) => p.required);
  if (required.length > 0) {
    const got = required.filter((p) => partWritten(json, counted, p.role, paragraphs)).length;
    parts.push({ kind: 'parts', label: '必备部分', got, total: required.length });
  }
  if (template.aspects.length > 0) {
    const got = template.aspects.filter((a) => json.aspects.some((x) => x.aspect === a.number && counted.problems(x).length > 0)).length;
    parts.push({ kind: 'aspects', label: '规定方面', got, total: template.aspects.length });
  }
  if (counted.links && counted.links.length > 0) {
    const answered = counted.links.filter((l) => l.measure != null && l.strength !== 'none').length;
    parts.push({ kind: 'answered', label: '有对应措施的问题', got: answered, total: counted.links.length });
  }
  const judged = counted.judged;
  if (judged.length > 0) {
    parts.push({ kind: 'concrete', label: '具体可查的措施', got: judged.filter((m) => m.concrete).length, total: judged.length });
  }
  const ratios = parts.map((p) => p.got / p.total);
  const score = ratios.length ? Math.round((100 * ratios.reduce((a, b) => a + b, 0)) / ratios.length) : 0;
  return { score, parts };
}

/**
 * How many findings a group stands for: `total` counts a summary finding (`omitted`, a rule's
 * findings past the per-document cap) as the findings it stands for, as every other count does;
 * `listed` is the findings shown one by one, `more` those only the summary lines count
 * (`total` = `listed` + `more`). For the group's header, which must agree with its list.
 */
export function groupCounts(findings: readonly { omitted?: number }[]): { total: number; listed: number; more: number } {
  let listed = 0;
  let more = 0;
  for (const f of findings) {
    if (f.omitted) more += f.omitted;
    else listed++;
  }
  return { total: listed + more, listed, more };
}

/** Findings grouped by rule; groups ordered by severity, then by first occurrence in the document. */
export function groupFindings(
  findings: Array<Finding | PaneFinding>,
  titles: Record<string, string> = {},
  infos: Record<string, RuleInfo> = {},
): FindingGroup[] {
  const byRule = new Map<string, FindingGroup>();
  const keyed: PaneFinding[] = findings.some((f) => !('key' in f)) ? paneFindings(findings) : (findings as PaneFinding[]);
  for (const f of keyed) {
    let g = byRule.get(f.rule);
    if (!g) {
      g = { rule: f.rule, severity: f.severity, findings: [] };
      if (titles[f.rule]) g.title = titles[f.rule];
      if (infos[f.rule]) g.info = infos[f.rule];
      byRule.set(f.rule, g);
    }
    g.findings.push(f);
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[g.severity]) g.severity = f.severity;
  }
  const groups = [...byRule.values()];
  for (const g of groups) g.findings.sort((a, b) => a.paragraph - b.paragraph || (a.start ?? 0) - (b.start ?? 0));
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
  ruleInfos: Record<string, RuleInfo> = {},
  paragraphs: readonly Paragraph[] = [],
): PaneReport {
  const counted = countedItems(json);
  const parts: PartRow[] = template.parts.map((p) => {
    const hit = json.parts.find((x) => x.role === p.role);
    const row: PartRow = {
      role: p.role,
      label: p.label,
      required: p.required,
      found: hit ? { heading: hit.heading, paragraph: hit.paragraph } : null,
    };
    if (p.role === 'causes') row.items = counted.causes.length;
    if (p.role === 'measures') row.items = counted.measures.length;
    if (p.role === 'problems') row.items = json.aspects.reduce((n, a) => n + counted.problems(a).length, 0);
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
      problemCount: hits.reduce((n, h) => n + counted.problems(h).length, 0),
    };
    const coverage = first?.coverage;
    if (coverage) {
      row.coverage = coverage;
      hasCoverage = true;
    }
    if (json.links && first) {
      row.unanswered = unansweredByAspect.get(a.number) ?? 0;
      row.problemParagraphs = hits.flatMap((h) => counted.problems(h).map((x) => x.paragraph));
    }
    return row;
  });

  // Sections outside the template: their written problems (placeholders count as none) and, when
  // the engine linked them, how many no measure answers — the problems the list flags as
  // uncovered-problem, so the map and the list agree here too.
  const uncoveredAt = new Set(json.findings.filter((f) => f.rule === 'uncovered-problem').map((f) => f.paragraph));
  const extraAspects = json.aspects
    .filter((x) => x.aspect == null || !template.aspects.some((a) => a.number === x.aspect))
    .map((x) => {
      const written = x.problems.filter((p) => !p.placeholder);
      const row: Located & { problemCount: number; unanswered?: number; problemParagraphs?: number[]; unsectioned?: true } = {
        heading: x.heading,
        paragraph: x.paragraph,
        problemCount: written.length,
        ...(x.unsectioned ? { unsectioned: true as const } : {}),
      };
      if (json.links) {
        row.unanswered = written.filter((p) => uncoveredAt.has(p.paragraph)).length;
        row.problemParagraphs = written.map((p) => p.paragraph);
      }
      return row;
    });

  const judged = counted.judged;
  const report: PaneReport = {
    templateId: template.id,
    templateName: template.name,
    ...(json.templateSource ? { templateSource: json.templateSource } : {}),
    ...(json.templateReason ? { templateReason: json.templateReason } : {}),
    ...(json.recognisedYear !== undefined ? { recognisedYear: json.recognisedYear } : {}),
    paragraphCount,
    counts: countBySeverity(json.findings),
    parts,
    aspects,
    extraAspects,
    causeCount: counted.causes.length,
    measureCount: counted.measures.length,
    groups: groupFindings(paneFindings(json.findings, paragraphs), ruleTitles, ruleInfos),
    hasTemplateContent: json.parts.length > 0 || json.aspects.length > 0,
    hasCoverage,
    missingSkeleton,
    completeness: completeness(json, template, paragraphs),
  };
  if (judged.length > 0) report.concreteCount = judged.filter((m) => m.concrete === true).length;
  return report;
}

/**
 * Whether two findings say the same thing about the same words (their fixes included): a re-check
 * makes new objects for unchanged findings, and comparing by content lets their lines skip
 * rendering again (FindingLine) and keeps the old objects (shareUnchanged).
 */
export function sameFinding(a: PaneFinding, b: PaneFinding): boolean {
  if (a === b) return true;
  return (
    a.key === b.key &&
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.paragraph === b.paragraph &&
    a.excerpt === b.excerpt &&
    a.start === b.start &&
    a.length === b.length &&
    a.id === b.id &&
    a.quote === b.quote &&
    sameData(a.fix, b.fix)
  );
}

/**
 * Deep equality of JSON-like data (plain objects, arrays, strings, numbers, booleans, null,
 * undefined): what `JSON.stringify(a) === JSON.stringify(b)` answers for a fix, without building
 * two strings per finding on every re-check (a long material has hundreds of fixes). Keys whose
 * value is undefined count as absent, as in JSON.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    if (!sameData(x[k], y[k])) return false;
    n++;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}

/**
 * `next` with every finding equal to one of `prev` (same key and content) replaced by that
 * object, so a re-check that changed little hands the list the same objects and only the lines
 * of changed findings render again. Returns `next` itself (mutated in place) for chaining; a
 * group whose findings are all reused keeps its own identity rules (groups are rebuilt by the
 * pane's filters anyway).
 */
export function shareUnchanged(prev: PaneReport | null, next: PaneReport): PaneReport {
  if (!prev) return next;
  const old = new Map<string, PaneFinding>();
  for (const g of prev.groups) for (const f of g.findings) old.set(f.key, f);
  for (const g of next.groups) {
    g.findings = g.findings.map((f) => {
      const o = old.get(f.key);
      return o && sameFinding(o, f) ? o : f;
    });
  }
  return next;
}

/**
 * What the map shows as "N 条问题未见对应措施" for a row: the uncovered-problem findings still
 * shown (not dismissed) on the row's problems, so the map and the list agree after a dismissal;
 * the engine's own count when the pane passes no findings or the row has no paragraphs.
 */
export function shownUnanswered(row: { unanswered?: number; problemParagraphs?: number[] }, uncovered?: readonly { paragraph: number }[]): number | undefined {
  if (row.unanswered === undefined || !uncovered || !row.problemParagraphs) return row.unanswered;
  const at = new Set(row.problemParagraphs);
  let n = 0;
  for (const f of uncovered) if (at.has(f.paragraph)) n++;
  return n;
}

/** What the map says of an aspect's measures: the engine's coverage, or 'partial' (see shownCoverage). */
export type MapCoverage = Coverage | 'partial';

/**
 * The status the map shows for a row, from the same findings as the list: the engine's coverage
 * (a share of strongly answered problems, link.ts coveredShare), except that a row the engine calls
 * 'covered' while the list still shows an unanswered problem of it (an uncovered-problem finding
 * not dismissed) is 'partial' — never 已对应 beside a problem the list says has no measure.
 * `unanswered`: that count (shownUnanswered). Rows the engine did not link have neither.
 */
export function shownCoverage(
  row: { coverage?: Coverage; unanswered?: number; problemParagraphs?: number[] },
  uncovered?: readonly { paragraph: number }[],
): { coverage?: MapCoverage; unanswered?: number } {
  const unanswered = shownUnanswered(row, uncovered);
  const coverage: MapCoverage | undefined = row.coverage === 'covered' && (unanswered ?? 0) > 0 ? 'partial' : row.coverage;
  return { ...(coverage ? { coverage } : {}), ...(unanswered !== undefined ? { unanswered } : {}) };
}
