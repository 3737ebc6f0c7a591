/**
 * Fixes as data (textlint's model): helpers rules use to build `Fix` edits, and a pure function
 * that applies a fix to a paragraph list — used by `check --fix-preview` and by tests, and the
 * reference the Word and preview gateways are tested against.
 *
 * Coordinates: every offset in a `FixEdit` is a UTF-16 offset in `Paragraph.text` (the text the
 * reader gives, automatic numbering NOT included); paragraph numbers are 0-based indexes of the
 * paragraph list the fix was computed from. Rules think in effective text (listString + text);
 * `textEdit` converts.
 */
import type { Fix, FixEdit, FixSpan, Paragraph, SkeletonParagraph } from './types';
import { fixText } from './messages';
import { clip } from './text';
import { spanAfter } from './placeholder-spans';
import { PARAGRAPH_PLACES, type Places } from './places';

/**
 * A replacement of the span [effStart, effStart + length) of the paragraph's EFFECTIVE text by
 * `text`, as an edit in `Paragraph.text` with `expect` set to what the span holds now. Undefined
 * when the span lies (partly) in the automatic number, which is no text a host can edit.
 */
export function textEdit(p: Paragraph, effStart: number, length: number, text: string): FixEdit | undefined {
  const start = effStart - (p.listString?.length ?? 0);
  if (start < 0 || length < 0 || start + length > p.text.length) return undefined;
  return { paragraph: p.index, start, length, text, expect: p.text.slice(start, start + length) };
}

/**
 * Apply heading level `level` (1..9) to paragraph `p` without changing its text: the span is the
 * whole paragraph, `text` and `expect` are its current text, so a tool that only knows text edits
 * applies a harmless identity edit, and the host can verify the paragraph is unchanged.
 */
export function styleEdit(p: Paragraph, level: number): FixEdit {
  return { paragraph: p.index, start: 0, length: p.text.length, text: p.text, expect: p.text, style: level };
}

/**
 * New paragraphs after paragraph `anchor` (in this order), each with its level. `expect` is the
 * anchor's whole current text: the fix is withdrawn when the anchor changed.
 */
export function newParagraphEdits(anchor: Paragraph, items: SkeletonParagraph[]): FixEdit[] {
  return items.map((s) => ({ paragraph: anchor.index, start: 0, length: 0, text: s.text, newParagraphAfter: true, level: s.level, expect: anchor.text }));
}

/** One fix holding all edits of several (e.g. "全部应用" over every unstyled heading). */
export function combineFixes(label: string, fixes: Fix[]): Fix {
  return { label, edits: fixes.flatMap((f) => f.edits) };
}

/** A paragraph as the applier sees it: text and heading level (0 or undefined = body text). */
export interface EditableParagraph {
  text: string;
  level?: number;
}

export type ApplyProblem = 'changed' | 'invalid';

export type ApplyResult =
  | {
      ok: true;
      paragraphs: EditableParagraph[];
      /** For each new paragraph list entry, the index it had before, or -1 when the fix added it. */
      origin: number[];
    }
  | { ok: false; problem: ApplyProblem; edit: FixEdit };

/** Is the edit a change of existing text (or style), as opposed to a new paragraph? */
export function isInPlace(e: FixEdit): boolean {
  return !e.newParagraphAfter;
}

/**
 * Check every edit of `fix` against `paragraphs` without changing anything: each span must lie
 * in its paragraph and hold `expect` (a new paragraph's anchor must hold `expect` in full); in-place
 * spans of one paragraph must not overlap. Returns the first failing edit.
 */
