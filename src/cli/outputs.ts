/**
 * No output of `check` (the workbook, the CSV, a 整改清单, an annotated copy) is ever written onto a
 * file the same run reads: a reviewer who names a material as the output (`--csv 张三.txt`,
 * `--checklist 材料.docx`), or an annotated copy whose name meets another material's in the output
 * folder, would otherwise lose the writer's text.
 */
import * as fs from 'fs';
import { COMMENT_AUTHOR } from '../engine/messages';

/**
 * The files one run reads, by identity (device and inode, so a path spelled otherwise, a symbolic
 * link or a hard link to one of them is the same file; on a file system that ignores case, so is
 * the same name in other case). A path that does not exist is none of them.
 */
export class InputFiles {
  private readonly ids = new Set<string>();

  /** `files`: paths as the run reads them; ones that cannot be read (standard input, a missing file) are skipped. */
  constructor(files: readonly string[]) {
    for (const f of files) {
      const id = identity(f);
      if (id) this.ids.add(id);
    }
  }

  /** Whether writing to `out` would replace one of the files read. Never throws. */
  has(out: string): boolean {
    const id = identity(out);
    return id !== undefined && this.ids.has(id);
  }
}

/** "device:inode" of the file at `p` (following links), or undefined when there is none. */
function identity(p: string): string | undefined {
  try {
    const s = fs.statSync(p, { bigint: true });
    return s.isFile() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a .docx output may be written at `out`: nothing is there, or what is there is a
 * document this tool wrote — a 整改清单 (its docProps/core.xml names 对照检查助手 as creator) or an
 * annotated copy (its comments.xml holds comments by 对照检查助手). Anything else — a writer's
 * material that shares the name, a file that is no readable .docx — is not replaced: a trial's
 * `--checklist 材料.docx` (a material outside the run) silently lost its text. Never throws.
 */
export async function replaceableDocx(out: string): Promise<boolean> {
  let bytes: Buffer;
  try {
    if (!fs.statSync(out).isFile()) return false;
    bytes = fs.readFileSync(out);
  } catch (e) {
    // Nothing there (or nothing that can be read, which the write will say).
    return (e as { code?: string })?.code === 'ENOENT';
  }
  try {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')?.async('string');
    if (core && new RegExp(`<dc:creator>${COMMENT_AUTHOR}</dc:creator>`).test(core)) return true;
    const comments = await zip.file('word/comments.xml')?.async('string');
    return !!comments && comments.includes(`w:author="${COMMENT_AUTHOR}"`);
  } catch {
    return false;
  }
}
