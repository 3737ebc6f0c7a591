/**
 * Which paragraphs a tracked deletion may have taken away whole, told from the body's reviewed
 * texts (Body.getReviewedText 'Original' and 'Current', WordApi 1.4) read in the same sync as the
 * paragraphs. Word on the web throws when the list string of such a paragraph is loaded, so the
 * read leaves exactly these paragraphs' list strings out instead of every list string.
 *
 * Pure: no Office.js here, so it is tested directly.
 */

/** The paragraphs of a body text: Word separates them with a paragraph mark ("\r"; "\r\n" and "\n" are read alike). */
function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * 0-based indexes of the paragraphs (as the collection lists them, `count` of them) that may be
 * tracked-deleted whole: none when the Current text has as many paragraphs as the Original (a
 * paragraph deleted with its mark always removes one); otherwise every paragraph whose text
 * occurs fewer times in Current than in Original (a deleted paragraph's text is gone from
 * Current; a paragraph edited in part is included too, which costs only its list string).
 * Undefined when the Original text does not split into `count` paragraphs (tables or other
 * content the host writes differently): the caller cannot tell and must assume any may be.
 */
export function possiblyDeletedParagraphs(original: string, current: string, count: number): Set<number> | undefined {
  const before = lines(original);
  // A body text that ends with a paragraph mark: the same mark ends the Current text.
  const finalMark = before.length === count + 1 && before[count] === '';
  if (finalMark) before.pop();
  if (before.length !== count) return undefined;
  const after = lines(current);
  if (finalMark && after.length > 0 && after[after.length - 1] === '') after.pop();
  const out = new Set<number>();
  if (after.length >= before.length) return out;
  const remaining = new Map<string, number>();
  for (const line of after) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  const total = new Map<string, number>();
  for (const line of before) total.set(line, (total.get(line) ?? 0) + 1);
  before.forEach((line, i) => {
    if ((remaining.get(line) ?? 0) < (total.get(line) ?? 0)) out.add(i);
  });
  return out;
}
