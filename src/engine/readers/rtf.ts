/**
 * RTF to paragraphs, for RTF embedded in a .docx (w:altChunk of type application/rtf, which Word
 * renders in place). Reads text only, in one pass over the bytes with no regular expression on
 * the input (linear in its length; nesting deeper than MAX_DEPTH shares the deepest state).
 *
 * What is read (Microsoft's RTF Specification 1.9.1):
 * - text bytes and `\'hh` escapes are bytes in the code page in force: the current font's
 *   `\fcharsetN` (134 → GBK, 136 → Big5, 128 → Shift_JIS, 129 → Korean, 0 → Windows-1252 …),
 *   else the document's `\ansicpgN` (936 → GBK), else Windows-1252; consecutive bytes are decoded
 *   together, so a GBK character written as two `\'hh` reads as one character;
 * - `\uN` is the UTF-16 unit N (negative N + 65536), after which the `\ucN` (default 1) fallback
 *   characters that follow are skipped (a `\'hh`, a text byte or a control word each count one);
 * - `\par`, `\sect` and a backslash before a line break end a paragraph; `\cell`/`\nestcell` end a
 *   table cell's paragraph (`inTable` and `cell` as the HTML reader gives them), `\row` a row;
 *   `\line` is a manual line break ("\n"), `\tab` one space; `\emdash`, `\endash`, `\bullet`, the
 *   quotes and `\~` (a no-break space, read as a space), `\_` (a no-break hyphen, '-') are their characters;
 * - `\outlinelevelN` gives the paragraph outline level N + 1 (a heading), reset by `\pard`;
 * - not text: the font table (read only for the fonts' charsets), colour table, style sheet,
 *   info, pictures, objects, headers, footers, footnotes, annotations, field codes (`\fldinst`;
 *   a field's result `\fldrslt` is text), bookmarks, list tables, shapes and text boxes, and any
 *   `{\*\…}` destination; hidden text (`\v`) and tracked deletions (`\deleted`); `\binN` data.
 * - text in a symbol font (Wingdings, Wingdings 2, Symbol, named in the font table) reads as the
 *   characters Word shows (symbol-fonts.ts: a list bullet \'b7 in Symbol is •); codes with no
 *   such character, and bytes a code page cannot decode, are left out;
 * - empty paragraphs are dropped; zero-width characters removed (invisible.ts); `index` counts from 0.
 */
import type { Paragraph } from '../types';
import { removeInvisible } from './invisible';
import { symbolTable } from './symbol-fonts';
import { trimEndChars } from '../text';
import { CellParagraph } from './cell-paragraph';

/** Groups nested deeper than this share the deepest group's state (bounds memory on "{{{{…"). */
const MAX_DEPTH = 512;

/** Destinations whose whole group is not body text. */
const SKIP_DESTINATIONS = new Set([
  'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'fldinst', 'xe', 'tc',
  'txe', 'rxe', 'bkmkstart', 'bkmkend', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator',
  'xmlnstbl', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'pgdsctbl', 'filetbl', 'mmathPr',
  'shp', 'shpinst', 'shptxt', 'nonshppict', 'shppict', 'private', 'userprops', 'docvar', 'template', 'comment',
  'listpicture', 'pn', 'pntext', 'pntxta', 'pntxtb',
]);

/** Control words that are one character. */
const SYMBOLS: Record<string, string> = {
  emdash: '—', endash: '–', bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', emspace: ' ',
  enspace: ' ', qmspace: ' ', tab: ' ',
};

/** \fcharsetN → Windows code page. */
const CHARSET_PAGES: Record<number, number> = {
  0: 1252, 77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
  177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250,
};

