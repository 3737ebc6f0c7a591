/** Helpers several rules share. */
import type { FixEdit, Marker, MarkerKind, OutlineNode, Paragraph } from '../types';
import { clip, isPlaceholder, trimEndChars } from '../text';
import { lettersAndDigits } from '../sentences';
import { formatMarker, numberToChinese } from '../markers';
import { textEdit } from '../fix';
import { effectiveText } from '../outline';
import { cutAtWord, stripMarker } from '../link/text';
import { nestedQuotes } from '../quotes';

/** Depth-first walk over the tree (root excluded). */
export function walk(node: OutlineNode, visit: (n: OutlineNode, parent: OutlineNode) => void): void {
  // An index loop: an array iterator a node (the walk recurses, so it is not optimised away) was
  // a fair share of what the rules allocate.
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    visit(c, node);
    walk(c, visit);
  }
}

/**
 * Patterns of aspectLabel, headSpan and problemCore (module constants, not literals in the
 * functions: a literal makes a RegExp object each time it runs).
 */
const ASPECT_END = /方面$/;
const ZAI_GUANYU = /^(?:在|关于)/;
const AFTER_LINE = /\n[\s\S]*$/;
const HAS_SPACE = /\s/;
const SPACE_RUNS = /\s+/g;
const SENTENCE_MARK = /[。！？!?；;]/;

/**
 * A short, readable form of a heading for messages, set inside “…”: closing punctuation dropped,
 * longer than `max` clipped where a word ends (clip), its own quotation marks made single.
 */
export function shortHeading(s: string, max = 24): string {
  return nestedQuotes(clip(trimEndChars(s, '。：:；;，,').trim(), max));
}

/**
 * An aspect heading named in a message that says “…”方面: marker, closing punctuation and the
 * heading's own 方面 (with the 在/关于 opening it) dropped, so 方面 is not said twice; clipped and
 * quoted as shortHeading. "（一）带头深刻感悟“两个确立”的决定性意义方面" → "带头深刻感悟‘两个确立’的决定性意义".
 */
export function aspectLabel(heading: string, max = 24): string {
  const t = trimEndChars(stripMarker(heading), '。：:；;，,').trim();
  const bare = ASPECT_END.test(t) ? t.replace(ASPECT_END, '').replace(ZAI_GUANYU, '') : t;
  return shortHeading(bare || t, max);
}

/** A span in a paragraph's EFFECTIVE text (listString + text), UTF-16; what `Report` takes. */
export interface EffSpan {
  paragraph: number;
  start: number;
  length: number;
}

/**
 * Where `needle` is written in the effective text of paragraph `paragraph`, searching from `from`
 * (an effective offset); undefined when it is not there (a node whose text was trimmed or joined).
 */
export function spanIn(paragraphs: readonly Paragraph[], paragraph: number, needle: string, from = 0): EffSpan | undefined {
  const p = paragraphs[paragraph];
  if (!p || !needle) return undefined;
  const at = effectiveText(p).indexOf(needle, from);
  return at < 0 ? undefined : { paragraph, start: at, length: needle.length };
}

/**
 * The first paragraph in [from, to) whose effective text holds `needle`, with its span; for a
 * sentence quoted from a node's body, which may stand in a later paragraph of the node.
 */
export function findSpan(paragraphs: readonly Paragraph[], from: number, to: number, needle: string): EffSpan | undefined {
  for (let i = Math.max(0, from); i < Math.min(to, paragraphs.length); i++) {
    const s = spanIn(paragraphs, i, needle);
    if (s) return s;
  }
  return undefined;
}

/** The node's marker as written (effective offsets), when it is typed and found where the node starts. */
export function markerSpan(paragraphs: readonly Paragraph[], node: OutlineNode): EffSpan | undefined {
  const m = node.marker;
  if (!m || m.kind === 'style' || m.auto || !m.raw) return undefined;
  const p = paragraphs[node.paragraph];
  if (!p) return undefined;
  const eff = effectiveText(p);
  if (eff.startsWith(m.raw, node.offset)) return { paragraph: node.paragraph, start: node.offset, length: m.raw.length };
  // A run-in sub-marker's offset may sit before white space: look a few characters on.
  const at = eff.indexOf(m.raw, node.offset);
  return at >= 0 && at - node.offset <= 4 ? { paragraph: node.paragraph, start: at, length: m.raw.length } : undefined;
}

