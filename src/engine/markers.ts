/**
 * Recognising the numbers writers type in front of headings and items (GB/T 9704-2012:
 * 一、 （一） 1. （1）, plus 一是 / 第一， / ①), full- or half-width, and their broken forms.
 */
import type { Marker, MarkerKind } from './types';

const CN = '一二三四五六七八九十';
const CN_NUM = `[${CN}]{1,3}`;

/** A character no Chinese numeral has (module constants, not literals in the function: a literal makes a RegExp object each time it runs). */
const NOT_CN_NUMERAL = /[^一二三四五六七八九十]/;

/** 一..九十九 → number; undefined if not a Chinese numeral of that form. */
export function chineseToNumber(s: string): number | undefined {
  if (!s || NOT_CN_NUMERAL.test(s)) return undefined;
  const d = (c: string) => '一二三四五六七八九'.indexOf(c) + 1;
  if (s === '十') return 10;
  if (s.length === 1) return d(s) || undefined;
  if (s.length === 2) {
    if (s[0] === '十') return d(s[1]) ? 10 + d(s[1]) : undefined;
    if (s[1] === '十') return d(s[0]) ? d(s[0]) * 10 : undefined;
    return undefined;
  }
  if (s.length === 3 && s[1] === '十' && s[0] !== '十' && s[2] !== '十') return d(s[0]) * 10 + d(s[2]);
  return undefined;
}

export function numberToChinese(n: number): string {
  const u = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  if (n < 10) return u[n];
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : u[tens]) + '十' + u[n % 10];
}

/**
 * Full-width ASCII (１２３（）．，：；) to half-width, length-preserving, so offsets found in the
 * normalised string are offsets in the original.
 */
export function normalizeWidth(s: string): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000) break;
  }
  if (i === s.length) return s;
  // The rest as UTF-16 codes turned into one string: adding a character at a time allocated a
  // string per character (most markers are short, but （一） is full-width).
  const codes: number[] = [];
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    codes.push(c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c);
  }
  let out = s.slice(0, s.length - codes.length);
  // Chunks keep the argument count of apply small on long input.
  if (codes.length <= CODE_CHUNK) return out + String.fromCharCode.apply(null, codes);
  for (let k = 0; k < codes.length; k += CODE_CHUNK) out += String.fromCharCode.apply(null, codes.slice(k, k + CODE_CHUNK));
  return out;
}

/** UTF-16 codes turned into a string by one String.fromCharCode call. */
const CODE_CHUNK = 4096;

