/**
 * How reports name a paragraph's place to a reader. In Word and a .docx: its 1-based number,
 * 第12段. In a text file (.txt, .md): the 1-based line of the file on which it starts, 第12行 —
 * what an editor shows. The two differ once the text reader joined lines hard-wrapped from a PDF,
 * read a pipe-table row as a paragraph per cell, or left out a rule line (|---|): the reader's line
 * map (`DocumentInput.lines`) says where each paragraph starts; without one, paragraph k is line
 * k + 1. Pure; paragraph indexes are 0-based, numbers shown 1-based.
 */
import type { DocumentInput, Paragraph } from './types';
import { placeText } from './messages';

export interface Places {
  /** 'line' for a text file (.txt, .md), 'paragraph' for Word and .docx. */
  unit: 'line' | 'paragraph';
  /** The 1-based number shown for 0-based paragraph `p`: the line it starts on, or p + 1. */
  number(p: number): number;
  /** “第12行” / “第12段”: where paragraph `p` (0-based) is. */
  at(p: number): string;
  /**
   * Where something is inserted after paragraph `p` (0-based): “第15行” (the paragraph's last line,
   * for one joined from several lines) / “第12段”.
   */
  after(p: number): string;
  /** “第3、5、8行” / “第3、5、8段” for paragraphs `ps` (0-based, in order); a number repeated in a row is said once. */
  list(ps: readonly number[]): string;
  /** The 1-based line paragraph `p` (0-based) starts on, for --json's `line`; undefined for Word and .docx. */
  line(p: number): number | undefined;
}

const UNIT = { line: placeText.line, paragraph: placeText.paragraph } as const;

function places(unit: Places['unit'], number: (p: number) => number, last: (p: number) => number): Places {
  const word = UNIT[unit];
  return {
    unit,
    number,
    at: (p) => placeText.at(number(p), word),
    after: (p) => placeText.at(last(p), word),
    list: (ps) => {
      const ns: number[] = [];
      for (const p of ps) {
        const k = number(p);
        if (ns[ns.length - 1] !== k) ns.push(k);
      }
      return placeText.list(ns, word);
    },
    line: unit === 'line' ? number : () => undefined,
  };
}

/**
 * `{ line }`: the 1-based line 0-based paragraph `p` starts on, when `places` names lines (a text
 * file), for --json; `{}` for Word and .docx.
 */
export function lineField(places: Places, p: number): { line?: number } {
  const line = places.line(p);
  return line === undefined ? {} : { line };
}

/** Paragraph numbers (第N段): Word, .docx, and wherever no document is at hand. */
export const PARAGRAPH_PLACES: Places = places('paragraph', (p) => p + 1, (p) => p + 1);

/** A text file of one line a paragraph (no line map): paragraph k is line k + 1. */
const LINE_PLACES: Places = places('line', (p) => p + 1, (p) => p + 1);

/**
 * The places of `input`'s paragraphs: lines for a text or markdown source (through its line map
 * when it has one), paragraph numbers for Word and .docx. Without `paragraphs` (a caller holding
 * only the source and the map) `after` takes a table cell for a paragraph of its own lines.
 */
export function placesOf(input: Pick<DocumentInput, 'source' | 'lines'> & { paragraphs?: readonly Paragraph[] }): Places {
  if (input.source !== 'text' && input.source !== 'markdown') return PARAGRAPH_PLACES;
  const map = input.lines;
  if (!map) return LINE_PLACES;
  const paragraphs = input.paragraphs ?? [];
  const count = map.length - 1;
  // Past the map (a paragraph index it does not hold): counted on from its end, one line each.
  const number = (p: number) => (p >= 0 && p < count ? map[p] : map[count] + (p - count));
  // A table cell is on its row's one line; any other paragraph runs up to the line before the next
  // paragraph's (the sentinel map[count] after the last).
  const last = (p: number) => (p < 0 || p >= count || paragraphs[p]?.inTable ? number(p) : Math.max(map[p], map[p + 1] - 1));
  return places('line', number, last);
}
