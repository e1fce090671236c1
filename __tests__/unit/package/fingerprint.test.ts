// The fingerprint that lets an unchanged tree skip its build must change with anything that
// changes the zip's bytes: every case here is one that must rebuild. And the same tree must
// give the same fingerprint (and the same zip), or nothing would ever be skipped.
import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DirectorySource } from '../../../src/inputs.js';
import { preparePackage } from '../../../src/package/deployment-package.js';
import { fingerprintTree, packagerKey } from '../../../src/package/fingerprint.js';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';
import { listSourceTree, type SourceEntry } from '../../../src/package/source-tree.js';
import { WorkerDeflater } from '../../../src/package/deflate-workers.js';
import { LIMITS } from '../../../src/package/deterministic-zip.js';
import { hashFiles } from '../../../src/package/tree-hashes.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { directorySource, treeOptions, type SourceChoices } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree } from '../helpers/tree.js';

const tempDir = useTempDirs();

const FILES = {
  'index.js': 'exports.handler = async () => "hello";\n',
  'lib/util.js': 'module.exports = { answer: 42 };\n',
  'lib/data.json': '{"a":1}\n',
  'bin/tool': { content: '#!/bin/sh\necho hi\n', mode: 0o755 },
};

async function tree(): Promise<string> {
  const root = await tempDir();
  await writeTree(root, FILES);
  return root;
}

/** Builds `source` as the action does, and returns the package with its fingerprint. */
async function build(source: DirectorySource): Promise<DeploymentPackage> {
  return preparePackage(source, {
    baseName: 'fn',
    outputDirectory: await tempDir(),
    log: new RecordingLogger(),
  });
}

/** The files' hashes as a build reads them, on two threads. */
async function hashesOf(entries: readonly SourceEntry[]): Promise<string[]> {
  const deflater = new WorkerDeflater(2);
  try {
    return await hashFiles(entries, deflater, LIMITS);
  } finally {
    await deflater.close();
  }
}

async function fingerprintOf(root: string, choices: SourceChoices = {}): Promise<string> {
  const pkg = await build(directorySource(root, choices));
  expect(pkg.fingerprint).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  return pkg.fingerprint ?? '';
}

describe('the fingerprint of a source tree', () => {
  it('is the same for the same tree in another place, whose zip is the same too', async () => {
    const first = await build(directorySource(await tree()));
    const second = await build(directorySource(await tree()));
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(second.sha256).toBe(first.sha256);
  });

  it.each(Object.keys(FILES))('changes with a one-byte change in %s', async (name) => {
    const root = await tree();
    const before = await fingerprintOf(root);
    const item = FILES[name as keyof typeof FILES];
    const content = typeof item === 'string' ? item : item.content;
    // Same size: only the content hash can tell.
    await writeFile(path.join(root, name), `${content.slice(0, -2)}#\n`);
    expect(await fingerprintOf(root)).not.toBe(before);
  });

  it('changes when a file becomes executable, and when its other mode bits change', async () => {
    const root = await tree();
    const before = await fingerprintOf(root);
    await chmod(path.join(root, 'index.js'), 0o755);
    const executable = await fingerprintOf(root);
    expect(executable).not.toBe(before);
    await chmod(path.join(root, 'index.js'), 0o775);
    expect(await fingerprintOf(root)).not.toBe(executable);
  });

  it('changes with a new empty directory, and with a new empty file', async () => {
    const root = await tree();
    const before = await fingerprintOf(root);
    await mkdir(path.join(root, 'cache'));
    const withDirectory = await fingerprintOf(root);
    expect(withDirectory).not.toBe(before);
    await writeFile(path.join(root, 'cache', 'empty'), '');
    expect(await fingerprintOf(root)).not.toBe(withDirectory);
  });

  it('changes with a renamed file of the same content', async () => {
    const root = await tree();
    const before = await fingerprintOf(root);
    await writeFile(path.join(root, 'lib', 'data2.json'), '{"a":1}\n');
    await unlink(path.join(root, 'lib', 'data.json'));
    expect(await fingerprintOf(root)).not.toBe(before);
  });

  it('changes with exclude and include, even when they leave out nothing', async () => {
    const root = await tree();
    const before = await fingerprintOf(root);
    expect(await fingerprintOf(root, { exclude: ['lib/data.json'] })).not.toBe(before);
    expect(await fingerprintOf(root, { exclude: ['*.nothing'] })).not.toBe(before);
    expect(await fingerprintOf(root, { include: ['**'] })).not.toBe(before);
  });

  it('changes with the symlinks mode, and with a link target', async () => {
    const root = await tree();
    await symlink('lib/util.js', path.join(root, 'util.js'));
    const followed = await fingerprintOf(root);
    const preserved = await fingerprintOf(root, { symlinks: 'preserve' });
    expect(preserved).not.toBe(followed);
    await unlink(path.join(root, 'util.js'));
    await symlink('lib/data.json', path.join(root, 'util.js'));
    expect(await fingerprintOf(root, { symlinks: 'preserve' })).not.toBe(preserved);
  });

  it("changes with the packager's version or settings", async () => {
    const root = await tree();
    const entries = listSourceTree(root, treeOptions());
    const source = directorySource(root);
    const hashes = await hashesOf(entries);
    const key = packagerKey();
    const fingerprint = (packager?: string) => fingerprintTree(entries, hashes, source, packager);
    expect(fingerprint()).toBe(fingerprint(key));
    const older = key.replace(/"format":\d+/, '"format":0');
    expect(older).not.toBe(key);
    expect(fingerprint(older)).not.toBe(fingerprint());
    const otherZlib = key.replace(/"zlib":"[^"]*"/, '"zlib":"0.0.0"');
    expect(fingerprint(otherZlib)).not.toBe(fingerprint());
  });
});

