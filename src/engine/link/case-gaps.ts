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
/** The lead of the self-comparison, no gap of its own (对照案例, 反观自身, 对照查摆自身差距 …). */
const LEAD_ONLY = /^(?:（[一二三四五六七八九十]+）)?[^，,；;。]{0,12}(?:对照|反观|查摆|检视)[^，,；;。]{0,10}(?:案例|自身|自己|差距|反思)[^，,；;。]{0,6}$/;

/**
 * The gaps of `gap` (caseGapText) one by one: each clause that states a shortfall (SHORTFALL_CLAUSE:
 * "本人对身边工作人员教育管理不够", "对下属单位公务接待监督检查不够经常"; of a numbered item, 一是…,
 * only its first: the clauses after it up to the item's sentence end are its detail), trimmed of its item number
 * and opening conjunction (二是, 但); not the lead that only turns to the writer ("（二）对照案例查摆
 * 自身差距", "对照案例"), a lead-in that introduces the items after it ("本人在以下方面还有差距：",
 * "主要有以下几点：", "存在三个方面的差距。": leadIn), a clause summing up the ones before
 * (这些都是…差距), nor one that states only a shortfall with no thing it is of (还存在不够严、不够细的
 * 差距: shortfallOnly). In order; [] for an empty gap.
 */
export function caseGapClauses(gap: string): string[] {
  return caseGapItems(gap).map((g) => g.clause);
}

/**
 * The gaps of `gap` as caseGapClauses reads them, each with `text`: the clause and, for a numbered
 * item, the detail after it up to the item's end (a measure acting on the detail answers the gap).
 */
export function caseGapItems(gap: string): Array<{ clause: string; text: string }> {
  const out: Array<{ clause: string; text: string }> = [];
  /** The numbered item (一是…) whose gap was told last, while its further clauses (its detail) run on. */
  let item: { clause: string; text: string } | undefined;
  for (const m of gap.matchAll(CLAUSE)) {
    const raw = m[1].trim();
    const unmarked = stripMarker(raw);
    const numbered = unmarked.length !== raw.length;
    if (numbered) item = undefined;
    const clause = unmarked.replace(LINK_WORD, '').trim();
    const detailOf = item;
    // A numbered item ends where its sentence or line does.
    if (ITEM_END.test(m[2])) item = undefined;
    if (detailOf) {
      detailOf.text += `，${clause}`;
      continue;
    }
    if (clause.length < 4 || LEAD_ONLY.test(clause) || SUMMING_UP.test(clause) || !SHORTFALL_CLAUSE.test(clause) || shortfallOnly(clause)) continue;
    // A clause ending in a colon with more written after it introduces that text (the items 一是…二是…).
    const introduces = COLON.test(m[2]) && /\S/.test(gap.slice((m.index ?? 0) + m[0].length));
    if (introduces || leadIn(clause)) continue;
    const told = { clause, text: clause };
    out.push(told);
    if (numbered && !ITEM_END.test(m[2])) item = told;
    if (out.length >= MAX_CLAUSES) break;
  }
  return out;
}

/**
 * Is `clause` a lead-in naming no gap of its own but introducing the ones after it: 以下/如下/下列
 * with 方面 or 点 ("在以下方面还有差距", "主要有以下几点"), 主要表现在/体现为 with nothing after, or
 * a count of aspects or points at its end ("存在三个方面的差距", "主要有两点不足")? Pure.
 */
export function leadIn(clause: string): boolean {
  return LEAD_IN.some((re) => re.test(clause));
}

/** The lead-in shapes (leadIn). Not 以下 alone: "对科级以下干部监督不够" is a gap. */
const LEAD_IN = [
  /(?:以下|如下|下列|下面)(?:[一二三四五六七八九十两几]个?)?(?:方面|点)/,
  /(?:以下|如下)(?:的)?(?:差距|不足|问题)$/,
  /(?:主要)?(?:表现|体现)(?:在|为)$/,
  /(?:[一二三四五六七八九十两几]|\d+)个?(?:方面|点)(?:的)?(?:差距|不足|问题|短板)?$/,
];
/** A clause and the mark that ends it (a colon too: not one between digits, as in 10:30). */
const CLAUSE = /((?:[^，,；;。！？!?\n：:]|(?<=\d):(?=\d))*)([，,；;。！？!?\n：:]|$)/g;
/** Where a numbered item's text ends (its further clauses, 比如…, 个别…, are its detail up to there). */
const ITEM_END = /^(?:[；;。！？!?\n]|)$/;
/** A colon ending a clause. */
const COLON = /^[：:]$/;

/** A clause's opening conjunction, no part of the gap (但在…, 而对…, 同时…). */
const LINK_WORD = /^(?:但是|但|而且|而|同时|并且|另外|此外|其中|尤其是|特别是)/;
/** A clause that sums up the gaps before it (这些都是必须警醒的差距, 以上问题…): no gap of its own. */
const SUMMING_UP = /^(?:这些|这都|这也|以上|上述|凡此种种|种种)/;
