import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkDirectoryAhead,
  preparePackage,
  type PackageOptions,
} from '../../../src/package/deployment-package.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { directorySource } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree } from '../helpers/tree.js';
import { readZip } from '../helpers/zip.js';

const tempDir = useTempDirs();

async function options(): Promise<PackageOptions> {
  return {
    baseName: 'layer',
    outputDirectory: await tempDir(),
    log: new RecordingLogger(),
    input: 'layer-source',
  };
}

async function layerTree(): Promise<string> {
  const root = await tempDir();
  await writeTree(root, { 'nodejs/index.js': 'module.exports = 1;\n' });
  return root;
}

const names = (zipPath: string) => readZip(zipPath).map((entry) => entry.name);

// A layer's tree (and a fleet's sources) is checked before the function is read, then
// built: the build takes the tree that check walked rather than walking it again.
describe('a tree checked ahead of its build', () => {
  it('is built from the walk of its check: a file added after the check is not walked again', async () => {
    const source = directorySource(await layerTree());
    const checked = checkDirectoryAhead(source, 'layer-source');
    expect(checked.files.map((file) => file.name)).toEqual(['nodejs/index.js']);
    await writeFile(path.join(source.path, 'nodejs', 'late.js'), 'added after the check\n');

    const pkg = await preparePackage(source, await options());

    expect(names(pkg.path)).toEqual(['nodejs/index.js']);
    expect(pkg.contents).toEqual({ fileCount: 1, unzippedSize: 20 });
  });

  it('is taken once: a second build of the same source walks the tree as it is then', async () => {
    const source = directorySource(await layerTree());
    checkDirectoryAhead(source, 'layer-source');
    await preparePackage(source, await options());
    await writeFile(path.join(source.path, 'nodejs', 'late.js'), 'added after the first build\n');

    const again = await preparePackage(source, await options());

    expect(names(again.path)).toEqual(['nodejs/index.js', 'nodejs/late.js']);
  });

  it('still fails the build on a file changed since the check, naming the input', async () => {
    const source = directorySource(await layerTree());
    checkDirectoryAhead(source, 'layer-source');
    await writeFile(path.join(source.path, 'nodejs', 'index.js'), 'module.exports = 22;\n');

    await expect(preparePackage(source, await options())).rejects.toThrow(
      /layer-source.*nodejs\/index\.js.*changed/s,
    );
  });

  it('is not kept for another source object with the same path: that build walks anew', async () => {
    const root = await layerTree();
    checkDirectoryAhead(directorySource(root), 'layer-source');
    await writeFile(path.join(root, 'nodejs', 'late.js'), 'added after the check\n');

    const pkg = await preparePackage(directorySource(root), await options());

    expect(names(pkg.path)).toEqual(['nodejs/index.js', 'nodejs/late.js']);
  });
});