export function verifyFix(paragraphs: readonly EditableParagraph[], fix: Fix): { ok: true } | { ok: false; problem: ApplyProblem; edit: FixEdit } {
  const spans = new Map<number, [number, number][]>();
  for (const e of fix.edits) {
    const p = paragraphs[e.paragraph];
    if (!p || !Number.isInteger(e.start) || !Number.isInteger(e.length) || e.start < 0 || e.length < 0) return { ok: false, problem: 'invalid', edit: e };
    if (e.newParagraphAfter || e.deleteParagraph) {
      if (e.expect !== undefined && p.text !== e.expect) return { ok: false, problem: 'changed', edit: e };
      if (e.deleteParagraph && fix.edits.some((x) => x !== e && x.paragraph === e.paragraph)) return { ok: false, problem: 'invalid', edit: e };
      continue;
    }
    if (e.start + e.length > p.text.length) return { ok: false, problem: 'changed', edit: e };
    if (e.expect !== undefined && p.text.slice(e.start, e.start + e.length) !== e.expect) return { ok: false, problem: 'changed', edit: e };
    const list = spans.get(e.paragraph) ?? [];
    // A style edit spans the whole paragraph with identity text: it overlaps nothing it changes.
    if (!(e.style !== undefined && e.text === e.expect)) {
      for (const [s, l] of list) {
        const overlap = e.start < s + l && s < e.start + e.length;
        const sameInsertPoint = e.length === 0 && l === 0 && s === e.start;
        if (overlap || sameInsertPoint) return { ok: false, problem: 'invalid', edit: e };
      }
      list.push([e.start, e.length]);
    }
    spans.set(e.paragraph, list);
  }
  return { ok: true };
}

/**
 * Apply a fix to a paragraph list, all or nothing. Pure: returns a new list.
 *  - in-place edits replace their spans (applied from the end of each paragraph backwards, so
 *    offsets stay those of the original text; an insertion at the start of a replaced span goes
 *    before the replacement); a `style` sets the paragraph's level;
 *  - new paragraphs are added after their anchor, several after one anchor in the order given.
 * Nothing outside the spans changes. Fails ('changed') when a span no longer holds `expect`.
 */
export function applyFix(paragraphs: readonly EditableParagraph[], fix: Fix): ApplyResult {
  const check = verifyFix(paragraphs, fix);
  if (!check.ok) return check;
  const out: EditableParagraph[] = paragraphs.map((p) => ({ ...p }));
  const byParagraph = new Map<number, FixEdit[]>();
  const inserts = new Map<number, FixEdit[]>();
  const deletions = new Set<number>();
  for (const e of fix.edits) {
    if (e.deleteParagraph) {
      deletions.add(e.paragraph);
      continue;
    }
    const map = e.newParagraphAfter ? inserts : byParagraph;
    const list = map.get(e.paragraph) ?? [];
    list.push(e);
    map.set(e.paragraph, list);
  }
  for (const [i, edits] of byParagraph) {
    let text = out[i].text;
    const textEdits = edits.filter((e) => !(e.style !== undefined && e.text === e.expect)).sort((a, b) => b.start - a.start || b.length - a.length);
    for (const e of textEdits) text = text.slice(0, e.start) + e.text + text.slice(e.start + e.length);
    out[i].text = text;
    for (const e of edits) if (e.style !== undefined) out[i].level = e.style;
  }
  const origin = paragraphs.map((_, i) => i);
  // Anchors from the last backwards, so earlier indexes stay valid.
  for (const anchor of [...inserts.keys()].sort((a, b) => b - a)) {
    const fresh = inserts.get(anchor)!.map((e) => ({ text: e.text, level: e.level ?? 0 }));
    out.splice(anchor + 1, 0, ...fresh);
    origin.splice(anchor + 1, 0, ...fresh.map(() => -1));
  }
  for (let k = out.length - 1; k >= 0; k--) {
    if (origin[k] >= 0 && deletions.has(origin[k])) {
      out.splice(k, 1);
      origin.splice(k, 1);
    }
  }
  return { ok: true, paragraphs: out, origin };
}

/**
 * The fix that takes `fix` back, over the document `fix` produced from `before`: replaced spans
 * get their old text again, styles their old level (0 = body text), added paragraphs are deleted.
 * Undefined when `fix` does not apply to `before`. Applying `fix` then its inverse gives `before`
 * again (text and levels).
 */