export interface Pattern {
  kind: MarkerKind;
  /** Every character a match can start with (the text is width-normalised). */
  first: string;
  re: RegExp;
  value: (m: RegExpExecArray) => number | undefined;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN_IDEOGRAPH = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';

/**
 * What may follow the dot of "N." straight after it and leave it a list number, not a decimal: a
 * month ("2.6月底前完成…", "1.12月底前…") or a four-digit year ("3.2026年3月底前…"). Measures very
 * often open with their deadline; "2.6万元" and "3.5%" stay decimals. Width-normalised digits
 * (INLINE, which reads both widths, has its own form: DATE_AFTER_DOT_ANY_WIDTH).
 */
export const DATE_AFTER_DOT = '(?:1[0-2]|0?[1-9])月|\\d{4}年';
/** DATE_AFTER_DOT for text not width-normalised (full-width digits as well). */
const DATE_AFTER_DOT_ANY_WIDTH = '(?:[1１][0-2０-２]|[0０]?[1-9１-９])月|[0-9０-９]{4}年';

/**
 * Patterns for a marker at the start of a paragraph, tried in order, on width-normalised text: the
 * specification matchLeadingMarker's scan follows (it runs none of them; the tests compare the two).
 */
export const LEADING: readonly Pattern[] = [
  { kind: 'cn-paren', first: '(', re: new RegExp(`^\\(\\s*(${CN_NUM})\\s*\\)`), value: (m) => chineseToNumber(m[1]) },
  { kind: 'cn-paren', first: PAREN_IDEOGRAPH, re: new RegExp(`^([${PAREN_IDEOGRAPH}])`), value: (m) => PAREN_IDEOGRAPH.indexOf(m[1]) + 1 },
  { kind: 'arabic-paren', first: '(', re: /^\(\s*(\d{1,2})\s*\)/, value: (m) => Number(m[1]) },
  // Not the idiom "一是一，二是二" (the numeral again after 是, then a mark).
  { kind: 'cn-shi', first: CN, re: new RegExp(`^(${CN_NUM})是(?!\\1[，,、；;。\\s])`), value: (m) => chineseToNumber(m[1]) },
  { kind: 'cn-di', first: '第', re: new RegExp(`^第(${CN_NUM})[,、:：是]`), value: (m) => chineseToNumber(m[1]) },
  // "一、2024年度…" is a heading; "一.5" and "一、二、三" are not markers.
  { kind: 'cn-dun', first: CN, re: new RegExp(`^(${CN_NUM})\\s*(?:、(?![${CN}])|[.,:：](?![${CN}\\d]))`), value: (m) => chineseToNumber(m[1]) },
  // "2.6月底前完成…", "3.2026年3月底前…": a date after the dot, not a decimal (DATE_AFTER_DOT).
  { kind: 'arabic-dot', first: '0123456789', re: new RegExp(`^(\\d{1,2})\\s*(?:\\.(?!\\d)|\\.(?=${DATE_AFTER_DOT})|、)`), value: (m) => Number(m[1]) },
  { kind: 'circled', first: CIRCLED, re: new RegExp(`^([${CIRCLED}])`), value: (m) => CIRCLED.indexOf(m[1]) + 1 },
];

export interface MarkerMatch {
  marker: Marker;
  /** Length of the marker in the text, trailing spaces included. */
  length: number;
}

/**
 * Is the UTF-16 unit `c` white space as the regular expression class \s has it? (The same set
 * String.prototype.trim removes: ECMAScript WhiteSpace and LineTerminator.)
 */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * How many white-space characters (\s) `s` has from `from` on, before `to` (default: the end):
 * /^\s* /, without building a match.
 */
export function leadingSpace(s: string, from = 0, to = s.length): number {
  let i = from;
  const end = Math.min(to, s.length);
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  return i - from;
}

/** Long enough for any marker plus the character after it. */
const PREFIX = 16;

/*
 * The leading marker, read by code unit: LEADING's patterns as one scan that builds no match
 * array, no cut-out prefix and no width-normalised copy (issue 9: about 2,500 reads an analysis
 * of the 1,000-paragraph material made 530 KB). It finds what running LEADING's patterns in order
 * on normalizeWidth(text.slice(lead, lead + PREFIX)) found, a pattern whose number reads as no
 * value passing to the next; test/engine/leading-marker-scan.test.ts compares the two. Each
 * pattern is deterministic: its numeral or digit run must be the whole run (a shorter one is
 * followed by another numeral, where the pattern wants a mark), and its white space the whole run.
 */

/** The UTF-16 units of CN in order (index 9 is 十). */
const CN_UNITS = [...CN].map((c) => c.charCodeAt(0));
const SHI = 0x662f; // 是
const DI = 0x7b2c; // 第
const DUN = 0x3001; // 、
const CIRCLED_FIRST = CIRCLED.charCodeAt(0);
const PAREN_IDEOGRAPH_FIRST = PAREN_IDEOGRAPH.charCodeAt(0);

/** Where the scan reads: the text and the end of its capped prefix (units at or past it read as none). */
let scanText = '';
let scanLimit = 0;

/**
 * The width-normalised unit at `i`, or -1 past the prefix: full-width ASCII as normalizeWidth maps
 * it (U+3000, which it makes a space, is white space to every test here as it is).
 */
function unitAt(i: number): number {
  if (i >= scanLimit) return -1;
  const c = scanText.charCodeAt(i);
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

const isCn = (c: number) => CN_UNITS.indexOf(c) >= 0;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Index past the white space from `i` on. */
function spacesFrom(i: number): number {
  while (isSpace(unitAt(i))) i++;
  return i;
}

/** Index past the run of Chinese numerals (or, with `digits`, ASCII digits) from `i` on. */
function runFrom(i: number, digits: boolean): number {
  while (digits ? isDigit(unitAt(i)) : isCn(unitAt(i))) i++;
  return i;
}

/** Does a date start at `i` (DATE_AFTER_DOT: a month 1–12 and 月, or four digits and 年)? */
function dateAt(i: number): boolean {
  const end = runFrom(i, true);
  const n = end - i;
  const after = unitAt(end);
  if (n === 4) return after === 0x5e74; // 年
  if (after !== 0x6708 || n < 1 || n > 2) return false; // 月
  const month = digitValueAt(i, n);
  return month >= 1 && month <= 12;
}

/** The digit a numeral unit stands for (一 → 1 … 九 → 9), 0 for 十 (or any other unit). */
function cnDigit(c: number): number {
  const k = CN_UNITS.indexOf(c);
  return k >= 0 && k < 9 ? k + 1 : 0;
}

/** chineseToNumber of the numerals at [a, a + n) (n 1–3), or 0 where it has none. */
function cnValueAt(a: number, n: number): number {
  const d = cnDigit;
  const x = unitAt(a);
  if (n === 1) return x === CN_UNITS[9] ? 10 : d(x);
  const y = unitAt(a + 1);
  if (n === 2) {
    if (x === CN_UNITS[9]) return d(y) ? 10 + d(y) : 0;
    if (y === CN_UNITS[9]) return d(x) * 10;
    return 0;
  }
  const z = unitAt(a + 2);
  return y === CN_UNITS[9] && x !== CN_UNITS[9] && z !== CN_UNITS[9] ? d(x) * 10 + d(z) : 0;
}

/** Number() of the ASCII digits at [a, a + n) (n 1–2). */
function digitValueAt(a: number, n: number): number {
  return n === 1 ? unitAt(a) - 0x30 : (unitAt(a) - 0x30) * 10 + unitAt(a + 1) - 0x30;
}

/** What scanLeading found: the marker's kind and value, where it ends, and where the spaces after it end. */
let foundKind: MarkerKind = 'cn-dun';
let foundValue = 0;
let foundEnd = 0;

/** A marker found at `lead` ending at `end` (exclusive): kept, and true when its value is one. */
function found(kind: MarkerKind, value: number, end: number): boolean {
  if (!value) return false;
  foundKind = kind;
  foundValue = value;
  foundEnd = end;
  return true;
}

/** Where the number of the last parenAt lies: [runStart, runEnd). */
let runStart = 0;
let runEnd = 0;

/** LEADING's cn-paren and arabic-paren at `lead` (a "(" there): "(" spaces run spaces ")"; the end, or -1. */
function parenAt(lead: number, digits: boolean): number {
  runStart = spacesFrom(lead + 1);
  runEnd = runFrom(runStart, digits);
  if (runEnd === runStart || runEnd - runStart > (digits ? 2 : 3)) return -1;
  const c = spacesFrom(runEnd);
  return unitAt(c) === 0x29 ? c + 1 : -1;
}

/** LEADING's cn-shi at `lead` (a numeral there), not the idiom 一是一，: the end, or -1. */
function shiAt(lead: number): number {
  const b = runFrom(lead, false);
  if (b - lead > 3 || unitAt(b) !== SHI) return -1;
  // (?!\1[，,、；;。\s]): the numerals again, then one of those marks (，； width-normalised to ,;).
  const n = b - lead;
  let k = 0;
  while (k < n && unitAt(b + 1 + k) === unitAt(lead + k)) k++;
  if (k === n) {
    const c = unitAt(b + 1 + n);
    if (c === 0x2c || c === DUN || c === 0x3b || c === 0x3002 || isSpace(c)) return -1;
  }
  return b + 1;
}

/** LEADING's cn-dun at `lead` (a numeral there): numerals, spaces, then 、 not before a numeral or .,:： before neither numeral nor digit. */
function dunAt(lead: number): number {
  const b = runFrom(lead, false);
  if (b - lead > 3) return -1;
  const c = spacesFrom(b);
  const x = unitAt(c);
  const next = unitAt(c + 1);
  if (x === DUN) return isCn(next) ? -1 : c + 1;
  if (x === 0x2e || x === 0x2c || x === 0x3a) return isCn(next) || isDigit(next) ? -1 : c + 1;
  return -1;
}

/** The marker at `lead` of scanText, into found*: LEADING's patterns in order. */
function scanLeading(lead: number): boolean {
  const c = unitAt(lead);
  if (c === 0x28) {
    let end = parenAt(lead, false);
    if (end >= 0 && found('cn-paren', cnValueAt(runStart, runEnd - runStart), end)) return true;
    end = parenAt(lead, true);
    return end >= 0 && found('arabic-paren', digitValueAt(runStart, runEnd - runStart), end);
  }
  if (c >= PAREN_IDEOGRAPH_FIRST && c < PAREN_IDEOGRAPH_FIRST + PAREN_IDEOGRAPH.length) return found('cn-paren', c - PAREN_IDEOGRAPH_FIRST + 1, lead + 1);
  if (isCn(c)) {
    const n = runFrom(lead, false) - lead;
    let end = shiAt(lead);
    if (end >= 0 && found('cn-shi', cnValueAt(lead, n), end)) return true;
    end = dunAt(lead);
    return end >= 0 && found('cn-dun', cnValueAt(lead, n), end);
  }
  if (c === DI) {
    const b = runFrom(lead + 1, false);
    const x = unitAt(b);
    if (b === lead + 1 || b - lead - 1 > 3) return false;
    return (x === 0x2c || x === DUN || x === 0x3a || x === SHI) && found('cn-di', cnValueAt(lead + 1, b - lead - 1), b + 1);
  }
  if (isDigit(c)) {
    const b = runFrom(lead, true);
    if (b - lead > 2) return false;
    const d = spacesFrom(b);
    const x = unitAt(d);
    if (!((x === 0x2e && (!isDigit(unitAt(d + 1)) || dateAt(d + 1))) || x === DUN)) return false;
    return found('arabic-dot', digitValueAt(lead, b - lead), d + 1);
  }
  if (c >= CIRCLED_FIRST && c < CIRCLED_FIRST + CIRCLED.length) return found('circled', c - CIRCLED_FIRST + 1, lead + 1);
  return false;
}

/** Reads the marker at the start of `text` into found* (false when there is none); returns its white-space lead or -1. */
function readLeading(text: string): number {
  const lead = leadingSpace(text);
  scanText = text;
  scanLimit = Math.min(text.length, lead + PREFIX);
  const ok = scanLeading(lead);
  scanText = '';
  return ok ? lead : -1;
}

/** The marker at the start of `text` (leading white space allowed), if any. */
export function matchLeadingMarker(text: string): MarkerMatch | undefined {
  const lead = readLeading(text);
  if (lead < 0) return undefined;
  const end = foundEnd;
  return { marker: { kind: foundKind, value: foundValue, raw: text.slice(lead, end) }, length: end + leadingSpace(text, end, lead + PREFIX) };
}

/** `text` without its leading number (一、 （一） 1. 一是 第一， ① …), for reading what an item says. */
export function stripLeadingMarker(text: string): string {
  const lead = readLeading(text);
  return lead < 0 ? text : text.slice(foundEnd + leadingSpace(text, foundEnd, lead + PREFIX));
}

/**
 * A marker written wrongly where `expected` was due: "三基层治理…" for 三是, "2加强…" for 2.,
 * "（二加强…" / "二）加强…" for （二）. Only meaningful in context, so the caller says what is due.
 */
export function matchBrokenMarker(text: string, expected: { kind: MarkerKind; value: number }): MarkerMatch | undefined {
  const broken = brokenPattern(expected.kind, expected.value);
  if (!broken) return undefined;
  const lead = leadingSpace(text);
  // Most paragraphs start with no character the pattern can start with: nothing is cut or
  // width-normalised for them.
  let c = text.charCodeAt(lead);
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (!hasUnit(broken.first, c)) return undefined;
  const m = broken.re.exec(normalizeWidth(text.slice(lead, lead + PREFIX)));
  if (!m) return undefined;
  return { marker: { kind: expected.kind, value: expected.value, raw: text.slice(lead, lead + m[0].length), broken: true }, length: lead + m[0].length };
}

/** Does `s` hold the UTF-16 unit `c`? */
function hasUnit(s: string, c: number): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === c) return true;
  return false;
}

