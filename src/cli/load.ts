/**
 * Reading input files for the CLI: decide the format, refuse what cannot be read with one
 * Chinese line (exit code 2), never a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentInput } from '../engine/types';
import { readText } from '../engine/readers/text';
import { DEFAULT_MAX_INPUT_BYTES, DocxError, readDocx } from '../engine/readers/docx';
import { readDocxSettings } from '../engine/readers/docx-settings';

const MAX_BYTES = DEFAULT_MAX_INPUT_BYTES;

export class InputError extends Error {}

const CHECKABLE = /\.(docx|docm|txt|md|markdown|text)$/i;

/**
 * Files to check: a folder stands for the .docx/.txt/.md files in it and its subfolders (sorted),
 * leaving out Word's lock files (~$…) and hidden files. Anything else is passed on as given.
 */
export function expandInputs(args: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      const p = path.join(dir, name);
      const st = fs.statSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(p);
      else if (st?.isFile() && CHECKABLE.test(name)) out.push(p);
    }
  };
  for (const a of args) {
    const st = fs.statSync(a, { throwIfNoEntry: false });
    if (st?.isDirectory()) walk(a);
    else out.push(a);
  }
  return out;
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 — what Chinese Windows Notepad saves. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError('无法识别文件的文字编码（既不是 UTF-8 也不是 GB18030），请另存为 UTF-8 文本后再检查。');
    }
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export async function loadFile(file: string): Promise<DocumentInput> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`找不到文件：${file}`);
  }
  if (stat.isDirectory()) throw new InputError(`这是一个文件夹，不是文件：${file}`);
  if (stat.size > MAX_BYTES) throw new InputError(`文件过大（${mb(stat.size)} MB），上限为 ${mb(MAX_BYTES)} MB：${file}`);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new InputError(`无法读取文件（没有权限或文件被占用）：${file}`);
  }
  const ext = path.extname(file).toLowerCase();
  const name = path.basename(file);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.doc' || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) {
    throw new InputError(`不支持旧版 Word（.doc）格式，请在 Word 中“另存为”.docx 后再检查：${file}`);
  }
  if (ext === '.docx' || ext === '.docm' || (isZip && !['.txt', '.md', '.markdown', '.text'].includes(ext))) {
    try {
      return { paragraphs: await readDocx(bytes), source: 'docx', name };
    } catch (e) {
      if (e instanceof DocxError) throw new InputError(`${e.message}：${file}`);
      throw new InputError(`无法读取此 .docx 文件（文件可能已损坏）：${file}`);
    }
  }
  if (looksBinary(bytes)) throw new InputError(`不是文本文件，也不是 .docx 文件：${file}`);
  const kind = ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
  return { paragraphs: readText(decodeText(bytes), kind), source: kind, name };
}

/**
 * The add-in's document settings saved in a .docx (see docx-settings.ts); empty for text files
 * and for a package without them. Never throws: settings only add to a check.
 */
export async function loadSettings(file: string): Promise<Record<string, unknown>> {
  try {
    const bytes = fs.readFileSync(file);
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return {};
    return await readDocxSettings(bytes);
  } catch {
    return {};
  }
}
