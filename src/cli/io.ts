/**
 * The check command's contact with the system: reading a file or standard input under a byte cap,
 * walking folders, and writing to a terminal that may be a pipe closed early (`| head`). Every
 * failure becomes an InputError with one Chinese line naming the path; nothing here throws an
 * English errno at the user.
 */
import * as fs from 'fs';
import * as path from 'path';

/** An input that cannot be checked; `message` is one Chinese line that names the file. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
    Object.setPrototypeOf(this, InputError.prototype);
  }
}

/** The name standing for standard input on the command line. */
export const STDIN = '-';

/** "12.3 MB" for a byte count. */
export function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** What an errno means for the reviewer, in Chinese (the errno itself is never shown). */
export function reasonOf(e: unknown, file: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `找不到文件：${file}`;
    case 'EACCES':
    case 'EPERM':
      return `没有读取权限：${file}`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `文件正被其他程序占用：${file}`;
    case 'ELOOP':
      return `符号链接循环，无法找到实际文件：${file}`;
    case 'EISDIR':
      return `这是一个文件夹，不是文件：${file}`;
    case 'ENAMETOOLONG':
      return `文件路径过长：${file}`;
    case 'EMFILE':
    case 'ENFILE':
      return `同时打开的文件过多，请稍后再试：${file}`;
    case 'EIO':
      return `读取时磁盘出错（输入输出错误）：${file}`;
    default:
      return `无法读取文件（系统未说明原因）：${file}`;
  }
}

const CHUNK = 1 << 20;

/**
 * Read an open descriptor to its end, refusing as soon as more than `maxBytes` arrive. The first
 * `expected` bytes (the size stat gave) go straight into one buffer; whether the file goes on past
 * them is asked with a read of one byte, and more, if the file grew, is read in chunks of up to 1 MB.
 * Returns the bytes read (fewer than `expected` when the file shrank). Throws InputError naming
 * `file` past the cap; the descriptor's own errors (fs.readSync) are left to the caller.
 * Synchronous: a material is a few hundred KB at most, read in well under a millisecond, where a
 * promise per call costs more than the read (a folder of 200 files: 5–20× less).
 *
 * The end was asked with a chunk: a buffer of 1 MB a file, whatever its size, that a file ending
 * where stat said never fills (allocated unfilled, so it cost an allocation and its release rather
 * than resident memory: a 1 MB file's check peaked within the noise of the same, issue 13).
 * Exported for its tests.
 */
export function readCapped(fd: number, maxBytes: number, file: string, expected = 0): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  if (expected > 0) {
    const first = Buffer.allocUnsafe(Math.min(expected, maxBytes));
    while (total < first.length) {
      const bytesRead = fs.readSync(fd, first, total, first.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total < first.length) return first.subarray(0, total);
    chunks.push(first);
    // One byte more, from Buffer's shared pool: none at the end of a file that stat measured.
    const next = Buffer.allocUnsafe(1);
    if (fs.readSync(fd, next, 0, 1, null) === 0) return first;
    total++;
    if (total > maxBytes) throw new InputError(`文件过大（超过 ${mb(maxBytes)} 的上限）：${file}`);
    chunks.push(next);
  }
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    const bytesRead = fs.readSync(fd, buf, 0, buf.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw new InputError(`文件过大（超过 ${mb(maxBytes)} 的上限）：${file}`);
    chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** Opening never waits for a writer (a FIFO swapped in after the stat); Windows has no such flag. */
const OPEN_FLAGS = fs.constants.O_NONBLOCK !== undefined ? fs.constants.O_RDONLY | fs.constants.O_NONBLOCK : 'r';

/** Why `st` is no regular file, in Chinese; undefined for a regular file. */
function notRegular(st: fs.Stats, file: string): string | undefined {
  if (st.isDirectory()) return `这是一个文件夹，不是文件：${file}`;
  if (st.isFile()) return undefined;
  const what = st.isFIFO() ? '管道' : st.isCharacterDevice() || st.isBlockDevice() ? '设备' : st.isSocket() ? '套接字' : '特殊文件';
  return `这是${what}，不是普通文件（要从管道读入，请用“-”表示标准输入）：${file}`;
}

/** Standard input to its end under the same cap. */
async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > maxBytes) {
      (stdin as NodeJS.ReadStream).destroy?.();
      throw new InputError(`标准输入的内容过大（超过 ${mb(maxBytes)} 的上限）`);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

/**
 * The bytes of `file` ("-": standard input), at most `maxBytes`. Only regular files are opened:
 * a pipe (FIFO) would block until a writer comes, a device such as /dev/zero never ends, so both
 * are refused from stat before any read; a file is still read with the cap, in case it grows.
 * Throws InputError.
 */
export async function readInput(file: string, maxBytes: number, stdin: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  if (file === STDIN) return readStdin(stdin, maxBytes);
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw new InputError(reasonOf(e, file));
  }
  const refused = notRegular(st, file);
  if (refused) throw new InputError(refused);
  if (st.size > maxBytes) throw new InputError(`文件过大（${mb(st.size)}），上限为 ${mb(maxBytes)}：${file}`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
    // What was opened is what is read: a path replaced after the stat is judged again.
    const opened = fs.fstatSync(fd);
    const swapped = notRegular(opened, file);
    if (swapped) throw new InputError(swapped);
    return readCapped(fd, maxBytes, file, opened.size);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(reasonOf(e, file));
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // closing a descriptor only read from cannot lose data
      }
    }
  }
}

