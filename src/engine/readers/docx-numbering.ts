/**
 * Automatic numbering of a .docx (word/numbering.xml): the definitions, the number formats
 * (ST_NumberFormat) and the counters that turn a paragraph's (numId, ilvl) into the list string
 * Word shows in front of it ("一、", "（一）", "1.", "①").
 *
 * Decisions:
 * - Bullets (numFmt "bullet") and levels whose rendered text is empty give no list string: a bullet
 *   glyph is no number, and is often a private-use Symbol/Wingdings character.
 * - Counters belong to the abstract numbering, so two w:num sharing one w:abstractNum continue
 *   each other (as Word does). A w:lvlOverride/w:startOverride restarts that level the first time
 *   its w:num is used at that level.
 * - The suffix (w:suff: tab/space) is not part of the list string.
 */
import { WordElements, XmlHandler, XmlScanner, XmlTag, intAttr, onOff } from './docx-xml';

export interface LevelDef {
  start: number;
  fmt: string;
  text: string;
  /** w:lvlRestart (1-based level; 0 = never restart); undefined = restart after any higher level. */
  restart?: number;
  isLgl: boolean;
  /** w:pStyle: the paragraph style this level is linked to. */
  pStyle?: string;
}

interface AbstractNum {
  id: string;
  levels: Array<LevelDef | undefined>;
  /** w:numStyleLink: the numbering style whose definition this abstract numbering uses. */
  numStyleLink?: string;
}

interface NumOverride {
  start?: number;
  lvl?: LevelDef;
}

interface NumDef {
  id: string;
  abstractId: string;
  overrides: Map<number, NumOverride>;
}

// ---------------------------------------------------------------------------------------------
// Number formats

const CN_LOWER = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LOWER_UNITS = ['', '十', '百', '千'];
const CN_LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const CN_LEGAL_UNITS = ['', '拾', '佰', '仟'];
const IDEOGRAPH_TRADITIONAL = '甲乙丙丁戊己庚辛壬癸';
const IDEOGRAPH_ZODIAC = '子丑寅卯辰巳午未申酉戌亥';

interface CnStyle {
  digits: string[];
  units: string[];
  zero: string;
  wan: string;
  /** Write 十一 rather than 一十一 for 10..19 at the front. */
  shortTen: boolean;
  /** Japanese style: 百, 千 rather than 一百, 一千. */
  omitOne: boolean;
}

const CN_COUNTING: CnStyle = { digits: CN_LOWER, units: CN_LOWER_UNITS, zero: '〇', wan: '万', shortTen: true, omitOne: false };
const CN_THOUSAND: CnStyle = { ...CN_COUNTING, zero: '零' };
const CN_LEGAL_SIMPLIFIED: CnStyle = { digits: CN_LEGAL, units: CN_LEGAL_UNITS, zero: '零', wan: '万', shortTen: false, omitOne: false };
const JA_COUNTING: CnStyle = { digits: CN_LOWER, units: CN_LOWER_UNITS, zero: '〇', wan: '万', shortTen: true, omitOne: true };

/** 1..9999 in a Chinese/Japanese counting style; `leading` = nothing is written before it (十一 vs 一十一). */
function cnBelow10000(n: number, st: CnStyle, leading: boolean): string {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) {
      out += st.zero;
      zero = false;
    }
    const dropOne = p > 0 && d === 1 && ((p === 1 && out === '' && leading && st.shortTen) || st.omitOne);
    out += dropOne ? st.units[p] : st.digits[d] + st.units[p];
  }
  return out;
}