/** Code page → WHATWG encoding label (TextDecoder). */
function pageLabel(page: number): string {
  switch (page) {
    case 936:
      return 'gbk';
    case 54936:
      return 'gb18030';
    case 950:
      return 'big5';
    case 932:
      return 'shift_jis';
    case 949:
      return 'euc-kr';
    case 65001:
      return 'utf-8';
    case 10000:
      return 'macintosh';
    case 874:
      return 'windows-874';
    default:
      return page >= 1250 && page <= 1258 ? `windows-${page}` : 'windows-1252';
  }
}

interface GroupState {
  /** Not text: the group is a destination we do not read. */
  skip: boolean;
  /** Inside the font table: \f and \fcharset are recorded. */
  fonts: boolean;
  uc: number;
  font: number;
  hidden: boolean;
  deleted: boolean;
  /** The group's first control word has not been read yet (destinations come first). */
  first: boolean;
  /** `\*` was the first thing in the group. */
  star: boolean;
  /** Paragraph properties (group-scoped in RTF, like character ones): \outlinelevelN + 1, \intbl. */
  outline?: number;
  inTable: boolean;
}

/** True when `bytes` start (after white space or a BOM) with "{\rtf". */
export function looksLikeRtf(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0d || bytes[i] === 0x0a || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b && bytes[i + 1] === 0x5c && bytes[i + 2] === 0x72 && bytes[i + 3] === 0x74 && bytes[i + 4] === 0x66;
}

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** The paragraphs of an RTF document. Never throws on damaged input: what could be read is returned. */
export function readRtf(b: Uint8Array): Paragraph[] {
  const out: Paragraph[] = [];
  const decoders = new Map<number, TextDecoder>();
  const fontPages = new Map<number, number>();
  /** Symbol fonts by number: their code → character tables. */
  const fontSymbols = new Map<number, ReadonlyMap<number, string>>();
  let fontName = '';
  let ansiPage = 1252;
  let defaultFont = -1;
  let fontDefining = -1;

  const stack: GroupState[] = [];
  let depthOverflow = 0;
  let st: GroupState = { skip: false, fonts: false, uc: 1, font: -1, hidden: false, deleted: false, first: false, star: false, inTable: false };

  // the paragraph being built
  let text = '';
  let bytes: number[] = [];
  let bytesPage = 0;
  let table = -1;
  let row = 0;
  let column = 0;
  let lastWasTable = false;
  /** Fallback characters still to skip after a \uN. */
  let skipChars = 0;

  const pageNow = (): number => {
    const f = st.font >= 0 ? st.font : defaultFont;
    return fontPages.get(f) ?? ansiPage;
  };
  const decoder = (page: number): TextDecoder => {
    let d = decoders.get(page);
    if (!d) {
      try {
        d = new TextDecoder(pageLabel(page));
      } catch {
        d = new TextDecoder('windows-1252');
      }
      decoders.set(page, d);
    }
    return d;
  };
  const flushBytes = () => {
    if (bytes.length === 0) return;
    text += decoder(bytesPage).decode(Uint8Array.from(bytes));
    bytes = [];
  };
  const shows = () => !st.skip && !st.hidden && !st.deleted;
  const symbolsNow = () => fontSymbols.get(st.font >= 0 ? st.font : defaultFont);
  /** A font table entry's name ends at ";" (or its group's end). */
  const endFontName = () => {
    const table = fontDefining >= 0 ? symbolTable(fontName.trim()) : undefined;
    if (table) fontSymbols.set(fontDefining, table);
    fontName = '';
  };
  const addByte = (c: number) => {
    if (st.fonts) {
      if (st.star) return;
      if (c === 0x3b) endFontName();
      else if (c >= 0x20 && c < 0x7f) fontName += String.fromCharCode(c);
      return;
    }
    if (!shows()) return;
    if (c < 0x20) {
      // a control byte written as \'hh: a tab is a space, the others are not text
      if (c === 0x09) addText(' ');
      return;
    }
    const symbols = symbolsNow();
    if (symbols) {
      flushBytes();
      const ch = c >= 0x20 ? symbols.get(c) : undefined;
      if (ch !== undefined) text += ch;
      return;
    }
    const page = pageNow();
    if (bytes.length > 0 && page !== bytesPage) flushBytes();
    bytesPage = page;
    bytes.push(c);
    if (bytes.length >= 4096 && !(c >= 0x80)) flushBytes();
  };
  const addText = (s: string) => {
    if (!shows()) return;
    flushBytes();
    text += s;
  };
  const endParagraph = (cellEnd: boolean) => {
    flushBytes();
    const t = trimEndChars(removeInvisible(text).replace(/\u00a0/g, ' ').replace(/\ufffd/g, '').replace(/^[ \n]+/, ''), ' \n');
    text = '';
    const inTable = st.inTable;
    const outline = st.outline;
    if (inTable && !lastWasTable) {
      table++;
      row = 0;
      column = 0;
    }
    lastWasTable = inTable;
    if (t.trim() !== '') {
      let p: Paragraph;
      if (outline !== undefined) {
        p = { index: out.length, text: t };
        p.outlineLevel = outline;
        p.headingLevel = outline;
        if (inTable) {
          p.inTable = true;
          p.cell = { table, row, column };
        }
      } else if (inTable) {
        // A cell's paragraph in one object of 64 bytes (CellParagraph: inTable and cell on its
        // prototype), where a plain paragraph and its cell object were 104 (issue 13: a flood of
        // table cells is a paragraph a cell).
        p = new CellParagraph(out.length, t, table, row, column);
      } else {
        p = { index: out.length, text: t };
      }
      out.push(p);
    }
    if (cellEnd) column++;
  };

  const controlWord = (name: string, param: number | undefined) => {
    const wasFirst = st.first;
    st.first = false;
    if (skipChars > 0) {
      skipChars--;
      return;
    }
    if (st.fonts) {
      if (name === 'f' && param !== undefined) {
        fontName = '';
        fontDefining = param;
      }
      else if (name === 'fcharset' && param !== undefined && fontDefining >= 0 && !fontPages.has(fontDefining)) {
        const page = CHARSET_PAGES[param];
        if (page !== undefined && param !== 0) fontPages.set(fontDefining, page);
      } else if (name === 'cpg' && param !== undefined && fontDefining >= 0 && param > 0) fontPages.set(fontDefining, param);
      return;
    }
    if (name === 'fonttbl') {
      flushBytes();
      st.fonts = true;
      st.skip = true;
      return;
    }
    if (wasFirst && st.star) {
      // {\*\dest …}: an ignorable destination, not body text (fldinst, bookmarks, shapes …)
      st.skip = true;
      return;
    }
    if (SKIP_DESTINATIONS.has(name)) {
      flushBytes();
      st.skip = true;
      return;
    }
    if (st.skip) return;
    switch (name) {
      case 'par':
      case 'sect':
        endParagraph(false);
        return;
      case 'cell':
      case 'nestcell':
        endParagraph(true);
        return;
      case 'row':
      case 'nestrow':
        flushBytes();
        if (text.trim() !== '') endParagraph(false);
        row++;
        column = 0;
        return;
      case 'line':
        addText('\n');
        return;
      case 'pard':
        st.outline = undefined;
        st.inTable = false;
        return;
      case 'intbl':
        st.inTable = true;
        return;
      case 'outlinelevel':
        st.outline = param !== undefined && param >= 0 && param <= 8 ? param + 1 : undefined;
        return;
      case 'plain':
        st.hidden = false;
        st.deleted = false;
        return;
      case 'v':
        flushBytes();
        st.hidden = param !== 0;
        return;
      case 'deleted':
        flushBytes();
        st.deleted = param !== 0;
        return;
      case 'f':
        if (param !== undefined) {
          st.font = param;
        }
        return;
      case 'deff':
        if (param !== undefined) defaultFont = param;
        return;
      case 'ansicpg':
        if (param !== undefined && param > 0) ansiPage = param;
        return;
      case 'uc':
        if (param !== undefined && param >= 0 && param <= 16) st.uc = param;
        return;
      case 'u':
        if (param !== undefined) {
          const unit = param < 0 ? param + 65536 : param & 0xffff;
          const symbols = symbolsNow();
          if (symbols && unit >= 0xf000 && unit <= 0xf0ff) {
            const ch = symbols.get(unit - 0xf000);
            if (ch !== undefined) addText(ch);
          } else if (unit >= 0x20 && unit !== 0x7f) addText(String.fromCharCode(unit));
          skipChars = st.uc;
        }
        return;
      default: {
        const sym = SYMBOLS[name];
        if (sym !== undefined) addText(sym);
      }
    }
  };

  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c === 0x7b) {
      // {
      flushBytes();
      skipChars = 0;
      if (stack.length < MAX_DEPTH) {
        stack.push(st);
        st = { ...st, first: true, star: false };
      } else depthOverflow++;
      i++;
      continue;
    }
    if (c === 0x7d) {
      // }
      flushBytes();
      skipChars = 0;
      if (depthOverflow > 0) depthOverflow--;
      else if (stack.length > 0) {
        const closed = st;
        st = stack.pop()!;
        if (closed.fonts && !closed.star && fontName !== '') endFontName();
        if (closed.fonts && !st.fonts) fontDefining = -1;
      }
      i++;
      continue;
    }
    if (c === 0x5c) {
      // \
      const d = i + 1 < n ? b[i + 1] : -1;
      if (isLetter(d)) {
        let e = i + 1;
        while (e < n && e - i <= 32 && isLetter(b[e])) e++;
        let name = '';
        for (let k = i + 1; k < e; k++) name += String.fromCharCode(b[k]);
        let param: number | undefined;
        let neg = false;
        if (e < n && b[e] === 0x2d && e + 1 < n && isDigit(b[e + 1])) {
          neg = true;
          e++;
        }
        if (e < n && isDigit(b[e])) {
          let v = 0;
          let k = 0;
          while (e < n && isDigit(b[e])) {
            if (k < 10) v = v * 10 + (b[e] - 0x30);
            k++;
            e++;
          }
          param = neg ? -v : v;
        }
        if (e < n && b[e] === 0x20) e++; // the delimiting space belongs to the control word
        i = e;
        if (name === 'bin') {
          // \binN: N bytes of binary data follow
          const len = param !== undefined && param > 0 ? param : 0;
          i = Math.min(n, i + len);
          continue;
        }
        controlWord(name, param);
        continue;
      }
      if (d === 0x27) {
        // \'hh
        const h1 = i + 2 < n ? hexValue(b[i + 2]) : -1;
        const h2 = i + 3 < n ? hexValue(b[i + 3]) : -1;
        i += h1 >= 0 && h2 >= 0 ? 4 : 2;
        st.first = false;
        if (skipChars > 0) {
          skipChars--;
          continue;
        }
        if (h1 >= 0 && h2 >= 0 && !st.fonts) addByte((h1 << 4) | h2);
        continue;
      }
      i += 2;
      if (d === 0x2a) {
        // \*
        if (st.first) st.star = true;
        continue;
      }
      st.first = false;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (d === 0x0a || d === 0x0d) endParagraph(false);
      else if (d === 0x5c || d === 0x7b || d === 0x7d) addByte(d);
      else if (d === 0x7e) addText(' ');
      else if (d === 0x5f) addText('-');
      // \- (optional hyphen), \: (index subentry) and unknown symbols: nothing
      continue;
    }
    i++;
    if (c === 0x0d || c === 0x0a) continue; // line breaks in RTF source are not text
    st.first = false;
    if (skipChars > 0) {
      skipChars--;
      continue;
    }
    if (c === 0x09) addText(' ');
    else if (c >= 0x20) addByte(c);
  }
  endParagraph(false);
  return out;
}