/** A broken-marker pattern and every character (width-normalised) a match can start with. */
export interface BrokenPattern {
  re: RegExp;
  first: string;
}

const brokenCache = new Map<string, BrokenPattern | undefined>();

/** The broken-marker pattern for `value` of `kind` (undefined for kinds that have none), made once. Exported for the tests. */
export function brokenPattern(kind: MarkerKind, value: number): BrokenPattern | undefined {
  const key = `${kind}:${value}`;
  if (brokenCache.has(key)) return brokenCache.get(key);
  const re = makeBrokenPattern(kind, value);
  const cn = numberToChinese(value);
  const n = String(value);
  const first = kind === 'cn-paren' ? '(' + cn[0] : kind === 'arabic-paren' ? '(' + n[0] : kind === 'arabic-dot' ? n[0] : cn[0];
  const b = re && { re, first };
  brokenCache.set(key, b);
  return b;
}

/**
 * A numeral opening a set phrase rather than an item: a numeral, one character and a numeral again
 * (三会一课, 三严三实, 三重一大, 两学一做), and 三农 / 四风 / 四下基层 (the domain's vocabulary,
 * /work/shared/domain.md and the notices). A negative lookahead after the numeral.
 */
const NUMERAL_PHRASE = `(?![\\u4e00-\\u9fff][${CN}两]|农|风|下基层)`;

