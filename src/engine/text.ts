/** Small text helpers shared by the outline, the aspect mapping and the rules. */
import type { PartRole } from './types';
import type { Template } from './template';

/** Heading text as matched against template wording: no spaces, quotes or closing punctuation. */
export function stripForMatch(s: string): string {
  return s
    .replace(/[\s\u3000*#]/g, '')
    .replace(/["'“”‘’「」『』]/g, '')
    .replace(/[。：:；;，,、！!？?]+$/, '');
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

/** One regular expression for a list of literal terms, longest first (so the longest wins at a position). */
export function termsPattern(terms: string[]): RegExp {
  const sorted = [...new Set(terms)].filter(Boolean).sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'g');
}

/** Character bigrams of the CJK/alphanumeric runs of `s` (punctuation breaks a run). */
export function bigrams(s: string): string[] {
  const out: string[] = [];
  for (const run of s.split(/[^\u4e00-\u9fffA-Za-z0-9]+/)) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** Occurrences of `term` in `text`, capped. */
export function countOccurrences(text: string, term: string, cap = Infinity): number {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0 && n < cap; i = text.indexOf(term, i + term.length)) n++;
  return n;
}

/** The start of a paragraph's text, for excerpts. */
export function excerpt(s: string, max = 40): string {
  const t = s.trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}
