/**
 * document.xml's element codes are kept a pair of prefixes (docx.ts codeTable): documents read one
 * after another with other prefixes for WordprocessingML (w:, ns0:, the default namespace) and
 * markup compatibility (declared or not, as mc: or m:) each read by their own names — a table
 * kept for one must never serve another — including after more pairs than are kept.
 */
import JSZip from 'jszip';
import { readDocx } from '../../src/engine/readers/docx';
import { W_NS } from '../support/docx-writer';

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** A document whose paragraphs are written with prefix `w` ('' = default namespace) and, when given, prefix `mc` for markup compatibility. */
async function docx(w: string, mc: string | undefined, text: string): Promise<Uint8Array> {
  const decl = (w ? `xmlns:${w.slice(0, -1)}="${W_NS}"` : `xmlns="${W_NS}"`) + (mc !== undefined ? ` xmlns:${mc.slice(0, -1)}="${MC}"` : '');
  // A paragraph, a tab, a deleted run (skipped) and, with mc, a fallback copy (skipped).
  const fallback = mc !== undefined ? `<${mc}AlternateContent><${mc}Choice/><${mc}Fallback><${w}r><${w}t>副本</${w}t></${w}r></${mc}Fallback></${mc}AlternateContent>` : '';
  const xml =
    `<${w}document ${decl}><${w}body>` +
    `<${w}p><${w}r><${w}t>${text}</${w}t><${w}tab/><${w}t>甲</${w}t></${w}r><${w}del><${w}r><${w}t>删</${w}t></${w}r></${w}del>${fallback}</${w}p>` +
    `</${w}body></${w}document>`;
  const zip = new JSZip();
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array' });
}

test('documents with other prefixes, read in turn, each by its own', async () => {
  const shapes: [string, string | undefined][] = [
    ['w:', 'mc:'],
    ['ns0:', undefined],
    ['', 'mc:'],
    ['w:', undefined],
    ['ns0:', 'm:'],
    ['', undefined],
  ];
  // Twice over, and then more pairs than codeTable keeps, then the first ones again.
  const many: [string, string | undefined][] = Array.from({ length: 20 }, (_, i) => [`p${i}:`, i % 2 ? `c${i}:` : undefined]);
  for (const [k, [w, mc]] of [...shapes, ...shapes, ...many, ...shapes].entries()) {
    const ps = await readDocx(await docx(w, mc, `第${k}段`));
    expect(ps.map((p) => p.text)).toEqual([`第${k}段 甲`]);
  }
  // A document whose elements are in no namespace it declares is not read as Word text.
  const other = new JSZip();
  other.file('word/document.xml', `<w:document xmlns:x="${W_NS}"><w:body><w:p><w:r><w:t>文字</w:t></w:r></w:p></w:body></w:document>`);
  await expect(readDocx(await other.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({ code: 'not-docx' });
});
