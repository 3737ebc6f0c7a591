/**
 * A table cell's paragraph as the readers make it (text reader: a pipe-table cell; RTF: a \cell),
 * in one object of five fields: its index and text, and where it stands (table, row, column) as
 * numbers of its own. `inTable` (always true) and `cell` ({ table, row, column }, a new object each
 * time it is read) are on the shared prototype, so a paragraph a cell is 64 bytes where a plain
 * { index, text, inTable, cell } and its cell object were 104 (issue 13: a 整改清单 flood is a
 * paragraph a cell, some 100,000 a MB).
 *
 * It is also a table row's cell as table-rows.ts reads one (RowCell: text, column, paragraph): a
 * cell whose text is already its row cell's text (trimmed, no list number) is that row cell itself,
 * not a copy of it (a table of 100,000 cells kept one more object a cell, some 48 bytes).
 *
 * Read its fields by name, as every other paragraph's. A copy made by spread, Object.assign or
 * structuredClone lacks `inTable` and `cell` (and holds table, row and column instead): copy one
 * with `plainParagraph`; JSON.stringify lists it as that plain paragraph (toJSON). As data,
 * `plainParagraph(p)` is the plain paragraph { index, text, inTable: true, cell: { table, row,
 * column } } the readers made before.
 */
import type { Paragraph } from '../types';

export class CellParagraph implements Paragraph {
  /** 0-based position in the paragraph list (Paragraph.index). */
  index: number;
  /** The cell paragraph's text (Paragraph.text). */
  text: string;
  /** The table's number in document order (0-based). */
  readonly table: number;
  /** The row in its table (0-based). */
  readonly row: number;
  /** The column in its row (0-based). */
  readonly column: number;

  constructor(index: number, text: string, table: number, row: number, column: number) {
    this.index = index;
    this.text = text;
    this.table = table;
    this.row = row;
    this.column = column;
  }

  /** Inside a table cell: always. */
  get inTable(): true {
    return true;
  }

  /** Where in a table (Paragraph.cell): a new object each time, not kept. */
  get cell(): { table: number; row: number; column: number } {
    return { table: this.table, row: this.row, column: this.column };
  }

  /** The paragraph's index, as a table row's cell names it (table-rows.ts RowCell.paragraph). */
  get paragraph(): number {
    return this.index;
  }

  /** JSON.stringify lists it as the plain paragraph it stands for (plainParagraph). */
  toJSON(): Paragraph {
    return plainParagraph(this);
  }
}

/**
 * `p` with every field as its own, to be spread or sent on (structured clone): a CellParagraph as
 * a new plain object (its `inTable` and `cell` made own, its table, row and column left out), any
 * other paragraph itself (not copied).
 */
export function plainParagraph(p: Paragraph): Paragraph {
  if (!(p instanceof CellParagraph)) return p;
  const { table: _t, row: _r, column: _c, ...own } = p;
  return { ...own, inTable: true, cell: p.cell };
}
