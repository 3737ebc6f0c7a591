/**
 * Adds Word comments to a .docx without touching anything else: word/document.xml gets only
 * w:commentRangeStart / w:commentRangeEnd markers and a comment-reference run per comment (a run is
 * split at the offset when a span starts or ends inside it), word/comments.xml is created or
 * extended, and the comments relationship and content-type override are added when missing. Every
 * other zip entry keeps its bytes; in document.xml every byte outside the inserted markup stays.
 *
 * Offsets are mapped from the reader's `Paragraph.text` (readers/docx.ts) to the XML by walking
 * document.xml with the reader's own rules (tracked deletions, field codes, hidden text, text boxes
 * and mc:Fallback skipped; w:tab → one space; w:br → "\n"; leading/trailing breaks trimmed). Where
 * the walk does not give exactly the reader's text for a paragraph, that paragraph's comment is
 * anchored on the whole paragraph instead, never on a guessed span.
 *
 * Pure: bytes in, bytes out (jszip); no file system.
 */
import JSZip from 'jszip';
import { MC_NS, W_NS, XmlDepth, decodeEntities } from '../readers/docx-xml';
import { DocxError, HIDDEN_CONTENT, readDocx } from '../readers/docx';
import { appendAll } from '../collections';

/** One comment to add. */
export interface DocxComment {
  /** 0-based paragraph index in the reader's paragraph list (`readDocx`). */
  paragraph: number;
  /** UTF-16 offset of the anchored words in `Paragraph.text`; absent (or length 0): the whole paragraph. */
  start?: number;
  length?: number;
  /** The comment's paragraphs (plain text). */
  lines: string[];
}

export interface CommentOptions {
  /** w:author, e.g. 对照检查助手. */
  author: string;
  /** w:initials. */
  initials: string;
  /** w:date, ISO 8601 without fractions (2026-11-30T05:00:00Z). */
  date: string;
  /**
   * Remove the comments `author` already wrote before adding (a copy annotated before and sent
   * back: its old comments would stand beside the new ones, some no longer true). Comments by
   * anyone else are kept.
   */
  replaceOwn?: boolean;
}

/** What was done: the comment ids given, and which comments fell back to the whole paragraph. */
export interface CommentResult {
  bytes: Uint8Array;
  /** Comments of the same author removed first (`replaceOwn`). */
  removed: number;
  /** Parallel to the input comments: the w:id written. */
  ids: number[];
  /** Input indexes whose span could not be mapped and were anchored on the whole paragraph. */
  widened: number[];
}

/**
 * Parts are written without JSZip's folder entries ("word/", "word/_rels/"): the copy holds the
 * document's own entries and comments.xml, nothing else (t24: an annotated copy had gained two).
 */
const NO_FOLDERS = { createFolders: false };

const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W_MAIN = W_NS[0];

// ---------------------------------------------------------------------------------------------
// A scanner that reports positions (the reader's scanner does not need them).

interface PosTag {
  name: string;
  /** Source text of the whole tag, "<w:t xml:space="preserve">". */
  start: number;
  end: number;
  selfClosing: boolean;
}

interface PosHandler {
  open(tag: PosTag, src: string): void;
  close(name: string, start: number, end: number): void;
  /** Character data between `start` and `end` (raw, entities not decoded); `cdata` for a CDATA section. */
  text(start: number, end: number, cdata: boolean): void;
}

