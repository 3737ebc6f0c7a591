/**
 * Rows of a grid table (整改清单: 序号 | 问题 | 整改措施 | 责任人 | 完成时限) read as entries. The
 * header row names the columns; each later row becomes one entry whose text is the cell of the
 * column the part is about (措施 in a measures part, 问题 in a problems part), followed by the
 * owner and deadline cells as a writer would put them inline, and the row's other cells. Without a
 * recognised header, the cells are joined in order.
 */

import type { Paragraph } from './types';
import { stripLeadingMarker } from './markers';
import { cellValues } from './wrapped-values';
import { exactList } from './link/sparse-profile';
import { CellParagraph } from './readers/cell-paragraph';

export type ColumnRole = 'number' | 'problem' | 'measure' | 'owner' | 'deadline' | 'other';

/** A header row: short cells, one of them naming a column (序号, 问题, 措施, 责任人, 时限 …). */
const HEADER_CELL = /^(序号|编号|问题|存在问题|问题表现|整改措施|措施|整改目标|责任人|责任领导|责任单位|牵头|完成时限|时限|整改时限|备注|内容|类别|方面)/;

function columnRole(header: string): ColumnRole {
  if (/^(序号|编号)$/.test(header)) return 'number';
  if (/责任|牵头|负责/.test(header)) return 'owner';
  if (/时限|时间|期限|截止/.test(header)) return 'deadline';
  if (/措施|举措|整改内容|整改目标|目标任务/.test(header)) return 'measure';
  if (/问题/.test(header)) return 'problem';
  return 'other';
}

/** Words a writer puts in a cell to leave it empty: 待定, 未定, 不详, 暂缺, 空, N/A … */
const EMPTY_WORD = /^(?:[\s\-—–－/／、\\|.·…×xX无暂]|待定|未定|待明确|待确定|不详|暂缺|空白|空|缺|N\/?A|null|none)*$/i;

/**
 * An empty-looking cell: —, -, /, 无, 暂无, 待定, 未定, 不详, N/A … — a visible gap, not a deadline
 * or owner (also the checklist's test of a table's owner and deadline cells).
 */
export function blank(s: string): boolean {
  return EMPTY_WORD.test(s);
}

/** A table row's empty owner or deadline column (rowGaps). */
export interface RowGap {
  role: 'owner' | 'deadline';
  /** The column's header as written (完成时限), '' when the header cell is empty. */
  header: string;
  /** What the row's cell holds: '' for nothing, else “/”, “待定” …. */
  written: string;
}

/**
 * Key in the analysis's shared results (Analysis.shared): Map from a concrete measure's index (in
 * outline.measures) to its table row's gaps, as the rule table-gap found them; the report's
 * 整改措施具体性 line says them.
 */
export const ROW_GAPS_KEY = 'table-row-gaps';

/** The rows of a table with no cells. */
const NO_ROWS: ReadonlyMap<number, RowCell[]> = new Map();

/**
 * A document's tables: where each stands (its first and last paragraph, tables in the order they
 * start), found in one pass the first time it is asked, and the cells of each table by row, read
 * the first time that table is asked (cellsByRow). A material of thousands of small tables had
 * every table's cells read and kept for the first question about any of them (restated-checklist.ts
 * reads at most 16 of them; issue 13: some 5 MB a MB of input).
 */
interface TableIndex {
  bounds: Map<number, { first: number; last: number }>;
  rows: Map<number, ReadonlyMap<number, RowCell[]>>;
}

/** Each document's TableIndex, kept while the paragraph list lives. */
const tablesOf = new WeakMap<readonly Paragraph[], TableIndex>();

/** The TableIndex of `all` (its tables' bounds read on the first call). */
function indexOf(all: readonly Paragraph[]): TableIndex {
  let index = tablesOf.get(all);
  if (!index) {
    const bounds = new Map<number, { first: number; last: number }>();
    all.forEach((p, i) => {
      if (!p.cell) return;
      const b = bounds.get(p.cell.table);
      if (b) b.last = i;
      else bounds.set(p.cell.table, { first: i, last: i });
    });
    tablesOf.set(all, (index = { bounds, rows: new Map() }));
  }
  return index;
}

/** The numbers of the tables of `all`, in the order they start. */
export function tableNumbers(all: readonly Paragraph[]): number[] {
  return [...indexOf(all).bounds.keys()];
}

/**
 * The first and last paragraph (0-based positions in `all`) of table `table` (blank cells too);
 * undefined when `all` has no such table.
 */
