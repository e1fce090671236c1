import { createHash, randomBytes } from 'node:crypto';
import { readdir, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSourceTree } from '../../../src/package/source-tree.js';
import { rejectionOf } from '../helpers/errors.js';
import { treeOptions } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree, type TreeItem } from '../helpers/tree.js';
import { buildZip, entryNamed, readZip, writeZip, type ZipEntry } from '../helpers/zip.js';

const tempDir = useTempDirs();

const STORED = 0;
const DEFLATED = 8;
const DATA_DESCRIPTOR = 0x8;
/** Files over this many bytes are deflated as a stream, not read whole. */
const STREAM_ABOVE = 16 * 1024 * 1024;

const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Zips `spec` (checked with unzip -t) and reads it back with Python's zipfile. */
async function zippedEntries(spec: Record<string, TreeItem>): Promise<ZipEntry[]> {
  const source = await tempDir();
  await writeTree(source, spec);
  return readZip((await buildZip(source, await tempDir())).path);
}

/** Text lines numbered up to past `bytes`: compressible, but no two lines alike. */
function numberedLines(bytes: number): Buffer {
  const lines: string[] = [];
  let size = 0;
  for (let line = 0; size <= bytes; line++) {
    const text = `line ${line}: the quick brown fox jumps over the lazy dog\n`;
    lines.push(text);
    size += text.length;
  }
  return Buffer.from(lines.join(''));
}

describe('how each file is stored', () => {
  it('stores a file deflate cannot shrink as it is (method 0), intact', async () => {
    const random = randomBytes(300_000);
    const stored = entryNamed(await zippedEntries({ 'random.bin': random }), 'random.bin');
    expect(stored.method).toBe(STORED);
    expect(stored.compressedSize).toBe(random.length);
    expect(stored.content).toEqual(random);
  });

  it('deflates a file that shrinks (method 8), intact', async () => {
    const text = numberedLines(200_000);
    const deflated = entryNamed(await zippedEntries({ 'log.txt': text }), 'log.txt');
    expect(deflated.method).toBe(DEFLATED);
    expect(deflated.compressedSize).toBeLessThan(text.length / 2);
    expect(deflated.content).toEqual(text);
  });

  it('stores a 0-byte file as a file of size 0', async () => {
    const empty = entryNamed(await zippedEntries({ 'empty.txt': '', 'a.js': 'a' }), 'empty.txt');
    expect(empty.isDirectory).toBe(false);
    expect(empty.size).toBe(0);
    expect(empty.compressedSize).toBe(0);
    expect(empty.method).toBe(STORED);
  });

  it('keeps an empty directory as a directory entry of no data', async () => {
    const entries = await zippedEntries({ 'index.js': 'x', 'cache/': '' });
    expect(entries.map((entry) => entry.name)).toEqual(['cache/', 'index.js']);
    expect(entryNamed(entries, 'cache/').isDirectory).toBe(true);
    expect(entryNamed(entries, 'cache/').size).toBe(0);
  });

  it('writes many small files in order, each with its own content', async () => {
    const spec = Object.fromEntries(
      Array.from({ length: 450 }, (_, index) => [
        `m/${String(index).padStart(3, '0')}.js`,
        `${index}`,
      ]),
    );
    const entries = await zippedEntries(spec);
    expect(entries.map((entry) => entry.name)).toEqual(Object.keys(spec));
    expect(entries.map((entry) => entry.content.toString())).toEqual(Object.values(spec));
  });
});

describe('a file over 16 MiB', () => {
  it('is deflated as a stream, with a data descriptor, and comes back intact', async () => {
    const big = numberedLines(STREAM_ABOVE + 1);
    const entries = await zippedEntries({ 'a.js': 'a', 'big.txt': big, 'z.js': 'z' });
    const streamed = entryNamed(entries, 'big.txt');
    expect(streamed.localFlagBits & DATA_DESCRIPTOR).toBe(DATA_DESCRIPTOR);
    expect(streamed.flagBits & DATA_DESCRIPTOR).toBe(DATA_DESCRIPTOR);
    expect(streamed.method).toBe(DEFLATED);
    expect(streamed.size).toBe(big.length);
    expect(streamed.sha256).toBe(sha256Hex(big));
    expect(entries.map((entry) => entry.name)).toEqual(['a.js', 'big.txt', 'z.js']);
    expect(entryNamed(entries, 'z.js').content.toString()).toBe('z');
  });

  it('is not streamed at 16 MiB exactly', async () => {
    const data = Buffer.alloc(STREAM_ABOVE, 'x');
    const whole = entryNamed(await zippedEntries({ 'edge.txt': data }), 'edge.txt');
    expect(whole.localFlagBits & DATA_DESCRIPTOR).toBe(0);
    expect(whole.sha256).toBe(sha256Hex(data));
  });

  it('that vanished after listing is named in the error, and no zip is left', async () => {
    const source = await tempDir();
    await writeFile(path.join(source, 'a.js'), 'a');
    await writeFile(path.join(source, 'big.bin'), '');
    await truncate(path.join(source, 'big.bin'), STREAM_ABOVE + 1);
    const entries = listSourceTree(source, treeOptions());
    await rm(path.join(source, 'big.bin'));
    const output = await tempDir();
    const error = await rejectionOf(writeZip(entries, path.join(output, 'f.zip')));
    expect(error.message).toContain(path.join(source, 'big.bin'));
    expect(await readdir(output)).toEqual([]);
  });
});
