import type { Rule } from '../rule';
import { messages } from '../messages';
import { mapAspects, type AspectCandidate } from '../aspects';
import { allTemplates, UNKNOWN_TEMPLATE_ID, type Template } from '../template';
import { shortHeading } from './util';

/**
 * Headings that name the aspects of another year's template of the same meeting (all of them or
 * nearly, each in that year's own wording), where the year's own template leaves some of them
 * unnamed: last year's aspects under this year's title — a reviewer's first remark (用的是去年的四个带头). The material is
 * still checked against its own year's template (its notice decides, ../shared/templates.md: the
 * aspects change every year); this says where its headings come from and what the year asks.
 * Another year's aspect counts only when the heading carries the wording of its notice (title,
 * short or long title): words every year's materials use (政治忠诚、担当作为、为民服务、廉洁自律)
 * sit in the vocabulary of several years' aspects, and four such headings are no year's set.
 * before: 2025年度…材料  （一）在严守政治纪律和政治规矩方面 （二）在增强党性、严守纪律、砥砺作风方面 …（2024年度的四个带头）
 * after:  2025年度…材料  （一）带头强化政治忠诚、提高政治能力方面 （二）带头固本培元、增强党性方面 …
 */

/** Fewest headings for the comparison to mean anything (two could name two aspects of any year). */
const MIN_HEADINGS = 3;
/** How much of a heading the other template's official wording must explain for it to count (0..1). */
const OTHER_WORDING = 0.5;
/** How fully that wording must explain the headings on average (mean, 0..1). */
const OTHER_QUALITY = 0.75;
/** Share of the other template's aspects the headings must name. */
const OTHER_RECALL = 0.75;
/** Text of a section read with its heading for the material's own template: as detection reads it (detect.ts BODY_CHARS). */
const OWN_BODY_CHARS = 300;
/** How much better (summed coverage over the headings) the other template must explain them. */
const MARGIN = 1.5;

export interface Named {
  /** Headings named by the template's aspects through their own words. */
  named: number;
  /**
   * Of them, headings carrying only some of the aspect's official wording (0 < wording <
   * OTHER_WORDING: 党性修养 for 带头固本培元、增强党性), counted through the aspect's vocabulary
   * (another year's template only; 0 for the material's own).
   */
  partial: number;
  /** Their summed coverage (0..1 each). */
  coverage: number;
  /** Distinct aspects named. */
  aspects: number;
}

/**
 * The headings `template`'s aspects name. `wordingOnly` (another year's template): a heading
 * counts when the aspect's official wording explains at least OTHER_WORDING of it, its coverage
 * that wording's share, or, as `partial`, when the wording explains some of it and the aspect's
 * vocabulary maps it, its coverage that mapping's quality (see `setOf`); otherwise every heading
 * its own words map (the material's own template, whose vocabulary is how rewordings are recognised).
 */
export function namedBy(cands: AspectCandidate[], template: Template, wordingOnly: boolean): Named {
  const key = (wordingOnly ? '1' : '0') + cands.map((c) => c.heading + '\u0000' + c.body).join('\u0001');
  if (key.length > MAX_KEY_CHARS) return namedByUncached(cands, template, wordingOnly);
  let byKey = namedKept.get(template);
  const kept = byKey?.get(key);
  if (kept) return { ...kept };
  const out = namedByUncached(cands, template, wordingOnly);
  if (namedCount >= MAX_NAMED_KEPT) forgetNamedBy();
  if (!byKey) namedKept.set(template, (byKey = new Map()));
  byKey.set(key, { ...out });
  namedCount++;
  return out;
}

/**
 * namedBy's answers, by template and then by the headings (and bodies) read and `wordingOnly`: the
 * materials of a folder repeat their headings (the template's own aspects, last year's), and each
 * material is compared with every other year's template (mapAspects: most of the rule's time).
 * mapAspects reads nothing but the candidates and the template, so the kept answer is the answer.
 */
let namedKept = new WeakMap<Template, Map<string, Named>>();
let namedCount = 0;
/** Most answers kept (each at most MAX_KEY_CHARS of key: at most some 4 MB in all). */
const MAX_NAMED_KEPT = 1024;
/** Longest key kept: a material with very many or very long headings is mapped afresh, not kept. */
const MAX_KEY_CHARS = 2000;

/** Forget namedBy's kept answers (benchmarks: each timed run starts as a fresh process would). */
export function forgetNamedBy(): void {
  namedKept = new WeakMap();
  namedCount = 0;
}

