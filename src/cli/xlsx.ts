/**
 * Writing .xlsx and .csv tables for the CLI. A workbook is the SpreadsheetML parts written here
 * (one sheet per table: bold, frozen header row, an autofilter over its columns, column widths;
 * strings shared; cells holding a line break wrapped) and zipped with yazl, which deflates with
 * Node's own zlib. Measured on a folder of 200 materials (3,956 findings, 2.3 MB of XML),
 * write-excel-file took about 200 ms for this workbook, 127 ms of it zipping through fflate's
 * JavaScript deflate in a stream (no level to choose); these parts and yazl take about 45 ms for
 * the same cells (read back the same: test/deliverables/workbook.test.ts) — a fifth of a folder
 * check was the workbook.
 */
import type { ZipFile } from 'yazl';

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

/** Characters XML 1.0 does not allow: C0 controls other than tab, line feed, carriage return; lone surrogates; U+FFFE, U+FFFF. */
const NOT_XML = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML content or an attribute value: characters XML forbids dropped, the special ones escaped. */
export function xmlText(s: string): string {
  const clean = NOT_XML.test(s) ? s.replace(NOT_XML, '') : s;
  NOT_XML.lastIndex = 0;
  return clean.replace(XML_SPECIAL, (c) => ENTITY[c]);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Cell styles (cellXfs): 0 plain, 1 bold (the header), 2 wrapped (text with line breaks). */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2"><font><family val="2"/><scheme val="minor"/><color theme="1"/></font><font><b/><family val="2"/><scheme val="minor"/><color theme="1"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The workbook's strings, each once (sharedStrings.xml), by first use. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly parts: string[] = [];
  /** Cells that refer to a string (the sst's count). */
  uses = 0;

  of(s: string): number {
    this.uses++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.parts.length;
      this.index.set(s, i);
      // Leading or trailing white space (a line break too) is kept only when marked so.
      this.parts.push(s.trim().length === s.length ? `<si><t>${xmlText(s)}</t></si>` : `<si><t xml:space="preserve">${xmlText(s)}</t></si>`);
    }
    return i;
  }

  xml(): string {
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.parts.length}">${this.parts.join('')}</sst>`;
  }
}

/** One sheet: frozen header row, column widths, the cells (empty strings left out), an autofilter. */
function sheetXml(t: Table, first: boolean, strings: SharedStrings): string {
  const columns = Math.max(t.header.length, ...t.rows.map((r) => r.length));
  const letters = Array.from({ length: columns }, (_, c) => columnName(c));
  const out: string[] = [
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
    `<sheetViews><sheetView${first ? ' tabSelected="1"' : ''} workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`,
  ];
  if (t.widths?.length) out.push(`<cols>${t.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
  out.push('<sheetData>');
  const row = (cells: (string | number)[], r: number, header: boolean) => {
    let x = `<row r="${r}">`;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (typeof v === 'number' && Number.isFinite(v)) x += `<c r="${letters[c]}${r}"${header ? ' s="1"' : ''}><v>${v}</v></c>`;
      else if (v !== '' && v !== undefined && v !== null) {
        const s = String(v);
        const style = header ? ' s="1"' : s.includes('\n') ? ' s="2"' : '';
        x += `<c r="${letters[c]}${r}"${style} t="s"><v>${strings.of(s)}</v></c>`;
      }
    }
    return x + '</row>';
  };
  out.push(row(t.header, 1, true));
  for (let i = 0; i < t.rows.length; i++) out.push(row(t.rows[i], i + 2, false));
  out.push('</sheetData>');
  out.push(`<autoFilter ref="A1:${columnName(Math.max(t.header.length, 1) - 1)}${t.rows.length + 1}"/>`);
  out.push('</worksheet>');
  return out.join('');
}

/**
 * Deflate level of the workbook's parts: zlib's default (6). Level 1 measured 12 ms faster on a
 * 200-material workbook (2.3 MB of XML) but made the file a quarter larger (249 KB against 199 KB).
 */
const LEVEL = 6;

/** The workbook bytes: one sheet per table (in order), header bold, frozen and filtered. */
export async function writeWorkbook(tables: Table[]): Promise<Buffer> {
  const strings = new SharedStrings();
  const sheets = tables.map((t, i) => sheetXml(t, i === 0, strings));
  const n = tables.length;
  const ids = [...Array(n).keys()].map((i) => i + 1);
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${SML}.sheet.main+xml"/>` +
        ids.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${SML}.worksheet+xml"/>`).join('') +
        `<Override PartName="/xl/styles.xml" ContentType="${SML}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${SML}.sharedStrings+xml"/></Types>`,
    ],
    ['_rels/.rels', `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    [
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
        tables.map((t, i) => `<sheet name="${xmlText(t.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
        ids.map((i) => `<Relationship Id="rId${i}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('') +
        `<Relationship Id="rId${n + 1}" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
    ...sheets.map((x, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, x]),
    ['xl/sharedStrings.xml', strings.xml()],
  ];
  // Loaded on first use: only --xlsx and --checklist *.xlsx need it.
  const yazl = await import('yazl');
  const zip: ZipFile = new yazl.ZipFile();
  const mtime = new Date();
  for (const [name, xml] of parts) zip.addBuffer(Buffer.from(xml, 'utf8'), name, { mtime, compressionLevel: LEVEL });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** RFC 4180 CSV with a UTF-8 byte-order mark (so Excel and WPS read the Chinese correctly), CRLF lines. */
export function toCsv(table: Pick<Table, 'header' | 'rows'>): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\ufeff' + [table.header, ...table.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
