/**
 * The .docx reader: body paragraphs of the main document part, in document order, as Word shows
 * them, with the heading facts resolved through the styles part and the automatic numbering
 * rendered from the numbering part. Pure TypeScript over jszip and a small hand-written XML
 * scanner (chosen by measurement over fast-xml-parser, see bench/docx-bench.ts); runs in Node
 * and in browsers.
 *
 * What counts as body text (what Word shows with all changes accepted and hidden text not shown):
 * - paragraphs of the main document part, tables included (`inTable`), nested tables too, content
 *   controls (w:sdt) read through; headers, footers, footnotes, endnotes, comments are other parts
 *   and are not read;
 * - tracked changes as accepted: w:del / w:moveFrom content is dropped, w:ins / w:moveTo kept; a
 *   paragraph whose mark is tracked-deleted (or moved away) joins the next paragraph — when its
 *   text is deleted too, it is gone and does not advance the numbering; a tracked-deleted table
 *   row is gone;
 * - hidden text is dropped: w:vanish on the run, in its character style, in the paragraph style
 *   chain (w:basedOn) or in the document defaults; a paragraph whose mark is hidden joins the next;
 * - fields show their displayed result only, once: codes (w:instrText) are not text and neither
 *   is anything inside a field's code part (an IF around a DOCPROPERTY shows the IF's result, not
 *   the inner one); a MACROBUTTON with no result shows its display text; w:fldSimple shows its
 *   content (or a MACROBUTTON's display text);
 * - a table of contents is not body text: the result of a TOC field, paragraphs in the built-in
 *   "toc 1".."toc 9" styles, and a content control whose gallery is "Table of Contents";
 * - text boxes (w:txbxContent) and mc:Fallback copies are skipped (not paragraphs of the body flow);
 * - w:tab / w:ptab → one space; w:br / w:cr (a manual line break) → "\n", as the Word host gives it;
 *   w:noBreakHyphen → '-'; control and zero-width characters are removed (invisible.ts);
 *   w:sym and runs in a symbol font (Wingdings, Wingdings 2, Symbol) → the characters Word shows
 *   (symbol-fonts.ts); a w:altChunk (HTML, MHT, RTF, plain text or a .docx embedded by another
 *   program) is read in place: HTML through htmlparser2 (html.ts), a block element a paragraph;
 *   MHT by its HTML part (mht.ts); RTF by its text (rtf.ts).
 * - `bold` is set (true) only when every run with non-blank text is bold — directly (w:b), through
 *   its character style or through the paragraph style chain / document defaults; otherwise absent.
 * - `styleName` is the style's w:name ("heading 1", "标题 1", "Normal"); paragraphs without w:pStyle
 *   get the default paragraph style's name.
 * - `outlineLevel`: the paragraph's w:outlineLvl, else its style chain's, XML 0..8 → 1..9, 9 → body;
 *   a built-in heading style without any w:outlineLvl gets its heading level.
 *
 * Packages: part names are matched case-insensitively (as Word does), through the names of the
 * zip's central directory; the main part is found through _rels/.rels, else [Content_Types].xml,
 * else word/document.xml (.docx, .docm, .dotx, .dotm alike); XML parts may be UTF-8 or UTF-16
 * (with a byte-order mark, or detected from "<?"). Every part read is checked against its zip
 * CRC-32; a part that is not well-formed XML (cut mid-way, elements left open) is "corrupt",
 * naming the part. An encrypted (password-protected) document is its own error.
 */
import JSZip from 'jszip';
import type { Paragraph } from '../types';
import { trimEndChars } from '../text';
import { NumberingCounter, NumberingDefs, parseNumbering } from './docx-numbering';
import { StyleSheet, parseStyles } from './docx-styles';
import { decodeHtmlBytes, looksLikeMht, readMhtHtml } from './mht';
import { looksLikeRtf, readRtf } from './rtf';
import { INVISIBLE_CODES } from './invisible';
import { mapSymbolText, symbolChar, symbolTable } from './symbol-fonts';
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
  prefixIn,
  XmlDepth,
  scanXml,
} from './docx-xml';

export type DocxErrorCode = 'not-zip' | 'not-docx' | 'corrupt' | 'too-large' | 'encrypted';

const MESSAGES: Record<DocxErrorCode, string> = {
  'not-zip': '文件不是有效的 .docx（不是 zip 压缩包）',
  'not-docx': '文件不是 Word 文档（压缩包中没有 word/document.xml 正文）',
  corrupt: '文件已损坏，无法读取其中的 Word 文档内容',
  'too-large': '文件解压后过大（可能是“压缩炸弹”），已拒绝读取',
  encrypted: '文件设有打开密码（已加密），无法读取：请在 Word 中打开，文件 → 信息 → 保护文档 → 用密码进行加密，清空密码后保存，再检查',
};

/** "文件已损坏（word/document.xml）": a part that cannot be read as what it should be. */
function corruptMessage(part: string): string {
  return `文件已损坏（${part}）`;
}

/**
 * A .docx that cannot be read. `message` is one line of Chinese for the user; `part` names the
 * package part at fault for 'corrupt' when one is known ("word/document.xml").
 */
export class DocxError extends Error {
  readonly code: DocxErrorCode;
  readonly part?: string;
  constructor(code: DocxErrorCode, message: string = MESSAGES[code], part?: string) {
    super(message);
    this.name = 'DocxError';
    this.code = code;
    if (part !== undefined) this.part = part;
    // Keep the prototype chain when compiled to ES5-style classes.
    Object.setPrototypeOf(this, DocxError.prototype);
  }
}

