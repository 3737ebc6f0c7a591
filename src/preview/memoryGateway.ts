/**
 * The task pane's DocumentGateway over the preview's in-memory document: the same contract as
 * the Word gateway, so the real pane runs unchanged in any browser.
 */
import type { DocumentChange, DocumentGateway, GatewayResult, HostCapabilities, InsertedBlock, InsertResult, ParagraphRef, TextSpan } from '../word/gateway';
import type { Fix, FixEdit, Paragraph, SkeletonParagraph } from '../engine/types';
import { inverseFix, verifyFix } from '../engine/fix';
import { readText } from '../engine/readers/text';
import { plainParagraph } from '../engine/readers/cell-paragraph';
import { failure, ROLLBACK_MESSAGES } from '../word/errors';
import { nextPlaceholder } from '../word/placeholders';
import type { MemoryDocument } from './memoryDocument';
import type { AddedComments, PaneComment } from '../word/deliverables';
import { paneDeliverableText as t } from '../engine/deliverables/messages';
import { storedOffsets, toStoredEdit } from './storedOffsets';
import { toWordFix, toWordPlace, toWordRef, toWordSpan, unwrapWordParagraphs, type UnwrapMap, type WordEnd } from '../engine/readers/joined';
import type { ChecklistPlace } from '../taskpane/checklistPlace';
import type { ChecklistWhere } from '../word/deliverables';
import { isChecklistHeading } from '../engine/checklist-heading';

/** The preview's own wording: its document is read-only only by the preview's switch. */
const READ_ONLY = '文档处于只读状态，无法插入。';

