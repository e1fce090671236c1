import { createHash, randomBytes } from 'node:crypto';
import { chmod, readFile, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listSourceTree } from '../../../src/package/source-tree.js';
import { writeDeterministicZip, zipMode } from '../../../src/package/deterministic-zip.js';
import { rejectionOf } from '../helpers/errors.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree, type TreeItem } from '../helpers/tree.js';
import { buildZip, expectUnzipTestPasses, readZip, type ZipEntry } from '../helpers/zip.js';

const tempDir = useTempDirs();

const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const UTF8_NAMES = 0x800;

const APP: Record<string, TreeItem> = {
  'index.js': 'exports.handler = async () => "ok";\n',
  'lib/util.js': 'module.exports = {};\n',
  'bin/run': { content: '#!/bin/sh\necho run\n', mode: 0o755 },
  'assets/logo.bin': randomBytes(4096),
  'empty/': '',
};

/** Writes `spec` to a new directory and zips it; returns the zip's path. */
async function zipOf(spec: Record<string, TreeItem>): Promise<string> {
  const source = await tempDir();
  await writeTree(source, spec);
  return (await buildZip(source, await tempDir())).path;
}

function entry(entries: ZipEntry[], name: string): ZipEntry {
  const found = entries.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no entry '${name}' in ${JSON.stringify(entries)}`);
  return found;
}

describe('deterministic zip: the same source gives the same bytes', () => {
  it('zips one tree twice to identical files', async () => {
    const source = await tempDir();
    await writeTree(source, APP);
    const first = await buildZip(source, await tempDir());
    const second = await buildZip(source, await tempDir());
    expect(await readFile(second.path)).toEqual(await readFile(first.path));
    expect(second.sha256).toBe(first.sha256);
  });

  it('ignores where the tree is, file times, and group and other permissions', async () => {
    const first = await tempDir();
    const second = await tempDir();
    await writeTree(first, APP);
    await writeTree(second, APP);
    await utimes(path.join(second, 'index.js'), new Date('2001-02-03'), new Date('2024-05-06'));
    await utimes(path.join(second, 'empty'), new Date('2001-02-03'), new Date('2024-05-06'));
    await chmod(path.join(second, 'lib', 'util.js'), 0o600);
    await chmod(path.join(second, 'bin', 'run'), 0o700);
    const a = await buildZip(first, await tempDir());
    const b = await buildZip(second, await tempDir());
    expect(await readFile(b.path)).toEqual(await readFile(a.path));
  });

  describe('in another time zone', () => {
    const originalTz = process.env['TZ'];
    afterEach(() => {
      if (originalTz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = originalTz;
    });

    it('writes the same bytes', async () => {
      const source = await tempDir();
      await writeTree(source, APP);
      process.env['TZ'] = 'UTC';
      const utc = await buildZip(source, await tempDir());
      // East of UTC, so 1980-01-01T00:00Z is 09:00 local time, not clamped to the 1980 minimum.
      process.env['TZ'] = 'Asia/Tokyo';
      const tokyo = await buildZip(source, await tempDir());
      expect(tokyo.sha256).toBe(utc.sha256);
      expect(readZip(tokyo.path)[0]?.dateTime).toEqual([1980, 1, 1, 0, 0, 0]);
    });
  });
});

describe('deterministic zip: entries', () => {
  it('stores every entry at 1980-01-01 00:00:00', async () => {
    const entries = readZip(await zipOf(APP));
    expect(entries.length).toBe(5);
    for (const zipped of entries) expect(zipped.dateTime).toEqual([1980, 1, 1, 0, 0, 0]);
  });

  it.each([
    [0o600, 0o644],
    [0o640, 0o644],
    [0o644, 0o644],
    [0o666, 0o644],
    [0o655, 0o644],
    [0o700, 0o755],
    [0o744, 0o755],
    [0o750, 0o755],
    [0o755, 0o755],
    [0o777, 0o755],
  ])('stores a file of mode %o as %o', async (mode, expected) => {
    const entries = readZip(await zipOf({ 'file.sh': { content: 'echo', mode } }));
    expect(entry(entries, 'file.sh').mode).toBe(expected);
    expect(entry(entries, 'file.sh').fileType).toBe(S_IFREG);
  });

  it('stores entries in the byte order of their names', async () => {
    const names = ['B', 'a-b', 'a/c', 'a0', 'ab', 'b', 'b-c', 'b.txt', 'é', '\uFF61', '\u{1F600}'];
    const shuffled = Object.fromEntries([...names].reverse().map((name) => [name, name]));
    const entries = readZip(await zipOf(shuffled));
    expect(entries.map((zipped) => zipped.name)).toEqual(names);
  });

  it("names nested files with '/' and stores no entry for directories that hold files", async () => {
    const entries = readZip(await zipOf({ 'a/b/c.txt': 'c', 'a/d.txt': 'd' }));
    expect(entries.map((zipped) => zipped.name)).toEqual(['a/b/c.txt', 'a/d.txt']);
  });

  it("stores an empty directory as a directory entry ending in '/', mode 0755", async () => {
    const entries = readZip(await zipOf({ 'index.js': 'x', 'cache/tmp/': '' }));
    expect(entries.map((zipped) => zipped.name)).toEqual(['cache/tmp/', 'index.js']);
    const directory = entry(entries, 'cache/tmp/');
    expect(directory.isDirectory).toBe(true);
    expect(directory.fileType).toBe(S_IFDIR);
    expect(directory.mode).toBe(0o755);
  });

  it('keeps every file content byte for byte, including a 0-byte file', async () => {
    const binary = randomBytes(70_000);
    const entries = readZip(await zipOf({ 'data.bin': binary, 'empty.txt': '', 'a.txt': 'abc' }));
    expect(entry(entries, 'data.bin').content).toEqual(binary);
    expect(entry(entries, 'empty.txt').content).toEqual(Buffer.alloc(0));
    expect(entry(entries, 'a.txt').content.toString()).toBe('abc');
  });

  it('stores a unicode name as UTF-8 and flags it so', async () => {
    const name = 'données/日本語 ✓.txt';
    const entries = readZip(await zipOf({ [name]: 'unicode' }));
    expect(entries.map((zipped) => zipped.name)).toEqual([name]);
    expect(entry(entries, name).flagBits & UTF8_NAMES).toBe(UTF8_NAMES);
    expect(entry(entries, name).content.toString()).toBe('unicode');
  });

  it('leaves .git out of the zip', async () => {
    const entries = readZip(await zipOf({ '.git/HEAD': 'ref', '.gitignore': 'x', 'i.js': 'x' }));
    expect(entries.map((zipped) => zipped.name)).toEqual(['.gitignore', 'i.js']);
  });

  it("stores a link inside the tree as a regular file with the target's content", async () => {
    const entries = readZip(
      await zipOf({
        'config/base.json': '{"a":1}',
        'config.json': { link: 'config/base.json' },
        'tool.sh': { content: '#!/bin/sh', mode: 0o755 },
        'run.sh': { link: 'tool.sh' },
      }),
    );
    const linked = entry(entries, 'config.json');
    expect(linked.content.toString()).toBe('{"a":1}');
    expect(linked.fileType).toBe(S_IFREG);
    expect(linked.mode).toBe(0o644);
    expect(entry(entries, 'run.sh').mode).toBe(0o755);
  });
});

describe('writeDeterministicZip', () => {
  it('returns the SHA-256 and size of the bytes it wrote', async () => {
    const source = await tempDir();
    await writeTree(source, APP);
    const zipPath = path.join(await tempDir(), 'out.zip');
    const written = await writeDeterministicZip(await listSourceTree(source, 'source'), zipPath);
    expectUnzipTestPasses(zipPath);
    const bytes = await readFile(zipPath);
    expect(written.sha256).toEqual(createHash('sha256').update(bytes).digest());
    expect(written.size).toBe(bytes.length);
  });

  it('removes the partial zip when a file cannot be read', async () => {
    const source = await tempDir();
    await writeTree(source, { 'a.txt': 'a', 'b.txt': 'b' });
    const entries = await listSourceTree(source, 'source');
    await rm(path.join(source, 'b.txt'));
    const zipPath = path.join(await tempDir(), 'out.zip');
    const error = await rejectionOf(writeDeterministicZip(entries, zipPath));
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
    await expect(stat(zipPath)).rejects.toThrow(/ENOENT/);
  });
});

describe('zipMode', () => {
  it('gives directories 0755 whatever their own mode', async () => {
    const root = await tempDir();
    await writeTree(root, { 'private/': '' });
    await chmod(path.join(root, 'private'), 0o700);
    const entries = await listSourceTree(root, 'source');
    expect(entries.map((listed) => [listed.name, zipMode(listed)])).toEqual([['private/', 0o755]]);
  });
});
