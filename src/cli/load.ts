/**
 * Reading input files for the CLI: decide the format, refuse what cannot be read with one
 * Chinese line naming the file (exit code 2), never a stack trace.
 */
import { constants as bufferConstants, isAscii, isUtf8, transcode } from 'buffer';
import * as zlib from 'zlib';
import * as path from 'path';
import type { DocumentInput, Paragraph } from '../engine/types';
import { readTextDocument } from '../engine/readers/text';
import { unwrapWordParagraphs } from '../engine/readers/joined';
import { InputError, isOleFile, readInput, STDIN, unreadableFormat, walkInputs } from './io';
import { fitsParagraphs, limitsFor, wan, type Limits } from './limits';

/**
 * The .docx reader, loaded on the first zip package or OLE compound file: it brings jszip and
 * htmlparser2, which a check of .txt/.md files (and `--help`) need not load. The module is asked
 * for once: an `import()` a file went through Node's module resolution again each time (compiled
 * to require: the path resolved and the package scope read), some 1% of a folder check.
 */
let docxModule: Promise<typeof import('../engine/readers/docx')> | undefined;
function docxReader(): Promise<typeof import('../engine/readers/docx')> {
  docxModule ??= import('../engine/readers/docx');
  return docxModule;
}

export { InputError } from './io';

/**
 * Files to check: a folder stands for the .docx/.docm/.dotx/.dotm/.txt/.md files in it and its subfolders (sorted).
 * Problems met on the way (unreadable folders) are left out here; see io.walkInputs.
 */
export function expandInputs(args: string[]): string[] {
  return walkInputs(args).files;
}

/** Where `bytes` stop being UTF-8: the offset of the first byte of a malformed sequence, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [len, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [len, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [len, min] = [4, 0x10000];
    else return i;
    if (i + len > n) return i;
    let cp = b & (0x7f >> len);
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len;
  }
  return -1;
}

/** Share of characters a Chinese material is written in: CJK, ASCII text, CJK and full-width punctuation. */
function plausibility(s: string): number {
  if (!s.length) return 0;
  let good = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 10 || c === 13 || c === 9 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x2027)) good++;
  }
  return good / s.length;
}

/**
 * Whether a text has the punctuation or line breaks prose has (at least one in 400 characters, for
 * texts of 200 or more). Random high bytes decode as GB18030 to plausible-looking ideographs, but
 * almost never to "，" or "。".
 */
function punctuated(s: string): boolean {
  if (s.length < 200) return true;
  let n = 0;
  for (let i = 0; i < s.length; i++) if ('，。、；：！？,.;:!?\n'.includes(s[i])) n++;
  return n * 400 >= s.length;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a byte order mark: when the first 64 KB hold zero bytes (ASCII characters and
 * many CJK ones leave one in their pair) and decode, little- or big-endian, to plausible Chinese
 * text (see plausibility): the better of the two, else undefined.
 */
export function utf16Guess(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes.length % 2) return undefined;
  const head = bytes.subarray(0, Math.min(bytes.length, 65536));
  if (head.indexOf(0) < 0) return undefined;
  const le = plausibility(new TextDecoder('utf-16le').decode(head));
  const be = plausibility(new TextDecoder('utf-16be').decode(head));
  if (Math.max(le, be) < 0.9) return undefined;
  return le >= be ? 'le' : 'be';
}

/**
 * The text of a .txt/.md file: UTF-16 with a byte order mark; UTF-8 (with or without BOM); UTF-16
 * without BOM (see utf16Guess); else GB18030, what Chinese Windows Notepad saves — unless the
 * bytes decode as UTF-16 to a clearly more plausible Chinese text. Throws InputError naming
 * `file` with what is wrong: binary data (a zero byte where no UTF-16 can be), or bytes that are
 * neither UTF-8 (the offset where it breaks) nor GB18030.
 */
