import { execFileSync } from 'node:child_process';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SymlinkPolicy } from '../../../src/inputs.js';
import { preparePackage } from '../../../src/package/deployment-package.js';
import { inputErrorOf } from '../helpers/errors.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree, type TreeItem } from '../helpers/tree.js';
import { buildZip } from '../helpers/zip.js';
import { infoZip, withZip64Locator, writeEmptyZip } from './zip-fixtures.js';

const tempDir = useTempDirs();

/** preparePackage on a ready zip, as the action calls it for `zip-file`. */
function inspect(zipPath: string, symlinks: SymlinkPolicy = 'auto') {
  return preparePackage(
    { kind: 'zip-file', path: zipPath, symlinks },
    { baseName: 'f', outputDirectory: undefined, log: new RecordingLogger() },
  );
}

/** A zip made by Info-ZIP with `zip -r -y` (links stored as links) of `tree`. */
async function zipWithLinks(tree: Record<string, TreeItem>): Promise<string> {
  const root = await tempDir();
  await writeTree(root, tree);
  const zipPath = path.join(await tempDir(), 'function.zip');
  infoZip(root, ['-q', '-r', '-y', zipPath, '.']);
  return zipPath;
}

describe('zip-file: what is not a regular file', () => {
  it('refuses a FIFO without opening it (opening one would wait for a writer)', async () => {
    const fifo = path.join(await tempDir(), 'function.zip');
    execFileSync('mkfifo', [fifo]);
    const error = await inputErrorOf(inspect(fifo));
    expect(error.input).toBe('zip-file');
    expect(error.message).toBe(
      `Input 'zip-file': '${fifo}' is not a file (it is a FIFO, socket or device)`,
    );
  }, 5_000);

  it('refuses a link to a FIFO the same way', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    await symlink('pipe', path.join(dir, 'function.zip'));
    const error = await inputErrorOf(inspect(path.join(dir, 'function.zip')));
    expect(error.message).toContain('is not a file (it is a FIFO, socket or device)');
  }, 5_000);

  it('refuses a path longer than PATH_MAX, naming zip-file', async () => {
    const long = path.join(await tempDir(), `${'d'.repeat(200)}/`.repeat(25), 'function.zip');
    const error = await inputErrorOf(inspect(long));
    expect(error.input).toBe('zip-file');
    expect(error.message).toContain('cannot be read: the path is too long');
  });
});

describe('zip-file: zips that hold nothing to run', () => {
  it("refuses a zip without entries, as an empty 'source' is refused", async () => {
    const zipPath = path.join(await tempDir(), 'empty.zip');
    writeEmptyZip(zipPath);
    const error = await inputErrorOf(inspect(zipPath));
    expect(error.input).toBe('zip-file');
    expect(error.message).toContain(`'${zipPath}' holds no files to package`);
  });

  it('refuses a zip of empty directories only', async () => {
    const zipPath = await zipWithLinks({ 'cache/': '', 'tmp/': '' });
    const error = await inputErrorOf(inspect(zipPath));
    expect(error.message).toContain('holds no files to package');
  });
});

describe('zip-file: malformed zips', () => {
  it('refuses a Zip64 locator pointing past the end, naming zip-file, not a raw bounds error', async () => {
    const good = await buildZip(await sampleSource(), await tempDir());
    const zipPath = path.join(await tempDir(), 'bad-locator.zip');
    await writeFile(zipPath, withZip64Locator(await readFile(good.path), 0xffff_ffffn));
    const error = await inputErrorOf(inspect(zipPath));
    expect(error.input).toBe('zip-file');
    expect(error.message).toContain(`'${zipPath}' is not a valid zip archive`);
    expect(error.message).toContain('Zip64');
    expect(error.message).not.toContain('outside buffer bounds');
  });

  it('refuses a central directory that announces more entries than it holds', async () => {
    const good = await buildZip(await sampleSource(), await tempDir());
    const bytes = Buffer.from(await readFile(good.path));
    const end = bytes.length - 22;
    bytes.writeUInt16LE(bytes.readUInt16LE(end + 10) + 5, end + 10);
    const zipPath = path.join(await tempDir(), 'short-directory.zip');
    await writeFile(zipPath, bytes);
    const error = await inputErrorOf(inspect(zipPath));
    expect(error.message).toContain('is not a valid zip archive: its central directory holds 2');
  });
});

describe('zip-file: symbolic links', () => {
  const PNPM_LIKE: Record<string, TreeItem> = {
    'index.js': 'exports.handler = async () => require("dep");\n',
    'node_modules/.pnpm/dep@1.0.0/node_modules/dep/index.js': 'module.exports = 1;\n',
    'node_modules/dep': { link: '.pnpm/dep@1.0.0/node_modules/dep' },
  };

  it.each(['follow', 'error'] as const)(
    'refuses a link entry with symlinks: %s, naming the link and the default that takes it',
    async (policy) => {
      const zipPath = await zipWithLinks(PNPM_LIKE);
      const error = await inputErrorOf(inspect(zipPath, policy));
      expect(error.input).toBe('zip-file');
      expect(error.message).toContain("holds the symbolic link 'node_modules/dep'");
      expect(error.message).toContain(`symlinks is '${policy}'`);
      expect(error.message).toContain('the default, auto, deploys links that stay inside');
    },
  );

  it.each(['auto', 'preserve'] as const)(
    'accepts a link that stays inside the zip with symlinks: %s; links are not files',
    async (policy) => {
      const zipPath = await zipWithLinks(PNPM_LIKE);
      const pkg = await inspect(zipPath, policy);
      expect(pkg.path).toBe(zipPath);
      expect(pkg.contents).toEqual({ fileCount: 2, unzippedSize: 66 });
    },
  );

  it.each([
    ['climbs out with ..', 'lib/up', '../../outside.txt'],
    ['climbs above the root and back', 'up', '../app/index.js'],
    ['is absolute', 'passwd', '/etc/passwd'],
  ])('refuses, even with preserve, a link that %s', async (_what, name, target) => {
    const zipPath = await zipWithLinks({
      'index.js': 'x',
      'lib/a.js': 'a',
      [name]: { link: target },
    });
    const error = await inputErrorOf(inspect(zipPath, 'preserve'));
    expect(error.input).toBe('zip-file');
    expect(error.message).toContain(`'${name}' to '${target}'`);
    expect(error.message).toContain("points outside the function's directory");
  });
});

async function sampleSource(): Promise<string> {
  const root = await tempDir();
  await writeTree(root, { 'index.js': 'exports.handler = () => 1;\n', 'lib/a.js': 'a' });
  return root;
}
