import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/logger.js';
import { preparePackage, type PackageOptions } from '../../../src/package/deployment-package.js';
import { deployErrorOf, inputErrorOf } from '../helpers/errors.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { directorySource } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree } from '../helpers/tree.js';
import { buildZip, expectUnzipTestPasses, readZip } from '../helpers/zip.js';

const tempDir = useTempDirs();

async function sha256Base64(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('base64');
}

async function sourceDir(): Promise<string> {
  const source = await tempDir();
  await writeTree(source, {
    'index.js': 'exports.handler = () => 1;\n',
    'lib/a.js': 'a',
    'tmp/': '',
  });
  return source;
}

/** preparePackage's options, logging to a recorder. */
function options(outputDirectory: string | undefined, baseName = 'f'): PackageOptions {
  return { baseName, outputDirectory, log: new RecordingLogger() };
}

describe('preparePackage from a source directory', () => {
  it('returns the SHA-256 (base64) and size of the zip on disk, and what it holds', async () => {
    const pkg = await buildZip(await sourceDir(), await tempDir());
    expect(pkg.sha256).toBe(await sha256Base64(pkg.path));
    expect(pkg.sha256).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(pkg.size).toBe((await stat(pkg.path)).size);
    // Two files of 27 and 1 bytes; the empty directory is an entry but not a file.
    expect(pkg.contents).toEqual({ fileCount: 2, unzippedSize: 28 });
    expect(readZip(pkg.path).map((entry) => entry.name)).toEqual(['index.js', 'lib/a.js', 'tmp/']);
  });

  it('writes <baseName>.zip under the output directory, where it stays', async () => {
    const output = await tempDir();
    const pkg = await buildZip(await sourceDir(), output, 'orders-api');
    expect(path.basename(pkg.path)).toBe('orders-api.zip');
    expect(path.relative(output, pkg.path).startsWith('..')).toBe(false);
    expect((await stat(pkg.path)).isFile()).toBe(true);
  });

  it('gives two builds into one output directory two different files', async () => {
    const output = await tempDir();
    const first = await buildZip(await sourceDir(), output);
    const second = await buildZip(await sourceDir(), output);
    expect(second.path).not.toBe(first.path);
    expect(await sha256Base64(first.path)).toBe(first.sha256);
  });

  it('creates a missing output directory', async () => {
    const output = path.join(await tempDir(), 'runner', 'temp');
    const pkg = await buildZip(await sourceDir(), output);
    expect(path.relative(output, pkg.path).startsWith('..')).toBe(false);
  });

  it('writes under the system temp directory when no output directory is given', async () => {
    const pkg = await preparePackage(
      directorySource(await sourceDir()),
      options(undefined, 'function'),
    );
    try {
      expectUnzipTestPasses(pkg.path);
      expect(path.relative(os.tmpdir(), pkg.path).startsWith('..')).toBe(false);
    } finally {
      await rm(path.dirname(pkg.path), { recursive: true, force: true });
    }
  });

  it("rejects an empty source directory, naming 'source'", async () => {
    const source = await tempDir();
    const error = await inputErrorOf(preparePackage(directorySource(source), options(source)));
    expect(error.input).toBe('source');
    expect(error.message).toContain(`Input 'source'`);
    expect(error.message).toContain('holds no files');
  });

  it('rejects a source directory that holds only empty directories', async () => {
    const source = await tempDir();
    await mkdir(path.join(source, 'empty/nested'), { recursive: true });
    const error = await inputErrorOf(preparePackage(directorySource(source), options(undefined)));
    expect(error.message).toContain('holds no files');
  });

  it('rejects a source directory that holds only .git', async () => {
    const source = await tempDir();
    await writeTree(source, { '.git/HEAD': 'ref: refs/heads/main' });
    const error = await inputErrorOf(preparePackage(directorySource(source), options(source)));
    expect(error.message).toContain('holds no files');
  });

  it("rejects a missing source directory, naming 'source' and the path", async () => {
    const source = path.join(await tempDir(), 'build');
    const error = await inputErrorOf(preparePackage(directorySource(source), options(undefined)));
    expect(error.input).toBe('source');
    expect(error.message).toContain(source);
    expect(error.message).toContain('does not exist');
  });

  it('rejects a link out of the source and writes no zip', async () => {
    const dir = await tempDir();
    const output = path.join(dir, 'out');
    await writeTree(dir, {
      'secret.txt': 's',
      'src/index.js': 'x',
      'src/s.txt': { link: '../secret.txt' },
    });
    const error = await inputErrorOf(
      preparePackage(directorySource(path.join(dir, 'src')), options(output)),
    );
    expect(error.input).toBe('source');
    expect(error.message).toContain(path.join(dir, 'src', 's.txt'));
    await expect(stat(output)).rejects.toThrow(/ENOENT/);
  });
});

