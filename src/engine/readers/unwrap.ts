/**
 * Hard line wraps in text copied out of a PDF (or a fixed-width e-mail): a paragraph arrives cut
 * into lines of one fixed width, breaking sentences. The wraps are undone before lines become
 * paragraphs, decided by line-length statistics and sentence ends:
 *
 * - The wrap width W is found from the lines themselves: at least 40% of the lines of 34 or
 *   more columns (a CJK character is two columns) end within 4 columns below the same width, and
 *   almost none is wider. Text typed one paragraph a line has no such width and is left alone.
 * - A PDF's lines are one width on the page, not in columns: a quotation mark or an ellipsis is
 *   full-width on the page but one column here, punctuation is squeezed, a character that may not
 *   start a line moves down (a paste of a few paragraphs can hold lines of 57 to 64 columns). When
 *   no 4-column band holds, the lines cut mid-sentence (not ending as SENTENCE_END does) decide
 *   alone (wrapSpreadOf): at least 4 of them, three in five within W/8 columns (rounded up, at
 *   least 4) below the widest of them, W at most 100 columns (a page line), and almost no line of
 *   the text is wider than W + 1 (text typed one paragraph a line has its paragraphs wider than
 *   its cut lines, the headings). Such a band also widens a 4-column one whose band holds its
 *   top (the 4-column band then held only the widest of those lines). In a spread band a line
 *   that reads as a heading (a marker, then no sentence punctuation) never runs on, nor one below
 *   the 4-column band that ends a sentence.
 * - A line at the wrap width that does not end a sentence (。！？；… or a colon) runs on into the
 *   next line; so does one that ends a sentence when the next line starts with an example cue
 *   (比如, 例如 …: the example belongs to the item before it).
 * - Never joined: a next line that starts with a marker (一、 （一） 1. 一是 第一 ① # - > |),
 *   an indented next line (a new paragraph), a blank line, a pipe-table row, a row of a table whose
 *   columns are spaced apart (three or more cells; nor does such a row run on).
 * - The title at the top split over two lines ("…民主生活会" / "对照检查材料") is one line, at any
 *   width: two short lines without punctuation, the second ending as such titles do and not naming
 *   the meeting itself (then it is the whole title, and the line above it the writer's name).
 *   A title line that ends as a title does (…材料, …发言提纲, …对照检查), and the writer's name
 *   line above a whole title, never run on, even as wide as the wrap width (ownTitleLine).
 * - A page break inside a paragraph (text read by `unwrapLines`/`unwrapText`): a line at the wrap
 *   width that does not end a sentence, then a page number alone on its line ("— 1 —", "- 2 -",
 *   "第3页", "第3页 共8页", "3/8") or blank lines or both (at most 3 blank lines on either side of
 *   the number), then a line that may run on: the paragraph runs on across it, and the page number
 *   and those blank lines, which are the PDF's page furniture, not the writer's text, are left
 *   out. A paragraph's own last line seldom fills the width without ending its sentence. A page
 *   number between paragraphs stays a line of its own, which the readers read as an empty one
 *   (isPageNumber: no problem, heading or measure is made of it).
 *
 * - A list marker alone on its line ("一、", "（一）", "1.", "一是", "第一，", "①") with the text it
 *   numbers on the next line ("一、" / "存在的主要问题"): a PDF whose numbers sit in a column of their
 *   own pastes so, at any width. The two are one line, the text's indentation left out. Not when the
 *   next line is blank, page furniture, a table row or itself starts with a marker (an unfinished
 *   list "1." / "2." stays as typed).
 *
 * Joining keeps every character; a space is put between two Latin letters/digits only.
 */

import { trimEndChars } from '../text';
import { DATE_AFTER_DOT } from '../markers';
import { spacedPieces } from './spaced-table';

/** Display columns: CJK and full-width characters are two, others one. */
export function columns(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    w += c >= 0x1100 && !(c >= 0xd800 && c <= 0xdbff) ? 2 : 1;
  }
  return w;
}

