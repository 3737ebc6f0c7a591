/**
 * Fixes in Word (Office.js, WordApi 1.3): one read that checks every span, then one write.
 *
 *  1. Read (ONE sync): every body paragraph's text, style and list/table facts. The texts are
 *     cleaned as the reader cleans them, so the fix's offsets (UTF-16 in `Paragraph.text`) mean
 *     the same; each edit's span must still hold its `expect` (engine `verifyFix`), else nothing
 *     is written ('changed').
 *  2. Locate (one sync, only when text spans are edited): Word has no character offsets, so each
 *     span is found with `Paragraph.search` inside its own paragraph — the k-th occurrence of its
 *     text, k counted in the cleaned text; if Word finds a different number of occurrences than
 *     the cleaned text holds, the fix is withdrawn rather than guess. An insertion inside a text
 *     is placed after a search hit of the characters before it.
 *  3. Write (ONE sync): `insertText(…, 'Replace')` on the found sub-ranges only (from the end of
 *     a paragraph backwards), `styleBuiltIn` for heading styles, `insertParagraph(…, 'After')` for
 *     new paragraphs (taken out of a list they would join), `delete()` for paragraphs an undo fix
 *     takes away. Text outside the spans is never rewritten.
 *
 * Headings inserted among headings Word numbers with a list (`FixEdit.list`): the list's id and the
 * sibling's level and indentation are read first (one more sync), and the new heading is written
 * without its typed number and joined to that list with `attachToList` (WordApi 1.3), so Word
 * numbers it and renumbers the headings after it. `attachToList` does not carry the level's
 * indentation (OfficeDev/office-js#6524), so the sibling's is copied. Where the list cannot be
 * read, or Word refuses to join it (the write fails and is taken back), the heading is written
 * with the typed number in the list's form instead, and the outcome says so (`typedNumbers`).
 *
 * Undo: Office.js has no way to group changes into one undo record (no UndoRecord; see
 * OfficeDev/office-js#1827, closed in 2021 with no plans). The write is one batch, which Word
 * usually records together, but Word does not promise one Ctrl+Z for it; so every applied fix
 * also returns its inverse fix (engine `inverseFix`), which the pane offers as 撤销 and which is
 * applied the same checked way. A paragraph whose custom style a heading-style fix replaced gets
 * that style back by name (`restoreStyle`), not 正文.
 *
 * Failure part-way through the write (Word runs a batch in order and stops at the first failing
 * operation, keeping the ones before it): the document is read again, the prefix of edits that
 * took effect is identified by simulating prefixes on the text read in step 1, and its inverse is
 * written. If that is not possible the message says so and asks for Ctrl+Z.
 */
import type { Fix, FixEdit } from '../engine/types';
import { applyFix, inverseFix, verifyFix, type EditableParagraph } from '../engine/fix';
import { cleanText } from './clean';
import { escapeAndLimit, MAX_SEARCH_LENGTH } from './locate';

/** Heading level (1..9) from a built-in style name, 0 for anything else. */
function levelOf(styleBuiltIn: string | undefined): number {
  const m = /^Heading([1-9])$/i.exec(styleBuiltIn ?? '');
  return m ? Number(m[1]) : 0;
}

function styleName(level: number): Word.BuiltInStyleName {
  return (level >= 1 && level <= 9 ? `Heading${level}` : 'Normal') as Word.BuiltInStyleName;
}

/**
 * Where a heading joins a Word list: the list's id, the 0-based level of the sibling heading it
 * follows (ListItem.level), and that sibling's indentation in points.
 */
export interface ListJoin {
  id: number;
  level: number;
  leftIndent: number;
  firstLineIndent: number;
}

/**
 * `fix` as this host writes it: each list heading (`FixEdit.list`) without its typed number when
 * it joins the list (`join`), or with it and without the list mark when it does not.
 */
export function listVariant(fix: Fix, join: boolean): Fix {
  if (!fix.edits.some((e) => e.list)) return fix;
  return {
    ...fix,
    edits: fix.edits.map((e) => {
      if (!e.list) return e;
      if (join && e.text.startsWith(e.list.typed)) return { ...e, text: e.text.slice(e.list.typed.length) };
      const { list: _dropped, ...typed } = e;
      return typed;
    }),
  };
}

/**
 * The lists the list headings of `fix` join, by sibling paragraph (one sync). Undefined when a
 * sibling is no longer a list item or Word cannot give its list (the caller types the numbers).
 */
