import { execFileSync } from 'node:child_process';
import { crc32 } from 'node:zlib';
import { open, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  InvalidZipError,
  readZipMembers,
  type ZipMember,
} from '../../../src/package/zip-contents.js';
import { ZipFileWriter } from '../../../src/package/zip-file-writer.js';
import { METHOD_STORED } from '../../../src/package/zip-format.js';
import { rejectionOf } from '../helpers/errors.js';
import { withZip64Locator } from './zip-fixtures.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree } from '../helpers/tree.js';
import { buildZip } from '../helpers/zip.js';

const tempDir = useTempDirs();

type NameAndSize = Pick<ZipMember, 'name' | 'uncompressedSize'>;

/** readZipMembers on the file at `zipPath`, as preparePackage calls it. */
async function fullMembersOf(zipPath: string): Promise<ZipMember[]> {
  const handle = await open(zipPath, 'r');
  try {
    return await readZipMembers(handle, (await handle.stat()).size);
  } finally {
    await handle.close();
  }
}

/** The names and unzipped sizes readZipMembers reads from the file at `zipPath`. */
async function membersOf(zipPath: string): Promise<NameAndSize[]> {
  const members = await fullMembersOf(zipPath);
  return members.map(({ name, uncompressedSize }) => ({ name, uncompressedSize }));
}

// Info-ZIP 3.0 writes UTF-8 names without the UTF-8 flag, which Python then decodes as
// CP437; the bytes are UTF-8 all the same, as Lambda's Linux sees them.
const LIST_SIZES = `
import json, sys, zipfile
def name(info):
    return info.filename if info.flag_bits & 0x800 else info.filename.encode('cp437').decode('utf-8')
with zipfile.ZipFile(sys.argv[1]) as archive:
    print(json.dumps([{'name': name(i), 'uncompressedSize': i.file_size} for i in archive.infolist()]))
`;

