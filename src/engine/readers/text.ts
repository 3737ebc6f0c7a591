/**
 * Plain text and markdown: one line a paragraph. Markdown marks that writers paste along
 * (`#` headings, `**bold**`, list bullets, quotes) are recognised as facts, not kept as text.
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

export function readText(text: string, kind: 'text' | 'markdown' = 'text'): Paragraph[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  // A file's final newline does not start another paragraph.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((raw, index) => readLine(raw, index, kind));
}

function readLine(raw: string, index: number, _kind: 'text' | 'markdown'): Paragraph {
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
