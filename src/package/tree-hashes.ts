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
 * function meanwhile). A tree that is then deflated is read again: on a 2-core runner,
 * keeping 43 MB of files for it cost the threads twice the time the second read takes
 * (fresh memory is slow to touch; the read buffer they reuse is not).
 */
export async function hashFiles(
  entries: readonly SourceEntry[],
  deflater: WorkerDeflater,
  limits: DeflateLimits,
): Promise<string[]> {
  const hashed = intoBatches(entries, limits).map(async (batch) => {
    const files = batch.entries.filter((entry) => entryKind(entry) === 'file').map(expectedFile);
    return files.length === 0 ? [] : deflater.hash(files);
  });
  return (await Promise.all(hashed)).flat();
}
