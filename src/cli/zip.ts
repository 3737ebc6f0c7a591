/**
 * A small zip writer for the CLI's workbooks (xlsx.ts): each file deflated at once with Node's
 * native zlib (level 6, as write-excel-file's fflate used: a 1 MB sheet in about a quarter of the
 * time), stored with its sizes and CRC-32 in the local header (no data descriptors), names in
 * UTF-8, no ZIP64 (a part or the whole past 4 GB is refused).
 */
import * as zlib from 'zlib';

/** One file of the archive: its path inside it and its text (written as UTF-8). */
export interface ZipEntry {
  name: string;
  text: string;
}

let CRC_TABLE: Int32Array | undefined;

/** CRC-32 (polynomial 0xEDB88320, as zip uses) of `data`: Node's own (20.15+), else tableCrc32. */
export function crc32(data: Uint8Array): number {
  return typeof zlib.crc32 === 'function' ? zlib.crc32(data) >>> 0 : tableCrc32(data);
}

/** CRC-32 of `data` by a table-driven loop (for a Node without zlib.crc32). */
export function tableCrc32(data: Uint8Array): number {
  let table = CRC_TABLE;
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
    CRC_TABLE = table;
  }
  let c = -1;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** MS-DOS time and date of `d` (local time, 2-second steps; years before 1980 as 1980). */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const LIMIT = 0xffffffff;

/**
 * The zip archive of `entries`, in their order, each deflated (method 8), dated `when` (default
 * now). Throws a RangeError when a part or the archive would need ZIP64.
 */
export function zipFiles(entries: readonly ZipEntry[], when: Date = new Date()): Buffer {
  const { time, date } = dosTime(when);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = Buffer.from(e.text, 'utf8');
    const data = zlib.deflateRawSync(raw, { level: 6 });
    if (raw.length > LIMIT || data.length > LIMIT) throw new RangeError(`zip part too large: ${e.name}`);
    const crc = crc32(raw);
    // General purpose flag 0x0800: the name is UTF-8.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(raw.length, 24);
    header.writeUInt16LE(name.length, 28);
    // extra field, comment, disk number, internal and external attributes: 0
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, data);
    central.push(header, name);
    offset += local.length + name.length + data.length;
    if (offset > LIMIT) throw new RangeError('zip archive too large');
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
