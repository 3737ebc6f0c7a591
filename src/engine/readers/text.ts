/**
 * Plain text and markdown: one line a paragraph. Markdown marks that writers paste along
 * (`#` headings, `**bold**`, list bullets, quotes) are recognised as facts, not kept as text.
 * A pasted pipe table (| 问题 | 措施 | 责任人 |) is read as a Word table would be: one paragraph
 * per cell with its table, row and column, the |---| separator line left out.
 */
import type { Paragraph } from '../types';
import { isSpace } from '../markers';
import { removeInvisible } from './invisible';
import { Interner } from '../collections';
import { isPageNumber, unwrapTextMapped } from './unwrap';
import { CellParagraph } from './cell-paragraph';
import { spacedTables } from './spaced-table';

const HEADING = /^(#{1,6})[ \t\u3000]+/;
const BULLET = /^(?:[-*+][ \t\u3000]+|>[ \t\u3000]?)/;
const WRAPPED_BOLD = /^(\*\*|__)(.+)\1[。：:]?$/;

/** Remove control characters that are not text (keeps tab as a space). */
export function cleanText(s: string): string {
  return removeInvisible(s)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\t\u00a0]/g, ' ');
}

/**
 * A table row: starts and ends with a pipe, with at least one more inside. Checked by hand, not by
 * a regular expression: /^\s*\|.*\|.*\|\s*$/ backtracks on a long run of pipes or on a row with
 * text after its last pipe ("| 一 | 二 | 备注"), quadratic or worse in the line's length.
 */
export function isPipeRow(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t[0] !== '|' || t[t.length - 1] !== '|') return false;
  return t.indexOf('|', 1) < t.length - 1;
}

/**
 * The line under a table's header: |---|:---:| — cells of two or more dashes with optional colons,
 * nothing else but spaces and pipes. Checked cell by cell (linear; the regular expression it
 * replaces nested quantifiers and backtracked on long rules).
 */
export function isPipeRule(line: string): boolean {
  const t = line.trim();
  if (!t.includes('|')) return false;
  const cells = t.split('|');
  if (cells[0].trim() === '') cells.shift();
  if (cells.length && cells[cells.length - 1].trim() === '') cells.pop();
  return cells.length > 0 && cells.every((c) => /^:?-{2,}:?$/.test(c.trim()));
}

/** Cells of a pipe row; an escaped \| stays in the cell. */
function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\' && inner[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/**
 * The paragraphs of a .txt or .md file. Both kinds are read alike (`_kind` is what the caller
 * knows of the file): writers paste markdown into plain text too. `readTextDocument` also says on
 * which line of the file each paragraph starts.
 */
export function readText(text: string, _kind: 'text' | 'markdown' = 'text'): Paragraph[] {
  return readTextDocument(text, _kind).paragraphs;
}

/** What `readTextDocument` reads: the paragraphs, and the line map when it is not the identity. */
export interface TextDocument {
  paragraphs: Paragraph[];
  /**
   * `DocumentInput.lines`: `lines[k]` is the 1-based line of the file on which paragraph k
   * (0-based) starts, and `lines[paragraphs.length]` the line after the last paragraph's last
   * line. Absent when paragraph k is line k + 1 for every k (one line a paragraph, nothing
   * joined, no table): such a file costs no map.
   */
  lines?: Int32Array;
}

/**
 * readText, with the line map (`TextDocument.lines`). Lines end at CR, LF or CRLF; a final line
 * break does not start another paragraph; a BOM at the start is no character of the first line.
 * Lines hard-wrapped at a fixed width are joined into one paragraph (unwrap.ts), a pipe-table row
 * is a paragraph per cell, all on the row's line, and a rule line (|---|) makes none: after any of
 * these, paragraph k is no longer line k + 1, and the map says where each one starts.
 *
 * The lines are walked in place (no array of lines), and a line with nothing to clean or unmark
 * (see plainLine) becomes its paragraph's text as it is, so a file of many short lines costs one
 * small object a line and little more (issue 13: memory in proportion to the file); the map, 4
 * bytes a paragraph, is made only from the first paragraph that is not on its own line number.
 */
