import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** A new empty directory, removed when the current test finishes. Call it inside a test. */
export async function tempDir(label: string): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), `lambda-deploy-${label}-`));
  onTestFinished(() => rm(directory, { recursive: true, force: true }));
  return directory;
}

/** Writes `files` (relative path -> content) below `root`, creating directories as needed. */
export async function writeFiles(
  root: string,
  files: Readonly<Record<string, string>>,
): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}
