/**
 * The DocumentGateway over Office.js — the only code that talks to Word. Everything stays within
 * WordApi 1.3 except Paragraph.uniqueLocalId and Document.getParagraphByUniqueLocalId (WordApi
 * 1.6), which are used only when `isSetSupported('WordApi', '1.6')` says so.
 *
 * Office globals are reached through an injected `OfficeHost` (see capabilities.ts), so tests run
 * this file against a fake Word without Office.
 */
import type { Fix, Paragraph, SkeletonParagraph } from '../engine/types';
import type { DocumentGateway, GatewayResult, HostCapabilities, InsertResult, ParagraphRef } from './gateway';
import { detectCapabilities, officeHost, type OfficeHost } from './capabilities';
import { cleanText, textHash } from './clean';
import { describeError, failure, GatewayError, refusedWrite, ROLLBACK_MESSAGES } from './errors';
import { applyFixInContext } from './fixes';
import { buildSearchQuery, pickCandidate } from './locate';

/** What one paragraph looks like after the single read sync (the fields we load). */
interface LoadedParagraph {
  text: string;
  style?: string;
  styleBuiltIn?: string;
  outlineLevel?: number;
  isListItem?: boolean;
  tableNestingLevel?: number;
  uniqueLocalId?: string;
  listItemOrNullObject?: { isNullObject?: boolean; listString?: string };
  /** Row and column of the innermost table cell, when in a table. */
  cell?: { row: number; column: number };
}

/** How far up nested bodies (table cells in table cells) we follow to find the story. */
const MAX_BODY_DEPTH = 6;
/** How far up nested content controls we look for a locked one. */
const MAX_CONTROL_DEPTH = 4;
/** At most this many search hits are checked when looking a paragraph up by its text. */
const MAX_SEARCH_CANDIDATES = 50;

