/**
 * Chinese messages of the link rules (spread into the engine's catalogue, messages.ts) and the
 * labels of the coverage table.
 */
import type { Coverage, Strength } from './link';
import type { ShownEvidence } from './shown-evidence';
import { numberToChinese as cn } from '../markers';

const quoteList = (xs: string[]) => xs.map((x) => `“${x}”`).join('、');

/** What two texts share, as the writer finds it: a word both write, or each one's form of a concept (同属). */
const sharedList = (xs: ShownEvidence[]) =>
  xs.map((x) => (typeof x === 'string' ? `“${x}”` : `问题的“${x.problem}”与措施的“${x.measure}”（同属“${x.label}”）`)).join('、');

export const linkMessages = {
  uncoveredProblem: (problem: string) =>
    `问题“${problem}”在整改措施中没有找到对应的措施。请补写针对这一问题的具体措施，做到问题—措施一一对应。`,
  /** An unanswered problem a measure without concrete actions speaks to (the coverage table says 只被较笼统的措施泛泛提及). */
  uncoveredProblemSlogan: (problem: string) =>
    `问题“${problem}”只被较笼统的措施泛泛提及，没有具体措施对应。请补写针对这一问题的具体措施，做到问题—措施一一对应。`,
  /**
   * A weak answer, saying what matched (`evidence`: what problem and measure share, as written in
   * them: shown-evidence.ts, a word both hold or each one's form of a concept) and what is
   * missing (`missing`: the point of the problem's heading sentence the measure does not name;
   * `point`: everything that heading names, empty when the lexicon reads nothing there; `concrete`:
   * the measure states a commitment, so naming the whole point it is no general mention: it may
   * answer the problem, only the tie is loose).
   */
  weakLink: (problem: string, measure: number, evidence: ShownEvidence[], missing: string[] = [], point: string[] = [], concrete = false) =>
    `问题“${problem}”与整改措施（${cn(measure + 1)}）对应较弱：` +
    (evidence.length ? `两者只在${sharedList(evidence)}上相合` : '两者只有零散的相同字句') +
    '，' +
    (missing.length
      ? `措施没有提到问题所说的${quoteList(missing)}。请在措施中写明针对这一问题的具体做法。`
      : point.length && concrete
        ? `措施对${quoteList(point)}写了具体要求，但没有点明针对的是问题所说的情况。请核对这条措施是否针对这一问题，是则在措施中点明。`
        : point.length
          ? `措施对${quoteList(point)}只是笼统提及，没有写出针对这一问题的做法。请在措施中写明针对这一问题的具体做法。`
          : '措施没有回应问题本身，只对上了其中的细节。请在措施中写明针对这一问题的具体做法。'),
  /** unanswered-case-gap: one clause of the gap the case part finds in the writer, answered by no measure. */
  unansweredCaseGap: (gap: string) =>
    `对照反面典型案例查摆出的差距“${gap.length > 40 ? `${gap.slice(0, 40)}…` : gap}”在整改措施中没有找到对应的措施。请补写针对这一差距的具体措施，做到以案促改。`,
  orphanMeasure: (measure: string) => `整改措施“${measure}”没有对应前面查摆出的任何问题。请核对它回应的是哪个问题，或补写相应问题。`,
  vagueMeasure: (measure: string) =>
    `整改措施“${measure}”没有量化的要求：未写明频次（如每月、全年不少于×次）、数量（如×项以上）、时限（如×月底前）或责任人，难以检验整改成效。`,
  /** A measure heading with nothing under it, where the measures beside it have their text below their headings. */
  measureHeadingOnly: (measure: string) =>
    `整改措施“${measure}”只有标题，下面没有写具体措施：请补写做什么、做到什么程度（频次、数量）、何时完成、谁负责。`,
  noExample: (problem: string) => `问题“${problem}”没有具体事例：可用“比如”举出具体的事、数字或项目，做到见人见事见思想。`,
  causeDimensions: (found: string[], missing: string[]) =>
    found.length === 0
      ? `原因分析没有分别从${quoteList(missing)}等方面剖析根源：请分条深挖主观原因，写明每条是哪方面的问题。`
      : `原因分析只涉及${quoteList(found)}，不足三个方面；可再从${quoteList(missing)}等方面深挖主观原因。`,
};

