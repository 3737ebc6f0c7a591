/**
 * The part of yazl's API (3.x) the workbook writer uses (yazl ships no types): a ZipFile that
 * takes buffers and streams the archive out. See the package's README for the options.
 */
declare module 'yazl' {
  import type { Readable } from 'stream';

  export interface BufferOptions {
    mtime?: Date;
    mode?: number;
    compress?: boolean;
    /** zlib's level, 0–9 (6 by default); 0 stores. */
    compressionLevel?: number;
  }

  export class ZipFile {
    /** The archive's bytes, once `end` is called. */
    readonly outputStream: Readable;
    addBuffer(buffer: Buffer, metadataPath: string, options?: BufferOptions): void;
    end(): void;
  }
}
