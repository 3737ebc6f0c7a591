/**
 * Things a problem and a measure name the same way, however short their shared text:
 *
 * - a counted thing, the same number with the same unit and a word of the thing beside it in both,
 *   in either order ("违法占用耕地图斑47个" / "对47个违法图斑逐一建立台账"; "12栋“三无”小区" /
 *   "对12栋“三无”小区…引入国有物业"; "12315平台超期办理工单" / "12315平台工单超期问题"): the measure
 *   answers the problem by name (`countedNear`);
 * - a name in quotation marks in both ("“两重”“两新”政策" / "储备“两重”项目20个以上"), no lexicon
 *   concept's form, that no other problem or cause of the material writes (`quotedNames`).
 *
 * A shared run this short is not read by the phrases (five characters, four in a heading
 * sentence) nor the terms (three, whole words, and never alone from the body): the number or the
 * quotation marks are what make it specific. Cost: nothing for a text without digits or quotation
 * marks; otherwise a few string searches, and the segmenter for a candidate word only.
 */
import { bigramCode, wordAt, type WindowSet } from './shared-words';
import { asciiDigits, isDigitCode as isDigit, zhSegmenter } from '../text';
import commonWords from './common-words.json';

/** A CJK unified ideograph (U+4E00–U+9FFF). */
const isCjk = (c: number) => c >= 0x4e00 && c <= 0x9fff;
/** Where a clause ends: the thing counted stands within one. */
const CLAUSE_END = new Set([...'，。；：、！？,;:!?\n（）()'].map((c) => c.charCodeAt(0)));
/** Characters either side of a number searched for the counted thing's word. */
const REACH = 8;
/**
 * After a number: a date or a time (2024年, 6月, 3日, 8时), a share (68%) or a decimal, or how
 * often or how long something is done (2次, 3天, 2篇, 1轮: a measure's frequency, not a thing), not
 * a count of things.
 */
const NOT_A_COUNT = new Set([...'年月日时号周天次遍篇轮届%％.．:：-—~～'].map((c) => c.charCodeAt(0)));
/** Before a number: the rest of a decimal, a time or a range (8.7, 8:30, 3-5), not a count's start. */
const NOT_A_START = new Set([...'.．:：-—~～'].map((c) => c.charCodeAt(0)));


/**
 * The [start, end) (UTF-16 offsets) of each run of digits in `text` followed by a Chinese unit
 * (a Han character) that is not in `notUnit`, and not the rest of a decimal, a time or a range
 * (NOT_A_START before it).
 */
function unitRuns(text: string, notUnit: ReadonlySet<number>): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; ) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const a = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    const after = text.charCodeAt(i);
    if (isCjk(after) && !notUnit.has(after) && !NOT_A_START.has(text.charCodeAt(a - 1))) out.push([a, i]);
  }
  return out;
}

/** The counts in `text`: [start, end) of each run of digits followed by a unit (a Chinese character), not a date, time, share or frequency. */
function counts(text: string): [number, number][] {
  return unitRuns(text, NOT_A_COUNT);
}

/**
 * The keys of what `text` may name by count or quotation (each once): its counts as digits (ASCII)
 * and unit ("47个", "12315平"), its quoted names prefixed with “ ("“两重") and its names in Latin
 * letters as written (PM2.5, latinNames): what an index of a
 * material's measures is keyed by, so a problem is compared only with the measures sharing a key.
 */
export function namedKeys(text: string): string[] {
  const out: string[] = [];
  if (/[0-9０-９]/.test(text)) {
    const t = asciiDigits(text);
    for (const [a, b] of counts(t)) {
      const key = t.slice(a, b + 1);
      if (!out.includes(key)) out.push(key);
    }
  }
  for (const x of quotedNames(text)) out.push('“' + x);
  for (const x of latinNames(text)) if (!out.includes(x)) out.push(x);
  return out;
}

/** text[from, to) around the count at [a, b), within its clause: REACH characters either side. */
function clauseAround(text: string, a: number, b: number, reach = REACH): [number, number] {
  let from = a;
  while (from > 0 && a - from < reach && !CLAUSE_END.has(text.charCodeAt(from - 1))) from--;
  let to = b;
  while (to < text.length && to - b < reach + 1 && !CLAUSE_END.has(text.charCodeAt(to))) to++;
  return [from, to];
}

/**
 * The word of a counted thing `problem` and `measure` both name with the same count: the same
 * digits followed by the same unit (47个, 12栋, 12315平) in both, and a two-character word within
 * the count's clause in both (before or after it; the unit may be its first character: 12315平台),
 * a whole word there (the segmenter, shared-words.ts wordAt) that `generic` does not reject.
 * Undefined when there is none. Pure.
 */