function scanPositions(src: string, h: PosHandler): void {
  const n = src.length;
  let pos = 0;
  while (pos < n) {
    const lt = src.indexOf('<', pos);
    if (lt < 0) {
      h.text(pos, n, false);
      return;
    }
    if (lt > pos) h.text(pos, lt, false);
    const c = src.charCodeAt(lt + 1);
    if (c === 47) {
      const gt = src.indexOf('>', lt + 2);
      if (gt < 0) throw new DocxError('corrupt');
      h.close(src.slice(lt + 2, gt).trim(), lt, gt + 1);
      pos = gt + 1;
      continue;
    }
    if (c === 33) {
      if (src.startsWith('<!--', lt)) {
        const e = src.indexOf('-->', lt + 4);
        if (e < 0) throw new DocxError('corrupt');
        pos = e + 3;
      } else if (src.startsWith('<![CDATA[', lt)) {
        const e = src.indexOf(']]>', lt + 9);
        if (e < 0) throw new DocxError('corrupt');
        h.text(lt + 9, e, true);
        pos = e + 3;
      } else {
        const e = src.indexOf('>', lt + 2);
        if (e < 0) throw new DocxError('corrupt');
        pos = e + 1;
      }
      continue;
    }
    if (c === 63) {
      const e = src.indexOf('?>', lt + 2);
      if (e < 0) throw new DocxError('corrupt');
      pos = e + 2;
      continue;
    }
    let i = lt + 1;
    for (; i < n; i++) {
      const ch = src.charCodeAt(i);
      if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
    }
    let j = i;
    let quote = 0;
    for (; j < n; j++) {
      const ch = src.charCodeAt(j);
      if (quote !== 0) {
        if (ch === quote) quote = 0;
      } else if (ch === 62) break;
      else if (ch === 34 || ch === 39) quote = ch;
    }
    if (j >= n) throw new DocxError('corrupt');
    const selfClosing = src.charCodeAt(j - 1) === 47;
    const tag: PosTag = { name: src.slice(lt + 1, i), start: lt, end: j + 1, selfClosing };
    h.open(tag, src);
    if (selfClosing) h.close(tag.name, j + 1, j + 1);
    pos = j + 1;
  }
}

