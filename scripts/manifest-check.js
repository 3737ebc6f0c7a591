/**
 * Offline structural check of an add-in-only XML manifest (OfficeApp 1.1, TaskPaneApp, with
 * VersionOverrides 1.0 for Word), used by `npm run validate` on the built dist/manifest.xml and by
 * test/manifest.test.ts on the source. No registry package ships Microsoft's manifest XSD files
 * (office-addin-manifest validates through an online service), so this checks what the schema and
 * the manifest reference require of the elements this add-in uses: element order, required
 * elements and their formats, resource ids, URLs (https, one base address, each naming a file
 * the build serves), icon pixel sizes and string lengths.
 *
 * checkManifest(xml, { base, resolve }) → string[] of problems (English, for developers); [] = valid.
 *   base     the address every URL must start with (an https URL ending in "/")
 *   resolve  maps a URL's path below `base` ("taskpane.html", "assets/icon-32.png") to a local
 *            file, or null when the build would not serve it
 */
'use strict';

const fs = require('fs');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

const NS_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const NS_VO = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';

/** OfficeApp's children in schema order (xsd:sequence of the TaskPaneApp type). */
const TOP_LEVEL = [
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
const TOP_OPTIONAL = new Set(['AlternateId', 'AppDomains', 'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements']);
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const HAN = /[\u4e00-\u9fff]/;

/** Parsed element: name, attributes, children, own text. */
function toTree(nodes) {
  const out = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '#comment' || name.startsWith('?')) continue;
    const kids = node[name] || [];
    const text = kids
      .filter((k) => '#text' in k)
      .map((k) => String(k['#text']))
      .join('')
      .trim();
    out.push({ name, attrs: node[':@'] || {}, children: toTree(kids), text });
  }
  return out;
}

function parse(xml) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    parseAttributeValue: false,
    parseTagValue: false,
    commentPropName: '#comment',
  });
  return toTree(parser.parse(xml));
}

const child = (el, name) => (el ? el.children.find((c) => c.name === name) : undefined);
const path = (el, ...names) => names.reduce((cur, n) => child(cur, n), el);
function all(el, pred, acc = []) {
  if (pred(el)) acc.push(el);
  for (const c of el.children) all(c, pred, acc);
  return acc;
}
const names = (el) => el.children.map((c) => c.name);