// "2.6月底前…" opens an entry as "2." does (DATE_AFTER_DOT: a date after the dot, no decimal).
const MARKER_START = new RegExp(
  `^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\\d]+[）)]|\\d+(?:[、．.）)](?!\\d)|[、．.](?=${DATE_AFTER_DOT}))|[一二三四五六七八九十]+是|其[一二三四五六七八九十]+[，,、是]|第[一二三四五六七八九十\\d]+[，,、是部章节条]|[①-⑳㈠-㈩]|#|[-*+][ \\t\u3000]|>|\\|)`,
);
/**
 * A line that is a list marker and nothing else (white space around it allowed). Sticky, so that
 * `unwrapText` tries it at each line's start in the whole text without cutting the line out.
 */
const BARE_MARKER_LINE = new RegExp(
  `[ \t\u3000]*(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百\\d０-９]+[）)]|[\\d０-９]{1,2}[、．.）)]|[一二三四五六七八九十]+是|其[一二三四五六七八九十]+[，,、是]|第[一二三四五六七八九十\\d]+[，,、是]|[①-⑳㈠-㈩])[ \t\u3000]*(?=\r|\n|$)`,
  'y',
);
const SENTENCE_END = /(?:[。！？!?；;…:：]|[。！？!?][”"’）)])$/;
const EXAMPLE_CUE = /^(?:比如|例如|譬如|诸如|如：|具体表现|主要表现|特别是|尤其是)/;
const INDENT = /^(?:[\u3000]|[ \t]{2,})/;
const PUNCT = /[，,。；;：:！？!?、（）()“”"《》]/;
/** A page number alone on its line, as a PDF's footer prints it: "— 1 —", "- 2 -", "第3页", "第3页 共8页", "3/8". */
const PAGE_NUMBER = /^[ \t\u3000]*(?:[-－—–~～]+[ \t\u3000]*\d{1,4}[ \t\u3000]*[-－—–~～]+|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页(?:[ \t\u3000]*[，,/]?[ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页)?|\d{1,4}[ \t\u3000]*\/[ \t\u3000]*\d{1,4})[ \t\u3000]*$/;
/** Most blank lines on either side of a page number inside a paragraph. */
const PAGE_BREAK_BLANKS = 3;
const TITLE_END = /(?:对照检查材料|检视剖析材料|对照检查|发言提纲|发言材料|检查材料|剖析材料|情况报告|个人发言)$/;

/**
 * Lines narrower than this (in columns: 17 CJK characters) never count towards a wrap width. A
 * PDF page wraps 3号 body text at 28 characters, a two-column layout at about 18; short typed
 * lines (headings, one-line items of a brief material) sit below it, so they are never taken for a
 * wrapped paragraph and joined to the line after them.
 */
const MIN_WRAP_COLUMNS = 34;

function isBlank(s: string): boolean {
  return s.trim() === '';
}

/** The wrap width of these lines in columns, or undefined when they were not wrapped. */
export function wrapWidth(lines: string[]): number | undefined {
  return wrapBand(lines)?.width;
}

/**
 * How lines were wrapped: `width` W in columns; a line from `low` to W + 1 columns may run on;
 * `spread` when the band is wider than 4 columns (wrapSpreadOf: then only a line cut
 * mid-sentence, not a heading, runs on). Undefined when the lines were not wrapped.
 */
interface WrapBand {
  width: number;
  low: number;
  spread: boolean;
}

function wrapBand(lines: string[]): WrapBand | undefined {
  const hist = new Map<number, number>();
  const cut = new Map<number, number>();
  for (const l of lines) {
    const t = l.trim();
    const w = columns(t);
    if (w < MIN_WRAP_COLUMNS) continue;
    hist.set(w, (hist.get(w) ?? 0) + 1);
    if (!SENTENCE_END.test(t)) cut.set(w, (cut.get(w) ?? 0) + 1);
  }
  return wrapBandOf(hist, cut);
}

/** Two first lines that are one title split in two: short, no punctuation, the second ending as titles do. */
function splitTitle(a: string, b: string): boolean {
  return (
    a !== '' &&
    b !== '' &&
    columns(a) <= 80 &&
    columns(b) <= 40 &&
    !PUNCT.test(a) &&
    !PUNCT.test(b) &&
    !MARKER_START.test(a) &&
    !MARKER_START.test(b) &&
    TITLE_END.test(b) &&
    !TITLE_END.test(a) &&
    !TITLE_ON_ITS_OWN.test(b)
  );
}

/**
 * A line that names the meeting is a title of its own, not the tail of one split in two: the line
 * above it is something else (the writer's post and name: "县交通运输局副局长王某" above
 * "2025年度民主生活会个人对照检查材料").
 */
const TITLE_ON_ITS_OWN = /生活会|年度|主题教育/;

/** How a material's title line ends (a wider set than TITLE_END: …对照检查材料, …发言材料, …发言提纲). */
const TITLE_LINE_END = /(?:材料|发言提纲|对照检查|情况报告|个人发言)$/;
/** Punctuation of a sentence (not 、, which a title's list of posts holds: 党组书记、局长). */
const SENTENCE_PUNCT = /[，,。；;：:！？!?]/;

/**
 * A line at the top that is a title (or the writer's post and name above one) and so never runs on
 * into the next line, however wide: no sentence punctuation, no list marker, at most 100 columns,
 * and either ending as a title does (TITLE_LINE_END) or above a line that is a whole title of its
 * own (ending as one and naming the meeting: "县自然资源局局长王某" / "2024年度民主生活会个人对照检查材料").
 */
function ownTitleLine(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (t === '' || columns(t) > 100 || SENTENCE_PUNCT.test(t) || MARKER_START.test(t)) return false;
  if (TITLE_LINE_END.test(t)) return true;
  const n = next?.trim() ?? '';
  return n !== '' && columns(n) <= 100 && TITLE_END.test(n) && TITLE_ON_ITS_OWN.test(n) && !SENTENCE_PUNCT.test(n) && !MARKER_START.test(n);
}

function joinable(next: string): boolean {
  if (isBlank(next) || INDENT.test(next) || spacedRow(next)) return false;
  return !MARKER_START.test(next.trim());
}

/** Is `line` a list marker alone (BARE_MARKER_LINE)? */
export function isBareMarker(line: string): boolean {
  BARE_MARKER_LINE.lastIndex = 0;
  return BARE_MARKER_LINE.test(line) && BARE_MARKER_LINE.lastIndex === line.length;
}

/** May `next` be the text of a marker alone on the line before it (see the file comment)? Indented or not. */
function markerText(next: string): boolean {
  const t = next.trim();
  return t !== '' && !MARKER_START.test(t) && !PAGE_NUMBER.test(next);
}

/**
 * A page number alone on its line (“— 3 —”, “第3页”, “3/8”): the PDF's page furniture, which the
 * readers read as an empty paragraph wherever it stands (between paragraphs too), never as text.
 */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line);
}

/**
 * A line of a page break inside a paragraph (blank, or the PDF's page number: “— 3 —”, “第3页”, “3/8”):
 * part of the paragraph's group with `pageBreaks`, but no text of it.
 */
export function isPageFurniture(line: string): boolean {
  return isBlank(line) || PAGE_NUMBER.test(line);
}

/** A row of a table pasted with its columns spaced apart (three or more cells, spaced-table.ts): never run on, nor into. */
function spacedRow(line: string): boolean {
  if (!line.includes('  ') && !line.includes('\t') && !line.includes('\u3000')) return false;
  return (spacedPieces(line)?.length ?? 0) >= 3;
}

function glue(a: string, b: string): string {
  const g = glueParts(a, b);
  return a.slice(0, g.keep) + g.space + b.slice(g.skip);
}

/** The lines with hard wraps undone (see the file comment). Linear in the text. */
export function unwrapLines(lines: string[]): string[] {
  return unwrapLinesFrom(lines, unwrapGroups(lines, undefined, { pageBreaks: true }));
}

/** unwrapLines over the groups unwrapGroups made of `lines` (with pageBreaks). */
function unwrapLinesFrom(lines: string[], groups: number[]): string[] {
  const out: string[] = [];
  const t = titleAt(lines);
  // The split title's second line joins trimmed (its trailing white space too).
  const titled = t + 1 < lines.length && splitTitle(lines[t].trim(), lines[t + 1].trim());
  let i = 0;
  for (const size of groups) {
    let line = lines[i];
    for (let k = 1; k < size; k++) {
      const next = lines[i + k];
      // A page break inside the paragraph: its page number and blank lines are left out.
      if (isPageFurniture(next)) continue;
      line = glue(line, titled && i === t ? next.trim() : next);
    }
    out.push(line);
    i += size;
  }
  return out;
}

/** Index of the first non-blank line. */
function titleAt(lines: string[]): number {
  let i = 0;
  while (i < lines.length && isBlank(lines[i])) i++;
  return i;
}

/**
 * How `unwrapLines` groups the lines: the number of consecutive input lines in each output line,
 * in order (the sizes add up to `lines.length`). `canJoin(i)`, when given, must also allow line i
 * to run on into line i + 1 (a host that knows some lines are its own paragraphs — headings, list
 * items, table cells — says no for them). With `pageBreaks`, a group also runs on across a page
 * number inside a paragraph (with up to PAGE_BREAK_BLANKS blank lines on either side), which then
 * belongs to it: its lines are no text (unwrapLines leaves them out). Linear in the text.
 */
export function unwrapGroups(lines: string[], canJoin: (i: number) => boolean = () => true, options: { pageBreaks?: boolean } = {}): number[] {
  const out: number[] = [];
  let i = titleAt(lines);
  for (let b = 0; b < i; b++) out.push(1);
  // The title at the top, split over two lines.
  if (i + 1 < lines.length && canJoin(i) && splitTitle(lines[i].trim(), lines[i + 1].trim())) {
    out.push(2);
    i += 2;
  } else {
    // A title line as wide as the wrap width is its own paragraph, not the preamble's first line (t26);
    // so is the writer's post and name above it.
    for (let k = 0; k < 2 && i < lines.length && ownTitleLine(lines[i], lines[i + 1]); k++) {
      out.push(1);
      i++;
    }
  }
  const band = wrapBand(lines);
  const W = band?.width;
  for (; i < lines.length; i++) {
    let size = 1;
    // A marker alone on its line, its text on the next: one line, which may then run on as wrapped.
    if (i + 1 < lines.length && isBareMarker(lines[i]) && canJoin(i) && markerText(lines[i + 1])) {
      size++;
      i++;
    }
    if (band !== undefined && W !== undefined && !lines[i].trim().startsWith('|') && !spacedRow(lines[i])) {
      while (i + 1 < lines.length) {
        // The last piece decides: it must reach the wrap width.
        const tail = lines[i].trim();
        const w = columns(tail);
        if (w < band.low || w > W + 1) break;
        // In a spread band: a heading, or a line below the 4-column band that ends a sentence, is a paragraph's last.
        if (band.spread && (headingLike(tail) || (w < W - 4 && SENTENCE_END.test(tail)))) break;
        let next = lines[i + 1];
        if (!canJoin(i)) break;
        // A page break: the lines up to the paragraph's next line, or 0.
        const furniture = options.pageBreaks && !SENTENCE_END.test(tail) ? pageBreakAt(lines, i + 1) : 0;
        if (furniture) next = lines[i + 1 + furniture];
        // The host's say on the line after the page break too (a heading there is not run into).
        if (furniture && !canJoin(i + furniture)) break;
        if (!joinable(next)) break;
        if (SENTENCE_END.test(tail) && !EXAMPLE_CUE.test(next.trim())) break;
        size += 1 + furniture;
        i += 1 + furniture;
      }
    }
    out.push(size);
  }
  return out;
}

/**
 * How many lines from `at` are a page break (blank lines, a page number, blank lines: the number
 * or the blank lines may be missing, not both) with a line of text after them; 0 when they are not.
 */
function pageBreakAt(lines: string[], at: number): number {
  let k = at;
  while (k < lines.length && k - at < PAGE_BREAK_BLANKS && isBlank(lines[k])) k++;
  if (k < lines.length && PAGE_NUMBER.test(lines[k])) {
    const page = k++;
    while (k < lines.length && k - page <= PAGE_BREAK_BLANKS && isBlank(lines[k])) k++;
  }
  return k > at && k < lines.length && !isBlank(lines[k]) ? k - at : 0;
}

/**
 * The text `glue` makes of two lines, as offsets: `a` keeps its first `keep` characters, then
 * `space` ('' or ' '), then `b` from offset `skip`. Exposed so a host can map joined text back
 * to its lines.
 */
export function glueParts(a: string, b: string): { keep: number; space: string; skip: number } {
  const left = trimEndChars(a, ' \t');
  let skip = 0;
  // An ideographic space too: only the text after a marker alone on its line starts with one (an
  // indented line is never run into otherwise).
  while (skip < b.length && (b[skip] === ' ' || b[skip] === '\t' || b[skip] === '\u3000')) skip++;
  const right = b.slice(skip);
  const space = /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? ' ' : '';
  return { keep: left.length, space, skip };
}

/** Columns of text[s, e) with surrounding white space (ASCII, U+3000) left out. */
function trimmedColumns(text: string, s: number, e: number): number {
  const space = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
  while (s < e && space(text.charCodeAt(s))) s++;
  while (e > s && space(text.charCodeAt(e - 1))) e--;
  let w = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    w += c >= 0x1100 && !(c >= 0xd800 && c <= 0xdbff) ? 2 : 1;
  }
  return w;
}

/** Calls `f` with each line's [start, end) (CR, LF or CRLF ends a line). */
function forEachLine(text: string, f: (s: number, e: number) => boolean | void): void {
  const n = text.length;
  for (let s = 0; s <= n; ) {
    let e = s;
    while (e < n) {
      const c = text.charCodeAt(e);
      if (c === 10 || c === 13) break;
      e++;
    }
    if (f(s, e) === false) return;
    if (e >= n) return;
    s = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
}

/**
 * `unwrapLines` over a whole text, returning text: the line widths are counted first without
 * building a list of lines (a histogram of widths), so a text that was not wrapped — most — is
 * returned as it is, whatever its size; only a wrapped one (or one whose title is split, or with a
 * marker alone on a line before its text) is split into lines and joined back.
 */
export function unwrapText(text: string): string {
  return unwrapTextMapped(text).text;
}

/**
 * unwrapText, and where each line of its result starts in `text`: `starts[k]` is the 0-based line
 * of `text` (CR, LF or CRLF ending one) that line k (0-based) of the result begins with, and
 * `starts[count of result lines]` the count of lines of `text`. `starts` is absent when `text` is
 * returned as it is (nothing joined: line k is line k); when lines were joined the result's lines
 * end in LF only.
 */
export function unwrapTextMapped(text: string): { text: string; starts?: Int32Array } {
  const hist = new Map<number, number>();
  // Widths of the lines cut mid-sentence (wrapSpreadOf).
  const cut = new Map<number, number>();
  const firstTwo: string[] = [];
  // A marker alone on its line with its text on the next (the first such pair is enough).
  let bare = false;
  let markerJoin = false;
  forEachLine(text, (s, e) => {
    const w = trimmedColumns(text, s, e);
    if (w >= MIN_WRAP_COLUMNS) {
      hist.set(w, (hist.get(w) ?? 0) + 1);
      if (!endsSentence(text, s, e)) cut.set(w, (cut.get(w) ?? 0) + 1);
    }
    if (firstTwo.length < 2 && (w > 0 || firstTwo.length === 1)) firstTwo.push(text.slice(s, e));
    BARE_MARKER_LINE.lastIndex = s;
    const bareHere = w > 0 && BARE_MARKER_LINE.test(text) && BARE_MARKER_LINE.lastIndex === e;
    // (a marker alone is never the text of the one before it: markerText would say so, after a cut)
    if (bare && !bareHere && !markerJoin && w > 0) markerJoin = markerText(text.slice(s, e));
    bare = bareHere;
  });
  const wrapped = wrapBandOf(hist, cut) !== undefined;
  const title = firstTwo.length === 2 && splitTitle(firstTwo[0].trim(), firstTwo[1].trim());
  if (!wrapped && !title && !markerJoin) return { text };
  const lines = text.split(/\r\n|\n|\r/);
  const groups = unwrapGroups(lines, undefined, { pageBreaks: true });
  const starts = new Int32Array(groups.length + 1);
  for (let k = 0; k < groups.length; k++) starts[k + 1] = starts[k] + groups[k];
  return { text: unwrapLinesFrom(lines, groups).join('\n'), starts };
}

/** Does text[s, e), white space at its end left out, end a sentence (SENTENCE_END)? */
function endsSentence(text: string, s: number, e: number): boolean {
  const space = (c: number) => c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
  while (e > s && space(text.charCodeAt(e - 1))) e--;
  return SENTENCE_END.test(text.slice(Math.max(s, e - 2), e));
}

/** A line that reads as a heading: a list marker, then no sentence punctuation ("（一）在带头牢记…、…方面"). */
function headingLike(line: string): boolean {
  return MARKER_START.test(line) && !/[，,。；;：:！？!?]/.test(line.replace(MARKER_START, ''));
}

/** The widest wrap width wrapSpreadOf takes: a PDF page line (about 50 CJK characters). */
const MAX_SPREAD_COLUMNS = 100;

/**
 * wrapBand over histograms of line widths (each ≥ MIN_WRAP_COLUMNS): `hist` of all lines, `cut`
 * of those cut mid-sentence. The 4-column band first (wrapWidthOf), then the spread one.
 */
function wrapBandOf(hist: Map<number, number>, cut: Map<number, number>): WrapBand | undefined {
  const W = wrapWidthOf(hist);
  const spread = wrapSpreadOf(hist, cut);
  if (W === undefined) return spread;
  // The 4-column band may hold only the widest lines of a spread one (the spread's top within it).
  if (spread === undefined || spread.width < W - 4) return { width: W, low: W - 4, spread: false };
  return { width: W, low: Math.min(W - 4, spread.low), spread: true };
}

/** The spread band (see the file comment), or undefined. */
function wrapSpreadOf(hist: Map<number, number>, cut: Map<number, number>): WrapBand | undefined {
  let cuts = 0;
  for (const c of cut.values()) cuts += c;
  if (cuts < 4) return undefined;
  let total = 0;
  for (const c of hist.values()) total += c;
  const widths = [...cut.keys()].sort((a, b) => b - a);
  // The widest cut line may be one long heading: the next widest is tried too.
  for (let i = 0; i < Math.min(2, widths.length); i++) {
    const W = widths[i];
    if (W > MAX_SPREAD_COLUMNS) continue;
    const low = W - Math.max(4, Math.ceil(W / 8));
    let band = 0;
    for (const w of widths) if (w <= W && w >= low) band += cut.get(w)!;
    if (band < 4 || band * 5 < cuts * 3) continue;
    let wider = 0;
    for (const [w, c] of hist) if (w > W + 1) wider += c;
    if (wider > Math.max(1, Math.floor(total * 0.05))) return undefined;
    return { width: W, low, spread: true };
  }
  return undefined;
}

/** wrapWidth over a histogram of line widths (each ≥ MIN_WRAP_COLUMNS): the 4-column band. */
function wrapWidthOf(hist: Map<number, number>): number | undefined {
  const widths = [...hist.keys()].sort((a, b) => b - a);
  let total = 0;
  for (const c of hist.values()) total += c;
  if (total < 5) return undefined;
  const need = Math.max(4, Math.ceil(total * 0.4));
  let wider = 0;
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i];
    let band = 0;
    for (let j = i; j < widths.length && widths[j] >= w - 4; j++) band += hist.get(widths[j])!;
    if (band >= need) return wider <= Math.max(1, Math.floor(total * 0.05)) ? w : undefined;
    wider += hist.get(w)!;
  }
  return undefined;
}