/** The prefix a root tag binds to one of `uris` ("w:", "" for a default namespace). */
function rootPrefix(tagSource: string, uris: readonly string[]): string | undefined {
  const re = /xmlns(?::([\w.-]+))?\s*=\s*(["'])(.*?)\2/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tagSource))) if (uris.includes(m[3])) return m[1] === undefined ? '' : m[1] + ':';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Walking document.xml the reader's way, keeping where each character of Paragraph.text came from.

interface RunInfo {
  openStart: number;
  openEnd: number;
  /** The run's start tag as written (copied when the run is split). */
  openTag: string;
  /** The run's w:rPr as written, or ''. */
  rPr: string;
  /** Where the run's content begins (after its w:rPr) and where `</w:r>` starts / ends. */
  contentStart: number;
  closeStart: number;
  closeEnd: number;
  /** A child of w:p outside any complex field: a comment-reference run may follow its markers. */
  topLevel: boolean;
}

interface TextElement {
  /** The w:t start tag: its range and whether it says xml:space="preserve". */
  openStart: number;
  openEnd: number;
  preserve: boolean;
  closeStart: number;
  closeEnd: number;
}

/** One UTF-16 code unit of the paragraph's text and the XML range it came from. */
interface Unit {
  ch: string;
  before: number;
  after: number;
  run: RunInfo;
  /** Set for characters inside a w:t (not for w:tab, w:br …). */
  t?: TextElement;
  /** Inside CDATA: no cut inside it. */
  cdata?: boolean;
  /** Deeper in the run than its own children (ruby and the like): cut only at the run's edges. */
  nested?: boolean;
}

interface ParaInfo {
  /** The w:p start tag range; `selfClosing` for <w:p/>. */
  openStart: number;
  openEnd: number;
  selfClosing: boolean;
  /** Where content may begin: after w:pPr, else after the start tag. */
  contentStart: number;
  closeStart: number;
  units: Unit[];
  /** Paragraph-level points outside any complex field, in order (after each top-level child). */
  safePoints: number[];
}

/** What the reader leaves out (HIDDEN_CONTENT), and deleted or moved-away runs and field codes. */
const SKIP = ['del', 'moveFrom', 'instrText', ...HIDDEN_CONTENT];

const LINE_BREAK = '\u2028';

interface Walk {
  paragraphs: ParaInfo[];
  /** The w: prefix of document.xml ("w:" normally). */
  W: string;
  /** Largest comment id already used in document.xml. */
  maxId: number;
}

function walkDocument(xml: string): Walk {
  const paragraphs: ParaInfo[] = [];
  const depth = new XmlDepth();
  let W = 'w:';
  let skip: Set<string> | undefined;
  let maxId = -1;
  interface POpen {
    info: ParaInfo;
    depth: number;
    pPrDepth: number;
    units: Unit[];
    fieldDepth: number;
  }
  const stack: POpen[] = [];
  let para: POpen | undefined;
  let run: { info: RunInfo; depth: number; rPrDepth: number; rPrStart: number; vanish: boolean; units: Unit[] } | undefined;
  let t: TextElement | undefined;
  let tDepth = -1;

  const unitsOfText = (start: number, end: number, cdata: boolean) => {
    if (!run || !t) return;
    if (cdata || tDepth !== run.depth + 1) {
      const nested = tDepth !== run.depth + 1;
      for (let k = start; k < end; k++) run.units.push({ ch: xml[k], before: start, after: end, run: run.info, t, cdata, nested });
      return;
    }
    let k = start;
    while (k < end) {
      if (xml.charCodeAt(k) === 38 /* & */) {
        const semi = xml.indexOf(';', k);
        if (semi > 0 && semi < end) {
          const s = decodeEntities(xml.slice(k, semi + 1));
          for (const ch of s.split('')) run.units.push({ ch, before: k, after: semi + 1, run: run.info, t });
          k = semi + 1;
          continue;
        }
      }
      const c = xml.charCodeAt(k);
      if (c >= 0xd800 && c <= 0xdbff && k + 1 < end) {
        // A surrogate pair is one character of the XML: never cut between its halves.
        run.units.push({ ch: xml[k], before: k, after: k + 2, run: run.info, t }, { ch: xml[k + 1], before: k, after: k + 2, run: run.info, t });
        k += 2;
        continue;
      }
      run.units.push({ ch: xml[k], before: k, after: k + 1, run: run.info, t });
      k++;
    }
  };

  const finish = (p: POpen) => {
    // The reader's cleaning: controls removed (tab/CR/LF → space), U+2028 → "\n", outer breaks trimmed.
    const kept: Unit[] = [];
    for (const u of p.units) {
      const code = u.ch.charCodeAt(0);
      if (code < 32 || code === 127) {
        if (code === 9 || code === 10 || code === 13) kept.push({ ...u, ch: ' ' });
        continue;
      }
      kept.push(u.ch === LINE_BREAK ? { ...u, ch: '\n' } : u);
    }
    let a = 0;
    let b = kept.length;
    while (a < b && kept[a].ch === '\n') a++;
    while (b > a && kept[b - 1].ch === '\n') b--;
    p.info.units = kept.slice(a, b);
  };

  scanPositions(xml, {
    open(tag, src) {
      const d = depth.open();
      if (d < 0) return;
      if (skip === undefined) {
        const source = src.slice(tag.start, tag.end);
        const w = rootPrefix(source, W_NS);
        if (w === undefined || tag.name !== w + 'document') throw new DocxError('not-docx');
        W = w;
        skip = new Set(SKIP.map((s) => W + s));
        const mc = rootPrefix(source, MC_NS);
        if (mc !== undefined) skip.add(mc + 'Fallback');
        return;
      }
      const name = tag.name;
      if (skip.has(name)) {
        depth.skipRest();
        return;
      }
      if (!name.startsWith(W)) return;
      const local = name.slice(W.length);
      if (para && d === para.depth + 1 && para.fieldDepth === 0 && local !== 'pPr') {
        // A new top-level child: the point before it is safe for a reference run.
        para.info.safePoints.push(tag.start);
      }
      switch (local) {
        case 'commentRangeStart':
        case 'commentRangeEnd':
        case 'commentReference': {
          const m = /\bw?:?id\s*=\s*["'](-?\d+)["']/.exec(src.slice(tag.start, tag.end));
          if (m) maxId = Math.max(maxId, parseInt(m[1], 10));
          break;
        }
        case 'p': {
          if (para) stack.push(para);
          const info: ParaInfo = {
            openStart: tag.start,
            openEnd: tag.end,
            selfClosing: tag.selfClosing,
            contentStart: tag.end,
            closeStart: tag.selfClosing ? tag.end : -1,
            units: [],
            safePoints: [],
          };
          paragraphs.push(info);
          para = { info, depth: d, pPrDepth: -1, units: [], fieldDepth: 0 };
          break;
        }
        case 'pPr':
          if (para && !run && d === para.depth + 1) para.pPrDepth = d;
          break;
        case 'r':
          if (para && !run) {
            const info: RunInfo = {
              openStart: tag.start,
              openEnd: tag.end,
              openTag: src.slice(tag.start, tag.end),
              rPr: '',
              contentStart: tag.end,
              closeStart: tag.end,
              closeEnd: tag.end,
              topLevel: d === para.depth + 1 && para.fieldDepth === 0,
            };
            run = { info, depth: d, rPrDepth: -1, rPrStart: -1, vanish: false, units: [] };
            if (tag.selfClosing) info.openTag = info.openTag.replace(/\s*\/>$/, '>');
          }
          break;
        case 'rPr':
          if (run && d === run.depth + 1) {
            run.rPrDepth = d;
            run.rPrStart = tag.start;
            if (tag.selfClosing) {
              run.info.rPr = src.slice(tag.start, tag.end);
              run.info.contentStart = tag.end;
            }
          }
          break;
        case 'vanish':
          if (run && run.rPrDepth >= 0) {
            const m = /\bval\s*=\s*["']([^"']*)["']/.exec(src.slice(tag.start, tag.end));
            const v = m?.[1];
            run.vanish = v === undefined || !(v === 'false' || v === '0' || v === 'off' || v === 'none');
          }
          break;
        case 't':
          if (run && run.rPrDepth < 0 && !tag.selfClosing) {
            const source = src.slice(tag.start, tag.end);
            t = { openStart: tag.start, openEnd: tag.end, preserve: /xml:space\s*=\s*["']preserve["']/.test(source), closeStart: -1, closeEnd: -1 };
            tDepth = d;
          }
          break;
        case 'tab':
        case 'ptab':
        case 'noBreakHyphen':
        case 'br':
        case 'cr':
          if (run && run.rPrDepth < 0) {
            const ch = local === 'noBreakHyphen' ? '-' : local === 'br' || local === 'cr' ? LINE_BREAK : ' ';
            run.units.push({ ch, before: tag.start, after: tag.end, run: run.info, nested: d !== run.depth + 1 });
          }
          break;
        case 'fldChar':
          if (para) {
            const m = /fldCharType\s*=\s*["'](\w+)["']/.exec(src.slice(tag.start, tag.end));
            if (m?.[1] === 'begin') para.fieldDepth++;
            else if (m?.[1] === 'end' && para.fieldDepth > 0) para.fieldDepth--;
          }
          break;
      }
    },
    close(name, start, end) {
      const d = depth.close();
      if (d < 0 || skip === undefined || !name.startsWith(W)) return;
      const local = name.slice(W.length);
      if (para && d === para.depth + 1 && para.fieldDepth === 0) {
        para.info.safePoints.push(end);
        if (local === 'pPr') para.info.contentStart = end;
      }
      switch (local) {
        case 't':
          if (t && d === tDepth) {
            t.closeStart = start;
            t.closeEnd = end;
            t = undefined;
            tDepth = -1;
          }
          break;
        case 'rPr':
          if (run && d === run.rPrDepth) {
            run.rPrDepth = -1;
            run.info.rPr = xml.slice(run.rPrStart, end);
            run.info.contentStart = end;
          }
          break;
        case 'r':
          if (run && d === run.depth) {
            const r = run;
            run = undefined;
            r.info.closeStart = start;
            r.info.closeEnd = end;
            if (para && !r.vanish && r.units.length) appendAll(para.units, r.units);
          }
          break;
        case 'pPr':
          if (para && d === para.pPrDepth) para.pPrDepth = -1;
          break;
        case 'p':
          if (para && d === para.depth) {
            if (!para.info.selfClosing) para.info.closeStart = start;
            else para.info.closeStart = para.info.openEnd;
            para.info.units = para.units;
            finish(para);
            para = stack.pop();
          }
          break;
      }
    },
    text(start, end, cdata) {
      if (t) unitsOfText(start, end, cdata);
    },
  });
  if (skip === undefined) throw new DocxError('not-docx');
  return { paragraphs, W, maxId };
}

// ---------------------------------------------------------------------------------------------
// Edits on document.xml

interface Edit {
  /** Position in the original XML. */
  at: number;
  /** For a replacement: the end of the replaced range (else = at). */
  end: number;
  text: string;
  /** Order among edits at the same position: lower first. */
  order: number;
}

function applyEdits(xml: string, edits: Edit[]): string {
  // At one position: insertions before a replacement starting there, then by `order`.
  const replaces = (e: Edit) => (e.end > e.at ? 1 : 0);
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || replaces(a.e) - replaces(b.e) || a.e.order - b.e.order || a.i - b.i);
  const out: string[] = [];
  let pos = 0;
  for (const { e } of sorted) {
    if (e.at < pos) continue; // overlapping replacement (cannot happen with the edits made here)
    out.push(xml.slice(pos, e.at), e.text);
    pos = e.end;
  }
  out.push(xml.slice(pos));
  return out.join('');
}

/**
 * Where to put markup that must stand before the character `u` (side 'before') or after it
 * ('after'): a position in the XML and, when inside a run, how to split it.
 */
function cutAt(u: Unit, side: 'before' | 'after'): { at: number; split: 'none' | 'run' | 'text' } {
  const r = u.run;
  if (u.nested) return side === 'before' ? { at: r.openStart, split: 'none' } : { at: r.closeEnd, split: 'none' };
  let at = side === 'before' ? u.before : u.after;
  if (u.cdata && u.t) at = side === 'before' ? u.t.openStart : u.t.closeEnd;
  let inText = !!u.t && !u.cdata;
  if (inText && u.t) {
    if (at <= u.t.openEnd) {
      at = u.t.openStart;
      inText = false;
    } else if (at >= u.t.closeStart) {
      at = u.t.closeEnd;
      inText = false;
    }
  }
  if (!inText) {
    if (at <= r.contentStart) return { at: r.openStart, split: 'none' };
    if (at >= r.closeStart) return { at: r.closeEnd, split: 'none' };
    return { at, split: 'run' };
  }
  return { at, split: 'text' };
}

function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '') // eslint-disable-line no-control-regex
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function planComment(walk: Walk, p: ParaInfo, c: DocxComment, id: number, edits: Edit[], textEdits: Map<number, Edit>): boolean {
  const W = walk.W;
  const startMark = `<${W}commentRangeStart ${W}id="${id}"/>`;
  const endMark = `<${W}commentRangeEnd ${W}id="${id}"/>`;
  const refRun = `<${W}r><${W}commentReference ${W}id="${id}"/></${W}r>`;
  const whole = () => {
    edits.push({ at: p.contentStart, end: p.contentStart, text: startMark, order: -1 });
    edits.push({ at: p.closeStart, end: p.closeStart, text: endMark + refRun, order: 0 });
    return true;
  };
  const len = c.length ?? 0;
  const start = c.start ?? -1;
  if (start < 0 || len <= 0 || start + len > p.units.length) return whole();
  const first = p.units[start];
  const last = p.units[start + len - 1];
  const place = (u: Unit, side: 'before' | 'after', mark: string, order: number) => {
    const cut = cutAt(u, side);
    const r = u.run;
    if (cut.split === 'none') {
      edits.push({ at: cut.at, end: cut.at, text: mark, order });
      return cut.at;
    }
    if (cut.split === 'run') {
      edits.push({ at: cut.at, end: cut.at, text: `</${W}r>${mark}${r.openTag}${r.rPr}`, order });
      return cut.at;
    }
    const t = u.t as TextElement;
    if (!t.preserve && !textEdits.has(t.openStart)) {
      const tag = `<${W}t xml:space="preserve">`;
      textEdits.set(t.openStart, { at: t.openStart, end: t.openEnd, text: tag, order: 1 });
    }
    edits.push({ at: cut.at, end: cut.at, text: `</${W}t></${W}r>${mark}${r.openTag}${r.rPr}<${W}t xml:space="preserve">`, order });
    return cut.at;
  };
  place(first, 'before', startMark, 2);
  if (last.run.topLevel) {
    // The run is a child of w:p outside any field: the reference run follows the range end directly.
    place(last, 'after', endMark + refRun, 0);
    return true;
  }
  const endAt = place(last, 'after', endMark, 0);
  // Otherwise the reference run goes at paragraph level, outside any field, at the first safe point after the range.
  const safe = p.safePoints.find((s) => s >= endAt && s >= last.run.closeEnd) ?? p.closeStart;
  edits.push({ at: safe, end: safe, text: refRun, order: 1 });
  return true;
}

// ---------------------------------------------------------------------------------------------
// The package parts

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return partPath.slice(0, slash + 1) + '_rels/' + partPath.slice(slash + 1) + '.rels';
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  const f = zip.file(path);
  if (!f) return undefined;
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await f.async('uint8array'));
}

function commentXml(W: string, id: number, c: DocxComment, o: CommentOptions): string {
  const paras = (c.lines.length ? c.lines : ['']).map(
    (line, i) =>
      `<${W}p>${i === 0 ? `<${W}r><${W}annotationRef/></${W}r>` : ''}<${W}r><${W}t xml:space="preserve">${escapeXml(line)}</${W}t></${W}r></${W}p>`,
  );
  return `<${W}comment ${W}id="${id}" ${W}author="${escapeXml(o.author)}" ${W}date="${escapeXml(o.date)}" ${W}initials="${escapeXml(o.initials)}">${paras.join('')}</${W}comment>`;
}

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `commentsXml` without the comments whose w:author is `author` (prefix `CW`, e.g. "w:"), with the
 * ids and the w14:paraId of the paragraphs of those removed (what Word's commentsExtended and
 * commentsIds parts key them by).
 */
function withoutAuthor(commentsXml: string, CW: string, author: string): { xml: string; ids: Set<string>; paraIds: Set<string> } {
  const ids = new Set<string>();
  const paraIds = new Set<string>();
  const P = reEscape(CW);
  // An empty comment may be written self-closed: it ends at its own "/>", not at the next comment's end.
  const block = new RegExp(`<${P}comment\\b([^>]*?)(?:/>|>[\\s\\S]*?</${P}comment>)`, 'g');
  const xml = commentsXml.replace(block, (whole: string, attrs: string) => {
    const by = new RegExp(`\\b${P}author\\s*=\\s*"([^"]*)"`).exec(attrs)?.[1];
    if (by === undefined || decodeEntities(by) !== author) return whole;
    const id = new RegExp(`\\b${P}id\\s*=\\s*"(-?\\d+)"`).exec(attrs)?.[1];
    if (id === undefined) return whole;
    ids.add(id);
    for (const m of whole.matchAll(/\b[\w.-]*:?paraId\s*=\s*"([0-9A-Fa-f]+)"/g)) paraIds.add(m[1]);
    return '';
  });
  return { xml, ids, paraIds };
}

/**
 * `docXml` without the anchors of comments `ids` (prefix `W`): their range starts and ends, and
 * their reference runs (a run holding only its properties and the reference goes whole; a
 * reference inside a run with other content goes alone). Nothing else changes.
 */
function withoutAnchors(docXml: string, W: string, ids: Set<string>): string {
  if (!ids.size) return docXml;
  const P = reEscape(W);
  const idOf = (tag: string) => new RegExp(`\\b${P}id\\s*=\\s*"(-?\\d+)"`).exec(tag)?.[1];
  const marker = new RegExp(`<${P}comment(?:RangeStart|RangeEnd)\\b[^>]*?/>`, 'g');
  const refRun = new RegExp(`<${P}r\\b[^>]*>\\s*(?:<${P}rPr>(?:(?!</${P}rPr>)[\\s\\S])*</${P}rPr>\\s*)?(<${P}commentReference\\b[^>]*?/>)\\s*</${P}r>`, 'g');
  const ref = new RegExp(`<${P}commentReference\\b[^>]*?/>`, 'g');
  const drop = (tag: string) => {
    const id = idOf(tag);
    return id !== undefined && ids.has(id);
  };
  return docXml
    .replace(marker, (t) => (drop(t) ? '' : t))
    .replace(refRun, (whole, r: string) => (drop(r) ? '' : whole))
    .replace(ref, (t) => (drop(t) ? '' : t));
}

/** Word's side parts for comments (commentsExtended, commentsIds, commentsExtensible) without the entries of removed comments. */
async function withoutSideEntries(zip: JSZip, paraIds: Set<string>): Promise<void> {
  if (!paraIds.size) return;
  const durable = new Set<string>();
  for (const name of Object.keys(zip.files)) {
    if (!/comments(Extended|Ids)\.xml$/i.test(name)) continue;
    const xml = await text(zip, name);
    if (xml === undefined) continue;
    const out = xml.replace(/<[\w.-]+:(?:commentEx|commentId)\b[^>]*?\/>/g, (tag) => {
      const pid = /\b[\w.-]*:?paraId\s*=\s*"([0-9A-Fa-f]+)"/.exec(tag)?.[1];
      if (pid === undefined || !paraIds.has(pid)) return tag;
      const d = /\b[\w.-]*:?durableId\s*=\s*"([0-9A-Fa-f]+)"/.exec(tag)?.[1];
      if (d) durable.add(d);
      return '';
    });
    if (out !== xml) zip.file(name, out, NO_FOLDERS);
  }
  if (!durable.size) return;
  for (const name of Object.keys(zip.files)) {
    if (!/commentsExtensible\.xml$/i.test(name)) continue;
    const xml = await text(zip, name);
    if (xml === undefined) continue;
    const out = xml.replace(/<[\w.-]+:commentExtensible\b[^>]*?(?:\/>|>[\s\S]*?<\/[\w.-]+:commentExtensible>)/g, (tag) => {
      const d = /\b[\w.-]*:?durableId\s*=\s*"([0-9A-Fa-f]+)"/.exec(tag)?.[1];
      return d !== undefined && durable.has(d) ? '' : tag;
    });
    if (out !== xml) zip.file(name, out, NO_FOLDERS);
  }
}

/**
 * Add `comments` to the .docx `data`. Comments on paragraphs the document does not have are
 * ignored (their id is -1). Throws `DocxError` for input that is no readable .docx.
 */
export async function addDocxComments(data: Uint8Array, comments: DocxComment[], options: CommentOptions): Promise<CommentResult> {
  const paragraphs = await readDocx(data);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new DocxError('corrupt');
  }
  const rootRels = (await text(zip, '_rels/.rels')) ?? '';
  const mainMatch = /Type\s*=\s*"[^"]*\/officeDocument"[^>]*Target\s*=\s*"\/?([^"]+)"|Target\s*=\s*"\/?([^"]+)"[^>]*Type\s*=\s*"[^"]*\/officeDocument"/.exec(rootRels);
  const mainPath = (mainMatch && (mainMatch[1] ?? mainMatch[2])) || 'word/document.xml';
  const read = await text(zip, mainPath);
  if (read === undefined) throw new DocxError('not-docx');
  let docXml = read;
  let walk = walkDocument(docXml);
  if (walk.paragraphs.length !== paragraphs.length) throw new DocxError('corrupt', '无法在此文件中定位段落，未添加批注');

  // comments.xml: found through the main part's relationships, else created beside it.
  const dir = mainPath.slice(0, mainPath.lastIndexOf('/') + 1);
  const relsPath = relsPathOf(mainPath);
  let rels = (await text(zip, relsPath)) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const relTag = /<Relationship\b[^>]*>/g;
  let commentsTarget: string | undefined;
  const relIds = new Set<string>();
  for (const m of rels.match(relTag) ?? []) {
    const id = /\bId\s*=\s*"([^"]*)"/.exec(m)?.[1];
    if (id) relIds.add(id);
    if (/Type\s*=\s*"[^"]*\/comments"/.test(m)) commentsTarget = /Target\s*=\s*"([^"]*)"/.exec(m)?.[1];
  }
  let commentsPath: string;
  if (commentsTarget !== undefined) {
    commentsPath = commentsTarget.startsWith('/') ? commentsTarget.slice(1) : dir + commentsTarget;
  } else {
    commentsPath = dir + 'comments.xml';
    let n = 1;
    while (relIds.has(`rIdDz${n}`)) n++;
    const rel = `<Relationship Id="rIdDz${n}" Type="${COMMENTS_REL}" Target="comments.xml"/>`;
    const close = rels.lastIndexOf('</Relationships>');
    rels = close >= 0 ? rels.slice(0, close) + rel + rels.slice(close) : rels.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`);
    zip.file(relsPath, rels, NO_FOLDERS);
  }
  let commentsXml = await text(zip, commentsPath);
  let CW = 'w:';
  let maxId = walk.maxId;
  if (commentsXml !== undefined) {
    const root = /<([\w.-]+:)?comments\b[^>]*>/.exec(commentsXml);
    CW = root ? (rootPrefix(root[0], W_NS) ?? root[1] ?? '') : 'w:';
    const idRe = new RegExp(`<${CW.replace(/[.]/g, '\\.')}comment\\b[^>]*?\\b${CW.replace(/[.]/g, '\\.')}id\\s*=\\s*"(-?\\d+)"`, 'g');
    let m: RegExpExecArray | null;
    while ((m = idRe.exec(commentsXml))) maxId = Math.max(maxId, parseInt(m[1], 10));
  } else {
    commentsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_MAIN}"></w:comments>`;
  }
  // This author's earlier comments out first (replaceOwn): their text, anchors and Word's side entries.
  let removed = 0;
  if (options.replaceOwn) {
    const gone = withoutAuthor(commentsXml, CW, options.author);
    if (gone.ids.size) {
      removed = gone.ids.size;
      commentsXml = gone.xml;
      docXml = withoutAnchors(docXml, walk.W, gone.ids);
      walk = walkDocument(docXml);
      if (walk.paragraphs.length !== paragraphs.length) throw new DocxError('corrupt', '无法在此文件中定位段落，未添加批注');
      await withoutSideEntries(zip, gone.paraIds);
    }
  }

  // Content type override for a new comments part.
  const ctPath = '[Content_Types].xml';
  let types = (await text(zip, ctPath)) ?? '';
  if (!new RegExp(`PartName\\s*=\\s*"/${commentsPath.replace(/[.[\]]/g, '\\$&')}"`).test(types)) {
    const override = `<Override PartName="/${commentsPath}" ContentType="${COMMENTS_CT}"/>`;
    const close = types.lastIndexOf('</Types>');
    if (close < 0) throw new DocxError('corrupt');
    types = types.slice(0, close) + override + types.slice(close);
    zip.file(ctPath, types, NO_FOLDERS);
  }

  const edits: Edit[] = [];
  const textEdits = new Map<number, Edit>();
  const ids: number[] = [];
  const widened: number[] = [];
  const added: string[] = [];
  comments.forEach((c, k) => {
    const p = walk.paragraphs[c.paragraph];
    if (!p) {
      ids.push(-1);
      return;
    }
    const id = ++maxId;
    const matches = p.units.map((u) => u.ch).join('') === paragraphs[c.paragraph].text;
    const spanned = c.start !== undefined && (c.length ?? 0) > 0;
    const spec = matches ? c : { ...c, start: undefined, length: undefined };
    if (spanned && !matches) widened.push(k);
    if (p.selfClosing) {
      // <w:p/>: rewrite as an element holding only the markers.
      const open = docXml.slice(p.openStart, p.openEnd).replace(/\s*\/>$/, '>');
      const W = walk.W;
      edits.push({
        at: p.openStart,
        end: p.openEnd,
        text: `${open}<${W}commentRangeStart ${W}id="${id}"/><${W}commentRangeEnd ${W}id="${id}"/><${W}r><${W}commentReference ${W}id="${id}"/></${W}r></${W}p>`,
        order: 0,
      });
    } else planComment(walk, p, spec, id, edits, textEdits);
    ids.push(id);
    added.push(commentXml(CW, id, c, options));
  });
  const newDoc = applyEdits(docXml, [...edits, ...textEdits.values()]);
  zip.file(mainPath, newDoc, NO_FOLDERS);
  const close = commentsXml.lastIndexOf(`</${CW}comments>`);
  if (close >= 0) commentsXml = commentsXml.slice(0, close) + added.join('') + commentsXml.slice(close);
  else commentsXml = commentsXml.replace(/<([\w.-]+:)?comments\b([^>]*?)\s*\/>/, (_m, pre = '', attrs) => `<${pre}comments${attrs}>${added.join('')}</${pre}comments>`);
  zip.file(commentsPath, commentsXml, NO_FOLDERS);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes, ids, widened, removed };
}
