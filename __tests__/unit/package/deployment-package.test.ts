import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  truncate,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/logger.js';
import { preparePackage, type PackageOptions } from '../../../src/package/deployment-package.js';
import { UNZIPPED_LIMIT_BYTES } from '../../../src/package/unzipped-limit.js';
import { inputErrorOf } from '../helpers/errors.js';
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

  it('tells onChecked, before the zip is written, a bound the zip stays within', async () => {
    const source = await tempDir();
    // Random bytes (stored: deflate cannot shrink them), text, an empty file and directory.
    await writeTree(source, {
      'index.js': 'exports.handler = () => 1;\n'.repeat(2000),
      'blob.bin': randomBytes(100_000).toString('latin1'),
      'empty.txt': '',
      'tmp/': '',
    });
    const told: { bytes: number; zipExists: boolean }[] = [];
    const output = await tempDir();
    const pkg = await preparePackage(directorySource(source), {
      ...options(output),
      onChecked: (bytes) => told.push({ bytes, zipExists: readdirSync(output).length > 0 }),
    });
    expect(told).toHaveLength(1);
    expect(told[0]?.zipExists).toBe(false);
    expect(told[0]?.bytes).toBeGreaterThanOrEqual(pkg.size);
    // A bound, not a wild guess: within the data and a few hundred bytes of headers.
    expect(told[0]?.bytes).toBeLessThan(pkg.contents.unzippedSize + 1_000);
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

  it('names the input and a file that vanished before it was zipped, and leaves no zip', async () => {
    const source = await tempDir();
    await writeTree(source, { 'index.js': 'x', 'lib/gone.js': 'g' });
    const output = await tempDir();
    const log: Logger = { info: () => undefined, warning: () => undefined };
    const error = await inputErrorOf(
      preparePackage(directorySource(source, { include: ['*.js', 'lib/**'] }), {
        baseName: 'f',
        outputDirectory: output,
        log,
        // Told after the tree is listed and before any file is read: the moment to take one away.
        onChecked: () => {
          rmSync(path.join(source, 'lib', 'gone.js'));
        },
      }),
    );
    expect(error.input).toBe('source');
    expect(error.message).toContain(`could not build the package from '${source}'`);
    expect(error.message).toContain('it does not exist');
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
      // Read from its central directory: two files of 27 and 1 bytes; 'tmp/' is a folder.
      contents: { fileCount: 2, unzippedSize: 28 },
    });
  });

  it('counts the files of a zip made by Info-ZIP, leaving out its folders', async () => {
    const source = await tempDir();
    await writeTree(source, { 'index.js': 'x'.repeat(100), 'lib/a.js': 'a', 'lib/b/c.js': 'cc' });
    const zipPath = path.join(await tempDir(), 'function.zip');
    execFileSync('zip', ['-q', '-r', zipPath, '.'], { cwd: source });
    const pkg = await preparePackage({ kind: 'zip-file', path: zipPath }, options(undefined));
    expect(pkg.contents).toEqual({ fileCount: 3, unzippedSize: 103 });
  });

  it("rejects a zip cut short, without its central directory, naming 'zip-file'", async () => {
    const ready = await buildZip(await sourceDir(), await tempDir());
    await truncate(ready.path, ready.size - 30);
    const error = await inputErrorOf(
      preparePackage({ kind: 'zip-file', path: ready.path }, options(undefined)),
    );
    expect(error.input).toBe('zip-file');
    expect(error.message).toContain(ready.path);
    expect(error.message).toContain(
      'is not a valid zip archive: it is not a complete zip archive (no central directory)',
    );
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
    expect(error.message).toContain('is not a valid zip archive: it is not a zip archive');
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
    expect(error.message).toContain(`'${dir}' is not a file (it is a directory)`);
  });
});

describe('preparePackage: a zip-file against the unzipped limit', () => {
  // One real zip (Info-ZIP) of a sparse file of zeros, deflated once for the two tests:
  // 10 bytes short of Lambda's limit unzipped, a few hundred KiB zipped.
  let dir: string;
  let nearlyFull: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lambda-deploy-unit-'));
    await writeFile(path.join(dir, 'zeros.bin'), '');
    await truncate(path.join(dir, 'zeros.bin'), UNZIPPED_LIMIT_BYTES - 10);
    nearlyFull = path.join(dir, 'nearly-full.zip');
    execFileSync('zip', ['-q', nearlyFull, 'zeros.bin'], { cwd: dir });
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** nearlyFull with an index.js of `bytes` bytes added, as a new zip. */
  async function withHandlerOf(bytes: number): Promise<string> {
    const work = await tempDir();
    const zipPath = path.join(work, 'function.zip');
    await copyFile(nearlyFull, zipPath);
    await writeFile(path.join(work, 'index.js'), 'x'.repeat(bytes));
    execFileSync('zip', ['-q', zipPath, 'index.js'], { cwd: work });
    return zipPath;
  }

  it('accepts a zip of exactly the limit unzipped', async () => {
    const zipPath = await withHandlerOf(10);
    const pkg = await preparePackage({ kind: 'zip-file', path: zipPath }, options(undefined));
    expect(pkg.contents).toEqual({ fileCount: 2, unzippedSize: UNZIPPED_LIMIT_BYTES });
    expect(pkg.size).toBeLessThan(5 * 1024 * 1024);
  });

  it("refuses one byte more, naming 'zip-file', the sizes and the largest file", async () => {
    const zipPath = await withHandlerOf(11);
    const error = await inputErrorOf(
      preparePackage({ kind: 'zip-file', path: zipPath }, options(undefined)),
    );
    expect(error.input).toBe('zip-file');
    expect(error.message).toContain('262,144,001 bytes unzipped');
    expect(error.message).toContain("over Lambda's limit of 262,144,000");
    expect(error.message).toContain('Largest at the top level: zeros.bin 250.0 MiB');
    expect(error.message).toContain('Build a smaller package.');
  });
});
