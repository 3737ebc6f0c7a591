/**
 * A template from a meeting notice: the list of aspects the notice fixes and whether it asks for a
 * 反面典型案例剖析 part. Notices list aspects as "重点对照以下5个方面：一是带头…；二是带头…", as
 * "（一）带头…方面" / "1. 带头…" lines, or as "一、…" lines under such a lead-in (domain facts:
 * ../shared/templates.md). Pure: the caller reads the file.
 */
import { chineseToNumber } from './markers';
import { STANDARD_PARTS, type MeetingKind, type Template, type TemplateAspect } from './template';
import { asciiDigits, trimEndChars, wordEndWithin } from './text';
import { messages } from './messages';
import { lexiconMatcher } from './link/concepts';

export class NoticeError extends Error {}

export interface NoticeReading {
  template: Template;
  /** The aspect list as written in the notice, one entry per aspect. */
  written: string[];
  /** The notice asks for a 反面典型案例剖析 part. */
  cases: boolean;
  /** The notice asks for a report on the previous year's rectification (上年度问题整改落实情况). */
  previous: boolean;
  year: number | null;
  meeting: MeetingKind;
  /**
   * A Chinese caution when the text reads like a 对照检查材料 rather than a notice (its aspect
   * headings were read as the list), else null. The template is still returned: the writer decides.
   */
  warning: string | null;
}

type Kind = 'shi' | 'paren' | 'dun' | 'arabic' | 'circled';

const CN = '[一二三四五六七八九十]{1,3}';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯';

/** One numbered list marker anywhere in the text: its kind, value, and where it starts and ends. */
interface Mark {
  kind: Kind;
  value: number;
  start: number;
  end: number;
}

const MARK = new RegExp(
  [
    `(${CN})是`, // 一是
    `[（(](${CN})[）)]`, // （一）
    `(?:^|\\n)[ \\t\\u3000]*(${CN})[、，,]`, // 一、 at a line start
    `(?:^|\\n|[：:；;。])[ \\t\\u3000]*(\\d{1,2})[.．、)）](?!\\d)`, // 1. at a line start or after a colon/semicolon
    `([${CIRCLED}])`, // ①
  ].join('|'),
  'g',
);

function marks(text: string): Mark[] {
  const out: Mark[] = [];
  for (const m of text.matchAll(MARK)) {
    const at = m.index ?? 0;
    const lead = m[0].length - m[0].trimStart().length;
    const start = /^[\n：:；;。]/.test(m[0]) ? at + 1 + (m[0].slice(1).length - m[0].slice(1).trimStart().length) : at + lead;
    let kind: Kind;
    let value: number | undefined;
    if (m[1]) [kind, value] = ['shi', chineseToNumber(m[1])];
    else if (m[2]) [kind, value] = ['paren', chineseToNumber(m[2])];
    else if (m[3]) [kind, value] = ['dun', chineseToNumber(m[3])];
    else if (m[4]) [kind, value] = ['arabic', Number(m[4])];
    else [kind, value] = ['circled', CIRCLED.indexOf(m[5]) + 1];
    if (value) out.push({ kind, value, start, end: at + m[0].length });
  }
  return out;
}

/** The lead-in of the aspect list and the number of aspects it announces, if any. */
const LEAD_IN = /[“"]?([0-9一二三四五六七八九十]{1,2})\s*个(方面|带头|对照)[”"]?|(以下|如下|下列)几个方面/;

function announced(text: string): { at: number; end: number; n: number | null } | null {
  const m = LEAD_IN.exec(text);
  if (!m) return null;
  const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : chineseToNumber(m[1]) ?? null) : null;
  return { at: m.index, end: m.index + m[0].length, n };
}

/**
 * A list with no numbers, run into the lead-in's sentence: "围绕以下“四个对照”查摆问题：对照…，对照…，对照…，对照…。"
 * The clauses after the colon, when there are as many as announced (or all open with the same words).
 */
