/**
 * A document that opens with its own outline — a list of its headings, with or without page
 * numbers (a table of contents typed or pasted as text, or Word's TOC lines read as text) —
 * before the body. The outline's lines are not the structure: they would double every part and
 * aspect. Found for every host alike (.txt/.md, the preview, the Word pane).
 *
 * The outline is a run of at least three consecutive numbered lines near the top (after at
 * most a few title lines and a "目录" line), each short and heading-like, optionally ending in a
 * page number after dots or spaces; and at least two thirds of them (and at least three) must
 * appear again later as headings of the body. Linear in the number of paragraphs.
 */
import type { Paragraph } from './types';
import { trimEndChars } from './text';
import { DATE_AFTER_DOT } from './markers';

const ENTRY_MARKER = new RegExp(`^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+(?:[、．.](?!\\d)|[、．.](?=${DATE_AFTER_DOT}))|第[一二三四五六七八九十]+[部分章节])`);
/** Dot leaders and spaces, and the digits of a page number, that may end an outline line. */
const LEADERS = ' \t\n\r\u3000\u00a0.·…．_-—';
const DIGITS = '0123456789';

/**
 * An outline line without its page number and the dot leaders before it (by hand: a regex for
 * "leaders, digits, spaces at the end" is quadratic on a long run of leaders inside a line).
 */
function withoutPageTrailer(s: string): string {
  let t = trimEndChars(s, LEADERS);
  const digits = t.length - trimEndChars(t, DIGITS).length;
  if (digits > 0 && digits <= 4) t = t.slice(0, t.length - digits);
  return trimEndChars(t, LEADERS);
}
const CONTENTS = /^目\s*录$|^目次$/;
const MAX_TITLE_LINES = 4;
const MAX_ENTRY_CHARS = 70;

function textOf(p: Paragraph): string {
  return ((p.listString ?? '') + p.text).trim();
}

/** The comparable form of a heading: no spaces, no page number, no trailing punctuation. */
function key(s: string): string {
  return trimEndChars(withoutPageTrailer(s).replace(/[\s\u3000]/g, ''), '。：:；;，,');
}

/** Indexes of the paragraphs that are the document's leading outline (empty when there is none). */
export function leadingOutline(paragraphs: Paragraph[]): Set<number> {
  let i = 0;
  const n = paragraphs.length;
  let titles = 0;
  let contents = -1;
  // Title lines (and a 目录 line) before the outline.
  while (i < n) {
    const t = textOf(paragraphs[i]);
    if (t === '') {
      i++;
      continue;
    }
    if (CONTENTS.test(t.replace(/[\s\u3000]/g, ''))) {
      contents = i++;
      continue;
    }
    if (ENTRY_MARKER.test(t) || titles >= MAX_TITLE_LINES) break;
    titles++;
    i++;
  }
  const entries: Array<{ index: number; key: string }> = [];
  const byKey = new Map<string, number>();
  for (; i < n; i++) {
    const t = textOf(paragraphs[i]);
    if (t === '') continue;
    if (t.length > MAX_ENTRY_CHARS || !ENTRY_MARKER.test(t) || /[。！？!?]./.test(t)) break;
    const k = key(t);
    // The first heading written again: the body starts here.
    if (byKey.has(k)) break;
    byKey.set(k, entries.length);
    entries.push({ index: paragraphs[i].index, key: k });
  }
  if (entries.length < 3) return new Set();
  const matched = new Set<number>();
  for (; i < n; i++) {
    const t = textOf(paragraphs[i]);
    if (t === '') continue;
    // The heading as written in the body: the whole paragraph, or its head up to a sentence end.
    const whole = key(t);
    const head = key(t.split(/[。；;]/)[0]);
    const k = byKey.get(whole) ?? byKey.get(head);
    if (k !== undefined) matched.add(k);
  }
  if (matched.size < 3 || matched.size * 3 < entries.length * 2) return new Set();
  const out = new Set(entries.map((e) => e.index));
  if (contents >= 0) out.add(paragraphs[contents].index);
  return out;
}

/** The paragraphs with a leading outline's lines emptied (indexes kept), or the same array. */
export function withoutLeadingOutline(paragraphs: Paragraph[]): Paragraph[] {
  const outline = leadingOutline(paragraphs);
  if (outline.size === 0) return paragraphs;
  return paragraphs.map((p) => (outline.has(p.index) ? { index: p.index, text: '' } : p));
}
