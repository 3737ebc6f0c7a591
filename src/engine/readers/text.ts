/**
 * Plain text and markdown: one line a paragraph. Markdown marks that writers paste along
 * (`#` headings, `**bold**`, list bullets, quotes) are recognised as facts, not kept as text.
 * A pasted pipe table (| 问题 | 措施 | 责任人 |) is read as a Word table would be: one paragraph
 * per cell with its table, row and column, the |---| separator line left out.
 */
import type { Paragraph } from '../types';
import { removeInvisible } from './invisible';

const HEADING = /^(#{1,6})[ \t\u3000]+/;
const BULLET = /^(?:[-*+][ \t\u3000]+|>[ \t\u3000]?)/;
const WRAPPED_BOLD = /^(\*\*|__)(.+)\1[。：:]?$/;

/** Remove control characters that are not text (keeps tab as a space). */
export function cleanText(s: string): string {
  return removeInvisible(s)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\t\u00a0]/g, ' ');
}

/** A table row: starts and ends with a pipe, with at least one more inside. */
const PIPE_ROW = /^\s*\|.*\|.*\|\s*$/;
/** The line under a table's header: |---|:---:|. */
const PIPE_RULE = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?\s*)?\|?\s*$/;

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
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  // A file's final newline does not start another paragraph.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const out: Paragraph[] = [];
  let table = -1;
  let row = -1;
  let inTable = false;
  for (const raw of lines) {
    if (PIPE_ROW.test(raw)) {
      if (!inTable) {
        table++;
        row = -1;
        inTable = true;
      }
      if (PIPE_RULE.test(raw)) continue;
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
  let line = cleanText(raw).trim().replace(/^\u3000+|\u3000+$/g, '');
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