async function readListJoins(context: Word.RequestContext, items: Word.Paragraph[], state: ReadParagraph[], fix: Fix): Promise<Map<number, ListJoin> | undefined> {
  const likes = [...new Set(fix.edits.filter((e) => e.newParagraphAfter && e.list).map((e) => e.list!.like))];
  if (likes.some((k) => !state[k]?.isListItem)) return undefined;
  try {
    const probes = likes.map((k) => {
      const p = items[k];
      const item = p.listItemOrNullObject;
      item.load('level');
      const list = p.listOrNullObject;
      list.load('id');
      p.load({ leftIndent: true, firstLineIndent: true });
      return { k, p, item, list };
    });
    await context.sync();
    const out = new Map<number, ListJoin>();
    for (const { k, p, item, list } of probes) {
      if (item.isNullObject || list.isNullObject) return undefined;
      out.set(k, { id: list.id, level: item.level, leftIndent: p.leftIndent, firstLineIndent: p.firstLineIndent });
    }
    return out;
  } catch {
    return undefined;
  }
}

/** What the read gives about each paragraph. */
export interface ReadParagraph extends EditableParagraph {
  isListItem: boolean;
  inTable: boolean;
  /** The paragraph style's name as Word gives it (localized, or a custom style's own name). */
  style?: string;
  /** Word's built-in style id ("Normal", "Heading2", "Other" for a custom style). */
  styleBuiltIn?: string;
}

/**
 * Style names an undo fix gives back, by its style edits: a fix that set a heading style on a
 * paragraph with a custom style ("仿宋小标题") is taken back to that style by name, not to 正文
 * (a `FixEdit` only knows levels). Filled when a fix is applied; read when its undo is written.
 */
const restoreStyle = new WeakMap<FixEdit, string>();

/** Step 1: all body paragraphs, in one sync. */
export async function readForFix(context: Word.RequestContext): Promise<{ items: Word.Paragraph[]; state: ReadParagraph[] }> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load({ text: true, style: true, styleBuiltIn: true, isListItem: true, tableNestingLevel: true });
  await context.sync();
  const items = paragraphs.items;
  return {
    items,
    state: items.map((p) => ({
      text: cleanText(p.text),
      level: levelOf(p.styleBuiltIn),
      isListItem: p.isListItem,
      inTable: p.tableNestingLevel > 0,
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
    })),
  };
}

/** Start offsets of the non-overlapping occurrences of `needle` in `text`, left to right (as Word's search finds them). */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

/** Characters of context searched before an insertion point inside a paragraph. */
const INSERT_CONTEXT = 16;

/** Is the edit a style change that leaves the text as it is? */
const styleOnly = (e: FixEdit) => e.style !== undefined && e.text === e.expect;
/** Does the edit change existing text (a search is needed to find its span)? */
const textChange = (e: FixEdit) => !e.newParagraphAfter && !e.deleteParagraph && !styleOnly(e) && e.text !== e.expect;

/**
 * The edits in the order they are written: text changes of each paragraph from its end backwards
 * (a replacement before an insertion at the same offset), then styles, new paragraphs, deletions.
 * Rollback simulates prefixes of this order.
 */
export function writeOrder(fix: Fix): FixEdit[] {
  const text = fix.edits.filter(textChange).sort((a, b) => a.paragraph - b.paragraph || b.start - a.start || b.length - a.length);
  const style = fix.edits.filter((e) => e.style !== undefined && !e.newParagraphAfter);
  const fresh = fix.edits.filter((e) => e.newParagraphAfter);
  const gone = fix.edits.filter((e) => e.deleteParagraph);
  return [...text, ...style, ...fresh, ...gone];
}

type Located = { edit: FixEdit; at: 'range'; range: Word.Range } | { edit: FixEdit; at: 'start' | 'end' } | { edit: FixEdit; at: 'after'; range: Word.Range };