/** Labels of the readable coverage table. */
export const linkText = {
  tableTitle: '问题—措施对应：',
  concreteTitle: '整改措施具体性：',
  noMeasures: '未找到整改措施，无法对应。',
  otherAspect: '模板外方面',
  /** A section of a material whose year has no template (no aspects to be outside of). */
  ownSection: '小节',
  /** Problems listed with no aspect headings (AspectNode.unsectioned). */
  unsectioned: '未分方面',
  aspectLabel: (n: number) => `方面${n}`,
  measureLabel: (i: number) => `措施（${cn(i + 1)}）`,
  unanswered: '未对应',
  answersNothing: '未对应任何问题',
  concrete: '具体',
  /**
   * After a concrete measure of a 整改清单 row whose owner/deadline cell is empty (rule table-gap):
   * "；责任人一栏空着", "；完成时限一栏只写了“待定”", both joined by “，”.
   */
  rowGaps: (gaps: { role: 'owner' | 'deadline'; header: string; written: string }[]) =>
    `；${gaps.map((g) => `${g.header || (g.role === 'owner' ? '责任人' : '完成时限')}一栏${g.written ? `只写了“${g.written}”` : '空着'}`).join('，')}`,
  vague: '不够具体',
  noCommitment: '未见频次、数量、时限或责任人',
  /** A measure that is a placeholder (skeleton item, measure stub): judged neither way. */
  placeholderMeasure: '尚未填写（占位内容，不计入具体性）',
  /** A measure written in part and left with "……" (MeasureLink.unfinished): not judged concrete. */
  unfinishedMeasure: '尚未写完（留有“……”，不计入具体性）',
  coverage: { covered: '已对应', weak: '对应较弱', uncovered: '未对应' } as Record<Coverage, string>,
  /** An aspect answered in part: "部分对应（2 个问题中 1 个未对应）", "对应较弱（…）". */
  partlyCovered: (coverage: Coverage, open: number, total: number) =>
    `${coverage === 'covered' ? '部分对应' : '对应较弱'}（${total} 个问题中 ${open} 个未对应）`,
  /**
   * Why an aspect is only weakly answered: "对应较弱（3 个问题中 1 个未对应；1 个只有部分对应；
   * 1 个问题对应的措施较笼统，…）". `open` unanswered, `partial` weakly linked, `slogans` answered only by a
   * measure without concrete actions (no commitment, short, one action), `sloganSpoken` unanswered
   * ones only such a measure speaks to.
   */
  weakCoverage: (total: number, open: number, partial: number, slogans: number, sloganSpoken = 0) => {
    const why: string[] = [];
    // Unanswered problems only slogans speak to: what makes an aspect with no answer 'weak'.
    // A problem a slogan speaks to is not "unanswered" and "mentioned" at once: it has no concrete measure.
    // Every problem answered, only by measures without concrete actions: answered (its links say 强),
    // the measures vague — not 对应较弱 above a list of strong links (t23).
    if (!open && !partial && slogans) return `已对应，但措施较笼统（${slogans} 个问题对应的措施未写明具体做法、频次、时限或责任人）`;
    const spoken = Math.min(sloganSpoken, open);
    if (open && spoken === open) why.push(`${total} 个问题中 ${open} 个没有具体措施对应，只被较笼统的措施泛泛提及`);
    // The ones a slogan speaks to are among the unanswered (其中), not besides them (另有 read as more).
    else if (open) why.push(`${total} 个问题中 ${open} 个未对应${spoken ? `，其中 ${spoken} 个只被较笼统的措施泛泛提及` : ''}`);
    if (partial) why.push(`${partial} 个只有部分对应`);
    if (slogans) why.push(`${slogans} 个问题对应的措施较笼统，未写明具体做法、频次、时限或责任人`);
    return why.length ? `对应较弱（${why.join('；')}）` : '对应较弱';
  },
  strength: { strong: '强', weak: '弱', none: '无' } as Record<Strength, string>,
  /**
   * A link's evidence when a 整改清单 row answers a problem because its 问题 cell names it: the
   * cell's line as written, without quotation marks around it, cut at 16 characters (问题栏“自学不系统”).
   */
  claimEvidence: (line: string) => {
    const words = line.replace(/^[“"「『]+|[”"」』]+$/g, '');
    return `问题栏“${words.length > 16 ? words.slice(0, 16) + '…' : words}”`;
  },
};