export function inverseFix(before: readonly EditableParagraph[], fix: Fix): Fix | undefined {
  const r = applyFix(before, fix);
  if (!r.ok) return undefined;
  const edits: FixEdit[] = [];
  const now = (orig: number) => r.origin.indexOf(orig);
  const byParagraph = new Map<number, FixEdit[]>();
  for (const e of fix.edits) {
    if (e.newParagraphAfter || e.deleteParagraph) continue;
    const list = byParagraph.get(e.paragraph) ?? [];
    list.push(e);
    byParagraph.set(e.paragraph, list);
  }
  for (const [orig, list] of byParagraph) {
    const k = now(orig);
    if (k < 0) return undefined;
    const after = r.paragraphs[k].text;
    let delta = 0;
    let last: FixEdit | undefined;
    // Ascending, an insertion before a replacement at one offset (as applyFix places them).
    for (const e of [...list].sort((a, b) => a.start - b.start || a.length - b.length)) {
      const was = e.expect ?? before[orig].text.slice(e.start, e.start + e.length);
      // Identity edits (a style's, or text written over itself) need no taking back.
      if (e.text === was) continue;
      const start = e.start + delta;
      delta += e.text.length - e.length;
      // Spans that touch once the fix is applied become one edit: two deletions side by side would
      // otherwise be taken back by two insertions at one offset, which no applier accepts.
      if (last && last.start + last.length === start) {
        last.length += e.text.length;
        last.text += was;
        last.expect += e.text;
        continue;
      }
      last = { paragraph: k, start, length: e.text.length, text: was, expect: e.text };
      edits.push(last);
    }
    if (list.some((e) => e.style !== undefined)) edits.push({ paragraph: k, start: 0, length: after.length, text: after, expect: after, style: before[orig].level ?? 0 });
  }
  r.origin.forEach((o, k) => {
    if (o < 0) edits.push({ paragraph: k, start: 0, length: r.paragraphs[k].text.length, text: '', expect: r.paragraphs[k].text, deleteParagraph: true });
  });
  return { label: fix.label, edits };
}

/** The paragraphs of a fix's edits (anchors of new paragraphs included), ascending. */
export function fixParagraphs(fix: Fix): number[] {
  return [...new Set(fix.edits.map((e) => e.paragraph))].sort((a, b) => a - b);
}

/**
 * "全部应用" for a rule whose fixes are independent (unstyled-heading): every finding's fix of
 * `rule` joined into one, so the host applies them as one edit (one undo). Undefined with fewer
 * than two such fixes.
 */
export function ruleWideFix(findings: readonly { rule: string; fix?: Fix }[], rule: string, label: (n: number) => string): Fix | undefined {
  const fixes = findings.filter((f) => f.rule === rule && f.fix && f.fix.edits.length > 0).map((f) => f.fix!);
  return fixes.length >= 2 ? combineFixes(label(fixes.length), fixes) : undefined;
}

/** Shown in reports: a long text cut to `max` characters. */
function cut(s: string, max: number): string {
  return clip(s.replace(/\s*\n\s*/g, ' '), max);
}

/** Paragraphs a selecting fix's walk lists by number in its description: the first ones, distinct. */
const LISTED_SELECT_PARAGRAPHS = 8;

/**
 * editSelectNext for a walk over `selections` (in document order): a reader of the text report
 * sees where every placeholder is, not only the first (the pane walks them with the fix).
 */
function selectNext(first: number, selections: readonly FixSpan[], places: Places): string {
  const paragraphs: number[] = [];
  let listedSpans = 0;
  for (const s of selections) {
    if (paragraphs[paragraphs.length - 1] === s.paragraph) {
      listedSpans++;
      continue;
    }
    if (paragraphs.length === LISTED_SELECT_PARAGRAPHS) break;
    paragraphs.push(s.paragraph);
    listedSpans++;
  }
  return fixText.editSelectNext(places.at(first), paragraphs.length > 1 ? places.list(paragraphs) : '', selections.length - listedSpans);
}

/**
 * One line describing a fix in Chinese: its label and its edits (before → after), at most `maxEdits`
 * of them. `places` says where (places.ts: 第8段, or 第8行 in a text file; paragraph numbers by default).
 */
export function describeFix(fix: Fix, maxEdits = 3, places: Places = PARAGRAPH_PLACES): string {
  return fixText.reportFix(fix.label, describeEdits(fix, maxEdits, places));
}