export function countedNear(problem: string, measure: string, generic: (word: string) => boolean): string | undefined {
  const seg = zhSegmenter();
  if (!seg) return undefined;
  const m = asciiDigits(measure);
  const p = asciiDigits(problem);
  for (const [a, b] of counts(p)) {
    const count = p.slice(a, b + 1);
    for (let k = m.indexOf(count); k >= 0; k = m.indexOf(count, k + 1)) {
      // The whole number, not the end of a longer one (112栋 holds 12栋).
      if (k > 0 && isDigit(m.charCodeAt(k - 1))) continue;
      const [pf, pt] = clauseAround(p, a, b);
      const [mf, mt] = clauseAround(m, k, k + count.length - 1);
      const digits = count.length - 1;
      for (let i = pf; i + 2 <= pt; i++) {
        // Not the number itself; the unit may start the word (12315平台, 5公里).
        if (i + 2 > a && i < b) continue;
        if (!isCjk(p.charCodeAt(i)) || !isCjk(p.charCodeAt(i + 1))) continue;
        const word = p.slice(i, i + 2);
        if (generic(word)) continue;
        for (let j = m.indexOf(word, mf); j >= 0 && j + 2 <= mt; j = m.indexOf(word, j + 1)) {
          if (j + 2 > k && j < k + digits) continue;
          if (bounded(seg, p, i) && bounded(seg, m, j)) return word;
        }
      }
    }
  }
  return undefined;
}

/**
 * Is text[at, at + 2) a word (shared-words.ts wordAt), or two characters the segmenter knows no
 * word for, each standing alone (图|斑: an unknown compound), starting and ending on word
 * boundaries? Not a run across two words (耕地|图 holds no 地图), nor the unit right after a number.
 */
function bounded(seg: Intl.Segmenter, text: string, at: number): boolean {
  if (wordAt(seg, text, at)) return true;
  if (at > 0 && isDigit(text.charCodeAt(at - 1))) return false;
  const from = Math.max(0, at - 6);
  const segments = seg.segment(text.slice(from, Math.min(text.length, at + 8)));
  const first = segments.containing(at - from);
  const second = segments.containing(at + 1 - from);
  return first !== undefined && second !== undefined && first.segment.length === 1 && second.segment.length === 1 && first.index === at - from;
}

