import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type { DirectorySource } from '../inputs.js';
import { COMPRESSION_SETTINGS } from './compression-choice.js';
import { LIMITS, zipMode } from './deterministic-zip.js';
import { FileChangedError } from './file-changed.js';
import type { SourceEntry } from './source-tree.js';

/**
 * The zip writer's own version: raise it with any change to the bytes it writes for the same
 * tree (headers, order, modes, what is stored or deflated), so that no package recorded by an
 * older writer is taken for this one's. The settings below are fingerprinted as well.
 */
export const PACKAGER_FORMAT = 1;

/** Everything but the tree itself that decides a zip's bytes. */
export function packagerKey(): string {
  return JSON.stringify({
    format: PACKAGER_FORMAT,
    deflate: { level: LIMITS.level, streamAbove: LIMITS.streamAbove },
    compression: COMPRESSION_SETTINGS,
    // zlib's deflate output may differ between its versions.
    zlib: process.versions.zlib,
  });
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * A SHA-256 (base64) of what a zip of `entries` would hold and how it would be written: each
 * entry's name, type, mode (the file's whole mode, not just the bit the zip keeps), size,
 * content hash and link target, the source's include, exclude and symlinks, and the
 * packager's key. Two trees with the same fingerprint give the same zip, byte for byte. The
 * files are read once, in chunks, before anything is deflated; a file whose size is not the
 * walk's fails as a changed file would in the packager.
 */
export function fingerprintTree(
  entries: readonly SourceEntry[],
  source: Pick<DirectorySource, 'include' | 'exclude' | 'symlinks'>,
  packager: string = packagerKey(),
): string {
  const tree = createHash('sha256');
  tree.update(
    JSON.stringify({
      packager,
      include: source.include,
      exclude: source.exclude,
      symlinks: source.symlinks,
    }),
  );
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  for (const entry of entries) {
    const type =
      entry.linkTarget !== undefined ? 'link' : entry.stats.isDirectory() ? 'dir' : 'file';
    const content = type === 'file' ? fileHash(entry.absolutePath, entry.stats.size, buffer) : '';
    tree.update(entry.nameBytes);
    tree.update(
      `\0${type}\0${entry.stats.mode}\0${zipMode(entry)}\0${type === 'file' ? entry.stats.size : 0}` +
        `\0${content}\0${entry.linkTarget ?? ''}\n`,
    );
  }
  return tree.digest('base64');
}

function fileHash(file: string, size: number, buffer: Buffer): string {
  const hash: Hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    let read = 0;
    for (;;) {
      const count = readSync(fd, buffer, 0, buffer.length, null);
      if (count === 0) break;
      read += count;
      if (read > size) break;
      hash.update(buffer.subarray(0, count));
    }
    if (read !== size) throw new FileChangedError(file);
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
