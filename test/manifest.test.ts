/**
 * Offline checks of manifest.xml through scripts/manifest-check.js (the same check `npm run
 * validate` runs on the built manifest): the source manifest passes, each kind of fault is caught,
 * the build's address rewriting covers every URL, and the icons are our own drawing.
 * The built dist/ itself is checked in test/build.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(MANIFEST, 'utf8');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, baseOf, parse } = require('../scripts/manifest-check.js') as {
  checkManifest(xml: string, o: { base: string; resolve(rel: string): string | null }): string[];
  baseOf(xml: string): string | null;
  parse(xml: string): El[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../webpack.config.js') as {
  (env: Record<string, unknown>, argv: Record<string, unknown>): { plugins: { constructor: { name: string }; userOptions?: { filename?: string }; patterns?: { to?: string }[] }[] };
  addinBase(env: Record<string, unknown>): string;
  manifestFor(xml: string, base: string): string;
  DEV_BASE: string;
};

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

/** What the production build serves, read from the webpack config: its pages and the copied assets/. */
function sourceResolver(): (rel: string) => string | null {
  const plugins = webpackConfig({}, { mode: 'production' }).plugins;
  const pages = plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions?.filename);
  const copied = plugins.filter((p) => p.constructor.name === 'CopyPlugin').flatMap((p) => (p.patterns ?? []).map((x) => x.to));
  return (rel) => {
    if (pages.includes(rel)) return path.join(ROOT, 'src/taskpane', rel);
    if (rel.startsWith('assets/') && copied.includes('assets')) {
      const f = path.join(ROOT, rel);
      return fs.existsSync(f) ? f : null;
    }
    return null;
  };
}

const check = (text: string, base = webpackConfig.DEV_BASE) => checkManifest(text, { base, resolve: sourceResolver() });

const app = parse(xml).find((r) => r.name === 'OfficeApp') as El;
const find = (el: El, name: string): El | undefined => (el.name === name ? el : el.children.map((c) => find(c, name)).find(Boolean));

describe('manifest.xml', () => {
  test('passes the offline structural check at the dev server address', () => {
    expect(check(xml)).toEqual([]);
    expect(baseOf(xml)).toBe('https://localhost:3000/');
  });

  test('is a Word task pane add-in in Chinese that reads and writes the document', () => {
    expect(find(app, 'DefaultLocale')?.text).toBe('zh-CN');
    expect(find(app, 'Hosts')?.children.map((h) => h.attrs.Name)).toEqual(['Document']);
    expect(find(app, 'Permissions')?.text).toBe('ReadWriteDocument');
  });

  test('requires only WordApi 1.1; everything newer is detected at run time (src/word/capabilities.ts)', () => {
    const sets = find(app, 'Sets')?.children ?? [];
    expect(sets.map((s) => s.attrs)).toEqual([{ Name: 'WordApi', MinVersion: '1.1' }]);
  });

  // Each kind of fault the check must catch: [what, edit of the manifest text, a word of the problem].
  test.each<[string, (s: string) => string, RegExp]>([
    ['malformed XML', (s) => s.replace('</Hosts>', '</Host>'), /well-formed/],
    ['elements out of order', (s) => s.replace(/(<ProviderName>.*<\/ProviderName>)\s*(<Version>.*<\/Version>)/s, '$2$1').replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, '$3$2$1'), /out of order/],
    ['a required element missing', (s) => s.replace(/<Permissions>.*<\/Permissions>/, ''), /no <Permissions>/],
    ['an unknown element', (s) => s.replace('<Permissions>', '<Colour>blue</Colour><Permissions>'), /<Colour> is not allowed/],
    ['an Id that is not a GUID', (s) => s.replace(/<Id>[^<]*<\/Id>/, '<Id>duizhao</Id>'), /GUID/],
    ['a three-part version', (s) => s.replace('<Version>0.1.0.0</Version>', '<Version>0.1.0</Version>'), /n\.n\.n\.n/],
    ['an unknown permission', (s) => s.replace('ReadWriteDocument', 'Everything'), /Permissions/],
    ['a resid not defined', (s) => s.replace('<FunctionFile resid="Duizhao.Taskpane.Url"/>', '<FunctionFile resid="Duizhao.Nowhere"/>'), /not defined/],
    ['a resource nothing uses', (s) => s.replace('</bt:Urls>', '<bt:Url id="Duizhao.Spare" DefaultValue="https://localhost:3000/taskpane.html"/></bt:Urls>'), /never used/],
    ['a resid over 32 characters', (s) => s.split('Duizhao.Taskpane.Url').join('Duizhao.Taskpane.Url.TooLongForTheSchema'), /32/],
    ['an http URL', (s) => s.replace('https://localhost:3000/assets/help.html"/>\n  <Hosts>', 'http://localhost:3000/assets/help.html"/>\n  <Hosts>'), /not https/],
    ['a URL at another origin', (s) => s.replace('https://localhost:3000/assets/icon-16.png', 'https://cdn.example.com/icon-16.png'), /not below/],
    ['a URL naming no served file', (s) => s.replace('assets/icon-80.png', 'assets/icon-81.png'), /names no file/],
    ['an icon of the wrong size', (s) => s.replace('<bt:Image id="Duizhao.Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"', '<bt:Image id="Duizhao.Icon.16" DefaultValue="https://localhost:3000/assets/icon-64.png"'), /not 16×16/],
    ['a URL with a query', (s) => s.replace('taskpane.html"/>\n  </DefaultSettings>', 'taskpane.html?x=1"/>\n  </DefaultSettings>'), /query/],
    ['a string without its en-US override', (s) => s.replace('<bt:Override Locale="en-US" Value="Self-Examination"/>', ''), /en-US/],
    ['a button that is not ShowTaskpane', (s) => s.replace('xsi:type="ShowTaskpane"', 'xsi:type="ExecuteFunction"'), /ShowTaskpane/],
    ['another host', (s) => s.replace('<Host Name="Document"/>', '<Host Name="Workbook"/>'), /Word/],
  ])('catches %s', (_what, edit, problem) => {
    const broken = edit(xml);
    expect(broken).not.toBe(xml);
    const problems = check(broken);
    expect(problems.join('\n')).toMatch(problem);
  });
});