export function readTextDocument(text: string, _kind: 'text' | 'markdown' = 'text'): TextDocument {
  // Lines hard-wrapped at a fixed width (text copied out of a PDF) are joined back (unwrap.ts).
  const unwrapped = unwrapTextMapped(text);
  text = unwrapped.text;
  // The file's 1-based line on which line k (0-based) of the joined text starts (k up to their count).
  const starts = unwrapped.starts;
  const lineOf = (k: number) => (starts ? starts[k] + 1 : k + 1);
  const n = text.length;
  // Room for a paragraph a line made at once (a pipe row's cells go past it and grow the array);
  // cut to the paragraphs made at the end. Grown a push at a time, a flood of short lines left
  // copies of the list of several MB for the next full collection (issue 13: peak memory).
  const out: Paragraph[] = new Array<Paragraph>(countLines(text));
  let made = 0;
  // The line map, made at the first paragraph not on line made + 1 (then filled up to it).
  let map: Int32Array | undefined;
  let line = 1;
  const add = (p: Paragraph) => {
    if (map !== undefined || line !== made + 1) {
      if (map === undefined) {
        map = new Int32Array(Math.max(out.length, made + 1) + 1);
        for (let k = 0; k < made; k++) map[k] = k + 1;
      } else if (made + 1 >= map.length) {
        const grown = new Int32Array(map.length * 2);
        grown.set(map);
        map = grown;
      }
      map[made] = line;
    }
    p.text = ownCopy(p.text);
    if (made < out.length) out[made] = p;
    else out.push(p);
    made++;
  };
  let table = -1;
  let row = -1;
  let inTable = false;
  let lines = 0;
  // A 整改清单 whose columns are separated by spaces or tabs (spaced-table.ts): its rows by line.
  const spaced = spacedTables(text);
  const spacedTable = new Map<number, number>();
  const short = new Interner<string>(MAX_SHORT_LINES);
  for (let s = text.charCodeAt(0) === 0xfeff ? 1 : 0; ; ) {
    let e = s;
    while (e < n) {
      const c = text.charCodeAt(e);
      if (c === 10 || c === 13) break;
      e++;
    }
    // The empty line after a final line break is no paragraph (a text with no break is one, even empty).
    if (e === n && s === n && lines > 0) break;
    line = lineOf(lines);
    lines++;
    const raw = text.slice(s, e);
    const sp = spaced?.get(lines - 1);
    if (sp !== undefined) {
      // A row of a spaced table: a paragraph per cell, all on the row's line; a line continuing a row makes none.
      inTable = false;
      if (sp !== null) {
        if (!spacedTable.has(sp.table)) spacedTable.set(sp.table, ++table);
        const at = spacedTable.get(sp.table)!;
        sp.cells.forEach((cell, column) => add(tableCell(made, cleanText(cell).trim(), at, sp.row, column)));
      }
    } else if (raw === '') {
      // One small object per blank line and no other work, so a flood of them costs little.
      inTable = false;
      add({ index: made, text: '' });
    } else if (isPipeRow(raw)) {
      if (!inTable) {
        table++;
        row = -1;
        inTable = true;
      }
      if (!isPipeRule(raw)) {
        row++;
        pipeCells(raw).forEach((cell, column) => {
          const read = readLine(cell, made);
          // Equal short cells of one file are one string, as equal short lines are (a 整改清单's
          // 学习不够 or 本人 in every row; issue 13).
          if (read.text.length <= SHORT_LINE) read.text = short.of(read.text, read.text);
          // A cell with no mark is made whole at once (see tableCell); a marked one gets its fields added.
          if (read.markdownLevel === undefined && read.bold === undefined) add(tableCell(made, read.text, table, row, column));
          else add(Object.assign(read, { inTable: true, cell: { table, row, column } }));
        });
      }
    } else if (isPageNumber(raw)) {
      // A PDF's page number between paragraphs (one inside a paragraph is gone with its break): no text.
      inTable = false;
      add({ index: made, text: '' });
    } else {
      inTable = false;
      add(readLine(raw.length <= SHORT_LINE ? short.of(raw, raw) : raw, made));
    }
    if (e >= n) break;
    s = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
  out.length = made;
  if (map === undefined) return { paragraphs: out };
  // The line after the last paragraph's last line.
  const mapped: Int32Array = map.length === made + 1 ? map : map.slice(0, made + 1);
  mapped[made] = lineOf(lines);
  return { paragraphs: out, lines: mapped };
}

/** Lines longer than this keep their text as a cut of the file (see ownCopy). */
const MAX_COPIED_LINE = 8192;

/**
 * `s` as a string of its own rather than a cut of the file's text: V8 makes a cut of 13 UTF-16
 * units or more a "sliced" string (parent, offset), and every character the engine reads from one
 * goes through that indirection — the engine's character loops (trigrams, tries, sentence ends)
 * ran some 15% slower on the 1,000-paragraph bench material than on the same text held whole, as
 * paragraphs from Office.js (JSON) and from the worker (structured clone) always are. Joining two
 * pieces makes the copy (a join of two or more strings allocates one flat string; a lone string or
 * a concatenation would stay a cut or become a rope). Content is unchanged: strings are values.
 * Short lines are copies already; very long lines (floods, robustness shapes) stay cuts so
 * that their memory is not doubled while the file's text is alive.
 */
function ownCopy(s: string): string {
  return s.length <= SHORT_LINE || s.length > MAX_COPIED_LINE ? s : [s.slice(0, 1), s.slice(1)].join('');
}

/**
 * Lines of `s` as readText splits them (LF, CRLF, or a CR alone ends one; a last line after a final
 * break counts): line breaks plus one, counted without splitting the text. Counting stops once it
 * passes `stopAfter` (a caller refusing a file of 50 million blank lines need not count them all).
 */
export function countLines(s: string, stopAfter = Infinity): number {
  let n = 1;
  for (let i = 0; i < s.length && n <= stopAfter; i++) {
    const c = s.charCodeAt(i);
    // \n, and an old Mac line end (a \r not followed by \n).
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * Equal short lines of one file are one string (Interner): a line cut out of the file is a string
 * of its own (V8 copies a cut of fewer than 13 units, some 24 bytes for "学" or "12."), which a
 * flood of one-character or numbered lines keeps a line for the whole check (issue 13: peak memory
 * ≤ 30× the input). Strings are values, so which copy a paragraph holds changes nothing. Lines of
 * at most SHORT_LINE UTF-16 units (every line V8 copies rather than slices: a repeated part heading
 * "一、存在的主要问题" or "3.……（写明具体措施" too), MAX_SHORT_LINES distinct ones a file.
 */
const SHORT_LINE = 12;
const MAX_SHORT_LINES = 4096;

/**
 * A line readLine would keep exactly as written, with no mark: no control, invisible, tab or
 * no-break-space character (cleanText), no white space at either end (trim), no markdown mark
 * at its start (#, -, +, >) and no "*" or "_" anywhere (emphasis, anonymisation), and no U+E000
 * (the anonymisation placeholder). One pass over its characters, no string made.
 */
export function plainLine(s: string): boolean {
  const n = s.length;
  if (n === 0 || isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(n - 1))) return false;
  const f = s.charCodeAt(0);
  if (f === 35 || f === 43 || f === 45 || f === 62) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x7f) {
      if (c < 0x20 || c === 42 || c === 95) return false;
    } else if (
      c <= 0xa0 ||
      c === 0xad ||
      c === 0x180e ||
      (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x2060 && c <= 0x2064) ||
      c === 0xfeff ||
      c === 0xe000
    ) {
      return false;
    }
  }
  return true;
}

