/** Running the check command in-process, and writing its input files, for the CLI tests. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

/** `main` with these arguments: its exit code and what it wrote to stdout and stderr (lines joined). */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A new temporary folder named `prefix…` (`dir`) and a writer of files into it that returns each file's path. */
export function tempFiles(prefix: string): { dir: string; file(name: string, content: string | Buffer): string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const p = path.join(dir, name);
      fs.writeFileSync(p, content);
      return p;
    },
  };
}
