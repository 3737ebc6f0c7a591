/**
 * The engine's data model. Hosts (Word, the .docx/.txt readers, tests) all produce a
 * `DocumentInput`; the engine turns it into an `Outline` and `Finding`s. Nothing here knows
 * about Office, the DOM or the file system.
 */

import type { UnwrapMap } from './readers/joined';

/** One paragraph of the document, as any host sees it. */
export interface Paragraph {
  /** 0-based position in the paragraph list; stable for one read of the document. */
  index: number;
  /**
   * The paragraph's own text with control characters removed; automatic numbering NOT included.
   * A manual line break (Word's Shift+Enter) is "\n", the same from every host.
   */
  text: string;
  /** Automatic list number the host renders in front of the text ("一、", "（一）", "1."), when it is not typed. */
  listString?: string;
  /** Style name as the host reports it ("heading 1", "标题 1", "Normal", "正文"). */
  styleName?: string;
  /** Built-in heading level 1..9 when the paragraph's style is a built-in heading style. */
  headingLevel?: number;
  /** Outline level 1..9 from paragraph formatting or style; undefined for body text. */
  outlineLevel?: number;
  /** Markdown heading level (`#` = 1) recognised by the text reader. */
  markdownLevel?: number;
  /** The whole paragraph is bold (or wrapped in `**` in markdown): a weak heading hint. */
  bold?: boolean;
  /** Inside a table cell. */
  inTable?: boolean;
  /**
   * Where in a table: the table's number in document order, the row and the column (0-based; the
   * innermost table for nested ones). Lets a 整改清单 table be read a row at a time.
   */
  cell?: { table: number; row: number; column: number };
  /** Host-specific stable id (Word's uniqueLocalId where WordApi 1.6 exists). */
  id?: string;
}

/** Where the paragraphs came from. Word and .docx can carry heading styles; text cannot. */
export type SourceKind = 'word' | 'docx' | 'text' | 'markdown';

export interface DocumentInput {
  paragraphs: Paragraph[];
  source: SourceKind;
  /** File or document name, for reports. */
  name?: string;
  /**
   * When the reader joined paragraphs back (a .docx holding text pasted from a PDF, one line a
   * paragraph: readers/joined.ts): how `paragraphs` map to the file's own, for what is written
   * back into the file (the annotated copy's comments). Absent when nothing was joined.
   */
  joined?: UnwrapMap;
  /**
   * A text file's line map (readers/text.ts readTextDocument): `lines[k]` is the 1-based line of the
   * file on which paragraph k (0-based index) starts, `lines[paragraphs.length]` the line after the
   * last paragraph's last line. Set only when it is not the identity (lines joined, a pipe table, a
   * rule line left out); absent for a text file of one line a paragraph, where paragraph k is line
   * k + 1. Reports of a text file name lines (第12行), of Word and .docx paragraphs (第12段): see
   * places.ts.
   */
  lines?: Int32Array;
}

/** Numbering forms writers type (GB/T 9704-2012 levels and the common item forms). */
export type MarkerKind =
  | 'cn-dun' // 一、
  | 'cn-paren' // （一）
  | 'arabic-dot' // 1.  1．  1、
  | 'arabic-paren' // （1）
  | 'circled' // ①
  | 'cn-shi' // 一是
  | 'cn-di' // 第一，
  | 'style'; // a heading style with no number at all

export interface Marker {
  kind: MarkerKind;
  /** The number it stands for (1-based). For `style`, the heading level. */
  value: number;
  /** The marker exactly as written ("（一）", "一是", "三" for a broken one). */
  raw: string;
  /** Written wrongly, e.g. "三基层治理…" where "三是" was meant. */
  broken?: boolean;
  /** Comes from automatic numbering (listString), not typed. */
  auto?: boolean;
}

/**
 * What a top-level part is. `cases` is the 反面典型案例剖析 part the 2024年度 and 2025年度 notices
 * require (its items are neither problems nor measures).
 */
export type PartRole = 'previous' | 'problems' | 'cases' | 'causes' | 'measures' | 'other';