/**
 * What a fix changes, without its label: "「四是」→「三是」；第8段后插入「…」" (at most `maxEdits`
 * edits, then "等 N 处"); '' for a fix with no edits and no selection. `places` as for describeFix.
 */
export function describeEdits(fix: Fix, maxEdits = 3, places: Places = PARAGRAPH_PLACES): string {
  const parts: string[] = [];
  if (fix.select) parts.push(fix.selections && fix.selections.length > 1 ? selectNext(fix.select.paragraph, fix.selections, places) : fixText.editSelect(places.at(fix.select.paragraph)));
  let shown = 0;
  for (let i = 0; i < fix.edits.length && shown < maxEdits; i++, shown++) {
    const e = fix.edits[i];
    if (e.newParagraphAfter) {
      // A run of new paragraphs after one anchor reads as one insertion.
      let j = i;
      while (j + 1 < fix.edits.length && fix.edits[j + 1].newParagraphAfter && fix.edits[j + 1].paragraph === e.paragraph) j++;
      const texts = fix.edits.slice(i, j + 1).map((x) => cut(x.text, 30));
      parts.push(fixText.editNewParagraph(places.after(e.paragraph), texts.join('／')));
      i = j;
    } else if (e.style !== undefined && e.text === e.expect) parts.push(fixText.editStyle(places.at(e.paragraph), e.style));
    else if (e.length === 0) parts.push(fixText.editInsert(cut(e.text, 30)));
    else parts.push(fixText.editReplace(cut(e.expect ?? '', 30), cut(e.text, 30)));
  }
  const described = parts.length - (fix.select ? 1 : 0);
  if (described < countGroups(fix.edits)) parts.push(fixText.moreEdits(fix.edits.length));
  return parts.join('；');
}

/** Edits counted as the report shows them: a run of new paragraphs after one anchor is one. */
function countGroups(edits: FixEdit[]): number {
  let n = 0;
  edits.forEach((e, i) => {
    const prev = edits[i - 1];
    if (!(e.newParagraphAfter && prev?.newParagraphAfter && prev.paragraph === e.paragraph)) n++;
  });
  return n;
}

/**
 * The span a selecting fix (`Fix.select`, the placeholder rule) selects next: the first of
 * `fix.selections` that starts after `after` (a paragraph index and a UTF-16 offset in its
 * `Paragraph.text`: the end of the current selection, or of the span selected last), wrapping to
 * the first; `fix.select` when `after` is absent or the fix lists no `selections`. Undefined for a
 * fix that selects nothing.
 */
export function nextSelection(fix: Fix, after?: { paragraph: number; offset: number }): FixSpan | undefined {
  const all = fix.selections?.length ? fix.selections : fix.select ? [fix.select] : [];
  if (!all.length) return undefined;
  if (!after) return fix.select ?? all[0];
  return spanAfter(all, after);
}

/** A paragraph longer than this (UTF-16 units) is shown in a preview by its changed spans only. */
export const PREVIEW_LONG = 100;
/** Units of unchanged text shown either side of a change in a long paragraph. */
const PREVIEW_AROUND = 20;

/**
 * The changed spans of long paragraph `old` (its text edits `edits`, offsets into it) with
 * PREVIEW_AROUND units either side, cut with "…": [old view, new view]. Edits whose windows meet
 * are one span; spans are joined with "…". Undefined when the edits do not apply as text edits.
 */