export function tableBounds(all: readonly Paragraph[], table: number): { first: number; last: number } | undefined {
  return indexOf(all).bounds.get(table);
}

/** Each table's header row (headerOf), found once. */
const headers = new WeakMap<ReadonlyMap<number, RowCell[]>, { row: number; roles: ColumnRole[]; cells: RowCell[] } | null>();

/**
 * The header of a table (`rows`, cellsByRow's): its first row, by row number, that names the
 * columns (headerRoles); undefined when none does. Found once a table.
 */
export function headerOf(rows: ReadonlyMap<number, RowCell[]>): { row: number; roles: ColumnRole[]; cells: RowCell[] } | undefined {
  let found = headers.get(rows);
  if (found === undefined) {
    found = null;
    for (const [r, cells] of ascending(rows)) {
      const roles = headerRoles(cells);
      if (roles) {
        found = { row: r, roles, cells };
        break;
      }
    }
    headers.set(rows, found);
  }
  return found ?? undefined;
}

/**
 * The written cells of table `table` by row number (a row of blank cells is an empty list), rows
 * in document order, each row's cells in document order. Each table is read once, the first time
 * it is asked, and kept while `all` lives: rules ask row by row (table-gap, orphan-measure), and a
 * pass over the document for each row was quadratic (issue 13).
 */
function cellsByRow(all: readonly Paragraph[], table: number): ReadonlyMap<number, RowCell[]> {
  const index = indexOf(all);
  let rows = index.rows.get(table);
  if (rows) return rows;
  rows = readRows(all, table);
  if (rows !== NO_ROWS) index.rows.set(table, rows);
  return rows;
}

/**
 * The rows of table `table` as cellsByRow gives them, without keeping a table not read before: for
 * a pass over every table that keeps nothing of most (emptyMeasureRows), so a material of
 * thousands of small tables is not held table by table (issue 13).
 */
function passingRows(all: readonly Paragraph[], table: number): ReadonlyMap<number, RowCell[]> {
  return indexOf(all).rows.get(table) ?? readRows(all, table);
}

/** Table `table`'s written cells by row (cellsByRow), read from `all`; NO_ROWS for no such table. */
function readRows(all: readonly Paragraph[], table: number): ReadonlyMap<number, RowCell[]> {
  const b = indexOf(all).bounds.get(table);
  if (!b) return NO_ROWS;
  // Rows in ascending order (every reader writes them so): one TableRows. Else a Map of the rows.
  const cells: RowCell[] = [];
  const keys: number[] = [];
  const starts: number[] = [];
  let rows: Map<number, RowCell[]> | undefined;
  for (let i = b.first; i <= b.last; i++) {
    const p = all[i];
    const c = p.cell;
    if (c?.table !== table) continue;
    const text = ((p.listString ?? '') + p.text).trim();
    // A reader's CellParagraph whose text is its cell's is that row cell itself (no copy).
    const cell: RowCell | undefined = !text ? undefined : p instanceof CellParagraph && p.text === text ? p : { text, column: c.column, paragraph: p.index };
    if (rows) {
      let row = rows.get(c.row);
      if (!row) rows.set(c.row, (row = []));
      if (cell) row.push(cell);
      continue;
    }
    const last = keys.length ? keys[keys.length - 1] : -Infinity;
    if (c.row > last) {
      keys.push(c.row);
      starts.push(cells.length);
    } else if (c.row < last) {
      // A row after a later one: grouped by row number from here, as a Map.
      rows = new Map();
      keys.forEach((r, k) => rows!.set(r, cells.slice(starts[k], k + 1 < keys.length ? starts[k + 1] : cells.length)));
      let row = rows.get(c.row);
      if (!row) rows.set(c.row, (row = []));
      if (cell) row.push(cell);
      continue;
    }
    if (cell) cells.push(cell);
  }
  if (rows) {
    // Each row's list at its exact size (a list built by push keeps a store of 17 slots, issue 13).
    for (const [r, row] of rows) rows.set(r, exactList(row, NO_CELLS));
    return rows;
  }
  starts.push(cells.length);
  return new TableRows(Int32Array.from(keys), Int32Array.from(starts), exactList(cells, NO_CELLS));
}

