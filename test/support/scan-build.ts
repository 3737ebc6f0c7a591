/**
 * Reads a production build's pages and scripts for what would let the add-in reach the network
 * or run injected code: network APIs (fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource),
 * eval, remote origins, inline script, the dev server's client, source maps, and a missing or lax
 * Content-Security-Policy. Each function returns problems as English lines; [] = clean.
 */

/** The only remote origin a page may load from: Office.js's CDN (the task pane only). */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com';

/**
 * URLs that stand in the built code as names, never as addresses requested: XML/HTML namespace
 * identifiers React DOM passes to createElementNS/setAttributeNS, and the link React prints in
 * its production error messages. The code has no network API to request them with (checked).
 */
export const NAME_ONLY_URLS = [
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/XML/1998/namespace',
  'https://reactjs.org/docs/error-decoder.html',
  // The template schema's own $schema and $id (src/engine/templates/template.schema.json): names a
  // JSON Schema validator resolves references against, never fetches (@cfworker/json-schema has no
  // loader).
  'http://json-schema.org/draft-07/schema',
  'https://duizhao.invalid/template.schema.json',
  // @cfworker/json-schema's default base URI for schemas without an $id: resolved against, never fetched.
  'https://github.com/cfworker',
  // Office Open XML namespace names the .docx reader compares element names against (the pane reads
  // last year's .docx itself): names in the file, never fetched.
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
  'http://schemas.openxmlformats.org/markup-compatibility/2006',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
  // jszip's error text for a file that is no zip (our reader shows its own Chinese message instead).
  'https://stuk.github.io/jszip/documentation/howto/read_zip.html',
];

const NETWORK_APIS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'RTCPeerConnection', 'WebTransport'];

/** Problems in one built script (minified JavaScript). */
export function scanJs(code: string, name: string): string[] {
  const problems: string[] = [];
  for (const api of NETWORK_APIS) {
    if (new RegExp(`\\b${api}\\b`).test(code)) problems.push(`${name}: uses ${api}`);
  }
  if (/\beval\s*\(/.test(code) || /\bnew\s+Function\s*\(/.test(code) || /\bFunction\s*\(\s*["'`]/.test(code)) problems.push(`${name}: eval or new Function`);
  if (/sourceMappingURL=|sourceURL=webpack/.test(code)) problems.push(`${name}: source map reference`);
  if (/webpack-dev-server|webpack\/hot|hot-update|sockjs/i.test(code)) problems.push(`${name}: dev server client`);
  for (const url of code.match(/(?:https?|wss?|ftp):\/\/[^\s"'`)\\]+/gi) ?? []) {
    const bare = url.replace(/[?#].*$/, '');
    if (!NAME_ONLY_URLS.includes(bare) && !url.startsWith(OFFICE_JS + '/')) problems.push(`${name}: remote URL ${url}`);
  }
  return problems;
}

/** The CSP directives of a page's <meta http-equiv="Content-Security-Policy">, or null. */
export function cspOf(html: string): Map<string, string[]> | null {
  const meta = html.match(/<meta\s+[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i);
  if (!meta) return null;
  const content = meta[0].match(/content=("([^"]*)"|'([^']*)')/i);
  if (!content) return null;
  const value = (content[2] ?? content[3]).replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
  const map = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/**
 * Problems in one built page. `officeJs`: the page may load Office.js from its CDN (and its CSP
 * may name Office.js's origins in script-src), the only remote source allowed.
 */
export function scanHtml(html: string, name: string, { officeJs, officeJsOrigins = [OFFICE_JS] }: { officeJs: boolean; officeJsOrigins?: string[] }): string[] {
  const problems: string[] = [];
  // Scripts: every one from a file, none inline, none from elsewhere than 'self' or Office.js.
  for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
    const src = tag.match(/\ssrc=["']?([^"'\s>]+)/i)?.[1];
    const body = tag.replace(/^<script\b[^>]*>/i, '').replace(/<\/script>$/i, '').trim();
    if (!src || body) problems.push(`${name}: inline script`);
    else if (/^(https?:)?\/\//i.test(src) && !(officeJs && src.startsWith(OFFICE_JS + '/'))) problems.push(`${name}: script from ${src}`);
  }
  if (/\son[a-z]+\s*=/i.test(html.replace(/<!--[\s\S]*?-->/g, ''))) problems.push(`${name}: inline event handler attribute`);
  if (/javascript:/i.test(html)) problems.push(`${name}: javascript: URL`);
  for (const m of html.matchAll(/\s(?:href|src|action|poster|data)=["']?((?:https?:|wss?:)?\/\/[^"'\s>]+)/gi)) {
    if (!(officeJs && m[1].startsWith(OFFICE_JS + '/'))) problems.push(`${name}: remote reference ${m[1]}`);
  }
  const csp = cspOf(html);
  if (!csp) return [...problems, `${name}: no Content-Security-Policy`];
  const is = (d: string, expected: string[]) => {
    const got = csp.get(d);
    if (!got || got.join(' ') !== expected.join(' ')) problems.push(`${name}: CSP ${d} is "${got?.join(' ') ?? '(missing)'}", expected "${expected.join(' ')}"`);
  };
  is('default-src', ["'none'"]);
  is('script-src', ["'self'", ...(officeJs ? officeJsOrigins : [])]);
  is('connect-src', ["'none'"]);
  is('object-src', ["'none'"]);
  is('base-uri', ["'none'"]);
  for (const [d, sources] of csp) {
    if (sources.some((x) => /'unsafe-eval'|'wasm-unsafe-eval'/.test(x))) problems.push(`${name}: CSP ${d} allows eval`);
    if (d !== 'style-src' && sources.includes("'unsafe-inline'")) problems.push(`${name}: CSP ${d} allows inline code`);
    if (sources.some((x) => x === '*' || /^(https?|wss?):$/.test(x))) problems.push(`${name}: CSP ${d} allows any origin`);
  }
  return problems;
}