/**
 * What follows the numeral of an item number typed without 是 when the writer put a space or a
 * mark there instead: "三 斗争…", "三，斗争…", "三：", "三.", "三、" (width-normalised text), then the
 * item's text (a CJK character or an opening quotation mark, no numeral: "三、四月份" is prose).
 */
const BARE_ITEM_SEPARATOR = `(?:\\s+|[.,:、]\\s*)(?=[\\u4e00-\\u9fff“"‘])(?![${CN}两])`;

/**
 * "三 斗争…" / "三，斗争…" / "三、斗争…" at the start of `text` read as item number `value` typed
 * without 是 (a broken 'cn-shi' marker, its raw the numeral and the separator with the spaces after
 * it, so a fix replaces exactly that span with "三是"). Only meaningful where an 一是/二是 sequence
 * is due to go on: the caller says which values are due. Undefined when `text` does not open so.
 */
export function matchBareItemNumeral(text: string, values: readonly number[]): MarkerMatch | undefined {
  const lead = leadingSpace(text);
  const t = normalizeWidth(text.slice(lead, lead + PREFIX));
  for (const value of values) {
    if (value < 2) continue;
    const cn = numberToChinese(value);
    if (!t.startsWith(cn)) continue;
    const m = bareItemPattern(cn).exec(t);
    if (m) return { marker: { kind: 'cn-shi', value, raw: text.slice(lead, lead + m[0].length), broken: true }, length: lead + m[0].length };
  }
  return undefined;
}

