import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
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
