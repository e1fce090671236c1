import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DirectorySource } from '../../src/inputs.js';
import type { PackageOptions } from '../../src/package/deployment-package.js';
import { silentLogger } from './aws.js';
import { tempDir, writeFiles } from './temp-dir.js';

/** A small function's source directory; `marker` makes its package differ from any other test's. */
export async function sourceDirectory(marker: string): Promise<string> {
  const root = await tempDir('source');
  await writeFiles(root, {
    'index.js': `exports.handler = async () => ${JSON.stringify(marker)};\n`,
    'lib/util.js': 'module.exports = { answer: 42 };\n',
  });
  return root;
}

/** SHA-256 (base64, as Lambda's CodeSha256) and size of a file, computed here, not by the project. */
export async function digestOf(file: string): Promise<{ sha256: string; size: number }> {
  const bytes = await readFile(file);
  return { sha256: createHash('sha256').update(bytes).digest('base64'), size: bytes.length };
}

export async function outputDirectory(): Promise<string> {
  return path.join(await tempDir('out'), 'packages');
}

/** `directory` as parseInputs gives it when only `source` is set. */
export function directorySource(directory: string): DirectorySource {
  return { kind: 'directory', path: directory, include: [], exclude: [], symlinks: 'follow' };
}

/** preparePackage's options: a zip named `baseName` under `outputDirectory`, no logging. */
export function packageOptions(
  baseName: string,
  outputDirectory: string | undefined,
): PackageOptions {
  return { baseName, outputDirectory, log: silentLogger };
}

/** Runs `unzip -tq`, which checks every entry's CRC; throws with unzip's output when it fails. */
export function expectUnzipTestPasses(zipPath: string): void {
  execFileSync('unzip', ['-tq', zipPath], { encoding: 'utf8' });
}