/**
 * The first item of a list typed as a bare numeral and a space ("三 对环评审批…抓得不紧", right under
 * an aspect heading): the numeral (一 to 十), one or more spaces (ASCII, U+3000 or a tab) and the
 * item's text (a CJK character or an opening quotation mark, no numeral after the space). Read as a
 * broken 'cn-shi' marker of the numeral's value, its raw the numeral and the spaces, so the
 * numbering rule reports the number (its fix writes the number due, 一是) and the number is not
 * part of the item's name. Only a space: "三、" is a heading's number and "三，"/"三：" open prose as
 * often as an item. Undefined when `text` does not open so.
 */
export function matchFirstBareItemNumeral(text: string): MarkerMatch | undefined {
  const lead = leadingSpace(text);
  const m = FIRST_BARE_ITEM.exec(text.slice(lead, lead + PREFIX));
  if (!m) return undefined;
  const value = chineseToNumber(m[1]);
  if (!value) return undefined;
  return { marker: { kind: 'cn-shi', value, raw: m[0], broken: true }, length: lead + m[0].length };
}

/** A numeral 一 to 十 and spaces before an item's text (matchFirstBareItemNumeral). */
const FIRST_BARE_ITEM = new RegExp(`^([${CN}])[ \u3000\t]+(?=[\u4e00-\u9fff“"‘])(?![${CN}两])`);

