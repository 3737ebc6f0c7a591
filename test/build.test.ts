/**
 * The production builds as they are deployed: `npm run build -- --env url=…` and the preview,
 * each run once through webpack's Node API into a temporary folder. Checks that the add-in folder
 * holds only the add-in (pages, their scripts, assets, the manifest), that the manifest passes
 * `npm run validate` with every URL at the given address, that the command line tool compiles
 * elsewhere (build/), and that no page or script can reach the network or run injected code
 * (test/support/scan-build.ts: network APIs, eval, remote origins, inline script, the CSP).
 */
import * as fs from 'fs';
import * as path from 'path';
import { tempDir, webpackBuild, type BuildResult } from './e2e/harness';
import { cspOf, scanHtml, scanJs } from './support/scan-build';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '..');
const BASE = 'https://oa.intranet.example/addins/duizhao/';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateDir } = require('../scripts/validate-manifest.js') as { validateDir(dir: string): { code: number; lines: string[] } };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_JS_ORIGINS } = require('../webpack.config.js') as { OFFICE_JS_ORIGINS: string[] };

let built: BuildResult;
let preview: BuildResult;

beforeAll(async () => {
  built = await webpackBuild('taskpane', tempDir('duizhao-dist-'), { url: BASE });
  preview = await webpackBuild('preview', tempDir('duizhao-preview-build-'));
});

afterAll(() => {
  for (const b of [built, preview]) if (b) fs.rmSync(b.outDir, { recursive: true, force: true });
});

const read = (b: BuildResult, f: string) => fs.readFileSync(path.join(b.outDir, f), 'utf8');

test('the output holds only the add-in: the page, its scripts, assets/ and the manifest', () => {
  const allowed = [/^taskpane\.html$/, /^manifest\.xml$/, /^[\w-]+\.[0-9a-f]{8}\.js$/, /^[\w-]+\.[0-9a-f]{8}\.js\.LICENSE\.txt$/, /^assets\/(help\.html|legacy-check\.js|icon-\d+\.png)$/];
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

describe('no network, no injected code in the production pages and scripts', () => {
  test.each([
    ['task pane', () => built, 'taskpane.html', true],
    ['preview', () => preview, 'index.html', false],
  ] as const)('%s: the page has a strict CSP, no inline script, nothing remote but Office.js', (_what, b, page, officeJs) => {
    const html = read(b(), page);
    expect(scanHtml(html, page, { officeJs, officeJsOrigins: OFFICE_JS_ORIGINS })).toEqual([]);
    const csp = cspOf(html)!;
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('connect-src')).toEqual(["'none'"]);
  });

  test.each([
    ['task pane', () => built],
    ['preview', () => preview],
  ] as const)('%s: no script uses a network API, eval, a source map, the dev server or a remote URL', (_what, b) => {
    const scripts = b().files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    const problems = scripts.flatMap((f) => scanJs(read(b(), f), f));
    expect(problems).toEqual([]);
    expect(b().files.some((f) => f.endsWith('.map'))).toBe(false);
  });
});

describe('the scanner catches each kind of fault', () => {
  const pane = (head: string, body = '') =>
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${head}"></head><body>${body}<script defer src="taskpane.1234abcd.js"></script></body></html>`;
  const good = "default-src 'none'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; connect-src 'none'; object-src 'none'; base-uri 'none'";

  test('a clean page passes', () => {
    expect(scanHtml(pane(good), 'p', { officeJs: true })).toEqual([]);
  });

  test.each([
    ['no CSP', '<html><body></body></html>', /no Content-Security-Policy/],
    ['eval allowed', pane(good.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")), /script-src|eval/],
    ['inline script allowed by CSP', pane(good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")), /script-src|inline code/],
    ['network allowed', pane(good.replace("connect-src 'none'", 'connect-src *')), /connect-src/],
    ['an inline script', pane(good, '<script>alert(1)</script>'), /inline script/],
    ['an inline handler', pane(good, '<img src="a.png" onerror="x()">'), /inline event handler/],
    ['a script from a CDN', pane(good, '<script src="https://cdn.example.com/lib.js"></script>'), /script from/],
    ['a protocol-relative stylesheet', pane(good, '<link rel="stylesheet" href="//cdn.example.com/a.css">'), /remote reference/],
    ['a remote image', pane(good, '<img src="http://tracker.example/p.gif">'), /remote reference/],
  ])('page: %s', (_what, html, problem) => {
    expect(scanHtml(html, 'p', { officeJs: true }).join('\n')).toMatch(problem);
  });

  test.each([
    ['fetch', 'a.b=function(){return fetch("/x")}', /fetch/],
    ['window.fetch', 'var f=window.fetch;', /fetch/],
    ['XMLHttpRequest', 'var x=new XMLHttpRequest;x.open("GET","/")', /XMLHttpRequest/],
    ['a WebSocket', 'new WebSocket(u)', /WebSocket/],
    ['sendBeacon', 'navigator.sendBeacon("/log",d)', /sendBeacon/],
    ['an EventSource', 'new EventSource("/events")', /EventSource/],
    ['eval', 'eval("1+1")', /eval/],
    ['new Function', 'new Function("return this")()', /eval/],
    ['a source map', 'x();\n//# sourceMappingURL=taskpane.js.map', /source map/],
    ['the dev server client', '"webpack-dev-server/client/index.js"', /dev server/],
    ['a remote URL', 'var u="https://telemetry.example.com/collect"', /remote URL/],
    ['a websocket URL', 'var u="wss://example.com/s"', /remote URL/],
  ])('script: %s', (_what, code, problem) => {
    expect(scanJs(code, 's.js').join('\n')).toMatch(problem);
  });

  test('Office.js URLs and namespace names are not faults', () => {
    expect(scanJs('var a="http://www.w3.org/2000/svg",b="https://appsforoffice.microsoft.com/lib/1/hosted/office.js";', 's.js')).toEqual([]);
  });
});
