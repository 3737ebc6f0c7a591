/**
 * Dismissals: findings the writer decided to leave ("忽略此条", with an optional reason) and rules
 * the document is not checked against ("本文档不检查此规则"). Stored with the document — Office
 * document settings under the key `duizhao.dismissals` (in a .docx, the web-extension part Word
 * writes for the add-in) — so a reviewer opening the same file sees what was dismissed and why.
 *
 * A finding is identified by its rule, a hash of its paragraph's text and the words it points at:
 * when the paragraph's text changes, the dismissal no longer matches and the finding comes back.
 * Pure: no Office, no file system.
 */
import type { Finding, Paragraph } from './types';

/** The document settings key. */
export const DISMISSALS_KEY = 'duizhao.dismissals';

/** One dismissed finding. */
export interface FindingDismissal {
  rule: string;
  /** FNV-1a (32 bit, hex) of the paragraph's text (`Paragraph.text`). */
  hash: string;
  /** The words the finding pointed at ('' for a whole-paragraph finding). */
  span: string;
  /** Why, in the writer's words (optional). */
  reason?: string;
  /** For the list of dismissed findings: the message and paragraph excerpt when dismissed. */
  message?: string;
  excerpt?: string;
  /** When, ISO 8601. */
  at?: string;
}

/** A rule switched off for this document. */
export interface RuleDismissal {
  rule: string;
  reason?: string;
  at?: string;
}

/** What is stored under `duizhao.dismissals` (JSON). */
export interface Dismissals {
  version: 1;
  findings: FindingDismissal[];
  rules: RuleDismissal[];
}

export const NO_DISMISSALS: Dismissals = { version: 1, findings: [], rules: [] };

/** FNV-1a, 32 bit, as 8 hex digits. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The identity of a finding: rule, paragraph text hash, the words it points at. */
export function findingIdentity(f: Finding, paragraphs: readonly Paragraph[]): { rule: string; hash: string; span: string } {
  const text = paragraphs[f.paragraph]?.text ?? '';
  const span = f.start !== undefined && f.length !== undefined ? text.slice(f.start, f.start + f.length) : '';
  return { rule: f.rule, hash: textHash(text), span };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Read a stored value leniently: anything that is not the expected shape counts as no
 * dismissals, and unknown fields are dropped (a document may have been edited by hand).
 */
export function parseDismissals(value: unknown): Dismissals {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return NO_DISMISSALS;
    }
  }
  if (!v || typeof v !== 'object') return NO_DISMISSALS;
  const o = v as { findings?: unknown; rules?: unknown };
  const findings: FindingDismissal[] = Array.isArray(o.findings)
    ? o.findings.flatMap((x) => {
        const d = x as Record<string, unknown>;
        const rule = str(d?.rule);
        const hash = str(d?.hash);
        if (!rule || !hash) return [];
        const out: FindingDismissal = { rule, hash, span: str(d.span) ?? '' };
        for (const k of ['reason', 'message', 'excerpt', 'at'] as const) if (str(d[k])) out[k] = str(d[k]);
        return [out];
      })
    : [];
  const rules: RuleDismissal[] = Array.isArray(o.rules)
    ? o.rules.flatMap((x) => {
        const d = x as Record<string, unknown>;
        const rule = str(d?.rule);
        if (!rule) return [];
        const out: RuleDismissal = { rule };
        if (str(d.reason)) out.reason = str(d.reason);
        if (str(d.at)) out.at = str(d.at);
        return [out];
      })
    : [];
  return { version: 1, findings, rules };
}

/** A finding left out of the list, with what dismissed it. */
export interface DismissedFinding {
  finding: Finding;
  by: 'finding' | 'rule';
  reason?: string;
}

/** Split findings into those still shown and those dismissed (by themselves or by their rule). */
export function applyDismissals(findings: readonly Finding[], paragraphs: readonly Paragraph[], d: Dismissals): { active: Finding[]; dismissed: DismissedFinding[] } {
  const rules = new Map(d.rules.map((r) => [r.rule, r]));
  const keys = new Map(d.findings.map((x) => [`${x.rule}\u0000${x.hash}\u0000${x.span}`, x]));
  const active: Finding[] = [];
  const dismissed: DismissedFinding[] = [];
  for (const f of findings) {
    const r = rules.get(f.rule);
    if (r) {
      dismissed.push({ finding: f, by: 'rule', ...(r.reason ? { reason: r.reason } : {}) });
      continue;
    }
    // Nothing dismissed one by one: no identity (a hash of the paragraph) to compute for each finding.
    if (keys.size === 0) {
      active.push(f);
      continue;
    }
    const id = findingIdentity(f, paragraphs);
    const x = keys.get(`${id.rule}\u0000${id.hash}\u0000${id.span}`);
    if (x) dismissed.push({ finding: f, by: 'finding', ...(x.reason ? { reason: x.reason } : {}) });
    else active.push(f);
  }
  return { active, dismissed };
}

/** The store with one more dismissed finding (replacing an equal one). */
export function dismissFinding(d: Dismissals, f: Finding, paragraphs: readonly Paragraph[], reason?: string, at?: string): Dismissals {
  const id = findingIdentity(f, paragraphs);
  const rest = d.findings.filter((x) => !(x.rule === id.rule && x.hash === id.hash && x.span === id.span));
  const entry: FindingDismissal = { ...id, message: f.message, excerpt: f.excerpt, ...(reason?.trim() ? { reason: reason.trim() } : {}), ...(at ? { at } : {}) };
  return { ...d, findings: [...rest, entry] };
}

/** The store with a rule switched off for the document. */
export function dismissRule(d: Dismissals, rule: string, reason?: string, at?: string): Dismissals {
  return { ...d, rules: [...d.rules.filter((r) => r.rule !== rule), { rule, ...(reason?.trim() ? { reason: reason.trim() } : {}), ...(at ? { at } : {}) }] };
}

/** The store without the dismissal of this finding (or, with `rule`, of this rule). */
export function restore(d: Dismissals, what: { finding: Finding; paragraphs: readonly Paragraph[] } | { rule: string }): Dismissals {
  if ('rule' in what) return { ...d, rules: d.rules.filter((r) => r.rule !== what.rule) };
  const id = findingIdentity(what.finding, what.paragraphs);
  return { ...d, findings: d.findings.filter((x) => !(x.rule === id.rule && x.hash === id.hash && x.span === id.span)) };
}
