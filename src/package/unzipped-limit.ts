import { InputError } from '../errors.js';
import { formatBytes, formatCount } from '../format.js';
import type { SourceEntry } from './source-tree.js';

/** Lambda's limit on a function's code unzipped (its layers count towards it too). */
export const UNZIPPED_LIMIT_BYTES = 262_144_000;

const LARGEST_SHOWN = 5;

/** Refuses a tree Lambda would refuse, naming what takes the room so the user sees what to exclude. */
export function checkUnzippedSize(entries: readonly SourceEntry[], input: string): number {
  const total = entries.reduce((sum, entry) => sum + fileSize(entry), 0);
  if (total <= UNZIPPED_LIMIT_BYTES) return total;
  const largest = [...sizeByTopLevelName(entries)]
    .sort(([, a], [, b]) => b - a)
    .slice(0, LARGEST_SHOWN)
    .map(([name, size]) => `${name} ${formatBytes(size)}`);
  throw new InputError(
    input,
    `the files come to ${formatCount(total)} bytes unzipped, over Lambda's limit of ` +
      `${formatCount(UNZIPPED_LIMIT_BYTES)}. Largest at the top level: ${largest.join(', ')}. ` +
      "Leave some out with 'exclude'.",
  );
}

function sizeByTopLevelName(entries: readonly SourceEntry[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const entry of entries) {
    const slash = entry.name.indexOf('/');
    const top = slash === -1 ? entry.name : entry.name.slice(0, slash + 1);
    sizes.set(top, (sizes.get(top) ?? 0) + fileSize(entry));
  }
  return sizes;
}

function fileSize(entry: SourceEntry): number {
  return entry.stats.isFile() ? entry.stats.size : 0;
}