const bareCache = new Map<string, RegExp>();
function bareItemPattern(cn: string): RegExp {
  let re = bareCache.get(cn);
  if (!re) {
    re = new RegExp(`^${cn}${BARE_ITEM_SEPARATOR}`);
    bareCache.set(cn, re);
  }
  return re;
}

/** What may follow a Chinese numeral that is no broken marker ("三个", "三年", "三是"…). */
const AFTER_CN_NUMERAL = '[是个项年月日次名位条点件批类种级方届中百千万亿季周天轮期层人家所处份成倍台套本篇部场遍股]';

function makeBrokenPattern(kind: MarkerKind, value: number): RegExp | undefined {
  const cn = numberToChinese(value);
  const n = String(value);
  const cjk = '[\\u4e00-\\u9fff]';
  switch (kind) {
    case 'cn-shi':
      // "三基层…": the numeral straight into the item; not "三个", "三年", "三项"…, nor a set
      // phrase (三会一课, 三严三实); "三 斗争…", "三，斗争…", "三、斗争…": the numeral and a space or
      // a mark (BARE_ITEM_SEPARATOR).
      return new RegExp(`^${cn}(?:${BARE_ITEM_SEPARATOR}|(?=${cjk})(?!${AFTER_CN_NUMERAL})${NUMERAL_PHRASE})`);
    case 'cn-dun':
      return new RegExp(`^${cn}(?:\\s+|(?=${cjk})(?!${AFTER_CN_NUMERAL}))`);
    case 'cn-paren':
      return new RegExp(`^(?:\\(\\s*${cn}(?!\\s*\\))|${cn}\\s*\\))`);
    case 'arabic-dot':
      return new RegExp(`^${n}(?=${cjk})(?![个项年月日次名位条点件批类种级万亿])`);
    case 'arabic-paren':
      return new RegExp(`^(?:\\(\\s*${n}(?!\\d|\\s*\\))|${n}\\s*\\))`);
    default:
      return undefined;
  }
}

/**
 * Item markers that may start inside a paragraph, after a sentence or clause ends or a manual line
 * break: 一是 / 第一， also after a comma; 1., （1）, （一） and ① only after a sentence or clause end (run-in
 * lists such as "（一）理想信念有所弱化。（二）宗旨意识有所淡化。", common in text pasted from a PDF).
 * "二、" is not one: "二、三季度" is prose. Full- and half-width forms are matched directly (no
 * normalisation pass over long paragraphs).
 */
const INLINE = new RegExp(
  `([。；;！？!?：:,，\\n][ \\u3000]*)(?:(${CN_NUM})是(?!\\2[，,、；;。\\s])|第(${CN_NUM})[,，、])|([。；;！？!?：:\\n][ \\u3000]*)(?:([0-9０-９]{1,2})(?:[.．](?![0-9０-９])|[.．](?=${DATE_AFTER_DOT_ANY_WIDTH})|、)|[（(]([0-9０-９]{1,2})[）)]|[（(](${CN_NUM})[）)]|([${CIRCLED}]))`,
  'g',
);
/** Cheap test before the scan: no 是, 第, digit, opening parenthesis or circled number after the first character, no inline marker. */
const INLINE_HINT = new RegExp(`[\\s\\S][是第0-9０-９（(${CIRCLED}]`);

