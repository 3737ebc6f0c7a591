/**
 * The .docx reader with the host's own raw inflater (ReadDocxOptions.inflateRaw; the CLI passes
 * Node's zlib) and its own CRC-32 (ReadDocxOptions.crc32: zlib.crc32): the same paragraphs as
 * jszip's inflate, the same refusals for a zip bomb, a damaged stream and a part whose bytes do not
 * match its CRC.
 */
import JSZip from 'jszip';
import { DocxError, forgetParsedParts, readDocx } from '../../src/engine/readers/docx';
import { nodeCrc32, nodeInflateRaw } from '../../src/cli/load';
import { completeLines } from '../support/docs';
import { W_NS, lyingZipBomb, makeDocx } from '../support/docx-writer';
import { seedToDocx } from '../support/seed-docx';

const withZlib = { inflateRaw: nodeInflateRaw };

async function caught(p: Promise<unknown>): Promise<DocxError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DocxError);
  return e as DocxError;
}

/** A CRC-32 of the host's kind: Node's own where it has one (20.15+), else the bitwise definition. */
const hostCrc =
  nodeCrc32 ??
  ((b: Uint8Array) => {
    let c = ~0;
    for (const x of b) {
      c ^= x;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return ~c >>> 0;
  });
/** Node's inflater and CRC-32 (as the CLI reads .docx files). */
const withZlibCrc = { inflateRaw: nodeInflateRaw, crc32: hostCrc };

test.each([
  ['typed numbers', () => seedToDocx(completeLines().join('\n'), 'typed').then((d) => d.bytes)],
  ['heading styles and automatic numbering', () => seedToDocx(completeLines().join('\n'), 'styled').then((d) => d.bytes)],
  ['a table', () => makeDocx({ body: [{ text: '三、整改措施' }, { kind: 'table', rows: [[[{ text: '问题' }], [{ text: '措施' }]], [[{ text: '学习不深' }], [{ text: '每月学习2次' }]]] }] })],
])('%s: the same paragraphs as jszip inflates', async (_what, make) => {
  const bytes = await make();
  const plain = await readDocx(bytes);
  expect(plain.length).toBeGreaterThan(2);
  let calls = 0;
  const counted = (c: Uint8Array, max: number) => {
    calls++;
    return nodeInflateRaw(c, max);
  };
  // Parts read before are not inflated again (docx.ts keptTextOf): counted from nothing kept.
  forgetParsedParts();
  expect(await readDocx(bytes, { inflateRaw: counted })).toEqual(plain);
  let sums = 0;
  const crc32 = (b: Uint8Array) => {
    sums++;
    return hostCrc(b);
  };
  forgetParsedParts();
  expect(await readDocx(bytes, { inflateRaw: nodeInflateRaw, crc32 })).toEqual(plain);
  expect(sums).toBeGreaterThanOrEqual(2);
  // The host's inflater did the work (document, styles, relationships …), not jszip's.
  expect(calls).toBeGreaterThanOrEqual(2);
});

test('stored (uncompressed) parts are read as before', async () => {
  const src = await JSZip.loadAsync(await makeDocx({ body: [{ text: '一、存在的主要问题' }] }));
  const zip = new JSZip();
  for (const [name, f] of Object.entries(src.files)) if (!f.dir) zip.file(name, await f.async('uint8array'));
  const stored = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  expect((await readDocx(stored, withZlib)).map((p) => p.text)).toEqual(['一、存在的主要问题']);
});

test('a zip bomb with a lying size header is refused while inflating', async () => {
  const { bytes: lying } = await lyingZipBomb();
  expect((await caught(readDocx(lying, { maxXmlBytes: 200_000, ...withZlib }))).code).toBe('too-large');
});

test('a damaged deflate stream and a CRC that does not match are corrupt, naming the part', async () => {
  const xml = `<w:document xmlns:w="${W_NS}"><w:body>` + '<w:p><w:r><w:t>第20段文字</w:t></w:r></w:p>'.repeat(400) + '</w:body></w:document>';
  const zip = new JSZip();
  zip.file('word/document.xml', xml);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const view = new DataView(bytes.buffer);
  // The part's data starts after its local header (30 bytes, name, extra field).
  const name = new TextEncoder().encode('word/document.xml');
  let header = -1;
  for (let i = 0; i + 30 < bytes.length && header < 0; i++) {
    if (view.getUint32(i, true) !== 0x04034b50 || view.getUint16(i + 26, true) !== name.length) continue;
    if (name.every((b, k) => bytes[i + 30 + k] === b)) header = i;
  }
  expect(header).toBeGreaterThanOrEqual(0);
  const dataAt = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const compressedSize = view.getUint32(header + 18, true);

  const damaged = bytes.slice();
  for (let i = 0; i < compressedSize - 2; i++) damaged[dataAt + 2 + i] = 0xff;
  expect((await caught(readDocx(damaged, withZlib))).code).toBe('corrupt');
  expect((await caught(readDocx(damaged, withZlibCrc))).code).toBe('corrupt');

  // A wrong CRC in both headers: the bytes inflate, and are refused all the same.
  const wrongCrc = bytes.slice();
  const v2 = new DataView(wrongCrc.buffer);
  for (let i = 0; i + 4 <= wrongCrc.length; i++) {
    const sig = v2.getUint32(i, true);
    if (sig === 0x04034b50) v2.setUint32(i + 14, v2.getUint32(i + 14, true) ^ 1, true);
    else if (sig === 0x02014b50) v2.setUint32(i + 16, v2.getUint32(i + 16, true) ^ 1, true);
  }
  for (const options of [withZlib, withZlibCrc]) {
    const e = await caught(readDocx(wrongCrc, options));
    expect(e.message).toBe('文件已损坏（word/document.xml）');
  }
  // A CRC-32 that disagrees with the header (a host's faulty one) is refused too: the check is real.
  expect((await caught(readDocx(bytes, { inflateRaw: nodeInflateRaw, crc32: (b) => hostCrc(b) ^ 1 }))).code).toBe('corrupt');
});