/**
 * A node of the document tree: a heading or an item. Items that start inside a paragraph
 * (一是…二是… in one paragraph) are nodes too, with `inline` set. The outline's nodes hold the
 * fields most nodes leave at their default (body the heading, depth 1, offset 0, inline and styled
 * false, no children, no text paragraphs) on a shared prototype (outline.ts, TreeNode): read fields
 * by name; a copy made by spread or structuredClone lacks them (JSON.stringify lists all).
 */
export interface OutlineNode {
  paragraph: number;
  /** Offset in the paragraph's effective text (listString + text) where this node starts. */
  offset: number;
  marker?: Marker;
  /** The heading part: the whole paragraph, or for a run-in heading its first sentence. Marker included. */
  heading: string;
  /** The node's own text: heading plus the body up to the next node (other paragraphs included). */
  body: string;
  /** Started inside a paragraph rather than at its start. */
  inline: boolean;
  /** The paragraph has a Word heading style or outline level. */
  styled: boolean;
  /** Depth in the tree: parts are 1. */
  depth: number;
  children: OutlineNode[];
  /** Paragraphs of plain text that belong to this node but are no child node (intros, examples). */
  textParagraphs: number[];
  /**
   * An entry read from a table row: how many UTF-16 units at the start of `body` are its own cells
   * (the measure, its owner and deadline); the row's other cells (the problem it answers …) follow.
   * Absent for every other node.
   */
  rowOwn?: number;
  /**
   * An entry read from a table row whose header has a 问题 column beside the entry's own: that
   * row's 问题 cells as written (non-blank, one a line), the problem the row says it answers
   * (link.ts: a 整改清单 row answers the problem its 问题 cell names). Absent for every other node.
   */
  rowProblem?: string;
  /**
   * With rowProblem: how many UTF-16 units at the start of `body` are the row's own measure cell,
   * without the owner and deadline cells after it (is the measure itself more than a slogan?).
   */
  rowCell?: number;
  /**
   * A measure that is an item of a group of measures (outline.ts groupedMeasures): the group's
   * heading as written ("（二）围绕增强党性、砥砺作风"), the context it stands in. Absent for every other node.
   */
  group?: string;
}

export interface PartNode {
  role: PartRole;
  node: OutlineNode;
}

export interface AspectNode {
  /** Template aspect number (1-based), or null for a section outside the template (其他方面). */
  aspect: number | null;
  node: OutlineNode;
  /** The problem items listed under this aspect. */
  problems: OutlineNode[];
  /** Score of the chosen mapping against each template aspect (index 0 = aspect 1). */
  scores: number[];
  /**
   * Problems listed straight under the problems part with no aspect headings (一是…二是… stating
   * problems): one such entry per part, `node` the part's own heading node, `aspect` null. Its
   * problems are linked and checked like any others; rules about aspects leave it out, and
   * missing-aspect says once that the part is not organised by aspects.
   */
  unsectioned?: true;
  /**
   * Measures written under this aspect as labelled fields ("整改措施：…" below "问题：…"): they are in
   * `Outline.measures` too, and answer this aspect's problems (link.ts). Absent for other layouts.
   */
  measures?: OutlineNode[];
}

export interface Outline {
  title?: { text: string; paragraph: number };
  /** Every top-level part, in document order. */
  parts: PartNode[];
  /** Aspect sections of the problems part, in document order. */
  aspects: AspectNode[];
  /** Entries of the cause analysis. */
  causes: OutlineNode[];
  /** Entries of the measures part. */
  measures: OutlineNode[];
  /**
   * The whole tree: parts (and any top-level node outside a part) as children of a virtual root.
   * The root keeps no `textParagraphs` (text outside every node belongs to no entry).
   */
  root: OutlineNode;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable rule id, e.g. "missing-part". */
  rule: string;
  severity: Severity;
  /** Chinese message from the catalogue. */
  message: string;
  /** 0-based paragraph index the finding points at. */
  paragraph: number;
  /**
   * The start of that paragraph's text; when the paragraph holds several items (一是…二是… run
   * into one paragraph, a run-in heading and its items), the start of the item the span lies in.
   */
  excerpt: string;
  /**
   * The words the finding is about: UTF-16 offset and length within the paragraph's own text
   * (`Paragraph.text`, automatic numbering not included — the text a host can search and select).
   * Absent when the finding is about the whole paragraph (or the document).
   */
  start?: number;
  length?: number;
  /** A mechanical correction the host may apply on request (see `Fix`). */
  fix?: Fix;
  /**
   * Set on a summary finding only: the number of further findings of this rule and severity it
   * stands for, not listed one by one (a rule lists at most `MAX_FINDINGS_PER_RULE` per document,
   * rules/index.ts). It points at the first of them and counts as that many in every total.
   */
  omitted?: number;
}

