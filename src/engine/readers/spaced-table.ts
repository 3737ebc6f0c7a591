/**
 * A 整改清单 pasted as text with its columns separated by white space, not pipes: copied out of a
 * PDF (runs of spaces or full-width spaces between the cells, the columns aligned or not), or out
 * of Excel/WPS (a tab between cells). Read as a table: each row's cells with their column, a cell's
 * text wrapped onto lines of its own joined back into it.
 *
 * A block of lines is a table only when it shows itself as one, so prose with a double space or a
 * PDF's wrapped lines never are:
 * - a header row: three or more cells, at least two of them (and half) column names of a 整改清单
 *   (序号, 问题, 整改措施, 责任人, 完成时限 …), then at least one row of two or more cells; or
 * - numbered rows: at least two consecutive lines of three or more cells whose first cells number
 *   them 1, 2, 3 … (or 一, 二 …) from 1.
 * Cells: a tab separates two (Excel: two tabs leave an empty cell between); else a run of two or
 * more spaces, or of full-width spaces (U+3000), does. Leading and trailing white space is no cell.
 * A row with fewer cells than the header has its cells placed by where they stand on the line
 * when the table's columns are aligned (the header's cells start where the rows' do), else in order.
 * Wrapped cell text: a line between a numbered row and the next, or an indented line (or a tab
 * line with empty leading cells) under a row, continues the row's cells — by where its pieces
 * stand when aligned (by tab count in a tab table), else the row's longest cell (its measure).
 * A PDF's page break inside the table (blank lines and a page number, — 2 —; the header repeated
 * at the top of the new page) is no part of it: the table goes on after it with its next numbered
 * row (or, with a page number, a row as wide as its header). Else it ends at a blank line or at
 * any other line.
 *
 * Linear in the text: each line is looked at once (cut into cells only when it holds a tab or a
 * double space), no regular expression runs over a whole line with nested quantifiers.
 */
import { columns, isPageNumber } from './unwrap';

/** One row of a spaced table: its table (0-based among the text's spaced tables), row and cells by column. */
export interface SpacedRow {
  table: number;
  row: number;
  cells: string[];
}

/** A cell of a line: its text and the display column (CJK two) where it starts. */
interface Piece {
  text: string;
  at: number;
  /** Tab tables: the cell's index (tabs before it). */
  index: number;
}

/** Column names of a 整改清单's header. */
const HEADER_NAME = /^(?:序号|编号|问题|存在(?:的)?问题|主要问题|问题表现|具体问题|问题清单|整改(?:措施|目标|任务|内容|举措)|措施|具体措施|责任(?:人|领导|单位|部门|主体)|牵头(?:领导|单位|部门)?|完成(?:时限|时间)|整改时限|时限|时间|期限|备注|方面|类别|序)$/;
/** A row number cell: 1, 1., 1、, 一, 一、, (1), （一）. */
const ROW_NUMBER = /^[（(]?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[）)、.．]?$/;

const CN_DIGITS = '一二三四五六七八九';

/** The number a row number cell gives (一 → 1, 十二 → 12, ３ → 3), or 0. */
function rowNumber(cell: string): number {
  const m = ROW_NUMBER.exec(cell);
  if (!m) return 0;
  const s = m[1];
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGITS.indexOf(s) + 1 : 0;
  const tens = ten === 0 ? 1 : CN_DIGITS.indexOf(s[0]) + 1;
  const ones = ten === s.length - 1 ? 0 : CN_DIGITS.indexOf(s[ten + 1]) + 1;
  return tens * 10 + ones;
}

const isBlankChar = (c: string) => c === ' ' || c === '\u3000' || c === '\t' || c === '\u00a0';

/**
 * The cells of one line: split at tabs when it holds one (each tab a boundary), else at runs of
 * two or more spaces or of full-width spaces. Undefined when the line has no such separator
 * inside its text. One pass over the line.
 */
export function spacedPieces(line: string): Piece[] | undefined {
  let s = 0;
  let e = line.length;
  while (e > s && isBlankChar(line[e - 1])) e--;
  if (line.includes('\t')) {
    // Leading tabs are empty cells (a continuation's place); leading spaces are indentation.
    while (s < e && (line[s] === ' ' || line[s] === '\u3000')) s++;
    const out: Piece[] = [];
    let index = 0;
    let from = s;
    let width = columns(line.slice(0, s));
    for (let i = s; i <= e; i++) {
      if (i === e || line[i] === '\t') {
        const raw = line.slice(from, i);
        const text = raw.trim();
        if (text) out.push({ text, at: width + columns(raw) - columns(raw.trimStart()), index });
        width += columns(raw) + 1;
        index++;
        from = i + 1;
      }
    }
    return index > 1 ? out : undefined;
  }
  while (s < e && isBlankChar(line[s])) s++;
  const out: Piece[] = [];
  let width = columns(line.slice(0, s));
  let from = s;
  let i = s;
  let split = false;
  while (i < e) {
    if (!isBlankChar(line[i])) {
      i++;
      continue;
    }
    let j = i;
    let wide = false;
    while (j < e && isBlankChar(line[j])) {
      if (line[j] === '\u3000') wide = true;
      j++;
    }
    if (wide || j - i >= 2) {
      const text = line.slice(from, i);
      out.push({ text, at: width, index: out.length });
      width += columns(line.slice(from, j));
      from = j;
      split = true;
    }
    i = j;
  }
  if (!split) return undefined;
  out.push({ text: line.slice(from, e), at: width, index: out.length });
  return out;
}

