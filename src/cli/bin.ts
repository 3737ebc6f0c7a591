/**
 * `duizhao` — the installed command (package.json `bin` → bin/duizhao.js → this file, compiled to
 * build/src/cli/bin.js). Routes `duizhao <subcommand> …` to the subcommand's `main` and answers
 * `--help` / `--version` in Chinese. Exit codes are the subcommand's; a usage error is 2.
 *
 * Subcommands are a fixed table (SUBCOMMANDS): each loads its module, `main(argv, out, err):
 * Promise<number>`, when it runs — `check` (main.ts) and `template` (template-command.ts) — by a
 * static import() the bundle (scripts/bundle-cli.js) can follow, never a path built at run time.
 */
import * as fs from 'fs';
import * as path from 'path';
import { tuneHeapForCheck } from './heap';
import { runOnProcess } from './io';
import { shellQuote } from './shellQuote';

/** A subcommand's entry: arguments after the subcommand's name, line writers, resolves to an exit code. */
export type SubcommandMain = (argv: string[], out: (s: string) => void, err: (s: string) => void) => Promise<number>;

interface Subcommand {
  /** The subcommand's entry, its module loaded on the first call. */
  load(): Promise<SubcommandMain>;
  /** One line for the overview, Chinese. */
  summary: string;
}

export const SUBCOMMANDS: Record<string, Subcommand> = {
  check: { load: async () => (await import('./main')).main, summary: '检查对照检查材料（.docx、.txt、.md 文件或文件夹）' },
  template: {
    load: async () => (await import('./template-command')).main,
    summary: '模板：template from-notice 通知.docx|.txt [-o 模板.json] 从通知生成模板',
  },
};

/**
 * The package's version from the nearest package.json named "duizhao" above this file
 * (src/cli in the source tree, build/src/cli when compiled); "未知" if none is found.
 */
export function packageVersion(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'duizhao' && pkg.version) return pkg.version;
      } catch {
        /* not ours or unreadable: keep looking upwards */
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return '未知';
    dir = up;
  }
}

export function overview(): string {
  const width = Math.max(...Object.keys(SUBCOMMANDS).map((n) => n.length));
  const lines = Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(width)}  ${s.summary}`);
  return `对照检查助手（duizhao）${packageVersion()}

用法：duizhao <子命令> [参数…]

子命令：
${lines.join('\n')}

  duizhao check 材料.docx          检查一份材料
  duizhao check 收到的材料/         检查文件夹中的全部材料，最后列出汇总表
  duizhao check                    检查自带的示例材料
  duizhao <子命令> --help          子命令的用法

  -h, --help       显示本帮助
  -v, --version    显示版本号

所有检查都在本机完成，不联网。`;
}

/**
 * Runs `duizhao` with its arguments (process.argv without node and the script).
 * Returns the exit code: the subcommand's, 0 for help/version, 2 for a usage error.
 */
export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0] && SUBCOMMANDS[rest[0]]) return run([rest[0], '--help'], out, err);
    out(overview());
    return 0;
  }
  if (first === '-v' || first === '-V' || first === '--version') {
    out(`对照检查助手（duizhao）版本 ${packageVersion()}`);
    return 0;
  }
  if (!Object.prototype.hasOwnProperty.call(SUBCOMMANDS, first)) {
    const hint = /\.(docx|docm|txt|md)$/i.test(first) || fs.existsSync(first) ? `检查文件请用：duizhao check ${shellQuote(first)}\n\n` : '';
    err(`未知的子命令：${first}\n${hint}${overview()}`);
    return 2;
  }
  const main = await SUBCOMMANDS[first].load();
  return main(rest, out, err);
}

/**
 * Runs with process.argv and sets process.exitCode; called by bin/duizhao.js. Output goes through
 * lineWriter, as `check`'s own entry does: a reader that goes away (`duizhao check 文件夹 | head`)
 * ends the command quietly with exit 0, never an EPIPE stack trace; any other failure is one
 * Chinese line and exit 2.
 */
export function runFromProcess(): void {
  // A smaller peak on large inputs (issue 13); see heap.ts.
  tuneHeapForCheck();
  runOnProcess(
    (out, err) => run(process.argv.slice(2), out, err),
    (e) => `对照检查助手：内部错误（${e instanceof Error ? e.message : String(e)}）`,
  );
}

if (require.main === module) runFromProcess();
