/**
 * MHT (MHTML, "single file web page"): a MIME message (RFC 2045/2046, RFC 2557) whose root is
 * usually multipart/related with the page's HTML as one part and its pictures as others. Word
 * embeds such a file as an altChunk when another program (Outlook, a browser, an older Word)
 * hands it a web archive. This module finds the HTML part and decodes it to a string, for the
 * HTML reader (html.ts) to turn into paragraphs.
 *
 * Read in one pass over the bytes: headers are unfolded lines up to the first blank line, a
 * multipart body is cut at lines that start with "--" + boundary (found with indexOf, never a
 * regular expression over the body), quoted-printable and base64 are decoded by loops, and the
 * charset from the part's Content-Type (else the root's, else a <meta charset> in the first
 * kilobytes, else UTF-8) is decoded with TextDecoder (GB2312/GBK/GB18030, Big5 … are WHATWG
 * labels, available in Node and browsers). Nested multiparts are followed to a fixed depth.
 *
 * Why our own code: the maintained MIME parser postal-mime (4.0.0) took 19 s on 1 MB of empty
 * parts (a boundary line repeated) and 68 s on 4 MB, and refuses header blocks over 2 MB with an
 * English error; this reader needs only the HTML part and stays linear.
 */

/** How deep multiparts may nest before the rest is ignored. */
const MAX_DEPTH = 4;
/** The longest boundary accepted (RFC 2046 §5.1.1: 1 to 70 characters). */
const MAX_BOUNDARY = 200;

/** True when `bytes` start like a MIME message (a header line such as "MIME-Version:" or "Content-Type:"). */
export function looksLikeMht(bytes: Uint8Array): boolean {
  const head = latin1(bytes, 0, Math.min(bytes.length, 1024)).replace(/^\ufeff/, '').toLowerCase();
  let i = 0;
  while (i < head.length && (head[i] === '\r' || head[i] === '\n' || head[i] === ' ')) i++;
  const start = head.slice(i, i + 200);
  return /^(?:mime-version|content-type|content-location|content-transfer-encoding|from|subject|date|x-[a-z-]+)\s*:/.test(start) && head.includes('content-type');
}

/**
 * The HTML of an MHT file, decoded to a string; undefined when the message holds no text/html
 * part. Never throws: a damaged message gives what could be read, or undefined.
 */
export function readMhtHtml(bytes: Uint8Array): string | undefined {
  return findHtml(bytes, 0, bytes.length, undefined, 0);
}

interface Headers {
  type: string;
  params: Map<string, string>;
  encoding: string;
  /** Offset of the body (after the blank line). */
  body: number;
}

function findHtml(b: Uint8Array, from: number, to: number, parentCharset: string | undefined, depth: number): string | undefined {
  const h = readHeaders(b, from, to);
  const charset = h.params.get('charset') ?? parentCharset;
  if (h.type.startsWith('multipart/')) {
    if (depth >= MAX_DEPTH) return undefined;
    const boundary = h.params.get('boundary');
    // RFC 2046 allows 70 characters; a longer one is not a boundary (and would make the search slow).
    if (!boundary || boundary.length > MAX_BOUNDARY) return undefined;
    const parts = splitParts(b, h.body, to, boundary);
    // The root part (RFC 2387: `start`, else the first) is the page; else any HTML part.
    for (const [s, e] of parts) {
      const html = findHtml(b, s, e, charset, depth + 1);
      if (html !== undefined) return html;
    }
    return undefined;
  }
  if (h.type !== 'text/html' && h.type !== 'application/xhtml+xml' && !(h.type === '' && depth === 0)) return undefined;
  let body = b.subarray(h.body, to);
  if (h.encoding === 'quoted-printable') body = decodeQuotedPrintable(body);
  else if (h.encoding === 'base64') body = decodeBase64(body);
  return decodeCharset(body, h.params.get('charset') ?? parentCharset ?? metaCharset(body));
}

/** Unfolded header lines from `from` up to the first empty line (or `to`). */
function readHeaders(b: Uint8Array, from: number, to: number): Headers {
  let type = '';
  let encoding = '';
  let params = new Map<string, string>();
  let i = from;
  let current = '';
  const take = () => {
    const colon = current.indexOf(':');
    if (colon > 0) {
      const name = current.slice(0, colon).trim().toLowerCase();
      const value = current.slice(colon + 1).trim();
      if (name === 'content-type') {
        const parsed = parseContentType(value);
        type = parsed.type;
        params = parsed.params;
      } else if (name === 'content-transfer-encoding') encoding = value.toLowerCase();
    }
    current = '';
  };
  while (i < to) {
    let e = b.indexOf(0x0a, i);
    if (e < 0 || e > to) e = to;
    let lineEnd = e;
    if (lineEnd > i && b[lineEnd - 1] === 0x0d) lineEnd--;
    const next = e < to ? e + 1 : to;
    if (lineEnd === i) {
      // the blank line that ends the headers
      i = next;
      break;
    }
    const line = latin1(b, i, lineEnd);
    if ((line[0] === ' ' || line[0] === '\t') && current !== '') current += ' ' + line.trim();
    else {
      if (current !== '') take();
      current = line;
    }
    i = next;
  }
  if (current !== '') take();
  return { type, params, encoding, body: Math.min(i, to) };
}