/** The span of an item's heading sentence (`head`) from where the node starts, if found. */
export function headSpan(paragraphs: readonly Paragraph[], node: Pick<OutlineNode, 'paragraph' | 'offset'>, head: string): EffSpan | undefined {
  const h = head.replace(AFTER_LINE, '').trim();
  return spanIn(paragraphs, node.paragraph, h, node.offset);
}

/** Report fields for a span (none when undefined). */
export function spanFields(s: EffSpan | undefined): { start?: number; length?: number } {
  return s ? { start: s.start, length: s.length } : {};
}

/** The marker `raw` rewritten for the number `value`, keeping the writer's form (（四） → （三）, 4. → 3.). */
export function renumberedMarker(m: Marker, value: number): string {
  if (m.broken || m.kind === 'circled' || m.kind === 'style' || m.raw.length === 1) return formatMarker(m.kind, value);
  if (m.kind === 'arabic-dot' || m.kind === 'arabic-paren') {
    return m.raw.replace(/[0-9]+|[０-９]+/, (d) => (/[０-９]/.test(d) ? String(value).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : String(value)));
  }
  return m.raw.replace(/[一二三四五六七八九十百零〇两]+/, numberToChinese(value));
}

/**
 * Edits a fix may have. The kernel (rules/index.ts) does not offer a larger one (renumbering the
 * thousands of lines of a flood); its finding is still reported. Real fixes have a few (at most 8
 * on the fixtures and seeds), so a rule may stop building a fix once it has more (issue 13).
 */
export const MAX_FIX_EDITS = 500;

/** An edit that gives node `c` the number `value`, or undefined when its marker cannot be found. */
export function renumberEdit(paragraphs: readonly Paragraph[], c: OutlineNode, value: number): FixEdit | undefined {
  const span = markerSpan(paragraphs, c);
  const p = paragraphs[c.paragraph];
  if (!span || !p) return undefined;
  return textEdit(p, span.start, span.length, renumberedMarker(c.marker!, value));
}


/**
 * Edits that keep a numbered sequence going after something is inserted before `following` as
 * number `inserted`: each following node numbered lower than its new place is renumbered
 * (（一）（二）（三）（四=方面五） + 方面四 inserted as （四） → the old （四） becomes （五）); nodes
 * already numbered for their place stay. Stops at the first node whose marker cannot be found.
 */
export function shiftFollowing(paragraphs: readonly Paragraph[], following: OutlineNode[], inserted: number): FixEdit[] {
  const edits: FixEdit[] = [];
  let due = inserted + 1;
  // A node listed twice (a heading that holds several parts) is renumbered once: two edits of one
  // marker would make the fix apply to no text.
  const seen = new Set<OutlineNode>();
  for (const n of following) {
    if (seen.has(n)) continue;
    seen.add(n);
    // Past the cap the fix is withheld (rules/index.ts): no need to build the rest.
    if (edits.length > MAX_FIX_EDITS) break;
    const m = n.marker;
    if (!m || m.kind === 'style' || m.auto) break;
    if (m.value < due) {
      const e = renumberEdit(paragraphs, n, due);
      if (!e) break;
      edits.push(e);
    }
    due = Math.max(due, m.value < due ? due : m.value) + 1;
  }
  return edits;
}

/** A typed (not automatic, not style-only) marker. */
function typed(n: OutlineNode | undefined): Marker | undefined {
  const m = n?.marker;
  return m && m.kind !== 'style' && !m.auto ? m : undefined;
}

/** An automatic marker (the host's list number, read from `listString`) of a readable form. */
function automatic(n: OutlineNode | undefined): Marker | undefined {
  const m = n?.marker;
  return m && m.kind !== 'style' && m.auto && !m.broken ? m : undefined;
}

