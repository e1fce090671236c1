import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipFileWriter } from '../../../src/package/zip-file-writer.js';
import { METHOD_STORED } from '../../../src/package/zip-format.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { expectUnzipTestPasses } from '../helpers/zip.js';

const tempDir = useTempDirs();

/** Every entry's name and content as Python's zipfile reads them, after its CRC check. */
const LIST_ZIP = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    bad = archive.testzip()
    print(json.dumps({'bad': bad, 'entries': [[info.filename, archive.read(info).decode()] for info in archive.infolist()]}))
`;

interface Listing {
  readonly bad: string | null;
  readonly entries: [string, string][];
}

function listWithPython(zipPath: string): Listing {
  const output = execFileSync('python3', ['-c', LIST_ZIP, zipPath], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as Listing;
}

/** Writes `entries` (name -> content) as stored files, straight through ZipFileWriter. */
async function writeStored(zipPath: string, entries: readonly [string, string][]) {
  const writer = await ZipFileWriter.create(zipPath);
  for (const [name, content] of entries) {
    const data = Buffer.from(content);
    await writer.add(
      { name: Buffer.from(name), type: 'file', mode: 0o644 },
      { method: METHOD_STORED, crc32: crc32(data), data, uncompressedSize: data.length },
    );
  }
  return writer.finish();
}

describe('ZipFileWriter', () => {
  it('returns the SHA-256 and size of exactly the bytes in the file', async () => {
    const zipPath = path.join(await tempDir(), 'small.zip');
    const written = await writeStored(zipPath, [
      ['a.txt', 'alpha'],
      ['b/c.txt', 'gamma'],
    ]);
    expectUnzipTestPasses(zipPath);
    const bytes = await readFile(zipPath);
    expect(written.size).toBe(bytes.length);
    expect(written.sha256).toEqual(createHash('sha256').update(bytes).digest());
    expect(listWithPython(zipPath)).toEqual({
      bad: null,
      entries: [
        ['a.txt', 'alpha'],
        ['b/c.txt', 'gamma'],
      ],
    });
  });

  it('writes more than 65,535 entries that Python, zipinfo and unzip all read', async () => {
    const count = 70_000;
    const entries = Array.from({ length: count }, (_, index): [string, string] => [
      `f/${String(index).padStart(5, '0')}.txt`,
      `${index}\n`,
    ]);
    const zipPath = path.join(await tempDir(), 'many.zip');
    await writeStored(zipPath, entries);

    expect(listWithPython(zipPath)).toEqual({ bad: null, entries });
    const summary = execFileSync('zipinfo', ['-t', zipPath], { encoding: 'utf8' });
    expect(summary).toMatch(/^70000 files,/);
    expectUnzipTestPasses(zipPath);
  }, 60_000);
});
