/**
 * The DocumentGateway over Office.js — the only code that talks to Word. The full path uses
 * WordApi 1.3; Paragraph.uniqueLocalId and Document.getParagraphByUniqueLocalId (WordApi 1.6)
 * only when `isSetSupported('WordApi', '1.6')` says so; on WordApi 1.1/1.2 hosts (volume-licensed
 * Word 2016) a reduced path uses only 1.1 members (see capabilities.ts for what degrades).
 *
 * Office globals are reached through an injected `OfficeHost` (see capabilities.ts), so tests run
 * this file against a fake Word without Office.
 */
import type { Fix, Paragraph, SkeletonParagraph } from '../engine/types';
import type { DocumentChange, DocumentGateway, GatewayResult, HostCapabilities, InsertedBlock, InsertResult, ParagraphRef, TextSpan } from './gateway';
import { findInsertedRun } from './inserted';
import { nextPlaceholder } from './placeholders';
import { detectCapabilities, headingLevelOfStyleName, officeHost, styleNameFor, type OfficeHost } from './capabilities';
import { cleanText, textHash } from './clean';
import { describeError, failure, GatewayError, refusedWrite, ROLLBACK_MESSAGES } from './errors';
import { buildSearchQuery, escapeAndLimit, MAX_SEARCH_LENGTH, pickCandidate, spanOccurrence } from './locate';
import type { ReadNotes } from './gateway';
import { possiblyDeletedParagraphs } from './reviewed';
import { toWordPlace, toWordFix, toWordRef, toWordSpan, unwrapWordParagraphs, type UnwrapMap, type WordEnd } from '../engine/readers/joined';
import type { PaneComment } from './deliverables';

/** Notes of a read that found nothing to say. */
const NO_NOTES: ReadNotes = { trackedChanges: false, mayIncludeDeleted: false, listStringsMissing: false, mayIncludeHidden: false };

/** What a read loads: each optional piece can be left out when the host fails on it. */
interface ReadPlan {
  /** Paragraph.uniqueLocalId (WordApi 1.6). */
  id: boolean;
  /** listItemOrNullObject/listString through the collection's load options. */
  lists: boolean;
  /** parentTableCellOrNullObject/cellIndex (rowIndex is always loaded). */
  cellIndex: boolean;
  /** Body.getReviewedText('Current' | 'Original') (WordApi 1.4). */
  reviewed: boolean;
  /** Paragraph.getText() (WordApi 1.7): the text without hidden and tracked-deleted text. */
  shownText: boolean;
  /** Body.font.hidden (WordApiDesktop 1.2): false when the body holds no hidden text. */
  hiddenProbe: boolean;
  /**
   * List strings in the second sync, for the list paragraphs no tracked deletion took away
   * (Word on the web, where loading one of those throws and would fail the whole read).
   */
  listsLater: boolean;
}

/**
 * The piece of a collection load a host failed on, from OfficeExtension.Error.debugInfo
 * (errorLocation, message): 'nested' when the host rejects navigation in collection loads.
 */
