/** Small text helpers shared by the outline, the aspect mapping and the rules. */
import type { PartRole } from './types';
import type { Template } from './template';
import { stripLeadingMarker } from './markers';

/**
 * `s` without the trailing characters in `set`. A loop, not /[…]+$/: that pattern is quadratic on
 * a long run of those characters followed by anything else (every start in the run re-reads it).
 */
export function trimEndChars(s: string, set: string): string {
  let e = s.length;
  while (e > 0 && set.includes(s[e - 1])) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** Heading text as matched against template wording: no spaces, quotes or closing punctuation. */
export function stripForMatch(s: string): string {
  return trimEndChars(s.replace(/[\s\u3000*#]/g, '').replace(/["'“”‘’「」『』]/g, ''), '。：:；;，,、！!？?');
}

export interface PartPatterns {
  /** All patterns in one: a heading that fails it is no part heading, without trying each. */
  any: RegExp;
  roles: { role: PartRole; res: RegExp[] }[];
}

const compiled = new WeakMap<Template, PartPatterns>();

export function partPatterns(template: Template): PartPatterns {
  let c = compiled.get(template);
  if (!c) {
    const all = template.parts.flatMap((p) => p.patterns);
    c = {
      any: new RegExp(all.map((s) => `(?:${s})`).join('|')),
      roles: template.parts.map((p) => ({ role: p.role, res: p.patterns.map((s) => new RegExp(s)) })),
    };
    compiled.set(template, c);
  }
  return c;
}

function isWordChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Character bigrams of `s` as numbers (first code × 65536 + second), within CJK/alphanumeric runs. */
export function bigramKeys(s: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    if (isWordChar(a) && isWordChar(b)) out.add(a * 65536 + b);
  }
  return out;
}

/** Writing hints in brackets, example cues, punctuation and spaces: what a placeholder may contain besides its dots. */
const PLACEHOLDER_NOISE = /[（(][^）)]*[）)]|比如|例如|[\s\u3000，,。．.：:；;、“”"'‘’!！?？]/g;

/**
 * A skeleton's unfilled item: nothing but "……"/"××" once the number, bracketed hints ("（写明
 *具体措施、完成时限和责任人）"), 比如 and punctuation are set aside.
 */
export function isPlaceholder(text: string): boolean {
  if (!/[…⋯×＿_]/.test(text)) return false;
  return /^[…⋯×xX＿_某]*$/.test(stripLeadingMarker(text).replace(PLACEHOLDER_NOISE, ''));
}

/** The start of a paragraph's text, for excerpts. */
export function excerpt(s: string, max = 40): string {
  // Only the start is shown: cut before cleaning, so a long paragraph costs nothing.
  const t = s.slice(0, max + 40).replace(/\s*\n\s*/g, ' ').trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}
