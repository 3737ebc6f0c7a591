/**
 * Last year's material as the writer picks it in the pane (issue 14): the bytes of a .docx, .txt
 * or .md file read in the browser with the engine's readers — nothing is uploaded or kept — and
 * compared with this year's material the way `check --previous` compares them (src/cli/previous.ts
 * over src/engine/previous.ts). Pure: no React, no DOM beyond File/Blob reading.
 */
import { analyze, type Analysis } from '../engine';
import type { Template } from '../engine/template';
import type { DocumentInput, Paragraph } from '../engine/types';
import { readTextDocument } from '../engine/readers/text';
import { DEFAULT_MAX_INPUT_BYTES, DocxError, isEncryptedPackage, readDocx } from '../engine/readers/docx';
import { comparePrevious, type PreviousComparison } from '../engine/previous';
import { panePreviousText as t } from '../engine/messages';

/** A file that cannot be used as last year's material; `message` is one Chinese line naming it. */
export class PreviousFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreviousFileError';
    Object.setPrototypeOf(this, PreviousFileError.prototype);
  }
}

const WORD = /\.(docx|docm|dotx|dotm)$/i;
const TEXT = /\.(txt|md|markdown|text)$/i;

/** What the file chooser offers (the `accept` attribute). */
export const PREVIOUS_ACCEPT = '.docx,.docm,.txt,.md';

/** The bytes of a chosen file (Blob.arrayBuffer where the browser has it, else FileReader). */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsArrayBuffer(file);
  });
}

function decode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The text of a .txt/.md file: UTF-16 by its byte-order mark; UTF-16 without one when zero bytes
 * (the high bytes of ASCII characters) stand on one side of the pairs; UTF-8 (BOM dropped); else
 * GB18030 (what Chinese Notepad saves). Undefined when it is none of these (binary data).
 */
export function decodeTextFile(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  if (bytes.indexOf(0) >= 0) {
    if (bytes.length % 2) return undefined;
    let odd = 0;
    let even = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) (i % 2 ? odd++ : even++);
    if (odd > 4 * even) return decode('utf-16le', bytes);
    if (even > 4 * odd) return decode('utf-16be', bytes);
    return undefined;
  }
  const utf8 = decode('utf-8', bytes);
  if (utf8 !== undefined) return utf8.replace(/^\ufeff/, '');
  return decode('gb18030', bytes);
}

function blank(paragraphs: Paragraph[]): boolean {
  return paragraphs.every((p) => p.text.trim() === '' && !(p.listString ?? '').trim());
}

/**
 * The engine's input from a chosen file's name and bytes. Throws PreviousFileError with one
 * Chinese line: a kind that is not .docx/.txt/.md, an old .doc, a password-protected or damaged
 * .docx (the reader's own reason), text in no known encoding, an empty file, over 50 MB.
 */
export async function readPreviousFile(name: string, bytes: Uint8Array): Promise<DocumentInput> {
  if (bytes.length > DEFAULT_MAX_INPUT_BYTES) throw new PreviousFileError(t.tooLarge(name, DEFAULT_MAX_INPUT_BYTES / 1048576));
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  // A text file named .doc is said to be text, as `check` says it (t26); a zip or binary keeps the old-Word answer.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  if (/\.doc$/i.test(name) && !ole && !zip && !pdf && bytes.length > 0 && decodeTextFile(bytes) !== undefined) throw new PreviousFileError(t.textNamedDoc(name));
  if (/\.doc$/i.test(name) || (ole && !isEncryptedPackage(bytes))) throw new PreviousFileError(t.oldDoc(name));
  if (WORD.test(name) || isEncryptedPackage(bytes)) {
    let paragraphs: Paragraph[];
    try {
      paragraphs = await readDocx(bytes);
    } catch (e) {
      throw new PreviousFileError(e instanceof DocxError ? t.unreadable(e.message, name) : t.notReadable(name));
    }
    if (blank(paragraphs)) throw new PreviousFileError(t.empty(name));
    return { paragraphs, source: 'docx', name };
  }
  if (!TEXT.test(name)) throw new PreviousFileError(t.kind(name));
  const text = decodeTextFile(bytes);
  if (text === undefined) throw new PreviousFileError(t.encoding(name));
  if (text.trim() === '') throw new PreviousFileError(t.empty(name));
  const kind = /\.(md|markdown)$/i.test(name) ? 'markdown' : 'text';
  // With the line map, as the command line reads a file: its places are said as lines (第7行), the
  // lines an editor shows, also where lines hard-wrapped from a PDF were joined (places.ts).
  const { paragraphs, lines } = readTextDocument(text, kind);
  return lines ? { paragraphs, source: kind, name, lines } : { paragraphs, source: kind, name };
}

/** Last year's material read and analysed: kept by the pane for the session only. */
export interface LastYear {
  name: string;
  input: DocumentInput;
  analysis: Analysis;
}

/** How this year's material is analysed in the pane: the writer's template choice, as the check uses it. */
export interface TemplateArgs {
  templateId?: string;
  template?: Template;
}

/**
 * Analyse last year's material: detected on its own (it follows last year's notice) unless a
 * built-in template is chosen, as `check --previous` does with `--template`.
 */
export function analyzeLastYear(name: string, input: DocumentInput, args: TemplateArgs): LastYear {
  return { name, input, analysis: analyze(input, args.templateId && !args.template ? { templateId: args.templateId } : {}) };
}

/** This year's paragraphs (as the pane read them) against last year's material. Pure. */
export function compareWithLastYear(paragraphs: Paragraph[], args: TemplateArgs, last: LastYear): PreviousComparison {
  const input: DocumentInput = { paragraphs, source: 'word' };
  const analysis = analyze(input, args.template ? { template: args.template } : args.templateId ? { templateId: args.templateId } : {});
  return comparePrevious({ analysis, input }, last);
}