/** Quotation marks a name stands in: “…”, 「…」, "…". */
const QUOTED = /[“「"]([^“”「」"\n]{2,12})[”」"]/g;

/** The names `text` writes in quotation marks (2–12 characters, some Chinese), each once, in order. Pure. */
export function quotedNames(text: string): string[] {
  const out: string[] = [];
  if (!/[“「"]/.test(text)) return out;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const name = m[1];
    if (/[\u4e00-\u9fff]/.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** A name written in Latin letters (PM2.5, COD, 5G, App): a letter or digit run holding a letter, with inner dots. */
const LATIN = /[A-Za-z0-9][A-Za-z0-9.]*[A-Za-z0-9]/g;

/**
 * The names `text` writes in Latin letters, each once, in order: runs of two or more letters and
 * digits (inner dots kept: PM2.5) holding at least two letters, not placeholders (XX, xx). What a
 * problem and a measure name so is one specific thing (an indicator, a system), as a quoted name is. Pure.
 */
export function latinNames(text: string): string[] {
  const out: string[] = [];
  if (!/[A-Za-z]/.test(text)) return out;
  LATIN.lastIndex = 0;
  for (let m = LATIN.exec(text); m; m = LATIN.exec(text)) {
    const name = m[0];
    if ((name.match(/[A-Za-z]/g) ?? []).length < 2 || /^[Xx]+$/.test(name) || out.includes(name)) continue;
    out.push(name);
  }
  return out;
}

/** Does `text` write `name` as a whole Latin name (no letter, digit or dot either side)? */
export function writesLatin(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/[A-Za-z0-9.]/.test(text[at - 1] ?? '') && !/[A-Za-z0-9]/.test(text[at + name.length] ?? '')) return true;
  }
  return false;
}

/** Does `text` write `name` in quotation marks? */
export function quotes(text: string, name: string): boolean {
  return quotedNames(text).includes(name);
}

/**
 * Verbs and nouns every item is stated with (加强…学习, 推进…工作) and the words of a measure's
 * frame (common-words.json: 建立, 开展, 每月 …): a pair holding one says nothing specific.
 */
const FRAME_WORDS = new Set([
  ...'加强 强化 推进 推动 提高 提升 坚持 落实 贯彻 深入 做到 发挥 把握 进行 注重 重视 抓好 做好 搞好 学习'.split(' '),
  ...'工作 问题 方面 情况 现象 要求 能力 意识 精神 思想 作用 实际 过程 制度 机制'.split(' '),
  ...(commonWords as { words: string[] }).words,
]);

/**
 * Who a problem is stated of (班子团结, 党员管理: subject and predicate, not a verb and its object):
 * no pair starts with one.
 */
const SUBJECTS = new Set('班子 成员 同志 干部 党员 领导 群众 本人 自己 我们 支部 党组 党委 单位 部门 机关'.split(' '));

/** Longest run of characters a measure may write between the pair's two words (发展|35岁以下|党员). */
const PAIR_GAP = 8;

/**
 * A verb and its object the problem's heading sentence writes side by side (发展党员, two words of
 * two characters) and `measure` writes in that order within one clause with words between (发展
 * 35岁以下党员: 1–PAIR_GAP characters, no punctuation): the pair as the heading writes it, or
 * undefined. Neither word may be a frame word (FRAME_WORDS, common-words.json), nor the first
 * who the problem is stated of (SUBJECTS: 班子团结 is no verb and object); both are whole
 * words (or unknown two-character compounds: bounded) in both texts. Pure.
 */
export function splitPair(head: string, measure: string): string | undefined {
  const seg = zhSegmenter();
  if (!seg) return undefined;
  for (let i = 0; i + 4 <= head.length; i++) {
    let cjk = true;
    for (let k = i; k < i + 4 && cjk; k++) cjk = isCjk(head.charCodeAt(k));
    if (!cjk) continue;
    const a = head.slice(i, i + 2);
    const b = head.slice(i + 2, i + 4);
    if (a === b || FRAME_WORDS.has(a) || FRAME_WORDS.has(b) || SUBJECTS.has(a)) continue;
    for (let j = measure.indexOf(a); j >= 0; j = measure.indexOf(a, j + 1)) {
      let k = j + 2;
      while (k < measure.length && k - j - 2 <= PAIR_GAP && !CLAUSE_END.has(measure.charCodeAt(k)) && !measure.startsWith(b, k)) k++;
      const gap = k - j - 2;
      if (gap < 1 || gap > PAIR_GAP || !measure.startsWith(b, k)) continue;
      if (bounded(seg, head, i) && bounded(seg, head, i + 2) && bounded(seg, measure, j) && bounded(seg, measure, k)) return a + b;
    }
  }
  return undefined;
}

/**
 * Could some text of `grams` (a material's measures) write a pair of `head` apart: does `head` hold
 * two side-by-side two-character words, no frame word nor a subject first (as splitPair reads
 * them), both of whose windows `grams` may hold? A cheap test before splitPair is asked of each measure.
 */
export function mayPair(head: string, grams: WindowSet): boolean {
  for (let i = 0; i + 4 <= head.length; i++) {
    const a = bigramCode(head, i);
    const b = bigramCode(head, i + 2);
    if (a < 0 || b < 0 || !grams.has(a) || !grams.has(b)) continue;
    const x = head.slice(i, i + 2);
    const y = head.slice(i + 2, i + 4);
    if (x !== y && !FRAME_WORDS.has(x) && !FRAME_WORDS.has(y) && !SUBJECTS.has(x)) return true;
  }
  return false;
}

/** Does `text` write `a` then `b` within one clause, at most PAIR_GAP characters apart (or side by side)? */
export function holdsPair(text: string, pair: string): boolean {
  const a = pair.slice(0, 2);
  const b = pair.slice(2);
  for (let j = text.indexOf(a); j >= 0; j = text.indexOf(a, j + 1)) {
    for (let k = j + 2; k < text.length && k - j - 2 <= PAIR_GAP && !CLAUSE_END.has(text.charCodeAt(k)); k++) if (text.startsWith(b, k)) return true;
  }
  return false;
}

/** Characters either side of a shared term a problem's example may hold its second word at (pairedWord's problemReach): one clause of an example sentence ("拆迁中有2户未履行完法定程序"). */
export const EXAMPLE_REACH = 16;

/** Characters a counted thing's word may stand before its number (自学仅3次, 调研不少于1次: 仅, 不少于). */
const KIND_GAP = 3;

/** Units of times (2次夜查, 1轮巡察, 3场宣讲): the word after them is the deed done, as before the number. */
const TIMES = new Set([...'次回遍趟轮场'].map((c) => c.charCodeAt(0)));

/** Units after a number that are dates or times (2024年, 6月, 3日, 8时, 3号, 2周), never a count nor a frequency. */
const DATE_UNITS = new Set([...'年月日时号周'].map((c) => c.charCodeAt(0)));

/** The [start, end) of each run of digits followed by a Chinese unit that is no date or time (3次, 2篇, 47个), not inside a decimal or range. */
function amounts(text: string): [number, number][] {
  return unitRuns(text, DATE_UNITS);
}

/**
 * The word of a thing `problem` counts and `measure` commits to in the same unit, whatever the
 * numbers ("全年自学仅3次" / "每月自学4次"; "调研仅5次" / "调研不少于1次"): a number followed by the
 * same unit (a Chinese character, no date or time: 次, 篇, 个, 件) in both, and the same two-character
 * word on the same side of it in both: ending at most KIND_GAP characters before the number (the
 * deed counted), or right after the unit when it counts times (2次夜查 / 1次夜查) or the problem also
 * counts the measure's number in that unit (things counted: 12个项目中有5个 / 5个项目, while 只去了2个社区 / 在12个社区成立… are
 * other deeds in the same kind of place; a word further off is the clause's frame: 专题调研的只有4次), a whole word in both
 * (bounded) that is neither generic (`generic`) nor a frame word (FRAME_WORDS: 开展, 每月). The
 * problem's shortfall and the measure's target of the same kind. Undefined when there is none. Pure.
 */
export function countedKind(problem: string, measure: string, generic: (word: string) => boolean): string | undefined {
  const seg = zhSegmenter();
  if (!seg) return undefined;
  const m = asciiDigits(measure);
  const p = asciiDigits(problem);
  const mine = amounts(m);
  if (mine.length === 0) return undefined;
  const theirs = amounts(p);
  // The problem's counts with their units (12个, 5个): a measure's count the problem also writes is of the same things.
  const counted = new Set(theirs.map(([a, b]) => p.slice(a, b + 1)));
  for (const [a, b] of theirs) {
    const unit = p.charCodeAt(b);
    for (const [k, e] of mine) {
      if (m.charCodeAt(e) !== unit) continue;
      // The word just before the number (a few characters between: 仅, 只有, 不少于) or just after the unit, on the same side in both.
      // After a unit of things stands the thing counted (2个社区, 12个社区), not what is done with it:
      // only a number the problem also counts in that unit is the same things (12个项目中有5个… /
      // 对…的5个项目); after a unit of times (2次夜查) and before the number stands the deed.
      const afterToo = TIMES.has(unit) || counted.has(`${m.slice(k, e)}${String.fromCharCode(unit)}`);
      for (const [i, j] of afterToo
        ? [
            [a - 2, k - 2],
            [b + 1, e + 1],
          ]
        : [[a - 2, k - 2]]) {
        for (let gi = 0; gi <= (i < a ? KIND_GAP : 0); gi++) {
          const x = i - gi;
          if (x < 0 || x + 2 > p.length || !isCjk(p.charCodeAt(x)) || !isCjk(p.charCodeAt(x + 1)) || CLAUSE_END.has(p.charCodeAt(x + 1))) break;
          const word = p.slice(x, x + 2);
          if (generic(word) || FRAME_WORDS.has(word)) continue;
          for (let gj = 0; gj <= (j < k ? KIND_GAP : 0); gj++) {
            const y = j - gj;
            if (y < 0 || y + 2 > m.length || CLAUSE_END.has(m.charCodeAt(y + 1))) break;
            if (m.startsWith(word, y) && bounded(seg, p, x) && bounded(seg, m, y)) return word;
          }
        }
      }
    }
  }
  return undefined;
}

/**
 * A second word beside a shared term, the same in both texts: a two-character word within the
 * term's clause in `problem` and in `measure` (REACH characters either side, outside the term), a
 * whole word in both (bounded) that `generic` does not reject ("违规申请追加预算" / "对违规追加预算
 * 申请一律退回": 申请 beside 追加预算). The term and it name one specific thing together, as two
 * terms do. `problemReach` widens the problem's side (characters either side of the term, within
 * its clause; REACH by default): EXAMPLE_REACH for a term of the problem's example sentence. The
 * word, or undefined. Pure.
 */
export function pairedWord(problem: string, measure: string, term: string, generic: (word: string) => boolean, problemReach = REACH): string | undefined {
  const seg = zhSegmenter();
  const a = problem.indexOf(term);
  const k = measure.indexOf(term);
  if (!seg || a < 0 || k < 0) return undefined;
  const [pf, pt] = clauseAround(problem, a, a + term.length - 1, problemReach);
  const [mf, mt] = clauseAround(measure, k, k + term.length - 1);
  for (let i = pf; i + 2 <= pt; i++) {
    if (i + 2 > a && i < a + term.length) continue;
    if (!isCjk(problem.charCodeAt(i)) || !isCjk(problem.charCodeAt(i + 1))) continue;
    const word = problem.slice(i, i + 2);
    if (generic(word) || FRAME_WORDS.has(word)) continue;
    for (let j = measure.indexOf(word, mf); j >= 0 && j + 2 <= mt; j = measure.indexOf(word, j + 1)) {
      if (j + 2 > k && j < k + term.length) continue;
      if (bounded(seg, problem, i) && bounded(seg, measure, j)) return word;
    }
  }
  return undefined;
}