/** Heading level 1..9 from a built-in style name ("Heading1" … "Heading9"). */
export function headingLevelOf(styleBuiltIn: string | undefined): number | undefined {
  const m = /^Heading([1-9])$/i.exec(styleBuiltIn ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Word's outline level: 1..9 for outline levels, 10 (wdOutlineLevelBodyText) for body text. */
export function outlineLevelOf(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9 ? value : undefined;
}

/** Map one loaded Word paragraph to the engine's Paragraph. */
export function toParagraph(p: LoadedParagraph, index: number, readList: boolean): Paragraph {
  const out: Paragraph = { index, text: cleanText(p.text) };
  if (p.style) out.styleName = p.style;
  const heading = headingLevelOf(p.styleBuiltIn);
  if (heading !== undefined) out.headingLevel = heading;
  const outline = outlineLevelOf(p.outlineLevel);
  if (outline !== undefined) out.outlineLevel = outline;
  if ((p.tableNestingLevel ?? 0) > 0) out.inTable = true;
  if (out.inTable && p.cell) out.cell = { table: 0, row: p.cell.row, column: p.cell.column };
  if (readList && p.isListItem) {
    const li = p.listItemOrNullObject;
    const listString = li && !li.isNullObject ? cleanText(li.listString) : '';
    if (listString) out.listString = listString;
  }
  if (p.uniqueLocalId) out.id = p.uniqueLocalId;
  return out;
}

/**
 * Word gives a cell's row and column but no table identity: a new table starts where table text
 * begins after body text, or where the row number goes back.
 */
export function numberTables(paragraphs: Paragraph[]): Paragraph[] {
  let table = -1;
  let prev: Paragraph | undefined;
  for (const p of paragraphs) {
    if (p.cell) {
      if (!prev?.cell || p.cell.row < prev.cell.row) table++;
      p.cell.table = table;
    }
    prev = p;
  }
  return paragraphs;
}

/** The built-in style for a skeleton paragraph's level. */
function styleFor(level: number): Word.BuiltInStyleName {
  // String values of Word.BuiltInStyleName ("Heading1" … "Heading9", "Normal"); the enum object
  // itself is not referenced so this file loads without Office.
  const name = level >= 1 && level <= 9 ? `Heading${level}` : 'Normal';
  return name as Word.BuiltInStyleName;
}

type Story = 'main' | 'header-footer' | 'note' | 'unknown';

function storyOf(type: string | undefined): Story {
  switch (type) {
    case 'MainDoc':
    case 'Section':
    case 'TableCell':
      return 'main';
    case 'Header':
    case 'Footer':
      return 'header-footer';
    case 'Footnote':
    case 'Endnote':
    case 'NoteItem':
      return 'note';
    default:
      return 'unknown';
  }
}

/** The paragraph properties every read loads (WordApi 1.1–1.3). */
const PARAGRAPH_FIELDS = {
  text: true,
  style: true,
  styleBuiltIn: true,
  outlineLevel: true,
  isListItem: true,
  tableNestingLevel: true,
} as const;

/** The values of PARAGRAPH_FIELDS after the sync (reading any property not loaded would throw). */
function loadedFields(p: Word.Paragraph) {
  return {
    text: p.text,
    style: p.style,
    styleBuiltIn: p.styleBuiltIn,
    outlineLevel: p.outlineLevel,
    isListItem: p.isListItem,
    tableNestingLevel: p.tableNestingLevel,
  };
}

export class OfficeGateway implements DocumentGateway {
  private readonly host: OfficeHost;

  constructor(host: OfficeHost = officeHost()) {
    this.host = host;
  }

  async capabilities(): Promise<HostCapabilities> {
    return detectCapabilities(this.host);
  }

  /**
   * The whole body in ONE sync: the paragraph collection is loaded with the scalar properties
   * and, through the collection's load options, each item's `listItemOrNullObject/listString`
   * (a navigation property loaded for every item without first knowing the items). On hosts that
   * reject part of that load (uniqueLocalId needs a Microsoft 365 subscription), the read is
   * retried without it; only as a last resort list strings are fetched in a second sync.
   */
  async read(): Promise<Paragraph[]> {
    const caps = detectCapabilities(this.host);
    if (!caps.wordApi13) throw new GatewayError('unsupported');
    let lastError: unknown;
    // With paragraph ids where the host has them, then without.
    for (const withId of caps.wordApi16 ? [true, false] : [false]) {
      try {
        return await this.host.run((context) => this.readOnce(context, withId));
      } catch (e) {
        lastError = e;
      }
    }
    try {
      return await this.host.run((context) => this.readListsSeparately(context));
    } catch (e) {
      const d = describeError(e ?? lastError);
      throw new GatewayError(d.problem, d.message, d.code);
    }
  }

  private async readOnce(context: Word.RequestContext, withId: boolean): Promise<Paragraph[]> {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load({
      ...PARAGRAPH_FIELDS,
      listItemOrNullObject: { listString: true },
      parentTableCellOrNullObject: { rowIndex: true, cellIndex: true },
      ...(withId ? { uniqueLocalId: true } : {}),
    });
    await context.sync();
    // Copy out only what was loaded: reading any other property of a proxy throws.
    return numberTables(
      paragraphs.items.map((p, i) => {
        const li = p.listItemOrNullObject;
        const cell = p.parentTableCellOrNullObject;
        const loaded: LoadedParagraph = {
          ...loadedFields(p),
          uniqueLocalId: withId ? p.uniqueLocalId : undefined,
          listItemOrNullObject: p.isListItem && !li.isNullObject ? { isNullObject: false, listString: li.listString } : undefined,
          cell: p.tableNestingLevel > 0 && !cell.isNullObject ? { row: cell.rowIndex, column: cell.cellIndex } : undefined,
        };
        return toParagraph(loaded, i, true);
      }),
    );
  }

  /** Fallback: scalars in one sync, then list strings of the list items in a second one. */
  private async readListsSeparately(context: Word.RequestContext): Promise<Paragraph[]> {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load(PARAGRAPH_FIELDS);
    await context.sync();
    const items = paragraphs.items;
    const listItems = new Map<number, Word.ListItem>();
    items.forEach((p, i) => {
      if (p.isListItem) {
        const li = p.listItemOrNullObject;
        li.load('listString');
        listItems.set(i, li);
      }
    });
    if (listItems.size > 0) await context.sync();
    return items.map((p, i) => {
      const li = listItems.get(i);
      const loaded: LoadedParagraph = {
        ...loadedFields(p),
        listItemOrNullObject: li ? { isNullObject: li.isNullObject, listString: li.isNullObject ? '' : li.listString } : undefined,
      };
      return toParagraph(loaded, i, true);
    });
  }

  /**
   * Select a paragraph and scroll it into view: by uniqueLocalId (WordApi 1.6), else by index
   * verified with a text hash, else by searching for its text.
   */
  async select(ref: ParagraphRef): Promise<GatewayResult<void>> {
    const caps = detectCapabilities(this.host);
    if (!caps.wordApi13) return failure('unsupported');
    try {
      return await this.host.run(async (context) => {
        if (ref.id && caps.wordApi16) {
          try {
            context.document.getParagraphByUniqueLocalId(ref.id).select('Select');
            await context.sync();
            return { ok: true as const, value: undefined };
          } catch {
            // stale id (another session) or not available here: fall through to the index
          }
        }

        if (Number.isInteger(ref.index) && ref.index >= 0) {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load({ text: true, $top: 1, $skip: ref.index });
          await context.sync();
          const items = paragraphs.items;
          // A host that ignores $top/$skip returns every paragraph: index into it instead.
          const candidate = items.length === 1 ? items[0] : items[ref.index];
          if (candidate && textHash(candidate.text) === textHash(ref.text)) {
            candidate.select('Select');
            await context.sync();
            return { ok: true as const, value: undefined };
          }
        }

        const query = buildSearchQuery(ref.text);
        if (!query) return failure<void>('not-found');
        const hits = context.document.body.search(query, { matchCase: true, matchWildcards: false });
        hits.load('text');
        await context.sync();
        if (hits.items.length === 0) return failure<void>('not-found');
        const owners = hits.items.slice(0, MAX_SEARCH_CANDIDATES).map((hit) => {
          const owner = hit.paragraphs.getFirst();
          owner.load('text');
          return owner;
        });
        await context.sync();
        const best = pickCandidate(ref.text, owners.map((o) => o.text));
        owners[best].select('Select');
        await context.sync();
        return { ok: true as const, value: undefined };
      });
    } catch (e) {
      return failure<void>(e);
    }
  }

  /**
   * Insert skeleton paragraphs at the cursor without replacing or splitting anything typed:
   *  - non-empty selection: after the paragraph where the selection ends;
   *  - collapsed cursor in a paragraph with no content at all (no text — not even a space, NBSP,
   *    zero-width character, tab or break —, no inline picture; not a list item, not in a table):
   *    fill that paragraph;
   *  - cursor in any other paragraph: after that paragraph;
   *  - in a table (nested or not): after the outermost table;
   *  - header, footer, footnote/endnote, a locked content control at either end of the selection,
   *    read-only document: nothing is changed and the reason is returned.
   * Headings get built-in heading styles (Heading1.. — shown as "标题 1" in Chinese Word); body
   * placeholders get Normal. Syncs: one to look at the cursor, one to read where it is and the
   * body as it is, one to write.
   * All or nothing: when the write fails part-way, the paragraphs it added are found by comparing
   * the body with the one read before and deleted (a filled empty paragraph is emptied again), and
   * the message says so. Returns where the text went: `after` = 0-based index of the paragraph
   * it follows, or `at: 'cursor'` when it filled the empty paragraph at the cursor.
   */
  async insert(paragraphs: SkeletonParagraph[]): Promise<GatewayResult<InsertResult>> {
    const caps = detectCapabilities(this.host);
    if (!caps.wordApi13) return failure('unsupported');
    if (!caps.editable) return failure('read-only');
    const items = paragraphs.filter((p) => typeof p.text === 'string');
    if (items.length === 0) return { ok: true, value: { inserted: 0 } };

    try {
      return await this.host.run(async (context) => {
        const selection = context.document.getSelection();
        selection.load('isEmpty');
        const last = selection.paragraphs.getLast();
        last.load({ text: true, isListItem: true, tableNestingLevel: true, styleBuiltIn: true });
        const pictures = last.inlinePictures;
        pictures.load('width');

        const bodies: Word.Body[] = [selection.parentBody];
        for (let i = 1; i < MAX_BODY_DEPTH; i++) bodies.push(bodies[i - 1].parentBodyOrNullObject);
        for (const b of bodies) b.load('type');

        // A locked control at either end of the selection (one may start outside and end inside it).
        const controls: Word.ContentControl[] = [];
        for (const end of [selection, selection.getRange('Start'), selection.getRange('End')]) {
          let c = end.parentContentControlOrNullObject;
          for (let i = 0; i < MAX_CONTROL_DEPTH; i++) {
            c.load('cannotEdit');
            controls.push(c);
            c = c.parentContentControlOrNullObject;
          }
        }
        await context.sync();

        // The story is the outermost body: a table cell's body sits inside the body holding the table.
        const outermost = bodies.filter((b) => !b.isNullObject).pop();
        let story = storyOf(outermost?.type);
        if (story === 'unknown') story = await this.storyByLocation(context, selection);
        if (story === 'header-footer') return failure<InsertResult>('in-header-footer');
        if (story === 'note') return failure<InsertResult>('in-footnote');
        if (controls.some((c) => !c.isNullObject && c.cannotEdit)) {
          return failure<InsertResult>('locked-content-control');
        }

        // Where the selection ends, as a paragraph count from the start of the body, and the body
        // as it is now (to find exactly what this insertion added if it has to be taken back).
        const upTo = context.document.body.getRange('Start').expandTo(selection.getRange('End')).paragraphs;
        upTo.load('text');
        const body = context.document.body.paragraphs;
        body.load('text');
        await context.sync();
        const before = body.items.map((p) => p.text);
        const lastIndex = upTo.items.length - 1;
        const nesting = last.tableNestingLevel ?? 0;
        const reuse = nesting === 0 && selection.isEmpty && last.text === '' && pictures.items.length === 0 && !last.isListItem;
        let current: Word.Paragraph;
        let detach = false;
        let where: InsertResult;
        if (nesting > 0) {
          let table = last.parentTable;
          for (let level = nesting; level > 1; level--) table = table.parentTable;
          current = table.insertParagraph(items[0].text, 'After');
          where = { inserted: items.length, at: 'after-table' };
        } else if (reuse) {
          last.insertText(items[0].text, 'Start');
          current = last;
          where = { inserted: items.length, at: 'cursor' };
        } else {
          current = last.insertParagraph(items[0].text, 'After');
          // A paragraph inserted after a list item would join the list: keep it out.
          detach = Boolean(last.isListItem);
          where = { inserted: items.length, at: 'after-paragraph', after: lastIndex };
        }
        const format = (p: Word.Paragraph, level: number) => {
          p.styleBuiltIn = styleFor(level);
          if (detach) p.detachFromList();
        };
        format(current, items[0].level);
        for (let i = 1; i < items.length; i++) {
          current = current.insertParagraph(items[i].text, 'After');
          format(current, items[i].level);
        }
        try {
          await context.sync();
        } catch (error) {
          const undone = await this.takeBackInsert(context, before, items.map((x) => x.text), reuse ? String(last.styleBuiltIn) : undefined);
          if (undone === 'nothing' && refusedWrite(error)) return failure<InsertResult>('read-only', ROLLBACK_MESSAGES.viewing);
          const d = describeError(error);
          return failure<InsertResult>(d.problem, (undone ? ROLLBACK_MESSAGES.rolledBack : ROLLBACK_MESSAGES.notRolledBack)(d.message));
        }
        return { ok: true as const, value: where };
      });
    } catch (e) {
      return failure<InsertResult>(e);
    }
  }

  /**
   * After a failed insert: read the body again and take away exactly what this insertion added —
   * the run of new paragraphs between the unchanged start and end of the body, checked against
   * the texts that were being inserted (and a filled empty paragraph emptied, its style put back).
   * 'nothing' when the body is as before; false when what changed is not what was being inserted.
   */
  private async takeBackInsert(context: Word.RequestContext, before: string[], texts: string[], reusedStyle: string | undefined): Promise<boolean | 'nothing'> {
    try {
      const body = context.document.body.paragraphs;
      body.load('text');
      await context.sync();
      const now = body.items.map((p) => p.text);
      let head = 0;
      while (head < before.length && head < now.length && before[head] === now[head]) head++;
      let tail = 0;
      while (tail < before.length - head && tail < now.length - head && before[before.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
      const added = now.slice(head, now.length - tail);
      const replaced = before.slice(head, before.length - tail);
      if (added.length === 0 && replaced.length === 0) return 'nothing';
      // The filled empty paragraph, if any, is the first of the run: it was '' before.
      const filled = reusedStyle !== undefined && replaced.length === 1 && replaced[0] === '' && added[0] === texts[0];
      const fresh = filled ? added.slice(1) : added;
      const expected = filled ? texts.slice(1, 1 + fresh.length) : texts.slice(0, fresh.length);
      if ((!filled && replaced.length !== 0) || fresh.some((t, i) => t !== expected[i])) return false;
      const items = body.items.slice(head, now.length - tail);
      if (filled) {
        items[0].insertText('', 'Replace');
        items[0].styleBuiltIn = reusedStyle as Word.BuiltInStyleName;
      }
      for (const p of filled ? items.slice(1) : items) p.delete();
      await context.sync();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Apply a fix as one checked edit (see fixes.ts): one read that verifies every span, one search
   * sync when text spans are edited, one write. Read-only documents and Viewing mode are refused
   * before anything is written (a write error of those modes maps to the read-only message).
   */
  async applyFix(fix: Fix): Promise<GatewayResult<{ undo: Fix }>> {
    const caps = detectCapabilities(this.host);
    if (!caps.wordApi13) return failure('unsupported');
    if (!caps.editable) return failure('read-only');
    if (fix.edits.length === 0) return { ok: true, value: { undo: { label: fix.label, edits: [] } } };
    try {
      const outcome = await this.host.run((context) => applyFixInContext(context, fix));
      if (outcome.ok) return { ok: true, value: { undo: outcome.undo } };
      if (outcome.reason !== 'failed') return outcome.reason === 'changed' ? failure('changed') : failure('changed', ROLLBACK_MESSAGES.unlocatable);
      if (outcome.wroteNothing && refusedWrite(outcome.error)) return failure('read-only', ROLLBACK_MESSAGES.viewing);
      const d = describeError(outcome.error);
      return failure(d.problem, (outcome.rolledBack ? ROLLBACK_MESSAGES.rolledBack : ROLLBACK_MESSAGES.notRolledBack)(d.message));
    } catch (e) {
      return failure(e);
    }
  }

  async readSetting<T>(key: string): Promise<T | undefined> {
    const settings = this.host.settings?.();
    if (!settings) return undefined;
    try {
      const value = settings.get(key);
      return value === null || value === undefined ? undefined : (value as T);
    } catch {
      return undefined;
    }
  }

  /** Sets the value and saves the settings into the document (one `saveAsync`). */
  async writeSetting(key: string, value: unknown): Promise<GatewayResult<void>> {
    const settings = this.host.settings?.();
    if (!settings) return failure('unsupported');
    try {
      settings.set(key, value === undefined ? null : value);
      const saved = await new Promise<{ status: string }>((resolve) => settings.saveAsync(resolve));
      return saved.status === 'succeeded' ? { ok: true, value: undefined } : failure('unknown');
    } catch (e) {
      return failure(e);
    }
  }

  private async storyByLocation(context: Word.RequestContext, selection: Word.Range): Promise<Story> {
    try {
      const relation = selection.compareLocationWith(context.document.body.getRange('Whole'));
      await context.sync();
      switch (relation.value) {
        case 'Inside':
        case 'InsideStart':
        case 'InsideEnd':
        case 'Equal':
          return 'main';
        default:
          return 'note';
      }
    } catch {
      return 'note';
    }
  }
}

/** The gateway over the real Office.js globals. */
export function createOfficeGateway(host?: OfficeHost): DocumentGateway {
  return new OfficeGateway(host);
}
