/**
 * Writing .xlsx and .csv tables for the CLI. Each sheet gets a bold, frozen header row and an
 * autofilter over its columns. The workbook's parts are the XML write-excel-file wrote for these
 * tables, byte for byte (its shared strings, styles, frozen pane, column widths; the autofilter was
 * a feature added to it), made here directly and zipped with Node's zlib (zip.ts): write-excel-file
 * spent about a sixth of a 200-file folder check on its generic per-cell markup and its JavaScript
 * deflate. test/deliverables/xlsx-parts.test.ts holds the parts to write-excel-file's.
 */
import { deliverableText as t } from '../engine/messages';
import { zipFiles } from './zip';

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

// XML as write-excel-file 4.1.1 writes it (its removeInvalidXmlCharacters and escapeXmlSpecialCharacters).

/** Characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFD–U+FFFF, unpaired surrogates). */
const INVALID_CHARACTERS = /((?:[\0-\x08\x0B\f\x0E-\x1F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]))/g;
/** Characters XML 1.0 discourages (C1 controls but NEL, U+FDD0–U+FDEF, the non-characters of the supplementary planes). */
const DISCOURAGED_CHARACTERS = new RegExp(
  '([\\x7F-\\x84]|[\\x86-\\x9F]|[\\uFDD0-\\uFDEF]|(?:\\uD83F[\\uDFFE\\uDFFF])|(?:\\uD87F[\\uDFFE\\uDFFF])|(?:\\uD8BF[\\uDFFE\\uDFFF])|(?:\\uD8FF[\\uDFFE\\uDFFF])|(?:\\uD93F[\\uDFFE\\uDFFF])|(?:\\uD97F[\\uDFFE\\uDFFF])|(?:\\uD9BF[\\uDFFE\\uDFFF])|(?:\\uD9FF[\\uDFFE\\uDFFF])|(?:\\uDA3F[\\uDFFE\\uDFFF])|(?:\\uDA7F[\\uDFFE\\uDFFF])|(?:\\uDABF[\\uDFFE\\uDFFF])|(?:\\uDAFF[\\uDFFE\\uDFFF])|(?:\\uDB3F[\\uDFFE\\uDFFF])|(?:\\uDB7F[\\uDFFE\\uDFFF])|(?:\\uDBBF[\\uDFFE\\uDFFF])|(?:\\uDBFF[\\uDFFE\\uDFFF])(?:[\\0-\\t\\x0B\\f\\x0E-\\u2027\\u202A-\\uD7FF\\uE000-\\uFFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?:[^\\uD800-\\uDBFF]|^)[\\uDC00-\\uDFFF]))',
  'g',
);
/** Any character the two patterns above or the escaping could change: text without one is written as it is. */
const NEEDS_SANITIZING = /[&<>'"\0-\x08\x0B\f\x0E-\x1F\x7F-\x84\x86-\x9F\uFDD0-\uFDEF\uFFFD-\uFFFF\uD800-\uDFFF]/;

/** Text for XML character data (`attribute`: for an attribute value, quotes escaped too), as write-excel-file made it. */
function sanitize(s: string, attribute = false): string {
  if (!NEEDS_SANITIZING.test(s)) return s;
  s = s.replace(INVALID_CHARACTERS, '').replace(DISCOURAGED_CHARACTERS, '');
  s = s.replaceAll('&', '&amp;').replaceAll('>', '&gt;').replaceAll('<', '&lt;');
  return attribute ? s.replaceAll("'", '&apos;').replaceAll('"', '&quot;') : s;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_START =
  `<?xml version="1.0" ?><worksheet xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:r="${DOC_REL}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">`;
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Cell styles of a workbook (cellXfs), numbered in order of first use after the default 0. */
class Styles {
  bold = 0;
  wrap = 0;
  private count = 1;
  private readonly order: ('bold' | 'wrap')[] = [];

  /** The style number of a header cell (bold) or a cell of several lines (wrapped). */
  id(kind: 'bold' | 'wrap'): number {
    if (this[kind] === 0) {
      this[kind] = this.count++;
      this.order.push(kind);
    }
    return this[kind];
  }

  xml(): string {
    const font = '<font><family val="2"/><scheme val="minor"/><color theme="1"/></font>';
    const boldFont = '<font><family val="2"/><scheme val="minor"/><b/><color theme="1"/></font>';
    const xfs = this.order.map((k) => (k === 'bold' ? '<xf fontId="1" applyFont="1"></xf>' : '<xf applyAlignment="1"><alignment wrapText="1"/></xf>'));
    return (
      `<?xml version="1.0" ?><styleSheet xmlns="${MAIN_NS}">` +
      `<fonts count="${this.bold ? 2 : 1}">${font}${this.bold ? boldFont : ''}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      `<cellXfs count="${this.count}"><xf ></xf>${xfs.join('')}</cellXfs></styleSheet>`
    );
  }
}

/** The workbook's shared strings, numbered in order of first use. */
class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(s, id);
      this.list.push(s);
    }
    return id;
  }

  xml(): string {
    const parts = [`<?xml version="1.0"?><sst xmlns="${MAIN_NS}">`];
    for (const s of this.list) parts.push(s.trim().length === s.length ? '<si><t>' : '<si><t xml:space="preserve">', sanitize(s), '</t></si>');
    parts.push('</sst>');
    return parts.join('');
  }
}

const ILLEGAL_IN_SHEET_NAME = /[[\]/\\:*?]+/;

/** A sheet's XML: frozen header row (bold), column widths, the rows, an autofilter over the header's columns. */
function sheetXml(table: Table, index: number, strings: SharedStrings, styles: Styles): string {
  const letters: string[] = [];
  const letter = (c: number) => letters[c] ?? (letters[c] = columnName(c));
  const parts: string[] = [WORKSHEET_START];
  parts.push(
    `<sheetViews><sheetView tabSelected="${index === 0 ? 1 : 0}" workbookViewId="0"><pane ySplit="1" xSplit="0" topLeftCell="A2" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>`,
  );
  if (table.widths?.length) {
    parts.push('<cols>');
    table.widths.forEach((w, i) => parts.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    parts.push('</cols>');
  }
  // A row: `<row r="N">` and its cells, or `<row r="N"/>` when every cell is empty (and unstyled).
  const row = (r: number, cells: string) => (cells ? `<row r="${r}">${cells}</row>` : `<row r="${r}"/>`);
  parts.push('<sheetData>');
  let cells = '';
  table.header.forEach((h, c) => {
    const s = styles.id('bold');
    cells += h === '' ? `<c r="${letter(c)}1" s="${s}"/>` : `<c r="${letter(c)}1" s="${s}" t="s"><v>${strings.id(h)}</v></c>`;
  });
  parts.push(row(1, cells));
  for (let i = 0; i < table.rows.length; i++) {
    const r = i + 2;
    cells = '';
    const values = table.rows[i];
    for (let c = 0; c < values.length; c++) {
      const v = fitCell(values[c]);
      if (typeof v === 'number') cells += `<c r="${letter(c)}${r}"><v>${String(v)}</v></c>`;
      else if (v !== '') {
        const style = v.includes('\n') ? ` s="${styles.id('wrap')}"` : '';
        cells += `<c r="${letter(c)}${r}"${style} t="s"><v>${strings.id(v)}</v></c>`;
      }
    }
    parts.push(row(r, cells));
  }
  parts.push(`</sheetData><autoFilter ref="A1:${columnName(table.header.length - 1)}${table.rows.length + 1}"/></worksheet>`);
  return parts.join('');
}

/**
 * The workbook bytes: one sheet per table, header bold, frozen and filtered; every cell within
 * CELL_MAX; numbers as numbers, empty strings as no cell. Throws on a sheet name Excel refuses
 * (longer than 31 characters, or with []/\:*?).
 */
export async function writeWorkbook(tables: Table[]): Promise<Buffer> {
  // An empty name is "Sheet1", "Sheet2" … by its place, as write-excel-file named it.
  const names = tables.map((table, i) => table.name || `Sheet${i + 1}`);
  for (const name of names) {
    if (name.length > 31 || ILLEGAL_IN_SHEET_NAME.test(name)) throw new Error(`Sheet name "${name}" is not allowed`);
  }
  const strings = new SharedStrings();
  const styles = new Styles();
  const sheets = tables.map((table, i) => sheetXml(table, i, strings, styles));
  const ids = tables.map((_, i) => i + 1);
  const files = [
    {
      name: '[Content_Types].xml',
      text:
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" PartName="/xl/workbook.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" PartName="/xl/sharedStrings.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" PartName="/xl/styles.xml"/>` +
        ids.map((id) => `<Override ContentType="${SHEET_TYPE}" PartName="/xl/worksheets/sheet${id}.xml"/>`).join('') +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      text: `${XML_HEAD}<Relationships xmlns="${REL_NS}"><Relationship Id="rId-workbook-1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text:
        `<?xml version="1.0" ?><Relationships xmlns="${REL_NS}">` +
        ids.map((id) => `<Relationship Id="rId${id}" Type="${DOC_REL}/worksheet" Target="worksheets/sheet${id}.xml"/>`).join('') +
        `<Relationship Id="rId${ids.length + 1}" Type="${DOC_REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${ids.length + 2}" Type="${DOC_REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      text:
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${DOC_REL}" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><workbookPr/><bookViews><workbookView/></bookViews><sheets>` +
        names.map((name, i) => `<sheet r:id="rId${ids[i]}" sheetId="${ids[i]}" name="${sanitize(name, true)}"/>`).join('') +
        '</sheets><definedNames/><calcPr/></workbook>',
    },
    ...sheets.flatMap((xml, i) => [
      { name: `xl/worksheets/sheet${ids[i]}.xml`, text: xml },
      { name: `xl/worksheets/_rels/sheet${ids[i]}.xml.rels`, text: `${XML_HEAD}<Relationships xmlns="${REL_NS}"></Relationships>` },
    ]),
    { name: 'xl/styles.xml', text: styles.xml() },
    { name: 'xl/sharedStrings.xml', text: strings.xml() },
  ];
  return zipFiles(files);
}

/** RFC 4180 CSV with a UTF-8 byte-order mark (so Excel and WPS read the Chinese correctly), CRLF lines. */
export function toCsv(table: Pick<Table, 'header' | 'rows'>): string {
  const cell = (v: string | number) => {
    const s = String(fitCell(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\ufeff' + [table.header, ...table.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