describe('preparePackage: symlinks and unreadable files', () => {
  it('with symlinks: error, rejects a link naming it, and writes no zip', async () => {
    const dir = await tempDir();
    const output = path.join(dir, 'out');
    await writeTree(dir, { 'src/index.js': 'x', 'src/current': { link: 'index.js' } });
    const error = await inputErrorOf(
      preparePackage(
        directorySource(path.join(dir, 'src'), { symlinks: 'error' }),
        options(output),
      ),
    );
    expect(error.input).toBe('source');
    expect(error.message).toContain(path.join(dir, 'src', 'current'));
    await expect(stat(output)).rejects.toThrow(/ENOENT/);
  });

  it('names the source and a file that vanished before it was zipped, and leaves no zip', async () => {
    const source = await tempDir();
    await writeTree(source, { 'index.js': 'x', 'lib/gone.js': 'g' });
    const output = await tempDir();
    // The warning about the unmatched include is logged after the tree is listed and
    // before any file is read: the one moment to take a file away.
    const log: Logger = {
      info: () => undefined,
      warning: () => {
        rmSync(path.join(source, 'lib', 'gone.js'));
      },
    };
    const error = await deployErrorOf(
      preparePackage(directorySource(source, { include: ['**/*.js', 'missing/**'] }), {
        baseName: 'f',
        outputDirectory: output,
        log,
      }),
    );
    expect(error.message).toContain(`Could not build the package from '${source}'`);
    expect(error.message).toContain(path.join(source, 'lib', 'gone.js'));
    const zips = await readdir(output, { recursive: true });
    expect(zips.filter((name) => name.endsWith('.zip'))).toEqual([]);
  });
});

describe('preparePackage from a zip-file', () => {
  it('hashes a ready zip where it is, without copying it', async () => {
    const ready = await buildZip(await sourceDir(), await tempDir());
    const pkg = await preparePackage(
      { kind: 'zip-file', path: ready.path },
      options(await tempDir(), 'ignored'),
    );
    expect(pkg).toEqual({
      path: ready.path,
      size: (await stat(ready.path)).size,
      sha256: await sha256Base64(ready.path),
      contents: undefined,
    });
  });

  it.each([
    ['a text file', 'not a zip, just text'],
    ['an empty file', ''],
    ['a gzip file', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0])],
  ])("rejects %s, naming 'zip-file'", async (_what, content) => {
    const file = path.join(await tempDir(), 'function.zip');
    await writeFile(file, content);
    const error = await inputErrorOf(
      preparePackage({ kind: 'zip-file', path: file }, options(undefined)),
    );
    expect(error.input).toBe('zip-file');
    expect(error.message).toContain(file);
    expect(error.message).toContain('not a zip archive');
  });

  it("rejects a missing file, naming 'zip-file' and the path", async () => {
    const file = path.join(await tempDir(), 'missing.zip');
    const error = await inputErrorOf(
      preparePackage({ kind: 'zip-file', path: file }, options(undefined)),
    );
    expect(error.input).toBe('zip-file');
    expect(error.message).toContain(file);
    expect(error.message).toContain('does not exist');
  });

  it("rejects a directory, naming 'zip-file'", async () => {
    const dir = await tempDir();
    const error = await inputErrorOf(
      preparePackage({ kind: 'zip-file', path: dir }, options(undefined)),
    );
    expect(error.input).toBe('zip-file');
    expect(error.message).toContain(dir);
  });
});
