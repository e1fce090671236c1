// Packaging reads what it walked: a file that changes between the walk (whose sizes are
// checked against Lambda's limit and shown in the summary) and its read fails the build,
// so the zip never holds other bytes than were counted.
import { writeFileSync } from 'node:fs';
import { appendFile, readdir, truncate, utimes } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/logger.js';
import { preparePackage } from '../../../src/package/deployment-package.js';
import { FileChangedError } from '../../../src/package/file-changed.js';
import { listSourceTree } from '../../../src/package/source-tree.js';
import { inputErrorOf, rejectionOf } from '../helpers/errors.js';
import { directorySource, treeOptions } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree } from '../helpers/tree.js';
import { writeZip } from '../helpers/zip.js';

const tempDir = useTempDirs();

/** Larger than the size above which the writer streams a file instead of reading it whole. */
const STREAMED_SIZE = 17 * 1024 * 1024;

const CHANGES: readonly [string, (file: string) => Promise<void>][] = [
  ['grew', (file) => appendFile(file, 'more')],
  ['shrank', (file) => truncate(file, 10)],
  ['was rewritten with the same size', (file) => utimes(file, new Date(), new Date(2001, 0, 1))],
];

/**
 * Lists `root`, lets `change` happen to `file`, then writes the zip: the walk and the
 * read, with the change in between.
 */
async function zipAfterChange(root: string, change: () => Promise<void>): Promise<Error> {
  const entries = listSourceTree(root, treeOptions());
  await change();
  const output = await tempDir();
  const error = await rejectionOf(writeZip(entries, path.join(output, 'f.zip')));
  // No half-written zip is left behind.
  expect(await readdir(output)).toEqual([]);
  return error;
}

describe('a file that changes between the walk and its read', () => {
  it.each(CHANGES)('fails when a small file %s, naming it', async (_what, change) => {
    const root = await tempDir();
    await writeTree(root, { 'index.js': 'x', 'lib/data.json': '{"a":1}'.repeat(10) });
    const file = path.join(root, 'lib', 'data.json');
    const error = await zipAfterChange(root, () => change(file));
    expect(error).toBeInstanceOf(FileChangedError);
    expect(error.message).toContain(`'${file}' changed while it was being packaged`);
  });

  it.each(CHANGES)('fails when a large, streamed file %s, naming it', async (_what, change) => {
    const root = await tempDir();
    await writeTree(root, { 'index.js': 'x', 'model.bin': Buffer.alloc(STREAMED_SIZE, 7) });
    const file = path.join(root, 'model.bin');
    const error = await zipAfterChange(root, () => change(file));
    expect(error).toBeInstanceOf(FileChangedError);
    expect(error.message).toContain(`'${file}' changed while it was being packaged`);
  });

  it('names the input through preparePackage, and writes no zip', async () => {
    const root = await tempDir();
    await writeTree(root, { 'index.js': 'x', 'lib/a.js': 'a' });
    const output = await tempDir();
    const log: Logger = { info: () => undefined, warning: () => undefined };
    const error = await inputErrorOf(
      preparePackage(directorySource(root, { include: ['*.js', 'lib/'] }), {
        baseName: 'f',
        outputDirectory: output,
        log,
        input: 'layer-source',
        // Told after the tree is listed and before any file is read: the moment to change one.
        onChecked: () => {
          writeFileSync(path.join(root, 'lib', 'a.js'), 'a much longer a.js than was listed');
        },
      }),
    );
    expect(error.input).toBe('layer-source');
    expect(error.message).toContain(
      `'${path.join(root, 'lib', 'a.js')}' changed while it was being packaged`,
    );
    const files = await readdir(output, { recursive: true });
    expect(files.filter((name) => name.endsWith('.zip'))).toEqual([]);
  });
});
