/**
 * This year's material against last year's (issue 14): for each problem listed last year, does
 * this year's 上年度问题整改落实情况 part (role `previous`) say what became of it — linked the way
 * problems link to measures (src/engine/link), with that part's items in the measures' place —
 * and which of this year's problems repeat last year's nearly word for word (8-character windows,
 * as the folder comparison in src/engine/sentences.ts measures shared text) or by their heading
 * sentence (sameHeading: the same heading over a new example).
 */
import type { Analysis } from './index';
import type { DocumentInput, Outline, OutlineNode } from './types';
import { linkOutline, type Strength } from './link';
import { effectiveText } from './outline';
import { addWindows } from './sentences';
import { itemName } from './link/text';
import { nestedQuotes } from './quotes';
import { appendAll } from './collections';
import { ProblemClaims, claimWords } from './table-rows';
import { stripLeadingMarker } from './markers';
import { lexiconMatcher } from './link/concepts';
import { shownEvidence } from './link/shown-evidence';
import { wordSpan } from './link/words';

export interface PreviousItem {
  /** Last year's problem: its 1-based number in last year's list, heading sentence, 0-based paragraph (in last year's file). */
  item: number;
  text: string;
  paragraph: number;
  /**
   * Whether this year's previous part speaks of it: a strong link. A weak one (the two share one
   * place or thing, 乡镇, and nothing of the problem itself) is not, but keeps `where` and
   * `evidence` so the report can say what the two share.
   */
  answered: boolean;
  strength: Strength;
  /** Where: the paragraph (in this year's file) and its opening words; with a weak link too. */
  where?: { paragraph: number; text: string };
  /** The shared concepts and phrases that tie them. */
  evidence: string[];
}

export interface RepeatedProblem {
  /** This year's problem: 0-based paragraph and heading sentence. */
  paragraph: number;
  /**
   * Where the problem starts in its paragraph (UTF-16, the outline node's `offset`): 0 but for an
   * item written inline after another (一是…。二是…。 in one paragraph), so a finding can name it.
   */
  offset: number;
  text: string;
  /** Last year's problem it repeats. */
  lastParagraph: number;
  lastText: string;
  /** Share of this year's problem's 8-character windows that stand in last year's (0..1). */
  similarity: number;
  /**
   * Set when the problem repeats last year's by its heading sentence (sameHeading) though less of
   * its text does (a new 比如 under last year's heading): 'same' when the two headings are the same
   * word for word, 'near' when they differ by a character or two. Absent when the text repeats.
   */
  heading?: 'same' | 'near';
}

export interface PreviousComparison {
  /** This year's material has a 上年度问题整改落实情况 part. */
  hasPreviousPart: boolean;
  items: PreviousItem[];
  repeats: RepeatedProblem[];
  /** The template last year's material was read by: its id (five-aspects-2025, notice-2026 …). */
  lastTemplateId: string;
  /** The same template's name, as the report shows templates. */
  lastTemplateName: string;
  /**
   * Set when both materials state their meeting year (Analysis.recognisedYear) and last year's is
   * not earlier than this year's: the file given as last year's is this year's own (or a later
   * one), and its "repeats" say nothing about last year.
   */
  notEarlier?: { last: number; current: number };
  /**
   * Set when the two materials hold the same text, paragraph for paragraph (the same file chosen
   * twice, or a copy): nothing in the comparison says anything about last year.
   */
  sameText?: true;
}

/**
 * An item's name as the report sets it inside “…”: itemName with its own quotation marks made
 * single (落实‘一岗双责’不到位), as a quotation inside a quotation is written.
 */
function label(heading: string, max: number): string {
  return nestedQuotes(itemName(heading, max));
}

/** A problem repeats last year's from this share of its windows on, and this many windows. */
export const REPEAT_SIMILARITY = 0.6;
const MIN_REPEAT_WINDOWS = 4;

function descendants(node: OutlineNode): OutlineNode[] {
  return node.children.flatMap((c) => [c, ...descendants(c)]);
}

/** The items of this year's previous part: its child nodes, else its text paragraphs one by one. */
function previousItems(outline: Outline, input: DocumentInput): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const part of outline.parts) {
    if (part.role !== 'previous') continue;
    const nodes = descendants(part.node);
    if (nodes.length) appendAll(out, nodes);
    else {
      for (const i of part.node.textParagraphs) {
        const text = effectiveText(input.paragraphs[i]);
        if (text.trim()) out.push({ paragraph: i, offset: 0, heading: text, body: text, inline: false, styled: false, depth: 2, children: [], textParagraphs: [] });
      }
    }
  }
  return out;
}