/**
 * The number a heading inserted after paragraph `anchor` really gets among `siblings` (the
 * headings of its level, in document order), written in the writer's own form, and the edits that
 * keep the sequence right after it:
 *  - after a typed sibling: that sibling's number + 1, in its form (（二） → （三）, 2． → 3．);
 *  - first of its level: 1, in the form of the sibling after it; `fallback` when there is none;
 *  - siblings numbered by a host list (Word's automatic numbering, `listString`): `list.like` names
 *    the sibling whose list (and level) the heading joins, so the host numbers it and renumbers
 *    the ones after it; `marker` is the number it gets there in the list's form, which a host that
 *    cannot join lists (text, the preview, another tool) types instead (see `FixEdit.list`);
 *  - siblings numbered by style only (or not at all): no typed number ('').
 * The following siblings of the same form numbered lower than their new place are renumbered
 * (exact spans on their markers); those already higher stay. `value` is 0 when no number is typed.
 * `earlier`: how many other headings the same check offers to insert at the same anchor before
 * this one (two missing parts or aspects due at one place): this one's number goes on after
 * theirs (（三）, then （四）), and the siblings after it move up past all of them.
 */
export function numberInserted(
  paragraphs: readonly Paragraph[],
  siblings: readonly OutlineNode[],
  anchor: number,
  fallback: MarkerKind,
  earlier = 0,
): { marker: string; value: number; kind?: MarkerKind; shift: FixEdit[]; list?: { like: number } } {
  const before = siblings.filter((n) => n.paragraph <= anchor);
  const after = siblings.filter((n) => n.paragraph > anchor);
  const prev = before[before.length - 1];
  const ref = prev ?? after[0];
  if (!ref) return { marker: formatMarker(fallback, 1 + earlier), value: 1 + earlier, kind: fallback, shift: [] };
  const auto = automatic(ref);
  if (auto) {
    const pa = automatic(prev);
    const value = (pa && pa.kind === auto.kind ? pa.value + 1 : prev ? before.length + 1 : 1) + earlier;
    return { marker: renumberedMarker(auto, value), value, kind: auto.kind, shift: [], list: { like: ref.paragraph } };
  }
  const m = typed(ref);
  if (!m) return { marker: '', value: 0, shift: [] };
  const p = typed(prev);
  const value = (p && p.kind === m.kind ? p.value + 1 : prev ? before.length + 1 : 1) + earlier;
  const marker = m.broken ? formatMarker(m.kind, value) : renumberedMarker(m, value);
  const same = after.filter((n) => typed(n)?.kind === m.kind);
  return { marker, value, kind: m.kind, shift: shiftFollowing(paragraphs, same, value) };
}

/**
 * The new-paragraph edits of an inserted heading block with the heading (the first edit) marked to
 * join the host's list when `numbered` came from list-numbered siblings (see `FixEdit.list`).
 */
export function withListJoin(edits: FixEdit[], numbered: { marker: string; list?: { like: number } }): FixEdit[] {
  if (!numbered.list || !edits.length || !numbered.marker || !edits[0].text.startsWith(numbered.marker)) return edits;
  return [{ ...edits[0], list: { like: numbered.list.like, typed: numbered.marker } }, ...edits.slice(1)];
}