function failedPart(e: unknown): 'id' | 'lists' | 'cell' | 'nested' | 'unknown' {
  const err = e as { message?: unknown; debugInfo?: { errorLocation?: unknown; message?: unknown } } | undefined;
  const where = `${String(err?.debugInfo?.errorLocation ?? '')} ${String(err?.debugInfo?.message ?? '')} ${String(err?.message ?? '')}`;
  if (/uniqueLocalId/i.test(where)) return 'id';
  if (/ListItem|listString/i.test(where)) return 'lists';
  if (/TableCell|cellIndex/i.test(where)) return 'cell';
  if (/ParagraphCollection\.load|nested/i.test(where)) return 'nested';
  return 'unknown';
}

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

  /** What the last read found out about the document beyond its paragraphs (see ReadNotes). */
  private notes: ReadNotes = { ...NO_NOTES };

  lastReadNotes(): ReadNotes {
    return { ...this.notes };
  }

  /**
   * The whole body as the writer sees it. Paragraphs that are lines pasted from a PDF (plain
   * paragraphs cut at one width inside sentences) are joined back as the text reader joins
   * hard-wrapped lines (engine/readers/joined.ts); `select`, `applyFix` and `wordComments` map the joined
   * paragraphs back to Word's, so indexes and offsets the pane holds stay those of this read.
   *
   * The whole body, normally in ONE sync: the paragraph collection is loaded with the scalar
   * properties and, through the collection's load options, each item's
   * `listItemOrNullObject/listString` and table cell (a navigation property loaded for every item
   * without first knowing the items); where WordApi 1.4 is there, the body's reviewed text
   * (Current and Original) rides along in the same sync to tell whether tracked changes exist.
   *
   * - Tracked changes present (WordApi 1.4): a second sync reads each paragraph's
   *   getReviewedText('Current') — the text Word shows with all changes accepted — instead of
   *   Paragraph.text, which includes deleted text. A paragraph deleted whole reads as "" (it keeps
   *   its place, so paragraph indexes still match Word's).
   * - A load that fails names what failed (OfficeExtension.Error.debugInfo.errorLocation): the read
   *   is done again in one more sync without that piece only — uniqueLocalId (needs a Microsoft 365
   *   subscription), the list strings (Word on the web throws on a tracked-deleted list paragraph;
   *   the notes then say the text may include deleted text and numbers may be missing), or a
   *   table cell's cellIndex (a vertically merged cell throws, office-js#3200: the column is then
   *   counted from the paragraphs' order in their row). At most two syncs either way.
   * - A host that rejects nested navigation in collection loads gets list strings per item
   *   (readListsSeparately).
   * - Word on the web (platform OfficeOnline, WordApi 1.4): the list strings are loaded in the second
   *   sync instead, leaving out only the paragraphs a tracked deletion may have taken away whole
   *   (reviewed.ts, from the body's Original and Current texts of the first sync), so one deleted
   *   list paragraph no longer costs every automatic number.
   * Hidden text: Paragraph.text includes it. Where WordApi 1.7 is there, the second sync reads each
   * paragraph's getText() instead (hidden and tracked-deleted text left out, what Word shows);
   * it is needed when tracked changes exist, or hidden text does (Body.font.hidden, WordApiDesktop
   * 1.2: false = none, true/null = some), or the host cannot tell (no WordApiDesktop 1.2, e.g. Word
   * on the web). Without WordApi 1.7 hidden text cannot be left out: the notes say
   * `mayIncludeHidden` unless Body.font.hidden said there is none.
   */
  async read(): Promise<Paragraph[]> {
    this.unwrap = undefined;
    const { paragraphs, map } = unwrapWordParagraphs(await this.readWord());
    this.unwrap = map;
    return paragraphs;
  }

  /** The map from the last read's joined paragraphs to Word's (engine/readers/joined.ts); undefined when none was joined. */
  private unwrap: UnwrapMap | undefined;
  /** Fixes in Word's own paragraph coordinates (the undo of an applied fix): never translated. */
  private readonly wordFixes = new WeakSet<Fix>();

  /**
   * Comments over the last read's (joined) paragraphs as comments over Word's paragraphs: each
   * goes to the Word paragraph holding its span's start (the whole first piece when it has no
   * span); a comment whose paragraph text is not the one read is passed on unchanged (and then
   * skipped as changed).
   */
  /** The 整改清单's place over Word's own paragraphs (engine/readers/joined.ts toWordPlace); undefined when it is not of the last read. */
  wordPlace<P extends { first: number; last: number; firstText: string; lastText: string }>(place: P): P | undefined {
    return toWordPlace(this.unwrap, place);
  }

  wordComments(comments: PaneComment[]): PaneComment[] {
    const m = this.unwrap;
    if (!m) return comments;
    return comments.map((c) => {
      if (m.texts[c.paragraph] !== c.text) return c;
      const at = toWordSpan(m, c.paragraph, c.start ?? 0, c.length ?? 0);
      if (!at) return c;
      const text = m.word[at.paragraph].text;
      return c.start === undefined ? { ...c, paragraph: at.paragraph, text } : { ...c, paragraph: at.paragraph, text, start: at.start, length: at.length };
    });
  }

  /**
   * Word's paragraphs as the body holds them (see `read`, which joins hard-wrapped ones).
   */
  private async readWord(): Promise<Paragraph[]> {
    const caps = detectCapabilities(this.host);
    if (!caps.wordApi11) throw new GatewayError('unsupported');
    if (!caps.wordApi13) {
      this.notes = { ...NO_NOTES, mayIncludeHidden: true };
      try {
        return await this.host.run((context) => this.readBasic(context));
      } catch (e) {
        const d = describeError(e);
        throw new GatewayError(d.problem, d.message, d.code);
      }
    }
    this.notes = { ...NO_NOTES };
    const reviewed = this.host.isSetSupported('WordApi', '1.4');
    const plan: ReadPlan = {
      id: caps.wordApi16,
      lists: true,
      cellIndex: true,
      reviewed,
      shownText: this.host.isSetSupported('WordApi', '1.7'),
      hiddenProbe: this.host.isSetSupported('WordApiDesktop', '1.2'),
      listsLater: reviewed && this.host.diagnostics?.()?.platform === 'OfficeOnline',
    };
    let lastError: unknown;
    try {
      return await this.host.run((context) => this.readOnce(context, plan, true));
    } catch (e) {
      lastError = e;
    }
    const part = failedPart(lastError);
    if (part !== 'nested' && part !== 'unknown') {
      const retry: ReadPlan = {
        ...plan,
        id: plan.id && part !== 'id',
        lists: part !== 'lists',
        listsLater: plan.listsLater && part !== 'lists',
        cellIndex: part !== 'cell',
      };
      this.notes = { ...NO_NOTES };
      try {
        return await this.host.run((context) => this.readOnce(context, retry, false));
      } catch (e) {
        lastError = e;
      }
    }
    // This path reads Paragraph.text only: hidden (and deleted) text may be in it.
    this.notes.mayIncludeHidden = true;
    try {
      return await this.host.run((context) => this.readListsSeparately(context));
    } catch (e) {
      const d = describeError(e ?? lastError);
      throw new GatewayError(d.problem, d.message, d.code);
    }
  }

  /**
   * One read as planned: one sync, and a second one (only when `mayFollow`: no sync was spent on a
   * failed attempt) for what the first showed is needed — each paragraph's shown text (getText,
   * WordApi 1.7, when tracked changes or hidden text exist or cannot be ruled out; else
   * getReviewedText('Current') when tracked changes exist) and, with `listsLater`, the list
   * strings of list paragraphs not possibly deleted.
   */
  private async readOnce(context: Word.RequestContext, plan: ReadPlan, mayFollow: boolean): Promise<Paragraph[]> {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    const listsNow = plan.lists && !plan.listsLater;
    paragraphs.load({
      ...PARAGRAPH_FIELDS,
      ...(listsNow ? { listItemOrNullObject: { listString: true } } : {}),
      parentTableCellOrNullObject: plan.cellIndex ? { rowIndex: true, cellIndex: true } : { rowIndex: true },
      ...(plan.id ? { uniqueLocalId: true } : {}),
    });
    const current = plan.reviewed ? body.getReviewedText('Current') : undefined;
    const original = plan.reviewed ? body.getReviewedText('Original') : undefined;
    const font = plan.hiddenProbe ? body.font : undefined;
    if (font) font.load('hidden');
    await context.sync();
    const items = paragraphs.items;
    const tracked = current !== undefined && original !== undefined && current.value !== original.value;
    if (tracked) this.notes.trackedChanges = true;
    // Hidden text: 'none' only when the host says so (Body.font.hidden === false).
    const hiddenMaybe = !font || font.hidden !== false;
    let shown: string[] | undefined;
    let laterLists: Map<number, Word.ListItem> | undefined;
    let shownResults: OfficeExtension.ClientResult<string>[] | undefined;
    if (mayFollow) {
      if (plan.shownText && (tracked || hiddenMaybe)) shownResults = items.map((p) => p.getText());
      else if (tracked) shownResults = items.map((p) => p.getReviewedText('Current'));
      if (plan.lists && plan.listsLater) {
        const gone = tracked ? possiblyDeletedParagraphs(original!.value, current!.value, items.length) : new Set<number>();
        laterLists = new Map();
        items.forEach((p, i) => {
          if (!p.isListItem || gone === undefined || gone.has(i)) return;
          const li = p.listItemOrNullObject;
          li.load('listString');
          laterLists!.set(i, li);
        });
      }
      if (shownResults || (laterLists && laterLists.size > 0)) await context.sync();
      if (shownResults) shown = shownResults.map((r) => r.value);
    }
    if (tracked && !shown) this.notes.mayIncludeDeleted = true;
    // Web plan without a second sync (a retry): its list strings were never loaded.
    if (plan.lists && plan.listsLater && !laterLists && items.some((p) => p.isListItem)) this.notes.listStringsMissing = true;
    if (hiddenMaybe && !(shown && plan.shownText)) this.notes.mayIncludeHidden = true;
    if (!plan.lists && items.some((p) => p.isListItem)) {
      this.notes.listStringsMissing = true;
      this.notes.mayIncludeDeleted = true;
    }
    // Copy out only what was loaded: reading any other property of a proxy throws.
    let column = -1;
    let rowKey = '';
    return numberTables(
      items.map((p, i) => {
        const cell = p.parentTableCellOrNullObject;
        const fields = loadedFields(p);
        const goneWhole = shown !== undefined && cleanText(shown[i]) === '' && cleanText(fields.text) !== '';
        if (shown !== undefined) fields.text = shown[i];
        let where: LoadedParagraph['cell'];
        if (p.tableNestingLevel > 0 && !cell.isNullObject) {
          if (plan.cellIndex) where = { row: cell.rowIndex, column: cell.cellIndex };
          else {
            // No cellIndex (a merged cell made it throw): count paragraphs along the row.
            const key = `${p.tableNestingLevel}:${cell.rowIndex}`;
            column = key === rowKey ? column + 1 : 0;
            rowKey = key;
            where = { row: cell.rowIndex, column };
          }
        } else rowKey = '';
        const li = listsNow ? p.listItemOrNullObject : laterLists?.get(i);
        // A list paragraph still shown whose number was left out (web: edited in part, or its text repeated)
        if (laterLists && p.isListItem && !li && !goneWhole) this.notes.listStringsMissing = true;
        const loaded: LoadedParagraph = {
          ...fields,
          uniqueLocalId: plan.id ? p.uniqueLocalId : undefined,
          listItemOrNullObject:
            li && p.isListItem && !goneWhole && !li.isNullObject ? { isNullObject: false, listString: li.listString } : undefined,
          cell: where,
        };
        return toParagraph(loaded, i, true);
      }),
    );
  }

  /**
   * WordApi 1.1/1.2: text, style name and outline level in one sync. Headings come from the style
   * name ("标题 1", "Heading 1") or the outline level; list numbers Word draws are not visible, so
   * the engine reads the numbers typed in the text; table paragraphs read as body paragraphs.
   */
  private async readBasic(context: Word.RequestContext): Promise<Paragraph[]> {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load({ text: true, style: true, outlineLevel: true });
    await context.sync();
    return paragraphs.items.map((p, i) => {
      const out = toParagraph({ text: p.text, style: p.style, outlineLevel: p.outlineLevel }, i, false);
      const heading = headingLevelOfStyleName(p.style);
      if (heading !== undefined) out.headingLevel = heading;
      return out;
    });
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
   * Select a paragraph (or the words `span` names in it) and scroll it into view: the paragraph is
   * found by uniqueLocalId (WordApi 1.6), else by index verified with a text hash, else by
   * searching for its text; the words are then found with a search inside that paragraph (see
   * `selectWithin`). Two to four syncs.
   */
  async select(ref: ParagraphRef, span?: TextSpan): Promise<GatewayResult<void>> {
    const caps = detectCapabilities(this.host);
    // A paragraph joined from PDF lines: from the Word paragraph holding the span's start (or its
    // first) to the one holding its end (`end`, when that is another: Range.expandTo, WordApi 1.3).
    let end: WordEnd | undefined;
    ({ ref, span, end } = toWordRef(this.unwrap, ref, span));
    if (!caps.wordApi13) end = undefined;
    if (!caps.wordApi11) return failure('unsupported');
    const ok = { ok: true as const, value: undefined };
    try {
      return await this.host.run(async (context) => {
        if (ref.id && caps.wordApi16) {
          try {
            const p = context.document.getParagraphByUniqueLocalId(ref.id);
            await this.selectWithin(context, p, span, undefined, end);
            return ok;
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
            await this.selectWithin(context, candidate, span, candidate.text, end);
            return ok;
          }
        }

        const query = buildSearchQuery(ref.text);
        if (!query) return failure<void>('not-found');
        const hits = context.document.body.search(query, { matchCase: true, matchWildcards: false });
        hits.load('text');
        await context.sync();
        if (hits.items.length === 0) return failure<void>('not-found');
        if (!caps.wordApi13) {
          // WordApi 1.1: no ParagraphCollection.getFirst; select the first hit itself.
          hits.items[0].select('Select');
          await context.sync();
          return { ok: true as const, value: undefined };
        }
        const owners = hits.items.slice(0, MAX_SEARCH_CANDIDATES).map((hit) => {
          const owner = hit.paragraphs.getFirst();
          owner.load('text');
          return owner;
        });
        await context.sync();
        const best = pickCandidate(ref.text, owners.map((o) => o.text));
        await this.selectWithin(context, owners[best], span, owners[best].text);
        return ok;
      });
    } catch (e) {
      return failure<void>(e);
    }
  }

  /**
   * Select `span`'s words inside `paragraph`, else the paragraph. The words are searched for
   * within the paragraph (Paragraph.search, WordApi 1.1; at most 255 characters, so a longer span
   * selects from its first 255); which hit is taken follows the span's offset when the paragraph
   * text (`knownText`, loaded here when not given) still holds the words there.
   */
  private async selectWithin(
    context: Word.RequestContext,
    paragraph: Word.Paragraph,
    span?: TextSpan,
    knownText?: string,
    end?: WordEnd,
  ): Promise<void> {
    const first = await this.rangeWithin(context, paragraph, span, knownText);
    const last = end ? await this.endRange(context, end) : undefined;
    if (last) {
      // From the span's start in its first line to its end in its last (WordApi 1.3).
      (first ?? paragraph.getRange('Whole')).expandTo(last).select('Select');
      try {
        await context.sync();
        return;
      } catch {
        // The end line is gone or moved since the read: the first line's part, as before.
      }
    }
    (first ?? paragraph).select('Select');
    await context.sync();
  }

  /**
   * The range of `span`'s words inside `paragraph` (a search within it; which hit follows the
   * span's offset when the text, `knownText` or loaded here, still holds the words there), else
   * undefined for the whole paragraph. One sync when there are words to find, none otherwise.
   */
  private async rangeWithin(context: Word.RequestContext, paragraph: Word.Paragraph, span?: TextSpan, knownText?: string): Promise<Word.Range | undefined> {
    const query = span && span.text.trim() ? escapeAndLimit(span.text, MAX_SEARCH_LENGTH) : '';
    if (!query) return undefined;
    if (knownText === undefined) paragraph.load('text');
    const hits = paragraph.search(query, { matchCase: true, matchWildcards: false });
    hits.load('text');
    await context.sync();
    const text = cleanText(knownText ?? paragraph.text);
    const n = spanOccurrence(text, span!);
    return hits.items[Math.min(n, hits.items.length - 1)];
  }

  /**
   * The range where a selection across PDF lines ends (toWordEnd): its Word paragraph by id
   * (WordApi 1.6), else by index when its text is still the one read; the words in it, or all of
   * it. Undefined when the paragraph is not found as read.
   */
  private async endRange(context: Word.RequestContext, end: WordEnd): Promise<Word.Range | undefined> {
    let paragraph: Word.Paragraph | undefined;
    if (end.ref.id && detectCapabilities(this.host).wordApi16) {
      const p = context.document.getParagraphByUniqueLocalId(end.ref.id);
      p.load('text');
      try {
        await context.sync();
        paragraph = p;
      } catch {
        paragraph = undefined;
      }
    }
    if (!paragraph) {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load({ text: true, $top: 1, $skip: end.ref.index });
      await context.sync();
      const items = paragraphs.items;
      const candidate = items.length === 1 ? items[0] : items[end.ref.index];
      if (candidate && textHash(candidate.text) === textHash(end.ref.text)) paragraph = candidate;
    }
    if (!paragraph) return undefined;
    return (await this.rangeWithin(context, paragraph, end.span, paragraph.text)) ?? paragraph.getRange('Whole');
  }

  /**
   * Watch for edits. WordApi 1.6: the paragraph changed/added/deleted events, with the ids Word
   * gives. Otherwise: on each selection change (the writer moved on), one cheap sync loads the
   * body's text and compares its hash with the last one; a difference is reported without ids.
   * Registration failures are swallowed: the pane then checks only on request.
   */
  watch(listener: (change: DocumentChange) => void): () => void {
    const caps = detectCapabilities(this.host);
    let stopped = false;
    const stops: Array<() => void> = [];
    const emit = (change: DocumentChange) => {
      if (!stopped) listener(change);
    };
    if (caps.wordApi16) {
      void this.host
        .run(async (context) => {
          const handler = async (args: { uniqueLocalIds?: string[] }) => emit({ ids: args.uniqueLocalIds ?? [] });
          const doc = context.document;
          const results = [doc.onParagraphChanged.add(handler), doc.onParagraphAdded.add(handler), doc.onParagraphDeleted.add(handler)];
          await context.sync();
          stops.push(() => {
            try {
              for (const r of results) r.remove();
              void context.sync().catch(() => undefined);
            } catch {
              /* the context is gone */
            }
          });
        })
        .catch(() => undefined);
    } else if (this.host.onSelectionChanged) {
      let lastHash: string | null = null;
      let testing = false;
      const test = async () => {
        if (testing || stopped) return;
        testing = true;
        try {
          const text = await this.host.run(async (context) => {
            const body = context.document.body;
            body.load('text');
            await context.sync();
            return body.text;
          });
          const hash = textHash(text) + ':' + text.length;
          if (lastHash !== null && hash !== lastHash) emit({});
          lastHash = hash;
        } catch {
          /* busy or gone: the next selection change tries again */
        } finally {
          testing = false;
        }
      };
      void test();
      stops.push(this.host.onSelectionChanged(() => void test()));
    }
    return () => {
      stopped = true;
      for (const s of stops) s();
    };
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
   * it follows, or `at: 'cursor'` when it filled the empty paragraph at the cursor; and `added`,
   * what it added (texts, levels, the index of the first where known, the filled paragraph's
   * style before), for `undoInsert`.
   */
  async insert(paragraphs: SkeletonParagraph[]): Promise<GatewayResult<InsertResult>> {
    const caps = detectCapabilities(this.host);
    if (!caps.wordApi11) return failure('unsupported');
    if (!caps.editable) return failure('read-only');
    const items = paragraphs.filter((p) => typeof p.text === 'string');
    if (items.length === 0) return { ok: true, value: { inserted: 0 } };
    if (!caps.wordApi13) return this.insertAtEnd(items);

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
        const added: InsertedBlock = {
          ...(nesting > 0 ? {} : { index: reuse ? lastIndex : lastIndex + 1 }),
          paragraphs: items.map((x) => ({ text: x.text, level: x.level })),
          ...(reuse ? { filled: { style: String(last.styleBuiltIn) } } : {}),
        };
        return { ok: true as const, value: { ...where, added } };
      });
    } catch (e) {
      return failure<InsertResult>(e);
    }
  }

  /**
   * WordApi 1.1/1.2: Word cannot tell here whether the cursor is in the body, a header or a
   * footnote, or in a table, so the skeleton goes after the document's last paragraph — it never
   * splits or replaces what was typed — with styles set by their localized names ("标题 1",
   * "正文"; "Heading 1", "Normal" in other display languages). One sync.
   */
  private async insertAtEnd(items: SkeletonParagraph[]): Promise<GatewayResult<InsertResult>> {
    const language = this.host.displayLanguage?.();
    try {
      return await this.host.run(async (context) => {
        let current = context.document.body.insertParagraph(items[0].text, 'End');
        current.style = styleNameFor(items[0].level, language);
        for (let i = 1; i < items.length; i++) {
          current = current.insertParagraph(items[i].text, 'After');
          current.style = styleNameFor(items[i].level, language);
        }
        await context.sync();
        // No `added`: taking it back needs WordApi 1.3 (styleBuiltIn), which this host lacks.
        return { ok: true as const, value: { inserted: items.length, at: 'at-end' as const } };
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
   * Take back one insertion (DocumentGateway.undoInsert): one sync reads every body paragraph's
   * text and built-in style; the run of paragraphs the insertion added is found by its exact
   * texts and heading styles (inserted.ts: at the index it went to, else the only such run); one
   * sync deletes them (a filled empty paragraph is emptied and gets its style back). Any of them
   * changed, moved apart or gone: nothing is written ('changed').
   */
  async undoInsert(block: InsertedBlock): Promise<GatewayResult<{ removed: number }>> {
    const caps = detectCapabilities(this.host);
    if (!caps.wordApi13) return failure('unsupported');
    if (!caps.editable) return failure('read-only');
    if (block.paragraphs.length === 0) return { ok: true, value: { removed: 0 } };
    try {
      return await this.host.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load({ text: true, styleBuiltIn: true });
        await context.sync();
        const items = paragraphs.items;
        const before = items.map((p) => p.text);
        const at = findInsertedRun(
          items.map((p) => ({ text: p.text, level: headingLevelOf(p.styleBuiltIn) ?? 0 })),
          block,
        );
        if (at === undefined) return failure<{ removed: number }>('changed', ROLLBACK_MESSAGES.insertChanged);
        const run = items.slice(at, at + block.paragraphs.length);
        if (block.filled) {
          run[0].insertText('', 'Replace');
          run[0].styleBuiltIn = (block.filled.style || 'Normal') as Word.BuiltInStyleName;
        }
        for (const p of block.filled ? run.slice(1) : run) p.delete();
        try {
          await context.sync();
        } catch (error) {
          const d = describeError(error);
          // Nothing written (Viewing mode, protection): the read-only message; else say what is left.
          if (refusedWrite(error) && (await this.bodyUnchanged(context, before))) return failure<{ removed: number }>('read-only', ROLLBACK_MESSAGES.viewing);
          return failure<{ removed: number }>(d.problem, ROLLBACK_MESSAGES.insertUndoFailed(d.message));
        }
        return { ok: true as const, value: { removed: block.paragraphs.length } };
      });
    } catch (e) {
      return failure<{ removed: number }>(e);
    }
  }

  /** Do the body's paragraph texts still read `before` (one sync; false when it cannot tell)? */
  private async bodyUnchanged(context: Word.RequestContext, before: string[]): Promise<boolean> {
    try {
      const now = context.document.body.paragraphs;
      now.load('text');
      await context.sync();
      return now.items.length === before.length && now.items.every((p, i) => p.text === before[i]);
    } catch {
      return false;
    }
  }

  /**
   * Select the next placeholder after the selection (DocumentGateway.selectNextPlaceholder). One
   * sync reads the body's paragraph texts and where the selection ends (the paragraphs from the
   * body's start to it, and the text from its paragraph's start to it: WordApi 1.3); the next
   * placeholder is found in the cleaned texts (placeholders.ts) and selected by a search inside its
   * paragraph (`selectWithin`, two syncs). A selection outside the body (a header, a note) counts
   * from the document's start.
   */
  async selectNextPlaceholder(): Promise<GatewayResult<{ found: boolean; paragraph?: number }>> {
    const caps = detectCapabilities(this.host);
    if (!caps.wordApi13) return failure('unsupported');
    try {
      return await this.host.run(async (context) => {
        const body = context.document.body;
        const paragraphs = body.paragraphs;
        paragraphs.load('text');
        let from = { paragraph: 0, offset: 0 };
        try {
          const end = context.document.getSelection().getRange('End');
          const upTo = body.getRange('Start').expandTo(end).paragraphs;
          upTo.load('text');
          const head = upTo.getLast().getRange('Start').expandTo(end);
          head.load('text');
          await context.sync();
          from = { paragraph: upTo.items.length - 1, offset: cleanText(head.text).length };
        } catch {
          // The selection is not in the body: count from its start (the texts load again).
          paragraphs.load('text');
          await context.sync();
        }
        const texts = paragraphs.items.map((p) => cleanText(p.text));
        const next = nextPlaceholder(texts, from);
        if (!next) return { ok: true as const, value: { found: false } };
        const words = texts[next.paragraph].slice(next.start, next.start + next.length);
        const target = paragraphs.items[next.paragraph];
        await this.selectWithin(context, target, { start: next.start, length: next.length, text: words }, target.text);
        return { ok: true as const, value: { found: true, paragraph: next.paragraph } };
      });
    } catch (e) {
      return failure<{ found: boolean; paragraph?: number }>(e);
    }
  }

  /**
   * Apply a fix as one checked edit (see fixes.ts): one read that verifies every span, one search
   * sync when text spans are edited, one write. Read-only documents and Viewing mode are refused
   * before anything is written (a write error of those modes maps to the read-only message).
   */
  async applyFix(fix: Fix): Promise<GatewayResult<{ undo: Fix; note?: string }>> {
    const caps = detectCapabilities(this.host);
    if (!caps.wordApi13) return failure('unsupported');
    if (!caps.editable) return failure('read-only');
    if (fix.edits.length === 0) return { ok: true, value: { undo: { label: fix.label, edits: [] } } };
    // Over paragraphs joined from PDF lines: the same fix on Word's paragraphs (an undo already is).
    let wordFix = fix;
    if (this.unwrap && !this.wordFixes.has(fix)) {
      const translated = toWordFix(this.unwrap, fix);
      if (!translated) return failure('changed', ROLLBACK_MESSAGES.acrossLines);
      wordFix = translated;
    }
    try {
      // The fix writer (and the engine's fix code) is a chunk of its own, loaded on the first fix.
      const { applyFixInContext } = await import(/* webpackChunkName: "word-fixes" */ './fixes');
      const outcome = await this.host.run((context) => applyFixInContext(context, wordFix));
      if (outcome.ok) {
        this.wordFixes.add(outcome.undo);
        return { ok: true, value: { undo: outcome.undo, ...(outcome.typedNumbers ? { note: ROLLBACK_MESSAGES.typedNumbers(outcome.typedNumbers) } : {}) } };
      }
      if (outcome.reason !== 'failed') return outcome.reason === 'changed' ? failure('changed') : failure('changed', ROLLBACK_MESSAGES.unlocatable);
      if (outcome.wroteNothing && refusedWrite(outcome.error)) return failure('read-only', ROLLBACK_MESSAGES.viewing);
      const d = describeError(outcome.error);
      return failure(d.problem, (outcome.rolledBack ? ROLLBACK_MESSAGES.rolledBack : ROLLBACK_MESSAGES.notRolledBack)(d.message));
    } catch (e) {
      return failure(e);
    }
  }

  /** A document setting (Office.context.document.settings); undefined when absent or unreadable. */
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

  /**
   * For a body type the host reports as Unknown (older hosts say so for notes and text boxes):
   * the selection is in the main story when it lies inside the document body's range.
   */
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
export function createOfficeGateway(host?: OfficeHost): OfficeGateway {
  return new OfficeGateway(host);
}
