/**
 * A small, allocation-light XML scanner for the parts of a .docx we read. It is not a general
 * XML parser: no DTDs, no namespace processing (callers compare qualified names after finding the
 * prefix they care about with `prefixFor`), attributes are looked up lazily by qualified name.
 * It reports start tags, end tags and — only while the handler asks for it — character data.
 *
 * Chosen over fast-xml-parser by measurement (see bench/docx-bench.ts): building no tree and
 * slicing text only inside w:t makes document.xml scanning several times faster.
 */

/** Thrown on XML that cannot be scanned (truncated tag, unterminated comment …). */
export class XmlScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlScanError';
  }
}

/** A start tag, valid only during the `open` call that receives it. */
export interface XmlTag {
  /** Qualified name as written, e.g. "w:p". */
  readonly name: string;
  /** The value of an attribute by qualified name ("w:val"), entities decoded. */
  attr(qname: string): string | undefined;
  /** Every attribute as [qualified name, value] (used for namespace declarations). */
  attrs(): Array<[string, string]>;
}

export interface XmlHandler {
  /** When true, character data is passed to `text`. Checked before every text run. */
  wantText: boolean;
  open(tag: XmlTag, selfClosing: boolean): void;
  /** Called for every end tag and right after `open` for a self-closing tag. */
  close(name: string): void;
  /** Character data. `decoded` is true for CDATA (and for pre-decoded text from other scanners). */
  text(raw: string, decoded: boolean): void;
}

/** A function that drives an `XmlHandler` over a document. */
export type XmlScanner = (xml: string, handler: XmlHandler) => void;

/**
 * The value of a predefined or numeric character reference from its body ("lt", "#x4E00"…, what
 * stands between "&" and ";"); '' for a code point out of range.
 */
export function entityValue(body: string): string {
  switch (body) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  const code = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return '';
  return String.fromCodePoint(code);
}