function changedSpans(old: string, edits: readonly FixEdit[]): [string, string] | undefined {
  const own = edits.filter((e) => !e.newParagraphAfter && !e.deleteParagraph && !(e.style !== undefined && e.text === e.expect)).sort((a, b) => a.start - b.start);
  if (!own.length) return undefined;
  const windows: { a: number; b: number; edits: FixEdit[] }[] = [];
  for (const e of own) {
    const a = Math.max(0, e.start - PREVIEW_AROUND);
    const b = Math.min(old.length, e.start + e.length + PREVIEW_AROUND);
    const last = windows[windows.length - 1];
    if (last && a <= last.b) {
      last.b = Math.max(last.b, b);
      last.edits.push(e);
    } else windows.push({ a, b, edits: [e] });
  }
  let before = '';
  let after = '';
  let at = 0;
  for (const w of windows) {
    const gap = w.a > at ? '…' : '';
    before += gap;
    after += gap;
    let k = w.a;
    for (const e of w.edits) {
      if (e.start < k) return undefined;
      before += old.slice(k, e.start + e.length);
      after += old.slice(k, e.start) + e.text;
      k = e.start + e.length;
    }
    before += old.slice(k, w.b);
    after += old.slice(k, w.b);
    at = w.b;
  }
  if (at < old.length) {
    before += '…';
    after += '…';
  }
  return [before, after];
}

/**
 * A unified before/after view of one fix applied to `paragraphs`: changed paragraphs as "- old" /
 * "+ new" (a heading level as 〔标题 N〕), new paragraphs as "+", and `context` unchanged paragraphs
 * around each change as "  ". Paragraph numbers are 1-based in the text shown to people.
 * A paragraph longer than PREVIEW_LONG units is not printed whole (a 400-unit run-in paragraph
 * twice over hid a one-word change): a changed one shows its changed spans with some units around
 * them, a context one its first units (after the change) or last units (before it).
 */
export function fixPreview(paragraphs: readonly EditableParagraph[], fix: Fix, context = 1): string[] {
  const r = applyFix(paragraphs, fix);
  if (!r.ok) return [fixText.previewWithdrawn];
  const show = (p: EditableParagraph) => (p.level ? fixText.previewStyle(p.level) : '') + p.text;
  const styleOf = (p: EditableParagraph) => (p.level ? fixText.previewStyle(p.level) : '');
  // Each line of the new document: changed (with its old text) or the same.
  const rows: { old?: EditableParagraph; origin: number; now: EditableParagraph; changed: boolean }[] = r.paragraphs.map((now, k) => {
    const o = r.origin[k];
    if (o < 0) return { now, origin: o, changed: true };
    const old = paragraphs[o];
    return { old, origin: o, now, changed: old.text !== now.text || (old.level ?? 0) !== (now.level ?? 0) };
  });
  const keep = new Set<number>();
  rows.forEach((row, k) => {
    if (!row.changed) return;
    for (let j = k - context; j <= k + context; j++) if (j >= 0 && j < rows.length) keep.add(j);
  });
  const firstChange = rows.findIndex((row) => row.changed);
  const out: string[] = [];
  let last = -1;
  for (const k of [...keep].sort((a, b) => a - b)) {
    if (last >= 0 && k > last + 1) out.push('  …');
    const row = rows[k];
    if (!row.changed) {
      const t = row.now.text;
      const cut = t.length <= PREVIEW_LONG ? t : k < firstChange ? `…${t.slice(t.length - PREVIEW_AROUND * 2)}` : `${t.slice(0, PREVIEW_AROUND * 2)}…`;
      out.push(`  ${styleOf(row.now)}${cut}`);
    } else if (row.old && row.old.text.length > PREVIEW_LONG) {
      const spans = row.old.text === row.now.text ? undefined : changedSpans(row.old.text, fix.edits.filter((e) => e.paragraph === row.origin));
      if (spans) {
        out.push(`- ${styleOf(row.old)}${spans[0]}`);
        out.push(`+ ${styleOf(row.now)}${spans[1]}`);
      } else if (row.old.text === row.now.text) {
        // Only the style changes: the paragraph once, by its opening words.
        out.push(`- ${styleOf(row.old)}${row.old.text.slice(0, PREVIEW_AROUND * 2)}…`);
        out.push(`+ ${styleOf(row.now)}${row.now.text.slice(0, PREVIEW_AROUND * 2)}…`);
      } else {
        out.push(`- ${show(row.old)}`);
        out.push(`+ ${show(row.now)}`);
      }
    } else {
      if (row.old) out.push(`- ${show(row.old)}`);
      out.push(`+ ${show(row.now)}`);
    }
    last = k;
  }
  return out;
}
