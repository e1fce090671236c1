import type { WorkerDeflater } from './deflate-workers.js';
import { expectedFile, intoBatches, type DeflateLimits } from './parallel-deflate.js';
import type { SourceEntry } from './source-tree.js';

/** What the fingerprint takes an entry for: a kept link, a directory, or a file to hash. */
export function entryKind(entry: SourceEntry): 'link' | 'dir' | 'file' {
  if (entry.linkTarget !== undefined) return 'link';
  return entry.stats.isDirectory() ? 'dir' : 'file';
}

/**
 * Each file's SHA-256 (hex), in the entries' order, read on the deflate threads in the
 * batches the deflate takes: the main thread stays free (to load the AWS SDK and read the
 * function meanwhile). A tree of at most `limits.holdBytes` (the files the threads deflate
 * whole) stays on the threads as read, so that it is read once if it is then deflated; a
 * larger one is read again, to keep memory bounded.
 */
export async function hashFiles(
  entries: readonly SourceEntry[],
  deflater: WorkerDeflater,
  limits: DeflateLimits,
): Promise<string[]> {
  const batches = intoBatches(entries, limits);
  const hold = batches.reduce((bytes, batch) => bytes + batch.bytes, 0) <= limits.holdBytes;
  const hashed = batches.map(async (batch, index) => {
    const files = batch.entries.filter((entry) => entryKind(entry) === 'file').map(expectedFile);
    return files.length === 0 ? [] : deflater.hash(files, index, hold, limits.streamAbove);
  });
  return (await Promise.all(hashed)).flat();
}
