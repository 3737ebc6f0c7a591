/**
 * Templates are data (templates/*.json, shape in templates/template.schema.json): the meeting a
 * material is for, the words that identify its year, the year's aspects with the wording and
 * vocabulary that identify each, and the parts a material has. This file types, completes and
 * registers them; template-file.ts validates files (kept apart so the pane's first bundle has no
 * JSON Schema validator). Domain facts: ../shared/templates.md (the notices, with sources).
 */
import type { PartRole } from './types';
import { messages } from './messages';
import partLibrary from './templates/parts.json';
import fiveAspects2021 from './templates/five-aspects-2021.json';
import sixAspects2022 from './templates/six-aspects-2022.json';
import themeEducation2023 from './templates/theme-education-2023.json';
import fiveAspects2023 from './templates/five-aspects-2023.json';
import fourAspects2024 from './templates/four-aspects-2024.json';
import fiveAspects2025 from './templates/five-aspects-2025.json';
import orgLife2024 from './templates/org-life-2024.json';

/** A named division of a part the notice asks for (案例原因剖析 / 对照案例查摆自身差距). */
export interface TemplateSubpart {
  label: string;
  /** Regular expressions (source text) that recognise the sub-heading. */
  patterns?: string[];
}

export interface TemplatePart {
  role: PartRole;
  /** The standard heading, used in reports and when inserting a skeleton. */
  label: string;
  /** A material without this part gets `missing-part`. */
  required: boolean;
  /** Regular expressions (source text) that recognise the headings writers use for this part. */
  patterns: string[];
  /** Sub-parts the notice names, inserted as level-2 headings by the skeleton. */
  subparts?: TemplateSubpart[];
  /**
   * An optional part the whole skeleton (整篇框架) still includes, because the year's meeting asks
   * for it (the 上年度 part of a 年度 meeting); a material without it is not faulted.
   */
  skeleton?: boolean;
}

export interface TemplateAspect {
  number: number;
  /** A few words, for narrow UI (the aspect's label). */
  short: string;
  /** The official short title. */
  title: string;
  /** The official title with the notice's tail (the title itself when the notice gives none). */
  long: string;
  /** Terms that identify the aspect in headings and in item text. */
  vocabulary: string[];
}

/** Which meeting a template is for. */
export type MeetingKind = '民主生活会' | '组织生活会';

export interface Template {
  id: string;
  name: string;
  /** The meeting; 民主生活会 when not given. */
  meeting?: MeetingKind;
  /**
   * One common set among others localities fix for themselves (the 党员个人 set of 组织生活会;
   * ../shared/templates.md: "Other 组织生活会 sets exist … These are what importing a notice is
   * for"): a material whose headings name fewer than half of its aspects follows another set, and
   * detection does not hold it against this one (detect.ts LOCAL_MIN_RECALL).
   */
  localVariants?: boolean;
  /** The meeting years (年度) it is for; empty for a template not tied to a year. */
  years?: number[];
  /** Words in a title or preamble that identify the meeting (党史学习教育, 党纪学习教育 …). */
  themeWords?: string[];
  /** Where the template came from (a notice's file name), for templates read from files. */
  source?: string;
  /**
   * The title of the whole skeleton (整篇框架), ×× standing for the unit or the writer: the
   * meeting as materials name it, with its year for a 年度 meeting ("××2025年度民主生活会对照检查材料").
   * Derived from `name` when absent (see skeleton.ts titlePlaceholder).
   */
  skeletonTitle?: string;
  parts: TemplatePart[];
  aspects: TemplateAspect[];
}

/** A template as written in a file: parts may name only their role and whether they are required. */
export interface TemplateFile extends Omit<Template, 'parts' | 'aspects'> {
  $schema?: string;
  parts: (Omit<TemplatePart, 'label' | 'patterns'> & { label?: string; patterns?: string[] })[];
  aspects: (Omit<TemplateAspect, 'long'> & { long?: string })[];
}

/** The standard parts (labels, heading patterns, sub-parts) every template draws on. */
export const STANDARD_PARTS: TemplatePart[] = (partLibrary as { parts: TemplatePart[] }).parts;