/**
 * A table cell's paragraph with no mark: one CellParagraph (its place as three numbers of its own,
 * inTable and cell read from its prototype: 64 bytes, where a plain paragraph and its cell object
 * were 104; issue 13: a pipe run is a paragraph a cell).
 */
function tableCell(index: number, text: string, table: number, row: number, column: number): Paragraph {
  return new CellParagraph(index, text, table, row, column);
}

function readLine(raw: string, index: number): Paragraph {
  return plainLine(raw) ? { index, text: raw } : markedLine(raw, index);
}

/**
 * One line read in full: cleaned, trimmed, its markdown marks (#, bullets, **bold**) made facts.
 * Exported for the test that plainLine's shortcut gives the same paragraph.
 */
export function markedLine(raw: string, index: number): Paragraph {
  // trim() removes U+3000 too (a /\u3000+$/ pass here was quadratic on a long inner run of them).
  let line = cleanText(raw).trim();
  const p: Paragraph = { index, text: '' };
  const h = HEADING.exec(line);
  if (h) {
    p.markdownLevel = h[1].length;
    line = line.slice(h[0].length);
  } else {
    line = line.replace(BULLET, '');
  }
  // "**" standing for a name left out ("到**村调研", "**镇党委") is text: kept out of the
  // emphasis handling below.
  if (line.includes('**')) line = markAnonymised(line);
  const b = WRAPPED_BOLD.exec(line.trim());
  if (b && !b[2].includes(b[1])) {
    p.bold = true;
    line = b[2] + line.trim().slice(b[0].length);
  }
  // Emphasis pairs (**重点**, __重点__) are markup, not text; an unpaired "**" stays as written.
  line = line.replace(EMPHASIS, '$2').replace(/\uE000/g, '*').trim();
  p.text = line;
  return p;
}

/** A unit, place or title word: "**" right before one may be a name left out (到**村调研). */
const UNIT_AFTER = /^(?:村|镇|县|乡|区|市|省|局|委|厅|处|科|股|办|部|所|院|校|组|队|站|公司|单位|集团|街道|社区|同志|书记|主任|项目|工程)/;

/**
 * `line` with each "**" that stands for a name left out ("到**村调研", "**镇党委") replaced by
 * ANONYMISED_MARK, so the emphasis handling leaves it as text. A "**" before a unit word is a
 * name left out unless it closes an emphasis pair opened before it and no later "**" could close
 * that pair instead: "**一是招商引资不力。**县里全年只签约2个项目。" is a bold lead sentence, its
 * closing "**" no name (it was read as one, and the bold sentence ran into the next item's text).
 * One pass over the "**" of the line, left to right.
 */
function markAnonymised(line: string): string {
  let out = '';
  let from = 0;
  let open = false;
  for (let at = line.indexOf('**'); at >= 0; at = line.indexOf('**', from)) {
    out += line.slice(from, at);
    from = at + 2;
    const beforeUnit = UNIT_AFTER.test(line.slice(from, from + 4));
    const closes = open && line.indexOf('**', from) < 0;
    if (beforeUnit && !closes) {
      out += ANONYMISED_MARK;
    } else {
      out += '**';
      open = !open;
    }
  }
  return out + line.slice(from);
}
/** Two private-use characters standing for an anonymising "**" while emphasis is removed. */
const ANONYMISED_MARK = '\uE000\uE000';
/** An emphasis pair around at least one character, no "*"/"_" inside. */
const EMPHASIS = /(\*\*|__)((?:(?!\1)[^*_])+)\1/g;