/**
 * A table's written cells by row number, rows in ascending order, as a read-only Map (cellsByRow):
 * all its cells in one list, row by row, and two arrays of numbers (each row's number and where its
 * cells start). A row's list is made when it is asked for. A 整改清单 of 20,000 rows kept a Map entry
 * and a list of its own a row, some 2.3 MB a MB of input (issue 13).
 */
export class TableRows implements ReadonlyMap<number, RowCell[]> {
  /**
   * @param numbers each row's number, ascending
   * @param starts where each row's cells start in `cells`, and their count after the last
   * @param cells every written cell of the table, row by row, each row's in document order
   */
  constructor(
    private readonly numbers: Int32Array,
    private readonly starts: Int32Array,
    private readonly cells: readonly RowCell[],
  ) {}

  get size(): number {
    return this.numbers.length;
  }

  /** Position of row `row` in `numbers`, or -1 (binary search). */
  private find(row: number): number {
    let lo = 0;
    let hi = this.numbers.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.numbers[mid];
      if (k === row) return mid;
      if (k < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The row at position `k`: a new list of its cells (the shared empty list for none). */
  private rowAt(k: number): RowCell[] {
    const from = this.starts[k];
    const to = this.starts[k + 1];
    return from === to ? NO_CELLS : this.cells.slice(from, to);
  }

  get(row: number): RowCell[] | undefined {
    const k = this.find(row);
    return k < 0 ? undefined : this.rowAt(k);
  }

  has(row: number): boolean {
    return this.find(row) >= 0;
  }

  *entries(): MapIterator<[number, RowCell[]]> {
    for (let k = 0; k < this.numbers.length; k++) yield [this.numbers[k], this.rowAt(k)];
  }

  *keys(): MapIterator<number> {
    for (let k = 0; k < this.numbers.length; k++) yield this.numbers[k];
  }

  *values(): MapIterator<RowCell[]> {
    for (let k = 0; k < this.numbers.length; k++) yield this.rowAt(k);
  }

  [Symbol.iterator](): MapIterator<[number, RowCell[]]> {
    return this.entries();
  }

  forEach(f: (value: RowCell[], key: number, map: ReadonlyMap<number, RowCell[]>) => void, thisArg?: unknown): void {
    for (let k = 0; k < this.numbers.length; k++) f.call(thisArg, this.rowAt(k), this.numbers[k], this);
  }
}

/** `rows`' entries in ascending row order (a TableRows is in that order already: not copied). */
function ascending(rows: ReadonlyMap<number, RowCell[]>): Iterable<[number, RowCell[]]> {
  return rows instanceof TableRows ? rows : [...rows.entries()].sort((a, b) => a[0] - b[0]);
}

/** The list of a row with no written cell (shared, never written to). */
const NO_CELLS: RowCell[] = [];

/** The rows of table `table` of `all` (cellsByRow: read once, on first use). */
export function tableRows(all: readonly Paragraph[], table: number): ReadonlyMap<number, RowCell[]> {
  return cellsByRow(all, table);
}

/**
 * The owner and deadline columns a table row leaves empty: for the row of the cell at paragraph `at`
 * (0-based) in `all`, each column of the table's header whose role is owner or deadline with no cell
 * of the row written there (missing, blank or holding only —, /, 无, 待定 …, see blank), with the
 * header's own text and what the row wrote ('' for nothing). [] when `at` is no cell, the table has
 * no header, or the row fills both.
 */
export function rowGaps(all: readonly Paragraph[], at: number): RowGap[] {
  const c = all[at]?.cell;
  if (!c) return [];
  const rows = cellsByRow(all, c.table);
  const found = headerOf(rows);
  if (!found || found.row >= c.row) return [];
  const { roles: header, cells: headerCells } = found;
  const cells = rows.get(c.row) ?? [];
  const out: RowGap[] = [];
  for (const role of ['owner', 'deadline'] as const) {
    const columns = header.flatMap((r, i) => (r === role ? [i] : []));
    if (!columns.length) continue;
    // A cell's lines broken inside one word (待↵定) read whole, as the checklist reads them (cellValues).
    const written = columns.flatMap((k) => cellValues(cells.filter((x) => x.column === k).map((x) => x.text), role));
    if (written.some((x) => !blank(x))) continue;
    out.push({ role, header: headerCells.find((x) => x.column === columns[0])?.text ?? '', written: written.join('') });
  }
  return sharedGaps(rows, out);
}

/** A 整改清单 row left without its measure (emptyMeasureRows). */
export interface EmptyMeasureRow {
  /** The paragraph to point at: the row's 问题 cell, else its first written cell (0-based). */
  paragraph: number;
  /** The row's number as written in its 序号 cell, else its place among the rows after the header (1-based). */
  number: string;
  /** What its 问题 cells say ('' for nothing). */
  problem: string;
  /** The headers (as written) of the measure, owner and deadline columns it leaves blank, in column order. */
  blanks: string[];
}

/**
 * The rows of the 整改清单 tables of `all` (a header naming a 措施 column) whose 措施 cells are all
 * blank (nothing, or only —, /, 待定 …: blank) while the row writes something (a 序号, a 问题, an
 * owner …): a row a reviewer sends back, with or without its 问题. A row with nothing written at all
 * is left alone (a spare row of the form). In document order.
 */
export function emptyMeasureRows(all: readonly Paragraph[]): EmptyMeasureRow[] {
  const out: EmptyMeasureRow[] = [];
  for (const table of tableNumbers(all)) {
    const rows = passingRows(all, table);
    const found = headerOf(rows);
    if (!found || !found.roles.includes('measure')) continue;
    const { row: headerRow, roles, cells: headerCells } = found;
    const headerText = (k: number, fallback: string) => headerCells.find((x) => x.column === k)?.text || fallback;
    let place = 0;
    for (const [r, cells] of ascending(rows)) {
      if (r <= headerRow) continue;
      place++;
      if (!cells.some((x) => !blank(x.text))) continue;
      const written = (role: ColumnRole) => cells.filter((x) => roles[x.column] === role && !blank(x.text));
      if (written('measure').length) continue;
      const blanks: string[] = [];
      roles.forEach((role, k) => {
        if (role !== 'measure' && role !== 'owner' && role !== 'deadline') return;
        if (cells.some((x) => x.column === k && !blank(x.text))) return;
        blanks.push(headerText(k, role === 'measure' ? '整改措施' : role === 'owner' ? '责任人' : '完成时限'));
      });
      const problem = written('problem');
      const numbered = written('number')[0]?.text.trim();
      out.push({ paragraph: (problem[0] ?? cells.find((x) => !blank(x.text))!).paragraph, number: numbered || String(place), problem: problem.map((x) => x.text).join(''), blanks });
    }
  }
  return out.sort((a, b) => a.paragraph - b.paragraph);
}

/** Each table's row gaps by what they say (sharedGaps). */
const gapsOf = new WeakMap<ReadonlyMap<number, RowCell[]>, Map<string, RowGap[]>>();

/**
 * `gaps` (one row's, of table `rows`) as one list shared by every row of the table with the same
 * gaps: the table-gap rule keeps each concrete measure's gaps for the report, and the rows of a
 * long 整改清单 leave the same columns empty (issue 13: two gap objects and a list of 17 slots a
 * row). Read only: no caller writes to a RowGap list.
 */
function sharedGaps(rows: ReadonlyMap<number, RowCell[]>, gaps: RowGap[]): RowGap[] {
  if (gaps.length === 0) return NO_GAPS;
  let known = gapsOf.get(rows);
  if (!known) gapsOf.set(rows, (known = new Map()));
  const key = gaps.map((g) => `${g.role}\u0000${g.header}\u0000${g.written}`).join('\u0001');
  const found = known.get(key);
  if (found) return found;
  const list = exactList(gaps, NO_GAPS);
  known.set(key, list);
  return list;
}

/** The gaps of a row that fills its owner and deadline columns (shared, never written to). */
const NO_GAPS: RowGap[] = [];

/** Share of a 问题 cell's character pairs a problem's text must hold to be the problem it names. */
const CLAIM_SHARE = 0.4;

/** Quotation and title marks around a named problem (“…”, 「…」, 《…》). */
const CLAIM_QUOTES = /[“”"「」『』《》‘’']/g;
/** What a writer puts after a problem's name in a 问题 cell: (的|等)问题, 方面, 现象, 情况; punctuation. */
const CLAIM_TAIL = /(?:[的等])?(?:问题|方面|现象|情况)$|[。；;，,、：:！!？?\s]+$/;

/**
 * The words of one line of a 问题 cell that name a problem: without its own number (一是, 1.,
 * （一）), quotation marks, a trailing 问题/方面/现象/情况 (的问题, 等问题) and punctuation, and a
 * leading 在 before a trailing 方面 (在理论学习方面 → 理论学习). Pure.
 */
export function claimWords(line: string): string {
  let s = stripLeadingMarker(line.trim()).replace(CLAIM_QUOTES, '').trim();
  let aspect = false;
  for (let k = 0; k < 4; k++) {
    const m = CLAIM_TAIL.exec(s);
    if (!m || m[0].length === s.length) break;
    if (m[0].endsWith('方面')) aspect = true;
    s = s.slice(0, m.index);
  }
  return aspect ? s.replace(/^在/, '') : s;
}

/** The distinct CJK character pairs of `text`'s runs (digits, Latin and punctuation break runs). */
function charPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]{2,}/g) ?? []) for (let i = 0; i + 2 <= run.length; i++) pairs.add(run.slice(i, i + 2));
  return pairs;
}