function clauses(text: string, lead: { end: number; n: number | null }): string[] {
  const rest = text.slice(lead.end);
  const colon = rest.search(/[：:]/);
  const stop = rest.search(/[。\n]/);
  if (colon < 0 || (stop >= 0 && stop < colon)) return [];
  const sentence = rest.slice(colon + 1).split(/[。\n]/)[0];
  const parts = sentence.split(/[，,；;]/).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2) return [];
  if (lead.n !== null) return parts.length === lead.n ? parts : [];
  const opening = parts[0].slice(0, 2);
  return parts.every((x) => x.startsWith(opening)) ? parts : [];
}

/**
 * A list run into the lead-in's own sentence before it, its items joined by 、: "党员个人要聚焦政治信仰、
 * 党员意识、理论学习、能力本领、作用发挥、纪律作风等6个方面，查找差距" (a 组织生活会 notice's usual
 * form). The items after the last verb that opens such a list (聚焦, 围绕, 对照, 紧扣, 从, 在, 就,
 * 重点, 突出) or the clause's start, 等 dropped; as many as announced (at least three when no number is).
 */
function enumerated(text: string, lead: { at: number; n: number | null }): string[] {
  const before = text.slice(0, lead.at);
  const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('；'), before.lastIndexOf('，'), before.lastIndexOf('：')) + 1;
  let clause = before.slice(start).replace(/[等及]$/, '').trim();
  const verb = /(?:聚焦|围绕|紧扣|突出|重点(?:对照|从)?|对照|从|在|就)(?!.*(?:聚焦|围绕|紧扣|突出|重点|对照))/.exec(clause);
  if (verb) clause = clause.slice(verb.index + verb[0].length);
  const items = clause.split('、').map((x) => x.trim()).filter(Boolean);
  if (items.length < 2 || items.some((x) => x.length < 2 || x.length > 20)) return [];
  if (lead.n !== null) return items.length === lead.n ? items : [];
  return items.length >= 3 ? items : [];
}

/**
 * A list with no numbers and no count whose items all open with 对照 and are joined by 、 or ，:
 * "党员要重点对照党中央的号召和要求、对照新时代合格党员标准、对照入党誓词、对照革命先辈和先进典型，查摆…"
 * (the 2021 组织生活会 四个对照, ../shared/templates.md). Three or more; the items keep their 对照.
 */
const REPEATED_DUIZHAO = /对照[^、，,。；;\n]{2,24}(?:[、，,]对照[^、，,。；;\n]{2,24}){2,}/;

function repeatedDuizhao(text: string): string[] {
  const m = REPEATED_DUIZHAO.exec(text);
  return m ? m[0].split(/[、，,](?=对照)/).map((x) => x.trim()) : [];
}

/**
 * A working step of the meeting, not an aspect to check oneself against: a notice's 方法步骤 or
 * 有关要求 list (认真学习研讨, 广泛征求意见, 开展谈心谈话, 撰写发言提纲, 召开组织生活会, 开展民主评议党员,
 * 抓好整改落实, 及时报送材料). A list most of whose items are steps is no aspect list.
 */
const WORKING_STEP = /学习研讨|认真学习|深入学习|集中学习|征求意见|听取意见|谈心谈话|谈话|撰写|发言提纲|对照检查材料|召开|开好|民主评议|评议党员|会前|会后|通报|报送|上报|备案|整改落实|抓好整改|督导|指导|部署|准备|方案|组织领导/;

/**
 * A material's part heading (存在的问题, 原因分析, 整改措施, 反面典型案例剖析, 上年度整改情况): a
 * material pasted as the notice numbers these, and they are no aspects.
 */
const PART_HEADING = /^(?:存在的?(?:主要|突出)?问题|查摆的?问题|问题查摆|原因(?:分析|剖析)|产生问题的原因|问题产生的(?:原因|根源)|(?:下一步)?整改(?:措施|方向)|努力方向|反面典型案例|典型案例剖析|上一?年度)/;

function mostlySteps(items: readonly string[]): boolean {
  return items.filter((x) => WORKING_STEP.test(x) || PART_HEADING.test(x)).length * 2 > items.length;
}

