/**
 * The gaps a 反面典型案例剖析 part finds in the writer (对照案例查摆自身差距: "在落实中央八项规定精神
 * 上还有差距，比如参加过一次超标准的工作餐"), and whether a measure answers one: such a measure
 * answers something the material found, so it is no orphan (rules/orphan-measure.ts), though the
 * gap is no listed problem and links nothing.
 */
import type { Outline } from '../types';
import type { ConceptMatcher } from './concepts';
import { selfComparisonAt } from '../rules/case-self-comparison';
import { bigramCode, isGenericWord } from './shared-words';
import { maskStudyTopics } from './study-topics';
import { SHORTFALL } from '../outline';
import { SHORTFALL_WORDS, shortfallOnly } from './shortfall';
import { stripMarker } from './text';

/** Where a line or sentence starts (the self-comparison is read from the start of the one it begins in). */
const STOP = /[。；;！？!?\n]/;

/**
 * The text of the outline's 反面典型案例剖析 parts from the sentence where they first turn to the
 * writer (case-self-comparison.ts selfComparisonAt: 对照案例查摆自身差距, 反观自己, 对照 and a shortfall …) to their end, at
 * most MAX_GAP_CHARS; "" when there is no such part or it never turns to the writer. Pure.
 */
export function caseGapText(outline: Outline): string {
  const text = outline.parts
    .filter((p) => p.role === 'cases')
    .map((p) => p.node.body)
    .join('\n');
  const at = selfComparisonAt(text);
  if (at < 0) return '';
  let from = at;
  while (from > 0 && !STOP.test(text[from - 1])) from--;
  return text.length - from > MAX_GAP_CHARS ? text.slice(from, from + MAX_GAP_CHARS) : text.slice(from);
}

/**
 * Longest gap text read (UTF-16 units). A self-comparison runs to a few hundred characters; the
 * measures are compared with the gap and with each of its clauses, so an adversarial case part of a
 * megabyte would make that work grow with the measures' text times the gap's (issue 13).
 */
const MAX_GAP_CHARS = 4000;
/** Gap clauses read at most (caseGapClauses): each is compared with every measure. */
const MAX_CLAUSES = 24;

/** Clear (not loose) concepts a text names. */
function clearConcepts(matcher: ConceptMatcher, text: string): Set<number> {
  const out = new Set<number>();
  matcher.forms(text, (c, loose) => {
    if (!loose) out.add(c);
  });
  return out;
}

/**
 * Does the measure `measure` answer a gap of `gap` (caseGapText): a concept both name clearly
 * (中央八项规定 / 严格执行中央八项规定精神; a topic the measure only promises to study is not
 * counted, study-topics.ts), or a run of four characters both write that is not generic
 * wording through and through (设备采购 in "2批次设备采购未经集体研究" / "设备采购一律经党委会集体
 * 研究")? False for an empty gap. Pure.
 */
export function answersCaseGap(matcher: ConceptMatcher, gap: string, measure: string): boolean {
  if (!gap) return false;
  const own = clearConcepts(matcher, maskStudyTopics(measure));
  if (own.size > 0) for (const c of clearConcepts(matcher, gap)) if (own.has(c)) return true;
  return caseGapRun(gap, measure) !== undefined;
}

/**
 * The first run of four characters `measure` and `gap` (caseGapText) both write that is not
 * generic wording through and through (项目审批 in "工程项目审批由分管领导一人签字" / "工程项目审批
 * 实行…双签"): the specific thing of the case's gap the measure acts on; undefined when none (or
 * the gap is empty). Pure.
 */
export function caseGapRun(gap: string, measure: string): string | undefined {
  if (!gap) return undefined;
  for (let i = 0; i + 4 <= measure.length; i++) {
    if (bigramCode(measure, i) < 0 || bigramCode(measure, i + 2) < 0) continue;
    const run = measure.slice(i, i + 4);
    if (isGenericWord(run.slice(0, 2)) && isGenericWord(run.slice(2))) continue;
    if (gap.includes(run)) return run;
  }
  return undefined;
}

/** A clause that states a shortfall (outline.ts SHORTFALL: 不够, 不到位 …, or a SHORTFALL_WORDS word). */
const SHORTFALL_CLAUSE = new RegExp(`${SHORTFALL.source}|${SHORTFALL_WORDS.join('|')}`);
/** Where a gap's clauses end. */
const CLAUSE_END = /[，,；;。！？!?\n]/;
/** The lead of the self-comparison, no gap of its own (对照案例, 反观自身, 对照查摆自身差距 …). */
const LEAD_ONLY = /^(?:（[一二三四五六七八九十]+）)?[^，,；;。]{0,12}(?:对照|反观|查摆|检视)[^，,；;。]{0,10}(?:案例|自身|自己|差距|反思)[^，,；;。]{0,6}$/;

/**
 * The gaps of `gap` (caseGapText) one by one: each clause that states a shortfall (SHORTFALL_CLAUSE:
 * "本人对身边工作人员教育管理不够", "对下属单位公务接待监督检查不够经常"), trimmed of its item number
 * and opening conjunction (二是, 但); not the lead that only turns to the writer ("（二）对照案例查摆
 * 自身差距", "对照案例"), a clause summing up the ones before (这些都是…差距), nor one that states
 * only a shortfall with no thing it is of (还存在不够严、不够细的差距: shortfallOnly). In order; []
 * for an empty gap.
 */
export function caseGapClauses(gap: string): string[] {
  const out: string[] = [];
  for (const raw of gap.split(CLAUSE_END)) {
    const clause = stripMarker(raw.trim()).replace(LINK_WORD, '').trim();
    if (clause.length < 4 || LEAD_ONLY.test(clause) || SUMMING_UP.test(clause) || !SHORTFALL_CLAUSE.test(clause) || shortfallOnly(clause)) continue;
    out.push(clause);
    if (out.length >= MAX_CLAUSES) break;
  }
  return out;
}

/** A clause's opening conjunction, no part of the gap (但在…, 而对…, 同时…). */
const LINK_WORD = /^(?:但是|但|而且|而|同时|并且|另外|此外|其中|尤其是|特别是)/;
/** A clause that sums up the gaps before it (这些都是必须警醒的差距, 以上问题…): no gap of its own. */
const SUMMING_UP = /^(?:这些|这都|这也|以上|上述|凡此种种|种种)/;