/** Step 2: find every text span inside its paragraph. Undefined when Word's hits do not match the read text. */
async function locate(context: Word.RequestContext, items: Word.Paragraph[], state: ReadParagraph[], edits: FixEdit[]): Promise<Located[] | undefined> {
  const pending: { edit: FixEdit; hits: Word.RangeCollection; want: number; count: number; at: 'range' | 'after' }[] = [];
  const out: Located[] = [];
  for (const e of edits) {
    if (!textChange(e)) continue;
    const text = state[e.paragraph].text;
    if (e.length > 0) {
      const needle = text.slice(e.start, e.start + e.length);
      const all = occurrences(text, needle);
      const query = escapeAndLimit(needle, MAX_SEARCH_LENGTH);
      if (query.length !== needle.length + (needle.match(/\^/g)?.length ?? 0) || !all.includes(e.start)) return undefined;
      const hits = items[e.paragraph].search(query, { matchCase: true, matchWildcards: false });
      hits.load('text');
      pending.push({ edit: e, hits, want: all.indexOf(e.start), count: all.length, at: 'range' });
    } else if (e.start === 0) out.push({ edit: e, at: 'start' });
    else if (e.start === text.length) out.push({ edit: e, at: 'end' });
    else {
      const before = text.slice(Math.max(0, e.start - INSERT_CONTEXT), e.start);
      const all = occurrences(text, before).map((s) => s + before.length);
      if (!all.includes(e.start)) return undefined;
      const hits = items[e.paragraph].search(escapeAndLimit(before), { matchCase: true, matchWildcards: false });
      hits.load('text');
      pending.push({ edit: e, hits, want: all.indexOf(e.start), count: all.length, at: 'after' });
    }
  }
  if (pending.length) await context.sync();
  for (const p of pending) {
    if (p.hits.items.length !== p.count) return undefined;
    out.push({ edit: p.edit, at: p.at, range: p.hits.items[p.want] } as Located);
  }
  return out;
}

/** Step 3: queue every edit in write order, then one sync. */
async function write(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  state: ReadParagraph[],
  order: FixEdit[],
  located: Located[],
  keepList?: ReadonlySet<FixEdit>,
  joins?: ReadonlyMap<number, ListJoin>,
): Promise<void> {
  const where = new Map(located.map((l) => [l.edit, l]));
  // New paragraphs after one anchor follow each other: the next goes after the last one added
  // (and takes its list membership, as Word's insertParagraph does).
  const lastAdded = new Map<number, { paragraph: Word.Paragraph; inList: boolean }>();
  for (const e of order) {
    const p = items[e.paragraph];
    if (e.newParagraphAfter) {
      const prev = lastAdded.get(e.paragraph);
      const added = (prev?.paragraph ?? p).insertParagraph(e.text, 'After');
      added.styleBuiltIn = styleName(e.level ?? 0);
      let inList = prev ? prev.inList : state[e.paragraph].isListItem;
      if (inList && !keepList?.has(e)) {
        added.detachFromList();
        inList = false;
      }
      const join = e.list ? joins?.get(e.list.like) : undefined;
      if (join) {
        // attachToList fails on a list item: the paragraph is out of any list here.
        added.attachToList(join.id, join.level);
        added.leftIndent = join.leftIndent;
        added.firstLineIndent = join.firstLineIndent;
        inList = true;
      }
      lastAdded.set(e.paragraph, { paragraph: added, inList });
    } else if (e.deleteParagraph) {
      p.delete();
    } else if (styleOnly(e)) {
      setStyle(p, e);
    } else if (textChange(e)) {
      const l = where.get(e)!;
      if (l.at === 'start') p.insertText(e.text, 'Start');
      else if (l.at === 'end') p.insertText(e.text, 'End');
      else if (l.at === 'after') l.range.insertText(e.text, 'After');
      else if (l.at === 'range' && e.text === '') l.range.delete();
      else if (l.at === 'range') l.range.insertText(e.text, 'Replace');
      if (e.style !== undefined) setStyle(p, e);
    }
  }
  await context.sync();
}

/** The style edit `e` on paragraph `p`: a heading level by built-in style, or the style an undo gives back by name. */
function setStyle(p: Word.Paragraph, e: FixEdit): void {
  const name = restoreStyle.get(e);
  if (name !== undefined) p.style = name;
  else p.styleBuiltIn = styleName(e.style!);
}

/**
 * Remember, for each style edit of `undo` (the inverse of `fix` over `state`), the style name the
 * paragraph had before `fix` when it was not a built-in heading or 正文 (a custom or other
 * built-in style), so the undo restores that style and not just a level.
 */
