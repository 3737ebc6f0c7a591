/**
 * Paths in the commands the CLI prints for the reviewer to copy (template from-notice's
 * `duizhao check --template-file …`): quoted when the shell would split or expand them, so the
 * line pasted as shown runs (trial 26: "notices/2026 通知 文本.template.json" broke on its spaces).
 */

/** Characters a POSIX shell (bash, zsh, sh) splits on or expands outside quotes. */
const POSIX_SPECIAL = /[\s'"`$\\!&|;<>(){}[\]*?#~^]/;
/** Characters cmd.exe or PowerShell split on or treat specially outside quotes. */
const WINDOWS_SPECIAL = /[\s"'&|<>^%()!;,=`$@{}#]/;

/**
 * `arg` as one word for the shell of `platform` (default: this process's): unchanged when it holds
 * nothing the shell treats specially (Chinese characters, letters, digits, . / - _ :), else quoted —
 * on Windows in double quotes (cmd.exe and PowerShell both take them; a file name cannot hold "),
 * elsewhere in single quotes, a single quote inside written '\'' (nothing is expanded inside them).
 * An empty string is ''.
 */
export function shellQuote(arg: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return arg !== '' && !WINDOWS_SPECIAL.test(arg) ? arg : `"${arg.replace(/"/g, '""')}"`;
  if (arg !== '' && !POSIX_SPECIAL.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