describe("the files' hashes, read on the deflate threads", () => {
  it("are each file's SHA-256 in the tree's order", async () => {
    const root = await tree();
    const entries = listSourceTree(root, treeOptions());
    const files = entries.filter((entry) => entry.stats.isFile());
    const expected = await Promise.all(
      files.map(async (entry) =>
        createHash('sha256')
          .update(await readFile(entry.absolutePath))
          .digest('hex'),
      ),
    );
    expect(files.map((entry) => entry.name)).toEqual([
      'bin/tool',
      'index.js',
      'lib/data.json',
      'lib/util.js',
    ]);
    expect(await hashesOf(entries)).toEqual(expected);
  });

  it('fail, naming the file, when a file changed after the walk', async () => {
    const root = await tree();
    const entries = listSourceTree(root, treeOptions());
    await writeFile(path.join(root, 'lib/util.js'), 'module.exports = { answer: 43, more: 1 };\n');
    await expect(hashesOf(entries)).rejects.toThrow(
      /lib\/util\.js' changed while it was being packaged/,
    );
  });
});

describe('a build whose tree the function records', () => {
  it('builds nothing when told the recorded zip, and says so', async () => {
    const root = await tree();
    const built = await build(directorySource(root));
    const out = await tempDir();
    const log = new RecordingLogger();
    const asked: string[] = [];
    const skipped = await preparePackage(directorySource(root), {
      baseName: 'fn',
      outputDirectory: out,
      log,
      skipWhen: (fingerprint) => {
        asked.push(fingerprint);
        return Promise.resolve({ sha256: built.sha256, size: built.size });
      },
    });
    expect(asked).toEqual([built.fingerprint]);
    expect(skipped).toEqual({
      path: '',
      sha256: built.sha256,
      size: built.size,
      contents: built.contents,
      fingerprint: built.fingerprint,
      byFingerprint: true,
    });
    expect(await readdir(out)).toEqual([]);
    expect(log.infosWith('nothing to build')).toHaveLength(1);
  });

  it('builds as always when the record does not match', async () => {
    const root = await tree();
    const pkg = await preparePackage(directorySource(root), {
      baseName: 'fn',
      outputDirectory: await tempDir(),
      log: new RecordingLogger(),
      skipWhen: () => Promise.resolve(undefined),
    });
    expect(pkg.byFingerprint).toBeUndefined();
    expect(pkg.path).not.toBe('');
    expect((await build(directorySource(root))).sha256).toBe(pkg.sha256);
  });
});