/** `text/html; charset="gb2312"` → type and lower-cased parameter names with unquoted values. */
function parseContentType(value: string): { type: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  const semi = value.indexOf(';');
  const type = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
  let i = semi < 0 ? value.length : semi + 1;
  while (i < value.length) {
    while (i < value.length && (value[i] === ' ' || value[i] === '\t' || value[i] === ';')) i++;
    const eq = value.indexOf('=', i);
    if (eq < 0) break;
    const name = value.slice(i, eq).trim().toLowerCase();
    i = eq + 1;
    while (i < value.length && (value[i] === ' ' || value[i] === '\t')) i++;
    let v: string;
    if (value[i] === '"') {
      const close = value.indexOf('"', i + 1);
      const end = close < 0 ? value.length : close;
      v = value.slice(i + 1, end);
      i = end + 1;
    } else {
      const s = value.indexOf(';', i);
      const end = s < 0 ? value.length : s;
      v = value.slice(i, end).trim();
      i = end;
    }
    if (name !== '' && !params.has(name)) params.set(name, v);
  }
  return { type, params };
}

/**
 * The parts of a multipart body as [start, end) byte ranges: text between lines that begin with
 * "--boundary", up to "--boundary--". The preamble and epilogue are not parts.
 */
function splitParts(b: Uint8Array, from: number, to: number, boundary: string): Array<[number, number]> {
  const delim = new TextEncoder().encode('--' + boundary);
  const parts: Array<[number, number]> = [];
  let partStart = -1;
  let i = from;
  while (i < to) {
    const at = indexOfBytes(b, delim, i, to);
    if (at < 0) break;
    const atLineStart = at === from || b[at - 1] === 0x0a;
    if (!atLineStart) {
      i = at + 1;
      continue;
    }
    if (partStart >= 0) {
      // the line break before the delimiter belongs to it
      let end = at;
      if (end > partStart && b[end - 1] === 0x0a) end--;
      if (end > partStart && b[end - 1] === 0x0d) end--;
      parts.push([partStart, end]);
    }
    const after = at + delim.length;
    if (b[after] === 0x2d && b[after + 1] === 0x2d) return parts; // closing delimiter
    const nl = b.indexOf(0x0a, after);
    if (nl < 0 || nl >= to) return parts;
    partStart = nl + 1;
    i = partStart;
  }
  if (partStart >= 0 && partStart < to) parts.push([partStart, to]);
  return parts;
}

/** First index of `needle` in b[from, to), or -1; linear (skips by the needle's first byte). */
function indexOfBytes(b: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const first = needle[0];
  let i = from;
  while (i <= to - needle.length) {
    const at = b.indexOf(first, i);
    if (at < 0 || at > to - needle.length) return -1;
    let k = 1;
    while (k < needle.length && b[at + k] === needle[k]) k++;
    if (k === needle.length) return at;
    i = at + 1;
  }
  return -1;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Quoted-printable (RFC 2045 §6.7): "=HH" a byte, "=" at a line end a soft break; other bytes as is. */
export function decodeQuotedPrintable(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 0x3d) {
      out[n++] = c;
      continue;
    }
    const h1 = i + 1 < b.length ? hexValue(b[i + 1]) : -1;
    const h2 = i + 2 < b.length ? hexValue(b[i + 2]) : -1;
    if (h1 >= 0 && h2 >= 0) {
      out[n++] = (h1 << 4) | h2;
      i += 2;
      continue;
    }
    // soft line break: "=" then optional white space then CRLF / LF
    let k = i + 1;
    while (k < b.length && (b[k] === 0x20 || b[k] === 0x09)) k++;
    if (k < b.length && b[k] === 0x0d) k++;
    if (k < b.length && b[k] === 0x0a) {
      i = k;
      continue;
    }
    if (k >= b.length) break;
    out[n++] = c; // a stray "=" is kept
  }
  return out.subarray(0, n);
}

/** Base64 (RFC 2045 §6.8): characters outside the alphabet (line breaks) are ignored; stops at "=". */
export function decodeBase64(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.floor((b.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    let v: number;
    if (c >= 0x41 && c <= 0x5a) v = c - 0x41;
    else if (c >= 0x61 && c <= 0x7a) v = c - 0x61 + 26;
    else if (c >= 0x30 && c <= 0x39) v = c - 0x30 + 52;
    else if (c === 0x2b || c === 0x2d) v = 62;
    else if (c === 0x2f || c === 0x5f) v = 63;
    else if (c === 0x3d) break;
    else continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** A charset named in a <meta> of the first 4 KB ("charset=gb2312"), if any. */
function metaCharset(b: Uint8Array): string | undefined {
  const head = latin1(b, 0, Math.min(b.length, 4096)).toLowerCase();
  const at = head.indexOf('charset=');
  if (at < 0) return undefined;
  let i = at + 8;
  while (i < head.length && (head[i] === '"' || head[i] === "'" || head[i] === ' ')) i++;
  let e = i;
  while (e < head.length && /[a-z0-9_.:-]/.test(head[e])) e++;
  return e > i ? head.slice(i, e) : undefined;
}

/**
 * An HTML file's bytes as text: a byte-order mark wins, else a charset named in a <meta> of its
 * first 4 KB (GB2312, GBK … as pages saved by Chinese Windows programs declare), else UTF-8.
 */
export function decodeHtmlBytes(b: Uint8Array): string {
  return decodeCharset(b, metaCharset(b));
}

/** Bytes to a string in `charset` (a WHATWG label); an unknown label reads as UTF-8. A BOM wins. */
export function decodeCharset(b: Uint8Array, charset: string | undefined): string {
  let label = (charset ?? 'utf-8').trim().toLowerCase();
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) label = 'utf-8';
  else if (b[0] === 0xff && b[1] === 0xfe) label = 'utf-16le';
  else if (b[0] === 0xfe && b[1] === 0xff) label = 'utf-16be';
  try {
    return new TextDecoder(label).decode(b);
  } catch {
    return new TextDecoder('utf-8').decode(b);
  }
}

/** Bytes [from, to) as Latin-1 text (one char a byte), in chunks so no argument list grows large. */
function latin1(b: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, Math.min(to, i + 8192))));
  return s;
}