/** Does `pieces` read as a 整改清单's header row (three or more cells, two and half of them column names)? */
function isHeader(pieces: Piece[]): boolean {
  if (pieces.length < 3) return false;
  let named = 0;
  for (const p of pieces) if (HEADER_NAME.test(p.text)) named++;
  return named >= 2 && named * 2 >= pieces.length;
}

/** Lines of `text` as [start, end) offsets, walked without an array of strings. */
function forEachLine(text: string, f: (s: number, e: number, k: number) => void): void {
  const n = text.length;
  let k = 0;
  for (let s = 0; s <= n; k++) {
    let e = s;
    while (e < n) {
      const c = text.charCodeAt(e);
      if (c === 10 || c === 13) break;
      e++;
    }
    f(s, e, k);
    if (e >= n) break;
    s = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
}

/** Is the line [s, e) of `text` indented (starting with white space) and not blank? */
function indented(line: string): boolean {
  return line.length > 0 && isBlankChar(line[0]) && line.trim() !== '';
}

/** Glue a wrapped piece onto a cell: a space only between two Latin letters or digits. */
function glue(a: string, b: string): string {
  if (!a) return b;
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/** A block being read: its column starts, whether it is aligned, tab-separated, numbered. */
interface Block {
  starts: number[];
  tabs: boolean;
  numbered: boolean;
  aligned: boolean;
  /** The last row's number (numbered blocks). */
  last: number;
  rows: SpacedRow[];
  /** Line indexes of the rows. */
  lines: number[];
  /** Lines continuing a row (no paragraph of their own), and a page break's lines inside the table. */
  continuations: number[];
  /** The header row's cells joined by tabs (a header repeated after a page break is no row). */
  header?: string;
}

/** Blank and page-number lines a table may go on across (a PDF's page break: blank, — 2 —, blank). */
const MAX_GAP = 4;

/** The column of a piece at display column `at`: the last start at or before it (2 columns' slack). */
function columnAt(starts: number[], at: number): number {
  let col = 0;
  for (let k = 0; k < starts.length; k++) if (starts[k] <= at + 2) col = k;
  return col;
}

/** A row's cells placed in `width` columns: by tab index, by place when aligned, else in order. */
function placeCells(block: Block, pieces: Piece[], width: number): string[] {
  const cells = new Array<string>(Math.max(width, pieces.length)).fill('');
  pieces.forEach((p, k) => {
    const col = block.tabs ? p.index : pieces.length >= width || !block.aligned ? k : columnAt(block.starts, p.at);
    cells[col] = glue(cells[col] ?? '', p.text);
  });
  return cells;
}

/**
 * The spaced tables of `text` (see the file comment): a map from a line's 0-based index (lines
 * ending at CR, LF or CRLF) to its row, and to null for a line that continues a row (its text is
 * in the row's cells). Undefined when the text holds no such table.
 */
export function spacedTables(text: string): Map<number, SpacedRow | null> | undefined {
  if (!text.includes('\t') && !text.includes('  ') && !text.includes('\u3000')) return undefined;
  let out: Map<number, SpacedRow | null> | undefined;
  let tables = 0;
  let block: Block | undefined;
  // A candidate start: a numbered line of three or more cells (its line and pieces), before the second row proves it.
  let pending: { k: number; pieces: Piece[] } | undefined;
  // Lines seen since the last numbered row of a numbered block that might continue it.
  let between: { k: number; pieces: Piece[] | undefined; line: string }[] = [];
  const close = () => {
    if (block && block.rows.length > 1) {
      out ??= new Map();
      block.rows.forEach((r, i) => out!.set(block!.lines[i], r));
      for (const c of block.continuations) out.set(c, null);
      tables++;
    }
    block = undefined;
    between = [];
    gap = [];
    paged = false;
  };
  const width = (b: Block) => b.starts.length;
  const open = (pieces: Piece[], k: number, numbered: boolean, tabs: boolean): Block => {
    const b: Block = { starts: pieces.map((p) => p.at), tabs, numbered, aligned: false, last: 0, rows: [], lines: [], continuations: [] };
    b.rows.push({ table: tables, row: 0, cells: tabs ? placeTabs(pieces) : pieces.map((p) => p.text) });
    b.lines.push(k);
    return b;
  };
  const placeTabs = (pieces: Piece[]) => {
    const cells = new Array<string>(pieces.length ? pieces[pieces.length - 1].index + 1 : 0).fill('');
    for (const p of pieces) cells[p.index] = p.text;
    return cells;
  };
  const addRow = (b: Block, pieces: Piece[], k: number) => {
    // Aligned: a full row's cells start where the header's do (2 columns' slack each).
    if (b.rows.length === 1 && pieces.length === width(b)) b.aligned = pieces.every((p, i) => Math.abs(p.at - b.starts[i]) <= 2);
    b.rows.push({ table: tables, row: b.rows.length, cells: placeCells(b, pieces, width(b)) });
    b.lines.push(k);
  };
  const continueRow = (b: Block, pieces: Piece[] | undefined, line: string, k: number) => {
    const row = b.rows[b.rows.length - 1];
    const parts = pieces ?? [{ text: line.trim(), at: columns(line) - columns(line.trimStart()), index: 0 }];
    for (const p of parts) {
      let col: number;
      if (b.tabs && pieces) col = p.index;
      else if (b.aligned || (indented(line) && b.starts.length > 1 && parts.length > 1)) col = columnAt(b.starts, p.at);
      else col = longest(row.cells);
      while (row.cells.length <= col) row.cells.push('');
      row.cells[col] = glue(row.cells[col], p.text);
    }
    b.continuations.push(k);
  };
  // Blank and page-number lines inside a block (a PDF's page break): skipped when the table goes on after them.
  let gap: number[] = [];
  let paged = false;
  forEachLine(text, (s, e, k) => {
    const line = text.slice(s, e);
    // A pipe-table row is the pipe reader's (text.ts), however its cells are padded.
    const pipe = line.trimStart().startsWith('|');
    const pieces = !pipe && (line.includes('\t') || line.includes('  ') || line.includes('\u3000')) ? spacedPieces(line) : undefined;
    const blank = line.trim() === '';
    if (block) {
      const w = width(block);
      const n = pieces ? rowNumber(pieces[0].text) : 0;
      const page = !blank && isPageNumber(line);
      if (blank || page) {
        if (gap.length >= MAX_GAP) close();
        else {
          gap.push(k);
          paged ||= page;
        }
        return;
      }
      if (gap.length) {
        // Across a page break a table goes on with its next numbered row, or (with a page number) a
        // row as wide as its header, or its header repeated at the top of the page; else it ended.
        const header = block.header !== undefined && pieces !== undefined && pieces.map((p) => p.text).join('\t') === block.header;
        const goesOn = pieces !== undefined && (header || (block.numbered ? n > block.last && pieces.length >= 2 : paged && pieces.length >= w - 1));
        if (!goesOn) close();
        else {
          for (const g of gap) block.continuations.push(g);
          if (header) block.continuations.push(k);
        }
        gap = [];
        paged = false;
        if (header) return;
      }
    }
    if (block) {
      const w = width(block);
      const n = pieces ? rowNumber(pieces[0].text) : 0;
      if (block.numbered) {
        if (pieces && pieces.length >= 2 && n > block.last) {
          // Lines between two numbered rows continue the first.
          for (const c of between) continueRow(block, c.pieces, c.line, c.k);
          between = [];
          block.last = n;
          addRow(block, pieces, k);
          return;
        }
        // An indented line or a tab line with empty leading cells under a row continues it at once.
        if (indented(line) || (block.tabs && pieces && pieces[0].index > 0)) {
          for (const c of between) continueRow(block, c.pieces, c.line, c.k);
          between = [];
          continueRow(block, pieces, line, k);
          return;
        }
        // Maybe wrapped text of the last row (told when the next numbered row comes); a few lines at most.
        if (between.length < 3 && !(pieces && pieces.length >= w)) {
          between.push({ k, pieces, line });
          return;
        }
        close();
      } else {
        if (pieces && pieces.length >= 2 && !(indented(line) && pieces.length < w) && !(block.tabs && pieces[0].index > 0)) {
          addRow(block, pieces, k);
          return;
        }
        if (block.rows.length > 1 && (indented(line) || (block.tabs && pieces && pieces[0].index > 0))) {
          continueRow(block, pieces, line, k);
          return;
        }
        close();
      }
    }
    // Lines held as possible wrapped text of a numbered table's last row are not its (the table ended).
    if (pending && pieces && pieces.length >= 3 && rowNumber(pieces[0].text) === rowNumber(pending.pieces[0].text) + 1) {
      block = open(pending.pieces, pending.k, true, line.includes('\t'));
      block.last = rowNumber(pieces[0].text);
      addRow(block, pieces, k);
      pending = undefined;
      return;
    }
    pending = undefined;
    if (!pieces) return;
    if (isHeader(pieces)) {
      block = open(pieces, k, false, line.includes('\t'));
      block.header = pieces.map((p) => p.text).join('\t');
      // A header with 序号 first numbers its rows.
      if (/^(?:序号|编号|序)$/.test(pieces[0].text)) block.numbered = true;
      return;
    }
    if (pieces.length >= 3 && rowNumber(pieces[0].text) === 1) pending = { k, pieces };
  });
  close();
  return out;
}

/** The index of the longest cell (the measure, in a 整改清单). */
function longest(cells: string[]): number {
  let best = 0;
  for (let i = 1; i < cells.length; i++) if (cells[i].length > cells[best].length) best = i;
  return best;
}