/** Where a problem's instance or elaboration begins: 比如/例如/譬如/表现为…, or 如 after a clause mark (not 如何/如实…). */
const INSTANCE_AT = /[，,；;：:（(]?(?:比如|例如|譬如|举例来说|具体表现为|主要表现为|表现为|具体表现在|主要表现在)|[，,；;：:（(]如(?![何实期果此今同意])/;

/** Characters a named problem does not end on: punctuation, a dangling 的, an opening quote or bracket, space. */
const LOOSE_END = '。：:；;，,！!？?、…—- \t\n\u3000的“‘（(《';

/** A connective that opens an item's first clause and names nothing (同时，…; 另外，…). */
const CONNECTIVE = /^(?:同时|另外|此外|其次|再次|再者|最后|首先|还有|另一方面)[，,]/;

/**
 * A first clause that grants something before the problem ("政治信仰是坚定的，但…", "理想信念总体坚定，
 * 但…", "虽然能完成任务，但是…"): no word of a shortfall in it, and the clause after it opens with 但 (或
 * 但是, 然而, 可是, 只是). The problem is what follows; a trial's stub read 针对“政治信仰是坚定”的问题.
 */
const GRANTED = /^([^，,]{2,24})[，,](?:但是?|然而|可是|只是)[，,]?/;
const SHORTFALL_WORD = /[不没未缺弱差少淡松偏欠难低慢浅乏虚软散]|短板|问题|差距|不足|不够/;

/** `t` from the clause after a granted first clause (GRANTED); `t` when it opens otherwise. */
function afterGranted(t: string): string {
  const m = GRANTED.exec(t);
  // 虽然/尽管… grants whatever it says ("虽然调研次数不少"); otherwise a clause naming a shortfall is the problem.
  if (!m || (!/^(?:虽然|虽|尽管)/.test(m[1]) && SHORTFALL_WORD.test(m[1]))) return t;
  const rest = t.slice(m[0].length);
  return rest.length >= 4 ? rest : t;
}

/**
 * A first clause naming only what the writer checks against (对照中央八项规定精神，…; 按照党章要求，…;
 * not 对照检查材料…, a noun): the problem is in the clause after it (t22's name 对照中央八项规定精神).
 */
const COMPARISON = /^((?:对照(?!检查)|按照|根据|依照|比照|参照|对标)[^，,]{2,24})[，,]/;

/** `t` from the clause after a comparison that names no shortfall (COMPARISON); `t` otherwise. */
function afterComparison(t: string): string {
  const m = COMPARISON.exec(t);
  if (!m || SHORTFALL_WORD.test(m[1].slice(2))) return t;
  const rest = t.slice(m[0].length);
  return rest.length >= 4 ? rest : t;
}

/**
 * A first clause that only sets the topic or the time, so the problem is in the clause after it: it
 * opens with a preposition and ends on a place or topic word (在工作中，…; 对党中央的新部署新要求，…),
 * or it ends on a time word (接到转办件后，…; 下基层时，…; not 及时/按时).
 */
const LEAD_IN = /^(?:在|对于?|面对|针对|作为|关于|围绕|随着|按照|从)[^，,]*(?:方面|(?<!集)中|上|(?<![及按适同准])时|后|下|里|要求|问题|工作)$|^[^，,]*(?:之后|以后|以来|后|(?<![及按适同准])时)$/;

/**
 * A problem (or measure) named by its core clause, for the messages that name it and the measure
 * stub ("针对“…”的问题"), the same name in both: marker dropped; cut at its first sentence end
 * (。！？；), before its instance (比如/例如/譬如/表现为, or 如 after a comma), and after its first
 * clause (at ，) when that clause says something (6 or more code units, not only a lead-in such as
 * 在工作中 or 对…新要求, whose next clause is kept with it); a leading 同时，/另外， dropped; no
 * closing punctuation or closing 的问题 (the frames add it), no quote left open. Longer than `max` (UTF-16 code units): cut at the
 * last clause mark (，、；) within `max` that leaves 6 or more, else where a word ends
 * (Intl.Segmenter, zh), else at `max`; never with "…".
 * "一是理论学习不够深入，比如全年只读了两本原著。" → "理论学习不够深入";
 * "一是党员身份意识有所淡化，在工作中有时把自己混同于一般群众；" → "党员身份意识有所淡化".
 */
export function problemCore(head: string, max = 28): string {
  // stripMarker also drops an 一是/二是 number typed without 是 ("三 自我革命精神不强", "三，斗争精神不足").
  let t = stripMarker(head);
  if (HAS_SPACE.test(t)) t = t.replace(SPACE_RUNS, '');
  const end = t.search(SENTENCE_MARK);
  if (end >= 0) t = t.slice(0, end);
  const inst = t.search(INSTANCE_AT);
  if (inst > 0) t = t.slice(0, inst);
  if (CONNECTIVE.test(t)) t = t.replace(CONNECTIVE, '');
  t = afterComparison(afterGranted(t));
  t = firstClause(t);
  t = trimEndChars(t, LOOSE_END);
  // The frames say 针对“…”的问题 and 问题“…”: a name ending 的问题 would say it twice.
  if (t.length >= 9 && t.endsWith('的问题')) t = t.slice(0, -3);
  if (t.length > max) t = withoutDanglingWord(trimEndChars(cutAtWord(t, quoteEnd(t, max)), LOOSE_END));
  const closed = closeQuotes(t);
  // A quotation cut off takes the words before it with it; what is left may end on a word that
  // waited for the quotation ("…决策部署存在“上热中温下冷”" → "…决策部署存在").
  t = closed === t ? t : withoutDanglingWord(closed);
  // A bracketed aside cut off ("增强“四个意识”（政治意识、大局意识、核心意识"): the name ends before it.
  const paren = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
  if (paren >= 4 && t.indexOf('）', paren) < 0 && t.indexOf(')', paren) < 0) t = withoutDanglingWord(trimEndChars(t.slice(0, paren), LOOSE_END));
  return t || shortHeading(stripMarker(head), max).replace(/…$/, '');
}

/**
 * Words that cannot end a name cut short: an adverb, preposition or conjunction waiting for what
 * followed it ("…共同理想的认识还|停留在理论层面", "…工作中存在|…"). A cut name ending in one reads
 * as broken, in a message and in a stub measure written into the document.
 */
const DANGLING = /(?:还是|仍然|有时|有所|比较|以及|并且|而且|但是|对于|关于|存在|没有|[还也仍都又就却更很较再而并及和与或对在把被将从向])$/;


/** How far past `max` a cut may go to end a quotation it would split (“上热中温下冷”, a slogan a name quotes). */
const QUOTE_REACH = 10;

/**
 * Where to cut `t` (longer than `max`): `max`, or, when a quotation opened before it closes within
 * QUOTE_REACH units after it, just after its closing mark, so a name keeps the quotation whole
 * rather than losing it and the words that led to it.
 */
function quoteEnd(t: string, max: number): number {
  const open = t.lastIndexOf('“', max - 1);
  if (open < 0 || t.lastIndexOf('”', max - 1) > open) return max;
  const close = t.indexOf('”', open);
  return close >= 0 && close < max + QUOTE_REACH ? close + 1 : max;
}

/** `t` without the dangling words at its end (DANGLING), keeping at least 6 units. */
function withoutDanglingWord(t: string): string {
  for (let k = 0; k < 3; k++) {
    const m = DANGLING.exec(t);
    if (!m || t.length - m[0].length < 6) break;
    t = trimEndChars(t.slice(0, m.index), LOOSE_END);
  }
  return t;
}

/**
 * A first clause opened by a preposition that sets the circumstances (面对, 针对, 围绕, 随着) and
 * naming no shortfall (SHORTFALL_WORD), whatever word it ends on: a lead-in too, so the name goes
 * on into the next clause ("面对新形势新任务，本领恐慌问题比较突出"; "针对重污染天气应对，措施不够精准"
 * named only 针对重污染天气应对). Not 面对面, 针对性 (nouns).
 */
const TOPIC_LEAD_IN = /^(?:面对(?!面)|针对(?!性)|围绕|随着)/;

/** Is `clause` (a first clause, before its ，) only a lead-in (LEAD_IN, TOPIC_LEAD_IN)? */
function leadIn(clause: string): boolean {
  return LEAD_IN.test(clause) || (TOPIC_LEAD_IN.test(clause) && !SHORTFALL_WORD.test(clause.slice(2)));
}

/** `t` up to its first clause that says something (see problemCore); `t` when it has one clause. */
function firstClause(t: string): string {
  let from = 0;
  for (let k = 0; k < 2; k++) {
    const comma = indexOfClauseMark(t, from);
    if (comma < 0) return t;
    const clause = t.slice(0, comma);
    if (clause.length >= 6 && !leadIn(clause)) return clause;
    from = comma + 1;
  }
  const comma = indexOfClauseMark(t, from);
  return comma < 0 ? t : t.slice(0, comma);
}

/** The first ，/, of `t` from `from` that is outside quotation marks; -1 when none. */
function indexOfClauseMark(t: string, from: number): number {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '“' || c === '‘' || c === '「') depth++;
    else if ((c === '”' || c === '’' || c === '」') && depth > 0) depth--;
    else if ((c === '，' || c === ',') && depth === 0 && i >= from) return i;
  }
  return -1;
}

