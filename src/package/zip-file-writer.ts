import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw } from 'node:zlib';
import { levelFor } from './compression-choice.js';
import { FileChangedError, sameAsWalked, type ExpectedFile } from './file-changed.js';
import {
  centralDirectoryHeader,
  dataDescriptor,
  endOfCentralDirectory,
  localFileHeader,
  METHOD_DEFLATED,
  type EntryRecord,
  type EntryType,
} from './zip-format.js';

export interface EntryHead {
  /** UTF-8 bytes of the path inside the zip. */
  readonly name: Buffer;
  readonly type: EntryType;
  readonly mode: number;
}

export interface CompressedData {
  readonly method: number;
  readonly crc32: number;
  readonly data: Buffer;
  readonly uncompressedSize: number;
}

const WRITE_BUFFER_BYTES = 1024 * 1024;

/**
 * Writes a zip file front to back, entry by entry in the order given, computing the
 * SHA-256 of exactly the bytes written.
 */
export class ZipFileWriter {
  private readonly hash = createHash('sha256');
  private readonly records: EntryRecord[] = [];
  private offset = 0;
  private readonly pending = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
  private pendingBytes = 0;

  private constructor(private readonly file: FileHandle) {}

  static async create(path: string): Promise<ZipFileWriter> {
    return new ZipFileWriter(await open(path, 'w'));
  }

  /** An entry whose data is already compressed (or stored), with its CRC and sizes known. */
  async add(head: EntryHead, compressed: CompressedData): Promise<void> {
    const record: EntryRecord = {
      ...head,
      method: compressed.method,
      crc32: compressed.crc32,
      compressedSize: compressed.data.length,
      uncompressedSize: compressed.uncompressedSize,
      streamed: false,
      localHeaderOffset: this.offset,
    };
    this.records.push(record);
    await this.write(localFileHeader(record));
    await this.write(compressed.data);
  }

  /**
   * A file too large to hold in memory: deflated as it is read, its CRC and sizes after
   * the data. Exactly the bytes the walk counted are read, from a file that still has the
   * walk's size and modification time before and after; otherwise a FileChangedError.
   */
  async addStreamed(head: EntryHead, file: ExpectedFile, level: number): Promise<void> {
    const source = await open(file.path, 'r');
    try {
      if (!sameAsWalked(await source.stat(), file)) throw new FileChangedError(file.path);
      const start: EntryRecord = {
        ...head,
        method: METHOD_DEFLATED,
        crc32: 0,
        compressedSize: 0,
        uncompressedSize: 0,
        streamed: true,
        localHeaderOffset: this.offset,
      };
      await this.write(localFileHeader(start));
      let checksum = 0;
      let uncompressedSize = 0;
      let compressedSize = 0;
      await pipeline(
        // Never past the size the walk counted, even if the file grew meanwhile.
        source.createReadStream({ start: 0, end: file.size - 1, autoClose: false }),
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            checksum = crc32(chunk, checksum);
            uncompressedSize += chunk.length;
            yield chunk;
          }
        },
        createDeflateRaw({ level: levelFor(file.size, level) }),
        async (compressedChunks: AsyncIterable<Buffer>) => {
          for await (const chunk of compressedChunks) {
            compressedSize += chunk.length;
            await this.write(chunk);
          }
        },
      );
      const probe = await source.read(Buffer.alloc(1), 0, 1, file.size);
      if (
        uncompressedSize !== file.size ||
        probe.bytesRead !== 0 ||
        !sameAsWalked(await source.stat(), file)
      ) {
        throw new FileChangedError(file.path);
      }
      const record = { ...start, crc32: checksum, compressedSize, uncompressedSize };
      this.records.push(record);
      await this.write(dataDescriptor(record));
    } finally {
      await source.close();
    }
  }

  /** Writes the central directory, closes the file and returns its SHA-256 and size. */
  async finish(): Promise<{ sha256: Buffer; size: number }> {
    const directoryOffset = this.offset;
    for (const record of this.records) await this.write(centralDirectoryHeader(record));
    const directorySize = this.offset - directoryOffset;
    await this.write(endOfCentralDirectory(this.records.length, directorySize, directoryOffset));
    await this.flush();
    await this.file.close();
    return { sha256: this.hash.digest(), size: this.offset };
  }

  /** Closes the file after a failure; the caller removes it. */
  async abort(): Promise<void> {
    await this.file.close().catch(() => undefined);
  }

  /**
   * Bytes are copied into one reusable buffer and written out when it is full, so a tree
   * of small files costs few system calls and no caller's buffer is held after it returns.
   */
  private async write(bytes: Buffer): Promise<void> {
    this.hash.update(bytes);
    this.offset += bytes.length;
    if (this.pendingBytes + bytes.length > this.pending.length) await this.flush();
    if (bytes.length >= this.pending.length) {
      await this.writeFully(bytes);
    } else {
      bytes.copy(this.pending, this.pendingBytes);
      this.pendingBytes += bytes.length;
    }
  }

  private async flush(): Promise<void> {
    const full = this.pending.subarray(0, this.pendingBytes);
    this.pendingBytes = 0;
    await this.writeFully(full);
  }

  private async writeFully(bytes: Buffer): Promise<void> {
    for (let rest = bytes; rest.length > 0;) {
      const { bytesWritten } = await this.file.write(rest);
      rest = rest.subarray(bytesWritten);
    }
  }
}
