import { ZipArchive } from 'archiver';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { HashingStream } from './hashing.js';
import type { SourceEntry } from './source-tree.js';

/** 1980-01-01, the earliest time a zip can hold; read in UTC, so the same in every time zone. */
const FIXED_ENTRY_TIME = new Date(Date.UTC(1980, 0, 1));
const DEFLATE_LEVEL = 6;

export interface WrittenZip {
  readonly sha256: Buffer;
  readonly size: number;
}

/**
 * Writes `entries`, in the order given, to a zip at `outputPath` whose bytes
 * depend only on the entries' names, contents and owner exec bits. The SHA-256
 * is computed as the bytes are written.
 */
export async function writeDeterministicZip(
  entries: readonly SourceEntry[],
  outputPath: string,
): Promise<WrittenZip> {
  const archive = new ZipArchive({ zlib: { level: DEFLATE_LEVEL } });
  const hashing = new HashingStream();
  const written = pipeline(archive, hashing, createWriteStream(outputPath));
  for (const entry of entries) {
    // Passing stats keeps archiver from stat-ing in parallel, which would reorder entries.
    archive.file(entry.absolutePath, {
      name: entry.name,
      date: FIXED_ENTRY_TIME,
      mode: zipMode(entry),
      stats: entry.stats,
    });
  }
  try {
    await Promise.all([written, archive.finalize()]);
  } catch (error) {
    archive.abort();
    await rm(outputPath, { force: true });
    throw error;
  }
  return hashing.digest();
}

/** 0755 for directories and for files their owner may execute, 0644 for every other file. */
export function zipMode(entry: SourceEntry): number {
  const ownerExecutes = (entry.stats.mode & 0o100) !== 0;
  return entry.stats.isDirectory() || ownerExecutes ? 0o755 : 0o644;
}
