/**
 * The command loads only what a run needs: a check of .txt/.md files, --help and a bad option start
 * without the .docx reader's libraries (jszip, htmlparser2), the spreadsheet and Word writers and
 * the JSON Schema validator; each is loaded by the run that uses it. Checked on the compiled tool
 * (built first when stale, as folder-threads.test.ts does), in a fresh process a run, from the
 * packages in Node's require cache when the run has ended.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_MAX_INPUT_BYTES as READER_CAP } from '../../src/engine/readers/docx';
import { DEFAULT_MAX_INPUT_BYTES as CLI_CAP } from '../../src/cli/limits';
import { seedToDocx } from '../support/seed-docx';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'build/src/cli/main.js');
const SAMPLE = path.join(ROOT, 'samples/sample.txt');
const LIBRARIES = ['jszip', 'htmlparser2', 'write-excel-file', 'docx', '@cfworker/json-schema'];

// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = require(path.join(ROOT, 'scripts/build-cli.js')) as { stale(): boolean; build(): void };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-lazy-'));
const docx = path.join(tmp, '材料.docx');
const markdown = path.join(tmp, '材料.md');

beforeAll(async () => {
  if (builder.stale()) builder.build();
  const text = fs.readFileSync(SAMPLE, 'utf8');
  fs.writeFileSync(docx, (await seedToDocx(text, 'typed')).bytes);
  fs.writeFileSync(markdown, text);
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Run `check argv` in a new process; its exit code and the libraries (of LIBRARIES) it had loaded by the end. */
function run(argv: string[]): { code: number; loaded: string[] } {
  const script = `
    const { main } = require(${JSON.stringify(CLI)});
    main(${JSON.stringify(argv)}, () => {}, () => {}).then((code) => {
      const names = new Set();
      for (const file of Object.keys(require.cache)) {
        const m = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(file);
        if (m) names.add(m[1].replace('\\\\', '/'));
      }
      process.stdout.write(JSON.stringify({ code, names: [...names] }));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, DUIZHAO_THREADS: '1' } });
  expect(r.stderr).toBe('');
  const { code, names } = JSON.parse(r.stdout) as { code: number; names: string[] };
  return { code, loaded: LIBRARIES.filter((l) => names.includes(l)) };
}

test("the CLI repeats the .docx reader's input cap without loading the reader", () => {
  expect(CLI_CAP).toBe(READER_CAP);
});

test.each<[string, () => string[], number[]]>([
  ['a .txt file', () => [SAMPLE], [0, 1]],
  ['a .md file, as JSON', () => [markdown, '--json'], [0, 1]],
  ['two text files with a CSV summary', () => [SAMPLE, markdown, '--csv', path.join(tmp, 'summary.csv')], [0, 1]],
  ['--help', () => ['--help'], [0]],
  ['an unknown option', () => ['--nope'], [2]],
])('%s loads none of the libraries', (_, argv, codes) => {
  const { loaded, code } = run(argv());
  expect(loaded).toEqual([]);
  expect(codes).toContain(code);
});

test.each<[string, () => string[], string[]]>([
  ['a .docx file', () => [docx], ['jszip']],
  ['a workbook', () => [SAMPLE, markdown, '--xlsx', path.join(tmp, 'summary.xlsx')], ['write-excel-file']],
  ['a .docx checklist', () => [SAMPLE, '--checklist', path.join(tmp, '清单.docx')], ['docx']],
  ['Word comments on a .docx', () => [docx, '--annotate', path.join(tmp, 'annotated')], ['jszip']],
])('%s loads what it reads or writes with', (_, argv, needed) => {
  const { loaded, code } = run(argv());
  expect(code).toBeLessThan(2);
  expect(loaded).toEqual(expect.arrayContaining(needed));
});
