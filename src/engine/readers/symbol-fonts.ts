/**
 * Symbol fonts: a character inserted from Wingdings, Wingdings 2 or Symbol (Word's 插入 → 符号)
 * is stored as a font name and a code, either as `<w:sym w:font="Wingdings 2" w:char="F06A"/>` or
 * as run text in that font; Word shows the font's glyph, e.g. ① for Wingdings 2 0x6A. This maps
 * the codes Chinese materials use — circled digits (①…⑩, ❶…❿), check boxes and check marks,
 * bullets, and the Symbol font's Greek letters and operators — to the Unicode character of the
 * glyph. Codes are the font's 8-bit code, also written in the private-use form U+F000 + code.
 *
 * Source of the table: the glyph charts of these fonts as shown by Windows' Character Map
 * (charmap.exe) and Word's 插入 → 符号 dialog, matched to Unicode by the characters' names; the
 * Symbol font's layout is Adobe's Symbol encoding (symbol.txt in Unicode's vendor mappings).
 * Codes not listed have no dependable Unicode equivalent and are left out of the text.
 */

function range(from: number, chars: string): Array<[number, string]> {
  return Array.from(chars).map((c, i) => [from + i, c]);
}

const WINGDINGS: ReadonlyMap<number, string> = new Map<number, string>([
  ...range(0x80, '⓪①②③④⑤⑥⑦⑧⑨⑩⓿❶❷❸❹❺❻❼❽❾❿'),
  [0x6c, '●'],
  [0x6e, '■'],
  [0x6f, '□'],
  [0x71, '❑'],
  [0x73, '◆'],
  [0x75, '◆'],
  [0x76, '❖'],
  [0x9f, '•'],
  [0xa1, '○'],
  [0xa7, '▪'],
  [0xa8, '◻'],
  [0xd8, '➢'],
  [0xe0, '→'],
  [0xe8, '➔'],
  [0xfb, '✗'],
  [0xfc, '✓'],
  [0xfd, '☒'],
  [0xfe, '☑'],
]);

const WINGDINGS_2: ReadonlyMap<number, string> = new Map<number, string>([
  ...range(0x69, '⓪①②③④⑤⑥⑦⑧⑨⑩⓿❶❷❸❹❺❻❼❽❾❿'),
  [0x4f, '✗'],
  [0x50, '✓'],
  [0x52, '☑'],
  [0x53, '☒'],
  [0x54, '☒'],
  [0x97, '•'],
  [0x98, '•'],
  [0xa3, '□'],
  [0xa1, '○'],
]);

const SYMBOL: ReadonlyMap<number, string> = new Map<number, string>([
  ...range(0x41, 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ'),
  ...range(0x61, 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ'),
  [0x20, ' '],
  [0x28, '('],
  [0x29, ')'],
  [0x2b, '+'],
  [0x2c, ','],
  [0x2e, '.'],
  [0x2f, '/'],
  ...range(0x30, '0123456789'),
  [0x3a, ':'],
  [0x3b, ';'],
  [0x3c, '<'],
  [0x3d, '='],
  [0x3e, '>'],
  [0x5b, '['],
  [0x5d, ']'],
  [0x7b, '{'],
  [0x7c, '|'],
  [0x7d, '}'],
  [0xa3, '≤'],
  [0xa5, '∞'],
  [0xa7, '♣'],
  [0xa8, '♦'],
  [0xa9, '♥'],
  [0xaa, '♠'],
  [0xab, '↔'],
  [0xac, '←'],
  [0xad, '↑'],
  [0xae, '→'],
  [0xaf, '↓'],
  [0xb0, '°'],
  [0xb1, '±'],
  [0xb3, '≥'],
  [0xb4, '×'],
  [0xb7, '•'],
  [0xb8, '÷'],
  [0xb9, '≠'],
  [0xba, '≡'],
  [0xbb, '≈'],
  [0xbc, '…'],
  [0xd6, '√'],
  [0xd7, '⋅'],
  [0xd8, '¬'],
  [0xd9, '∧'],
  [0xda, '∨'],
  [0xe0, '◊'],
]);

const FONTS: ReadonlyMap<string, ReadonlyMap<number, string>> = new Map([
  ['wingdings', WINGDINGS],
  ['wingdings2', WINGDINGS_2],
  ['symbol', SYMBOL],
]);

/** The table for a font name ("Wingdings 2", "wingdings2", "Symbol"), or undefined. */
export function symbolTable(font: string | undefined): ReadonlyMap<number, string> | undefined {
  if (font === undefined) return undefined;
  return FONTS.get(font.replace(/\s+/g, '').toLowerCase());
}

/**
 * The character Word shows for `w:sym`: `font` its w:font, `hex` its w:char ("F06A", "006A").
 * A code outside the private-use block in a font we do not know is taken as Unicode; anything
 * else unmapped gives "".
 */
export function symbolChar(font: string | undefined, hex: string | undefined): string {
  if (hex === undefined || !/^[0-9a-f]{1,6}$/i.test(hex)) return '';
  const code = parseInt(hex, 16);
  const table = symbolTable(font);
  if (table) {
    const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
    return table.get(low) ?? '';
  }
  if ((code >= 0xe000 && code <= 0xf8ff) || code < 0x20 || code > 0x10ffff) return '';
  return String.fromCodePoint(code);
}

/** Run text in a symbol font: each 8-bit or U+F0xx code mapped; other characters unchanged. */
export function mapSymbolText(table: ReadonlyMap<number, string>, text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
    if (low <= 0xff) out += table.get(low) ?? (low === 0x20 ? ' ' : '');
    else out += ch;
  }
  return out;
}
