import { mkdir, mkdtemp, open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DeployError, InputError } from '../errors.js';
import type { PackageSource } from '../inputs.js';
import { writeDeterministicZip } from './deterministic-zip.js';
import { hashFile } from './hashing.js';
import { describeFsError, listSourceTree } from './source-tree.js';

export interface DeploymentPackage {
  readonly path: string;
  readonly size: number;
  /** Base64 SHA-256 of the zip, the form Lambda reports as CodeSha256. */
  readonly sha256: string;
  /** Files and empty directories in a zip built from `source`; undefined for a ready zip-file. */
  readonly entryCount: number | undefined;
}

export interface PackageOptions {
  /** The zip's file name, without extension. */
  readonly baseName: string;
  /** Where the zip is written; it stays there after the step (RUNNER_TEMP on a runner). */
  readonly outputDirectory: string | undefined;
}

export async function preparePackage(
  source: PackageSource,
  options: PackageOptions,
): Promise<DeploymentPackage> {
  return source.kind === 'directory'
    ? buildFromDirectory(source.path, options)
    : inspectZipFile(source.path);
}

async function buildFromDirectory(
  directory: string,
  options: PackageOptions,
): Promise<DeploymentPackage> {
  const entries = await listSourceTree(directory, 'source');
  if (!entries.some((entry) => entry.stats.isFile())) {
    throw new InputError('source', `'${directory}' holds no files to package`);
  }
  const outputDirectory = options.outputDirectory ?? os.tmpdir();
  await mkdir(outputDirectory, { recursive: true });
  const parent = await mkdtemp(path.join(outputDirectory, 'lambda-deploy-'));
  const zipPath = path.join(parent, `${options.baseName}.zip`);
  const zip = await writeDeterministicZip(entries, zipPath).catch((error: unknown) => {
    throw packagingFailure(directory, error);
  });
  return {
    path: zipPath,
    size: zip.size,
    sha256: zip.sha256.toString('base64'),
    entryCount: entries.length,
  };
}

function packagingFailure(directory: string, error: unknown): DeployError {
  const failedPath = (error as NodeJS.ErrnoException).path;
  const where = failedPath === undefined ? '' : ` at '${failedPath}'`;
  return new DeployError(
    `Could not build the package from '${directory}'${where}: ${describeFsError(error)}`,
  );
}

const ZIP_SIGNATURES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];

async function inspectZipFile(zipPath: string): Promise<DeploymentPackage> {
  const handle = await open(zipPath, 'r').catch((error: unknown) => {
    throw new InputError('zip-file', `'${zipPath}' cannot be read: ${describeFsError(error)}`);
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new InputError('zip-file', `'${zipPath}' is not a file`);
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    if (!ZIP_SIGNATURES.some((signature) => signature.equals(head))) {
      throw new InputError('zip-file', `'${zipPath}' is not a zip archive`);
    }
    const { sha256, size } = await hashFile(zipPath);
    return { path: zipPath, size, sha256: sha256.toString('base64'), entryCount: undefined };
  } finally {
    await handle.close();
  }
}
