import { createHash } from 'node:crypto';
import type { DirectorySource } from '../inputs.js';
import { COMPRESSION_SETTINGS } from './compression-choice.js';
import { LIMITS, zipMode } from './deterministic-zip.js';
import type { SourceEntry } from './source-tree.js';
import { entryKind } from './tree-hashes.js';

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

/**
 * A SHA-256 (base64) of what a zip of `entries` would hold and how it would be written: each
 * entry's name, type, mode (the file's whole mode, not just the bit the zip keeps), size,
 * content hash (`fileHashes`: each file's SHA-256, hex, in the entries' order, as
 * tree-hashes.ts reads them) and link target, the source's include, exclude and symlinks,
 * and the packager's key. Two trees with the same fingerprint give the same zip, byte for
 * byte.
 */
export function fingerprintTree(
  entries: readonly SourceEntry[],
  fileHashes: readonly string[],
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
  let file = 0;
  for (const entry of entries) {
    const type = entryKind(entry);
    const content = type === 'file' ? fileHashes[file++] : '';
    if (content === undefined) throw new Error('fewer file hashes than files in the tree');
    tree.update(entry.nameBytes);
    tree.update(
      `\0${type}\0${entry.stats.mode}\0${zipMode(entry)}\0${type === 'file' ? entry.stats.size : 0}` +
        `\0${content}\0${entry.linkTarget ?? ''}\n`,
    );
  }
  if (file !== fileHashes.length) throw new Error('more file hashes than files in the tree');
  return tree.digest('base64');
}