/** Every entry's name (bytes read as UTF-8) and uncompressed size, as Python's zipfile reads them. */
function listedByPython(zipPath: string): NameAndSize[] {
  const output = execFileSync('python3', ['-c', LIST_SIZES, zipPath], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as NameAndSize[];
}

/** A tree with nested folders, an empty folder, an empty file and a non-ASCII name. */
async function sampleTree(): Promise<string> {
  const root = await tempDir();
  await writeTree(root, {
    'index.js': 'exports.handler = async () => ({ statusCode: 200 });\n',
    'lib/util.js': 'module.exports = 1;\n'.repeat(500),
    'lib/deep/data.bin': Buffer.alloc(70_000, 7),
    'données/é.txt': 'é',
    'empty.txt': '',
    'cache/': '',
  });
  return root;
}

/** Runs Info-ZIP's zip with `args` in `cwd`. */
function infoZip(cwd: string, args: string[], input?: string): void {
  execFileSync('zip', args, { cwd, input, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
}

/** The uncompressed size field of the zip's first central directory header. */
async function firstCentralUncompressedSize(zipPath: string): Promise<number> {
  const bytes = await readFile(zipPath);
  const at = bytes.indexOf(Buffer.from('PK\x01\x02', 'latin1'));
  return bytes.readUInt32LE(at + 24);
}

describe('readZipMembers', () => {
  it("lists the names and unzipped sizes of a zip made by the project's writer", async () => {
    const pkg = await buildZip(await sampleTree(), await tempDir());
    const members = await membersOf(pkg.path);
    expect(members).toEqual(listedByPython(pkg.path));
    expect(members).toContainEqual({ name: 'lib/deep/data.bin', uncompressedSize: 70_000 });
    expect(members).toContainEqual({ name: 'données/é.txt', uncompressedSize: 2 });
    expect(members).toContainEqual({ name: 'cache/', uncompressedSize: 0 });
  });

  it('lists a zip made by Info-ZIP, with its extra fields and an archive comment', async () => {
    const root = await sampleTree();
    const zipPath = path.join(await tempDir(), 'info-zip.zip');
    infoZip(root, ['-q', '-r', zipPath, '.']);
    infoZip(root, ['-q', '-z', zipPath], 'built by CI run 42\n');
    const members = await membersOf(zipPath);
    expect(members).toEqual(listedByPython(zipPath));
    expect(members).toContainEqual({ name: 'lib/deep/data.bin', uncompressedSize: 70_000 });
    expect(members).toHaveLength(9);
  });

  it('reads the sizes from Zip64 extra fields (Info-ZIP zip -fz)', async () => {
    const root = await sampleTree();
    const zipPath = path.join(await tempDir(), 'zip64.zip');
    infoZip(root, ['-q', '-r', '-fz', zipPath, '.']);
    // The header says 0xFFFFFFFF: the size is only in the Zip64 extra field.
    expect(await firstCentralUncompressedSize(zipPath)).toBe(0xffffffff);
    const members = await membersOf(zipPath);
    expect(members).toEqual(listedByPython(zipPath));
    expect(members).toContainEqual({ name: 'lib/deep/data.bin', uncompressedSize: 70_000 });
  });

  it('lists all of a zip of more than 65,535 entries, which needs the Zip64 end record', async () => {
    const count = 70_000;
    const zipPath = path.join(await tempDir(), 'many.zip');
    const writer = await ZipFileWriter.create(zipPath);
    for (let index = 0; index < count; index++) {
      const data = Buffer.from(`${String(index)}\n`);
      await writer.add(
        {
          name: Buffer.from(`f/${String(index).padStart(5, '0')}.txt`),
          type: 'file',
          mode: 0o644,
        },
        { method: METHOD_STORED, crc32: crc32(data), data, uncompressedSize: data.length },
      );
    }
    await writer.finish();
    const members = await membersOf(zipPath);
    expect(members).toHaveLength(count);
    expect(members[0]).toEqual({ name: 'f/00000.txt', uncompressedSize: 2 });
    expect(members[count - 1]).toEqual({ name: 'f/69999.txt', uncompressedSize: 6 });
    expect(members).toEqual(listedByPython(zipPath));
  }, 60_000);

  it('lists an empty zip as no members', async () => {
    const zipPath = path.join(await tempDir(), 'empty.zip');
    execFileSync('python3', [
      '-c',
      'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").close()',
      zipPath,
    ]);
    expect(await membersOf(zipPath)).toEqual([]);
  });

  it.each([
    ['one byte short', (size: number) => size - 1],
    ['cut in half', (size: number) => Math.floor(size / 2)],
    ['cut to its first local header', () => 30],
    ['empty', () => 0],
  ])('refuses a zip %s as invalid, saying what is missing', async (_what, keep) => {
    const pkg = await buildZip(await sampleTree(), await tempDir());
    await truncate(pkg.path, keep(pkg.size));
    const error = await rejectionOf(membersOf(pkg.path));
    expect(error).toBeInstanceOf(InvalidZipError);
    expect(error.message).toBe('it is not a complete zip archive (no central directory)');
  });

  it('refuses, as invalid, an end record pointing at a central directory that is not there', async () => {
    const pkg = await buildZip(await sampleTree(), await tempDir());
    const bytes = await readFile(pkg.path);
    const directoryOffset = bytes.readUInt32LE(bytes.length - 22 + 16);
    // The data and the end record, without the central directory between them.
    const cut = Buffer.concat([
      bytes.subarray(0, directoryOffset),
      bytes.subarray(bytes.length - 22),
    ]);
    const zipPath = path.join(await tempDir(), 'no-directory.zip');
    await writeFile(zipPath, cut);
    const error = await rejectionOf(membersOf(zipPath));
    expect(error).toBeInstanceOf(InvalidZipError);
    expect(error.message).toContain('central directory');
  });

  it('refuses, as invalid, a Zip64 locator that points past the end of the file', async () => {
    const pkg = await buildZip(await sampleTree(), await tempDir());
    const zipPath = path.join(await tempDir(), 'bad-locator.zip');
    await writeFile(zipPath, withZip64Locator(await readFile(pkg.path), 0xffff_ffff_ffffn));
    const error = await rejectionOf(membersOf(zipPath));
    expect(error).toBeInstanceOf(InvalidZipError);
    expect(error.message).toContain('Zip64 end-of-central-directory locator');
  });

  it('reads the Unix mode of each entry: files, directories and links (zip -y)', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'run.sh': { content: '#!/bin/sh\n', mode: 0o755 },
      'cache/': '',
      current: { link: 'run.sh' },
    });
    const zipPath = path.join(await tempDir(), 'modes.zip');
    infoZip(root, ['-q', '-r', '-y', zipPath, 'run.sh', 'cache', 'current']);
    const modes = Object.fromEntries(
      (await fullMembersOf(zipPath)).map((m) => [m.name, (m.unixMode ?? 0).toString(8)]),
    );
    expect(modes).toEqual({ 'run.sh': '100755', 'cache/': '40755', current: '120777' });
  });
});
