/**
 * The command template from-notice prints to copy: its paths quoted when the shell would split or
 * expand them (trial 26: "duizhao check --template-file notices/2026 通知 文本.template.json 材料.docx"
 * broke on the spaces when pasted).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli-run';
import { shellQuote } from '../../src/cli/shellQuote';

/** The words `sh` makes of `line` (each printed on its own line by printf). */
function shellWords(line: string): string[] {
  return execFileSync('sh', ['-c', `printf '%s\\n' ${line}`], { encoding: 'utf8' }).split('\n').slice(0, -1);
}

const NOTICE = '关于开好2026年度民主生活会的通知\n对照以下3个方面：\n1. 带头讲政治\n2. 带头守纪律\n3. 带头转作风';

const awkward = [
  '2026 通知 文本', // spaces
  '通知(终稿)', // parentheses
  "王某's 通知", // a single quote
  '通知$HOME', // expansion
  '通知 & 附件; rm', // control operators
  '通知"引号"', // double quotes
  '通知*', // a glob
  '通知\t制表符',
];

test.each(awkward)('the printed --template-file path "%s" is one word to the shell, naming the file written', async (stem) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-quote-'));
  const notice = path.join(dir, `${stem}.txt`);
  fs.writeFileSync(notice, NOTICE);
  const r = await runCli('template', 'from-notice', notice);
  expect(r.code).toBe(0);
  const line = r.out.split('\n').find((l) => l.startsWith('检查材料时使用：'))!;
  const command = line.slice('检查材料时使用：'.length);
  const words = shellWords(command);
  expect(words).toEqual(['duizhao', 'check', '--template-file', path.join(dir, `${stem}.template.json`), '材料.docx']);
  expect(fs.existsSync(words[3])).toBe(true);
});

test('a plain path (Chinese, letters, digits, . / - _) is printed as it is', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-quote-'));
  const notice = path.join(dir, '2026年度通知-v2_终稿.txt');
  fs.writeFileSync(notice, NOTICE);
  const r = await runCli('template', 'from-notice', notice, '-o', path.join(dir, '模板.json'));
  expect(r.out).toContain(`检查材料时使用：duizhao check --template-file ${path.join(dir, '模板.json')} 材料.docx`);
});

test.each([
  ['plain', '模板.json', '模板.json', '模板.json'],
  ['spaces', 'a b.json', "'a b.json'", '"a b.json"'],
  ['a single quote', "it's.json", "'it'\\''s.json'", '"it\'s.json"'],
  ['a dollar sign', '$x.json', "'$x.json'", '"$x.json"'],
  ['a Windows path with spaces', 'C:\\材料 文件夹\\模板.json', "'C:\\材料 文件夹\\模板.json'", '"C:\\材料 文件夹\\模板.json"'],
  ['a Windows path without', 'C:\\材料\\模板.json', "'C:\\材料\\模板.json'", 'C:\\材料\\模板.json'],
  ['empty', '', "''", '""'],
])('shellQuote: %s', (_what, arg, posix, windows) => {
  expect(shellQuote(arg, 'linux')).toBe(posix);
  expect(shellQuote(arg, 'win32')).toBe(windows);
});

test('shellQuote round-trips through sh for every awkward name', () => {
  for (const a of [...awkward, "a'b'c", 'x\\y', '`id`', '!', '~/材料']) expect(shellWords(shellQuote(a, 'linux'))).toEqual([a]);
});