/** Sentence ends within an item of the previous part. */
const SENTENCE_END = /[^。；;！？!?\n]*[。；;！？!?\n]?/g;
/** Quoted words (curly, corner or straight quotes), 4 characters or more. */
const QUOTED = /[“「"]([^”」"]{4,40})[”」"]/g;
/**
 * A problem named without quotation marks: "…的问题" closing its clause (针对中心组学习形式单一的问题，…;
 * 村道路灯坏了没修的问题，已于…). Not 查摆的问题中 (the 的问题 must end its clause).
 */
const NAMED = /的问题(?=[，,：:；;。！!？?\s]|$)/g;
/** Clause marks a named problem starts after (、 stays inside: 直播带货、网络订餐). */
const CLAUSE_MARK = /[，,：:；;。！!？?]/;
/**
 * What a writer puts before the problem's own words: 针对/关于/对于/就, 上年度/上次/去年, 民主生活会,
 * 查摆(出)/指出/提出的 (针对上年度民主生活会查摆的中心组学习形式单一 → 中心组学习形式单一).
 */
const NAMING_LEAD = /^(?:针对|关于|对于|对照|围绕|就|对)?(?:[0-9０-９]{4}年度?|上一?年度?|上一?次|去年|前一年度)?(?:专题)?(?:(?:民主生活会|组织生活会)[上中]?)?(?:班子|本人|个人|党组)?(?:查摆|指出|提出|查找|反映|梳理)?(?:出|到)?的?/;

/**
 * The words of `before` (a sentence up to a 的问题) that name a problem, and where they start: from
 * its last clause mark on, without an item number (一是), the leading 针对上年度…查摆的 (NAMING_LEAD) and what claimWords
 * drops. '' when nothing is left.
 */
function namedWords(before: string): { words: string; start: number } {
  let start = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_MARK.test(before[i])) {
      start = i + 1;
      break;
    }
  }
  const raw = before.slice(start);
  const unmarked = stripLeadingMarker(raw.trimStart());
  const words = claimWords(unmarked.replace(NAMING_LEAD, ''));
  return { words, start };
}

/**
 * The previous part's item `text` read against last year's problems: the problems a sentence of
 * it names — in quotation marks (针对上年度“联系服务群众不够”的问题，…: the quoted words stand in the
 * problem's heading sentence or body), or in words of its own before 的问题 that restate one (针对中心组
 * 学习形式单一的问题，…; 村道路灯坏了没修的问题，已于…: at least two of their character pairs and 40% of
 * them in the problem, as a 整改清单's 问题 cell names one, table-rows.ts) — and the text of its other
 * sentences. A sentence naming a problem so speaks of that problem; what it says there (基层党组织联系点,
 * 轮流重点发言) says nothing of another (抓基层党建有畏难情绪; 学用脱节), so only the other sentences are
 * linked to the rest. Each claim keeps the sentence from where it names the problem (`sentence`).
 */
function claimsOf(text: string, lastProblems: readonly OutlineNode[], named: ProblemClaims): { claims: { problem: number; quote: string; sentence: string }[]; rest: string } {
  const claims: { problem: number; quote: string; sentence: string }[] = [];
  let rest = '';
  for (const sentence of text.match(SENTENCE_END) ?? []) {
    if (!sentence) continue;
    let claimed = false;
    for (const m of sentence.matchAll(QUOTED)) {
      const quote = m[1];
      const k = lastProblems.findIndex((p) => p.heading.includes(quote) || p.body.includes(quote));
      if (k < 0) continue;
      claimed = true;
      if (!claims.some((c) => c.problem === k)) claims.push({ problem: k, quote, sentence: sentence.trim() });
    }
    if (!claimed) {
      for (const m of sentence.matchAll(NAMED)) {
        const { words, start } = namedWords(sentence.slice(0, m.index));
        if (words.length < 2) continue;
        const k = named.claimed(words);
        if (k < 0) continue;
        claimed = true;
        if (!claims.some((c) => c.problem === k)) claims.push({ problem: k, quote: words, sentence: sentence.slice(start).trim() });
      }
    }
    if (!claimed) rest += sentence;
  }
  return { claims, rest };
}