/**
 * Does a problem holding `held` of a cell's `size` character pairs name it: at least 40% of them,
 * and at least two, or all of a one-pair cell (迟到问题 → 迟到; “谈话少” holds only 谈话 of
 * 廉政谈话: a word in common, not the problem named)?
 */
function claims(held: number, size: number): boolean {
  return held / size >= CLAIM_SHARE - 1e-9 && (held >= 2 || held === size);
}

/**
 * The listed problems a 整改清单 row's 问题 cells name (claimedProblem), asked row after row
 * against one list of problems: each problem's character pairs read once into an index, so a
 * table of many rows costs its cells' pairs, not rows × problems × text.
 */
export class ProblemClaims {
  private readonly postings = new Map<string, number[]>();

  /** `problems`: each problem's text, in the order claims are numbered. */
  constructor(problems: readonly string[]) {
    problems.forEach((p, k) => {
      for (const x of charPairs(p)) {
        const list = this.postings.get(x);
        if (list) list.push(k);
        else this.postings.set(x, [k]);
      }
    });
  }

  /**
   * The problem `cell` (one 问题 cell's text) names: the one holding the largest share of the
   * cell's pairs (claimWords' words), the first on a tie, when it claims (at least 40%, and two
   * pairs unless the cell has one); −1 when none does, the cell is blank or names nothing.
   * `allowed` leaves problems out (another material's).
   */
  claimed(cell: string, allowed?: (problem: number) => boolean): number {
    const pairs = charPairs(claimWords(cell));
    if (pairs.size === 0) return -1;
    const held = new Map<number, number>();
    for (const x of pairs) for (const k of this.postings.get(x) ?? []) held.set(k, (held.get(k) ?? 0) + 1);
    let best = -1;
    let bestHeld = 0;
    for (const [k, n] of held) {
      if (!claims(n, pairs.size) || (allowed && !allowed(k))) continue;
      if (n > bestHeld || (n === bestHeld && k < best)) {
        best = k;
        bestHeld = n;
      }
    }
    return best;
  }