function cnNumber(n: number, st: CnStyle): string {
  if (n === 0) return st.zero;
  if (n < 10000) return cnBelow10000(n, st, true);
  if (n >= 100000000) return String(n);
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = cnBelow10000(high, st, true) + st.wan;
  if (low > 0) out += (low < 1000 ? st.zero : '') + cnBelow10000(low, st, false);
  return out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Word's letter numbering: A..Z, then AA..ZZ, AAA … */
function letters(n: number, base: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(base + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return n + 'th';
  switch (n % 10) {
    case 1:
      return n + 'st';
    case 2:
      return n + 'nd';
    case 3:
      return n + 'rd';
  }
  return n + 'th';
}

/**
 * Render one counter value in an ST_NumberFormat. Unknown formats fall back to decimal;
 * "none" and "bullet" give ''.
 */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? '0' + n : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + d.charCodeAt(0) - 48));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosedCircle(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : n + '.';
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : '(' + n + ')';
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCodePoint(0x3220 + n - 1) : String(n);
    case 'chineseCounting':
      return cnNumber(n, CN_COUNTING);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return fmt === 'ideographDigital'
        ? String(n).replace(/[0-9]/g, (d) => CN_LOWER[d.charCodeAt(0) - 48])
        : cnNumber(n, CN_THOUSAND);
    case 'chineseLegalSimplified':
      return cnNumber(n, CN_LEGAL_SIMPLIFIED);
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return cnNumber(n, JA_COUNTING);
    case 'ideographTraditional':
      return n >= 1 ? IDEOGRAPH_TRADITIONAL[(n - 1) % 10] : String(n);
    case 'ideographZodiac':
      return n >= 1 ? IDEOGRAPH_ZODIAC[(n - 1) % 12] : String(n);
    case 'upperLetter':
      return letters(n, 65);
    case 'lowerLetter':
      return letters(n, 97);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'ordinal':
      return ordinalSuffix(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

// ---------------------------------------------------------------------------------------------
// Definitions (numbering.xml)

export class NumberingDefs {
  readonly abstracts = new Map<string, AbstractNum>();
  readonly nums = new Map<string, NumDef>();
  /** Numbering styles (w:style w:type="numbering") → the numId in their w:numPr. */
  numberingStyleNum = new Map<string, string>();

  /** The abstract numbering a num uses, following w:numStyleLink through numbering styles. */
  abstractOf(numId: string): AbstractNum | undefined {
    let num = this.nums.get(numId);
    for (let guard = 0; num && guard < 8; guard++) {
      const abs = this.abstracts.get(num.abstractId);
      if (!abs) return undefined;
      if (abs.numStyleLink === undefined) return abs;
      const linked = this.numberingStyleNum.get(abs.numStyleLink);
      num = linked === undefined ? undefined : this.nums.get(linked);
    }
    return undefined;
  }

  /** The level of `numId` linked to paragraph style `styleId` (w:lvl/w:pStyle), if any. */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const abs = this.abstractOf(numId);
    if (!abs) return undefined;
    const i = abs.levels.findIndex((l) => l?.pStyle === styleId);
    return i < 0 ? undefined : i;
  }
}

/** Read word/numbering.xml. */
export function parseNumbering(xml: string, scan: XmlScanner): NumberingDefs {
  const defs = new NumberingDefs();
  const word = new WordElements();
  let abs: AbstractNum | undefined;
  let num: NumDef | undefined;
  let lvl: LevelDef | undefined;
  let lvlIndex = -1;
  let override: NumOverride | undefined;
  let overrideIndex = -1;

  const handler: XmlHandler = {
    wantText: false,
    text() {},
    open(tag: XmlTag) {
      const local = word.open(tag);
      if (local === undefined) return;
      const W = word.W;
      switch (local) {
        case 'abstractNum':
          abs = { id: tag.attr(W + 'abstractNumId') ?? '', levels: [] };
          defs.abstracts.set(abs.id, abs);
          break;
        case 'num':
          num = { id: tag.attr(W + 'numId') ?? '', abstractId: '', overrides: new Map() };
          defs.nums.set(num.id, num);
          break;
        case 'abstractNumId':
          if (num) num.abstractId = tag.attr(W + 'val') ?? '';
          break;
        case 'lvlOverride':
          if (num) {
            overrideIndex = intAttr(tag.attr(W + 'ilvl')) ?? 0;
            override = {};
            num.overrides.set(overrideIndex, override);
          }
          break;
        case 'startOverride':
          if (override) override.start = intAttr(tag.attr(W + 'val'));
          break;
        case 'lvl':
          lvlIndex = intAttr(tag.attr(W + 'ilvl')) ?? 0;
          lvl = { start: 1, fmt: 'decimal', text: '', isLgl: false };
          if (override) override.lvl = lvl;
          else if (abs && lvlIndex >= 0 && lvlIndex < 9) abs.levels[lvlIndex] = lvl;
          break;
        case 'start':
          if (lvl) lvl.start = intAttr(tag.attr(W + 'val')) ?? 1;
          break;
        case 'numFmt': {
          const v = tag.attr(W + 'val');
          // "custom" (Word 2010, inside mc:Choice) is not supported: keep the mc:Fallback format.
          if (lvl && v !== undefined && v !== 'custom') lvl.fmt = v;
          break;
        }
        case 'lvlText':
          if (lvl) lvl.text = tag.attr(W + 'val') ?? '';
          break;
        case 'lvlRestart':
          if (lvl) lvl.restart = intAttr(tag.attr(W + 'val'));
          break;
        case 'isLgl':
          if (lvl) lvl.isLgl = onOff(tag.attr(W + 'val'));
          break;
        case 'pStyle':
          if (lvl) lvl.pStyle = tag.attr(W + 'val');
          break;
        case 'numStyleLink':
          if (abs) abs.numStyleLink = tag.attr(W + 'val');
          break;
        case 'rPr':
        case 'pPr':
          // Level formatting is irrelevant here; skip it (it can hold its own w:pStyle-like items).
          if (lvl) word.skipRest();
          break;
      }
    },
    close(name: string) {
      switch (word.close(name)) {
        case 'abstractNum':
          abs = undefined;
          break;
        case 'num':
          num = undefined;
          break;
        case 'lvlOverride':
          override = undefined;
          break;
        case 'lvl':
          lvl = undefined;
          break;
      }
    },
  };
  scan(xml, handler);
  return defs;
}

// ---------------------------------------------------------------------------------------------
// Counters

interface CounterState {
  values: Array<number | undefined>;
}

/** Renders list strings for paragraphs in document order. One instance per document read. */
export class NumberingCounter {
  private readonly states = new Map<AbstractNum, CounterState>();
  private readonly appliedOverrides = new Set<string>();

  constructor(private readonly defs: NumberingDefs) {}

  private level(num: NumDef, abs: AbstractNum, ilvl: number): LevelDef | undefined {
    return num.overrides.get(ilvl)?.lvl ?? abs.levels[ilvl];
  }

  /** Advance the counters for a paragraph numbered (numId, ilvl) and return its list string. */
  next(numId: string, ilvl: number): string | undefined {
    if (numId === '0') return undefined;
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    const abs = this.defs.abstractOf(numId);
    if (!abs) return undefined;
    if (!(ilvl >= 0 && ilvl < 9)) ilvl = 0;
    const lvl = this.level(num, abs, ilvl);
    if (!lvl) return undefined;

    let state = this.states.get(abs);
    if (!state) {
      state = { values: new Array<number | undefined>(9).fill(undefined) };
      this.states.set(abs, state);
    }
    const values = state.values;
    const ov = num.overrides.get(ilvl);
    const key = numId + ':' + ilvl;
    if (ov?.start !== undefined && !this.appliedOverrides.has(key)) {
      this.appliedOverrides.add(key);
      values[ilvl] = ov.start;
    } else if (values[ilvl] === undefined) {
      values[ilvl] = lvl.start;
    } else {
      values[ilvl] = (values[ilvl] as number) + 1;
    }
    for (let k = ilvl + 1; k < 9; k++) {
      const restart = this.level(num, abs, k)?.restart;
      // lvlRestart n (1-based): restart when a level at or above n is used; 0 = never.
      // Omitted (or naming a level below this one): restart after any higher level.
      const restarts = restart === undefined || restart > k ? true : restart !== 0 && ilvl < restart;
      if (restarts) values[k] = undefined;
    }

    if (lvl.fmt === 'bullet') return undefined;
    const out = lvl.text.replace(/%([1-9])/g, (_m, d: string) => {
      const k = d.charCodeAt(0) - 49;
      if (k > ilvl) return '';
      const def = this.level(num, abs, k);
      const value = values[k] ?? def?.start ?? 1;
      const fmt = lvl.isLgl && k < ilvl ? 'decimal' : def?.fmt ?? 'decimal';
      return formatNumber(value, fmt);
    });
    return out === '' ? undefined : out;
  }
}
