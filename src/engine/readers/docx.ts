/**
 * The .docx reader: body paragraphs of word/document.xml, in document order, with the heading
 * facts resolved through word/styles.xml and the automatic numbering rendered from
 * word/numbering.xml. Pure TypeScript over jszip and a small hand-written XML scanner (chosen by
 * measurement over fast-xml-parser, see bench/docx-bench.ts); runs in Node and in browsers.
 *
 * What counts as body text:
 * - paragraphs of the main document part, tables included (`inTable`), nested tables too, content
 *   controls (w:sdt) read through; headers, footers, footnotes, endnotes, comments are other parts
 *   and are not read;
 * - tracked changes are shown as accepted: w:del / w:moveFrom content is dropped, w:ins / w:moveTo kept;
 * - field codes (w:instrText) are dropped, field results kept; hidden text (w:vanish on the run) dropped;
 * - text boxes (w:txbxContent) and mc:Fallback copies are skipped (not paragraphs of the body flow);
 * - w:tab / w:ptab → one space; w:br / w:cr (a manual line break) → "\n", as the Word host gives it;
 *   w:noBreakHyphen → '-'; other control characters are removed; w:sym (symbol-font glyphs) and
 *   embedded w:altChunk content are not read.
 * - `bold` is set (true) only when every run with non-blank text is bold — directly (w:b), through
 *   its character style or through the paragraph style chain / document defaults; otherwise absent.
 * - `styleName` is the style's w:name ("heading 1", "标题 1", "Normal"); paragraphs without w:pStyle
 *   get the default paragraph style's name.
 * - `outlineLevel`: the paragraph's w:outlineLvl, else its style chain's, XML 0..8 → 1..9, 9 → body;
 *   a built-in heading style without any w:outlineLvl gets its heading level.
 */
import JSZip from 'jszip';
import type { Paragraph } from '../types';
import { trimEndChars } from '../text';
import { NumberingCounter, NumberingDefs, parseNumbering } from './docx-numbering';
import { StyleSheet, parseStyles } from './docx-styles';
import {
  MC_NS,
  REL_NS,
  W_NS,
  XmlHandler,
  XmlScanner,
  XmlTag,
  decodeEntities,
  intAttr,
  onOff,
  prefixFor,
  XmlDepth,
  scanXml,
} from './docx-xml';

export type DocxErrorCode = 'not-zip' | 'not-docx' | 'corrupt' | 'too-large';

const MESSAGES: Record<DocxErrorCode, string> = {
  'not-zip': '文件不是有效的 .docx（不是 zip 压缩包）',
  'not-docx': '文件不是 Word 文档（压缩包中没有 word/document.xml 正文）',
  corrupt: '文件已损坏，无法读取其中的 Word 文档内容',
  'too-large': '文件解压后过大（可能是“压缩炸弹”），已拒绝读取',
};

/** A .docx that cannot be read. `message` is one line of Chinese for the user. */
export class DocxError extends Error {
  readonly code: DocxErrorCode;
  constructor(code: DocxErrorCode, message: string = MESSAGES[code]) {
    super(message);
    this.name = 'DocxError';
    this.code = code;
    // Keep the prototype chain when compiled to ES5-style classes.
    Object.setPrototypeOf(this, DocxError.prototype);
  }
}

export interface ReadDocxOptions {
  /** Refuse inputs larger than this many bytes (default 50 MB). */
  maxInputBytes?: number;
  /** Refuse any XML part that inflates beyond this many bytes (default 100 MB). */
  maxXmlBytes?: number;
}

function megabytes(n: number): string {
  const mb = n / 1024 / 1024;
  return `${mb >= 1 ? Math.round(mb) : Number(mb.toPrecision(2))} MB`;
}

export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_XML_BYTES = 100 * 1024 * 1024;

/** Read the body paragraphs of a .docx. Throws `DocxError`. */
export function readDocx(data: Uint8Array | ArrayBuffer, options?: ReadDocxOptions): Promise<Paragraph[]> {
  return readDocxWith(data, scanXml, options);
}

