/**
 * Small text helpers shared by the linking code: the heading sentence of an item, sentence
 * splitting, and normalisation of full-width digits.
 */
import type { OutlineNode } from '../types';
import { SENTENCE_BREAK, trimEndChars, wordEndWithin } from '../text';
import { matchBareItemNumeral, matchFirstBareItemNumeral, stripLeadingMarker } from '../markers';

/** Longest heading sentence we take from a body when the node has no shorter heading. */
const MAX_HEAD = 80;


/** The item's heading sentence: `node.heading` when it is a real run-in heading, else the body's first sentence. */
export function headOf(node: Pick<OutlineNode, 'heading' | 'body'>): string {
  const heading = node.heading ?? '';
  const body = node.body ?? '';
  if (heading && heading.length < body.length && heading.length <= MAX_HEAD * 2) return heading;
  return firstSentence(body || heading);
}

/**
 * The first sentence of `text` with its end (。！？；!?; or a line break), at most MAX_HEAD units.
 * Its end is found by a table read a unit (a pattern's exec made a match array a call).
 */
export function firstSentence(text: string): string {
  // An end at or past MAX_HEAD cuts nowhere else than MAX_HEAD: only the units before it are read.
  let end = text.length;
  for (let i = 0, n = Math.min(text.length, MAX_HEAD); i < n; i++) {
    if (SENTENCE_BREAK[text.charCodeAt(i)] !== 0) {
      end = i + 1;
      break;
    }
  }
  return text.slice(0, Math.min(end, MAX_HEAD));
}

/** Split into sentences at 。！？；and line breaks, keeping the terminator. Linear. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '。' || c === '！' || c === '？' || c === '；' || c === '!' || c === '?' || c === ';' || c === '\n') {
      if (i + 1 > start) out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Every full-width ASCII form (module constants, not literals in the function: a literal makes a RegExp object each time it runs). */
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E]/g;

/** Full-width digits and letters to ASCII, so one set of patterns serves both. */
const FULL_WIDTH = /[\uFF05\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (c) => {
    const code = c.charCodeAt(0);
    // Keep full-width Chinese punctuation that carries meaning (（）：，；！？) as is; map digits/letters/%.
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || code === 0xff05) {
      return String.fromCharCode(code - 0xfee0);
    }
    return c;
  });
}

/**
 * Drop a leading item number (一是, 1., （一）, 第一，) so a message shows what the item says; also
 * one typed without 是, which the outline reads as the item's number (outline.ts bareItems): a
 * numeral and a space ("三 对环评审批…", "一 学习不深…"), or 二 to 十 and a mark ("三，斗争精神不足").
 */
export function stripMarker(text: string): string {
  const t = stripLeadingMarker(text).trimStart();
  if (t.length !== text.trimStart().length) return t;
  const bare = matchFirstBareItemNumeral(t) ?? matchBareItemNumeral(t, BARE_VALUES);
  return bare ? t.slice(bare.length) : t;
}

/** Item numbers 二 to 十 that matchBareItemNumeral may read at the start of a name (一 is due only first: a space after it). */
const BARE_VALUES = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/** White space runs (module constants, not literals in the function: a literal makes a RegExp object each time it runs). */
const SPACES = /\s+/g;

/**
 * A short name of an item for the coverage table and the previous-year list: marker and closing
 * punctuation dropped; longer than `max` (UTF-16 code units), cut where a word ends (cutAtWord)
 * and marked "…" (发挥不够充… became 发挥不够…).
 */
export function itemName(head: string, max = 20): string {
  const t = trimEndChars(stripMarker(head), '。：:；;，,！!？?').replace(SPACES, '');
  return t.length > max ? trimEndChars(cutAtWord(t, max, false), '。：:；;，,、！!？?“"‘（(《的') + '…' : t;
}

/**
 * `t` cut to at most `max` code units where a clause or word ends: at the last clause mark
 * (，；, and 、 when `atList`) within `max` that leaves 6 or more, else where a word ends
 * (Intl.Segmenter, zh; at least 4 code units), else at `max`. The mark itself is left out.
 */
export function cutAtWord(t: string, max: number, atList = true): string {
  if (t.length <= max) return t;
  const head = t.slice(0, max + 1);
  const clause = Math.max(head.lastIndexOf('，'), atList ? head.lastIndexOf('、') : -1, head.lastIndexOf('；'), head.lastIndexOf(','), head.lastIndexOf(';'));
  if (clause >= 6) return t.slice(0, clause);
  const stop = wordEndWithin(t, max);
  return stop >= 4 ? t.slice(0, stop) : t.slice(0, max);
}