/** The file system calls the folder walk makes (replaced in tests to inject errors). */
export interface WalkFs {
  readdirSync(dir: string): string[];
  statSync(p: string): fs.Stats;
  realpathSync(p: string): string;
  /** Up to `n` first bytes of file `p` (fewer for a shorter file); throws when it cannot be read. */
  head?(p: string, n: number): Uint8Array;
}

/** A path the walk could not use, with its reason (Chinese, naming the path). */
export interface WalkProblem {
  path: string;
  reason: string;
  /** A document in a folder in a format the tool does not read (.doc, .wps, .pdf …): said, not checked. */
  skipped?: boolean;
}

/**
 * Documents a folder may hold that are materials the tool cannot read, with what to do (Chinese).
 * Other files in a folder (pictures, spreadsheets) are passed over without a word.
 */
const UNREADABLE: Record<string, string> = {
  '.doc': '旧版 Word（.doc）格式，请在 Word 中“另存为”.docx 后再检查',
  '.wps': 'WPS 文字（.wps）格式，请另存为 .docx 后再检查',
  '.pdf': 'PDF 文件，请用 .docx 原件，或把文字复制到 .txt 后再检查',
  '.rtf': 'RTF 格式，请在 Word 中“另存为”.docx 后再检查',
  '.odt': 'OpenDocument（.odt）格式，请另存为 .docx 后再检查',
};

/**
 * What to do with a document of a format the tool does not read, by its extension (".pdf") or,
 * whatever its name, a PDF's own first bytes ("%PDF-"): the message a folder's walk gives it
 * (UNREADABLE), or undefined for a format that is read.
 */
export function unreadableFormat(ext: string, bytes?: Uint8Array): string | undefined {
  const pdf = bytes !== undefined && bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
  return pdf ? UNREADABLE['.pdf'] : UNREADABLE[ext.toLowerCase()];
}

/** The walk's file system: Node's, through an object tests can patch to inject errors. */
export const walkFs: WalkFs = {
  readdirSync: (dir) => fs.readdirSync(dir),
  statSync: (p) => fs.statSync(p),
  realpathSync: (p) => fs.realpathSync(p),
  head: (p, n) => {
    const fd = fs.openSync(p, 'r');
    try {
      const buf = Buffer.alloc(n);
      return buf.subarray(0, fs.readSync(fd, buf, 0, n, 0));
    } finally {
      fs.closeSync(fd);
    }
  },
};

/** How many first bytes of a file named .pdf or .doc the walk looks at (namedNotAs). */
const HEAD_BYTES = 4096;