function rememberStyles(state: readonly ReadParagraph[], fix: Fix, undo: Fix): void {
  const r = applyFix(state, fix);
  if (!r.ok) return;
  for (const e of undo.edits) {
    if (e.style === undefined || e.deleteParagraph) continue;
    const orig = r.origin[e.paragraph];
    const was = orig !== undefined && orig >= 0 ? state[orig] : undefined;
    if (was?.style && was.styleBuiltIn !== undefined && levelOf(was.styleBuiltIn) === 0 && was.styleBuiltIn !== 'Normal') restoreStyle.set(e, was.style);
  }
}

/** How a fix attempt ended. */
export type FixOutcome =
  /** `typedNumbers`: list headings written with typed numbers because Word could not join its list. */
  | { ok: true; undo: Fix; typedNumbers?: string[] }
  | { ok: false; reason: 'changed' | 'unlocatable' }
  /** `wroteNothing`: the first write already failed (Viewing mode and read-only refusals look like this). */
  | { ok: false; reason: 'failed'; error: unknown; rolledBack: boolean; wroteNothing: boolean };

/** Locate and write `fix` over a state read in this context. */
async function locateAndWrite(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  state: ReadParagraph[],
  fix: Fix,
  keepList?: ReadonlySet<FixEdit>,
  joins?: ReadonlyMap<number, ListJoin>,
): Promise<'unlocatable' | undefined> {
  const order = writeOrder(fix);
  const located = await locate(context, items, state, order);
  if (!located) return 'unlocatable';
  await write(context, items, state, order, located, keepList, joins);
  return undefined;
}

/**
 * The edits that put back the paragraphs `fix` deleted (deleteParagraph) from `before`, over the
 * document `fix` gave: each deleted paragraph again after the nearest paragraph before it that is
 * still there, with its text and heading level, in its old order. `keepList` holds the edits
 * whose paragraph was a list item: the new paragraph stays in the list of the paragraph it
 * follows (Word's insertParagraph carries the list over) instead of being taken out of it, so
 * automatic numbers come back as they were. Undefined when it cannot be done faithfully: the fix
 * does not apply to `before`, it also adds paragraphs, or the first paragraph was deleted.
 */
export function restoreDeletions(before: readonly ReadParagraph[], fix: Fix): { fix: Fix; keepList: Set<FixEdit> } | undefined {
  if (fix.edits.some((e) => e.newParagraphAfter)) return undefined;
  const r = applyFix(before, fix);
  if (!r.ok) return undefined;
  const nowOf = new Map<number, number>();
  r.origin.forEach((o, k) => {
    if (o >= 0) nowOf.set(o, k);
  });
  const edits: FixEdit[] = [];
  const keepList = new Set<FixEdit>();
  const deleted = fix.edits.filter((e) => e.deleteParagraph).map((e) => e.paragraph).sort((a, b) => a - b);
  for (const d of deleted) {
    let anchor = d - 1;
    while (anchor >= 0 && !nowOf.has(anchor)) anchor--;
    if (anchor < 0) return undefined;
    const k = nowOf.get(anchor)!;
    const e: FixEdit = { paragraph: k, start: 0, length: 0, text: before[d].text, newParagraphAfter: true, level: before[d].level ?? 0, expect: r.paragraphs[k].text };
    edits.push(e);
    if (before[d].isListItem && before[anchor].isListItem) keepList.add(e);
  }
  return { fix: { label: fix.label, edits }, keepList };
}

/**
 * Apply `fix` inside one Word.run: read and verify, locate, write; on a failed write, take back
 * whatever part of it took effect.
 */
export async function applyFixInContext(context: Word.RequestContext, asGiven: Fix): Promise<FixOutcome> {
  const { items, state } = await readForFix(context);
  if (!verifyFix(state, asGiven).ok) return { ok: false, reason: 'changed' };
  const typedNumbers = asGiven.edits.flatMap((e) => (e.newParagraphAfter && e.list ? [e.list.typed] : []));
  if (typedNumbers.length) {
    // Headings that join Word's list: written without their typed number, once the list is known.
    const joins = await readListJoins(context, items, state, asGiven);
    const typed = listVariant(asGiven, false);
    if (!joins) return withTypedNumbers(await writeChecked(context, items, state, typed), typedNumbers);
    const joined = await writeChecked(context, items, state, listVariant(asGiven, true), joins);
    // Word refused to join (the write failed there and was taken back whole): type the numbers instead.
    if (!joined.ok && joined.reason === 'failed' && joined.rolledBack && refusedJoin(joined.error)) {
      const again = await readForFix(context);
      if (verifyFix(again.state, typed).ok) return withTypedNumbers(await writeChecked(context, again.items, again.state, typed), typedNumbers);
    }
    return joined;
  }
  return writeChecked(context, items, state, asGiven);
}

