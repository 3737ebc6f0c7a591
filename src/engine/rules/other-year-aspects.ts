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
/** How much better (summed coverage over the headings) the other template must explain them. */
const MARGIN = 1.5;

interface Named {
  /** Headings named by the template's aspects through their own words. */
  named: number;
  /** Their summed coverage (0..1 each). */
  coverage: number;
  /** Distinct aspects named. */
  aspects: number;
}

/**
 * The headings `template`'s aspects name. `wordingOnly`: a heading counts only when the aspect's
 * official wording explains at least OTHER_WORDING of it, and its coverage is that wording's
 * share (another year's template); otherwise every heading its own words map (the material's own
 * template, whose vocabulary is how rewordings are recognised).
 */
function namedBy(cands: AspectCandidate[], template: Template, wordingOnly: boolean): Named {
  const out: Named = { named: 0, coverage: 0, aspects: 0 };
  const distinct = new Set<number>();
  for (const c of mapAspects(cands, template)) {
    if (c.aspect === null || !c.byHeading) continue;
    if (wordingOnly && c.wording < OTHER_WORDING) continue;
    out.named++;
    out.coverage += wordingOnly ? c.wording : c.quality;
    distinct.add(c.aspect);
  }
  out.aspects = distinct.size;
  return out;
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
    const own = noTemplate ? { named: 0, coverage: 0, aspects: 0 } : namedBy(cands, template, false);
    if (own.named === cands.length) return;
    const meeting = template.meeting ?? '民主生活会';
    let best: { t: Template; n: Named } | undefined;
    for (const t of allTemplates()) {
      if (t.id === template.id || !t.aspects.length || (t.meeting ?? '民主生活会') !== meeting) continue;
      if ((t.years ?? []).some((y) => template.years!.includes(y))) continue;
      const n = namedBy(cands, t, true);
      if (n.named === cands.length && n.coverage >= OTHER_QUALITY * n.named && n.aspects >= OTHER_RECALL * t.aspects.length && n.coverage - own.coverage >= MARGIN) {
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
        cands.length - own.named,
        template.name,
        template.aspects.map((a) => shortHeading(a.title)),
      ),
    });
  },
};
