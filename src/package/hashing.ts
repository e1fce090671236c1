import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 1024 * 1024;

/**
 * The SHA-256 and size of an open file, read from its start to its end, leaving it open:
 * the file checked is the file hashed, even if its path is replaced meanwhile.
 */
export async function hashOpenFile(file: FileHandle): Promise<{ sha256: Buffer; size: number }> {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(CHUNK_BYTES);
  let size = 0;
  for (;;) {
    const { bytesRead } = await file.read(buffer, 0, buffer.length, size);
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(0, bytesRead));
    size += bytesRead;
  }
  return { sha256: hash.digest(), size };
}