/** An item that reads like an aspect: a 带头… title, a …方面 heading or a short phrase, not an instruction. */
function aspectLike(item: string): boolean {
  const first = item.split(/[，,；;。]/)[0];
  const sentence = item.split(/[；;。]/)[0];
  if (/^(要|应|须|必须|请|务必)/.test(item)) return false;
  return /^(在|关于)?带头/.test(item) || /方面/.test(first) || sentence.length <= 16;
}

/**
 * The longest run of one marker kind numbered 1, 2, 3 … from `from` on (the announced count when
 * the notice gives one), each item running to the next marker or the end of its sentence.
 */
function list(text: string, from: number, n: number | null): string[] {
  const all = marks(text).filter((m) => m.start >= from);
  let best: Mark[] = [];
  for (const kind of ['shi', 'paren', 'dun', 'arabic', 'circled'] as Kind[]) {
    const ms = all.filter((m) => m.kind === kind);
    for (let i = 0; i < ms.length; i++) {
      if (ms[i].value !== 1) continue;
      const run = [ms[i]];
      for (let j = i + 1; j < ms.length && run.length < (n ?? 16); j++) {
        if (ms[j].value === run[run.length - 1].value + 1) run.push(ms[j]);
        else if (ms[j].value === 1) break;
      }
      const better = n !== null ? Math.abs(run.length - n) < Math.abs(best.length - n) || (run.length === best.length && !best.length) : run.length > best.length;
      if (run.length >= 2 && better) best = run;
      // The first run after the lead-in is the list.
      if (best.length && (n === null || best.length === n)) break;
    }
    if (best.length && (n === null || best.length === n)) break;
  }
  return best.map((m, i) => {
    const next = best[i + 1]?.start ?? text.length;
    // An item ends at the next marker of its list, at a blank line, or at a line that opens with
    // another kind of marker (the items a material writes under its aspect heading).
    let item = text.slice(m.end, next).split(ITEM_END)[0];
    // The last item ends with its sentence (or its line).
    if (i === best.length - 1) item = item.split(/[。\n]/)[0];
    return trimEndChars(item.replace(/^[\s\u3000：:]+/, ''), ' \t\n\r\u3000\u00a0；;。，,');
  });
}

/** A blank line, or a line break before a line opening with a list marker of any kind. */
const ITEM_END = new RegExp(`\\n[ \\t\\u3000]*\\n|\\n(?=[ \\t\\u3000]*(?:${CN}[是、]|[（(](?:${CN}|\\d{1,2})[）)]|\\d{1,2}[.．、]|[${CIRCLED}]))`);

/** Where an item's explanation starts: "，检视在…方面的差距", "，对照…目标任务", "，重点查摆…". */
const TAIL = /[，,](对照|检视|重点|着重|主要|查摆|查找|聚焦|看|是否|具体)/;

/**
 * The aspect's title in an item: its first sentence without the explanation that follows
 * ("带头…的决定性意义，检视在…方面的差距" → "带头…的决定性意义") and without 在…方面.
 */
function titleOf(item: string): string {
  let t = item.split(/[。；;\n]/)[0];
  const tail = TAIL.exec(t);
  if (tail && tail.index > 0) t = t.slice(0, tail.index);
  t = t.replace(/^(在|关于)/, '').replace(/(等)?方面(存在的?问题|的问题|的差距)?$/, '').replace(/[：:，,]$/, '').trim();
  return t || item.trim();
}

/** Longest short label for narrow UI, in UTF-16 code units, when it has to be cut. */
const SHORT_MAX = 12;
/** Longest label kept whole when no place to cut it leaves a whole phrase (汲取党史中正反两方面经验). */
const SHORT_WHOLE = 16;

