/**
 * No output of `check` (the workbook, the CSV, a 整改清单, an annotated copy) is ever written onto a
 * file the same run reads: a reviewer who names a material as the output (`--csv 张三.txt`,
 * `--checklist 材料.docx`), or an annotated copy whose name meets another material's in the output
 * folder, would otherwise lose the writer's text.
 */
import * as fs from 'fs';

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
