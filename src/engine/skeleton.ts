/**
 * The skeleton of a material, built from a template, to insert into a document: headings with
 * the GB/T 9704-2012 numbers typed into the text (一、 → （一）) and body placeholders the writer
 * overwrites. Pure: no Office, no DOM.
 *
 * Scopes:
 *  - `all`: the whole material — a title placeholder, a preamble placeholder, then the template's
 *    REQUIRED parts in template order (一、存在的主要问题 / 二、原因分析 / 三、整改措施; 2024年度 and
 *    2025年度: 二、反面典型案例剖析 with its sub-parts before 原因分析), the problems part with every
 *    aspect, and the optional parts the meeting asks for (`TemplatePart.skeleton`: 上年度问题整改落实
 *    情况 first, for the 年度 meetings 2022/2024/2025, which open by reporting on last year's
 *    problems); other optional parts are left out, and a writer who wants one inserts it with
 *    `part`. The title names the meeting with its year where it has one (`titlePlaceholder`).
 *  - `part`: one part (optional ones too), numbered by its place among the parts — in the
 *    document when an outline is given, else in the `all` skeleton (plus itself).
 *  - `aspect`: one aspect heading with placeholders, numbered by its place among the document's
 *    aspects when an outline is given, else by its template number.
 *  - `missing`: only what the outline lacks — required parts that are absent, and aspects absent
 *    from the problems part — each numbered to fit where it belongs (aspect 4 missing between
 *    （三） and （五） becomes （四）). With no outline, or an outline with no parts at all, this
 *    is the `all` skeleton.
 */
import type { MarkerKind, Outline, PartRole, SkeletonParagraph } from './types';
import type { Template, TemplateAspect, TemplatePart } from './template';
import { formatMarker } from './markers';

export type SkeletonScope =
  | { kind: 'all' }
  | { kind: 'part'; role: PartRole }
  | { kind: 'aspect'; aspect: number }
  | { kind: 'missing' };

/**
 * The title placeholder: the template's `skeletonTitle` (the meeting as materials name it, with
 * its year for a 年度 meeting), else from its name with the year kept and the bracketed tail
 * dropped ("2026年度民主生活会（五个带头）" → "××2026年度民主生活会对照检查材料").
 */
export function titlePlaceholder(template: Template): string {
  if (template.skeletonTitle?.trim()) return template.skeletonTitle.trim();
  const meeting = template.name.replace(/[（(][^（()）]*[)）]\s*$/, '').trim();
  return `××${meeting || '民主生活会'}对照检查材料`;
}

const PREAMBLE_PLACEHOLDER =
  '按照……通知要求，会前……（学习研讨、征求意见建议××条、谈心谈话××人次等情况）。现对照检查如下：';

/** Body placeholders under each part (problems get theirs per aspect). */
const PART_PLACEHOLDERS: Record<PartRole, string[]> = {
  previous: ['一是……（上年度查摆问题的整改完成情况）。', '二是……（尚未完成整改的问题及原因）。'],
  problems: ['一是……。比如，……。', '二是……。'],
  cases: ['……（典型案例情况，案例原因剖析）。', '……（对照案例查摆自身差距）。'],
  causes: ['一是……（从理想信念、宗旨意识、党性修养等主观方面剖析）。', '二是……。'],
  measures: ['（一）……。……（写明具体措施、完成时限和责任人）。', '（二）……。……。'],
  other: ['……（典型案例情况及自身对照查找的差距）。'],
};

/** Body placeholder under each sub-part, by part role and position. */
const SUBPART_PLACEHOLDERS: Partial<Record<PartRole, string[]>> = {
  cases: ['……（典型案例的基本情况，从理想信念、纪律规矩等方面剖析其原因）。', '对照案例反观自己，……（查找自身在……方面的差距）。'],
};

const ASPECT_PLACEHOLDERS = ['一是……。比如，……。', '二是……。'];

function body(texts: string[]): SkeletonParagraph[] {
  return texts.map((text) => ({ text, level: 0 }));
}

/** "（一）带头深刻感悟“两个确立”的决定性意义方面" */
export function aspectHeading(aspect: TemplateAspect, number: number = aspect.number): string {
  const title = aspect.title.trim();
  return `${formatMarker('cn-paren', number)}${title}${title.endsWith('方面') ? '' : '方面'}`;
}

function partHeading(part: TemplatePart, number: number): string {
  return `${formatMarker('cn-dun', number)}${part.label}`;
}

function aspectBlock(aspect: TemplateAspect, number: number): SkeletonParagraph[] {
  return [{ text: aspectHeading(aspect, number), level: 2 }, ...body(ASPECT_PLACEHOLDERS)];
}

function partBlock(template: Template, part: TemplatePart, number: number): SkeletonParagraph[] {
  const out: SkeletonParagraph[] = [{ text: partHeading(part, number), level: 1 }];
  if (part.role === 'problems' && template.aspects.length > 0) {
    template.aspects.forEach((a, i) => out.push(...aspectBlock(a, i + 1)));
  } else if (part.subparts?.length) {
    // The sub-parts the notice names (2025: （一）案例原因剖析 （二）对照案例查摆自身差距).
    part.subparts.forEach((sub, i) => {
      out.push({ text: `${formatMarker('cn-paren', i + 1)}${sub.label}`, level: 2 });
      out.push(...body([SUBPART_PLACEHOLDERS[part.role]?.[i] ?? '……。']));
    });
  } else {
    out.push(...body(PART_PLACEHOLDERS[part.role] ?? ['……']));
  }
  return out;
}