/** Whether `b` opens an OLE compound file (an old .doc, .wps, .xls, or an encrypted .docx). */
export function isOleFile(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

/**
 * A file whose name says a format it is not — its first HEAD_BYTES are not that format's (`isFormat`)
 * and are text (no NUL byte, or a UTF-16 byte order mark) or a zip package (a Word document saved
 * under that name): the walk passes it on, to be read as the file given alone is (load.ts says a
 * text file is text, with how to check it, and reads a Word document). Empty, unreadable, binary
 * or of the format named: false (skipped as that format, as before).
 */
function namedNotAs(p: string, fsx: WalkFs, isFormat: (b: Uint8Array) => boolean): boolean {
  if (!fsx.head) return false;
  let b: Uint8Array;
  try {
    b = fsx.head(p, HEAD_BYTES);
  } catch {
    return false;
  }
  if (b.length === 0 || isFormat(b)) return false;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return true;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return true;
  return !b.includes(0);
}

/** A file named .pdf that is no PDF (no "%PDF-" header): text or a Word document (namedNotAs). */
function pdfNamedNotPdf(p: string, fsx: WalkFs): boolean {
  return namedNotAs(p, fsx, (b) => unreadableFormat('', b) !== undefined);
}

/**
 * A file named .doc that is no old Word document (a real .doc is an OLE compound file, never a zip
 * or text): a .docx saved under the old name, or a text file (t26), passed on as namedNotAs says.
 */
function docNamedNotDoc(p: string, fsx: WalkFs): boolean {
  return namedNotAs(p, fsx, (b) => isOleFile(b) || unreadableFormat('', b) !== undefined);
}

const CHECKABLE = /\.(docx|docm|dotx|dotm|txt|md|markdown|text)$/i;

/**
 * Files to check: a folder stands for the .docx/.docm/.dotx/.dotm/.txt/.md files in it and its subfolders (sorted),
 * leaving out Word's lock files (~$…) and hidden files, and for a .pdf that is no PDF or a .doc that is
 * no old Word document (text or a .docx under that name: read as that file alone is); anything else is passed on as given.
 * A folder that cannot be listed, or an entry that cannot be examined, is a problem for that path
 * and the walk goes on; a folder reached again through a symbolic link (a loop, or two links to
 * one place) is visited once.
 */
export function walkInputs(args: string[], fsx: WalkFs = walkFs): { files: string[]; problems: WalkProblem[] } {
  const files: string[] = [];
  const problems: WalkProblem[] = [];
  const visited = new Set<string>();
  const stat = (p: string): fs.Stats | undefined => {
    try {
      return fsx.statSync(p);
    } catch (e) {
      problems.push({ path: p, reason: reasonOf(e, p) });
      return undefined;
    }
  };
  const walk = (dir: string) => {
    let real: string;
    let names: string[];
    try {
      real = fsx.realpathSync(dir);
      if (visited.has(real)) return;
      visited.add(real);
      names = fsx.readdirSync(dir).sort();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason = code === 'EACCES' || code === 'EPERM' ? `没有权限读取文件夹：${dir}` : reasonOf(e, dir);
      problems.push({ path: dir, reason });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name.startsWith('~$')) continue;
      const p = path.join(dir, name);
      const st = stat(p);
      if (st?.isDirectory()) walk(p);
      else if (st?.isFile() && CHECKABLE.test(name)) files.push(p);
      else if (st?.isFile() && path.extname(name).toLowerCase() === '.pdf' && pdfNamedNotPdf(p, fsx)) files.push(p);
      else if (st?.isFile() && path.extname(name).toLowerCase() === '.doc' && docNamedNotDoc(p, fsx)) files.push(p);
      else if (st?.isFile() && UNREADABLE[path.extname(name).toLowerCase()]) {
        problems.push({ path: p, reason: `未检查：${UNREADABLE[path.extname(name).toLowerCase()]}`, skipped: true });
      }
    }
  };
  for (const a of args) {
    if (a === STDIN) {
      files.push(a);
      continue;
    }
    let st: fs.Stats | undefined;
    try {
      st = fsx.statSync(a);
    } catch {
      st = undefined; // reported when the file is read, with its reason
    }
    if (st?.isDirectory()) walk(a);
    else files.push(a);
  }
  return { files, problems };
}

/**
 * Text from received materials made safe for a terminal: C0 controls (ESC…) and DEL as visible
 * \xNN, C1 controls, bidirectional overrides and isolates, and line/paragraph separators as
 * <U+XXXX>. Line feeds and tabs stay. An escape sequence in a file name or a paragraph can thus
 * neither clear the screen nor fake a report line, and right-to-left overrides cannot reorder it.
 */
export function escapeTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x80 ? `\\x${n.toString(16).padStart(2, '0')}` : `<U+${n.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/**
 * A line writer for stdout/stderr. A reader that goes away (EPIPE: `check … | head`) ends the
 * process quietly with exit code 0: the output was wanted only up to there.
 */
export function lineWriter(stream: NodeJS.WriteStream, onClosed: () => void = () => process.exit(0)): (s: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') {
      closed = true;
      onClosed();
      return;
    }
    throw e;
  });
  return (s: string) => {
    if (closed) return;
    try {
      stream.write(s + '\n');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') {
        closed = true;
        onClosed();
      } else throw e;
    }
  };
}

/**
 * Runs a command on this process: `run` gets line writers for stdout and stderr (lineWriter: a
 * reader that goes away ends the process quietly with exit 0) and its result becomes the exit
 * code; a failure anywhere, thrown or rejected, is the one line `failLine(e)` on stderr and exit 2,
 * never a stack trace. The entry of both `duizhao` (bin.ts) and `check` (main.ts).
 */
export function runOnProcess(
  run: (out: (s: string) => void, err: (s: string) => void) => Promise<number>,
  failLine: (e: unknown) => string,
): void {
  const fail = (e: unknown) => {
    process.stderr.write(escapeTerminal(failLine(e)) + '\n');
    process.exitCode = 2;
  };
  process.on('uncaughtException', fail);
  run(lineWriter(process.stdout), lineWriter(process.stderr, () => undefined)).then((code) => {
    process.exitCode = code;
  }, fail);
}