/**
 * `t` without a quotation left open by a cut: an unclosed “ (or an odd ASCII ") drops the words
 * from it on ("一岗双责 of 落实“一岗双责 → 落实"), unless that leaves fewer than 4 code units.
 */
function closeQuotes(t: string): string {
  const open = t.lastIndexOf('“');
  let openAscii = -1;
  if (t.indexOf('"') >= 0) {
    let n = 0;
    for (let i = 0; i < t.length; i++) if (t[i] === '"') n++;
    if (n % 2 === 1) openAscii = t.lastIndexOf('"');
  }
  const cut = open > t.lastIndexOf('”') ? open : openAscii;
  if (cut < 0) return t;
  const kept = trimEndChars(t.slice(0, cut), LOOSE_END);
  return kept.length >= 4 ? kept : t;
}

/**
 * How a message names a problem or measure inside its “…”: its core (problemCore) with its own
 * quotation marks made single (“一岗双责” → ‘一岗双责’), as a quotation inside a quotation is
 * written (GB/T 15834-2011 标点符号用法, 4.1.3.3). Unchanged the name read 问题““一岗双责”落实…”.
 */
export function itemLabel(head: string, max = 28): string {
  return nestedQuotes(problemCore(head, max));
}

/**
 * What a part says besides its heading: the rest of its heading's paragraph (a run-in part), then
 * the paragraphs below it up to the next part heading or the sign-off (effective text, joined, trimmed).
 * `starts`: every part heading's paragraph (0-based), ascending; `end`: the sign-off's first paragraph.
 */