function orderOf(template: Template, role: PartRole): number {
  const i = template.parts.findIndex((p) => p.role === role);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** The parts a material must have: required ones in template order (what `missing` adds). */
function defaultParts(template: Template): TemplatePart[] {
  return template.parts.filter((p) => p.required);
}

/** The parts of the `all` skeleton: required ones and those the meeting asks for (`skeleton`), in template order. */
function skeletonParts(template: Template): TemplatePart[] {
  return template.parts.filter((p) => p.required || p.skeleton);
}

function buildAll(template: Template): SkeletonParagraph[] {
  const out: SkeletonParagraph[] = [
    { text: titlePlaceholder(template), level: 0 },
    { text: PREAMBLE_PLACEHOLDER, level: 0 },
  ];
  skeletonParts(template).forEach((part, i) => out.push(...partBlock(template, part, i + 1)));
  return out;
}

/** Template roles present in the outline (roles outside the template are ignored). */
function presentRoles(template: Template, outline: Outline): PartRole[] {
  return outline.parts.map((p) => p.role).filter((role) => template.parts.some((tp) => tp.role === role));
}

function buildPart(template: Template, role: PartRole, outline?: Outline): SkeletonParagraph[] {
  const part = template.parts.find((p) => p.role === role);
  if (!part) return [];
  const order = orderOf(template, role);
  let before: number;
  if (outline && outline.parts.length > 0) {
    before = presentRoles(template, outline).filter((r) => r !== role && orderOf(template, r) < order).length;
  } else {
    before = skeletonParts(template).filter((p) => p.role !== role && orderOf(template, p.role) < order).length;
  }
  return partBlock(template, part, before + 1);
}

/** Template aspect numbers the outline's problems part already has. */
function presentAspects(outline: Outline): number[] {
  return outline.aspects.map((a) => a.aspect).filter((n): n is number => typeof n === 'number');
}

function buildAspect(template: Template, number: number, outline?: Outline): SkeletonParagraph[] {
  const aspect = template.aspects.find((a) => a.number === number);
  if (!aspect) return [];
  let position = template.aspects.indexOf(aspect) + 1;
  if (outline && outline.aspects.length > 0) {
    position = presentAspects(outline).filter((n) => n !== number && n < number).length + 1;
  }
  return aspectBlock(aspect, position);
}

function buildMissing(template: Template, outline?: Outline): SkeletonParagraph[] {
  if (!outline || outline.parts.length === 0) return buildAll(template);
  const out: SkeletonParagraph[] = [];
  const roles = presentRoles(template, outline);
  const missingParts = defaultParts(template).filter((p) => !roles.includes(p.role));

  // In template order: a missing required part as a whole block; for the problems part that is
  // there, the aspects it lacks.
  for (const part of defaultParts(template)) {
    const order = orderOf(template, part.role);
    if (missingParts.includes(part)) {
      const before =
        roles.filter((r) => orderOf(template, r) < order).length +
        missingParts.filter((m) => orderOf(template, m.role) < order).length;
      out.push(...partBlock(template, part, before + 1));
    } else if (part.role === 'problems') {
      const present = presentAspects(outline);
      const missing = template.aspects.filter((a) => !present.includes(a.number));
      for (const aspect of missing) {
        const before =
          present.filter((n) => n < aspect.number).length +
          missing.filter((m) => m.number < aspect.number).length;
        out.push(...aspectBlock(aspect, before + 1));
      }
    }
  }
  return out;
}

/**
 * How a block inserted into a document is written so it matches its neighbours: the heading's
 * number exactly as it will stand (`marker`, e.g. "（三）", "3．", "三是"; '' for a heading the
 * document numbers by style or list, or does not number), the heading level (1..4), and for an
 * aspect the marker kind of its placeholder items (null: items without a number).
 */
export interface InsertedForm {
  marker: string;
  level: number;
  itemKind?: MarkerKind | null;
}

/** Aspect placeholder items in `kind` ("一是……。比如，……。", "1.……。"), or one unnumbered placeholder. */
function itemPlaceholders(kind: MarkerKind | null): string[] {
  if (kind === null || kind === 'style') return ['……。比如，……。'];
  return [`${formatMarker(kind, 1)}……。比如，……。`, `${formatMarker(kind, 2)}……。`];
}

/**
 * One aspect's heading and placeholders as inserted in place by the missing-aspect fix: the
 * heading is `form.marker` + the aspect's title (+ 方面); the template's own numbering is not used.
 * Empty when the template has no such aspect.
 */
export function aspectBlockAs(template: Template, number: number, form: InsertedForm): SkeletonParagraph[] {
  const aspect = template.aspects.find((a) => a.number === number);
  if (!aspect) return [];
  const title = aspect.title.trim();
  const heading = `${form.marker}${title}${title.endsWith('方面') ? '' : '方面'}`;
  const items = itemPlaceholders(form.itemKind === undefined ? 'cn-shi' : form.itemKind);
  return [{ text: heading, level: form.level }, ...body(items)];
}

/**
 * One part as inserted in place by the missing-part fix: `form.marker` + the part's label, then
 * what `part` scope gives under it. Empty when the template has no such part.
 */
export function partBlockAs(template: Template, role: PartRole, form: InsertedForm): SkeletonParagraph[] {
  const part = template.parts.find((p) => p.role === role);
  if (!part) return [];
  const block = partBlock(template, part, 1);
  return [{ text: `${form.marker}${part.label}`, level: form.level }, ...block.slice(1)];
}

/** Build the skeleton paragraphs for a scope. */
export function buildSkeleton(template: Template, scope: SkeletonScope, outline?: Outline): SkeletonParagraph[] {
  switch (scope.kind) {
    case 'all':
      return buildAll(template);
    case 'part':
      return buildPart(template, scope.role, outline);
    case 'aspect':
      return buildAspect(template, scope.aspect, outline);
    case 'missing':
      return buildMissing(template, outline);
    default:
      return [];
  }
}
