/**
 * Whether a .docx's bytes name a web-extension part (cli/load.ts mentionsWebExtension, which finds
 * the word's "x" by indexOf): the same answer as the byte loop it replaced (the reference), for the
 * word in any case at any place (the very start and end included), cut short, and among bytes
 * whose low bits look like its letters.
 */
import fc from 'fast-check';
import { mentionsWebExtension } from '../../src/cli/load';
import { mentionsWebExtensionBefore } from '../support/reference/web-extension-before';

const word = fc
  .array(fc.boolean(), { minLength: 12, maxLength: 12 })
  .map((upper) => Buffer.from([...'webextension'].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''), 'latin1'));
const noise = fc.constantFrom(0x78, 0x58, 0x57, 0x77, 0x45, 0x65, 0x00, 0xff, 0xf8, 0xd8, 0x20);
const piece = fc.oneof(
  word,
  word.map((w) => w.subarray(0, 11)),
  word.map((w) => w.subarray(1)),
  fc.array(noise, { maxLength: 20 }).map((xs) => Buffer.from(xs)),
  fc.uint8Array({ maxLength: 40 }).map((u) => Buffer.from(u)),
);

test('the same answer as the byte loop, as a Buffer and as a plain Uint8Array', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const b = Buffer.concat(pieces);
      const expected = mentionsWebExtensionBefore(b);
      expect(mentionsWebExtension(b)).toBe(expected);
      expect(mentionsWebExtension(new Uint8Array(b))).toBe(expected);
    }),
    { numRuns: 5000 },
  );
});

test.each([
  ['webextension', true],
  ['word/webextensions/webextension1.xml', true],
  ['WebExtension', true],
  ['webextensio', false],
  ['ebextension', false],
  ['web extension', false],
  ['', false],
])('%p → %p', (s, expected) => {
  expect(mentionsWebExtension(Buffer.from(s, 'latin1'))).toBe(expected);
});
