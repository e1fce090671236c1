// What is deployed: a directory to package (with its file selection) or a ready zip.
import path from 'node:path';
import { InputError } from '../errors.js';
import { parseChoice, type ReadInput } from './values.js';

export type SymlinkPolicy = 'follow' | 'error';

export interface DirectorySource {
  readonly kind: 'directory';
  readonly path: string;
  /** Globs relative to `path`; none means every file. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly symlinks: SymlinkPolicy;
}

export type PackageSource = DirectorySource | { readonly kind: 'zip-file'; readonly path: string };

export function parsePackageSource(read: ReadInput, workspace: string): PackageSource {
  const source = read('source');
  const zipFile = read('zip-file');
  if (source !== '' && zipFile !== '') {
    throw new InputError(
      'source',
      "set only one of 'source' (a directory) and 'zip-file' (a .zip)",
    );
  }
  const include = parsePatterns('include', read('include'));
  const exclude = parsePatterns('exclude', read('exclude'));
  const symlinks = parseChoice(
    'symlinks',
    read('symlinks'),
    ['follow', 'error'] as const,
    'follow',
  );
  if (source !== '') {
    return { kind: 'directory', path: path.resolve(workspace, source), include, exclude, symlinks };
  }
  for (const [name, patterns] of [
    ['include', include],
    ['exclude', exclude],
  ] as const) {
    if (zipFile !== '' && patterns.length > 0) {
      throw new InputError(name, "applies to 'source' only; a zip-file is deployed as it is");
    }
  }
  if (zipFile !== '') return { kind: 'zip-file', path: path.resolve(workspace, zipFile) };
  throw new InputError('source', "is required: set 'source' (a directory) or 'zip-file' (a .zip)");
}

/** One glob a line; blank lines and lines starting with '#' are skipped. */
function parsePatterns(input: string, value: string): string[] {
  const patterns = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      throw new InputError(
        input,
        `'${pattern}': negated patterns are not supported; use 'exclude'`,
      );
    }
    if (pattern.split('/').includes('..')) {
      throw new InputError(input, `'${pattern}' reaches outside the source directory with '..'`);
    }
  }
  return patterns;
}
