/**
 * Plain text and markdown: one line a paragraph. Markdown marks that writers paste along
 * (`#` headings, `**bold**`, list bullets, quotes) are recognised as facts, not kept as text.
 * A pasted pipe table (| 问题 | 措施 | 责任人 |) is read as a Word table would be: one paragraph
 * per cell with its table, row and column, the |---| separator line left out.
 */
import type { Paragraph } from '../types';

const HEADING = /^(#{1,6})[ \t\u3000]+/;
const BULLET = /^(?:[-*+][ \t\u3000]+|>[ \t\u3000]?)/;
const WRAPPED_BOLD = /^(\*\*|__)(.+)\1[。：:]?$/;

/** Remove control characters that are not text (keeps tab as a space). */
export function cleanText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200d\ufeff]/g, '')
    .replace(/[\t\u00a0]/g, ' ');
}

/**
 * A table row: starts and ends with a pipe, with at least one more inside. Checked by hand, not by
 * a regular expression: /^\s*\|.*\|.*\|\s*$/ backtracks on a long run of pipes or on a row with
 * text after its last pipe ("| 一 | 二 | 备注"), quadratic or worse in the line's length.
 */
export function isPipeRow(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t[0] !== '|' || t[t.length - 1] !== '|') return false;
  return t.indexOf('|', 1) < t.length - 1;
}

/**
 * The line under a table's header: |---|:---:| — cells of two or more dashes with optional colons,
 * nothing else but spaces and pipes. Checked cell by cell (linear; the regular expression it
 * replaces nested quantifiers and backtracked on long rules).
 */
export function isPipeRule(line: string): boolean {
  const t = line.trim();
  if (!t.includes('|')) return false;
  const cells = t.split('|');
  if (cells[0].trim() === '') cells.shift();
  if (cells.length && cells[cells.length - 1].trim() === '') cells.pop();
  return cells.length > 0 && cells.every((c) => /^:?-{2,}:?$/.test(c.trim()));
}

/** Cells of a pipe row; an escaped \| stays in the cell. */
function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\' && inner[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/**
 * The paragraphs of a .txt or .md file. Both kinds are read alike (`_kind` is what the caller
 * knows of the file): writers paste markdown into plain text too.
 */
export function readText(text: string, _kind: 'text' | 'markdown' = 'text'): Paragraph[] {
  const out: Paragraph[] = [];
  let table = -1;
  let row = -1;
  let inTable = false;
  // Lines are taken one at a time (no array of all lines); a blank line is one small object and
  // no other work, so a flood of them costs little.
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.length;
  for (let start = from; start <= end; ) {
    let stop = start;
    while (stop < end) {
      const c = text.charCodeAt(stop);
      if (c === 10 || c === 13) break;
      stop++;
    }
    // A file's final newline does not start another paragraph.
    if (stop === end && start === end && start > from) break;
    const raw = text.slice(start, stop);
    start = stop + (text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10 ? 2 : 1);
    if (raw === '') {
      inTable = false;
      out.push({ index: out.length, text: '' });
      continue;
    }
    if (isPipeRow(raw)) {
      if (!inTable) {
        table++;
        row = -1;
        inTable = true;
      }
      if (isPipeRule(raw)) continue;
      row++;
      pipeCells(raw).forEach((cell, column) => {
        const p = readLine(cell, out.length);
        p.inTable = true;
        p.cell = { table, row, column };
        out.push(p);
      });
      continue;
    }
    inTable = false;
    out.push(readLine(raw, out.length));
  }
  return out;
}

function readLine(raw: string, index: number): Paragraph {
  // trim() removes U+3000 too (a /\u3000+$/ pass here was quadratic on a long inner run of them).
  let line = cleanText(raw).trim();
  const p: Paragraph = { index, text: '' };
  const h = HEADING.exec(line);
  if (h) {
    p.markdownLevel = h[1].length;
    line = line.slice(h[0].length);
  } else {
    line = line.replace(BULLET, '');
  }
  const b = WRAPPED_BOLD.exec(line.trim());
  if (b && !b[2].includes(b[1])) {
    p.bold = true;
    line = b[2] + line.trim().slice(b[0].length);
  }
  // Any other emphasis marks are markup, not text.
  line = line.replace(/\*\*|__/g, '').trim();
  p.text = line;
  return p;
}