/**
 * The evidence of a link a reviewer can check: the words both texts write (shownEvidence: a concept
 * shared only through different forms, 理论学习 for 创新理论 / 中心组学习, is no such word), each cut to
 * whole words of the problem's text (wordSpan: 村道路灯坏 → 村道路灯), 2 characters or more, each once.
 */
function writtenEvidence(problem: string, item: string, evidence: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of shownEvidence(lexiconMatcher(), problem, item, evidence)) {
    if (typeof e !== 'string') continue;
    const at = problem.indexOf(e);
    const [a, b] = at >= 0 ? wordSpan(problem, at, at + e.length) : [0, 0];
    const word = at >= 0 && b - a >= 2 ? problem.slice(a, b) : e;
    if (word.length >= 2 && item.includes(word) && !out.includes(word)) out.push(word);
  }
  return out;
}

/** The sentence of `text` holding the most of `words` (the first on a tie; the first sentence when none holds one). */
function sentenceWith(text: string, words: readonly string[]): string {
  let best = '';
  let most = -1;
  for (const s of text.match(SENTENCE_END) ?? []) {
    if (!s.trim()) continue;
    const n = words.filter((w) => s.includes(w)).length;
    if (n > most) {
      most = n;
      best = s;
    }
  }
  return best.trim() || text;
}

/** A heading repeats last year's from this many characters on (学习不够 is everyone's wording, not a repeat). */
export const MIN_HEADING_CHARS = 8;
/** Marks and spaces left out when headings are compared. */
const NOT_WORDS = /[\s，,、；;：:。．.！!？?“”"‘’'「」《》（）()\[\]【】…—-]/g;

/**
 * The words of a problem's heading sentence as compared (sameHeading): without its item number,
 * marks and spaces, each number made 0 (numbersAsOne).
 */
function headingWords(heading: string): string {
  return numbersAsOne(stripLeadingMarker(heading.trim())).replace(NOT_WORDS, '');
}

/**
 * Do two problems' heading sentences (headingWords) say the same: 'same' when equal, 'near' when
 * one character is changed, added or dropped (two from 16 characters on: 对干部的日常监督不严 /
 * 对干部日常监督不严); undefined when they differ more, or when the shorter has fewer than
 * MIN_HEADING_CHARS characters (学习不够, 作风不实: any writer's wording, every year). Pure.
 */
export function sameHeading(a: string, b: string): 'same' | 'near' | undefined {
  if (Math.min(a.length, b.length) < MIN_HEADING_CHARS) return undefined;
  if (a === b) return 'same';
  const most = Math.min(a.length, b.length) >= 16 ? 2 : 1;
  return Math.abs(a.length - b.length) <= most && editDistance(a, b, most) <= most ? 'near' : undefined;
}

/** Edit distance of `a` and `b` (UTF-16 units), counted up to `most + 1` (banded: cheap for headings). */
function editDistance(a: string, b: string, most: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < low) low = v;
    }
    if (low > most) return most + 1;
    prev = row;
  }
  return prev[b.length];
}

/** Digits written as Arabic numerals (47, 3.5, ４７) as one character 0: for the repeat test. */
const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;

/**
 * `text` with each number made 0 (NUMBER): a problem copied from last year with this year's
 * figures (图斑47个…31个 → 图斑39个…22个) repeats it as much as one copied with the old figures.
 */
function numbersAsOne(text: string): string {
  return text.replace(NUMBER, '0');
}

