import { mkdir, readdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePackage } from '../../../src/package/deployment-package.js';
import { listSourceTree } from '../../../src/package/source-tree.js';
import { checkUnzippedSize, UNZIPPED_LIMIT_BYTES } from '../../../src/package/unzipped-limit.js';
import { asInputError, inputErrorOf, thrownBy } from '../helpers/errors.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { directorySource, treeOptions, type SourceChoices } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs();

/** Sparse files of the given sizes: they count in full, but no data is written to disk. */
async function sparseTree(sizes: Record<string, number>): Promise<string> {
  const root = await tempDir();
  for (const [name, size] of Object.entries(sizes)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '');
    await truncate(file, size);
  }
  return root;
}

/** The files of the tree, as preparePackage gives them to checkUnzippedSize. */
function checked(root: string, choices: SourceChoices = {}): number {
  const files = listSourceTree(root, treeOptions(choices))
    .filter((entry) => entry.stats.isFile())
    .map((entry) => ({ name: entry.name, size: entry.stats.size }));
  return checkUnzippedSize(files, 'source', "Leave some out with 'exclude'.");
}

describe('the unzipped size limit', () => {
  it("is Lambda's 250 MiB", () => {
    expect(UNZIPPED_LIMIT_BYTES).toBe(262_144_000);
  });

  it('refuses a tree over the limit before writing any zip, naming the sizes and largest folders', async () => {
    const root = await sparseTree({
      'node_modules/aws-sdk/dist.js': 150_000_000,
      'node_modules/sharp/vendor/libvips.so': 100_000_000,
      'assets/video.mp4': 20_000_000,
      'index.js': 1_000,
    });
    const output = await tempDir();
    const error = await inputErrorOf(
      preparePackage(directorySource(root), {
        baseName: 'f',
        outputDirectory: output,
        log: new RecordingLogger(),
      }),
    );
    expect(error.input).toBe('source');
    expect(error.message).toContain('270,001,000 bytes unzipped');
    expect(error.message).toContain('262,144,000');
    expect(error.message).toContain(
      'Largest at the top level: node_modules/ 238.4 MiB (250,000,000 bytes), ' +
        'assets/ 19.1 MiB (20,000,000 bytes), index.js',
    );
    expect(error.message).toContain("'exclude'");
    expect(await readdir(output)).toEqual([]);
  });

  it('names at most five top-level folders, the largest first', async () => {
    const root = await sparseTree({
      'a/x': 60_000_000,
      'b/x': 70_000_000,
      'c/x': 50_000_000,
      'd/x': 40_000_000,
      'e/x': 30_000_000,
      'f/x': 20_000_000,
    });
    const error = asInputError(thrownBy(() => checked(root)));
    expect(error.message).toMatch(/top level: b\/ .*, a\/ .*, c\/ .*, d\/ .*, e\/ [^,]*\./);
    expect(error.message).not.toContain('f/');
  });

  it('accepts a tree of exactly the limit and gives its size', async () => {
    const root = await sparseTree({ 'a.bin': UNZIPPED_LIMIT_BYTES - 10, 'b/c.bin': 10 });
    expect(checked(root)).toBe(UNZIPPED_LIMIT_BYTES);
  });

  it('refuses one byte more', async () => {
    const root = await sparseTree({ 'a.bin': UNZIPPED_LIMIT_BYTES - 10, 'b/c.bin': 11 });
    const error = asInputError(thrownBy(() => checked(root)));
    expect(error.message).toContain('262,144,001 bytes');
  });

  it('names the input and ends with the advice it was given', () => {
    const files = [{ name: 'lib/big.bin', size: UNZIPPED_LIMIT_BYTES + 1 }];
    const error = asInputError(
      thrownBy(() => checkUnzippedSize(files, 'zip-file', 'Build a smaller package.')),
    );
    expect(error.input).toBe('zip-file');
    expect(error.message).toMatch(/^Input 'zip-file': /);
    expect(error.message).toMatch(
      /lib\/ 250\.0 MiB \(262,144,001 bytes\)\. Build a smaller package\.$/,
    );
  });

  it('counts only what include and exclude keep', async () => {
    const root = await sparseTree({ 'node_modules/big.bin': 300_000_000, 'index.js': 5 });
    expect(checked(root, { exclude: ['node_modules'] })).toBe(5);
  });
});