/**
 * A few words for narrow UI, cut only where a phrase ends. The title without 带头, its first clause
 * (up to ，；。：); condensed when longer than 12 characters (CONDENSE: 深入/坚决… before the verb,
 * 党的 before 二十届…, 以人民为中心的发展思想 → 以人民为中心, 习近平新时代中国特色社会主义思想 →
 * 党的创新理论); then, when still longer: cut at the last 、 within 12 characters leaving at least 4,
 * else before its first 的 (the phrase after 的 is one noun phrase: 践行以人民为中心的发展思想 →
 * 践行以人民为中心), else kept whole up to 16 characters, else cut where a word ends within 12
 * (Intl.Segmenter, zh) and no fixed phrase runs on (cutSafe: never inside a quoted name, X中全会, a
 * number and its unit, nor after a 的; nor ending on 和/与/的: OPEN_END), else at 12.
 * "带头加强党的创新理论武装，不断深化…" → "加强党的创新理论武装";
 * "带头深入学习贯彻党的二十届四中全会精神，谋划…" → "学习贯彻二十届四中全会精神".
 */
export function shortLabel(title: string): string {
  const first = title.replace(/^带头/, '').trim().split(/[，,；;。：:]/)[0].trim();
  if (first.length <= SHORT_MAX) return first;
  let t = first;
  for (const [re, by] of CONDENSE) {
    const c = t.replace(re, by);
    if (c.length >= 4) t = c;
  }
  if (t.length <= SHORT_MAX) return t;
  const head = t.slice(0, SHORT_MAX + 1);
  const list = head.lastIndexOf('、');
  if (list >= 4 && cutSafe(t, list)) return t.slice(0, list);
  const of = t.indexOf('的');
  if (of >= 4 && of <= SHORT_MAX && cutSafe(t, of)) return t.slice(0, of);
  if (t.length <= SHORT_WHOLE) return t;
  for (let max = SHORT_MAX; max >= 4; ) {
    const end = wordEndWithin(t, max);
    if (end < 4) break;
    if (cutSafe(t, end) && !OPEN_END.test(t.slice(0, end))) return t.slice(0, end);
    max = end - 1;
  }
  return t.slice(0, SHORT_MAX);
}

/**
 * Condensations of a long first clause (shortLabel), applied in order: the condition before the
 * verb (在遵规守纪、清正廉洁前提下勇于担责 → 勇于担责), an adverb before the verb,
 * 党的 before a congress or plenum, and the standard short forms of two fixed formulations.
 */
const CONDENSE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^在[^，、]{0,4}(?:、[^，、]{0,4})*(?:的)?(?:前提下|基础上)/, ''],
  [/^(?:深入|认真|坚决|切实|始终|自觉|持续|深刻)(?=[\u4e00-\u9fff]{2})/, ''],
  [/党的(?=(?:[一二三四五六七八九十]+届|[一二三四五六七八九十]+大))/, ''],
  [/以人民为中心的发展思想/, '以人民为中心'],
  [/习近平新时代中国特色社会主义思想/, '党的创新理论'],
];

/**
 * Fixed phrases a label is never cut inside: a quoted name (“两个确立”, 《…》), a plenum or congress
 * (二十届四中全会, 二十大), and 思想 or 全会 split from the words before them.
 */
