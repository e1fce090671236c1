import { rm } from 'node:fs/promises';
import type { WorkerDeflater } from './deflate-workers.js';
import { deflateInOrder, expectedFile, type DeflateLimits } from './parallel-deflate.js';
import type { SourceEntry } from './source-tree.js';
import { ZipFileWriter } from './zip-file-writer.js';
import type { EntryType } from './zip-format.js';

export const LIMITS: DeflateLimits = {
  // For files under 32 KiB; larger ones one lower (compression-choice.ts). Measured on a
  // 44 MB node_modules-like tree: level 5 deflates in 80 % of level 6's time for 1 % more
  // compressed bytes.
  level: 5,
  streamAbove: 16 * 1024 * 1024,
  batchBytes: 256 * 1024,
  batchFiles: 64,
  maxBytesInFlight: 16 * 1024 * 1024,
};

export interface WrittenZip {
  readonly sha256: Buffer;
  readonly size: number;
}

/**
 * Writes `entries`, in the order given, to a zip at `outputPath` whose bytes depend only
 * on the entries' names, contents and owner exec bits: no timestamps but 1980-01-01, no
 * owners, no extra fields. The SHA-256 is computed as the bytes are written.
 */
export async function writeDeterministicZip(
  entries: readonly SourceEntry[],
  outputPath: string,
  deflater: WorkerDeflater,
  onEntryWritten: (entry: SourceEntry) => void = () => undefined,
): Promise<WrittenZip> {
  const writer = await ZipFileWriter.create(outputPath);
  try {
    for await (const { entry, compressed } of deflateInOrder(entries, deflater, LIMITS)) {
      const head = { name: entry.nameBytes, type: entryType(entry), mode: zipMode(entry) };
      if (compressed === undefined) {
        await writer.addStreamed(head, expectedFile(entry), LIMITS.level);
      } else {
        await writer.add(head, compressed);
      }
      onEntryWritten(entry);
    }
    return await writer.finish();
  } catch (error) {
    await writer.abort();
    await rm(outputPath, { force: true });
    throw error;
  }
}

function entryType(entry: SourceEntry): EntryType {
  if (entry.linkTarget !== undefined) return 'symlink';
  return entry.stats.isDirectory() ? 'directory' : 'file';
}

/**
 * 0755 for directories and for files their owner may execute, 0644 for every other file,
 * 0777 for a link (as `zip -y` stores it; a link's own mode means nothing on Linux).
 */
export function zipMode(entry: SourceEntry): number {
  if (entry.linkTarget !== undefined) return 0o777;
  const ownerExecutes = (entry.stats.mode & 0o100) !== 0;
  return entry.stats.isDirectory() || ownerExecutes ? 0o755 : 0o644;
}
