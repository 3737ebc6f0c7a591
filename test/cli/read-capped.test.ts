/**
 * readCapped (src/cli/io.ts): a descriptor read to its end under a byte cap, whatever the size stat
 * gave for it: the file as measured, grown since (by one byte, by less than a chunk, by more than
 * one), shrunk since, of unknown size, and grown past the cap.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { InputError, readCapped } from '../../src/cli/io';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-read-capped-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `bytes` written to a file of its own, read with readCapped as if stat had said `expected`. */
function readAs(bytes: Buffer, expected: number, maxBytes = 50 * 1024 * 1024): Uint8Array {
  const file = path.join(dir, `f${Math.random().toString(36).slice(2)}.txt`);
  fs.writeFileSync(file, bytes);
  const fd = fs.openSync(file, 'r');
  try {
    return readCapped(fd, maxBytes, file, expected);
  } finally {
    fs.closeSync(fd);
  }
}

/** Bytes that differ from position to position, so a piece read twice or left out shows. */
function pattern(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 7 + (i >> 8)) & 0xff;
  return b;
}

const MB = 1024 * 1024;

describe('readCapped', () => {
  test.each([
    ['as stat measured it', 5000, 5000],
    ['one byte', 1, 1],
    ['grown by one byte', 5001, 5000],
    ['grown by less than a chunk', 5000 + 4096, 5000],
    ['grown by more than a chunk', MB + 3 * 4096, 4096],
    ['grown by exactly a chunk and one byte', 4096 + MB + 1, 4096],
    ['of unknown size (stat said 0)', 2 * MB + 17, 0],
    ['shrunk since', 3000, 5000],
    ['emptied since', 0, 5000],
  ])('a file %s is read whole, byte for byte', (_, size, expected) => {
    const bytes = pattern(size);
    expect(Buffer.compare(Buffer.from(readAs(bytes, expected)), bytes)).toBe(0);
  });

  test.each([
    ['its measured size is the cap: read', 1000, 1000, 1000, true],
    ['grown one byte past the cap', 1001, 1000, 1000, false],
    ['grown a chunk past the cap', 1000 + MB, 1000, 2000, false],
    ['of unknown size past the cap', 3000, 0, 2000, false],
  ])('a file %s', (_, size, expected, cap, accepted) => {
    const bytes = pattern(size);
    if (accepted) expect(Buffer.compare(Buffer.from(readAs(bytes, expected, cap)), bytes)).toBe(0);
    else expect(() => readAs(bytes, expected, cap)).toThrow(InputError);
  });

  test('the refusal names the file and the cap in Chinese', () => {
    expect(() => readAs(pattern(2 * MB), MB, MB)).toThrow(/^文件过大（超过 1\.0 MB 的上限）：.*\.txt$/);
  });
});
