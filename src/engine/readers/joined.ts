/**
 * Text pasted into Word from a PDF arrives one PDF line a Word paragraph: sentences cut at a
 * fixed width, a list marker alone in a paragraph before its text. Word's read (src/word) and the
 * command line's .docx read (src/cli/load.ts) join such paragraphs back the way the text reader
 * joins hard-wrapped lines (unwrap.ts: same width statistics, sentence ends, markers, split
 * title), and keep a map from the joined paragraphs back to the document's, so that navigation,
 * fixes and comments (the pane's, and the annotated copy's) still reach the right paragraph and
 * the right characters in it. The same function serves both, so the pane and the command line
 * read one document alike.
 *
 * Only plain paragraphs are joined: never a heading (built-in heading style or outline level), an
 * automatically numbered list paragraph, a table cell, or a paragraph holding a manual line break
 * — those are Word's own paragraphs, not PDF lines.
 *
 * Offsets: UTF-16, in Paragraph.text as read (cleaned). Paragraph indexes: 0-based; "joined"
 * indexes are those of the list the read returns, "Word" indexes those of the document's
 * paragraphs as its reader gives them (Word's body, or readDocx's list).
 *
 * Pure: no Office.js here.
 */
import type { Fix, FixEdit, Paragraph } from '../types';
import { glueParts, isPageFurniture, isPageNumber, unwrapGroups } from './unwrap';
import { isPipeRow, isPipeRule, markedLine, plainLine } from './text';
import { plainParagraph } from './cell-paragraph';

/** One Word paragraph's part of a joined paragraph: joined text [at, at + length) is Word text [from, from + length). */
export interface Piece {
  word: number;
  at: number;
  from: number;
  length: number;
}

/** The joined paragraphs and where each came from. */
export interface UnwrapMap {
  /** For each joined paragraph, its pieces in order (one for a paragraph that was not joined). */
  pieces: Piece[][];
  /** The joined paragraphs' texts (to tell that a reference is to this read). */
  texts: string[];
  /** Word's paragraphs as read: text and id. */
  word: Array<{ text: string; id?: string }>;
  /**
   * Read paragraphs that are one cell of a pasted markdown table row (pipeRowCells): part of a
   * Word paragraph, so a fix may change the words of its span only — never delete, restyle or
   * add a paragraph there (that would take the row's other cells with it).
   */
  cells?: Set<number>;
}

/**
 * The cells of a pasted markdown table row (| 问题 | 整改措施 | 责任人 |) as the text reader reads
 * them (readers/text.ts: one paragraph a cell, its text trimmed), each with where it stands in
 * the row's text (`from`, UTF-16). Undefined when the row is not one the map can point back into:
 * a cell holding an escaped pipe or a markdown mark (its read text is not its typed text).
 */
export function pipeRowCells(text: string): Array<{ text: string; from: number }> | undefined {
  const first = text.indexOf('|');
  const last = text.lastIndexOf('|');
  if (first < 0 || last <= first) return undefined;
  const out: Array<{ text: string; from: number }> = [];
  let s = first + 1;
  for (let i = s; i <= last; i++) {
    if (text[i] === '\\' && text[i + 1] === '|') return undefined;
    if (text[i] !== '|') continue;
    const raw = text.slice(s, i);
    const read = plainLine(raw) ? raw : markedLine(raw, 0).text;
    const at = raw.indexOf(read);
    if (at < 0 || (read === '' && raw.trim() !== '')) return undefined;
    out.push({ text: read, from: s + (read === '' ? 0 : at) });
    s = i + 1;
  }
  return out;
}

/** A paragraph that is a pasted markdown table row or its |---| rule: typed text, not Word's own table. */
function pipeLine(p: Paragraph): boolean {
  return !p.inTable && !p.listString && p.headingLevel === undefined && isPipeRow(p.text);
}

/** A paragraph that is a PDF line candidate: plain body text, not Word's own structure. */
function plain(p: Paragraph): boolean {
  return !p.inTable && !p.listString && p.headingLevel === undefined && p.outlineLevel === undefined && !p.text.includes('\n') && !isPipeRow(p.text);
}

/**
 * Word paragraphs with hard wraps joined. `map` is undefined when nothing was joined (the
 * paragraphs are then returned as they are, indexes unchanged).
 */