function corrupt(part: string): DocxError {
  return new DocxError('corrupt', corruptMessage(part), part);
}

export interface ReadDocxOptions {
  /** Refuse inputs larger than this many bytes (default 50 MB). */
  maxInputBytes?: number;
  /** Refuse any XML part that inflates beyond this many bytes (default 100 MB). */
  maxXmlBytes?: number;
  /**
   * A host's own raw-DEFLATE inflater (Node: zlib.inflateRawSync), used for deflated parts instead
   * of jszip's JavaScript one: the same bytes, several times faster. It must return at most
   * `maxBytes + 1` bytes (more means too large) and throw on a damaged stream. Parts are still
   * checked against their CRC-32. Absent (browsers): jszip inflates.
   */
  inflateRaw?: (compressed: Uint8Array, maxBytes: number) => Uint8Array;
  /**
   * A host's own CRC-32 of a whole buffer (Node 20.15+: zlib.crc32), checking the parts
   * `inflateRaw` inflated: the same value as the reader's table-driven one, without a JavaScript
   * loop over every byte. Absent: the reader's own.
   */
  crc32?: (data: Uint8Array) => number;
  /**
   * A host's own UTF-8 decoder for parts without a UTF-16 byte-order mark: it must give exactly
   * what `new TextDecoder('utf-8').decode(bytes)` gives (a UTF-8 byte-order mark dropped, each
   * malformed sequence one U+FFFD). Absent: TextDecoder.
   */
  decodeUtf8?: (bytes: Uint8Array) => string;
}

function megabytes(n: number): string {
  const mb = n / 1024 / 1024;
  return `${mb >= 1 ? Math.round(mb) : Number(mb.toPrecision(2))} MB`;
}

export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_XML_BYTES = 100 * 1024 * 1024;

/** How deep a .docx embedded as an altChunk may embed another. */
const MAX_CHUNK_DEPTH = 2;

/** Read the body paragraphs of a .docx. Throws `DocxError`. */
export function readDocx(data: Uint8Array | ArrayBuffer, options?: ReadDocxOptions): Promise<Paragraph[]> {
  return readDocxWith(data, scanXml, options);
}

/** `readDocx` with another XML scanner (used by the benchmark to compare parsers). */
export function readDocxWith(data: Uint8Array | ArrayBuffer, scan: XmlScanner, options: ReadDocxOptions = {}): Promise<Paragraph[]> {
  return readPackage(data, scan, options, 0);
}

/**
 * An OLE compound file (signature D0 CF 11 E0 A1 B1 1A E1) holding the streams an encrypted
 * Office Open XML document is stored in ("EncryptionInfo", "EncryptedPackage"; MS-OFFCRYPTO
 * 2.3.4): a .docx saved with an open password. Directory entry names are UTF-16LE.
 */
export function isEncryptedPackage(b: Uint8Array): boolean {
  const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (b.byteLength < 512 || SIGNATURE.some((v, i) => b[i] !== v)) return false;
  return containsUtf16(b, 'EncryptedPackage') || containsUtf16(b, 'EncryptionInfo');
}