export function decodeText(bytes: Uint8Array, file = ''): string {
  const named = file ? `：${file}` : '';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16Strict(bytes, 'le', 2, named);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16Strict(bytes, 'be', 2, named);
  const guess = utf16Guess(bytes);
  if (guess) {
    const t = tryDecode(guess === 'le' ? 'utf-16le' : 'utf-16be', bytes);
    if (t !== undefined) return t;
    // Plausible UTF-16 broken by an unpaired surrogate: said so, where, not "binary data" (t26).
    if (bytes.length % 2 === 0) return utf16Strict(bytes, guess, 0, named);
  }
  const zero = bytes.indexOf(0);
  if (zero >= 0) throw new InputError(`不是文本文件，也不是 .docx 文件（第 ${zero + 1} 字节是二进制数据）${named}`);
  // Node's native check first; the offset of the fault is looked for only when there is one.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = isUtf8(buf) ? -1 : invalidUtf8At(bytes);
  if (bad < 0) return buf.toString('utf8', buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0);
  const gb = tryDecode('gb18030', bytes);
  if (bytes.length % 2 === 0) {
    const le = tryDecode('utf-16le', bytes);
    const be = tryDecode('utf-16be', bytes);
    const best = [le, be].filter((t): t is string => t !== undefined).sort((a, b) => plausibility(b) - plausibility(a))[0];
    // GB18030 text read as UTF-16 is never plausible (its bytes are 0x81 and up: no CJK code units).
    if (best !== undefined && plausibility(best) >= 0.9 && plausibility(best) > (gb === undefined ? 0 : plausibility(gb))) return best;
  }
  if (gb !== undefined && plausibility(gb) >= 0.5 && punctuated(gb)) return gb;
  throw new InputError(
    `无法识别文件的文字编码：从第 ${bad + 1} 字节起既不是有效的 UTF-8，也不是 GB18030 或 UTF-16 文字，文件可能已损坏；请另存为 UTF-8 文本后再检查${named}`,
  );
}

/**
 * `bytes` from `start` (past the byte order mark) decoded as UTF-16 (`endian`), refusing an unpaired
 * surrogate (a high one not followed by a low one, or a low one alone) with one Chinese line naming
 * its 1-based byte offset, as for bytes that are no UTF-8: a decoder puts U+FFFD there and the check
 * read a damaged file as text (t26). An odd last byte is left to the decoder (U+FFFD), as before.
 * `named` is "：file" or ''.
 */
function utf16Strict(bytes: Uint8Array, endian: 'le' | 'be', start: number, named: string): string {
  const label = endian === 'le' ? 'utf-16le' : 'utf-16be';
  // The native decoder answers a sound file; the code units are looked through only when it fails.
  const sound = tryDecode(label, bytes);
  if (sound !== undefined) return sound;
  const unit = (i: number) => (endian === 'le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  const end = bytes.length - ((bytes.length - start) % 2);
  for (let i = start; i < end; i += 2) {
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) continue;
    if (u <= 0xdbff && i + 2 < end) {
      const next = unit(i + 2);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 2;
        continue;
      }
    }
    const order = endian === 'le' ? '（小端）' : '（大端）';
    throw new InputError(`无法读取文件的文字：按 UTF-16${order}读取时，第 ${i + 1} 字节起是不成对的代理项（无效字符），文件可能已损坏；请另存为 UTF-8 文本后再检查${named}`);
  }
  return new TextDecoder(label).decode(bytes);
}

/** File name endings read as text (.md and .markdown as markdown), lower case; `check --help` names them all. */
export const TEXT_EXT = ['.txt', '.md', '.markdown', '.text'];
/** Word 2007+ documents and templates, macro-enabled or not: all read by the .docx reader. */
export const WORD_EXTENSIONS = ['.docx', '.docm', '.dotx', '.dotm'];

/**
 * Read one input (a path, or "-" for standard input) for the engine, within `limits` (by default
 * derived from this process's memory). Throws InputError with one Chinese line naming the file.
 */
export async function loadFile(file: string, limits: Limits = limitsFor()): Promise<DocumentInput> {
  return parseInput(file, await readInput(file, limits.inputBytes), limits);
}

/** A material read once: the engine's input and the add-in settings saved in it (see loadSettings). */
export interface LoadedMaterial {
  input: DocumentInput;
  settings: Record<string, unknown>;
}