/** Compare `current` (this year's material) with `last` (last year's). Pure; never throws. */
export function comparePrevious(current: { analysis: Pick<Analysis, 'outline' | 'recognisedYear'>; input: DocumentInput }, last: { analysis: Analysis; input: DocumentInput }): PreviousComparison {
  const items = previousItems(current.analysis.outline, current.input);
  const hasPreviousPart = current.analysis.outline.parts.some((p) => p.role === 'previous');
  const lastOutline = last.analysis.outline;
  const lastProblems = lastOutline.aspects.flatMap((a) => a.problems);
  // The problems each item names in quotation marks, and its other sentences (claimsOf): an item
  // naming none is linked whole, as before.
  const named = new ProblemClaims(lastProblems.map((p) => p.body));
  const read = items.map((node) => claimsOf(node.body, lastProblems, named));
  const linked = items.map((node, i) => (read[i].claims.length === 0 ? node : { ...node, heading: read[i].rest, body: read[i].rest }));
  const synthetic: Outline = { parts: [], aspects: lastOutline.aspects, causes: [], measures: linked, root: lastOutline.root };
  const links = items.length ? linkOutline(synthetic).links : [];
  const answers: PreviousItem[] = lastProblems.map((node, k) => {
    const claimedBy = read.findIndex((r) => r.claims.some((c) => c.problem === k));
    if (claimedBy >= 0) {
      const target = items[claimedBy];
      const claim = read[claimedBy].claims.find((c) => c.problem === k)!;
      // Where: the sentence naming it, from where it names it.
      return { item: k + 1, text: label(node.heading, 40), paragraph: node.paragraph, answered: true, strength: 'strong', where: { paragraph: target.paragraph, text: label(claim.sentence, 30) }, evidence: [claim.quote] };
    }
    const l = links[k];
    const body = l && l.measure !== null ? linked[l.measure].body : '';
    const target = body.trim() !== '' ? items[l.measure!] : undefined;
    // Accounted for only on words both write (writtenEvidence): a concept the two name each in
    // its own words (学用脱节…创新理论 / 中心组学习) is no account a reviewer would accept.
    const words = target ? writtenEvidence(node.body, body, l.evidence) : [];
    return {
      item: k + 1,
      text: label(node.heading, 40),
      paragraph: node.paragraph,
      answered: target !== undefined && l.strength === 'strong' && words.length > 0,
      // A strong link on no written word is said as weak: what the two share is not the problem.
      strength: l?.strength === 'strong' && !words.length ? 'weak' : (l?.strength ?? 'none'),
      ...(target ? { where: { paragraph: target.paragraph, text: label(sentenceWith(body, words), 30) } } : {}),
      evidence: words,
    };
  });
  // Repeats: each of this year's problems against each of last year's.
  const lastWindows = lastProblems.map((p) => addWindows(numbersAsOne(p.body)));
  const lastHeadings = lastProblems.map((p) => headingWords(p.heading));
  const repeats: RepeatedProblem[] = [];
  /** The share of `own`'s windows that last year's problem j holds. */
  const shareOf = (own: Set<string>, j: number) => {
    let common = 0;
    for (const x of own) if (lastWindows[j].has(x)) common++;
    return own.size ? common / own.size : 0;
  };
  for (const node of current.analysis.outline.aspects.flatMap((a) => a.problems)) {
    const own = addWindows(numbersAsOne(node.body));
    let best = -1;
    let bestShare = 0;
    if (own.size >= MIN_REPEAT_WINDOWS) {
      lastWindows.forEach((_w, j) => {
        const share = shareOf(own, j);
        if (share > bestShare) {
          bestShare = share;
          best = j;
        }
      });
    }
    // This problem as a repeat of last year's j-th, `share` of its text alike.
    const repeatOf = (j: number, share: number, heading?: 'same' | 'near') => ({
      paragraph: node.paragraph,
      offset: node.offset,
      text: label(node.heading, 40),
      lastParagraph: lastProblems[j].paragraph,
      lastText: label(lastProblems[j].heading, 40),
      similarity: Math.round(share * 100) / 100,
      ...(heading ? { heading } : {}),
    });
    if (best >= 0 && bestShare >= REPEAT_SIMILARITY) {
      repeats.push(repeatOf(best, bestShare));
      continue;
    }
    // The same heading sentence over a new example: a repeat all the same (the same one first).
    const words = headingWords(node.heading);
    let match = -1;
    let kind: 'same' | 'near' | undefined;
    for (let j = 0; j < lastHeadings.length && kind !== 'same'; j++) {
      const k = sameHeading(words, lastHeadings[j]);
      if (k && (!kind || k === 'same')) {
        kind = k;
        match = j;
      }
    }
    if (kind) repeats.push(repeatOf(match, shareOf(own, match), kind));
  }
  const years = { last: last.analysis.recognisedYear, current: current.analysis.recognisedYear };
  const notEarlier = years.last !== null && years.current !== null && years.last >= years.current ? { last: years.last, current: years.current } : undefined;
  const a = current.input.paragraphs;
  const b = last.input.paragraphs;
  const sameText = a.length === b.length && a.every((p, i) => p.text === b[i].text);
  return { hasPreviousPart, items: answers, repeats, lastTemplateId: last.analysis.template.id, lastTemplateName: last.analysis.template.name, ...(notEarlier ? { notEarlier } : {}), ...(sameText ? { sameText: true as const } : {}) };
}
