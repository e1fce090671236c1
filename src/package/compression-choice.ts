import { extname } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/** Formats that are compressed already: deflate cannot shrink them, so it is not tried. */
const COMPRESSED_FORMATS = new Set([
  '.7z',
  '.avif',
  '.br',
  '.bz2',
  '.gif',
  '.gz',
  '.jar',
  '.jpeg',
  '.jpg',
  '.m4a',
  '.mp3',
  '.mp4',
  '.ogg',
  '.png',
  '.tgz',
  '.webm',
  '.webp',
  '.woff',
  '.woff2',
  '.xz',
  '.zip',
  '.zst',
]);

/** Files this large are probed before deflate spends its time on them. */
const PROBE_FROM_BYTES = 256 * 1024;
const SAMPLE_BYTES = 32 * 1024;
/** A sample that level 1 shrinks by less than this is taken for incompressible data. */
const INCOMPRESSIBLE_RATIO = 0.98;

/**
 * True when the file is to be stored without trying deflate: a compressed format by its
 * name, or a large file whose start, middle and end level-1 deflate cannot shrink. Either
 * way deflate would have kept it as it is (or all but), so the zip's size barely changes
 * and the time of a full deflate is saved.
 */
export function storeUntried(path: string, data: Uint8Array): boolean {
  if (COMPRESSED_FORMATS.has(extname(path).toLowerCase())) return true;
  if (data.length < PROBE_FROM_BYTES) return false;
  const middle = Math.floor((data.length - SAMPLE_BYTES) / 2);
  return [0, middle, data.length - SAMPLE_BYTES].every((start) => {
    const sample = data.subarray(start, start + SAMPLE_BYTES);
    return deflateRawSync(sample, { level: 1 }).length >= sample.length * INCOMPRESSIBLE_RATIO;
  });
}

/** Files this large are deflated one level lower than the rest. */
const LOWER_LEVEL_FROM_BYTES = 32 * 1024;

/** Every constant that decides how a file is compressed: part of a tree's fingerprint. */
export const COMPRESSION_SETTINGS = {
  storedFormats: [...COMPRESSED_FORMATS].sort(),
  probeFromBytes: PROBE_FROM_BYTES,
  sampleBytes: SAMPLE_BYTES,
  incompressibleRatio: INCOMPRESSIBLE_RATIO,
  lowerLevelFromBytes: LOWER_LEVEL_FROM_BYTES,
} as const;

/**
 * The deflate level for a file of `size` bytes, `level` being the one for smaller files.
 * Measured on the 44 MB node_modules-like tree of npm run bench:deploy: one level lower
 * (4 for 5) from 32 KiB up deflates the tree in 90 % of the time, the zip 1.2 % larger
 * than Info-ZIP's -6 (from 16 KiB: 84 %, 1.8 % larger). On small files a lower level
 * saves little: starting deflate costs as much as its search.
 */
export function levelFor(size: number, level: number): number {
  return size >= LOWER_LEVEL_FROM_BYTES ? Math.max(1, level - 1) : level;
}
