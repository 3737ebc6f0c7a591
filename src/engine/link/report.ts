/**
 * What the link analysis adds to `check --json` and to the readable report. The lead's toJson and
 * report call these; they read the shared LinkResult (computed once) when the analysis has one.
 */
import type { Outline } from '../types';
import type { Template } from '../template';
import { linkOutline, LINK_KEY, type Coverage, type LinkResult, type Strength } from './link';
import { itemName } from './text';
import { linkText } from './messages';
import { groupBy } from '../collections';
import { ROW_GAPS_KEY, type RowGap } from '../table-rows';

interface AnalysisLike {
  outline: Outline;
  template: Template;
  shared?: Map<string, unknown>;
}

/** The LinkResult of an analysis: the one the rules computed, or a fresh one. */
export function linksOf(analysis: AnalysisLike): LinkResult {
  const cached = analysis.shared?.get(LINK_KEY) as LinkResult | undefined;
  if (cached) return cached;
  const r = linkOutline(analysis.outline, analysis.template);
  analysis.shared?.set(LINK_KEY, r);
  return r;
}

export interface LinkJson {
  /** Parallel to the JSON `aspects` array (outline.aspects order). */
  aspectsCoverage: Coverage[];
  /** Parallel to the JSON `measures` array (outline.measures order). */
  measuresConcrete: boolean[];
  links: {
    problem: { aspect: number | null; item: number };
    measure: number | null;
    strength: Strength;
    score: number;
    evidence: string[];
    /** The problem's point (heading concepts) its best measure does not name (ProblemLink.missing). */
    missing: string[];
    /** Every measure answering the problem at least weakly, best first (indexes into `measures`). */
    measures: number[];
    paragraph: number;
    /** An unfilled skeleton item: counts as no problem, answered or not. */
    placeholder: boolean;
    /** No measure answers it (the uncovered-problem rule's own test; see ProblemLink.unanswered). */
    unanswered: boolean;
  }[];
}

/**
 * Fields for `check --json`: set `aspects[i].coverage = aspectsCoverage[i]`,
 * `measures[j].concrete = measuresConcrete[j]`, and a top-level `links`.
 */
export function linkJson(analysis: AnalysisLike): LinkJson {
  const r = linksOf(analysis);
  return {
    aspectsCoverage: r.aspects.map((a) => a.coverage),
    measuresConcrete: r.measures.map((m) => m.concrete),
    links: r.links.map((l) => ({
      problem: { aspect: l.aspect, item: l.item },
      measure: l.measure,
      strength: l.strength,
      score: l.score,
      evidence: l.evidence,
      missing: l.missing,
      measures: l.measures,
      paragraph: l.paragraph,
      placeholder: l.placeholder,
      unanswered: l.unanswered,
    })),
  };
}

/** Do `a` and `b` hold the same first `n` strings (all of them when shorter)? */
function sameFirst(a: readonly string[], b: readonly string[], n: number): boolean {
  if (a === b) return true;
  if (Math.min(a.length, n) !== Math.min(b.length, n)) return false;
  for (let i = 0; i < Math.min(a.length, n); i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The readable coverage table: aspect → problems → answering measure (or 未对应), then concreteness. */
export function coverageTable(analysis: AnalysisLike): string[] {
  const r = linksOf(analysis);
  const out: string[] = [];
  if (r.links.length === 0) return out;
  out.push(linkText.tableTitle);
  if (r.measures.length === 0) {
    out.push(`  ${linkText.noMeasures}`);
    return out;
  }
  const linksOfAspect = groupBy(r.links, (l) => l.aspectIndex);
  for (const a of r.aspects) {
    // With no aspects to check (a year whose notice is not in yet), a section is the writer's own.
    const name = a.unsectioned ? linkText.unsectioned : a.aspect === null ? (analysis.template.aspects.length ? linkText.otherAspect : linkText.ownSection) : `${linkText.aspectLabel(a.aspect)}`;
    const own = linksOfAspect.get(a.aspectIndex) ?? [];
    const open = own.filter((l) => l.measure === null).length;
    // The aspect's verdict never says 已对应 above a problem listed as 未对应 (the JSON's coverage is unchanged).
    // A weak aspect says why: problems unanswered, answered in part, or only by slogans.
    const verdict =
      a.coverage === 'weak'
        ? linkText.weakCoverage(own.length, open, a.weak, a.slogans, a.sloganSpoken)
        : open && a.coverage !== 'uncovered'
          ? linkText.partlyCovered(a.coverage, open, own.length)
          : linkText.coverage[a.coverage];
    out.push(`  ${name}「${itemName(a.heading, 20)}」—— ${verdict}`);
    // Issue 13: a problem's line is one flat string (joined, not a template literal's tree of
    // pieces), and a run of problems with the same head or the same answer (a thousand problems
    // naming one institution) reuses the name or target of the one before: the report of 7,000
    // such links held 3.6 MB of string pieces where its text is 0.9 MB.
    let lastHead: string | undefined;
    let lastName = '';
    let last: { measure: number | null; strength: Strength; evidence: readonly string[]; target: string } | undefined;
    for (const l of own) {
      if (l.head !== lastHead) {
        lastHead = l.head;
        lastName = itemName(l.head, 18);
      }
      if (!last || last.measure !== l.measure || last.strength !== l.strength || !sameFirst(last.evidence, l.evidence, 3)) {
        const target =
          l.measure === null
            ? linkText.unanswered
            : [
                linkText.measureLabel(l.measure),
                '「',
                itemName(r.measures[l.measure].head, 14),
                '」（',
                linkText.strength[l.strength],
                l.evidence.length ? '：' + l.evidence.slice(0, 3).join('、') : '',
                '）',
              ].join('');
        last = { measure: l.measure, strength: l.strength, evidence: l.evidence, target };
      }
      out.push(['    ', String(l.item), '. ', lastName, ' → ', last.target].join(''));
    }
  }
  out.push(linkText.concreteTitle);
  const rowGaps = analysis.shared?.get(ROW_GAPS_KEY) as Map<number, RowGap[]> | undefined;
  for (const m of r.measures) {
    if (m.placeholder) {
      out.push(`  ${linkText.measureLabel(m.index)}「${itemName(m.head, 14)}」—— ${linkText.placeholderMeasure}`);
      continue;
    }
    if (m.unfinished) {
      out.push(`  ${linkText.measureLabel(m.index)}「${itemName(m.head, 14)}」—— ${linkText.unfinishedMeasure}`);
      continue;
    }
    // Each piece of evidence once (a deadline written twice, in the text and its 完成时限 cell).
    const what = m.concrete ? [...new Set(m.concreteness.evidence.map((e) => e.text))].slice(0, 3).join('、') : linkText.noCommitment;
    const answers = m.answers.length === 0 && !m.caseGap ? `；${linkText.answersNothing}` : '';
    // A concrete 整改清单 row with its owner or deadline cell empty (table-gap's finding) says which.
    const gaps = m.concrete ? rowGaps?.get(m.index) : undefined;
    const cells = gaps?.length ? linkText.rowGaps(gaps) : '';
    out.push(`  ${linkText.measureLabel(m.index)}「${itemName(m.head, 14)}」—— ${m.concrete ? linkText.concrete : linkText.vague}（${what}）${cells}${answers}`);
  }
  return out;
}