/** `readDocx` with another XML scanner (used by the benchmark to compare parsers). */
export async function readDocxWith(
  data: Uint8Array | ArrayBuffer,
  scan: XmlScanner,
  options: ReadDocxOptions = {},
): Promise<Paragraph[]> {
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  const maxInput = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const maxXml = options.maxXmlBytes ?? DEFAULT_MAX_XML_BYTES;
  if (bytes.byteLength > maxInput) throw new DocxError('too-large', `文件过大（超过 ${megabytes(maxInput)}），已拒绝读取`);
  if (!looksLikeZip(bytes)) throw new DocxError('not-zip');

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new DocxError('corrupt');
  }

  try {
    const mainPath = await findMainPart(zip, maxXml, scan);
    const main = zip.file(mainPath);
    if (!main) throw new DocxError('not-docx');
    const rels = await readRelationships(zip, relsPathOf(mainPath), maxXml, scan);
    const dir = mainPath.slice(0, mainPath.lastIndexOf('/') + 1);
    const stylesPath = resolveTarget(dir, rels.find((r) => r.type.endsWith('/styles'))?.target) ?? dir + 'styles.xml';
    const numberingPath =
      resolveTarget(dir, rels.find((r) => r.type.endsWith('/numbering'))?.target) ?? dir + 'numbering.xml';

    const [docXml, stylesXml, numberingXml] = await Promise.all([
      inflateText(main, maxXml),
      optionalText(zip, stylesPath, maxXml),
      optionalText(zip, numberingPath, maxXml),
    ]);
    const styles = stylesXml === undefined ? new StyleSheet() : parseStyles(stylesXml, scan);
    const numbering = numberingXml === undefined ? new NumberingDefs() : parseNumbering(numberingXml, scan);
    // Numbering styles are defined in styles.xml and referenced from numbering.xml.
    numbering.numberingStyleNum = styles.numberingStyleNum;
    return readBody(docXml, styles, numbering, scan);
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('corrupt');
  }
}

// ---------------------------------------------------------------------------------------------
// Zip layer

function looksLikeZip(b: Uint8Array): boolean {
  if (b.byteLength < 4 || b[0] !== 0x50 || b[1] !== 0x4b) return false;
  const s = (b[2] << 8) | b[3];
  return s === 0x0304 || s === 0x0506 || s === 0x0708;
}

/** jszip's streaming access to an entry (public API, missing from its type declarations). */
interface StreamHelper {
  on(event: 'data', fn: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', fn: (e: unknown) => void): StreamHelper;
  on(event: 'end', fn: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}
interface StreamingEntry {
  internalStream(type: 'uint8array'): StreamHelper;
}

/** Inflate one entry as UTF-8 text, refusing to inflate past `limit` bytes (zip bombs). */
function inflateText(file: JSZip.JSZipObject, limit: number): Promise<string> {
  const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  if (typeof declared === 'number' && declared > limit) return Promise.reject(new DocxError('too-large'));
  return new Promise<string>((resolve, reject) => {
    const decoder = new TextDecoder('utf-8');
    const parts: string[] = [];
    let total = 0;
    let done = false;
    const helper = (file as unknown as StreamingEntry).internalStream('uint8array');
    helper
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        total += chunk.byteLength;
        if (total > limit) {
          done = true;
          helper.pause();
          reject(new DocxError('too-large'));
          return;
        }
        parts.push(decoder.decode(chunk, { stream: true }));
      })
      .on('error', () => {
        if (done) return;
        done = true;
        reject(new DocxError('corrupt'));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        parts.push(decoder.decode());
        resolve(parts.join(''));
      })
      .resume();
  });
}

