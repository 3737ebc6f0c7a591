/**
 * markers.ts matchLeadingMarker as it was before it read code units (issue 9: allocation per
 * analysis): the leading-marker patterns run with exec on the width-normalised first 16 units.
 * The oracle for test/engine/leading-marker-scan.test.ts.
 */
import { chineseToNumber, leadingSpace, normalizeWidth, type MarkerMatch } from '../../../src/engine/markers';
import type { MarkerKind } from '../../../src/engine/types';

const CN = '一二三四五六七八九十';
const CN_NUM = `[${CN}]{1,3}`;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PAREN_IDEOGRAPH = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';

interface Pattern {
  kind: MarkerKind;
  re: RegExp;
  value: (m: RegExpExecArray) => number | undefined;
}

const LEADING_BEFORE: readonly Pattern[] = [
  { kind: 'cn-paren', re: new RegExp(`^\\(\\s*(${CN_NUM})\\s*\\)`), value: (m) => chineseToNumber(m[1]) },
  { kind: 'cn-paren', re: new RegExp(`^([${PAREN_IDEOGRAPH}])`), value: (m) => PAREN_IDEOGRAPH.indexOf(m[1]) + 1 },
  { kind: 'arabic-paren', re: /^\(\s*(\d{1,2})\s*\)/, value: (m) => Number(m[1]) },
  { kind: 'cn-shi', re: new RegExp(`^(${CN_NUM})是(?!\\1[，,、；;。\\s])`), value: (m) => chineseToNumber(m[1]) },
  { kind: 'cn-di', re: new RegExp(`^第(${CN_NUM})[,、:：是]`), value: (m) => chineseToNumber(m[1]) },
  { kind: 'cn-dun', re: new RegExp(`^(${CN_NUM})\\s*(?:、(?![${CN}])|[.,:：](?![${CN}\\d]))`), value: (m) => chineseToNumber(m[1]) },
  // A month or a four-digit year after the dot leaves it a list number (markers.ts DATE_AFTER_DOT).
  { kind: 'arabic-dot', re: /^(\d{1,2})\s*(?:\.(?!\d)|\.(?=(?:1[0-2]|0?[1-9])月|\d{4}年)|、)/, value: (m) => Number(m[1]) },
  { kind: 'circled', re: new RegExp(`^([${CIRCLED}])`), value: (m) => CIRCLED.indexOf(m[1]) + 1 },
];

/** The marker at the start of `text` as the patterns found it (every pattern tried in order). */
export function matchLeadingMarkerBefore(text: string): MarkerMatch | undefined {
  const lead = leadingSpace(text);
  const t = normalizeWidth(text.slice(lead, lead + 16));
  for (const p of LEADING_BEFORE) {
    const m = p.re.exec(t);
    if (!m) continue;
    const value = p.value(m);
    if (!value) continue;
    return { marker: { kind: p.kind, value, raw: text.slice(lead, lead + m[0].length) }, length: lead + m[0].length + leadingSpace(t, m[0].length) };
  }
  return undefined;
}
