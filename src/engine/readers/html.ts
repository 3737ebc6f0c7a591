/**
 * HTML to paragraphs, for HTML embedded in a .docx (w:altChunk: another program's section that
 * Word renders in place). Parsed with htmlparser2 (a maintained, forgiving streaming parser): no
 * DOM is built. Each block element (p, div, h1–h6, li, td, th, blockquote, pre …) is a paragraph;
 * <br> is a manual line break ("\n"); white space is collapsed as a browser and Word do; script,
 * style, head and template content is not text. h1–h6 carry the heading level Word gives them
 * (its built-in heading styles); table cells carry table, row and column.
 */
import { Parser } from 'htmlparser2';
import type { Paragraph } from '../types';
import { removeInvisible } from './invisible';
import { trimEndChars } from '../text';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'xml']);

/** Paragraphs of an HTML document or fragment; `index` counts from 0. */
export function readHtml(html: string): Paragraph[] {
  const out: Paragraph[] = [];
  let text = '';
  let skip = 0;
  let heading: number | undefined;
  const tables: Array<{ table: number; row: number; column: number }> = [];
  let tableCount = 0;
  let cell: { table: number; row: number; column: number } | undefined;

  const flush = () => {
    const t = trimEndChars(removeInvisible(text)
      .replace(/[ \t\r\n\f]+/g, ' ')
      .replace(/\u00a0/g, ' ')
      .replace(/ ?\u2028 ?/g, '\n')
      .replace(/^[ \n]+/, ''), ' \n');
    text = '';
    if (t === '') return;
    const p: Paragraph = { index: out.length, text: t };
    if (heading !== undefined) {
      p.styleName = `heading ${heading}`;
      p.headingLevel = heading;
      p.outlineLevel = heading;
    }
    if (cell) {
      p.inTable = true;
      p.cell = { ...cell };
    }
    out.push(p);
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) {
          skip++;
          return;
        }
        if (skip > 0) return;
        if (name === 'br') {
          text += '\u2028';
          return;
        }
        if (!BLOCK.has(name)) return;
        flush();
        const h = /^h([1-6])$/.exec(name);
        if (h) heading = Number(h[1]);
        if (name === 'table') tables.push({ table: tableCount++, row: -1, column: -1 });
        else if (name === 'tr' && tables.length) {
          const t = tables[tables.length - 1];
          t.row++;
          t.column = -1;
        } else if ((name === 'td' || name === 'th') && tables.length) {
          const t = tables[tables.length - 1];
          t.column++;
          cell = { ...t };
        }
      },
      ontext(data) {
        if (skip === 0) text += data;
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          if (skip > 0) skip--;
          return;
        }
        if (skip > 0 || !BLOCK.has(name)) return;
        flush();
        if (/^h[1-6]$/.test(name)) heading = undefined;
        if (name === 'td' || name === 'th') cell = undefined;
        else if (name === 'table') {
          tables.pop();
          const t = tables[tables.length - 1];
          cell = t && t.column >= 0 ? { ...t } : undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out;
}