/**
 * One edit of a fix. Offsets are UTF-16 code units in the paragraph's text as the reader gives it
 * (`Paragraph.text`, without automatic numbering); `length` 0 inserts. With `newParagraphAfter`
 * the edit adds a new paragraph holding `text` after paragraph `paragraph` (`start`/`length` 0).
 */
export interface FixEdit {
  paragraph: number;
  start: number;
  length: number;
  text: string;
  newParagraphAfter?: boolean;
  /** For a new paragraph: heading level 1..4, or 0 for body text. */
  level?: number;
  /**
   * For an edit of existing text: the text the span must still hold, else the fix is withdrawn.
   * For a new paragraph: the whole text paragraph `paragraph` (the anchor) must still hold.
   */
  expect?: string;
  /**
   * Apply the built-in heading style of this level (1..9) to the paragraph. A style edit spans the
   * whole paragraph with `text` equal to `expect` (its text does not change); see fix.ts.
   */
  style?: number;
  /**
   * Remove paragraph `paragraph` entirely (its mark too); `expect` is its whole text. Only undo
   * fixes (see `inverseFix`) use it, to take away paragraphs a fix added. A tool that knows only
   * text edits empties the paragraph instead (start 0, length = its length, text "").
   */
  deleteParagraph?: boolean;
  /**
   * For a new heading among headings the host numbers with a list (Word's automatic numbering):
   * `text` starts with `typed`, the number the heading gets there in the list's form. A host that
   * can join lists (Word: `Paragraph.attachToList`, WordApi 1.3) writes `text` without `typed` and
   * puts the paragraph in the list of paragraph `like` (a sibling heading) at that paragraph's
   * level, so the list numbers it and renumbers the headings after it. A host that cannot (plain
   * text, the preview, a tool that ignores this field) writes `text` as it is.
   */
  list?: { like: number; typed: string };
}

/** A fix as data (textlint's model): a Chinese label ("改为“三是”") and its edits, applied as one. */
export interface Fix {
  label: string;
  edits: FixEdit[];
  /**
   * A fix that selects instead of editing (the placeholder rule: go to the next unfilled
   * placeholder); `edits` is then empty. Offsets as in `FixEdit`. `select` is the placeholder the
   * finding points at (the first paragraph with one): what to select when the host knows no
   * earlier selection.
   */
  select?: FixSpan;
  /**
   * With `select`: every unfilled placeholder span of the document, in document order (`select`
   * among them; at most MAX_FIX_EDITS + 1, rules/util.ts; absent when `select` is the only one). A host applying the fix again selects the
   * one after the current selection or the span it selected last, wrapping to the first
   * (`nextSelection` in fix.ts), so 选中下一处占位内容 walks through them. Added in issue 11
   * follow-up; absent on older output, where `select` is the only span.
   */
  selections?: FixSpan[];
}

/** A span to select: UTF-16 offsets in paragraph `paragraph`'s `Paragraph.text` (0-based index). */
export interface FixSpan {
  paragraph: number;
  start: number;
  length: number;
}

/** One paragraph of a skeleton to insert: a heading (level 1..4) or a body placeholder (level 0). */
export interface SkeletonParagraph {
  text: string;
  /** 1..4 = heading level (Word "heading N" / 标题 N); 0 = body text. */
  level: number;
}