/**
 * Decode the predefined and numeric character references (&lt; &gt; &amp; &quot; &apos; &#N; &#xH;),
 * found with indexOf instead of a pattern and a call a reference (its tests compare it with that
 * pattern). A reference's body is everything between its "&" and the first ";" after it (no
 * reference holds a ";"), so each "&" is decoded or left as written by that body alone.
 */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0) break;
    const value = referenceValue(s, amp + 1, semi);
    if (value === undefined) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    out += s.slice(from, amp) + value;
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The value of the reference whose body is s[from, to), or undefined when it is none. */
function referenceValue(s: string, from: number, to: number): string | undefined {
  const n = to - from;
  if (n < 2) return undefined;
  const c = s.charCodeAt(from);
  if (c === 35 /* # */) {
    const hex = s.charCodeAt(from + 1) === 120 || s.charCodeAt(from + 1) === 88;
    const digits = hex ? from + 2 : from + 1;
    if (digits >= to) return undefined;
    for (let i = digits; i < to; i++) {
      const d = s.charCodeAt(i);
      const ok = (d >= 48 && d <= 57) || (hex && ((d >= 97 && d <= 102) || (d >= 65 && d <= 70)));
      if (!ok) return undefined;
    }
    return entityValue(s.slice(from, to));
  }
  if (n === 2 && s.charCodeAt(from + 1) === 116 /* t */) return c === 108 /* l */ ? '<' : c === 103 /* g */ ? '>' : undefined;
  if (n === 3 && s.startsWith('amp', from)) return '&';
  if (n === 4 && s.startsWith('quot', from)) return '"';
  if (n === 4 && s.startsWith('apos', from)) return "'";
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

class ScanTag implements XmlTag {
  name = '';
  src = '';
  /** Attribute region [start, end) of the source. */
  start = 0;
  end = 0;

  // The attribute last found by `next`: name [ns, ne), raw value [vs, ve).
  private cursor = 0;
  private ns = 0;
  private ne = 0;
  private vs = 0;
  private ve = 0;

  /**
   * Step to the next attribute of the region, left to right; false at the end. Linear in the
   * tag's own length: nothing outside [start, end) is read (a lookup that searched on past the tag
   * made 40,000 attribute-less <w:b/> tags quadratic in the document's size).
   */
  private next(): boolean {
    const src = this.src;
    const end = this.end;
    let i = this.cursor;
    while (i < end) {
      while (i < end && isSpace(src.charCodeAt(i))) i++;
      const nameStart = i;
      while (i < end) {
        const c = src.charCodeAt(i);
        if (c === 61 /* = */ || isSpace(c)) break;
        i++;
      }
      const nameEnd = i;
      while (i < end && isSpace(src.charCodeAt(i))) i++;
      if (i >= end) break;
      if (src.charCodeAt(i) !== 61) {
        // An attribute without a value (not XML): skip the name.
        if (i === nameStart) i++;
        continue;
      }
      i++;
      while (i < end && isSpace(src.charCodeAt(i))) i++;
      const quote = src.charCodeAt(i);
      if (quote !== 34 && quote !== 39) break;
      let close = i + 1;
      while (close < end && src.charCodeAt(close) !== quote) close++;
      if (close >= end) break;
      this.ns = nameStart;
      this.ne = nameEnd;
      this.vs = i + 1;
      this.ve = close;
      this.cursor = close + 1;
      return true;
    }
    this.cursor = end;
    return false;
  }

  attr(qname: string): string | undefined {
    const src = this.src;
    const n = qname.length;
    this.cursor = this.start;
    while (this.next()) {
      if (this.ne - this.ns === n && src.startsWith(qname, this.ns)) return decodeEntities(src.slice(this.vs, this.ve));
    }
    return undefined;
  }

  attrs(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    const src = this.src;
    this.cursor = this.start;
    while (this.next()) out.push([src.slice(this.ns, this.ne), decodeEntities(src.slice(this.vs, this.ve))]);
    return out;
  }
}

/** Slots of the names kept by nameAt (a power of two). */
const NAME_SLOTS = 256;
/**
 * Names longer than this are not kept: a short slice is a copy of its characters, a longer one may
 * be a view of the whole part (V8), which a kept name would hold on to.
 */
const NAME_KEPT = 12;
/** Tag names met, by their hash: a name met again is the same string, not a new slice. */
const names: string[] = new Array<string>(NAME_SLOTS).fill('');

/**
 * src[from, to) (a tag name; `hash` its characters' hash, h = h * 31 + c): the string kept for
 * it when one is, else a new slice, kept when short. A part's few names (w:p, w:r, w:t…) are made
 * once, not a string a tag, and equal names are then one string (quick to compare and to look up).
 */
function nameAt(src: string, from: number, to: number, hash: number): string {
  const slot = hash & (NAME_SLOTS - 1);
  const kept = names[slot];
  if (kept.length === to - from && src.startsWith(kept, from)) return kept;
  const name = src.slice(from, to);
  if (name.length <= NAME_KEPT) names[slot] = name;
  return name;
}

/**
 * Scan `src`, calling the handler for tags and (on demand) text. Throws `XmlScanError` on broken
 * markup: a truncated tag, comment or CDATA section, an end tag that does not close the element
 * open at that point, an element left open at the end (a part cut mid-way), or no element at all.
 */
export function scanXml(src: string, h: XmlHandler): void {
  const tag = new ScanTag();
  tag.src = src;
  const n = src.length;
  /** Names of the open elements, innermost last. */
  const open: string[] = [];
  let roots = 0;
  let pos = 0;
  while (pos < n) {
    const lt = src.indexOf('<', pos);
    if (lt < 0) {
      if (h.wantText) h.text(src.slice(pos), false);
      break;
    }
    if (lt > pos && h.wantText) h.text(src.slice(pos, lt), false);
    const c = src.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      const gt = src.indexOf('>', lt + 2);
      if (gt < 0) throw new XmlScanError('unterminated end tag');
      let e = gt;
      while (e > lt + 2 && isSpace(src.charCodeAt(e - 1))) e--;
      let hash = 0;
      for (let k = lt + 2; k < e; k++) hash = (Math.imul(hash, 31) + src.charCodeAt(k)) | 0;
      const closing = nameAt(src, lt + 2, e, hash);
      if (open.pop() !== closing) throw new XmlScanError('mismatched end tag');
      h.close(closing);
      pos = gt + 1;
      continue;
    }
    if (c === 33 /* ! */) {
      if (src.startsWith('<!--', lt)) {
        const e = src.indexOf('-->', lt + 4);
        if (e < 0) throw new XmlScanError('unterminated comment');
        pos = e + 3;
      } else if (src.startsWith('<![CDATA[', lt)) {
        const e = src.indexOf(']]>', lt + 9);
        if (e < 0) throw new XmlScanError('unterminated CDATA');
        if (h.wantText) h.text(src.slice(lt + 9, e), true);
        pos = e + 3;
      } else {
        const e = src.indexOf('>', lt + 2);
        if (e < 0) throw new XmlScanError('unterminated declaration');
        pos = e + 1;
      }
      continue;
    }
    if (c === 63 /* ? */) {
      const e = src.indexOf('?>', lt + 2);
      if (e < 0) throw new XmlScanError('unterminated processing instruction');
      pos = e + 2;
      continue;
    }
    // Start tag: name, then attributes up to a '>' outside quotes.
    let i = lt + 1;
    let hash = 0;
    for (; i < n; i++) {
      const ch = src.charCodeAt(i);
      if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
      hash = (Math.imul(hash, 31) + ch) | 0;
    }
    if (i === lt + 1) throw new XmlScanError('empty tag name');
    let j = i;
    let quote = 0;
    for (; j < n; j++) {
      const ch = src.charCodeAt(j);
      if (quote !== 0) {
        if (ch === quote) quote = 0;
      } else if (ch === 62 /* > */) break;
      else if (ch === 34 || ch === 39) quote = ch;
    }
    if (j >= n) throw new XmlScanError('unterminated start tag');
    const selfClosing = src.charCodeAt(j - 1) === 47;
    const name = nameAt(src, lt + 1, i, hash);
    tag.name = name;
    tag.start = i;
    tag.end = selfClosing ? j - 1 : j;
    if (open.length === 0) roots++;
    h.open(tag, selfClosing);
    if (selfClosing) h.close(name);
    else open.push(name);
    pos = j + 1;
  }
  if (open.length > 0) throw new XmlScanError('unclosed element');
  if (roots !== 1) throw new XmlScanError(roots === 0 ? 'no element' : 'more than one root element');
}