  /**
   * Every problem a cell of one or more lines names: each line's (claimed), in line order and
   * each once; the whole cell's when no line names one.
   */
  claimedByLines(cell: string, allowed?: (problem: number) => boolean): { problem: number; line: string }[] {
    const out: { problem: number; line: string }[] = [];
    for (const line of cell.split('\n')) {
      const k = this.claimed(line, allowed);
      if (k >= 0 && !out.some((x) => x.problem === k)) out.push({ problem: k, line: line.trim() });
    }
    if (out.length === 0 && cell.includes('\n')) {
      const k = this.claimed(cell, allowed);
      if (k >= 0) out.push({ problem: k, line: cell.trim() });
    }
    return out;
  }
}

/**
 * The listed problem a table row's own 问题 cell names (t23 m05: “配套政策落地慢” names “贯彻落实党中央
 * 决策部署有时停留在…配套措施…没有落地”): the problem text holding the largest share of the cell's
 * CJK character pairs (its words as claimWords reads them: no 一是, quotation marks or trailing
 * 问题/方面), at least 40% and at least two of them (all of a one-pair cell); −1 when none does or
 * the cell is blank. `problems`: each problem's text.
 */
export function claimedProblem(cell: string, problems: readonly string[]): number {
  return new ProblemClaims(problems).claimed(cell);
}

/**
 * The 问题 cells (header column 问题/存在问题…) of the table row holding paragraph `at` (0-based), as
 * written, one line each; '' when `at` is no cell, its table has no header with a 问题 column, the
 * row leaves it blank, or `at` itself is the 问题 cell.
 */
