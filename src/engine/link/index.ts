/**
 * Problem–measure links, measure concreteness, problem examples and cause dimensions (issue 3).
 * The engine wires these in: `linkRules` into the rule registry, `linkMessages` into the message
 * catalogue, `linkJsonExtension` into toJson and `coverageSection` into the readable report.
 */
import type { Rule } from '../rule';
import type { Outline } from '../types';
import type { Template } from '../template';
import { uncoveredProblem } from '../rules/uncovered-problem';
import { weakLink } from '../rules/weak-link';
import { orphanMeasure } from '../rules/orphan-measure';
import { vagueMeasure } from '../rules/vague-measure';
import { noExample } from '../rules/no-example';
import { causeDimensionsRule } from '../rules/cause-dimensions';
import { unansweredCaseGap } from '../rules/unanswered-case-gap';
import { coverageTable, linkJson } from './report';

export { linkOutline, sharedLinks, LINK_KEY } from './link';
export type { LinkResult, ProblemLink, AspectCoverage, MeasureLink, Strength, Coverage, LinkOptions } from './link';
export { measureConcreteness, problemExamples, causeDimensions, CAUSE_DIMENSIONS } from './patterns';
export { linkMessages, linkText } from './messages';
export { linkJson, coverageTable, linksOf } from './report';

/** The seven link rules, in report order. */
export const linkRules: Rule[] = [uncoveredProblem, unansweredCaseGap, weakLink, orphanMeasure, vagueMeasure, noExample, causeDimensionsRule];

interface AnalysisLike {
  outline: Outline;
  template: Template;
  shared?: Map<string, unknown>;
}

interface JsonLike {
  aspects: object[];
  measures: object[];
}

/** For registerJsonExtension: adds aspects[].coverage, measures[].concrete and links. */
export function linkJsonExtension(analysis: AnalysisLike, json: JsonLike): void {
  const j = linkJson(analysis);
  json.aspects.forEach((a, i) => Object.assign(a, { coverage: j.aspectsCoverage[i] }));
  // Unfilled skeleton problems are marked, so a map counts only written ones (links are in the same order).
  const problems = json.aspects.flatMap((a) => ((a as { problems?: object[] }).problems ?? []) as object[]);
  j.links.forEach((l, k) => {
    if (l.placeholder && problems[k]) Object.assign(problems[k], { placeholder: true });
  });
  json.measures.forEach((m, i) => Object.assign(m, { concrete: j.measuresConcrete[i] }));
  Object.assign(json, { links: j.links });
}

/** For registerReportSection: the readable coverage table. */
export function coverageSection(analysis: AnalysisLike): string[] {
  return coverageTable(analysis);
}