/** Fill a file template's parts from the standard library and its aspects' long titles. */
export function completeTemplate(file: TemplateFile): Template {
  const { $schema: _schema, ...rest } = file;
  void _schema;
  return {
    ...rest,
    parts: file.parts.map((p) => {
      const std = STANDARD_PARTS.find((s) => s.role === p.role);
      return {
        ...p,
        label: p.label ?? std?.label ?? p.role,
        patterns: p.patterns ?? std?.patterns ?? [],
        ...(p.subparts ?? std?.subparts ? { subparts: p.subparts ?? std?.subparts } : {}),
      };
    }),
    aspects: file.aspects.map((a) => ({ ...a, long: a.long ?? a.title })),
  };
}

// ---------------------------------------------------------------------------------------------
// The library

const files = [fiveAspects2021, sixAspects2022, themeEducation2023, fiveAspects2023, fourAspects2024, fiveAspects2025, orgLife2024] as TemplateFile[];

const templates: Record<string, Template> = Object.fromEntries(files.map((f) => [f.id, completeTemplate(f)]));

/** The newest 民主生活会 template: the default for an empty document (the skeleton). */
export const NEWEST_TEMPLATE_ID = Object.values(templates)
  .filter((t) => (t.meeting ?? '民主生活会') === '民主生活会')
  .reduce((a, b) => (Math.max(...(b.years ?? [0])) > Math.max(...(a.years ?? [0])) ? b : a)).id;

/** The template used when a caller names none and nothing is detected (kept for older callers). */
export const DEFAULT_TEMPLATE_ID = NEWEST_TEMPLATE_ID;

/** Id of the template a material gets when its year has no template or it fits none. */
export const UNKNOWN_TEMPLATE_ID = 'unknown';

/**
 * The template for a material whose year we have no template for (or that fits none): the
 * standard parts (problems, causes, measures required; the case part optional) and no aspects, so
 * nothing is demanded and no aspect number is invented.
 */
/**
 * The template of a material no template fits: no aspects, the standard parts. `year`: the meeting
 * year it states (null when none, or when its headings fit no template); `meeting`: the meeting it
 * names, when it names one (messages then say which meeting has no template).
 */
export function unknownTemplate(year: number | null, meeting?: MeetingKind | null): Template {
  return {
    id: UNKNOWN_TEMPLATE_ID,
    name: messages.unknownTemplateName(year, meeting ?? undefined),
    ...(meeting ? { meeting } : {}),
    years: year === null ? [] : [year],
    parts: STANDARD_PARTS.map((p) => ({ ...p, required: p.role === 'problems' || p.role === 'causes' || p.role === 'measures' })),
    aspects: [],
  };
}

/**
 * The template skeletons follow for a material checked with template `id`: that template, or for
 * one no template fits (UNKNOWN_TEMPLATE_ID: a year with no notice imported yet) the parts every
 * meeting has and no aspects — never another year's aspects or its 反面典型案例剖析 part
 * (../shared/templates.md: a 2026年度 material "must not be held against another year's aspects").
 * `year`: the meeting year the material states. Undefined for an id that is neither.
 */
export function skeletonTemplateFor(id: string, year: number | null): Template | undefined {
  if (id !== UNKNOWN_TEMPLATE_ID) return getTemplate(id);
  return skeletonTemplateOf(unknownTemplate(year));
}

/**
 * The template skeletons follow for a material checked with `template` (skeletonTemplateFor's
 * rule, keeping the unknown template's year and meeting): for an unknown template, its required
 * parts and those the two latest years before its year both asked for (recentlyAskedParts: 上年度问题
 * 整改落实情况, 反面典型案例剖析 for 2026年度), not required, and a title naming the meeting with its
 * year (××2026年度民主生活会对照检查材料); any other template as it is.
 */
