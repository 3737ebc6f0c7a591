/**
 * An in-memory word-processor document for the browser preview: paragraphs (body text or a
 * heading level), a selection, and change notifications. No DOM here, so the model and its
 * insertion rules are unit-tested in node.
 */
import type { Fix, SkeletonParagraph } from '../engine/types';
import { unwrapText } from '../engine/readers/unwrap';
import { applyFix } from '../engine/fix';
import type { InsertedBlock } from '../word/gateway';
import { findInsertedRun } from '../word/inserted';
import { headingKey } from './pastedHeadings';

export interface MemParagraph {
  id: string;
  text: string;
  /** 0 = body text, 1..4 = heading level (what a skeleton heading gets). */
  level: number;
  /**
   * The table cell holding the paragraph (a table pasted into the page): 0-based table number in
   * the document, row and column, as Word's reader gives them (Paragraph.cell). Absent outside tables.
   */
  cell?: TableCell;
}

/**
 * A comment on a paragraph (what Word's Range.insertComment makes): the paragraph's id, the words
 * it is on (`quote`, '' for the whole paragraph) and its text.
 */
export interface MemComment {
  paragraphId: string;
  quote: string;
  text: string;
}

/** A table cell's place: table number in the document, row and column (0-based). */
export interface TableCell {
  table: number;
  row: number;
  column: number;
}

export interface Caret {
  paragraph: number;
  offset: number;
}

export interface MemSelection {
  start: Caret;
  end: Caret;
}

/**
 * `content`: paragraphs changed by the host (the view must redraw).
 * `edit`: the view changed them (user typing; nothing to redraw).
 * `selection`: `host` when the gateway selected something (the view must show it), `user` when
 * the view reported the user's selection.
 */
export type DocEvent =
  /** `replaced`: a new document was loaded in place of the old one (load, loadParagraphs). */
  | { type: 'content'; replaced?: boolean }
  /** `changed`: ids of the paragraphs whose text or level changed, that were added, or deleted. */
  | { type: 'edit'; changed: string[] }
  | { type: 'selection'; source: 'host' | 'user' }
  /** Comments were added or removed (the text is unchanged: the view redraws, the pane need not check again). */
  | { type: 'comments' };