export function unwrapWordParagraphs(paragraphs: Paragraph[]): { paragraphs: Paragraph[]; map?: UnwrapMap } {
  const pipes = paragraphs.some(pipeLine);
  if (paragraphs.length < 2 && !pipes) return { paragraphs };
  const lines = paragraphs.map((p) => p.text);
  // A page break inside a paragraph (the PDF's page number, blank lines) belongs to the paragraph's
  // group and adds no text to it, as the text reader leaves it out: the check reads the same text.
  const groups = paragraphs.length < 2 ? [paragraphs.length] : unwrapGroups(lines, (i) => plain(paragraphs[i]) && i + 1 < paragraphs.length && plain(paragraphs[i + 1]), { pageBreaks: true });
  // A PDF's page number in a paragraph of its own (unwrap.ts isPageNumber) is read as an empty one, as the text reader reads it.
  const pageNumber = (p: Paragraph) => plain(p) && isPageNumber(p.text);
  if (groups.length === paragraphs.length && !pipes && !paragraphs.some(pageNumber)) return { paragraphs };
  const out: Paragraph[] = [];
  const pieces: Piece[][] = [];
  const cells = new Set<number>();
  // Pasted markdown tables: a run of pipe rows is one table, numbered after Word's own tables.
  let table = paragraphs.reduce((m, p) => Math.max(m, p.cell?.table ?? -1), -1);
  let row = -1;
  let inPipes = false;
  let i = 0;
  for (const size of groups) {
    const first = paragraphs[i];
    if (size === 1 && pipeLine(first)) {
      if (!inPipes) {
        table++;
        row = -1;
        inPipes = true;
      }
      const own = isPipeRule(first.text) ? [] : pipeRowCells(first.text);
      if (own === undefined) {
        // A row the map cannot point into: kept whole, as before.
        out.push({ ...plainParagraph(first), index: out.length });
        pieces.push([{ word: i, at: 0, from: 0, length: first.text.length }]);
      } else if (own.length > 0) {
        // Read as the text reader reads a pasted table: one paragraph a cell (a |---| rule adds none).
        row++;
        own.forEach((c, column) => {
          cells.add(out.length);
          out.push({
            index: out.length,
            text: c.text,
            inTable: true,
            cell: { table, row, column },
            ...(column === 0 && first.id !== undefined ? { id: first.id } : {}),
          });
          pieces.push([{ word: i, at: 0, from: c.from, length: c.text.length }]);
        });
      }
      i++;
      continue;
    }
    inPipes = false;
    if (size === 1 && pageNumber(first)) {
      out.push({ ...plainParagraph(first), index: out.length, text: '' });
      pieces.push([{ word: i, at: 0, from: 0, length: 0 }]);
      i++;
      continue;
    }
    let text = first.text;
    const own: Piece[] = [{ word: i, at: 0, from: 0, length: text.length }];
    for (let k = 1; k < size; k++) {
      const next = paragraphs[i + k].text;
      if (isPageFurniture(next)) continue;
      const g = glueParts(text, next);
      // the kept part of the text so far: trailing white space of the last piece is dropped
      const last = own[own.length - 1];
      last.length = Math.max(0, Math.min(last.length, g.keep - last.at));
      text = text.slice(0, g.keep) + g.space + next.slice(g.skip);
      own.push({ word: i + k, at: g.keep + g.space.length, from: g.skip, length: next.length - g.skip });
    }
    // plainParagraph: a reader's CellParagraph keeps its inTable and cell, which a spread misses.
    const p: Paragraph = { ...plainParagraph(first), index: out.length, text };
    if (size > 1 && paragraphs.slice(i, i + size).some((x) => !x.bold)) delete p.bold;
    out.push(p);
    pieces.push(own);
    i += size;
  }
  return {
    paragraphs: out,
    map: { pieces, texts: out.map((p) => p.text), word: paragraphs.map((p) => ({ text: p.text, id: p.id })), ...(cells.size ? { cells } : {}) },
  };
}

/**
 * The Word paragraph and offsets of joined paragraph `paragraph`'s [start, start + length): the
 * piece holding `start` (a start on the space between two pieces goes to the next piece), the
 * length cut at that piece's end. Undefined when the index is outside the map.
 */
export function toWordSpan(map: UnwrapMap, paragraph: number, start: number, length: number): { paragraph: number; start: number; length: number; whole: boolean } | undefined {
  const own = map.pieces[paragraph];
  if (!own) return undefined;
  let piece = own[own.length - 1];
  for (const p of own) {
    if (start < p.at + p.length || (length === 0 && start <= p.at + p.length)) {
      piece = p;
      break;
    }
  }
  const local = Math.max(0, start - piece.at);
  const end = Math.min(piece.length, local + length);
  const whole = start >= piece.at && start + length <= piece.at + piece.length;
  return { paragraph: piece.word, start: piece.from + local, length: Math.max(0, end - local), whole };
}

/**
 * A fix over the joined paragraphs as a fix over Word's paragraphs, or undefined when an edit
 * cannot be expressed there (it spans two Word paragraphs, i.e. a PDF line end). Text edits go to
 * the piece holding them; a style edit or a deletion goes to every piece; a new paragraph goes
 * after the last piece.
 */