export function rowProblemCell(all: readonly Paragraph[], at: number): string {
  const c = all[at]?.cell;
  if (!c) return '';
  const rows = cellsByRow(all, c.table);
  const found = headerOf(rows);
  const header = found && found.row < c.row ? found.roles : undefined;
  if (!header || header[c.column] === 'problem') return '';
  return (rows.get(c.row) ?? []).filter((x) => header![x.column] === 'problem' && !blank(x.text)).map((x) => x.text).join('\n');
}

/**
 * The values a row's cells (`cells`, in order) write in the columns of role `kind` of `header`:
 * each column's non-blank lines read as cellValues reads them (a value broken over two lines
 * joined, 党↵组书记 → 党组书记), columns in order, blank values left out.
 */
export function columnValues(cells: readonly RowCell[], header: readonly ColumnRole[], kind: 'owner' | 'deadline'): string[] {
  const byColumn = new Map<number, string[]>();
  for (const c of cells) {
    if ((header[c.column] ?? 'other') !== kind || blank(c.text)) continue;
    const list = byColumn.get(c.column);
    if (list) list.push(c.text);
    else byColumn.set(c.column, [c.text]);
  }
  return [...byColumn.keys()].sort((a, b) => a - b).flatMap((k) => cellValues(byColumn.get(k)!, kind).filter((v) => !blank(v)));
}

export interface RowCell {
  text: string;
  column: number;
  paragraph: number;
}

/** A header row's column roles, by column index; undefined when the row is no header. */
export function headerRoles(cells: RowCell[]): ColumnRole[] | undefined {
  const header = cells.length > 0 && cells.every((c) => c.text.length <= 8) && cells.some((c) => HEADER_CELL.test(c.text));
  if (!header) return undefined;
  const roles: ColumnRole[] = [];
  for (const c of cells) roles[c.column] = columnRole(c.text);
  return roles;
}

/**
 * The entry of one row: its paragraph (the main cell's), its heading text and its body, and, when
 * the main cell is another column's, its 问题 cells as written (one a line) and the main cell's
 * length (the body starts with it). `prefer`
 * lists the column roles that hold what the part is about, most wanted first. A row whose cell in
 * the header's column for `prefer[0]` is blank is no entry: empty text and body.
 */
export function rowEntry(cells: RowCell[], header: ColumnRole[] | undefined, prefer: ColumnRole[]): { paragraph: number; text: string; body: string; own?: number; problem?: string; cell?: number } {
  const filled = cells.filter((c) => !blank(c.text));
  const first = filled[0] ?? cells[0];
  if (!header) return { paragraph: first.paragraph, text: first.text, body: filled.map((c) => c.text).join(' ') };
  const role = (c: RowCell): ColumnRole => header[c.column] ?? 'other';
  // The header has a column for what the part is about and this row leaves it blank (a 整改清单 row
  // "6 | 以罚代管 | — | / | 立行立改"): the row holds none, not its number or its other cells as one.
  const about = prefer[0];
  if ((about === 'measure' || about === 'problem') && header.includes(about) && !filled.some((c) => role(c) === about)) return { paragraph: first.paragraph, text: '', body: '' };
  const main = prefer.map((r) => filled.find((c) => role(c) === r)).find((c) => c !== undefined);
  if (!main) return { paragraph: first.paragraph, text: first.text, body: filled.filter((c) => role(c) !== 'number').map((c) => c.text).join(' ') };
  const of = (r: ColumnRole) => filled.filter((c) => c !== main && role(c) === r).map((c) => c.text);
  // An owner or deadline cell broken over two lines (党↵组书记, 2026年↵6月底, or two paragraphs) is one
  // value, so the measure's deadline counts; two owners a line each stay two.
  const owner = role(main) === 'owner' ? of('owner') : columnValues(filled, header, 'owner');
  const deadline = role(main) === 'deadline' ? of('deadline') : columnValues(filled, header, 'deadline');
  const tail = [...(owner.length ? [`责任人：${owner.join('、')}`] : []), ...deadline];
  const rest = [...of('problem'), ...of('measure'), ...of('other')];
  const own = main.text + (tail.length ? `（${tail.join('；')}）` : '');
  const body = own + (rest.length ? '\n' + rest.join(' ') : '');
  // The row's own 问题 cells, when it is about something else (its measure): the problem it says it answers.
  const problem = role(main) === 'problem' ? [] : of('problem');
  return { paragraph: main.paragraph, text: main.text, body, ...(rest.length ? { own: own.length } : {}), ...(problem.length ? { problem: problem.join('\n'), cell: main.text.length } : {}) };
}
