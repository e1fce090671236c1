import { mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DeployError, InputError } from '../errors.js';
import type { DirectorySource, PackageSource } from '../inputs.js';
import type { Logger } from '../logger.js';
import { WorkerDeflater } from './deflate-workers.js';
import { LIMITS, writeDeterministicZip } from './deterministic-zip.js';
import { FileChangedError } from './file-changed.js';
import { pathFilter } from './path-filter.js';
import { PackagingProgress } from './progress.js';
import { inspectZipFile } from './ready-zip.js';
import { describeFsError, listSourceTree, type SourceEntry } from './source-tree.js';
import { checkUnzippedSize } from './unzipped-limit.js';
import { type DeploymentPackage, type RecordedPackage } from './package-contents.js';
import { fingerprintTree } from './fingerprint.js';
import { hashFiles } from './tree-hashes.js';
import type { InputName } from '../inputs/schema.js';

export interface PackageOptions {
  /** The zip's file name, without extension. */
  readonly baseName: string;
  /** Where the zip is written; it stays there after the step (RUNNER_TEMP on a runner). */
  readonly outputDirectory: string | undefined;
  readonly log: Logger;
  /** The input that named the directory, for error messages; 'source' by default. */
  readonly input?: InputName;
  /**
   * Told, once the directory is walked and its size checked, the most bytes its zip can
   * take: what is left of packaging cannot be a bad input.
   */
  readonly onChecked?: (largestZipBytes: number) => void;
  /**
   * Asked with the tree's fingerprint before anything is deflated: the zip the function's
   * record says that tree makes, when the function runs it already; then nothing is built.
   */
  readonly skipWhen?: (fingerprint: string) => Promise<RecordedPackage | undefined>;
}

export async function preparePackage(
  source: PackageSource,
  options: PackageOptions,
): Promise<DeploymentPackage> {
  return source.kind === 'directory' ? buildFromDirectory(source, options) : inspectZipFile(source);
}

async function buildFromDirectory(
  source: DirectorySource,
  options: PackageOptions,
): Promise<DeploymentPackage> {
  // Started first, so that the threads boot while the tree is walked.
  const deflater = new WorkerDeflater();
  try {
    const input = options.input ?? 'source';
    const { entries, files, unzippedSize, largestZipBytes } =
      takeCheckedTree(source) ?? checkDirectory(source, input);
    options.onChecked?.(largestZipBytes);
    const contents = { fileCount: files.length, unzippedSize };
    const fileHashes = await hashFiles(entries, deflater, LIMITS).catch((error: unknown) => {
      throw packagingFailure(input, source.path, error);
    });
    const fingerprint = fingerprintTree(entries, fileHashes, source);
    const recorded = await options.skipWhen?.(fingerprint);
    if (recorded !== undefined) {
      options.log.info(
        `The tree's fingerprint is the one recorded with the code the function runs (${recorded.sha256}): nothing to build`,
      );
      return { path: '', ...recorded, contents, fingerprint, byFingerprint: true };
    }
    const outputDirectory = options.outputDirectory ?? os.tmpdir();
    await mkdir(outputDirectory, { recursive: true });
    const parent = await mkdtemp(path.join(outputDirectory, 'lambda-deploy-'));
    const zipPath = path.join(parent, `${options.baseName}.zip`);
    const progress = new PackagingProgress(files.length, unzippedSize, options.log);
    const zip = await writeDeterministicZip(entries, zipPath, deflater, (entry) => {
      if (entry.stats.isFile()) progress.fileDone(entry.stats.size);
    }).catch((error: unknown) => {
      throw packagingFailure(input, source.path, error);
    });
    return {
      path: zipPath,
      size: zip.size,
      sha256: zip.sha256.toString('base64'),
      contents,
      fingerprint,
    };
  } finally {
    await deflater.close();
  }
}

/** A directory walked and checked; what is left of packaging it cannot be a bad input. */
export interface CheckedTree {
  readonly entries: readonly SourceEntry[];
  readonly files: readonly SourceEntry[];
  readonly unzippedSize: number;
  /** The most bytes its zip can take (largestZipBytes). */
  readonly largestZipBytes: number;
}

