import { createHash, randomBytes } from 'node:crypto';
import { chmod, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSourceTree } from '../../../src/package/source-tree.js';
import { zipMode } from '../../../src/package/deterministic-zip.js';
import { rejectionOf } from '../helpers/errors.js';
import { treeOptions } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree, type TreeItem } from '../helpers/tree.js';
import {
  buildZip,
  entryNamed as entry,
  expectUnzipTestPasses,
  extractWithUnzip,
  readZip,
  writeZip,
} from '../helpers/zip.js';

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

  it('gives back 0755 and 0644 when unzip extracts the files', async () => {
    const zipPath = await zipOf({
      'bin/run': { content: '#!/bin/sh', mode: 0o700 },
      'index.js': { content: 'x', mode: 0o600 },
    });
    const extracted = await tempDir();
    extractWithUnzip(zipPath, extracted);
    expect((await stat(path.join(extracted, 'bin', 'run'))).mode & 0o777).toBe(0o755);
    expect((await stat(path.join(extracted, 'index.js'))).mode & 0o777).toBe(0o644);
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

  it('stores unicode names as UTF-8 and flags them so, for Python and unzip alike', async () => {
    const zipPath = await zipOf({
      'données/日本語 ✓.txt': 'unicode',
      'emoji-\u{1F600}.js': 'e',
      'Ångström/': '',
    });
    const names = ['Ångström/', 'données/日本語 ✓.txt', 'emoji-\u{1F600}.js'];
    const entries = readZip(zipPath);
    expect(entries.map((zipped) => zipped.name).sort()).toEqual([...names].sort());
    for (const zipped of entries) expect(zipped.flagBits & UTF8_NAMES).toBe(UTF8_NAMES);
    expect(entry(entries, 'données/日本語 ✓.txt').content.toString()).toBe('unicode');
    const raw = await readFile(zipPath);
    for (const name of names) expect(raw.includes(Buffer.from(name, 'utf8'))).toBe(true);

    const extracted = await tempDir();
    extractWithUnzip(zipPath, extracted);
    expect(await readFile(path.join(extracted, 'données', '日本語 ✓.txt'), 'utf8')).toBe('unicode');
    expect(await readFile(path.join(extracted, 'emoji-\u{1F600}.js'), 'utf8')).toBe('e');
    expect((await readdir(path.join(extracted, 'Ångström'))).length).toBe(0);
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
    const written = await writeZip(listSourceTree(source, treeOptions()), zipPath);
    expectUnzipTestPasses(zipPath);
    const bytes = await readFile(zipPath);
    expect(written.sha256).toEqual(createHash('sha256').update(bytes).digest());
    expect(written.size).toBe(bytes.length);
  });

  it('names a file that vanished after listing, and leaves no zip behind', async () => {
    const source = await tempDir();
    await writeTree(source, { 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
    const entries = listSourceTree(source, treeOptions());
    await rm(path.join(source, 'b.txt'));
    const output = await tempDir();
    const zipPath = path.join(output, 'out.zip');
    const error = await rejectionOf(writeZip(entries, zipPath));
    expect(error.message).toContain(path.join(source, 'b.txt'));
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(await readdir(output)).toEqual([]);
  });
});

describe('zipMode', () => {
  it('gives directories 0755 whatever their own mode', async () => {
    const root = await tempDir();
    await writeTree(root, { 'private/': '' });
    await chmod(path.join(root, 'private'), 0o700);
    const entries = listSourceTree(root, treeOptions());
    expect(entries.map((listed) => [listed.name, zipMode(listed)])).toEqual([['private/', 0o755]]);
  });
});
