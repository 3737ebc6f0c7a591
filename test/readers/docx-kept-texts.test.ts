/**
 * The .docx reader keeps the texts of the deflated parts it read lately, by their compressed bytes
 * (docx.ts keptTextOf): the files of a folder written from one template share their relationships,
 * styles.xml and numbering.xml, inflated once. Oracle: every document reads as it does with nothing
 * kept (forgetParsedParts), a part is taken for a kept one only when its compressed bytes are the
 * same (a damaged copy under the same directory entry is still refused), and the caps still hold.
 */
import { DocxError, forgetParsedParts, readDocx } from '../../src/engine/readers/docx';
import { nodeInflateRaw } from '../../src/cli/load';
import { completeLines } from '../support/docs';
import { makeDocx } from '../support/docx-writer';
import { seedToDocx } from '../support/seed-docx';

/** Node's inflater, counting its calls in `counter.calls`. */
function counting(counter: { calls: number }) {
  return (c: Uint8Array, max: number) => {
    counter.calls++;
    return nodeInflateRaw(c, max);
  };
}

/** Where the compressed data of `part` starts in a zip and how long it is (its local header). */
function partData(bytes: Uint8Array, part: string): { at: number; size: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = new TextEncoder().encode(part);
  for (let i = 0; i + 30 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50 || view.getUint16(i + 26, true) !== name.length) continue;
    if (!name.every((b, k) => bytes[i + 30 + k] === b)) continue;
    return { at: i + 30 + name.length + view.getUint16(i + 28, true), size: view.getUint32(i + 18, true) };
  }
  throw new Error(`no ${part}`);
}

async function caught(p: Promise<unknown>): Promise<DocxError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DocxError);
  return e as DocxError;
}

const lines = completeLines();

test.each(['typed', 'styled'] as const)('%s: a document read again, or one sharing its parts, inflates only what differs and reads as alone', async (mode) => {
  const first = (await seedToDocx(lines.join('\n'), mode)).bytes;
  // The same template, another body: the same relationships, styles and numbering.
  const second = (await seedToDocx(lines.slice(0, -3).join('\n'), mode)).bytes;
  forgetParsedParts();
  const alone = [await readDocx(first), await readDocx(second)];
  forgetParsedParts();
  const secondAlone = await readDocx(second);
  expect(secondAlone).toEqual(alone[1]);

  forgetParsedParts();
  const counter = { calls: 0 };
  const inflateRaw = counting(counter);
  expect(await readDocx(first, { inflateRaw })).toEqual(alone[0]);
  const firstCalls = counter.calls;
  expect(firstCalls).toBeGreaterThanOrEqual(3);
  // Read again: nothing inflated.
  counter.calls = 0;
  expect(await readDocx(first, { inflateRaw })).toEqual(alone[0]);
  expect(counter.calls).toBe(0);
  // Its sibling: only its own document part.
  counter.calls = 0;
  expect(await readDocx(second, { inflateRaw })).toEqual(alone[1]);
  expect(counter.calls).toBe(1);
});

test('a damaged copy of a kept part (the same directory entry, other bytes) is refused, and the kept one still reads', async () => {
  const good = (await seedToDocx(lines.join('\n'), 'typed')).bytes;
  forgetParsedParts();
  const expected = await readDocx(good);
  // The deflated document's middle overwritten: sizes and CRC in the headers unchanged.
  const { at, size } = partData(good, 'word/document.xml');
  expect(size).toBeGreaterThan(40);
  for (const fill of [0xff, 0x00]) {
    const damaged = good.slice();
    for (let i = 10; i < size - 10; i++) damaged[at + i] = fill;
    for (const inflateRaw of [nodeInflateRaw, undefined]) {
      expect((await caught(readDocx(damaged, inflateRaw ? { inflateRaw } : {}))).code).toBe('corrupt');
    }
  }
  // One byte changed only.
  const oneByte = good.slice();
  oneByte[at + (size >> 1)] ^= 0x01;
  await expect(readDocx(oneByte, { inflateRaw: nodeInflateRaw })).rejects.toBeInstanceOf(DocxError);
  expect(await readDocx(good, { inflateRaw: nodeInflateRaw })).toEqual(expected);
});

test('a kept part over a later read cap is refused as too large', async () => {
  const body = Array.from({ length: 200 }, (_, i) => ({ text: `第${i + 1}段：学习不够深入，调查研究不够扎实。` }));
  const bytes = await makeDocx({ body });
  forgetParsedParts();
  const expected = await readDocx(bytes, { inflateRaw: nodeInflateRaw });
  expect(expected.length).toBe(200);
  for (const inflateRaw of [nodeInflateRaw, undefined]) {
    const e = await caught(readDocx(bytes, { maxXmlBytes: 10_000, ...(inflateRaw ? { inflateRaw } : {}) }));
    expect(e.code).toBe('too-large');
  }
  // Under the default cap it is the kept text again.
  expect(await readDocx(bytes)).toEqual(expected);
});

test('more distinct parts than are kept: every document still reads as alone', async () => {
  const docs: Uint8Array[] = [];
  for (let k = 0; k < 20; k++) docs.push(await makeDocx({ body: [{ text: `一、材料${k}` }, { text: `正文${k}`.repeat(k + 1) }] }));
  const alone: unknown[] = [];
  for (const d of docs) {
    forgetParsedParts();
    alone.push(await readDocx(d));
  }
  forgetParsedParts();
  const order = [...docs.keys(), ...[...docs.keys()].reverse(), ...docs.keys()];
  for (const k of order) expect([k, await readDocx(docs[k], { inflateRaw: nodeInflateRaw })]).toEqual([k, alone[k]]);
});
