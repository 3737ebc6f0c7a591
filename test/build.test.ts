/**
 * The production add-in build as it is deployed: `npm run build -- --env url=…` run once through
 * webpack's Node API into a temporary folder. Checks that the folder holds only the add-in (pages,
 * their scripts, assets, the manifest), that the manifest passes `npm run validate` with every URL
 * at the given address, and that the command line tool compiles elsewhere (build/).
 */
import * as fs from 'fs';
import * as path from 'path';
import { tempDir, webpackBuild, type BuildResult } from './e2e/harness';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '..');
const BASE = 'https://oa.intranet.example/addins/duizhao/';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateDir } = require('../scripts/validate-manifest.js') as { validateDir(dir: string): { code: number; lines: string[] } };

let built: BuildResult;

beforeAll(async () => {
  built = await webpackBuild('taskpane', tempDir('duizhao-dist-'), { url: BASE });
});

afterAll(() => {
  if (built) fs.rmSync(built.outDir, { recursive: true, force: true });
});

test('the output holds only the add-in: the page, its scripts, assets/ and the manifest', () => {
  const allowed = [/^taskpane\.html$/, /^manifest\.xml$/, /^[\w-]+\.[0-9a-f]{8}\.js$/, /^[\w-]+\.[0-9a-f]{8}\.js\.LICENSE\.txt$/, /^assets\/(help\.html|icon-\d+\.png)$/];
  const stray = built.files.filter((f) => !allowed.some((re) => re.test(f.split(path.sep).join('/'))));
  expect(stray).toEqual([]);
  expect(built.files).toEqual(expect.arrayContaining(['taskpane.html', 'manifest.xml', path.join('assets', 'help.html')]));
  // Nothing of the CLI, the bench or the tests.
  expect(built.files.some((f) => /(^|\/)(src|bench|test|cli)\//.test(f) || f.endsWith('.d.ts') || f.endsWith('.map'))).toBe(false);
});

test('npm run validate passes on the built folder, with every URL at the given address', () => {
  const r = validateDir(built.outDir);
  expect(r.lines.join('\n')).toContain(BASE);
  expect(r.code).toBe(0);
  const xml = fs.readFileSync(path.join(built.outDir, 'manifest.xml'), 'utf8');
  expect(xml).not.toContain('localhost');
  const urls = xml.match(/https?:\/\/[^"'\s<]+/g) ?? [];
  const own = urls.filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
  expect(own.length).toBeGreaterThanOrEqual(8);
  for (const u of own) expect(u.startsWith(BASE)).toBe(true);
});

test('validate fails on a built folder missing a file the manifest names', () => {
  const copy = tempDir('duizhao-dist-broken-');
  fs.cpSync(built.outDir, copy, { recursive: true });
  fs.rmSync(path.join(copy, 'assets', 'icon-80.png'));
  const r = validateDir(copy);
  expect(r.code).toBe(1);
  expect(r.lines.join('\n')).toMatch(/icon-80\.png names no file/);
  fs.rmSync(path.join(copy, 'manifest.xml'));
  expect(validateDir(copy).code).toBe(2);
  fs.rmSync(copy, { recursive: true, force: true });
});

test('the command line tool compiles to build/, never into dist/', () => {
  const cli = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.cli.json'), 'utf8'));
  expect(cli.compilerOptions.outDir).toBe('build');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  for (const [name, script] of Object.entries(pkg.scripts as Record<string, string>)) {
    expect([name, script]).not.toEqual([name, expect.stringMatching(/\bdist\/(src|bench)/)]);
  }
});