/**
 * One input read once for both its text and its settings (`loadFile` plus `loadSettings`, without
 * the second read and the second unzip). Throws InputError like loadFile.
 */
export async function loadMaterial(file: string, limits: Limits): Promise<LoadedMaterial> {
  const data = await readInput(file, limits.inputBytes);
  const input = await parseInput(file, data, limits);
  return { input, settings: input.source === 'docx' ? await settingsOf(data) : {} };
}

/** The bytes "webextension" (any case): a zip holds them, in a part name, when Word saved add-in settings. */
const WEBEXTENSION = Array.from('webextension', (c) => c.charCodeAt(0));

/** Where the word's "x" stands in it: its rarest letter, found by the host's indexOf. */
const X_AT = 4;

/**
 * Whether the bytes contain "webextension" in any letter case (no unzip): each "x" or "X" is found
 * by indexOf (native, not a JavaScript loop over every byte of the file), the word checked around it.
 */
export function mentionsWebExtension(b: Uint8Array): boolean {
  const last = b.length - WEBEXTENSION.length;
  for (const x of [0x78, 0x58]) {
    for (let i = b.indexOf(x, X_AT); i >= 0 && i - X_AT <= last; i = b.indexOf(x, i + 1)) {
      const at = i - X_AT;
      let k = 0;
      while (k < WEBEXTENSION.length && (b[at + k] | 0x20) === WEBEXTENSION[k]) k++;
      if (k === WEBEXTENSION.length) return true;
    }
  }
  return false;
}

/**
 * Settings of a .docx's bytes; empty without a web-extension part. Part names are stored
 * uncompressed in the zip's directory, so a package without the word is skipped without unzipping.
 */
async function settingsOf(bytes: Uint8Array): Promise<Record<string, unknown>> {
  try {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b || !mentionsWebExtension(bytes)) return {};
    const { readDocxSettings } = await import('../engine/readers/docx-settings');
    return await readDocxSettings(bytes);
  } catch {
    return {};
  }
}

/** Node's native raw inflate for the .docx reader (see ReadDocxOptions.inflateRaw), stopping one byte past the cap. */
export function nodeInflateRaw(compressed: Uint8Array, maxBytes: number): Uint8Array {
  return zlib.inflateRawSync(compressed, { maxOutputLength: Math.min(maxBytes + 1, bufferConstants.MAX_LENGTH) });
}

/**
 * Parts up to this many bytes are decoded by nodeDecodeUtf8's transcoding: its UTF-16 copy is
 * transient memory beside the string, bounded so a very large part adds none to the peak.
 */
const TRANSCODED_BYTES = 1 << 20;

/**
 * Node's UTF-8 decoding for the .docx reader (ReadDocxOptions.decodeUtf8): what TextDecoder gives,
 * faster. V8's UTF-8 decoder (behind TextDecoder and Buffer#toString alike) takes some 100 µs for a
 * 14 KB document.xml of Chinese text; buffer.transcode to UTF-16 (simdutf in Node 20) and a UTF-16
 * string take some 13. Bytes all ASCII are read as Latin-1 (the same characters, one byte each).
 * Malformed UTF-8, a part over TRANSCODED_BYTES, or a Node built without ICU (no transcode) go to
 * TextDecoder, which decides how a malformed sequence reads. TextDecoder drops a UTF-8 byte-order
 * mark: so is it here.
 */
export function nodeDecodeUtf8(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(b)) return b.toString('latin1');
  if (b.byteLength > TRANSCODED_BYTES || typeof transcode !== 'function' || !isUtf8(b)) return new TextDecoder('utf-8').decode(bytes);
  const s = transcode(b, 'utf8', 'utf16le').toString('utf16le');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Node's native CRC-32 for the .docx reader (ReadDocxOptions.crc32), where this Node has it (20.15+). */
export const nodeCrc32: ((data: Uint8Array) => number) | undefined = typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : undefined;

