import { InputError } from '../errors.js';
import { formatBytes, formatCount } from '../format.js';
import type { InputName } from '../inputs/schema.js';

/** Lambda's limit on a function's code unzipped (its layers count towards it too). */
export const UNZIPPED_LIMIT_BYTES = 262_144_000;

const LARGEST_SHOWN = 5;

/** A file of the package: its path inside the zip and its size unzipped. */
export interface PackagedFile {
  readonly name: string;
  readonly size: number;
}

/** Refuses a package Lambda would refuse, naming what takes the room so the user sees what to leave out. */
export function checkUnzippedSize(
  files: readonly PackagedFile[],
  input: InputName,
  advice: string,
): number {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total <= UNZIPPED_LIMIT_BYTES) return total;
  const largest = [...sizeByTopLevelName(files)]
    .sort(([, a], [, b]) => b - a)
    .slice(0, LARGEST_SHOWN)
    .map(([name, size]) => `${name} ${formatBytes(size)}`);
  throw new InputError(
    input,
    `the files come to ${formatCount(total)} bytes unzipped, over Lambda's limit of ` +
      `${formatCount(UNZIPPED_LIMIT_BYTES)}. Largest at the top level: ${largest.join(', ')}. ${advice}`,
  );
}

function sizeByTopLevelName(files: readonly PackagedFile[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const file of files) {
    const slash = file.name.indexOf('/');
    const top = slash === -1 ? file.name : file.name.slice(0, slash + 1);
    sizes.set(top, (sizes.get(top) ?? 0) + file.size);
  }
  return sizes;
}