/**
 * Walks `source` and checks it (every include matches, some file, the unzipped size within
 * Lambda's limit), reading and deflating nothing; `input` names it in errors.
 */
export function checkDirectory(source: DirectorySource, input: InputName): CheckedTree {
  const entries = listPackageEntries(source, input);
  const files = entries.filter((entry) => entry.stats.isFile());
  const unzippedSize = checkUnzippedSize(
    files.map((file) => ({ name: file.name, size: file.stats.size })),
    input,
    input === 'source' ? "Leave some out with 'exclude'." : 'Make the directory smaller.',
  );
  return { entries, files, unzippedSize, largestZipBytes: largestZipBytes(entries) };
}

/**
 * Trees checked ahead of their build (a layer's tree, a fleet's sources, checked before the
 * function is read), each kept for the build of the same source, which takes it: a tree is
 * walked once. The build's reads still fail on a file changed since this walk.
 */
const checkedAhead = new WeakMap<DirectorySource, CheckedTree>();

/** checkDirectory, keeping the tree for the build of `source` (buildFromDirectory). */
export function checkDirectoryAhead(source: DirectorySource, input: InputName): CheckedTree {
  const tree = checkDirectory(source, input);
  checkedAhead.set(source, tree);
  return tree;
}

function takeCheckedTree(source: DirectorySource): CheckedTree | undefined {
  const tree = checkedAhead.get(source);
  checkedAhead.delete(source);
  return tree;
}

function listPackageEntries(source: DirectorySource, input: InputName): SourceEntry[] {
  const filter = pathFilter(source.include, source.exclude);
  const entries = listSourceTree(source.path, {
    input,
    filter,
    symlinks: source.symlinks,
  });
  const unmatched = filter.unmatchedIncludes();
  if (unmatched.length > 0) {
    const patterns = unmatched.map((pattern) => `'${pattern}'`).join(', ');
    throw new InputError(
      'include',
      `${unmatched.length === 1 ? 'the pattern' : 'the patterns'} ${patterns} ` +
        `${unmatched.length === 1 ? 'matches' : 'match'} nothing in '${source.path}' ` +
        '(patterns are relative to it, as in a .gitignore); fix or remove ' +
        (unmatched.length === 1 ? 'it' : 'them'),
    );
  }
  if (!entries.some((entry) => entry.stats.isFile())) {
    throw new InputError(input, `'${source.path}' holds no files to package`);
  }
  return entries;
}

/**
 * A file system failure while reading the tree is about the directory an input named, so
 * it names that input; anything else (a worker that died, say) is the packager's own.
 */
function packagingFailure(input: InputName, directory: string, error: unknown): Error {
  if (error instanceof InputError) return error;
  if (error instanceof FileChangedError) return new InputError(input, error.message);
  const failedPath = (error as NodeJS.ErrnoException).path;
  const where = failedPath === undefined ? '' : ` at '${failedPath}'`;
  const detail = `the package from '${directory}'${where}: ${describeFsError(error)}`;
  return failedPath === undefined
    ? new DeployError(`Could not build ${detail}`)
    : new InputError(input, `could not build ${detail}`);
}

/**
 * The most bytes a zip of `entries` can take: each entry's headers (local and central, 76
 * bytes and its name twice, 16 more for a streamed one's descriptor), its data stored (the
 * writer stores what deflate cannot shrink) or deflated as a stream (5 bytes per 16 KiB
 * block at worst), and the end record.
 */
export function largestZipBytes(entries: readonly SourceEntry[]): number {
  const END_OF_CENTRAL_DIRECTORY = 22;
  return entries.reduce((bytes, entry) => {
    const size = entry.stats.isFile() ? entry.stats.size : (entry.linkTarget?.length ?? 0) * 4;
    return bytes + 76 + 16 + 2 * entry.nameBytes.length + size + 5 * Math.ceil(size / 16_384) + 5;
  }, END_OF_CENTRAL_DIRECTORY);
}