async function optionalText(zip: JSZip, path: string, limit: number): Promise<string | undefined> {
  const f = zip.file(path);
  return f ? inflateText(f, limit) : undefined;
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

async function readRelationships(zip: JSZip, path: string, limit: number, scan: XmlScanner): Promise<Relationship[]> {
  const xml = await optionalText(zip, path, limit);
  if (xml === undefined) return [];
  const out: Relationship[] = [];
  let R = '';
  let first = true;
  const handler: XmlHandler = {
    wantText: false,
    text() {},
    open(tag: XmlTag) {
      if (first) {
        first = false;
        R = prefixFor(tag, REL_NS) ?? '';
        return;
      }
      if (tag.name !== R + 'Relationship') return;
      const target = tag.attr('Target');
      if (target === undefined) return;
      out.push({ type: tag.attr('Type') ?? '', target, external: tag.attr('TargetMode') === 'External' });
    },
    close() {},
  };
  try {
    scan(xml, handler);
  } catch {
    return [];
  }
  return out.filter((r) => !r.external);
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return partPath.slice(0, slash + 1) + '_rels/' + partPath.slice(slash + 1) + '.rels';
}

/** Resolve a relationship target against the source part's folder ("word/"). */
function resolveTarget(dir: string, target: string | undefined): string | undefined {
  if (target === undefined || target === '') return undefined;
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    // keep as written
  }
  const segments = (t.startsWith('/') ? t.slice(1) : dir + t).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

/** The main document part: the package's officeDocument relationship, else word/document.xml. */
async function findMainPart(zip: JSZip, limit: number, scan: XmlScanner): Promise<string> {
  const rels = await readRelationships(zip, '_rels/.rels', limit, scan);
  const main = rels.find((r) => r.type.endsWith('/officeDocument'));
  const path = resolveTarget('', main?.target);
  if (path !== undefined && zip.file(path)) return path;
  if (zip.file('word/document.xml')) return 'word/document.xml';
  throw new DocxError('not-docx');
}

// ---------------------------------------------------------------------------------------------
// document.xml

const enum El {
  P = 1,
  PPr,
  PStyle,
  Ilvl,
  NumId,
  OutlineLvl,
  R,
  RPr,
  RStyle,
  B,
  Vanish,
  T,
  Space,
  Hyphen,
  Break,
  Tbl,
  Tr,
  Tc,
  Skip,
}

interface ParaState {
  pStyle?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  text: string;
  textRuns: number;
  boldRuns: number;
  /** Set inside a table: the innermost cell. */
  cell?: { table: number; row: number; column: number };
}

interface RunState {
  text: string;
  bold?: boolean;
  rStyle?: string;
  vanish: boolean;
}

function codeTable(W: string, MC: string | undefined): Map<string, El> {
  const m = new Map<string, El>([
    [W + 'p', El.P],
    [W + 'pPr', El.PPr],
    [W + 'pStyle', El.PStyle],
    [W + 'ilvl', El.Ilvl],
    [W + 'numId', El.NumId],
    [W + 'outlineLvl', El.OutlineLvl],
    [W + 'r', El.R],
    [W + 'rPr', El.RPr],
    [W + 'rStyle', El.RStyle],
    [W + 'b', El.B],
    [W + 'vanish', El.Vanish],
    [W + 't', El.T],
    [W + 'tab', El.Space],
    [W + 'ptab', El.Space],
    [W + 'noBreakHyphen', El.Hyphen],
    [W + 'br', El.Break],
    [W + 'cr', El.Break],
    [W + 'tbl', El.Tbl],
    [W + 'tr', El.Tr],
    [W + 'tc', El.Tc],
  ]);
  for (const s of [
    'del',
    'moveFrom',
    'delText',
    'delInstrText',
    'instrText',
    'txbxContent',
    'pPrChange',
    'rPrChange',
    'tblPrChange',
    'trPrChange',
    'tcPrChange',
    'sectPrChange',
    'numberingChange',
    'rt',
  ]) {
    m.set(W + s, El.Skip);
  }
  if (MC !== undefined) m.set(MC + 'Fallback', El.Skip);
  return m;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u001f\u007f]/g;

/** Stands for w:br / w:cr in run text until the paragraph is cleaned. */
const LINE_BREAK = '\u2028';

function cleanText(s: string): string {
  if (!CONTROL.test(s)) return s;
  return s.replace(CONTROL_ALL, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : ''));
}