export class MemoryDocument {
  private items: MemParagraph[] = [];
  private notes: MemComment[] = [];
  private sel: MemSelection = { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 0 } };
  private listeners = new Set<(e: DocEvent) => void>();
  private nextId = 1;
  /** A read-only document refuses inserts (like Word's protected view). */
  readOnly = false;
  /** Add-in settings kept with the document (Office document settings in Word), JSON values. */
  readonly settings = new Map<string, unknown>();
  /**
   * The document before each pane write (a fix, an insertion, a 撤销 from the pane), newest last:
   * one undo entry per write, so Ctrl+Z takes back the last one whole. Typing empties it (the
   * browser's own undo then applies) and so does opening another document.
   */
  private undoStack: Snapshot[] = [];
  /** Pane writes taken back by `undo`, newest last (Ctrl+Y / Ctrl+Shift+Z); any new write empties it. */
  private redoStack: Snapshot[] = [];

  constructor(text = '') {
    this.load(text);
  }

  newId(): string {
    return `m${this.nextId++}`;
  }

  get paragraphs(): readonly MemParagraph[] {
    return this.items;
  }

  get selection(): MemSelection {
    return { start: { ...this.sel.start }, end: { ...this.sel.end } };
  }

  get text(): string {
    return this.items.map((p) => p.text).join('\n');
  }

  subscribe(listener: (e: DocEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: DocEvent) {
    for (const l of [...this.listeners]) l(e);
  }

  /**
   * Replace the whole document with plain text, one line a paragraph (lines hard-wrapped at a
   * fixed width, as copied from a PDF, joined back first: engine/readers/unwrap.ts); cursor at the start.
   */
  load(text: string) {
    const lines = unwrapText(text.replace(/^\ufeff/, '')).split(/\r\n|\n|\r/);
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    this.loadParagraphs(lines.map((t) => ({ text: t, level: 0 })));
  }

  /**
   * Replace the whole document with these paragraphs (a file opened in the preview: openFile.ts),
   * levels clamped to 0..4, table cells kept; cursor at the start, no comments, no undo history.
   */
  loadParagraphs(paragraphs: ReadonlyArray<{ text: string; level?: number; cell?: TableCell }>) {
    this.items = paragraphs.map((p) => ({ id: this.newId(), text: p.text, level: clampLevel(p.level ?? 0), ...(p.cell ? { cell: { ...p.cell } } : {}) }));
    this.notes = [];
    this.ensureOne();
    this.sel = { start: { paragraph: 0, offset: 0 }, end: { paragraph: 0, offset: 0 } };
    this.undoStack = [];
    this.redoStack = [];
    this.emit({ type: 'content', replaced: true });
  }

  /** The document as it is now, for the undo and redo stacks (paragraph objects copied). */
  private snapshot(): Snapshot {
    return { items: this.items.map((p) => ({ ...p })), sel: this.selection, comments: this.notes.slice() };
  }

  /** Before a pane write: one undo entry for it; what was undone can no longer be redone. */
  private beginWrite() {
    this.undoStack.push(this.snapshot());
    this.redoStack = [];
  }

  private restore(to: Snapshot) {
    this.items = to.items.map((p) => ({ ...p }));
    this.notes = to.comments.slice();
    this.ensureOne();
    this.sel = { start: this.clamp(to.sel.start), end: this.clamp(to.sel.end) };
    this.emit({ type: 'content' });
  }

  /**
   * Apply a fix whose offsets are in these paragraphs' own texts, all or nothing (engine
   * `applyFix`): false, and nothing changed, when a span no longer holds what it expects. One
   * undo entry per applied fix; kept paragraphs keep their ids, new ones get fresh ids.
   */
  applyFix(fix: Fix): boolean {
    const r = applyFix(this.items, fix);
    if (!r.ok) return false;
    this.beginWrite();
    const out: MemParagraph[] = [];
    r.paragraphs.forEach((p, k) => {
      const o = r.origin[k];
      // A new paragraph goes into the cell of the paragraph it follows, as Word's insertParagraph('After') does.
      const cell = o >= 0 ? this.items[o].cell : out[out.length - 1]?.cell;
      out.push({ id: o >= 0 ? this.items[o].id : this.newId(), text: p.text, level: clampLevel(p.level ?? 0), ...(cell ? { cell } : {}) });
    });
    this.items = out;
    this.ensureOne();
    this.sel = { start: this.clamp(this.sel.start), end: this.clamp(this.sel.end) };
    this.emit({ type: 'content' });
    return true;
  }

  /** Is there a pane write to undo (none once the writer has typed since)? */
  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** Is there an undone pane write to do again (none after any later write or typing)? */
  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Take back the last pane write: the document exactly as before it (Ctrl+Z in the preview). */
  undo(): boolean {
    const last = this.undoStack.pop();
    if (!last) return false;
    this.redoStack.push(this.snapshot());
    this.restore(last);
    return true;
  }

  /** Do the last undone pane write again (Ctrl+Y / Ctrl+Shift+Z in the preview). */
  redo(): boolean {
    const next = this.redoStack.pop();
    if (!next) return false;
    this.undoStack.push(this.snapshot());
    this.restore(next);
    return true;
  }

  /**
   * Take back one insertion (`InsertedBlock` from the gateway's insert): its paragraphs are
   * removed only when all are still there, unchanged, together (word/inserted.ts), a filled empty
   * paragraph emptied again. One undo entry. False, and nothing changed, otherwise.
   */
  removeInserted(block: InsertedBlock): boolean {
    const at = findInsertedRun(this.items, block);
    if (at === undefined) return false;
    this.beginWrite();
    const n = block.paragraphs.length;
    const keepFirst = block.filled !== undefined;
    const out = this.items.slice(0, at);
    if (keepFirst) out.push({ ...this.items[at], text: '', level: clampLevel(Number(block.filled?.style) || 0) });
    for (let i = at + n; i < this.items.length; i++) out.push(this.items[i]);
    this.items = out;
    this.ensureOne();
    const back = keepFirst ? { paragraph: at, offset: 0 } : this.clamp({ paragraph: Math.max(0, at - 1), offset: Number.MAX_SAFE_INTEGER });
    this.sel = { start: back, end: { ...back } };
    this.emit({ type: 'content' });
    return true;
  }

  /**
   * The document as a file: paragraphs (text and level) and the add-in settings, as JSON. What
   * Word keeps in a .docx for us, so the preview can be saved and opened again.
   */
  save(): string {
    return JSON.stringify({ paragraphs: this.items.map((p) => ({ text: p.text, level: p.level, ...(p.cell ? { cell: p.cell } : {}) })), settings: Object.fromEntries(this.settings), comments: this.notes.map((c) => ({ paragraph: this.indexOfId(c.paragraphId), quote: c.quote, text: c.text })) });
  }

  /** Open a saved document (see `save`); throws a Chinese message when `saved` is no such file. */
  static open(saved: string): MemoryDocument {
    let data: { paragraphs?: { text?: unknown; level?: unknown; cell?: unknown }[]; settings?: Record<string, unknown>; comments?: { paragraph?: unknown; quote?: unknown; text?: unknown }[] };
    try {
      data = JSON.parse(saved);
    } catch {
      throw new Error('无法打开：不是预览保存的文档。');
    }
    if (!data || !Array.isArray(data.paragraphs)) throw new Error('无法打开：不是预览保存的文档。');
    const doc = new MemoryDocument();
    doc.items = data.paragraphs.map((p) => {
      const cell = cellOf(p.cell);
      return { id: doc.newId(), text: typeof p.text === 'string' ? p.text : '', level: clampLevel(Number(p.level) || 0), ...(cell ? { cell } : {}) };
    });
    doc.ensureOne();
    for (const [k, v] of Object.entries(data.settings ?? {})) doc.settings.set(k, v);
    for (const c of Array.isArray(data.comments) ? data.comments : []) {
      const p = doc.items[Number(c.paragraph)];
      if (p && typeof c.text === 'string') doc.notes.push({ paragraphId: p.id, quote: typeof c.quote === 'string' ? c.quote : '', text: c.text });
    }
    return doc;
  }

  /** The view reports the paragraphs after the user edited them. Ids are kept unique. */
  applyEdit(paragraphs: Array<{ id?: string; text: string; level?: number; cell?: TableCell }>) {
    // Typing starts a new history: the browser's own undo takes over.
    this.undoStack = [];
    this.redoStack = [];
    const before = new Map(this.items.map((p) => [p.id, p]));
    const seen = new Set<string>();
    this.items = paragraphs.map((p) => {
      let id = p.id;
      if (!id || seen.has(id)) id = this.newId();
      seen.add(id);
      return { id, text: p.text, level: p.level ?? 0, ...(p.cell ? { cell: { ...p.cell } } : {}) };
    });
    this.ensureOne();
    this.sel = { start: this.clamp(this.sel.start), end: this.clamp(this.sel.end) };
    const changed: string[] = [];
    for (const p of this.items) {
      const old = before.get(p.id);
      if (!old || old.text !== p.text || old.level !== p.level || !sameCell(old.cell, p.cell)) changed.push(p.id);
      before.delete(p.id);
    }
    for (const id of before.keys()) changed.push(id); // deleted
    // A comment goes with its paragraph.
    if (before.size > 0 && this.notes.length > 0) this.notes = this.notes.filter((c) => !before.has(c.paragraphId));
    if (changed.length > 0) this.emit({ type: 'edit', changed });
  }

  /** The view reports the user's selection. */
  setUserSelection(start: Caret, end: Caret = start) {
    this.sel = this.ordered(this.clamp(start), this.clamp(end));
    this.emit({ type: 'selection', source: 'user' });
  }

  /** Select a whole paragraph (the gateway's `select`). */
  selectParagraph(index: number) {
    const p = this.items[index];
    if (!p) return;
    this.sel = { start: { paragraph: index, offset: 0 }, end: { paragraph: index, offset: p.text.length } };
    this.emit({ type: 'selection', source: 'host' });
  }

  /**
   * Select `length` UTF-16 units from `start` in a paragraph (the gateway's `select` with a span);
   * clamped to the paragraph's text.
   */
  selectSpan(index: number, start: number, length: number) {
    const p = this.items[index];
    if (!p) return;
    const a = Math.max(0, Math.min(p.text.length, start));
    const b = Math.max(a, Math.min(p.text.length, start + length));
    this.sel = { start: { paragraph: index, offset: a }, end: { paragraph: index, offset: b } };
    this.emit({ type: 'selection', source: 'host' });
  }

  /**
   * Select from caret `from` to caret `to` across paragraphs (the gateway's `select` of words
   * across PDF lines, as Word's Range.expandTo); clamped to the document, put in order.
   */
  selectRange(from: Caret, to: Caret) {
    this.sel = this.ordered(this.clamp(from), this.clamp(to));
    this.emit({ type: 'selection', source: 'host' });
  }

  /** The selected text (paragraphs joined by \n). */
  get selectedText(): string {
    const { start, end } = this.sel;
    const out: string[] = [];
    for (let i = start.paragraph; i <= end.paragraph; i++) {
      const t = this.items[i]?.text ?? '';
      out.push(t.slice(i === start.paragraph ? start.offset : 0, i === end.paragraph ? end.offset : t.length));
    }
    return out.join('\n');
  }

  indexOfId(id: string): number {
    return this.items.findIndex((p) => p.id === id);
  }

  /** The comments, in the order they were added. */
  get comments(): readonly MemComment[] {
    return this.notes;
  }

  /** The comments on paragraph `id`, in the order they were added. */
  commentsOn(id: string): MemComment[] {
    return this.notes.filter((c) => c.paragraphId === id);
  }

  /**
   * Add comments (paragraph index, the words they are on, their text): one undo entry. Comments on
   * a paragraph index outside the document are skipped. Returns how many were added.
   */
  addComments(list: ReadonlyArray<{ paragraph: number; quote: string; text: string }>): number {
    const fresh = list.filter((c) => this.items[c.paragraph]).map((c) => ({ paragraphId: this.items[c.paragraph].id, quote: c.quote, text: c.text }));
    if (fresh.length === 0) return 0;
    this.beginWrite();
    this.notes = this.notes.concat(fresh);
    this.emit({ type: 'comments' });
    return fresh.length;
  }

  /**
   * Put `list` in place of the comments whose text starts with `mark` (this pane's earlier ones):
   * one already there with the same paragraph, words and text is kept (not doubled), the others of
   * ours go, the rest of `list` is added; comments not starting with `mark` stay. One undo entry
   * when anything changed. Returns how many were added, kept and removed.
   */
  replaceComments(list: ReadonlyArray<{ paragraph: number; quote: string; text: string }>, mark: string): { added: number; kept: number; removed: number } {
    const key = (c: MemComment) => `${c.paragraphId}\u0001${c.quote}\u0001${c.text}`;
    const ours = new Map<string, number>();
    for (const c of this.notes) if (c.text.startsWith(mark)) ours.set(key(c), (ours.get(key(c)) ?? 0) + 1);
    const fresh: MemComment[] = [];
    const keep = new Map<string, number>();
    for (const c of list) {
      if (!this.items[c.paragraph]) continue;
      const note = { paragraphId: this.items[c.paragraph].id, quote: c.quote, text: c.text };
      const k = key(note);
      if ((ours.get(k) ?? 0) > (keep.get(k) ?? 0)) keep.set(k, (keep.get(k) ?? 0) + 1);
      else fresh.push(note);
    }
    const left = new Map(keep);
    const notes = this.notes.filter((c) => {
      if (!c.text.startsWith(mark)) return true;
      const n = left.get(key(c)) ?? 0;
      if (n === 0) return false;
      left.set(key(c), n - 1);
      return true;
    });
    const kept = [...keep.values()].reduce((a, b) => a + b, 0);
    const removed = this.notes.length - notes.length;
    if (fresh.length === 0 && removed === 0) return { added: 0, kept, removed: 0 };
    this.beginWrite();
    this.notes = notes.concat(fresh);
    this.emit({ type: 'comments' });
    return { added: fresh.length, kept, removed };
  }

  /** Remove the comments whose text starts with `mark` (others stay): one undo entry when any went. Returns how many. */
  removeComments(mark: string): number {
    const kept = this.notes.filter((c) => !c.text.startsWith(mark));
    const removed = this.notes.length - kept.length;
    if (removed === 0) return 0;
    this.beginWrite();
    this.notes = kept;
    this.emit({ type: 'comments' });
    return removed;
  }

  /**
   * Paste plain text over the selection, as the browser's own paste would leave it: the text
   * before the selection joins the first line, the text after it the last; every line a paragraph
   * (CRLF, CR and LF alike; a final line break, or an empty last line, leaves one empty paragraph holding the cursor). The first paragraph keeps its
   * id, level and comments; paragraphs the selection covered go (with their comments). Linear in
   * the document and the text (the browser's native paste was quadratic in the lines pasted: 30K
   * characters froze the page 18 s). One undo entry (Ctrl+Z takes the paste back whole); the
   * cursor ends after the last pasted character.
   * `headings`: the heading levels the clipboard's HTML gave its paragraphs (pastedHeadings.ts, by
   * headingKey of the text): a pasted line that is one of them becomes a heading paragraph of that
   * level (the first line only when it fills its paragraph from the start; t24 M9).
   * Returns false, and changes nothing, when the selection touches a table cell (the browser's own
   * paste keeps the cells) or the document is read-only.
   */
  pasteText(text: string, headings?: ReadonlyMap<string, number>): boolean {
    if (this.readOnly) return false;
    const start = this.clamp(this.sel.start);
    const end = this.clamp(this.sel.end);
    for (let i = start.paragraph; i <= end.paragraph; i++) if (this.items[i].cell) return false;
    const lines = text.split(/\r\n|\n|\r/);
    // As Chromium pastes: text ending in an empty line (…\n\n) ends in one empty paragraph, not two.
    if (lines.length > 2 && lines[lines.length - 1] === '' && lines[lines.length - 2] === '') lines.pop();
    this.beginWrite();
    const first = this.items[start.paragraph];
    const last = this.items[end.paragraph];
    const before = first.text.slice(0, start.offset);
    const after = last.text.slice(end.offset);
    const heading = (line: string) => (headings && headings.size > 0 ? headings.get(headingKey(line)) : undefined);
    const fresh: MemParagraph[] = lines.map((line, i) => ({
      id: i === 0 ? first.id : this.newId(),
      text: (i === 0 ? before : '') + line + (i === lines.length - 1 ? after : ''),
      level: clampLevel((i === 0 ? (before === '' ? heading(line) : undefined) ?? first.level : heading(line)) ?? 0),
    }));
    const out = this.items.slice(0, start.paragraph);
    for (const p of fresh) out.push(p);
    for (let i = end.paragraph + 1; i < this.items.length; i++) out.push(this.items[i]);
    const gone = new Set<string>();
    for (let i = start.paragraph + 1; i <= end.paragraph; i++) gone.add(this.items[i].id);
    if (gone.size > 0 && this.notes.length > 0) this.notes = this.notes.filter((c) => !gone.has(c.paragraphId));
    this.items = out;
    const caret = { paragraph: start.paragraph + fresh.length - 1, offset: fresh[fresh.length - 1].text.length - after.length };
    this.sel = { start: caret, end: { ...caret } };
    this.emit({ type: 'content' });
    return true;
  }

  /** Is the selection's end in a table cell? */
  selectionInTable(): boolean {
    return this.items[this.clamp(this.sel.end).paragraph].cell !== undefined;
  }

  /**
   * Insert a table (`rows`, each a row of cell texts; short rows padded with empty cells) after
   * paragraph `after` (0-based; default: where the selection ends), as Word's insertTable('After')
   * does: one paragraph a cell, with its table, row and column; tables numbered again in document
   * order. `heading`: a paragraph put first, above the table (its text and level, 0 = body text).
   * One undo entry; the cursor ends in the table's last cell. False, and nothing changed, when that
   * paragraph is in a table (unless it is the table's last and `heading` goes between the two
   * tables, as after a 整改措施 part written as a table), is outside the document, or there are no rows.
   */
  insertTable(rows: ReadonlyArray<readonly string[]>, after?: number, heading?: { text: string; level: number }): boolean {
    const columns = rows.reduce((m, r) => Math.max(m, r.length), 0);
    const at = after ?? this.clamp(this.sel.end).paragraph;
    if (rows.length === 0 || columns === 0 || !this.items[at] || (this.items[at].cell && (!heading || this.tableEnd(at) !== at))) return false;
    this.beginWrite();
    const fresh: MemParagraph[] = heading ? [{ id: this.newId(), text: heading.text, level: clampLevel(heading.level) }] : [];
    rows.forEach((r, row) => {
      for (let column = 0; column < columns; column++) fresh.push({ id: this.newId(), text: r[column] ?? '', level: 0, cell: { table: -1, row, column } });
    });
    this.items = insertAt(this.items, at + 1, fresh);
    this.renumberTables();
    const last = at + fresh.length;
    const caret = { paragraph: last, offset: this.items[last].text.length };
    this.sel = { start: caret, end: { ...caret } };
    this.emit({ type: 'content' });
    return true;
  }

  /** Number the tables 0, 1, … in document order (a run of cell paragraphs with one table number is one table). */
  private renumberTables() {
    let n = -1;
    let prev: number | undefined;
    this.items = this.items.map((p, i) => {
      if (!p.cell) {
        prev = undefined;
        return p;
      }
      if (i === 0 || prev === undefined || p.cell.table !== prev) n++;
      prev = p.cell.table;
      return { ...p, cell: { ...p.cell, table: n } };
    });
  }

  /**
   * Insert paragraphs at the selection without replacing or splitting anything typed, by the
   * same rules as the Word gateway:
   *  - a non-empty selection: after the paragraph where the selection ends;
   *  - a collapsed cursor in an empty paragraph (no character at all: a space, NBSP or
   *    zero-width character counts as content): that paragraph takes the first item;
   *  - a cursor in a non-empty paragraph (anywhere in it): after that paragraph.
   * Afterwards the cursor sits at the end of the last inserted paragraph. Returns how many
   * paragraphs now hold inserted text.
   */
  /** Where `insertAtSelection` would put text now: into the empty paragraph at the cursor, or after paragraph `after`. */
  insertionPoint(): { at: 'cursor' } | { at: 'after-paragraph'; after: number } | { at: 'after-table' } {
    const { start, end } = this.sel;
    const collapsed = start.paragraph === end.paragraph && start.offset === end.offset;
    const at = this.clamp(end).paragraph;
    if (this.items[at].cell) return { at: 'after-table' };
    return collapsed && this.items[at].text === '' ? { at: 'cursor' } : { at: 'after-paragraph', after: at };
  }

  /** The index of the last paragraph of the table holding paragraph `at` (0-based; `at` itself outside tables). */
  tableEnd(at: number): number {
    const table = this.items[at].cell?.table;
    if (table === undefined) return at;
    let last = at;
    while (last + 1 < this.items.length && this.items[last + 1].cell?.table === table) last++;
    return last;
  }

  insertAtSelection(items: SkeletonParagraph[]): number {
    return this.insertBlock(items)?.paragraphs.length ?? 0;
  }

  /**
   * `insertAtSelection`, returning what was added (ids, texts and levels as stored, the index of
   * the first, whether it filled the empty paragraph at the cursor) for `removeInserted`; one
   * undo entry. Undefined when there was nothing to insert.
   */
  insertBlock(items: SkeletonParagraph[]): InsertedBlock | undefined {
    if (items.length === 0) return undefined;
    this.beginWrite();
    const { start, end } = this.sel;
    const collapsed = start.paragraph === end.paragraph && start.offset === end.offset;
    // A cursor in a table: after the table, as in Word (never into a cell).
    const at = this.tableEnd(this.clamp(end).paragraph);
    const target = this.items[at];
    const fresh = items.map((s) => ({ id: this.newId(), text: s.text, level: clampLevel(s.level) }));
    let lastIndex: number;
    let block: InsertedBlock;
    if (collapsed && target.text === '' && !target.cell) {
      // A new object: the undo entry holds the paragraph as it was.
      const filled = { ...target, text: fresh[0].text, level: fresh[0].level };
      this.items[at] = filled;
      this.items = insertAt(this.items, at + 1, fresh.slice(1));
      lastIndex = at + fresh.length - 1;
      block = { index: at, paragraphs: [filled, ...fresh.slice(1)].map((p) => ({ id: p.id, text: p.text, level: p.level })), filled: { style: String(target.level) } };
    } else {
      this.items = insertAt(this.items, at + 1, fresh);
      lastIndex = at + fresh.length;
      block = { index: at + 1, paragraphs: fresh.map((p) => ({ id: p.id, text: p.text, level: p.level })) };
    }
    const caret = { paragraph: lastIndex, offset: this.items[lastIndex].text.length };
    this.sel = { start: caret, end: { ...caret } };
    this.emit({ type: 'content' });
    return block;
  }

  private ensureOne() {
    if (this.items.length === 0) this.items.push({ id: this.newId(), text: '', level: 0 });
  }

  private clamp(c: Caret): Caret {
    const paragraph = Math.max(0, Math.min(this.items.length - 1, Math.floor(c.paragraph) || 0));
    const len = this.items[paragraph].text.length;
    return { paragraph, offset: Math.max(0, Math.min(len, Math.floor(c.offset) || 0)) };
  }

  private ordered(a: Caret, b: Caret): MemSelection {
    const aFirst = a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset <= b.offset);
    return aFirst ? { start: a, end: b } : { start: b, end: a };
  }
}

/** The paragraphs and the selection at one moment (an undo or redo entry). */
interface Snapshot {
  items: MemParagraph[];
  sel: MemSelection;
  comments: MemComment[];
}

/** Are two cells (or two absent cells) the same place? */
function sameCell(a: TableCell | undefined, b: TableCell | undefined): boolean {
  return a === b || (!!a && !!b && a.table === b.table && a.row === b.row && a.column === b.column);
}

/** A saved cell, when it is one (three non-negative integers). */
function cellOf(x: unknown): TableCell | undefined {
  const c = x as Partial<TableCell> | undefined;
  const ok = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  return c && ok(c.table) && ok(c.row) && ok(c.column) ? { table: c.table!, row: c.row!, column: c.column! } : undefined;
}

function clampLevel(level: number): number {
  return Number.isInteger(level) && level >= 0 && level <= 4 ? level : 0;
}

/** `items` with `fresh` inserted at `at`, as a new array (no spread: a paste may bring 100,000+ paragraphs). */
function insertAt<T>(items: T[], at: number, fresh: readonly T[]): T[] {
  const out = items.slice(0, at);
  for (const x of fresh) out.push(x);
  for (let i = at; i < items.length; i++) out.push(items[i]);
  return out;
}