function partTexts(paragraphs: readonly Paragraph[], node: OutlineNode, starts: readonly number[], end: number): string[] {
  const next = starts.find((k) => k > node.paragraph) ?? end;
  const own = effectiveText(paragraphs[node.paragraph]).slice(node.offset);
  const at = own.indexOf(node.heading);
  const texts = [at >= 0 ? own.slice(at + node.heading.length) : ''];
  for (let k = node.paragraph + 1; k < Math.min(next, end); k++) texts.push(effectiveText(paragraphs[k]));
  return texts;
}

/**
 * The marks of an unfilled skeleton inside a part's text: an ellipsis (……, the skeleton's own
 * filler) or a blank to write on (＿＿). Not ×× or XX inside a sentence: a name left out of a
 * written sentence (对照××省商务厅原厅长违纪违法案件，…) — the sentence is written, and its length
 * counts (the placeholder rule still reports the mark).
 */
const SKELETON_RUN = /[…⋯]+|[＿_]{2,}/;

/**
 * How much a part says besides its headings (`nodes`: the part's heading node and any sub-parts
 * read as parts of their own): the letters, digits and ideographs of their partTexts joined (the
 * folder comparison's measure, sentences.ts lettersAndDigits); undefined for a draft — an unfilled
 * skeleton (“……”, also with the skeleton's hints, or ＿＿) or text that is only placeholder marks —
 * which is the placeholder rule's. `starts` and `end` as for partTexts.
 */
export function partLetters(paragraphs: readonly Paragraph[], nodes: readonly OutlineNode[], starts: readonly number[], end: number): number | undefined {
  const texts = nodes.flatMap((n) => partTexts(paragraphs, n, starts, end));
  const text = texts.join('').trim();
  // A paragraph that is only placeholder marks (二是××。) makes the part a draft, as does the skeleton's filler.
  if (isPlaceholder(text) || SKELETON_RUN.test(text) || texts.some((t) => t.trim() && isPlaceholder(t))) return undefined;
  return lettersAndDigits(text).length;
}
