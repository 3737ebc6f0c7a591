/**
 * Text cleaning for paragraph text that comes out of Word. Word reports paragraph text with the
 * control characters of its story model still in it (manual line breaks, cell ends, field marks,
 * object anchors). The engine wants plain text, so every host-specific character is mapped here,
 * in one place, and the same function is used when a paragraph is looked up again.
 */
import { INVISIBLE_CODES } from '../engine/readers/invisible';
import { trimEndChars } from '../engine/text';

/** Characters replaced by a plain space: they separate text visually. */
const TO_SPACE = new Set<number>([
  0x09, // tab
  0x0c, // form feed: page / section break
  0x0d, // carriage return: paragraph mark that slipped in (e.g. inside cells)
  0x0e, // column break
  0xa0, // no-break space
  0x2029, // paragraph separator
]);

/** Manual line breaks: "\n" in the engine's paragraph text, whichever host read it. */
const TO_NEWLINE = new Set<number>([
  0x0a, // line feed
  0x0b, // vertical tab: Word's manual line break (Shift+Enter)
  0x2028, // line separator
]);

/** Characters mapped to something printable. */
const TO_TEXT: Record<number, string> = {
  0x1e: '-', // Word's non-breaking hyphen
};

/** Zero-width and invisible format characters, removed (the same set as the .docx reader's). */
const INVISIBLE = INVISIBLE_CODES;

/**
 * Clean one paragraph's text: a manual line break becomes "\n"; tabs and no-break spaces become a space; cell
 * end marks (\u0007), field marks (\u0013 \u0014 \u0015), object anchors (\u0001) and every other
 * C0 control character, DEL, and zero-width characters are removed. Leading and trailing ASCII
 * white space is trimmed; full-width spaces (\u3000) are kept because writers indent with them.
 */
export function cleanText(raw: string | null | undefined): string {
  if (!raw) return '';
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (TO_NEWLINE.has(code)) {
      out += '\n';
    } else if (TO_SPACE.has(code) || (code >= 0x2002 && code <= 0x200a)) {
      out += ' ';
    } else if (TO_TEXT[code] !== undefined) {
      out += TO_TEXT[code];
    } else if (code < 0x20 || code === 0x7f || INVISIBLE.has(code)) {
      // dropped
    } else {
      out += raw[i];
    }
  }
  // Trailing run by hand: /[ \n]+$/ is quadratic on a long run of spaces inside the text.
  return trimEndChars(out.replace(/^[ \n]+/, ''), ' \n');
}

/** Text compared loosely: all white space (full-width included) removed. */
export function normalizeForCompare(text: string): string {
  return cleanText(text).replace(/[\s\u3000]+/g, '');
}

/**
 * A short, stable hash of a paragraph's text (FNV-1a, 32 bit, hex) used to check that the
 * paragraph found at an index is still the one that was read. White space is ignored so that a
 * re-flowed line break does not break the match.
 */
export function textHash(text: string): string {
  const s = normalizeForCompare(text);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
