/**
 * Offline checks of manifest.xml (office-addin-manifest validate needs the internet): structure
 * and element order of the add-in-only manifest schema (OfficeApp 1.1 + VersionOverrides 1.0),
 * URLs, icons (real pixel sizes from the PNG header), resource ids and zh-CN/en-US strings.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const ORIGIN = 'https://localhost:3000';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

type Raw = Record<string, unknown>;

function toTree(nodes: Raw[]): El[] {
  const out: El[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '#comment' || name.startsWith('?')) continue;
    const kids = (node[name] as Raw[]) ?? [];
    const text = kids
      .filter((k) => '#text' in k)
      .map((k) => String(k['#text']))
      .join('')
      .trim();
    out.push({ name, attrs: (node[':@'] as Record<string, string>) ?? {}, children: toTree(kids), text });
  }
  return out;
}

const xml = fs.readFileSync(MANIFEST, 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseAttributeValue: false,
  parseTagValue: false,
  commentPropName: '#comment',
});
const roots = toTree(parser.parse(xml) as Raw[]);
const app = roots.find((r) => r.name === 'OfficeApp') as El;

function child(el: El | undefined, name: string): El | undefined {
  return el?.children.find((c) => c.name === name);
}
function must(el: El | undefined, ...names: string[]): El {
  let cur = el;
  for (const n of names) {
    cur = child(cur, n);
    if (!cur) throw new Error(`missing <${names.join('/')}>`);
  }
  return cur as El;
}
function all(el: El, pred: (e: El) => boolean, acc: El[] = []): El[] {
  if (pred(el)) acc.push(el);
  for (const c of el.children) all(c, pred, acc);
  return acc;
}
function names(el: El): string[] {
  return el.children.map((c) => c.name);
}
/** `actual` lists only known names, each once, in the order `canonical` gives them. */
function expectOrdered(actual: string[], canonical: string[]): void {
  for (const n of actual) expect(canonical).toContain(n);
  const positions = actual.map((n) => canonical.indexOf(n));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(new Set(actual).size).toBe(actual.length);
}

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file}: first chunk is not IHDR`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const resources = must(app, 'VersionOverrides', 'Resources');
function resourceIds(section: string): Map<string, El> {
  const map = new Map<string, El>();
  for (const e of child(resources, section)?.children ?? []) map.set(e.attrs.id, e);
  return map;
}
const images = resourceIds('bt:Images');
const urls = resourceIds('bt:Urls');
const shortStrings = resourceIds('bt:ShortStrings');
const longStrings = resourceIds('bt:LongStrings');

const HAN = /[\u4e00-\u9fff]/;

describe('manifest.xml', () => {
  test('is well-formed XML with an OfficeApp TaskPaneApp root', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app).toBeDefined();
    expect(app.attrs.xmlns).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(app.attrs['xmlns:bt']).toBe('http://schemas.microsoft.com/office/officeappbasictypes/1.0');
  });

  test('top-level elements are present and in schema order', () => {
    const canonical = [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    const required = canonical.filter((n) => n !== 'AlternateId' && n !== 'AppDomains');
    for (const n of required) expect(names(app)).toContain(n);
    expectOrdered(names(app), canonical);
  });

  test('identity, host, requirements and permissions', () => {
    expect(must(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(must(app, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(must(app, 'ProviderName').text.length).toBeGreaterThan(0);
    expect(must(app, 'DefaultLocale').text).toBe('zh-CN');
    expect(must(app, 'Hosts').children.map((h) => h.attrs.Name)).toEqual(['Document']);
    const sets = must(app, 'Requirements', 'Sets').children;
    expect(sets).toEqual([expect.objectContaining({ name: 'Set', attrs: { Name: 'WordApi', MinVersion: '1.3' } })]);
    expect(must(app, 'Permissions').text).toBe('ReadWriteDocument');
    expect(must(app, 'DefaultSettings', 'SourceLocation').attrs.DefaultValue).toBe(`${ORIGIN}/taskpane.html`);
  });

  test('VersionOverrides: a Home-tab group with a ShowTaskpane button, children in order', () => {
    const vo = must(app, 'VersionOverrides');
    expect(vo.attrs.xmlns).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
    expect(vo.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    expectOrdered(names(vo), ['Description', 'Requirements', 'Hosts', 'Resources']);
    const host = must(vo, 'Hosts', 'Host');
    expect(host.attrs['xsi:type']).toBe('Document');
    const dff = must(host, 'DesktopFormFactor');
    expectOrdered(names(dff), ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    expectOrdered(names(must(dff, 'GetStarted')), ['Title', 'Description', 'LearnMoreUrl']);
    const ext = must(dff, 'ExtensionPoint');
    expect(ext.attrs['xsi:type']).toBe('PrimaryCommandSurface');
    const tab = must(ext, 'OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    const group = must(tab, 'Group');
    expect(names(group)).toEqual(['Label', 'Icon', 'Control']);
    const button = must(group, 'Control');
    expect(button.attrs['xsi:type']).toBe('Button');
    expect(names(button)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    expect(names(must(button, 'Supertip'))).toEqual(['Title', 'Description']);
    const action = must(button, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expectOrdered(names(action), ['TaskpaneId', 'SourceLocation']);
    expect(must(action, 'SourceLocation').attrs.resid).toBeDefined();
    expectOrdered(names(resources), ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    // Control and group ids are unique.
    const ids = all(vo, (e) => (e.name === 'Group' || e.name === 'Control') && Boolean(e.attrs.id)).map((e) => e.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every resid is defined in the right resource section, and every resource is used', () => {
    const vo = must(app, 'VersionOverrides');
    const hosts = must(vo, 'Hosts');
    const used = new Set<string>();
    for (const el of all(hosts, (e) => Boolean(e.attrs.resid))) {
      const id = el.attrs.resid;
      used.add(id);
      expect(id.length).toBeLessThanOrEqual(32); // resid is limited to 32 characters
      const section =
        el.name === 'bt:Image'
          ? images
          : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.name)
            ? urls
            : ['Label', 'Title'].includes(el.name)
              ? shortStrings
              : el.name === 'Description'
                ? longStrings
                : undefined;
      if (!section) throw new Error(`unexpected resid on <${el.name}>`);
      if (!section.has(id)) throw new Error(`<${el.name} resid="${id}"> is not defined in its resource section`);
    }
    for (const map of [images, urls, shortStrings, longStrings]) {
      for (const id of map.keys()) {
        expect(id.length).toBeLessThanOrEqual(32);
        expect(used.has(id)).toBe(true);
      }
    }
  });

  test('every URL is https on localhost:3000 and names a file the build serves', () => {
    // What the production build emits: HtmlWebpackPlugin's pages and CopyWebpackPlugin's folders.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
    const plugins: { constructor: { name: string }; userOptions?: { filename?: string }; patterns?: { to?: string }[] }[] = config.plugins;
    const pages = plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions?.filename);
    const copied = plugins.filter((p) => p.constructor.name === 'CopyPlugin').flatMap((p) => (p.patterns ?? []).map((x) => x.to));
    const found = all(app, () => true)
      .flatMap((e) =>
        Object.entries(e.attrs)
          .filter(([k]) => !k.startsWith('xmlns')) // namespace names are not fetched
          .map(([, v]) => v)
          .concat(e.text ? [e.text] : []),
      )
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(found.length).toBeGreaterThanOrEqual(8);
    for (const u of found) {
      const url = new URL(u);
      expect(url.protocol).toBe('https:');
      expect(url.host).toBe('localhost:3000');
      expect(url.search).toBe('');
      const p = decodeURIComponent(url.pathname);
      if (p === '/taskpane.html') {
        // Emitted by HtmlWebpackPlugin at the output root.
        expect(pages).toContain('taskpane.html');
      } else if (p.startsWith('/assets/')) {
        // assets/ is copied to dist/assets and served at /assets by the dev server.
        expect(copied).toContain('assets');
        expect(fs.existsSync(path.join(ROOT, p))).toBe(true);
      } else {
        throw new Error(`${u} is not served by the build`);
      }
    }
  });

  test('icons exist in assets/ with the pixel sizes the manifest claims', () => {
    const iconFile = (u: string) => path.join(ROOT, new URL(u).pathname);
    expect(pngSize(iconFile(must(app, 'IconUrl').attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(iconFile(must(app, 'HighResolutionIconUrl').attrs.DefaultValue))).toEqual({ width: 64, height: 64 });
    const refs = all(must(app, 'VersionOverrides', 'Hosts'), (e) => e.name === 'bt:Image');
    expect(refs.length).toBeGreaterThanOrEqual(6);
    for (const ref of refs) {
      const size = Number(ref.attrs.size);
      expect([16, 20, 24, 32, 40, 48, 64, 80]).toContain(size);
      const image = images.get(ref.attrs.resid) as El;
      expect(pngSize(iconFile(image.attrs.DefaultValue))).toEqual({ width: size, height: size });
    }
    // Each icon group offers 16, 32 and 80 px.
    for (const icon of all(must(app, 'VersionOverrides'), (e) => e.name === 'Icon')) {
      expect(icon.children.map((c) => c.attrs.size).sort()).toEqual(['16', '32', '80']);
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  test('Chinese default strings with en-US overrides, within length limits', () => {
    for (const name of ['DisplayName', 'Description']) {
      const el = must(app, name);
      expect(el.attrs.DefaultValue).toMatch(HAN);
      const override = el.children.find((c) => c.name === 'Override' && c.attrs.Locale === 'en-US');
      expect(override?.attrs.Value).toMatch(/^[\x20-\x7e]+$/);
      expect(el.attrs.DefaultValue.length).toBeLessThanOrEqual(name === 'DisplayName' ? 125 : 250);
    }
    const check = (map: Map<string, El>, max: number) => {
      expect(map.size).toBeGreaterThan(0);
      for (const s of map.values()) {
        expect(s.attrs.DefaultValue).toMatch(HAN);
        expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(max);
        const override = s.children.find((c) => c.name === 'bt:Override' && c.attrs.Locale === 'en-US');
        if (!override) throw new Error(`${s.attrs.id} has no en-US override`);
        expect(override.attrs.Value).toMatch(/^[\x20-\x7e]+$/);
        expect(override.attrs.Value.length).toBeLessThanOrEqual(max);
      }
    };
    check(shortStrings, 125);
    check(longStrings, 250);
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