function containsUtf16(b: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const n = b.byteLength - name.length * 2;
  outer: for (let i = 0; i <= n; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (b[i + 2 * k] !== name.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

async function readPackage(
  data: Uint8Array | ArrayBuffer,
  scan: XmlScanner,
  options: ReadDocxOptions,
  depth: number,
): Promise<Paragraph[]> {
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  const maxInput = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const maxXml = options.maxXmlBytes ?? DEFAULT_MAX_XML_BYTES;
  if (bytes.byteLength > maxInput) throw new DocxError('too-large', `文件过大（超过 ${megabytes(maxInput)}），已拒绝读取`);
  if (isEncryptedPackage(bytes)) throw new DocxError('encrypted');
  if (!looksLikeZip(bytes)) throw new DocxError('not-zip');

  let zip: JSZip;
  try {
    // CRCs are checked part by part as each part is inflated (inflatePart), so that a zip bomb
    // is refused at the inflate limit instead of being inflated whole by the loader.
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new DocxError('corrupt');
  }

  try {
    const pkg = new Package(zip, maxXml, options.inflateRaw, options.crc32, options.decodeUtf8);
    const mainPath = await findMainPart(pkg, scan);
    const rels = await readRelationships(pkg, relsPathOf(mainPath), scan);
    const dir = mainPath.slice(0, mainPath.lastIndexOf('/') + 1);
    const stylesPath = resolveTarget(dir, rels.find((r) => r.type.endsWith('/styles'))?.target) ?? dir + 'styles.xml';
    const numberingPath =
      resolveTarget(dir, rels.find((r) => r.type.endsWith('/numbering'))?.target) ?? dir + 'numbering.xml';

    const [docXml, stylesXml, numberingXml] = await Promise.all([
      pkg.text(mainPath),
      pkg.has(stylesPath) ? pkg.text(stylesPath) : undefined,
      pkg.has(numberingPath) ? pkg.text(numberingPath) : undefined,
    ]);
    if (docXml === undefined) throw new DocxError('not-docx');
    const styles = stylesXml === undefined ? new StyleSheet() : parsePart(stylesPath, () => stylesOf(stylesXml, scan));
    const numbering =
      numberingXml === undefined ? new NumberingDefs() : parsePart(numberingPath, () => numberingOf(numberingXml, styles, scan));
    // Numbering styles are defined in styles.xml and referenced from numbering.xml.
    numbering.numberingStyleNum = styles.numberingStyleNum;
    const body = readBody(docXml, mainPath, styles, numbering, scan);
    if (body.chunks.length === 0) return body.paragraphs;
    return await insertChunks(pkg, dir, rels, body, scan, options, depth);
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('corrupt');
  }
}

/**
 * Style sheets and numbering definitions parsed lately, by their part's text: the files of a
 * folder written from one template (or copied from one another) share their styles.xml and
 * numbering.xml, parsed once for all of them. Both are only read once parsed (the sheet's memos
 * are answers about its own styles; numbering counters live in NumberingCounter, a document
 * each), so one object serves every document with the same text. A numbering's definitions are
 * kept with the sheet they were read with (they take its numbering styles). At most KEPT_PARTS
 * of each, the oldest dropped; a part over KEPT_CHARS is never kept, nor one read with another
 * scanner than scanXml (the benchmark's).
 */
const KEPT_PARTS = 4;
const KEPT_CHARS = 1 << 20;
const keptStyles = new Map<string, StyleSheet>();
const keptNumbering = new Map<string, { styles: StyleSheet; defs: NumberingDefs }>();

/** Keep `value` under `key` in `kept`, dropping the oldest past `most` (KEPT_PARTS by default). */
function keep<V>(kept: Map<string, V>, key: string, value: V, most = KEPT_PARTS): V {
  kept.set(key, value);
  if (kept.size > most) kept.delete(kept.keys().next().value as string);
  return value;
}

/** The style sheet of styles.xml text `xml`: parseStyles's, kept for the next document with the same text. */
function stylesOf(xml: string, scan: XmlScanner): StyleSheet {
  if (scan !== scanXml || xml.length > KEPT_CHARS) return parseStyles(xml, scan);
  return keptStyles.get(xml) ?? keep(keptStyles, xml, parseStyles(xml, scan));
}

/** The numbering definitions of numbering.xml text `xml` read with `styles`: parseNumbering's, kept likewise. */
function numberingOf(xml: string, styles: StyleSheet, scan: XmlScanner): NumberingDefs {
  if (scan !== scanXml || xml.length > KEPT_CHARS) return parseNumbering(xml, scan);
  const kept = keptNumbering.get(xml);
  if (kept && kept.styles === styles) return kept.defs;
  return keep(keptNumbering, xml, { styles, defs: parseNumbering(xml, scan) }).defs;
}

/** Forget the style sheets and numbering definitions kept (benchmarks time a folder as a fresh command reads it). */
export function forgetParsedParts(): void {
  keptStyles.clear();
  keptNumbering.clear();
  keptTexts.clear();
}

function parsePart<T>(part: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw corrupt(part);
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
/** What jszip keeps of an entry read from a zip: the central directory's sizes and CRC-32. */
interface LoadedEntry {
  _data?: { uncompressedSize?: number; crc32?: number; compression?: { magic?: string }; compressedContent?: Uint8Array };
}

let CRC_TABLE: Uint32Array | undefined;

/** CRC-32 (ISO 3309, polynomial 0xEDB88320, as zip uses) continued over `chunk`. */
function crc32(crc: number, chunk: Uint8Array): number {
  let table = CRC_TABLE;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    CRC_TABLE = table;
  }
  let c = ~crc;
  for (let i = 0; i < chunk.length; i++) c = table[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * The text of XML bytes: UTF-16 when a byte-order mark says so or the part starts "<?" in
 * UTF-16 without one, else UTF-8 (a UTF-8 BOM is dropped).
 */
export function decodeXml(b: Uint8Array, decodeUtf8?: ReadDocxOptions['decodeUtf8']): string {
  let encoding = 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) encoding = 'utf-16le';
  else if (b[0] === 0xfe && b[1] === 0xff) encoding = 'utf-16be';
  else if (b[0] === 0x3c && b[1] === 0 && b[2] !== 0) encoding = 'utf-16le';
  else if (b[0] === 0 && b[1] === 0x3c) encoding = 'utf-16be';
  if (encoding === 'utf-8' && decodeUtf8) return decodeUtf8(b);
  return new TextDecoder(encoding).decode(b);
}

/**
 * The parts of a package by name, matched case-insensitively (Word ignores case in part names;
 * generators write "Word/Document.xml" or "word/Styles.xml"), with "\\" read as "/". The names
 * are those of the zip's central directory, which jszip reads (a local header that spells a name
 * otherwise does not matter).
 */
class Package {
  private readonly parts = new Map<string, { name: string; file: JSZip.JSZipObject }>();

  constructor(
    zip: JSZip,
    private readonly limit: number,
    private readonly inflateRaw?: ReadDocxOptions['inflateRaw'],
    private readonly crc?: ReadDocxOptions['crc32'],
    private readonly decodeUtf8?: ReadDocxOptions['decodeUtf8'],
  ) {
    zip.forEach((name, file) => {
      if (file.dir) return;
      const key = Package.key(name);
      if (!this.parts.has(key)) this.parts.set(key, { name, file });
    });
  }

  private static key(name: string): string {
    return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
  }

  has(path: string): boolean {
    return this.parts.has(Package.key(path));
  }

  /** A part's bytes, inflated up to the limit and checked against its CRC; undefined when absent. */
  async bytes(path: string): Promise<Uint8Array | undefined> {
    const part = this.parts.get(Package.key(path));
    if (!part) return undefined;
    return (this.inflateRaw && inflateWith(this.inflateRaw, part.file, part.name, this.limit, this.crc)) || inflatePart(part.file, part.name, this.limit);
  }

  /**
   * A part's text (UTF-8 or UTF-16, see decodeXml); undefined when absent. A deflated part whose
   * compressed bytes are those of a part read lately is not inflated again (keptTextOf).
   */
  async text(path: string): Promise<string | undefined> {
    const part = this.parts.get(Package.key(path));
    if (!part) return undefined;
    const data = (part.file as unknown as LoadedEntry)._data;
    const kept = keptTextOf(data, this.limit);
    if (kept !== undefined) return kept;
    const b = await this.bytes(path);
    if (b === undefined) return undefined;
    const text = decodeXml(b, this.decodeUtf8);
    keepText(data, b.byteLength, text);
    return text;
  }
}

/**
 * Texts of deflated parts read lately, by `crc/compressed size/size` from the zip's directory,
 * each with its compressed bytes (a copy) and its size inflated. The files of a folder written
 * from one template, or copied from one another, share their relationships, styles.xml and
 * numbering.xml part for part: a part whose compressed bytes equal a kept one's inflates to the
 * same bytes (DEFLATE is a function of its stream), which were checked against the same CRC-32
 * when kept, so its text is the kept one. At most KEPT_TEXTS, the least recently read dropped;
 * parts over KEPT_CHARS compressed are never kept.
 */
const KEPT_TEXTS = 16;
const keptTexts = new Map<string, { compressed: Uint8Array; size: number; text: string }>();

/** keptTexts' key of a deflated entry; undefined for another (stored, or not read from a zip's bytes). */
function keptTextKey(data: LoadedEntry['_data']): string | undefined {
  const compressed = data?.compressedContent;
  if (data?.compression?.magic !== DEFLATE_MAGIC || !(compressed instanceof Uint8Array) || compressed.byteLength > KEPT_CHARS) return undefined;
  if (typeof data.crc32 !== 'number' || typeof data.uncompressedSize !== 'number') return undefined;
  return `${data.crc32 >>> 0}/${compressed.byteLength}/${data.uncompressedSize}`;
}

/** The kept text of an entry with the same compressed bytes, when it is within `limit` bytes inflated. */
function keptTextOf(data: LoadedEntry['_data'], limit: number): string | undefined {
  const key = keptTextKey(data);
  const kept = key === undefined ? undefined : keptTexts.get(key);
  if (!kept || kept.size > limit || !sameBytes(kept.compressed, data!.compressedContent!)) return undefined;
  // Read again: now the most recently read.
  keptTexts.delete(key!);
  keptTexts.set(key!, kept);
  return kept.text;
}

/** Keep the text of an entry just inflated (`size` bytes, its CRC-32 checked) for the next package holding the same part. */
function keepText(data: LoadedEntry['_data'], size: number, text: string): void {
  const key = keptTextKey(data);
  if (key === undefined || size !== data!.uncompressedSize) return;
  keep(keptTexts, key, { compressed: data!.compressedContent!.slice(), size, text }, KEPT_TEXTS);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The DEFLATE method's magic in jszip's compression table (zip method 8). */
const DEFLATE_MAGIC = '\x08\x00';

/**
 * A deflated entry inflated by the host's `inflate` (see ReadDocxOptions.inflateRaw), with the
 * same limit and CRC check as inflatePart; undefined when the entry is not deflated or its bytes
 * are not at hand (then inflatePart reads it).
 */
function inflateWith(
  inflate: NonNullable<ReadDocxOptions['inflateRaw']>,
  file: JSZip.JSZipObject,
  name: string,
  limit: number,
  crc: ReadDocxOptions['crc32'],
): Promise<Uint8Array> | undefined {
  const data = (file as unknown as LoadedEntry)._data;
  const compressed = data?.compressedContent;
  if (data?.compression?.magic !== DEFLATE_MAGIC || !(compressed instanceof Uint8Array)) return undefined;
  if (typeof data.uncompressedSize === 'number' && data.uncompressedSize > limit) return Promise.reject(new DocxError('too-large'));
  let out: Uint8Array;
  try {
    out = inflate(compressed, limit);
  } catch (e) {
    // Node says a stream that would pass the cap is too large (ERR_BUFFER_TOO_LARGE / RangeError).
    return Promise.reject(e instanceof RangeError || (e as { code?: string })?.code === 'ERR_BUFFER_TOO_LARGE' ? new DocxError('too-large') : corrupt(name));
  }
  if (out.byteLength > limit) return Promise.reject(new DocxError('too-large'));
  if (typeof data.crc32 === 'number' && (data.crc32 >>> 0) !== (crc ? crc(out) >>> 0 : crc32(0, out))) return Promise.reject(corrupt(name));
  return Promise.resolve(out);
}

/** Inflate one entry, refusing to inflate past `limit` bytes (zip bombs) and checking its CRC-32. */
function inflatePart(file: JSZip.JSZipObject, name: string, limit: number): Promise<Uint8Array> {
  const data = (file as unknown as LoadedEntry)._data;
  const declared = data?.uncompressedSize;
  if (typeof declared === 'number' && declared > limit) return Promise.reject(new DocxError('too-large'));
  return new Promise<Uint8Array>((resolve, reject) => {
    const parts: Uint8Array[] = [];
    let total = 0;
    let crc = 0;
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
        crc = crc32(crc, chunk);
        parts.push(chunk);
      })
      .on('error', () => {
        if (done) return;
        done = true;
        reject(corrupt(name));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const expected = data?.crc32;
        if (typeof expected === 'number' && (expected >>> 0) !== crc) {
          reject(corrupt(name));
          return;
        }
        if (parts.length === 1) {
          resolve(parts[0]);
          return;
        }
        const out = new Uint8Array(total);
        let at = 0;
        for (const p of parts) {
          out.set(p, at);
          at += p.byteLength;
        }
        resolve(out);
      })
      .resume();
  });
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

async function readRelationships(pkg: Package, path: string, scan: XmlScanner): Promise<Relationship[]> {
  const xml = await pkg.text(path);
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
      out.push({ id: tag.attr('Id') ?? '', type: tag.attr('Type') ?? '', target, external: tag.attr('TargetMode') === 'External' });
    },
    close() {},
  };
  try {
    scan(xml, handler);
  } catch {
    return out.filter((r) => !r.external);
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
  let t = target.replace(/\\/g, '/');
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

/** Content types of a WordprocessingML main part: document, template, macro-enabled either. */
const MAIN_CONTENT_TYPE = /(?:wordprocessingml\.(?:document|template)|ms-word\.(?:document|template)\.macroenabled(?:template)?)\.main\+xml$/i;

/**
 * The main document part: the package's officeDocument relationship, else the part
 * [Content_Types].xml declares as a Word main part, else word/document.xml.
 */
async function findMainPart(pkg: Package, scan: XmlScanner): Promise<string> {
  const rels = await readRelationships(pkg, '_rels/.rels', scan);
  const main = rels.find((r) => r.type.endsWith('/officeDocument'));
  const path = resolveTarget('', main?.target);
  if (path !== undefined && pkg.has(path)) return path;
  const types = await pkg.text('[Content_Types].xml');
  if (types !== undefined) {
    let found: string | undefined;
    try {
      scan(types, {
        wantText: false,
        text() {},
        close() {},
        open(tag: XmlTag) {
          if (found !== undefined || !/(?:^|:)Override$/.test(tag.name)) return;
          const name = tag.attr('PartName');
          if (name !== undefined && MAIN_CONTENT_TYPE.test(tag.attr('ContentType') ?? '')) found = resolveTarget('', name);
        },
      });
    } catch {
      // an unreadable content types part: fall back to the usual name
    }
    if (found !== undefined && pkg.has(found)) return found;
  }
  if (pkg.has('word/document.xml')) return 'word/document.xml';
  throw new DocxError('not-docx');
}

// ---------------------------------------------------------------------------------------------
// altChunk: content another program embedded, rendered by Word in place

async function insertChunks(
  pkg: Package,
  dir: string,
  rels: Relationship[],
  body: BodyResult,
  scan: XmlScanner,
  options: ReadDocxOptions,
  depth: number,
): Promise<Paragraph[]> {
  // Each chunk's paragraphs are read first, so the document's list is made at its exact length
  // (a list grown by doubling peaked some 1 MB higher per MB of a flood of table cells), or is the
  // one chunk's own list when the chunk is all the document has.
  const read: Paragraph[][] = [];
  let total = body.paragraphs.length;
  for (const chunk of body.chunks) {
    const rel = rels.find((r) => r.id === chunk.id);
    const path = resolveTarget(dir, rel?.target);
    const bytes = path === undefined ? undefined : await pkg.bytes(path);
    const paragraphs = path === undefined || bytes === undefined ? [] : await readChunk(bytes, path, scan, options, depth);
    read.push(paragraphs);
    total += paragraphs.length;
  }
  const only = read.find((r) => r.length > 0);
  let out: Paragraph[];
  if (only !== undefined && only.length === total) out = only;
  else {
    out = new Array<Paragraph>(total);
    let at = 0;
    let from = 0;
    body.chunks.forEach((chunk, k) => {
      for (; from < chunk.at; from++) out[at++] = body.paragraphs[from];
      for (const p of read[k]) out[at++] = p;
    });
    for (; from < body.paragraphs.length; from++) out[at++] = body.paragraphs[from];
  }
  for (let i = 0; i < out.length; i++) out[i].index = i;
  return out;
}

/**
 * WordprocessingML elements (local names) whose content Word does not show as the document's text:
 * deleted text and field codes kept for history, text boxes, the old properties of tracked
 * formatting changes, ruby (phonetic) text. The reader skips them; so does the comment writer when it
 * maps offsets (writers/docx-comments.ts), which also skips w:del, w:moveFrom and w:instrText.
 */
export const HIDDEN_CONTENT: readonly string[] = [
  'delText',
  'delInstrText',
  'txbxContent',
  'pPrChange',
  'rPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'sectPrChange',
  'numberingChange',
  'rt',
];

/**
 * The HTML reader (html.ts and through it htmlparser2), loaded on the first HTML or MHT altChunk:
 * most packages have none, and loading the parser cost a check of a folder (and each of its worker
 * threads) some 20–40 ms at start. A plain `require` keeps it in the same bundle for the pane
 * (webpack resolves it statically) while Node evaluates it only when called.
 */
function htmlReader(): typeof import('./html') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./html') as typeof import('./html');
}

/**
 * One altChunk part, known by its first bytes, else its name: a .docx (read as one), RTF (rtf.ts),
 * MHT (mht.ts: its HTML part, then html.ts), HTML (html.ts), or plain text (a line a paragraph).
 */
async function readChunk(bytes: Uint8Array, path: string, scan: XmlScanner, options: ReadDocxOptions, depth: number): Promise<Paragraph[]> {
  if (looksLikeZip(bytes)) {
    if (depth >= MAX_CHUNK_DEPTH) return [];
    try {
      return await readPackage(bytes, scan, options, depth + 1);
    } catch {
      return [];
    }
  }
  if (looksLikeRtf(bytes)) return readRtf(bytes);
  const plain = /\.(?:txt|text)$/i.test(path);
  if (!plain && looksLikeMht(bytes)) {
    const html = readMhtHtml(bytes);
    return html === undefined ? [] : htmlReader().readHtml(html);
  }
  const text = decodeXml(bytes);
  if (plain) {
    return text
      .split(/\r\n|\n|\r/)
      .map((line) => cleanText(line).trim())
      .filter((line) => line !== '')
      .map((line, index) => ({ index, text: line }));
  }
  if (/\.(?:rtf|mht|mhtml)$/i.test(path) || !/</.test(text)) return [];
  // HTML in UTF-16 (a BOM or "<\0") is read as decodeXml read it; other HTML by its <meta> charset.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes[1] === 0 || bytes[0] === 0;
  return htmlReader().readHtml(utf16 ? text : decodeHtmlBytes(bytes));
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
  RFonts,
  B,
  Vanish,
  T,
  Space,
  Hyphen,
  Break,
  Sym,
  Tbl,
  Tr,
  TrPr,
  Tc,
  /** w:del, w:moveFrom: content skipped; in a paragraph mark's or a row's properties, it is gone. */
  Del,
  FldChar,
  InstrText,
  FldSimple,
  Sdt,
  DocPartGallery,
  AltChunk,
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
  /** The paragraph mark is tracked-deleted or moved away. */
  markDeleted?: boolean;
  /** Direct w:vanish on the paragraph mark (undefined: from the style). */
  markHidden?: boolean;
  /** Part of a table of contents was open while this paragraph was. */
  toc?: boolean;
  /** In a tracked-deleted table row. */
  gone?: boolean;
}

interface RunState {
  text: string;
  bold?: boolean;
  rStyle?: string;
  /** Direct w:vanish (undefined: from the styles). */
  vanish?: boolean;
  /** A symbol font named in w:rFonts whose codes are mapped (symbol-fonts.ts). */
  symbols?: ReadonlyMap<number, string>;
}

/** A complex field (w:fldChar begin … separate … end) open at this point. */
interface FieldState {
  instr: string;
  /** Past w:fldChar separate: in the displayed result. */
  result: boolean;
  toc: boolean;
}

/** An altChunk in the body: its relationship id and the number of body paragraphs before it. */
interface ChunkRef {
  at: number;
  id: string;
}

interface BodyResult {
  paragraphs: Paragraph[];
  chunks: ChunkRef[];
}

/** The relationships namespace of r:id attributes, transitional and strict. */
const R_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
] as const;

/** codeTable's tables by their prefixes (a part's root nearly always declares "w:" and "mc:"); never changed once made. */
const codeTables = new Map<string, ReadonlyMap<string, El>>();

/**
 * The element codes of document.xml by qualified name, for the prefixes `W` of WordprocessingML
 * and `MC` of markup compatibility (undefined: not declared); made once a pair of prefixes.
 */
function codeTable(W: string, MC: string | undefined): ReadonlyMap<string, El> {
  // A prefix never holds a space: W and MC joined by one name the pair.
  const key = MC === undefined ? W : `${W} ${MC}`;
  let m = codeTables.get(key);
  if (m === undefined) {
    // A document whose root declares ever new prefixes would grow the map: a few are kept.
    if (codeTables.size >= 16) codeTables.clear();
    codeTables.set(key, (m = makeCodeTable(W, MC)));
  }
  return m;
}

function makeCodeTable(W: string, MC: string | undefined): Map<string, El> {
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
    [W + 'rFonts', El.RFonts],
    [W + 'b', El.B],
    [W + 'vanish', El.Vanish],
    [W + 't', El.T],
    [W + 'tab', El.Space],
    [W + 'ptab', El.Space],
    [W + 'noBreakHyphen', El.Hyphen],
    [W + 'br', El.Break],
    [W + 'cr', El.Break],
    [W + 'sym', El.Sym],
    [W + 'tbl', El.Tbl],
    [W + 'tr', El.Tr],
    [W + 'trPr', El.TrPr],
    [W + 'tc', El.Tc],
    [W + 'del', El.Del],
    [W + 'moveFrom', El.Del],
    [W + 'fldChar', El.FldChar],
    [W + 'instrText', El.InstrText],
    [W + 'fldSimple', El.FldSimple],
    [W + 'sdt', El.Sdt],
    [W + 'docPartGallery', El.DocPartGallery],
    [W + 'altChunk', El.AltChunk],
  ]);
  for (const s of HIDDEN_CONTENT) m.set(W + s, El.Skip);
  if (MC !== undefined) m.set(MC + 'Fallback', El.Skip);
  return m;
}

