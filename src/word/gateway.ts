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
export interface InsertResult {
  inserted: number;
  at?: 'cursor' | 'after-paragraph' | 'after-table';
  after?: number;
}

export type GatewayResult<T> = { ok: true; value: T } | { ok: false; problem: GatewayProblem; message: string };

export interface DocumentGateway {
  capabilities(): Promise<HostCapabilities>;
  /** The whole body, tables included, in document order. */
  read(): Promise<Paragraph[]>;
  /** Select the paragraph and scroll it into view. */
  select(ref: ParagraphRef): Promise<GatewayResult<void>>;
  /** Insert paragraphs at the cursor without replacing or splitting anything the writer typed. */
  insert(paragraphs: SkeletonParagraph[]): Promise<GatewayResult<InsertResult>>;
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
   * Returns the fix that takes this one back (`undo`), to apply the same way.
   */
  applyFix(fix: Fix): Promise<GatewayResult<{ undo: Fix }>>;
  /** Stores (value undefined: removes) a setting and saves it into the document. */
  writeSetting(key: string, value: unknown): Promise<GatewayResult<void>>;
}