/** namedBy without its kept answers (exported for tests: the kept answers must equal it). */
export function namedByUncached(cands: AspectCandidate[], template: Template, wordingOnly: boolean): Named {
  const out: Named = { named: 0, partial: 0, coverage: 0, aspects: 0 };
  const distinct = new Set<number>();
  for (const c of mapAspects(cands, template)) {
    if (c.aspect === null || !c.byHeading) continue;
    if (wordingOnly && c.wording <= 0) continue;
    const partial = wordingOnly && c.wording < OTHER_WORDING;
    out.named++;
    if (partial) out.partial++;
    out.coverage += wordingOnly && !partial ? c.wording : c.quality;
    distinct.add(c.aspect);
  }
  out.aspects = distinct.size;
  return out;
}

/**
 * Whether `n`, of `headings` headings, reads as another year's set of `total` aspects: every
 * heading named, well on average (OTHER_QUALITY), most of the set (OTHER_RECALL). Where some
 * headings carry only part of their aspect's official wording (2025's five shortened: 政治忠诚、
 * 党性修养、敬畏意识、担当作为、管党治党), more than half must carry it well and the whole set be named:
 * generic headings (政治忠诚、担当作为、为民服务、廉洁自律) carry at most one aspect's wording well.
 */
function setOf(n: Named, headings: number, total: number): boolean {
  if (n.named !== headings || n.coverage < OTHER_QUALITY * n.named) return false;
  if (!n.partial) return n.aspects >= OTHER_RECALL * total;
  return n.named - n.partial > n.named / 2 && n.aspects === total;
}

export const otherYearAspects: Rule = {
  id: 'other-year-aspects',
  severity: 'warning',
  description: '各方面标题与另一年度的方面一一对应，而与本年度的方面对不上：可能沿用了上年度的方面。',
  advice: '每年的通知规定当年对照检查的方面，应按本年度通知的方面逐项查摆，不能沿用往年的方面。',
  example: {
    before: '2025年度…材料：（一）在严守政治纪律和政治规矩方面……（2024年度的四个带头）',
    after: '2025年度…材料：（一）带头强化政治忠诚、提高政治能力方面……（2025年度的五个带头）',
  },
  run({ outline, template }, report) {
    if (!template.years?.length) return;
    // A year with no template yet (2026年度 before its notice is imported): its aspects are unknown,
    // so none of the headings is the year's own; another year's set, named whole, is still told.
    const noTemplate = template.id === UNKNOWN_TEMPLATE_ID;
    if (!template.aspects.length && !noTemplate) return;
    const sections = outline.aspects.filter((a) => !a.unsectioned);
    if (sections.length < MIN_HEADINGS) return;
    const cands = sections.map((a) => ({ heading: a.node.heading, body: '' }));
    const own = noTemplate ? { named: 0, partial: 0, coverage: 0, aspects: 0 } : namedBy(cands, template, false);
    if (own.named === cands.length) return;
    const meeting = template.meeting ?? '民主生活会';
    let best: { t: Template; n: Named } | undefined;
    for (const t of allTemplates()) {
      if (t.id === template.id || !t.aspects.length || (t.meeting ?? '民主生活会') !== meeting) continue;
      if ((t.years ?? []).some((y) => template.years!.includes(y))) continue;
      const n = namedBy(cands, t, true);
      if (setOf(n, cands.length, t.aspects.length) && n.coverage - own.coverage >= MARGIN) {
        if (!best || n.coverage > best.n.coverage) best = { t, n };
      }
    }
    if (!best) return;
    const match = { headings: cands.length, named: best.n.aspects, total: best.t.aspects.length };
    if (noTemplate) {
      const earlier = Math.max(...(best.t.years ?? [0])) < Math.min(...template.years);
      report({ paragraph: sections[0].node.paragraph, message: messages.otherYearAspectsNoTemplate(best.t.name, earlier, match, template.years[0]) });
      return;
    }
    report({
      paragraph: sections[0].node.paragraph,
      message: messages.otherYearAspects(
        best.t.name,
        Math.max(...(best.t.years ?? [0])) < Math.min(...template.years),
        match,
        // How many headings do not match the material's own template, counted as detection counts
        // them (with their text: detect.ts templateFit), so the 依据 line and this say the same.
        cands.length - namedBy(sections.map((a) => ({ heading: a.node.heading, body: a.node.body.slice(0, OWN_BODY_CHARS) })), template, false).named,
        template.name,
        template.aspects.map((a) => shortHeading(a.title)),
      ),
    });
  },
};
