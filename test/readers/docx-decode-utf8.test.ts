/**
 * The CLI's UTF-8 decoding of .docx parts (load.ts nodeDecodeUtf8, ReadDocxOptions.decodeUtf8):
 * exactly what TextDecoder('utf-8') gives, whatever the bytes — ASCII, Chinese, a byte-order mark,
 * malformed sequences of every kind, a part past the transcoding size — and the same paragraphs.
 */
import { forgetParsedParts, readDocx } from '../../src/engine/readers/docx';
import { nodeDecodeUtf8, nodeInflateRaw } from '../../src/cli/load';
import { completeLines } from '../support/docs';
import { seedToDocx } from '../support/seed-docx';

const enc = new TextEncoder();
const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));
const BOM = [0xef, 0xbb, 0xbf];

const shapes: [string, Uint8Array][] = [
  ['empty', bytes()],
  ['ASCII', bytes('<w:t>abc</w:t>')],
  ['Chinese', bytes('<w:t>学习贯彻习近平新时代中国特色社会主义思想</w:t>')],
  ['a byte-order mark, then Chinese', bytes(BOM, '<w:t>问题</w:t>')],
  ['a byte-order mark, then ASCII', bytes(BOM, '<a/>')],
  ['two byte-order marks', bytes(BOM, BOM, '正文')],
  ['a byte-order mark alone', bytes(BOM)],
  ['Latin-1 letters and a supplementary character', bytes('café 𠀀 ☃')],
  ['a lone continuation byte', bytes('学', [0x80], '习')],
  ['a truncated sequence', bytes('学', [0xe5, 0xad], '习')],
  ['a truncated sequence at the end', bytes('学习', [0xe4, 0xb9])],
  ['an overlong encoding', bytes('a', [0xc0, 0xaf], 'b')],
  ['an encoded surrogate', bytes('a', [0xed, 0xa0, 0x80], 'b')],
  ['a code point past U+10FFFF', bytes('a', [0xf4, 0x90, 0x80, 0x80], 'b')],
  ['bytes never in UTF-8', bytes('a', [0xfe, 0xff, 0xc1], 'b')],
  ['a malformed byte after a byte-order mark', bytes(BOM, [0xff], '问题')],
  ['past the transcoding size', bytes('问题'.repeat(200_000), 'x')],
  ['past the transcoding size with a byte-order mark', bytes(BOM, '措施'.repeat(200_000))],
];

test.each(shapes)('%s: what TextDecoder gives', (_name, b) => {
  const expected = new TextDecoder('utf-8').decode(b);
  expect(nodeDecodeUtf8(b)).toBe(expected);
  // A view into a larger buffer reads only its own bytes.
  const framed = new Uint8Array(b.length + 8);
  framed.set([0xe5, 0xad, 0xa6, 0x20], 0);
  framed.set(b, 4);
  framed.set([0xe4, 0xb9, 0xa0, 0x20], b.length + 4);
  expect(nodeDecodeUtf8(framed.subarray(4, 4 + b.length))).toBe(expected);
});

test('random bytes, mostly UTF-8 with damage: what TextDecoder gives', () => {
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / (1 << 24);
  const pieces = ['学', '习', '<w:t>', 'a', ' ', '𠀀', 'é'].map((s) => [...enc.encode(s)]);
  for (let k = 0; k < 300; k++) {
    const out: number[] = [];
    const n = Math.floor(rnd() * 40);
    for (let i = 0; i < n; i++) {
      if (rnd() < 0.1) out.push(Math.floor(rnd() * 256));
      else out.push(...pieces[Math.floor(rnd() * pieces.length)]);
    }
    const b = Uint8Array.from(out);
    expect([k, nodeDecodeUtf8(b)]).toEqual([k, new TextDecoder('utf-8').decode(b)]);
  }
});

test.each(['typed', 'styled'] as const)('%s: a .docx reads the same with it', async (mode) => {
  const doc = (await seedToDocx(completeLines().join('\n'), mode)).bytes;
  forgetParsedParts();
  const plain = await readDocx(doc, { inflateRaw: nodeInflateRaw });
  let calls = 0;
  const decodeUtf8 = (b: Uint8Array) => {
    calls++;
    return nodeDecodeUtf8(b);
  };
  forgetParsedParts();
  expect(await readDocx(doc, { inflateRaw: nodeInflateRaw, decodeUtf8 })).toEqual(plain);
  // The host's decoder did the work (document, styles, relationships …).
  expect(calls).toBeGreaterThanOrEqual(3);
});
