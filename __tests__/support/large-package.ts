import { randomFillSync } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { preparePackage } from '../../src/package/deployment-package.js';
import { type DeploymentPackage } from '../../src/package/package-contents.js';
import { digestOf, directorySource, packageOptions } from './package-fixtures.js';
import { writeFiles } from './temp-dir.js';

/** Lambda's limit for a zip sent in the UpdateFunctionCode request, as AWS documents it. */
export const DIRECT_LIMIT_BYTES = 52_428_800;

/**
 * The random (so incompressible) bytes in a large source: 56 MB, a zip of about as much,
 * 3.5 MB over the direct limit (7 parts of 8 MiB) and no more, since each use packages,
 * uploads and stores all of it. Random, so that no deflate brings it under.
 */
export const LARGE_SOURCE_BYTES = 56_000_000;

/** Writes a function's source into `root`: index.js and `bytes` random bytes in blob.bin. */
export async function writeLargeSource(root: string, bytes = LARGE_SOURCE_BYTES): Promise<void> {
  await writeFiles(root, {
    'index.js': "exports.handler = async () => 'large';\n",
  });
  const file = await open(path.join(root, 'blob.bin'), 'w');
  try {
    const chunk = Buffer.alloc(8 * 1024 * 1024);
    for (let written = 0; written < bytes;) {
      const length = Math.min(chunk.length, bytes - written);
      randomFillSync(chunk, 0, length);
      await file.write(chunk, 0, length);
      written += length;
    }
  } finally {
    await file.close();
  }
}

/**
 * A directory for every test of the file: made before the first test, removed after the
 * last. Call it at the top of a test file.
 */
export function useFileTempDir(label: string): () => string {
  let directory: string | undefined;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), `lambda-deploy-${label}-`));
  });
  afterAll(async () => {
    if (directory !== undefined) await rm(directory, { recursive: true, force: true });
  });
  return () => {
    if (directory === undefined) throw new Error(`useFileTempDir(${label}): not made yet`);
    return directory;
  };
}

export interface LargePackage {
  readonly pkg: DeploymentPackage;
  /** Size and base64 SHA-256 of the zip, computed by the test harness, not the project. */
  readonly expected: { readonly sha256: string; readonly size: number };
  /** The SHA-256 as lower-case hex, as it appears in the S3 key. */
  readonly sha256Hex: string;
}

/**
 * One package over the direct limit for every test of the file, built once (beforeAll)
 * with the project's preparePackage from a source of LARGE_SOURCE_BYTES random bytes.
 */
export function useLargePackage(): () => LargePackage {
  const directory = useFileTempDir('large-package');
  let large: LargePackage | undefined;
  beforeAll(async () => {
    const source = path.join(directory(), 'source');
    await writeLargeSource(source);
    const pkg = await preparePackage(
      directorySource(source),
      packageOptions('large', path.join(directory(), 'out')),
    );
    const expected = await digestOf(pkg.path);
    if (expected.size <= DIRECT_LIMIT_BYTES) {
      throw new Error(`the large package is only ${expected.size} bytes`);
    }
    large = { pkg, expected, sha256Hex: Buffer.from(expected.sha256, 'base64').toString('hex') };
  });
  return () => {
    if (large === undefined) throw new Error('useLargePackage: not built yet');
    return large;
  };
}