export function toWordFix(map: UnwrapMap, fix: Fix): Fix | undefined {
  const edits: FixEdit[] = [];
  for (const e of fix.edits) {
    const own = map.pieces[e.paragraph];
    if (!own) return undefined;
    // A cell of a pasted table row is part of its Word paragraph: only its words may change.
    if (map.cells?.has(e.paragraph) && (e.newParagraphAfter || e.deleteParagraph || e.style !== undefined)) return undefined;
    if (e.newParagraphAfter) {
      const last = own[own.length - 1].word;
      // A list heading's sibling: the Word paragraph holding its start (and its list number).
      const like = e.list ? map.pieces[e.list.like]?.[0]?.word : undefined;
      if (e.list && like === undefined) return undefined;
      edits.push({ ...e, paragraph: last, expect: map.word[last].text, ...(e.list ? { list: { ...e.list, like: like! } } : {}) });
    } else if (e.deleteParagraph || (e.style !== undefined && e.text === e.expect && e.start === 0 && e.length === map.texts[e.paragraph].length)) {
      for (const p of own) {
        const text = map.word[p.word].text;
        edits.push({ ...e, paragraph: p.word, start: 0, length: text.length, text: e.deleteParagraph ? '' : text, expect: text });
      }
    } else {
      const at = toWordSpan(map, e.paragraph, e.start, e.length);
      if (!at || !at.whole) return undefined;
      edits.push({ ...e, paragraph: at.paragraph, start: at.start, length: at.length });
    }
  }
  return { ...fix, edits };
}

/**
 * Where a selection of joined paragraph `ref` (and its `span`, offsets in the joined text) lies
 * among the host's own paragraphs: the paragraph holding the span's start (its first when no span)
 * and the span moved into it. `ref` and `span` as given when nothing was joined, the map is not
 * for this read (the paragraph's text differs) or the index is outside it.
 */
export function toWordRef<R extends { index: number; text: string; id?: string }, S extends { start: number; length: number; text: string }>(
  map: UnwrapMap | undefined,
  ref: R,
  span?: S,
): {
  ref: R | { index: number; text: string; id?: string };
  span?: S | { start: number; length: number; text: string };
  /** Where the selection ends when it reaches past the first host paragraph (toWordEnd). */
  end?: WordEnd;
} {
  if (!map || map.texts[ref.index] !== ref.text) return { ref, span };
  const at = toWordSpan(map, ref.index, span?.start ?? 0, span?.length ?? 0);
  if (!at) return { ref, span };
  const w = map.word[at.paragraph];
  const end = toWordEnd(map, ref.index, span);
  return {
    ref: { index: at.paragraph, text: w.text, ...(w.id !== undefined ? { id: w.id } : {}) },
    span: span ? { start: at.start, length: at.length, text: w.text.slice(at.start, at.start + at.length) } : undefined,
    ...(end ? { end } : {}),
  };
}

/**
 * The host paragraph a selection ends in and the part of the span in it: `ref` that paragraph,
 * `span` the words from its start to the span's end (none: the whole paragraph).
 */
export interface WordEnd {
  ref: { index: number; text: string; id?: string };
  span?: { start: number; length: number; text: string };
}

/**
 * Where the selection of joined paragraph `paragraph` (its `span`, offsets in the joined text; no
 * span: the whole paragraph) ends among the host's paragraphs, when that is past the paragraph
 * holding its start: a span across a PDF line end ends in the last line it reaches (the words
 * there up to its end), a whole joined paragraph in its last line (all of it). Undefined when the
 * selection lies in one host paragraph, or the index is outside the map.
 */
export function toWordEnd(map: UnwrapMap, paragraph: number, span?: { start: number; length: number }): WordEnd | undefined {
  const own = map.pieces[paragraph];
  if (!own || own.length < 2) return undefined;
  const first = toWordSpan(map, paragraph, span?.start ?? 0, span?.length ?? 0);
  if (!first) return undefined;
  const wordRef = (i: number) => {
    const w = map.word[i];
    return { index: i, text: w.text, ...(w.id !== undefined ? { id: w.id } : {}) };
  };
  if (!span) {
    const last = own[own.length - 1].word;
    return last === first.paragraph ? undefined : { ref: wordRef(last) };
  }
  if (span.length <= 0) return undefined;
  const stop = span.start + span.length;
  // The last piece the span reaches into (a span ending on the space between two pieces ends in the first).
  let last: Piece | undefined;
  for (const p of own) if (p.at < stop && p.at + p.length > span.start && p.length > 0) last = p;
  if (!last || last.word === first.paragraph) return undefined;
  const length = Math.min(last.length, stop - last.at);
  const text = map.word[last.word].text;
  return { ref: wordRef(last.word), span: { start: last.from, length, text: text.slice(last.from, last.from + length) } };
}

/**
 * The 整改清单's place (taskpane/checklistPlace.ts) over Word's own paragraphs: `first` to the first
 * piece of its joined paragraph, `last` to the last piece of its own, their texts Word's. The place
 * unchanged when nothing was joined; undefined when the place is not of this read (the host then
 * uses the cursor).
 */
export function toWordPlace<P extends { first: number; last: number; firstText: string; lastText: string }>(map: UnwrapMap | undefined, place: P): P | undefined {
  if (!map) return place;
  if (map.texts[place.first] !== place.firstText || map.texts[place.last] !== place.lastText) return undefined;
  const a = map.pieces[place.first]?.[0];
  const own = map.pieces[place.last];
  const b = own?.[own.length - 1];
  if (!a || !b) return undefined;
  return { ...place, first: a.word, last: b.word, firstText: map.word[a.word].text, lastText: map.word[b.word].text };
}
