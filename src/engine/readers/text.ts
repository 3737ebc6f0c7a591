/**
 * Plain text and markdown: one line a paragraph. Markdown marks that writers paste along
 * (`#` headings, `**bold**`, list bullets, quotes) are recognised as facts, not kept as text.
 * A pasted pipe table (| 问题 | 措施 | 责任人 |) is read as a Word table would be: one paragraph
 * per cell with its table, row and column, the |---| separator line left out.
 */
import type { Paragraph } from '../types';
import { removeInvisible } from './invisible';
import { unwrapText } from './unwrap';

const HEADING = /^(#{1,6})[ \t\u3000]+/;
const BULLET = /^(?:[-*+][ \t\u3000]+|>[ \t\u3000]?)/;
const WRAPPED_BOLD = /^(\*\*|__)(.+)\1[。：:]?$/;

/** Remove control characters that are not text (keeps tab as a space). */
export function cleanText(s: string): string {
  return removeInvisible(s)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
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
  // Lines hard-wrapped at a fixed width (text copied out of a PDF) are joined back (unwrap.ts).
  text = unwrapText(text);
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  // A file's final newline does not start another paragraph.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const out: Paragraph[] = [];
  let table = -1;
  let row = -1;
  let inTable = false;
  // One small object per blank line and no other work, so a flood of them costs little.
  for (const raw of lines) {
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
  // "**" standing for a name left out ("到**村调研", "**镇党委") is text: kept out of the
  // emphasis handling below.
  line = line.replace(ANONYMISED, ANONYMISED_MARK);
  const b = WRAPPED_BOLD.exec(line.trim());
  if (b && !b[2].includes(b[1])) {
    p.bold = true;
    line = b[2] + line.trim().slice(b[0].length);
  }
  // Emphasis pairs (**重点**, __重点__) are markup, not text; an unpaired "**" stays as written.
  line = line.replace(EMPHASIS, '$2').replace(/\uE000/g, '*').trim();
  p.text = line;
  return p;
}

/** "**" right before a unit, place or title word: a name left out, not emphasis. */
const ANONYMISED = /\*\*(?=村|镇|县|乡|区|市|省|局|委|厅|处|科|股|办|部|所|院|校|组|队|站|公司|单位|集团|街道|社区|同志|书记|主任|项目|工程)/g;
/** Two private-use characters standing for an anonymising "**" while emphasis is removed. */
const ANONYMISED_MARK = '\uE000\uE000';
/** An emphasis pair around at least one character, no "*"/"_" inside. */
const EMPHASIS = /(\*\*|__)((?:(?!\1)[^*_])+)\1/g;
