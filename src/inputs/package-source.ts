// What is deployed: a directory to package (with its file selection), a ready zip, or an image.
import path from 'node:path';
import { InputError } from '../errors.js';
import { parseChoice, type ReadInput } from './values.js';
import type { InputName } from './schema.js';

export type SymlinkPolicy = 'auto' | 'follow' | 'error' | 'preserve';

export interface DirectorySource {
  readonly kind: 'directory';
  readonly path: string;
  /** .gitignore patterns relative to `path` selecting what to package; none means every file. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly symlinks: SymlinkPolicy;
}

export interface ZipFileSource {
  readonly kind: 'zip-file';
  readonly path: string;
  /** 'preserve' accepts link entries that stay inside the zip; otherwise they are refused. */
  readonly symlinks?: SymlinkPolicy;
}

/** A zip to deploy: built from a directory, or ready. */
export type PackageSource = DirectorySource | ZipFileSource;

export interface ImageSource {
  readonly kind: 'image';
  readonly uri: string;
}

export type CodeSource = PackageSource | ImageSource;

/** registry/repository followed by :tag or @sha256:digest, as Lambda takes it. */
const IMAGE_URI =
  /^[a-z0-9.-]+(?::\d+)?\/[a-z0-9]+(?:[._/-][a-z0-9]+)*(?::[\w][\w.-]{0,127}|@sha256:[a-f0-9]{64})$/;

export function parseCodeSource(read: ReadInput, workspace: string): CodeSource {
  const given = (['source', 'zip-file', 'image-uri'] as const).filter((name) => read(name) !== '');
  if (given.length > 1) {
    throw new InputError(
      given[0] ?? 'source',
      `set only one of 'source' (a directory), 'zip-file' (a .zip) and 'image-uri' (a container image); got ${given.map((name) => `'${name}'`).join(' and ')}`,
    );
  }
  const imageUri = read('image-uri');
  if (imageUri === '') return parsePackageSource(read, workspace);
  if (!IMAGE_URI.test(imageUri)) {
    throw new InputError(
      'image-uri',
      `'${imageUri}' is not an image URI such as <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag> (or @sha256:<digest>)`,
    );
  }
  for (const name of ['include', 'exclude'] as const) {
    if (read(name) !== '') {
      throw new InputError(name, "applies to 'source' only; an image is deployed as it is");
    }
  }
  return { kind: 'image', uri: imageUri };
}

function parsePackageSource(read: ReadInput, workspace: string): PackageSource {
  const source = read('source');
  const zipFile = read('zip-file');
  const include = parsePatterns('include', read('include'));
  const exclude = parsePatterns('exclude', read('exclude'));
  const symlinks = parseSymlinks(read);
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
  if (zipFile !== '') return { kind: 'zip-file', path: path.resolve(workspace, zipFile), symlinks };
  throw new InputError('source', "is required: set 'source' (a directory) or 'zip-file' (a .zip)");
}

export function parseSymlinks(read: ReadInput): SymlinkPolicy {
  const choices = ['auto', 'follow', 'error', 'preserve'] as const;
  return parseChoice('symlinks', read('symlinks'), choices, 'auto');
}

/**
 * One .gitignore pattern a line ('!' takes back what an earlier line took); blank lines
 * and lines starting with '#' are skipped.
 */
function parsePatterns(input: InputName, value: string): string[] {
  const patterns = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  for (const pattern of patterns) {
    if (pattern.replace(/^!/, '').split('/').includes('..')) {
      throw new InputError(input, `'${pattern}' reaches outside the source directory with '..'`);
    }
  }
  return patterns;
}
