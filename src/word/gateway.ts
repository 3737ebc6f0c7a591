/**
 * The seam between the task pane and a document host. `officeGateway.ts` implements it over
 * Office.js; the browser preview implements it over an in-memory document. This file imports no
 * Office types, so everything outside src/word can depend on it.
 */
import type { Fix, Paragraph, SkeletonParagraph } from '../engine/types';

/** What a paragraph reference carries so it can be found again after edits. */
export interface ParagraphRef {
  index: number;
  /** Host id (Word uniqueLocalId) when the host has one. */
  id?: string;
  /** The paragraph's text when it was read (used to verify the index and to search). */
  text: string;
}

/**
 * Words inside a paragraph: `start`/`length` are UTF-16 offsets in the paragraph's text as the
 * gateway's `read()` returned it (Finding.start/length); `text` is those words, used to find them
 * again when the paragraph changed since.
 */
export interface TextSpan {
  start: number;
  length: number;
  text: string;
}

/**
 * The document changed. `ids` lists the host ids of the paragraphs changed, added or deleted when
 * the host tells (Word 1.6 paragraph events, the preview); absent when only "something changed"
 * is known (the fallback's cheap test).
 */
export interface DocumentChange {
  ids?: string[];
  /** Another document took this one's place (the preview's 打开文件… or a sample): what the pane remembers of the old one (撤销) no longer applies. */
  replaced?: boolean;
}

export interface HostCapabilities {
  /** WordApi 1.6 (uniqueLocalId, …) is available. */
  wordApi16: boolean;
  /** The document can be edited. */
  editable: boolean;
}

/** Reasons a host operation did not happen; each maps to one Chinese message. */
export type GatewayProblem =
  | 'read-only'
  | 'in-header-footer'
  | 'in-footnote'
  | 'locked-content-control'
  | 'not-found'
  | 'unsupported'
  | 'busy'
  /** The text a fix is for has changed since the check: the fix is withdrawn. */
  | 'changed'
  | 'unknown';

/**
 * Where an insertion went: `at` 'cursor' = into the empty paragraph at the cursor;
 * 'after-paragraph' = after paragraph `after` (0-based); 'after-table' = after the table holding
 * the cursor. Hosts that cannot tell give only `inserted`.
 */
/**
 * Where an insertion went: at the cursor, after paragraph `after` (0-based) or after the table the
 * cursor was in; `at-end` when the host cannot insert at the cursor (Word with WordApi 1.1/1.2) and
 * the paragraphs were appended at the end of the document.
 */
export interface InsertResult {
  inserted: number;
  at?: 'cursor' | 'after-paragraph' | 'after-table' | 'at-end';
  after?: number;
  /** What this insertion added, for `undoInsert` (hosts that cannot take it back leave it out). */
  added?: InsertedBlock;
}

/** One paragraph an insertion added, as it was written: its text and level (0 body, 1..9 heading). */
export interface InsertedParagraph {
  text: string;
  level: number;
  /** Host id (Word uniqueLocalId, the preview's paragraph id) when the host gave one. */
  id?: string;
}

/**
 * The paragraphs one insertion added, in order, to take exactly them back (`undoInsert`).
 * `index`: 0-based index of the first of them right after the insertion, when the host knows it
 * (Word after a table does not); `filled`: the first one was the empty paragraph at the cursor
 * (taken back by emptying it again and giving back `style`, its built-in style before).
 */
export interface InsertedBlock {
  index?: number;
  paragraphs: InsertedParagraph[];
  filled?: { style?: string };
}

export type GatewayResult<T> = { ok: true; value: T } | { ok: false; problem: GatewayProblem; message: string };

/** What a read found out beyond the paragraphs, for one notice in the pane. */
export interface ReadNotes {
  /** The document has tracked changes (known where the host can tell: Word, WordApi 1.4). */
  trackedChanges: boolean;
  /** The text read may include tracked-deleted text (the host could not give the reviewed text). */
  mayIncludeDeleted: boolean;
  /** Automatic numbers of list paragraphs could not be read. */
  listStringsMissing: boolean;
  /**
   * The text read may include hidden text (font set to 隐藏): the host cannot leave it out (Word
   * before WordApi 1.7) and could not rule out that there is some (Body.font.hidden, WordApiDesktop 1.2).
   */
  mayIncludeHidden?: boolean;
}

export interface DocumentGateway {
  capabilities(): Promise<HostCapabilities>;
  /** The whole body, tables included, in document order. */
  read(): Promise<Paragraph[]>;
  /** Notes on the last read (hosts without tracked changes need not implement it). */
  lastReadNotes?(): ReadNotes;
  /**
   * Select the paragraph — or, with `span`, the words in it: at the span's offsets when the
   * paragraph's text still holds those words there, else their first occurrence in the paragraph,
   * else the whole paragraph — and scroll it into view. Never moves keyboard focus on purpose.
   */
  select(ref: ParagraphRef, span?: TextSpan): Promise<GatewayResult<void>>;
  /**
   * Call `listener` after the writer edits the document (optional: hosts that cannot tell leave it
   * out). Returns the function that stops watching.
   */
  watch?(listener: (change: DocumentChange) => void): () => void;
  /**
   * Insert paragraphs at the cursor without replacing or splitting anything the writer typed;
   * the result says where they went (InsertResult).
   */
  insert(paragraphs: SkeletonParagraph[]): Promise<GatewayResult<InsertResult>>;
  /**
   * Take back one insertion (`InsertResult.added`): remove exactly the paragraphs it added — found
   * by id where the host has ids, else as the run of their texts at `index` (or, when that moved,
   * the only such run in the body) — and only when every one of them still has the text and level
   * it was inserted with; a filled empty paragraph is emptied again, never deleted. Any paragraph
   * changed or gone: nothing is removed, problem 'changed' with `INSERT_CHANGED` as message.
   * Nothing else in the document is touched. Returns how many paragraphs were taken back.
   */
  undoInsert?(block: InsertedBlock): Promise<GatewayResult<{ removed: number }>>;
  /**
   * Select the next placeholder (engine `nextPlaceholder`: "……", "××", "20XX年" …) after the
   * current selection, wrapping around to the first in the document; the selection stays when
   * there is none (`found` false). Never moves keyboard focus on purpose.
   */
  selectNextPlaceholder?(): Promise<GatewayResult<{ found: boolean; paragraph?: number }>>;
  /**
   * An add-in setting stored in the document (Office document settings: it travels with the
   * file, so a reviewer opening it sees it). `key` is namespaced "duizhao.*"; the value is JSON.
   * Undefined when absent or when the host keeps no settings.
   */
  readSetting<T>(key: string): Promise<T | undefined>;
  /**
   * Apply a fix (engine/fix.ts) to the paragraphs of the last read, as ONE edit: every span is
   * checked against its `expect` in one read first (any mismatch: nothing is written, problem
   * 'changed'); then all edits go to the host in one write. Nothing outside the spans is touched.
   * When the write fails part-way, what was written is taken back (and the message says so).
   * Returns the fix that takes this one back (`undo`), to apply the same way, and `note`: a
   * Chinese sentence to show with the success when the fix was applied differently than shown
   * (a list heading given a typed number because the host could not join its list).
   */
  applyFix(fix: Fix): Promise<GatewayResult<{ undo: Fix; note?: string }>>;
  /** Stores (value undefined: removes) a setting and saves it into the document. */
  writeSetting(key: string, value: unknown): Promise<GatewayResult<void>>;
}