export function skeletonTemplateOf(template: Template): Template {
  if (template.id !== UNKNOWN_TEMPLATE_ID) return template;
  const year = template.years?.length ? Math.max(...template.years) : null;
  const meeting = template.meeting ?? '民主生活会';
  const recent = year === null ? [] : recentlyAskedParts(year, meeting);
  const parts = template.parts
    .filter((p) => p.required || recent.some((r) => r.role === p.role))
    .map((p) => {
      const r = recent.find((x) => x.role === p.role);
      // Asked for, not required: the new year's notice decides (unknown-template says so).
      return r && !p.required ? { ...r, required: false, skeleton: true } : p;
    });
  return { ...template, parts, skeletonTitle: `××${year !== null ? `${year}年度` : ''}${meeting}对照检查材料` };
}

/**
 * The templates of the two latest meeting years before `year` of `meeting` with aspects (2024年度
 * and 2025年度 for 2026年度), newest first; [] when there are fewer than two such years.
 */
export function lastTwoYears(year: number, meeting: string): Template[] {
  const latest = (t: Template) => Math.max(...(t.years ?? [0]));
  const earlier = allTemplates()
    .filter((t) => (t.meeting ?? '民主生活会') === meeting && t.aspects.length && Math.max(...(t.years ?? [Infinity])) < year)
    .sort((a, b) => latest(b) - latest(a));
  const years = [...new Set(earlier.map(latest))].slice(0, 2);
  return years.length < 2 ? [] : earlier.filter((t) => years.includes(latest(t)));
}

/**
 * Parts besides 问题/原因/措施 that the two latest years before `year` both put in the whole
 * skeleton (required, or asked for: 上年度问题整改落实情况 and 反面典型案例剖析 in 2024年度 and
 * 2025年度), as the latest year words them (with its sub-parts). [] when there are none.
 */
export function recentlyAskedParts(year: number, meeting: string): TemplatePart[] {
  const last = lastTwoYears(year, meeting);
  if (!last.length) return [];
  const asked = (t: Template, role: PartRole) => t.parts.some((q) => q.role === role && (q.required || q.skeleton));
  return last[0].parts.filter((p) => !['problems', 'causes', 'measures'].includes(p.role) && last.every((t) => asked(t, p.role)));
}

export function getTemplate(id: string = DEFAULT_TEMPLATE_ID): Template | undefined {
  return templates[id];
}

export function templateIds(): string[] {
  return Object.keys(templates);
}

/**
 * What a template named by the user (CLI `--template`) stands for: a built-in id as it is, or a
 * meeting year — "2024", "2024年", "2024年度", full-width digits too — optionally with its
 * meeting ("2024组织生活会", "2024年度民主生活会"). `ids`: the built-in templates it names, in
 * library order; for a year without a meeting, the 民主生活会 templates of that year when there
 * are any (`others`: that year's templates of other meetings, for the caller to mention), else
 * every template of that year. Empty `ids` with a `year`: no built-in template for that year
 * (a year whose notice is not bundled: import it with `template from-notice`). Undefined: the
 * text is neither an id nor a year. Years come from each template's `years`
 * (../shared/templates.md).
 */
export function templatesNamed(query: string): { ids: string[]; others: string[]; year?: number; meeting?: MeetingKind } | undefined {
  // Full-width digits as ASCII (text.ts asciiDigits; text.ts imports this module, so not called from here).
  const text = query.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (templates[text]) return { ids: [text], others: [] };
  const m = /^(\d{4})\s*(?:年度?)?\s*(民主生活会|组织生活会)?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const meeting = m[2] as MeetingKind | undefined;
  const ofYear = allTemplates().filter((t) => t.years?.includes(year));
  const kindOf = (t: Template) => t.meeting ?? '民主生活会';
  if (meeting) return { ids: ofYear.filter((t) => kindOf(t) === meeting).map((t) => t.id), others: [], year, meeting };
  const main = ofYear.filter((t) => kindOf(t) === '民主生活会');
  const chosen = main.length ? main : ofYear;
  return { ids: chosen.map((t) => t.id), others: ofYear.filter((t) => !chosen.includes(t)).map((t) => t.id), year };
}

/** Every built-in template, in library order (oldest first). */
export function allTemplates(): Template[] {
  return Object.values(templates);
}