/** The engine's input from a file's bytes (see loadFile). Throws InputError naming `file`. */
async function parseInput(input: string, bytes: Uint8Array, limits: Limits): Promise<DocumentInput> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  // Standard input is text, or a .docx when its bytes are a zip package; messages name it in Chinese.
  const ext = input === STDIN ? (isZip ? '.docx' : '.txt') : path.extname(input).toLowerCase();
  const name = input === STDIN ? '标准输入' : path.basename(input);
  const file = input === STDIN ? '（标准输入）' : input;
  const isOle = isOleFile(bytes);
  // A password-protected .docx is an OLE compound file too: say so before calling it a .doc.
  if (isOle) {
    const { DocxError, isEncryptedPackage } = await docxReader();
    if (isEncryptedPackage(bytes)) throw new InputError(`${new DocxError('encrypted').message}：${file}`);
  }
  // A PDF, or a .wps/.rtf/.odt given by name: what to do, as a folder's walk says it (not "binary data").
  // A Word document saved under such a name (its bytes a zip package) is tried as the .docx it may be.
  const zipLocal = isZip && bytes[2] === 0x03 && bytes[3] === 0x04;
  const other = ext === '.doc' ? undefined : unreadableFormat(ext, bytes);
  // Nothing at all under a document's name: said to be empty, not "not a zip package" (t24).
  if (bytes.length === 0 && (WORD_EXTENSIONS.includes(ext) || ext === '.doc' || other)) throw new InputError(`文件是空的，没有可检查的文字：${file}`);
  // A .docx saved under a .doc name (its bytes a zip package, not the old format's): checked as
  // the .docx it is, not refused as an old Word file that it is not (t24).
  if ((other || ext === '.doc') && zipLocal && !unreadableFormat('', bytes)) {
    const read = await tryDocx(bytes, limits);
    if (read) return checkedDocx(read, name, file, limits);
  }
  // A text file named .pdf (no %PDF- header): said to be text, as for a text file named .docx.
  if (other && ext === '.pdf' && !unreadableFormat('', bytes) && !isZip && !isOle && bytes.length > 0 && textOrUndefined(bytes, file) !== undefined) {
    throw new InputError(textNamedAs('PDF', file));
  }
  if (other) throw new InputError(`${other}：${file}`);
  // A text file named .doc (neither the old format's OLE file nor a zip): said to be text, as .pdf (t26).
  if (ext === '.doc' && !unreadableFormat('', bytes) && !isZip && !isOle && bytes.length > 0 && textOrUndefined(bytes, file) !== undefined) {
    throw new InputError(textNamedAs('doc', file));
  }
  if (ext === '.doc' || isOle) {
    throw new InputError(`不支持旧版 Word（.doc）格式，请在 Word 中“另存为”.docx 后再检查：${file}`);
  }
  // Counting stops at the cap, so the message gives the cap, not the count.
  const tooMany = () => new InputError(tooManyMessage(limits, file));
  // A zip package named .txt/.md (a .docx renamed, or saved under the wrong name) is read as the
  // .docx it is: its bytes are no text (it was refused as binary data). A text file named .docx is
  // no Word document (Word would not open it either): refused, saying it is text and how to check it.
  if (WORD_EXTENSIONS.includes(ext) && !isZip && !isOle && bytes.length > 0 && textOrUndefined(bytes, file) !== undefined) {
    throw new InputError(textNamedAs('Word', file));
  }
  if (WORD_EXTENSIONS.includes(ext) || (isZip && !TEXT_EXT.includes(ext)) || zipLocal) {
    const { DocxError, readDocx } = await docxReader();
    let paragraphs;
    try {
      paragraphs = await readDocx(bytes, { maxInputBytes: limits.inputBytes, maxXmlBytes: limits.xmlBytes, inflateRaw: nodeInflateRaw, crc32: nodeCrc32, decodeUtf8: nodeDecodeUtf8 });
    } catch (e) {
      if (e instanceof DocxError) {
        const tooLarge = e.code === 'too-large' ? `（展开后的内容超过本机内存可以检查的上限 ${Math.round(limits.xmlBytes / 1048576)} MB）` : '';
        throw new InputError(`${e.message}${tooLarge}：${file}`);
      }
      throw new InputError(`无法读取此 .docx 文件（文件可能已损坏）：${file}`);
    }
    return checkedDocx(paragraphs, name, file, limits);
  }
  const text = decodeText(bytes, file);
  if (text.length > limits.textChars) {
    throw new InputError(`文字过多（约 ${wan(text.length)} 字），超过本机内存可以检查的上限（${wan(limits.textChars)} 字）：${file}`);
  }
  // Each line is a paragraph, and each cell of a pipe table one more: an upper bound, counted before any is made.
  let pipes = 0;
  for (let i = text.indexOf('|'); i >= 0 && pipes <= limits.paragraphs; i = text.indexOf('|', i + 1)) pipes++;
  if (!fitsParagraphs(text, limits, pipes)) throw tooMany();
  if (text.trim() === '') throw new InputError(`文件是空的，没有可检查的文字：${file}`);
  const kind = ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
  // The line map only when a paragraph is not on its own line number (joined lines, a pipe table).
  const { paragraphs, lines } = readTextDocument(text, kind);
  return lines ? { paragraphs, source: kind, name, lines } : { paragraphs, source: kind, name };
}