/**
 * Did Word refuse to join a list? An Office error raised by attachToList (its debugInfo names
 * where it failed), or the API missing on this host (ApiNotFound / NotImplemented).
 */
export function refusedJoin(error: unknown): boolean {
  const e = error as { code?: string; debugInfo?: { errorLocation?: string } } | undefined;
  if (!e || typeof e !== 'object') return false;
  return /attachToList/i.test(e.debugInfo?.errorLocation ?? '') || e.code === 'ApiNotFound' || e.code === 'NotImplemented';
}

function withTypedNumbers(outcome: FixOutcome, typedNumbers: string[]): FixOutcome {
  return outcome.ok ? { ...outcome, typedNumbers } : outcome;
}

/** Verify-free part of applyFixInContext: the undo, then locate and write, taking back a failed write. */
async function writeChecked(context: Word.RequestContext, items: Word.Paragraph[], state: ReadParagraph[], fix: Fix, joins?: ReadonlyMap<number, ListJoin>): Promise<FixOutcome> {
  // New paragraphs inside a table cell would land in the cell: the engine offers none there.
  if (fix.edits.some((e) => e.newParagraphAfter && state[e.paragraph].inTable)) return { ok: false, reason: 'unlocatable' };
  const undo = inverseFix(state, fix);
  if (!undo) return { ok: false, reason: 'changed' };
  rememberStyles(state, fix, undo);
  try {
    if ((await locateAndWrite(context, items, state, fix, undefined, joins)) === 'unlocatable') return { ok: false, reason: 'unlocatable' };
    return { ok: true, undo };
  } catch (error) {
    const back = await rollBack(context, state, fix);
    return { ok: false, reason: 'failed', error, rolledBack: back !== false, wroteNothing: back === 'nothing' };
  }
}

/**
 * Take back a written prefix that deleted paragraphs: put the deleted paragraphs back first
 * (restoreDeletions: list items rejoin their list, so no automatic number is lost), then read
 * again and take back the other edits (inverseFix), then read once more to confirm the document
 * is as it was read before the fix. Runs only after a failed write.
 */
async function restoreThenInvert(
  context: Word.RequestContext,
  before: ReadParagraph[],
  partial: Fix,
  items: Word.Paragraph[],
  state: ReadParagraph[],
): Promise<boolean> {
  const restore = restoreDeletions(before, partial);
  if (!restore) return false;
  if ((await locateAndWrite(context, items, state, restore.fix, restore.keepList)) !== undefined) return false;
  const rest: Fix = { label: partial.label, edits: partial.edits.filter((e) => !e.deleteParagraph) };
  if (rest.edits.length > 0) {
    const inverse = inverseFix(before, rest);
    if (!inverse) return false;
    const again = await readForFix(context);
    if ((await locateAndWrite(context, again.items, again.state, inverse)) !== undefined) return false;
  }
  const final = await readForFix(context);
  return (
    final.state.length === before.length &&
    final.state.every((p, i) => p.text === before[i].text && p.level === before[i].level && p.isListItem === before[i].isListItem)
  );
}

/**
 * After a failed write: read again, find the prefix of the write order whose effect the text
 * shows (the longest, so styles written with it are restored too), and write its inverse.
 * True when the document is back as it was read.
 */
async function rollBack(context: Word.RequestContext, before: ReadParagraph[], fix: Fix): Promise<boolean | 'nothing'> {
  try {
    const { items, state } = await readForFix(context);
    const now = state.map((p) => p.text);
    const order = writeOrder(fix);
    for (let k = order.length; k >= 0; k--) {
      const partial: Fix = { label: fix.label, edits: order.slice(0, k) };
      const sim = applyFix(before, partial);
      if (!sim.ok || sim.paragraphs.length !== now.length || sim.paragraphs.some((p, i) => p.text !== now[i])) continue;
      if (k === 0) return 'nothing'; // nothing took effect
      if (partial.edits.some((e) => e.deleteParagraph)) return await restoreThenInvert(context, before, partial, items, state);
      const inverse = inverseFix(before, partial);
      if (!inverse) return false;
      rememberStyles(before, partial, inverse);
      return (await locateAndWrite(context, items, state, inverse)) === undefined;
    }
    return false;
  } catch {
    return false;
  }
}