/** "TOC \o "1-3" \h" and the like: a table-of-contents field. */
const TOC_FIELD = /^\s*TOC(?:\s|\\|$)/i;
/** MACROBUTTON MacroName display text: Word shows the display text. */
const MACROBUTTON = /^\s*MACROBUTTON\s+\S+(?:\s+([\s\S]*))?$/i;

/** The display text of a MACROBUTTON field code, or undefined for other fields. */
function macroButtonText(instr: string): string | undefined {
  const m = MACROBUTTON.exec(instr);
  if (!m) return undefined;
  return (m[1] ?? '').replace(/\s+$/, '');
}

/** Stands for w:br / w:cr in run text until the paragraph is cleaned. */
const LINE_BREAK = '\u2028';

/** By UTF-16 code: 1 for a control character (C0, DEL) or an invisible one (INVISIBLE_CODES). One read a character. */
const DROPPED = (() => {
  const t = new Uint8Array(65536);
  t.fill(1, 0, 0x20);
  t[0x7f] = 1;
  for (const c of INVISIBLE_CODES) t[c] = 1;
  return t;
})();

/** Control characters (not text) and invisible ones, removed; tab/CR/LF become a space. */
function cleanText(s: string): string {
  let i = 0;
  const n = s.length;
  for (; i < n; i++) if (DROPPED[s.charCodeAt(i)]) break;
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) out += ' ';
    else if (!DROPPED[c]) out += s[i];
  }
  return out;
}