/**
 * The refusal of a text file saved under a document's name (.docx → 'Word', .pdf → 'PDF', .doc →
 * 'doc'): its bytes are plain text, so it is said to be text, with how to check it, not refused as
 * that format.
 */
function textNamedAs(format: 'Word' | 'PDF' | 'doc', file: string): string {
  const what = format === 'Word' ? '文件不是有效的 Word 文档' : format === 'PDF' ? '文件名是 .pdf，但不是 PDF 文件' : '文件名是 .doc，但不是旧版 Word 文档';
  return `${what}：内容是纯文本（可能改过扩展名），可改名为 .txt 后再检查：${file}`;
}

/** The refusal of a document with more paragraphs than the caps allow (the cap, not the count: counting stops there). */
function tooManyMessage(limits: Limits, file: string): string {
  return `段落过多：超过本机内存可以检查的上限（约 ${wan(limits.paragraphs)} 段有文字的段落，表格每格算一段；空行另计，约 ${wan(limits.blankLines)} 行）：${file}`;
}

/** `bytes` decoded as a text file, or undefined when they are no text (decodeText refuses them). */
function textOrUndefined(bytes: Uint8Array, file: string): string | undefined {
  try {
    return decodeText(bytes, file);
  } catch {
    return undefined;
  }
}

/** The paragraphs of `bytes` read as a .docx, or undefined when they are none (any reading error). */
async function tryDocx(bytes: Uint8Array, limits: Limits): Promise<Paragraph[] | undefined> {
  const { readDocx } = await docxReader();
  try {
    return await readDocx(bytes, { maxInputBytes: limits.inputBytes, maxXmlBytes: limits.xmlBytes, inflateRaw: nodeInflateRaw, crc32: nodeCrc32, decodeUtf8: nodeDecodeUtf8 });
  } catch {
    return undefined;
  }
}

/** A .docx's paragraphs as the engine's input, within the caps; refused when there are too many or none with text. */
function checkedDocx(paragraphs: Paragraph[], name: string, file: string, limits: Limits): DocumentInput {
  if (paragraphs.length > limits.paragraphs) throw new InputError(tooManyMessage(limits, file));
  if (paragraphs.every((p) => p.text.trim() === '' && !(p.listString ?? '').trim())) throw new InputError(`文件是空的，没有可检查的文字：${file}`);
  // Lines pasted from a PDF are joined back as Word's read joins them (the pane reads the same document alike).
  const { paragraphs: read, map } = unwrapWordParagraphs(paragraphs);
  return map ? { paragraphs: read, source: 'docx', name, joined: map } : { paragraphs, source: 'docx', name };
}

/**
 * The add-in's document settings saved in a .docx (see docx-settings.ts); empty for text files
 * and for a package without them. Never throws: settings only add to a check.
 */
export async function loadSettings(file: string): Promise<Record<string, unknown>> {
  try {
    if (file === STDIN) return {};
    return await settingsOf(await readInput(file, limitsFor().inputBytes));
  } catch {
    return {};
  }
}
