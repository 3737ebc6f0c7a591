/**
 * Writing .xlsx and .csv tables for the CLI. Workbooks are written with write-excel-file (kept up,
 * small: one dependency, fflate); each sheet gets a bold, frozen header row and an autofilter over
 * its columns (added as a write-excel-file feature: an <autoFilter> after the sheet data).
 */
import type { SheetData } from 'write-excel-file/node';
import type { Feature } from 'write-excel-file/types/Feature';
import type { FileContent } from 'write-excel-file/node/FileContent';
import { deliverableText as t } from '../engine/messages';

export interface Table {
  /** Sheet name (at most 31 characters, no []:*?/\). */
  name: string;
  header: string[];
  rows: (string | number)[][];
  /** Column widths in characters. */
  widths?: number[];
}

/** Column letters of a 0-based index (0 → A, 26 → AA). */
export function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Cells whose text is a name on Object.prototype (`constructor`, `toString`, `__proto__`…):
 * write-excel-file 4.1.1 looks shared strings up in a plain object, so such a text gets a broken
 * index and Excel asks to repair the file. These few cells are written with a placeholder and then
 * made inline strings (`t="inlineStr"`) in the sheet's XML, by their reference.
 */
function isPrototypeName(v: string | number): boolean {
  // Most cells are longer than any such name: no property lookup for them.
  return typeof v === 'string' && v.length <= PROTOTYPE_NAME_MAX && v in Object.prototype;
}

/** The longest name on Object.prototype (propertyIsEnumerable: 20). */
const PROTOTYPE_NAME_MAX = Math.max(...Object.getOwnPropertyNames(Object.prototype).map((n) => n.length));

/** A cell written as its value alone: within CELL_MAX, no line break, not a prototype name. */
function isPlain(v: string | number): boolean {
  return typeof v === 'number' || (v.length <= CELL_MAX && !v.includes('\n') && !isPrototypeName(v));
}

/** XML text content: the five characters XML reserves, escaped. */
function xmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The cell `ref`'s shared-string element in `content` rewritten as an inline string holding `text`. */
function inlineCell(content: string, ref: string, text: string): string {
  const start = content.indexOf(`<c r="${ref}"`);
  const end = start < 0 ? -1 : content.indexOf('</c>', start);
  if (end < 0) return content;
  const open = content.slice(start, content.indexOf('>', start) + 1).replace(' t="s"', ' t="inlineStr"');
  return `${content.slice(0, start)}${open}<is><t xml:space="preserve">${xmlText(text)}</t></is>${content.slice(end)}`;
}

function sheetTransform(tables: Table[], inline: Map<string, string>[]): Feature<FileContent> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(content, _options, properties) {
            for (const [ref, text] of inline[properties.sheetIndex] ?? []) content = inlineCell(content, ref, text);
            const t = tables[properties.sheetIndex];
            // The sheet data closes near the end: searched from there, not across every row.
            const end = content.lastIndexOf('</sheetData>');
            if (!t || end < 0 || content.indexOf('<autoFilter', end) >= 0) return content;
            const ref = `A1:${columnName(t.header.length - 1)}${t.rows.length + 1}`;
            const at = end + '</sheetData>'.length;
            return `${content.slice(0, at)}<autoFilter ref="${ref}"/>${content.slice(at)}`;
          },
        },
      },
    },
  };
}

/**
 * The most characters (UTF-16 units) one cell may hold: 32,767 (Microsoft, "Excel specifications
 * and limits": total number of characters that a cell can contain). Excel asks to repair a file
 * with a longer cell and WPS cuts it.
 */
export const CELL_MAX = 32_767;

/** `v` within CELL_MAX: a longer text is cut and says so at its end (t.cellCut). */
export function fitCell<T extends string | number>(v: T): T | string {
  if (typeof v !== 'string' || v.length <= CELL_MAX) return v;
  let end = CELL_MAX - t.cellCut.length;
  // Never split a surrogate pair.
  if (end > 0 && v.charCodeAt(end - 1) >= 0xd800 && v.charCodeAt(end - 1) <= 0xdbff) end--;
  return v.slice(0, end) + t.cellCut;
}

/**
 * The workbook bytes: one sheet per table, header bold, frozen and filtered; every cell within
 * CELL_MAX. `reuseRows: false` rebuilds every row cell by cell, as an object a cell (the
 * straightforward path: the same workbook, kept for the tests to compare with).
 */
export async function writeWorkbook(tables: Table[], { reuseRows = true }: { reuseRows?: boolean } = {}): Promise<Buffer> {
  const inline = tables.map(() => new Map<string, string>());
  const sheets = tables.map((t, sheet) => {
    const data: SheetData = [t.header.map((h) => ({ value: h, fontWeight: 'bold' as const }))];
    for (let row = 0; row < t.rows.length; row++) {
      const r = t.rows[row];
      // A row whose every cell is written as it is (SheetData takes plain values) is passed itself:
      // no cell object a cell, and nothing new for the young generation to copy while the sheets'
      // XML is built. Only a cell cut to CELL_MAX, holding a line break or named like a property
      // of Object.prototype makes its row a new one.
      data.push(reuseRows && r.every(isPlain) ? r : r.map((cell, column) => {
        const v = fitCell(cell);
        if (isPrototypeName(v)) {
          inline[sheet].set(`${columnName(column)}${row + 2}`, String(v));
          return { value: '-' };
        }
        return typeof v === 'string' && v.includes('\n') ? { value: v, wrap: true } : { value: v };
      }));
    }
    return {
      data,
      sheet: t.name,
      stickyRowsCount: 1,
      ...(t.widths ? { columns: t.widths.map((width) => ({ width })) } : {}),
    };
  });
  // Loaded on first use: only --xlsx and --checklist *.xlsx need it.
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const bytes = await writeXlsxFile(sheets, { features: [sheetTransform(tables, inline)] }).toBuffer();
  rowsWritten += tables.reduce((n, t) => n + t.rows.length, 0);
  return bytes;
}

/** Rows of the workbooks this thread has written (writeWorkbook), for `rowsWrittenHere`. */
let rowsWritten = 0;

/**
 * How many rows this thread's writeWorkbook has written so far: a thread that has written many has
 * the writer compiled already (a program checking folder after folder) and gains nothing from a
 * practised worker (workbook-thread.ts).
 */
export function rowsWrittenHere(): number {
  return rowsWritten;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark (so Excel and WPS read the Chinese correctly), CRLF lines. */
export function toCsv(table: Pick<Table, 'header' | 'rows'>): string {
  const cell = (v: string | number) => {
    const s = String(fitCell(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\ufeff' + [table.header, ...table.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