function sameCell(a: ParaState['cell'], b: ParaState['cell']): boolean {
  return a === b || (a !== undefined && b !== undefined && a.table === b.table && a.row === b.row && a.column === b.column);
}

function readBody(xml: string, part: string, styles: StyleSheet, numbering: NumberingDefs, scan: XmlScanner): BodyResult {
  const out: Paragraph[] = [];
  const chunks: ChunkRef[] = [];
  const counter = new NumberingCounter(numbering);
  let W = 'w:';
  let R = 'r:';
  let codes: ReadonlyMap<string, El> | undefined;
  const depth = new XmlDepth();
  /** Open tables, innermost last: number in document order, current row and column. */
  const cells: { table: number; row: number; column: number; rowGone: boolean }[] = [];
  let tableCount = 0;
  /** Open table rows that are tracked-deleted. */
  let goneRows = 0;
  let trPrDepth = -1;
  const paraStack: ParaState[] = [];
  let para: ParaState | undefined;
  let pPrDepth = -1;
  let run: RunState | undefined;
  let runDepth = -1;
  let rPrDepth = -1;
  /** Open complex fields, innermost last; how many are in their code part; open TOC regions. */
  const fields: FieldState[] = [];
  let codeFields = 0;
  let tocOpen = 0;
  /** Open w:fldSimple: TOC or not, and the paragraph text length at its start. */
  const simples: Array<{ instr: string; toc: boolean; start: number }> = [];
  /** Open content controls: true for a table-of-contents gallery. */
  const sdts: boolean[] = [];
  /** Where run text goes: the run, or the code of the innermost field. */
  let instrTarget: FieldState | undefined;
  /** A paragraph whose mark is gone, waiting to join the next paragraph. */
  let pending: ParaState | undefined;

  const shown = (): boolean => codeFields === 0 && tocOpen === 0;
  const enterToc = () => {
    tocOpen++;
    if (para) para.toc = true;
  };

  const emit = (p: ParaState): void => {
    const style = styles.resolveParagraphStyle(p.pStyle);
    const text = trimEndChars(cleanText(p.text).replace(/\u2028/g, '\n'), '\n').replace(/^\n+/, '');
    // A table of contents: its entries are not body text.
    if (styles.isTocStyle(style) || (p.toc && text.trim() === '')) return;
    const result: Paragraph = { index: out.length, text };
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

  const finishParagraph = (p: ParaState): void => {
    if (p.gone) return;
    if (pending) {
      const q = pending;
      pending = undefined;
      if (sameCell(q.cell, p.cell)) {
        // The paragraph mark of q is gone: q's text joins p, which keeps its own properties.
        p.text = q.text + p.text;
        p.textRuns += q.textRuns;
        p.boldRuns += q.boldRuns;
      } else if (q.text.trim() !== '') {
        emit(q);
      }
    }
    const markGone = p.markDeleted === true || (p.markHidden ?? styles.paragraphVanish(styles.resolveParagraphStyle(p.pStyle)));
    if (markGone) {
      pending = p;
      return;
    }
    emit(p);
  };

  /** Text Word shows outside any run (a MACROBUTTON's display text). */
  const addText = (text: string) => {
    if (!para || text === '') return;
    para.text += text;
    if (text.trim() !== '') para.textRuns++;
  };

  const handler: XmlHandler = {
    wantText: false,
    open(tag: XmlTag) {
      const d = depth.open();
      if (d < 0) return;
      if (codes === undefined) {
        // Root element: must be a WordprocessingML w:document.
        const attrs = tag.attrs();
        const w = prefixIn(attrs, W_NS);
        if (w === undefined || !(tag.name === w + 'document' || tag.name === w + 'glossaryDocument')) {
          throw new DocxError('not-docx', `文件不是 Word 文档（${part} 不是 Word 正文）`);
        }
        W = w;
        R = prefixIn(attrs, R_NS) ?? 'r:';
        codes = codeTable(W, prefixIn(attrs, MC_NS));
        return;
      }
      const code = codes.get(tag.name);
      if (code === undefined) return;
      switch (code) {
        case El.Skip:
          depth.skipRest();
          break;
        case El.Del:
          if (para && pPrDepth >= 0 && !run) para.markDeleted = true;
          else if (trPrDepth >= 0 && !para && cells.length) {
            const c = cells[cells.length - 1];
            if (!c.rowGone) {
              c.rowGone = true;
              goneRows++;
            }
          }
          depth.skipRest();
          break;
        case El.P:
          if (para) paraStack.push(para);
          para = { text: '', textRuns: 0, boldRuns: 0 };
          if (cells.length) {
            const c = cells[cells.length - 1];
            para.cell = { table: c.table, row: c.row, column: c.column };
          }
          if (tocOpen > 0) para.toc = true;
          if (goneRows > 0) para.gone = true;
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
            run = { text: '' };
            runDepth = d;
          }
          break;
        case El.RPr:
          if (run && d === runDepth + 1) rPrDepth = d;
          break;
        case El.RStyle:
          if (run && rPrDepth >= 0) run.rStyle = tag.attr(W + 'val');
          break;
        case El.RFonts:
          if (run && rPrDepth >= 0) run.symbols = symbolTable(tag.attr(W + 'ascii') ?? tag.attr(W + 'hAnsi'));
          break;
        case El.B:
          if (run && rPrDepth >= 0) run.bold = onOff(tag.attr(W + 'val'));
          break;
        case El.Vanish:
          if (run && rPrDepth >= 0) run.vanish = onOff(tag.attr(W + 'val'));
          else if (para && pPrDepth >= 0 && !run) para.markHidden = onOff(tag.attr(W + 'val'));
          break;
        case El.T:
          if (run && rPrDepth < 0 && shown()) handler.wantText = true;
          break;
        case El.InstrText: {
          const f = fields[fields.length - 1];
          if (run && f && !f.result) {
            instrTarget = f;
            handler.wantText = true;
          }
          break;
        }
        case El.Space:
          if (run && rPrDepth < 0 && shown()) run.text += ' ';
          break;
        case El.Hyphen:
          if (run && rPrDepth < 0 && shown()) run.text += '-';
          break;
        case El.Break:
          // A manual line break (Shift+Enter) is "\n" in the engine's text, as from the Word host;
          // U+2028 stands for it until cleanText has turned stray white space into spaces.
          if (run && rPrDepth < 0 && shown()) run.text += LINE_BREAK;
          break;
        case El.Sym:
          if (run && rPrDepth < 0 && shown()) run.text += symbolChar(tag.attr(W + 'font'), tag.attr(W + 'char'));
          break;
        case El.FldChar: {
          const type = tag.attr(W + 'fldCharType');
          if (type === 'begin') {
            fields.push({ instr: '', result: false, toc: false });
            codeFields++;
          } else if (type === 'separate') {
            const f = fields[fields.length - 1];
            if (f && !f.result) {
              f.result = true;
              codeFields--;
              if (TOC_FIELD.test(f.instr)) {
                f.toc = true;
                enterToc();
              }
            }
          } else if (type === 'end') {
            const f = fields.pop();
            if (f) {
              if (!f.result) {
                codeFields--;
                const display = macroButtonText(f.instr);
                if (display !== undefined && shown()) {
                  if (run) run.text += display;
                  else addText(display);
                }
              } else if (f.toc) tocOpen--;
            }
          }
          break;
        }
        case El.FldSimple: {
          const instr = tag.attr(W + 'instr') ?? '';
          const toc = TOC_FIELD.test(instr);
          simples.push({ instr, toc, start: para ? para.text.length : 0 });
          if (toc) enterToc();
          break;
        }
        case El.Sdt:
          sdts.push(false);
          break;
        case El.DocPartGallery:
          if (sdts.length && !sdts[sdts.length - 1] && /table of contents/i.test(tag.attr(W + 'val') ?? '')) {
            sdts[sdts.length - 1] = true;
            enterToc();
          }
          break;
        case El.AltChunk:
          if (!para) chunks.push({ at: out.length, id: tag.attr(R + 'id') ?? '' });
          break;
        case El.Tbl:
          cells.push({ table: tableCount++, row: -1, column: -1, rowGone: false });
          break;
        case El.Tr:
          if (cells.length) {
            const c = cells[cells.length - 1];
            c.row++;
            c.column = -1;
            if (c.rowGone) {
              c.rowGone = false;
              goneRows--;
            }
          }
          break;
        case El.TrPr:
          if (cells.length && !para) trPrDepth = d;
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
        case El.InstrText:
          handler.wantText = false;
          instrTarget = undefined;
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
            if (!para || r.text === '') break;
            const paraStyle = styles.resolveParagraphStyle(para.pStyle);
            const hidden = r.vanish ?? styles.characterVanish(r.rStyle) ?? styles.paragraphVanish(paraStyle);
            if (hidden) break;
            const text = r.symbols ? mapSymbolText(r.symbols, r.text) : r.text;
            para.text += text;
            if (text.trim() !== '') {
              para.textRuns++;
              const bold = r.bold ?? styles.characterBold(r.rStyle) ?? styles.paragraphBold(paraStyle);
              if (bold) para.boldRuns++;
            }
          }
          break;
        case El.PPr:
          if (d === pPrDepth) pPrDepth = -1;
          break;
        case El.TrPr:
          if (d === trPrDepth) trPrDepth = -1;
          break;
        case El.P:
          if (para) {
            finishParagraph(para);
            para = paraStack.pop();
            pPrDepth = -1;
          }
          break;
        case El.FldSimple: {
          const f = simples.pop();
          if (!f) break;
          if (f.toc) tocOpen--;
          const display = macroButtonText(f.instr);
          if (display !== undefined && para && para.text.length === f.start && shown()) addText(display);
          break;
        }
        case El.Sdt:
          if (sdts.pop()) tocOpen--;
          break;
        case El.Tbl: {
          const c = cells.pop();
          if (c?.rowGone) goneRows--;
          break;
        }
      }
    },
    text(raw: string, decoded: boolean) {
      // Called only inside a w:t or a field's w:instrText (wantText), which only a run holds.
      const t = decoded ? raw : decodeEntities(raw);
      if (instrTarget) instrTarget.instr += t;
      else if (run) run.text += t;
    },
  };
  try {
    scan(xml, handler);
  } catch (e) {
    if (e instanceof DocxError) throw e;
    // XmlScanError (broken markup, a part cut mid-way) or anything unexpected: the part is
    // corrupt; never leak the internal message.
    throw corrupt(part);
  }
  if (codes === undefined) throw corrupt(part);
  if (pending && pending.text.trim() !== '') {
    const last = pending;
    pending = undefined;
    emit(last);
  }
  return { paragraphs: out, chunks };
}
