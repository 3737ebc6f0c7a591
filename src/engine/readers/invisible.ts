/**
 * Characters that take no room on the page and are removed from paragraph text by every host
 * alike (the .docx reader, the Word host's cleaning in src/word/clean.ts, and the text reader):
 * zero-width space/joiners, direction marks, word joiner and invisible operators, the
 * byte-order mark / zero-width no-break space, the soft hyphen, and the Mongolian vowel separator.
 * Source: Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt), the subset
 * that appears in pasted and generated Chinese documents.
 */
export const INVISIBLE_CODES: ReadonlySet<number> = new Set<number>([
  0x00ad, // soft hyphen
  0x180e, // Mongolian vowel separator
  0x200b, // zero width space
  0x200c, // zero width non-joiner
  0x200d, // zero width joiner
  0x200e, // left-to-right mark
  0x200f, // right-to-left mark
  0x2060, // word joiner
  0x2061, // function application
  0x2062, // invisible times
  0x2063, // invisible separator
  0x2064, // invisible plus
  0xfeff, // zero width no-break space / byte-order mark
]);

/** The same set as a global pattern (for `replace`). */
export const INVISIBLE_PATTERN = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** `s` without the invisible characters above. */
export function removeInvisible(s: string): string {
  INVISIBLE_PATTERN.lastIndex = 0;
  return s.replace(INVISIBLE_PATTERN, '');
}