export interface InlineMarker {
  offset: number;
  marker: Marker;
  length: number;
}

function digits(s: string): number {
  return Number(normalizeWidth(s));
}

/** Candidate item markers inside `text` (offsets into `text`); the caller checks their sequence. */
export function findInlineMarkers(text: string): InlineMarker[] {
  const out: InlineMarker[] = [];
  if (!INLINE_HINT.test(text)) return out;
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(text); m; m = INLINE.exec(text)) {
    const offset = m.index + (m[1] ?? m[4]).length;
    let kind: MarkerKind;
    let value: number | undefined;
    if (m[2]) [kind, value] = ['cn-shi', chineseToNumber(m[2])];
    else if (m[3]) [kind, value] = ['cn-di', chineseToNumber(m[3])];
    else if (m[5]) [kind, value] = ['arabic-dot', digits(m[5])];
    else if (m[6]) [kind, value] = ['arabic-paren', digits(m[6])];
    else if (m[7]) [kind, value] = ['cn-paren', chineseToNumber(m[7])];
    else [kind, value] = ['circled', CIRCLED.indexOf(m[8]) + 1];
    if (!value) continue;
    const end = m.index + m[0].length;
    out.push({ offset, length: end - offset, marker: { kind, value, raw: text.slice(offset, end) } });
  }
  // Items typed without 是 ("。三 斗争…", "。三，斗争…") only among 一是 items of the same paragraph
  // (the tree accepts them only where that sequence goes on, outline.ts).
  if (out.some((x) => x.marker.kind === 'cn-shi')) {
    let bare = false;
    BARE_INLINE.lastIndex = 0;
    for (let m = BARE_INLINE.exec(text); m; m = BARE_INLINE.exec(text)) {
      const value = chineseToNumber(m[2]);
      if (!value || value < 2) continue;
      const offset = m.index + m[1].length;
      const end = m.index + m[0].length;
      out.push({ offset, length: end - offset, marker: { kind: 'cn-shi', value, raw: text.slice(offset, end), broken: true } });
      bare = true;
    }
    if (bare) out.sort((a, b) => a.offset - b.offset);
  }
  return out;
}

/**
 * An item number typed without 是 inside a paragraph, after a sentence or clause end or a comma (as
 * 一是…，二是… items run on): "。三 斗争…", "；三，斗争…", "。三、斗争…", "，三 强化…" (see
 * BARE_ITEM_SEPARATOR; full- and half-width marks). Never a numeral in a word ("三会一课", "三个方面":
 * a separator must follow it, and no further numeral: "三、四季度").
 */
const BARE_INLINE = new RegExp(`([。；;！？!?,，\\n][ \\u3000]*)(${CN_NUM})(?:[ \\u3000]+|[,，:：、.．][ \\u3000]*)(?=[\\u4e00-\\u9fff“"‘])(?![${CN}两])`, 'g');

/** How a marker of each kind is written correctly, for messages and skeletons. */
export function formatMarker(kind: MarkerKind, value: number): string {
  switch (kind) {
    case 'cn-dun':
      return `${numberToChinese(value)}、`;
    case 'cn-paren':
      return `（${numberToChinese(value)}）`;
    case 'arabic-dot':
      return `${value}.`;
    case 'arabic-paren':
      return `（${value}）`;
    case 'circled':
      return CIRCLED[value - 1] ?? `(${value})`;
    case 'cn-shi':
      return `${numberToChinese(value)}是`;
    case 'cn-di':
      return `第${numberToChinese(value)}，`;
    case 'style':
      return '';
  }
}