const FIXED = /“[^”]*”|"[^"]*"|《[^》]*》|[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会|[一二三四五六七八九十]+中全会|[一二三四五六七八九十]+大|[\u4e00-\u9fff]{2}(?:思想|全会)/g;
/** A number (or 各, 每) with its unit (3项, 两个方面, 各项): never cut inside nor right after, away from the noun it counts. */
const COUNTED = /(?:[\d０-９一二三四五六七八九十两几百千万]+|各|每|诸)(?:个|项|条|次|点|方面|批)/g;
/** Words a label does not end on: 的, an opening bracket or quote, a conjunction (和, 与, 及, 并). */
const OPEN_END = /[的“"（(《和与及并]$/;

/**
 * May `t` be cut at offset `end` (the label t.slice(0, end))? Not inside a fixed phrase (FIXED), not
 * inside or right after a number and its unit (COUNTED), and not after a 的 (the noun phrase it opens runs to the clause's end: 以人民为中心的发展|思想).
 */
function cutSafe(t: string, end: number): boolean {
  const of = t.indexOf('的');
  if (of >= 0 && of < end - 1) return false;
  for (const m of t.matchAll(FIXED)) {
    const from = m.index ?? 0;
    if (from >= end) break;
    if (end < from + m[0].length) return false;
  }
  for (const m of t.matchAll(COUNTED)) {
    const from = m.index ?? 0;
    if (from >= end) break;
    if (end <= from + m[0].length && end < t.length) return false;
  }
  return true;
}

/** Part headings of a 对照检查材料 (problems, causes, measures, previous year), one per line. */
const MATERIAL_PARTS: RegExp[] = [
  /^[^\n]{0,8}(存在的?(主要)?问题|查摆的?问题|问题查摆)[^\n]{0,6}$/m,
  /^[^\n]{0,8}(产生问题的?(原因|根源)|问题产生的?(原因|根源)|原因(分析|剖析))[^\n]{0,6}$/m,
  /^[^\n]{0,8}(整改措施|努力方向|整改方向)[^\n]{0,8}$/m,
  /^[^\n]{0,8}(上年度|上一年度|上次)[^\n]{0,10}整改[^\n]{0,8}$/m,
];

/**
 * The text is a material, not a notice: its title (first non-empty line) names a material
 * (对照检查材料, 发言提纲, 检视剖析材料; a first line of at most 40 characters), or, when the title is neither a material's nor a notice's
 * (通知, 方案), at least two of a material's part headings stand on lines of their own. (Notices name
 * the parts inside sentences: "要查摆问题、剖析原因、明确整改措施"; materials cite the notice by name in
 * their preamble, so only the title counts.)
 */
function looksLikeMaterial(text: string): boolean {
  const first = text.trim().split('\n')[0] ?? '';
  // A first line longer than a title is the preamble (or an excerpt), not a title.
  const title = first.length <= 40 ? first : '';
  if (/(对照检查|对照检视|检视剖析|剖析)材料|发言提纲/.test(title)) return true;
  if (/通知|方案|意见/.test(title)) return false;
  return MATERIAL_PARTS.filter((re) => re.test(text)).length >= 2;
}

/**
 * Words of a notice item that instruct rather than name the aspect: "重点查摆在…", "检视在…",
 * "…等方面存在的问题", "…方面的差距" (notices explain each aspect this way, whatever the year).
 */
const INSTRUCTION_HEAD = /^(重点|着重|主要|具体)?(查摆|检视|查找|对照|聚焦|看|是否)(在|于)?/;
const INSTRUCTION_TAIL = /(等)?方面(存在的?|的)?(问题|差距|不足)?$|(存在的?|的)(问题|差距|不足)$/;

/**
 * Phrases of the notice's own wording that can identify the aspect: quoted terms (any length from
 * 2) and the clauses split at 、，； (3 to 12 characters once the instruction words and openers
 * such as 带头/深刻/不断 are cut off). Every phrase is a substring of `item`.
 */
function ownVocabulary(item: string): string[] {
  const out = new Set<string>();
  for (const m of item.matchAll(/[“"]([^”"]{2,12})[”"]/g)) out.add(m[1]);
  for (const piece of item.split(/[，,、；;：:。“”"\s（）()]+/)) {
    let t = piece;
    for (let before = ''; before !== t; ) {
      before = t;
      t = t.replace(INSTRUCTION_HEAD, '').replace(/^(带头|坚决|深刻|不断|切实|自觉|始终|在|的)+/, '').replace(INSTRUCTION_TAIL, '').replace(/(方面|的|等)$/, '');
    }
    if (t.length >= 3 && t.length <= 12) out.add(t);
  }
  return [...out];
}

/**
 * The domain lexicon's concepts the aspect's title names (link/lexicon.json: each concept's source
 * is templates.md, the template files or the notices), as vocabulary: each concept's label and its
 * clear forms, never its loose hints. So an imported aspect's vocabulary is its own wording plus
 * the domain's words for what it names — nothing is taken from another year's template.
 * "带头加强理论武装" → 理论学习, 理论武装, 学懂弄通, 读原著 ….
 * A form inside a longer form of another concept counts too: "带头严守廉洁纪律" names 纪律规矩 by
 * 廉洁纪律 and 党风廉政 by its 廉洁, so a section headed 在廉洁自律方面 is that aspect's (trial t24 m09).
 */
function conceptVocabulary(title: string): string[] {
  const matcher = lexiconMatcher();
  const out: string[] = [];
  const named = new Set<number>();
  const add = (i: number) => {
    if (named.has(i)) return;
    named.add(i);
    const c = matcher.concepts[i];
    out.push(c.label, ...c.forms);
  };
  for (const [i, hit] of matcher.match(title)) if (!hit.loose) add(i);
  // Every clear form written in the title, not only the longest at each place (a title is short:
  // some 10–40 units, so every span is asked once).
  for (let i = 0; i < title.length; i++) {
    for (let j = i + 2; j <= title.length; j++) {
      const f = matcher.longestForm(title, i, j);
      if (f >= 0 && matcher.formLength[f] === j - i && !matcher.formLoose[f]) add(matcher.formConcept[f]);
    }
  }
  return out;
}

const CASES = /反面典型案例|典型案例剖析|案例剖析|以案为鉴|以案促改/;

/**
 * The previous meeting, as notices name it: 上年度, 上一年度, 上次, 去年 (a year number is checked
 * apart); not the 上 of 以上 ("县级以上年度考核").
 */
const PREVIOUS_MEETING = /(?<!以)(?:上一?年度?|上一?次)|去年|前一年度/g;
/** Its rectification, as notices ask for it: 整改措施落实情况, 整改落实情况, 整改情况, 整改任务完成情况. */
const RECTIFICATION = /整改/;
/** How far (in characters, within one clause of a sentence) the rectification may follow the meeting named. */
const PREVIOUS_SPAN = 40;

/**
 * Whether the notice asks for the previous year's rectification to be reported (the part
 * 上年度问题整改落实情况): the previous meeting (上年度, 上一年度, 上次, 去年, or the year before the
 * notice's own, "2025年度") followed in the same sentence, within 40 characters, by 整改 —
 * "对照上年度民主生活会整改措施落实情况", "通报2025年度民主生活会查摆问题整改落实情况". 整改 alone
 * ("会后抓好整改落实") or 上年度 alone ("上年度工作总结") is not such a request.
 */
function asksForPrevious(text: string, year: number | null): boolean {
  const t = asciiDigits(text);
  const starts: number[] = [];
  for (const m of t.matchAll(PREVIOUS_MEETING)) starts.push((m.index ?? 0) + m[0].length);
  if (year !== null) for (const m of t.matchAll(new RegExp(`${year - 1}\\s*年度?(?![0-9一二三四五六七八九十]{1,2}月)`, 'g'))) starts.push((m.index ?? 0) + m[0].length);
  return starts.some((at) => {
    const clause = t.slice(at, at + PREVIOUS_SPAN).split(/[。；;！？\n]/)[0];
    return RECTIFICATION.test(clause);
  });
}

/** The meeting year: the latest "20XX年度" the notice names, else a year in its first line; full-width digits read too. */
function yearOf(text: string): number | null {
  const t = asciiDigits(text);
  let y: number | null = null;
  for (const m of t.matchAll(/(20\d\d)\s*年度/g)) y = Math.max(y ?? 0, Number(m[1]));
  if (y === null) {
    const m = /(20\d\d)\s*年/.exec(t.trim().split('\n')[0] ?? '');
    if (m) y = Number(m[1]);
  }
  return y;
}

/**
 * One aspect of a notice's list as a template aspect: `written` is the item as the notice words it
 * ("带头…，检视…"), `number` its 1-based place; `title` overrides the title read from the item (the
 * writer's own wording in the pane's import dialog). Vocabulary comes from the item's own words
 * and from the domain lexicon's concepts the title names (never from a built-in template of
 * another year). Example: noticeAspect("带头统筹发展和安全、防范化解重大风险", 3) → { number: 3,
 * title: same, short: "统筹发展和安全", vocabulary: ["统筹发展和安全", "防范化解重大风险", …, "防范化解风险", …] }.
 */
export function noticeAspect(written: string, number: number, title: string = titleOf(written)): TemplateAspect {
  const bare = title.replace(/^带头/, '').trim();
  let vocabulary = [...new Set([...ownVocabulary(title === written || written.includes(title) ? written : `${title}，${written}`), ...conceptVocabulary(title)])];
  if (!vocabulary.length && bare.length >= 2) vocabulary = [bare];
  return { number, short: shortLabel(title) || title.slice(0, SHORT_MAX), title, long: written, vocabulary };
}

/**
 * Read a notice's text into a template. Throws NoticeError (Chinese message) when the notice
 * lists no aspects (fewer than two numbered items after its lead-in, or anywhere).
 */
export function readNotice(text: string, source?: string): NoticeReading {
  const clean = text.replace(/\r\n?/g, '\n');
  const lead = announced(clean);
  // The list in the lead-in's own sentence ("聚焦X、Y、Z等6个方面") comes first: a numbered list after
  // it may be the notice's working steps.
  let written = lead ? enumerated(clean, lead) : [];
  if (written.length < 2) written = list(clean, lead?.at ?? 0, lead?.n ?? null);
  if (written.length < 2 && lead) written = clauses(clean, lead);
  if (written.length < 2 && lead) written = list(clean, 0, lead.n);
  // A numbered list of the meeting's working steps (学习研讨, 征求意见, 谈心谈话…), or of a material's
  // parts (存在的问题, 原因分析, 整改措施), is no aspect list.
  if (mostlySteps(written)) written = [];
  if (written.length < 2) written = repeatedDuizhao(clean);
  written = written.filter((w) => w.length >= 2);
  // Without a lead-in, a numbered list counts only when its items read like aspects (not a to-do list).
  if (!lead && written.filter(aspectLike).length * 2 <= written.length) written = [];
  // A material given in place of its notice: said so, not only that no list was found.
  if (written.length < 2) throw new NoticeError(looksLikeMaterial(clean) ? messages.noticeMaterialNoList() : messages.noticeNoList());
  if (written.length > 16) throw new NoticeError(messages.noticeTooMany(written.length));
  const cases = CASES.test(clean);
  const year = yearOf(clean);
  const previous = asksForPrevious(clean, year);
  const meeting: MeetingKind = /组织生活会/.test(clean) && !/民主生活会/.test(clean) ? '组织生活会' : '民主生活会';
  const aspects: TemplateAspect[] = written.map((w, i) => noticeAspect(w, i + 1));
  const parts = STANDARD_PARTS.filter((p) => p.role !== 'cases' || cases).map((p) => ({
    ...p,
    required: p.role === 'problems' || p.role === 'causes' || p.role === 'measures' || p.role === 'cases' || (p.role === 'previous' && previous),
  }));
  const template: Template = {
    id: `notice-${year ?? 'custom'}`,
    name: messages.noticeTemplateName(year, meeting),
    meeting,
    years: year === null ? [] : [year],
    ...(source ? { source } : {}),
    parts,
    aspects,
  };
  return { template, written, cases, previous, year, meeting, warning: looksLikeMaterial(clean) ? messages.noticeLooksLikeMaterial() : null };
}

/** A template as a file: parts that are the standard ones name only their role (the file stays short). */
export function templateToFile(t: Template): Record<string, unknown> {
  return {
    $schema: 'https://duizhao.invalid/template.schema.json',
    id: t.id,
    name: t.name,
    ...(t.meeting ? { meeting: t.meeting } : {}),
    ...(t.years ? { years: t.years } : {}),
    ...(t.themeWords ? { themeWords: t.themeWords } : {}),
    ...(t.source ? { source: t.source } : {}),
    parts: t.parts.map((p) => {
      const std = STANDARD_PARTS.find((s) => s.role === p.role);
      const same = std && std.label === p.label && JSON.stringify(std.patterns) === JSON.stringify(p.patterns);
      return same ? { role: p.role, required: p.required } : p;
    }),
    aspects: t.aspects,
  };
}