/** Width and height from a PNG file's IHDR chunk, or null if it is not a PNG. */
function pngSize(file) {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature) || buf.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function checkManifest(xml, { base, resolve }) {
  const problems = [];
  const fail = (m) => problems.push(m);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const app = parse(xml).find((r) => r.name === 'OfficeApp');
  if (!app) return ['the root element is not <OfficeApp>'];

  // Root and namespaces.
  if (app.attrs.xmlns !== NS_APP) fail(`<OfficeApp xmlns> is not ${NS_APP}`);
  if (app.attrs['xsi:type'] !== 'TaskPaneApp') fail('<OfficeApp xsi:type> is not TaskPaneApp');
  if (app.attrs['xmlns:bt'] !== NS_BT) fail(`xmlns:bt is not ${NS_BT}`);
  if (app.attrs['xmlns:xsi'] !== 'http://www.w3.org/2001/XMLSchema-instance') fail('xmlns:xsi is not the XML Schema instance namespace');

  // Order: only known names, each once, in sequence order; the required ones present.
  const ordered = (list, canonical, where) => {
    for (const n of list) if (!canonical.includes(n)) fail(`<${n}> is not allowed in ${where}`);
    const pos = list.map((n) => canonical.indexOf(n)).filter((p) => p >= 0);
    for (let i = 1; i < pos.length; i++) if (pos[i] <= pos[i - 1]) fail(`${where}: <${canonical[pos[i]]}> is out of order or repeated`);
  };
  ordered(names(app), TOP_LEVEL, '<OfficeApp>');
  for (const n of TOP_LEVEL) if (!TOP_OPTIONAL.has(n) && !child(app, n)) fail(`<OfficeApp> has no <${n}>`);

  // Identity and settings.
  const text = (...p) => (path(app, ...p) || {}).text || '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text('Id'))) fail('<Id> is not a GUID');
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(text('Version'))) fail('<Version> is not n.n.n.n');
  if (!text('ProviderName') || text('ProviderName').length > 250) fail('<ProviderName> is empty or longer than 250');
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(text('DefaultLocale'))) fail('<DefaultLocale> is not a language tag');
  const hosts = (child(app, 'Hosts') || { children: [] }).children;
  if (hosts.length !== 1 || hosts[0].attrs.Name !== 'Document') fail('<Hosts> is not exactly Word (Document)');
  const sets = (path(app, 'Requirements', 'Sets') || { children: [] }).children;
  for (const s of sets) {
    if (s.name !== 'Set' || !s.attrs.Name) fail('<Requirements><Sets> holds something other than <Set Name=…>');
    else if (s.attrs.MinVersion !== undefined && !/^\d+\.\d+$/.test(s.attrs.MinVersion)) fail(`<Set Name="${s.attrs.Name}"> MinVersion is not n.n`);
  }
  if (!PERMISSIONS.includes(text('Permissions'))) fail(`<Permissions> is not one of ${PERMISSIONS.join(', ')}`);
  if (!path(app, 'DefaultSettings', 'SourceLocation')) fail('<DefaultSettings> has no <SourceLocation>');

  // VersionOverrides: a Home-tab group with one ShowTaskpane button.
  const vo = child(app, 'VersionOverrides');
  const resources = path(vo, 'Resources');
  if (vo) {
    if (vo.attrs.xmlns !== NS_VO) fail(`<VersionOverrides xmlns> is not ${NS_VO}`);
    if (vo.attrs['xsi:type'] !== 'VersionOverridesV1_0') fail('<VersionOverrides xsi:type> is not VersionOverridesV1_0');
    ordered(names(vo), ['Description', 'Requirements', 'Hosts', 'Resources'], '<VersionOverrides>');
    const host = path(vo, 'Hosts', 'Host');
    if (!host || host.attrs['xsi:type'] !== 'Document') fail('<VersionOverrides><Hosts><Host xsi:type="Document"> missing');
    const dff = path(host, 'DesktopFormFactor');
    if (!dff) fail('<Host> has no <DesktopFormFactor>');
    else {
      ordered(names(dff), ['GetStarted', 'FunctionFile', 'ExtensionPoint'], '<DesktopFormFactor>');
      if (child(dff, 'GetStarted')) ordered(names(child(dff, 'GetStarted')), ['Title', 'Description', 'LearnMoreUrl'], '<GetStarted>');
      const ext = child(dff, 'ExtensionPoint');
      if (!ext || ext.attrs['xsi:type'] !== 'PrimaryCommandSurface') fail('no <ExtensionPoint xsi:type="PrimaryCommandSurface">');
      const group = path(ext, 'OfficeTab', 'Group');
      if (!group) fail('no <OfficeTab><Group>');
      else {
        if (names(group).join(',') !== 'Label,Icon,Control') fail('<Group> children are not Label, Icon, Control');
        const button = child(group, 'Control');
        if (button) {
          if (button.attrs['xsi:type'] !== 'Button') fail('<Control> is not a Button');
          if (names(button).join(',') !== 'Label,Supertip,Icon,Action') fail('<Control> children are not Label, Supertip, Icon, Action');
          const action = child(button, 'Action');
          if (!action || action.attrs['xsi:type'] !== 'ShowTaskpane') fail('<Action> is not ShowTaskpane');
          else ordered(names(action), ['TaskpaneId', 'SourceLocation'], '<Action>');
        }
      }
    }
    const ids = all(vo, (e) => (e.name === 'Group' || e.name === 'Control') && Boolean(e.attrs.id)).map((e) => e.attrs.id);
    if (new Set(ids).size !== ids.length) fail('group/control ids repeat');
    if (!resources) fail('<VersionOverrides> has no <Resources>');
    else ordered(names(resources), ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'], '<Resources>');
  }

  // Resource ids: each resid defined in the section its element needs, each resource used.
  const section = (name) => {
    const map = new Map();
    for (const e of (child(resources, name) || { children: [] }).children) {
      if (map.has(e.attrs.id)) fail(`resource id ${e.attrs.id} is defined twice`);
      map.set(e.attrs.id, e);
    }
    return map;
  };
  const images = section('bt:Images');
  const urls = section('bt:Urls');
  const shortStrings = section('bt:ShortStrings');
  const longStrings = section('bt:LongStrings');
  const used = new Set();
  for (const el of vo ? all(path(vo, 'Hosts') || vo, (e) => Boolean(e.attrs.resid)) : []) {
    const id = el.attrs.resid;
    used.add(id);
    if (id.length > 32) fail(`resid ${id} is longer than 32 characters`);
    const map =
      el.name === 'bt:Image'
        ? images
        : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.name)
          ? urls
          : ['Label', 'Title'].includes(el.name)
            ? shortStrings
            : el.name === 'Description'
              ? longStrings
              : null;
    if (!map) fail(`unexpected resid on <${el.name}>`);
    else if (!map.has(id)) fail(`<${el.name} resid="${id}"> is not defined in its resource section`);
  }
  for (const map of [images, urls, shortStrings, longStrings]) {
    for (const id of map.keys()) if (!used.has(id)) fail(`resource ${id} is never used`);
  }

  // URLs: every one https, below `base`, no query, naming a file the build serves.
  const found = all(app, () => true).flatMap((e) =>
    Object.entries(e.attrs)
      .filter(([k]) => !k.startsWith('xmlns'))
      .map(([, v]) => v)
      .concat(e.text ? [e.text] : [])
      .filter((v) => /^[a-z][a-z0-9+.-]*:/i.test(v) && !v.startsWith('urn:')),
  );
  if (found.length < 8) fail(`only ${found.length} URLs found`);
  const fileOf = (u) => {
    if (!u.startsWith(base)) return null;
    const rel = decodeURIComponent(new URL(u).pathname.slice(new URL(base).pathname.length));
    return resolve(rel);
  };
  for (const u of found) {
    let url;
    try {
      url = new URL(u);
    } catch {
      fail(`${u} is not a URL`);
      continue;
    }
    if (url.protocol !== 'https:') fail(`${u} is not https`);
    if (!u.startsWith(base)) fail(`${u} is not below ${base}`);
    else if (url.search || url.hash) fail(`${u} has a query or fragment`);
    else if (!fileOf(u)) fail(`${u} names no file the build serves`);
  }

  // Icons: real pixel sizes match what the manifest claims.
  const icon = (u, w, where) => {
    const f = u && fileOf(u);
    if (!f) return;
    const size = pngSize(f);
    if (!size) fail(`${where}: ${u} is not a PNG`);
    else if (size.width !== w || size.height !== w) fail(`${where}: ${u} is ${size.width}×${size.height}, not ${w}×${w}`);
  };
  icon((child(app, 'IconUrl') || { attrs: {} }).attrs.DefaultValue, 32, '<IconUrl>');
  const hi = child(app, 'HighResolutionIconUrl');
  if (hi) icon(hi.attrs.DefaultValue, 64, '<HighResolutionIconUrl>');
  for (const ref of vo ? all(vo, (e) => e.name === 'bt:Image' && Boolean(e.attrs.resid)) : []) {
    const size = Number(ref.attrs.size);
    if (!ICON_SIZES.includes(size)) fail(`<bt:Image size="${ref.attrs.size}"> is not one of ${ICON_SIZES.join(', ')}`);
    const image = images.get(ref.attrs.resid);
    if (image) icon(image.attrs.DefaultValue, size, `<bt:Image resid="${ref.attrs.resid}">`);
  }
  for (const ic of vo ? all(vo, (e) => e.name === 'Icon') : []) {
    const sizes = ic.children.map((c) => c.attrs.size).sort().join(',');
    if (sizes !== '16,32,80') fail(`an <Icon> offers sizes ${sizes}, not 16, 32, 80`);
  }

  // Strings: a Chinese default with an en-US override, within the schema's length limits.
  for (const [name, max] of [
    ['DisplayName', 125],
    ['Description', 250],
  ]) {
    const el = child(app, name);
    if (!el) continue;
    const v = el.attrs.DefaultValue || '';
    if (!HAN.test(v) || v.length > max) fail(`<${name}> default is not Chinese or longer than ${max}`);
    const o = el.children.find((c) => c.name === 'Override' && c.attrs.Locale === 'en-US');
    if (!o || !/^[\x20-\x7e]+$/.test(o.attrs.Value || '') || o.attrs.Value.length > max) fail(`<${name}> has no usable en-US override`);
  }
  for (const [map, max] of [
    [shortStrings, 125],
    [longStrings, 250],
  ]) {
    for (const s of map.values()) {
      const v = s.attrs.DefaultValue || '';
      if (!HAN.test(v) || v.length > max) fail(`string ${s.attrs.id}: default is not Chinese or longer than ${max}`);
      const o = s.children.find((c) => c.name === 'bt:Override' && c.attrs.Locale === 'en-US');
      if (!o || !/^[\x20-\x7e]+$/.test(o.attrs.Value || '') || o.attrs.Value.length > max) fail(`string ${s.attrs.id} has no usable en-US override`);
    }
  }
  return problems;
}

/** The base address a manifest's task pane is served from: SourceLocation without its file name. */
function baseOf(xml) {
  const app = parse(xml).find((r) => r.name === 'OfficeApp');
  const src = app && path(app, 'DefaultSettings', 'SourceLocation');
  if (!src || !src.attrs.DefaultValue) return null;
  try {
    return new URL('./', src.attrs.DefaultValue).href;
  } catch {
    return null;
  }
}

module.exports = { checkManifest, baseOf, parse, pngSize };