function norm(s: string): string {
  return s.replace(/[\s\u3000*#]/g, '');
}

export class MemoryGateway implements DocumentGateway {
  constructor(private readonly doc: MemoryDocument) {}

  async capabilities(): Promise<HostCapabilities> {
    return { wordApi16: true, editable: !this.doc.readOnly };
  }

  /** Each stored text as read (readText), kept for the next read: typing changes one paragraph, not a thousand. */
  private parsed = new Map<string, Paragraph>();
  /** The map from the last read's joined paragraphs to the stored ones (engine/readers/joined.ts); undefined when none was joined. */
  private unwrap: UnwrapMap | undefined;
  /** Fixes in the stored paragraphs' own coordinates (the undo of an applied fix): never translated. */
  private readonly storedFixes = new WeakSet<Fix>();

  /**
   * Paragraphs as a host reports them: typed text (markdown marks read as hints), heading levels
   * from styles, table cells with their table, row and column (as Word's reader gives them).
   * Paragraphs that are lines pasted from a PDF (plain paragraphs cut at one width inside
   * sentences) are joined back as in Word (engine/readers/joined.ts); `select` and `applyFix` map the
   * joined paragraphs back to the stored ones.
   */
  async read(): Promise<Paragraph[]> {
    const { paragraphs, map } = unwrapWordParagraphs(this.readStored());
    this.unwrap = map;
    return paragraphs;
  }

  /** The stored paragraphs as read, one for one (see `read`). */
  private readStored(): Paragraph[] {
    const cache = new Map<string, Paragraph>();
    const out = this.doc.paragraphs.map((p, index) => {
      let parsed = cache.get(p.text) ?? this.parsed.get(p.text);
      if (!parsed) {
        // One paragraph of the document is one paragraph read, as in Word: a line the text reader
        // splits or drops (a pasted pipe-table row into cells, its |---| rule, a page number) is
        // kept as the text it is, not cut to its first cell or lost (which made the check fail).
        const got = readText(p.text, 'markdown');
        parsed = got.length === 1 ? got[0] : { index: 0, text: p.text };
      }
      cache.set(p.text, parsed);
      // plainParagraph: a pasted one-cell row reads as a CellParagraph, whose inTable and cell a spread misses.
      const out: Paragraph = { ...plainParagraph(parsed), index, id: p.id };
      if (p.level > 0) {
        out.headingLevel = p.level;
        out.outlineLevel = p.level;
        out.styleName = `heading ${p.level}`;
      } else {
        out.styleName = 'Normal';
      }
      if (p.cell) {
        out.inTable = true;
        out.cell = { ...p.cell };
      } else {
        delete out.inTable;
        delete out.cell;
      }
      return out;
    });
    this.parsed = cache;
    return out;
  }

  /**
   * The paragraph by id, else by index when the text still matches, else by the text itself; then
   * the span's words: at its offset (moved from the read text into the stored one) when they are
   * still there, else their first occurrence in the paragraph, else the whole paragraph (as the
   * Word gateway). A paragraph joined from PDF lines: the stored paragraph holding the span.
   */
  async select(ref: ParagraphRef, span?: TextSpan): Promise<GatewayResult<void>> {
    let end: WordEnd | undefined;
    ({ ref, span, end } = toWordRef(this.unwrap, ref, span));
    const index = this.find(ref);
    if (index < 0) return failure('not-found');
    const from = this.spanIn(index, span);
    // A selection across PDF lines: on to the stored line holding its end (as Word's expandTo).
    const last = end ? this.find(end.ref, false) : -1;
    const to = last > index ? this.spanIn(last, end!.span) : undefined;
    if (to) this.doc.selectRange({ paragraph: index, offset: from.start }, { paragraph: last, offset: to.start + to.length });
    else if (from.whole) this.doc.selectParagraph(index);
    else this.doc.selectSpan(index, from.start, from.length);
    return { ok: true, value: undefined };
  }

  /** A stored paragraph by id, else by index when the text still matches, else (`search`) by the text itself; −1 when none. */
  private find(ref: ParagraphRef, search = true): number {
    const paragraphs = this.doc.paragraphs;
    let index = ref.id ? this.doc.indexOfId(ref.id) : -1;
    if (index < 0 && paragraphs[ref.index] && norm(paragraphs[ref.index].text).startsWith(norm(ref.text))) {
      index = ref.index;
    }
    if (index < 0 && search && norm(ref.text)) {
      const want = norm(ref.text);
      index = paragraphs.findIndex((p) => norm(p.text).startsWith(want));
    }
    return index;
  }

  /**
   * Where `span`'s words stand in stored paragraph `index`: at its offset (moved from the read
   * text into the stored one) when they are still there, else their first occurrence, else the
   * whole paragraph (`whole`).
   */
  private spanIn(index: number, span?: TextSpan): { start: number; length: number; whole: boolean } {
    const text = this.doc.paragraphs[index].text;
    if (span && span.text) {
      const read = this.parsed.get(text)?.text;
      const at = read !== undefined && read.slice(span.start, span.start + span.text.length) === span.text ? storedOffsets(text, read) : undefined;
      const moved = at ? toStoredEdit(text, at, { paragraph: index, start: span.start, length: span.text.length, text: '', expect: span.text }) : undefined;
      if (moved) return { start: moved.start, length: moved.length, whole: false };
      const found = text.slice(span.start, span.start + span.text.length) === span.text ? span.start : text.indexOf(span.text);
      if (found >= 0) return { start: found, length: span.text.length, whole: false };
    }
    return { start: 0, length: text.length, whole: true };
  }

  /** The preview's document reports each edit with the ids it touched, as Word 1.6 does. */
  watch(listener: (change: DocumentChange) => void): () => void {
    return this.doc.subscribe((e) => {
      if (e.type === 'edit') listener({ ids: e.changed });
      else if (e.type === 'content') listener(e.replaced ? { replaced: true } : {});
      // Comments change no text: nothing to check again (as in Word).
    });
  }

  async insert(paragraphs: SkeletonParagraph[]): Promise<GatewayResult<InsertResult>> {
    if (this.doc.readOnly) return failure('read-only', READ_ONLY);
    const items = paragraphs.filter((p) => typeof p.text === 'string');
    const where = this.doc.insertionPoint();
    const added = this.doc.insertBlock(items);
    return { ok: true, value: { ...where, inserted: added?.paragraphs.length ?? 0, ...(added ? { added } : {}) } };
  }

  /** Removes exactly what one insertion added, by paragraph id, when none of it was changed. */
  async undoInsert(block: InsertedBlock): Promise<GatewayResult<{ removed: number }>> {
    if (this.doc.readOnly) return failure('read-only', READ_ONLY);
    if (block.paragraphs.length === 0) return { ok: true, value: { removed: 0 } };
    if (!this.doc.removeInserted(block)) return failure('changed', ROLLBACK_MESSAGES.insertChanged);
    return { ok: true, value: { removed: block.paragraphs.length } };
  }

  /** The next placeholder after the selection (in the stored texts, as the selection's offsets are), wrapping around. */
  async selectNextPlaceholder(): Promise<GatewayResult<{ found: boolean; paragraph?: number }>> {
    const texts = this.doc.paragraphs.map((p) => p.text);
    const next = nextPlaceholder(texts, this.doc.selection.end);
    if (!next) return { ok: true, value: { found: false } };
    this.doc.selectSpan(next.paragraph, next.start, next.length);
    return { ok: true, value: { found: true, paragraph: next.paragraph } };
  }

  /**
   * A fix over the paragraphs as `read` gives them: over paragraphs joined from PDF lines, the same
   * fix over the stored paragraphs (engine/readers/joined.ts, as the Word gateway; an undo already is);
   * checked against the stored paragraphs as read; each text span moved from the read text into
   * the stored one (storedOffsets.ts: a markdown mark or a zero-width character before or around
   * it shifts the offsets, and is kept); applied as one change with one undo entry. Returns the
   * inverse fix, in the stored paragraphs' coordinates.
   */
  async applyFix(fix: Fix): Promise<GatewayResult<{ undo: Fix }>> {
    if (this.doc.readOnly) return failure('read-only', READ_ONLY);
    const map = this.unwrap;
    let own = fix;
    if (map && !this.storedFixes.has(fix)) {
      // The joined read must still be this document's: a stored text changed since, and the fix is withdrawn.
      const now = this.doc.paragraphs;
      if (now.length !== map.word.length || now.some((p, i) => p.text !== map.word[i].text)) return failure('changed');
      const translated = toWordFix(map, fix);
      if (!translated) return failure('changed', ROLLBACK_MESSAGES.acrossLines);
      own = translated;
    }
    const read = this.readStored();
    const state = read.map((p) => ({ text: p.text, level: p.headingLevel ?? 0 }));
    if (!verifyFix(state, own).ok) return failure('changed');
    const undo = inverseFix(state, own);
    if (!undo) return failure('changed');
    const raw = this.doc.paragraphs;
    const edits: FixEdit[] = [];
    for (const e of own.edits) {
      const stored = raw[e.paragraph].text;
      if (e.newParagraphAfter || e.deleteParagraph) edits.push({ ...e, expect: stored });
      else if (e.style !== undefined && e.text === e.expect) edits.push({ ...e, start: 0, length: stored.length, text: stored, expect: stored });
      else {
        const at = storedOffsets(stored, read[e.paragraph].text);
        const moved = at && toStoredEdit(stored, at, e);
        // A markdown mark inside the span: writing it would change more than the fix shows.
        if (!moved) return failure('changed', ROLLBACK_MESSAGES.unlocatablePreview);
        edits.push(moved);
      }
    }
    if (!this.doc.applyFix({ ...own, edits })) return failure('changed');
    this.storedFixes.add(undo);
    return { ok: true, value: { undo } };
  }

  /**
   * Comments on the last read's paragraphs (the pane's 添加为批注), as Word's comments: each on its
   * stored paragraph (a joined paragraph's comment goes to the stored line holding its span's start,
   * as the Word gateway's `wordComments`), on its words when it has a span; a paragraph whose text is
   * no longer the one read is skipped and counted as missing. In place of this pane's earlier
   * comments, as in Word: the same ones kept, stale ones removed (MemoryDocument.replaceComments).
   * One undo entry.
   */
  async addComments(comments: PaneComment[]): Promise<GatewayResult<AddedComments>> {
    if (this.doc.readOnly) return failure('read-only', READ_ONLY);
    const m = this.unwrap;
    const read = this.readStored();
    const list: { paragraph: number; quote: string; text: string }[] = [];
    let missing = 0;
    for (const c of comments) {
      let paragraph = c.paragraph;
      let text = c.text;
      let start = c.start;
      let length = c.length ?? 0;
      if (m) {
        const at = m.texts[c.paragraph] === c.text ? toWordSpan(m, c.paragraph, c.start ?? 0, length) : undefined;
        if (!at) {
          missing++;
          continue;
        }
        paragraph = at.paragraph;
        text = m.word[at.paragraph].text;
        if (start !== undefined) {
          start = at.start;
          length = at.length;
        }
      }
      // The stored paragraph must still read as the text the comment was made for.
      if (read[paragraph]?.text !== text) {
        missing++;
        continue;
      }
      const quote = start !== undefined && length > 0 ? text.slice(start, start + length) : '';
      list.push({ paragraph, quote, text: t.commentMark + c.lines.join('\n') });
    }
    const { added, kept, removed } = this.doc.replaceComments(list, t.commentMark);
    return { ok: true, value: { added, missing, ...(kept ? { kept } : {}), ...(removed ? { removed } : {}) } };
  }

  /** Removes the comments this pane added (those starting with its mark); others stay. One undo entry. */
  async removeComments(): Promise<GatewayResult<{ removed: number }>> {
    if (this.doc.readOnly) return failure('read-only', READ_ONLY);
    return { ok: true, value: { removed: this.doc.removeComments(t.commentMark) } };
  }

  /**
   * The 整改清单 (`rows`, header first) as a table, as in Word (word/deliverables.ts): after the
   * cursor's paragraph when the cursor is inside `place` (first…last of the last read, outside a
   * table) or there is no place, else after `place.last` — after its whole table when that is a
   * cell (t24: measures written as a table) — when the stored paragraphs there still read so; else
   * at the cursor; at the cursor refused in a table. A heading line 整改清单 goes first (at the 整改措施
   * heading's level when that part uses one), unless the paragraph it follows already is one.
   * Returns the data rows, where the table went and the heading added.
   */
  async insertChecklist(rows: string[][], place?: ChecklistPlace): Promise<GatewayResult<{ rows: number; where: ChecklistWhere; heading?: string }>> {
    if (this.doc.readOnly) return failure('read-only', READ_ONLY);
    if (rows.length === 0) return { ok: true, value: { rows: 0, where: 'cursor' } };
    const own = place && toWordPlace(this.unwrap, place);
    const stored = this.doc.paragraphs;
    // The place's texts are as read (markdown marks of a pasted line left out, t23 u102): compared so.
    const read = own ? this.readStored() : [];
    let after: number | undefined;
    let where: ChecklistWhere = 'cursor';
    // The 整改措施 part's heading level, when the place is still of this document (a part heading's style).
    let level = 0;
    if (own && read[own.first]?.text === own.firstText && read[own.last]?.text === own.lastText) {
      if (own.where === 'measures') level = stored[own.first].level;
      const { start, end } = this.doc.selection;
      // A cursor in the part's own table (its measures written as one) cannot take a table: after the part.
      const inside = start.paragraph >= own.first && end.paragraph <= own.last && !this.doc.selectionInTable();
      if (!inside) {
        after = this.doc.tableEnd(own.last);
        where = own.where;
      }
    }
    if (after === undefined && this.doc.selectionInTable()) return failure('unsupported', t.checklistInTable);
    const at = after ?? this.doc.selection.end.paragraph;
    // Under a heading of its own, unless the paragraph it follows already is one (typed by the writer).
    const heading = stored[at] && !stored[at].cell && isChecklistHeading(stored[at].text) ? undefined : { text: t.checklistHeading, level };
    if (!this.doc.insertTable(rows, at, heading)) return failure('unknown');
    return { ok: true, value: { rows: rows.length - 1, where, ...(heading ? { heading: heading.text } : {}) } };
  }

  async readSetting<T>(key: string): Promise<T | undefined> {
    const value = this.doc.settings.get(key);
    return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
  }

  /** Stored as a JSON copy, as Word stores settings: later changes to `value` don't leak in. */
  async writeSetting(key: string, value: unknown): Promise<GatewayResult<void>> {
    if (value === undefined) this.doc.settings.delete(key);
    else this.doc.settings.set(key, JSON.parse(JSON.stringify(value)));
    return { ok: true, value: undefined };
  }
}

/**
 * The pane's deliverable actions over the preview's document (App's `deliverables`), as in Word:
 * 插入整改清单 gets the place the check found, so the table goes after the 整改措施 part (t23: the
 * place was dropped here and the table landed at the cursor, inside 存在的问题).
 */
export function previewDeliverables(gateway: MemoryGateway) {
  return {
    commentsSupported: true,
    addComments: (c: PaneComment[]) => gateway.addComments(c),
    removeComments: () => gateway.removeComments(),
    insertChecklist: (rows: string[][], place?: ChecklistPlace) => gateway.insertChecklist(rows, place),
  };
}