function readBody(xml: string, styles: StyleSheet, numbering: NumberingDefs, scan: XmlScanner): Paragraph[] {
  const out: Paragraph[] = [];
  const counter = new NumberingCounter(numbering);
  let W = 'w:';
  let codes: Map<string, El> | undefined;
  const depth = new XmlDepth();
  /** Open tables, innermost last: number in document order, current row and column. */
  const cells: { table: number; row: number; column: number }[] = [];
  let tableCount = 0;
  const paraStack: ParaState[] = [];
  let para: ParaState | undefined;
  let pPrDepth = -1;
  let run: RunState | undefined;
  let runDepth = -1;
  let rPrDepth = -1;

  const finishParagraph = (p: ParaState): void => {
    const style = styles.resolveParagraphStyle(p.pStyle);
    const result: Paragraph = { index: out.length, text: trimEndChars(cleanText(p.text).replace(/\u2028/g, '\n'), '\n').replace(/^\n+/, '') };
    if (style?.name !== undefined) result.styleName = style.name;
    else if (p.pStyle !== undefined) result.styleName = p.pStyle;
    const heading = styles.headingLevel(style);
    if (heading !== undefined) result.headingLevel = heading;
    const rawOutline = p.outlineLvl ?? styles.outlineLvl(style);
    if (rawOutline !== undefined) {
      if (rawOutline >= 0 && rawOutline <= 8) result.outlineLevel = rawOutline + 1;
    } else if (heading !== undefined) {
      result.outlineLevel = heading;
    }
    const fromStyle = styles.numPr(style);
    const numId = p.numId ?? fromStyle.numId;
    if (numId !== undefined && numId !== '0') {
      const ilvl = p.ilvl ?? fromStyle.ilvl ?? (style ? numbering.levelForStyle(numId, style.id) : undefined) ?? 0;
      const ls = counter.next(numId, ilvl);
      if (ls !== undefined) {
        const clean = cleanText(ls);
        if (clean !== '') result.listString = clean;
      }
    }
    if (p.textRuns > 0 && p.boldRuns === p.textRuns) result.bold = true;
    if (p.cell) {
      result.inTable = true;
      result.cell = p.cell;
    }
    out.push(result);
  };

  const handler: XmlHandler = {
    wantText: false,
    open(tag: XmlTag) {
      const d = depth.open();
      if (d < 0) return;
      if (codes === undefined) {
        // Root element: must be a WordprocessingML w:document.
        const w = prefixFor(tag, W_NS);
        if (w === undefined || tag.name !== w + 'document') throw new DocxError('not-docx');
        W = w;
        codes = codeTable(W, prefixFor(tag, MC_NS));
        return;
      }
      const code = codes.get(tag.name);
      if (code === undefined) return;
      switch (code) {
        case El.Skip:
          depth.skipRest();
          break;
        case El.P:
          if (para) paraStack.push(para);
          para = { text: '', textRuns: 0, boldRuns: 0 };
          if (cells.length) {
            const c = cells[cells.length - 1];
            para.cell = { table: c.table, row: c.row, column: c.column };
          }
          pPrDepth = -1;
          break;
        case El.PPr:
          if (para && !run && pPrDepth < 0) pPrDepth = d;
          break;
        case El.PStyle:
          if (para && d === pPrDepth + 1) para.pStyle = tag.attr(W + 'val');
          break;
        case El.Ilvl:
          if (para && pPrDepth >= 0 && !run) {
            const v = intAttr(tag.attr(W + 'val'));
            if (v !== undefined) para.ilvl = v;
          }
          break;
        case El.NumId:
          if (para && pPrDepth >= 0 && !run) para.numId = tag.attr(W + 'val');
          break;
        case El.OutlineLvl:
          if (para && d === pPrDepth + 1) {
            const v = intAttr(tag.attr(W + 'val'));
            if (v !== undefined) para.outlineLvl = v;
          }
          break;
        case El.R:
          if (para && !run) {
            run = { text: '', vanish: false };
            runDepth = d;
          }
          break;
        case El.RPr:
          if (run && d === runDepth + 1) rPrDepth = d;
          break;
        case El.RStyle:
          if (run && rPrDepth >= 0) run.rStyle = tag.attr(W + 'val');
          break;
        case El.B:
          if (run && rPrDepth >= 0) run.bold = onOff(tag.attr(W + 'val'));
          break;
        case El.Vanish:
          if (run && rPrDepth >= 0) run.vanish = onOff(tag.attr(W + 'val'));
          break;
        case El.T:
          if (run && rPrDepth < 0) handler.wantText = true;
          break;
        case El.Space:
          if (run && rPrDepth < 0) run.text += ' ';
          break;
        case El.Hyphen:
          if (run && rPrDepth < 0) run.text += '-';
          break;
        case El.Break:
          // A manual line break (Shift+Enter) is "\n" in the engine's text, as from the Word host;
          // U+2028 stands for it until cleanText has turned stray white space into spaces.
          if (run && rPrDepth < 0) run.text += LINE_BREAK;
          break;
        case El.Tbl:
          cells.push({ table: tableCount++, row: -1, column: -1 });
          break;
        case El.Tr:
          if (cells.length) {
            cells[cells.length - 1].row++;
            cells[cells.length - 1].column = -1;
          }
          break;
        case El.Tc:
          if (cells.length) cells[cells.length - 1].column++;
          break;
      }
    },
    close(name: string) {
      const d = depth.close();
      if (d < 0) return;
      const code = codes?.get(name);
      if (code === undefined) return;
      switch (code) {
        case El.T:
          handler.wantText = false;
          break;
        case El.RPr:
          if (d === rPrDepth) rPrDepth = -1;
          break;
        case El.R:
          if (run && d === runDepth) {
            const r = run;
            run = undefined;
            runDepth = -1;
            rPrDepth = -1;
            if (para && !r.vanish && r.text !== '') {
              para.text += r.text;
              if (r.text.trim() !== '') {
                para.textRuns++;
                const style = styles.resolveParagraphStyle(para.pStyle);
                const bold = r.bold ?? styles.characterBold(r.rStyle) ?? styles.paragraphBold(style);
                if (bold) para.boldRuns++;
              }
            }
          }
          break;
        case El.PPr:
          if (d === pPrDepth) pPrDepth = -1;
          break;
        case El.P:
          if (para) {
            finishParagraph(para);
            para = paraStack.pop();
            pPrDepth = -1;
          }
          break;
        case El.Tbl:
          cells.pop();
          break;
      }
    },
    text(raw: string, decoded: boolean) {
      // Called only inside a w:t (wantText), which only a run holds.
      if (run) run.text += decoded ? raw : decodeEntities(raw);
    },
  };
  try {
    scan(xml, handler);
  } catch (e) {
    if (e instanceof DocxError) throw e;
    // XmlScanError (broken markup) or anything unexpected: never leak the internal message.
    throw new DocxError('corrupt');
  }
  if (codes === undefined) throw new DocxError('not-docx');
  return out;
}