describe('the build address (--env url=…)', () => {
  test.each([
    ['https://intranet.example/duizhao/', 'https://intranet.example/duizhao/'],
    ['https://intranet.example:8443/office/duizhao', 'https://intranet.example:8443/office/duizhao/'],
    ['https://10.1.2.3/', 'https://10.1.2.3/'],
  ])('%s: every URL of the manifest moves there and the result passes the check', (given, base) => {
    expect(webpackConfig.addinBase({ url: given })).toBe(base);
    const moved = webpackConfig.manifestFor(xml, base);
    expect(moved).not.toContain('localhost');
    expect(check(moved, base)).toEqual([]);
    // The dev-server address is no longer accepted for the moved manifest.
    expect(check(moved).join('\n')).toMatch(/not below https:\/\/localhost:3000\//);
  });

  test('without --env url the build keeps the dev server address', () => {
    expect(webpackConfig.addinBase({})).toBe('https://localhost:3000/');
  });

  test.each(['http://intranet.example/', 'intranet.example/duizhao', 'https://x.example/?v=1', 'https://x.example/#top', 'https://user:pw@x.example/'])(
    '%s is refused with a Chinese reason',
    (url) => {
      expect(() => webpackConfig.addinBase({ url })).toThrow(/[\u4e00-\u9fff]/);
    },
  );

  test('an address holding & or an apostrophe stays well-formed XML', () => {
    const base = webpackConfig.addinBase({ url: "https://x.example/a&b/o'k/" });
    const moved = webpackConfig.manifestFor(xml, base);
    expect(check(moved, base)).toEqual([]);
  });
});

describe('icons', () => {
  test('assets/icon-*.png are exactly what scripts/make-icons.js draws (our own artwork)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const icons = require('../scripts/make-icons.js') as {
      encodePng(w: number, h: number, rgba: Uint8Array): Buffer;
      draw(size: number): Uint8Array;
      SIZES: number[];
    };
    for (const size of icons.SIZES) {
      const expected = icons.encodePng(size, size, icons.draw(size));
      expect(fs.readFileSync(path.join(ROOT, 'assets', `icon-${size}.png`)).equals(expected)).toBe(true);
    }
  });
});