/**
 * The prefix ("w:" or "" for a default namespace) a root element binds to one of `uris`,
 * or undefined when it binds none of them.
 */
export function prefixFor(tag: XmlTag, uris: readonly string[]): string | undefined {
  return prefixIn(tag.attrs(), uris);
}

/** prefixFor over a root's attributes already read (`tag.attrs()`): one read for several namespaces. */
export function prefixIn(attrs: ReadonlyArray<readonly [string, string]>, uris: readonly string[]): string | undefined {
  for (const [name, value] of attrs) {
    if (!uris.includes(value)) continue;
    if (name === 'xmlns') return '';
    if (name.startsWith('xmlns:')) return name.slice(6) + ':';
  }
  return undefined;
}

/** WordprocessingML main namespace, transitional and strict. */
export const W_NS = [
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
] as const;

/** Markup compatibility namespace (mc:AlternateContent). */
export const MC_NS = ['http://schemas.openxmlformats.org/markup-compatibility/2006'] as const;

/** Relationships namespace of .rels parts. */
export const REL_NS = ['http://schemas.openxmlformats.org/package/2006/relationships'] as const;

/** ST_OnOff: absent value, "true", "1", "on" are true; "false", "0", "off" are false. */
export function onOff(v: string | undefined): boolean {
  return v === undefined || !(v === 'false' || v === '0' || v === 'off' || v === 'none');
}

/** A decimal integer attribute (w:val="2"), or undefined when absent or not a number. */
export function intAttr(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Element depth for the part readers, with whole subtrees skipped on request (tracked-change
 * records, formatting a reader does not need). `open`/`close` return the element's depth, or -1
 * inside a skipped subtree (its own end tag included).
 */
export class XmlDepth {
  private depth = 0;
  private skipAt = -1;

  open(): number {
    const d = ++this.depth;
    return this.skipAt >= 0 ? -1 : d;
  }

  close(): number {
    const d = this.depth--;
    if (this.skipAt < 0) return d;
    if (d === this.skipAt) this.skipAt = -1;
    return -1;
  }

  /** Skip the rest of the element just opened, down to its end tag. */
  skipRest(): void {
    this.skipAt = this.depth;
  }
}

/**
 * The elements of a WordprocessingML part (styles.xml, numbering.xml): depth, the prefix its root
 * declares for the w: namespace, and each w: element's local name.
 */
export class WordElements {
  private readonly depth = new XmlDepth();
  /** The prefix of the WordprocessingML namespace ("w:" unless the root says otherwise). */
  W = 'w:';
  /** Depth of the element last opened or closed (the root is 1). */
  level = 0;

  /** An opened w: element below the root: its local name; else undefined (also inside a skipped subtree). */
  open(tag: XmlTag): string | undefined {
    const d = this.depth.open();
    if (d < 0) return undefined;
    this.level = d;
    if (d === 1) {
      this.W = prefixFor(tag, W_NS) ?? 'w:';
      return undefined;
    }
    return tag.name.startsWith(this.W) ? tag.name.slice(this.W.length) : undefined;
  }

  /** A closed w: element: its local name; else undefined. */
  close(name: string): string | undefined {
    const d = this.depth.close();
    if (d < 0) return undefined;
    this.level = d;
    return name.startsWith(this.W) ? name.slice(this.W.length) : undefined;
  }

  /** Skip the rest of the element just opened. */
  skipRest(): void {
    this.depth.skipRest();
  }
}
