// symlinks: preserve stores a link inside the source as a link, as `zip -y` does, so a
// pnpm node_modules (packages linked into node_modules/.pnpm) unpacks and runs as it was.
import { execFileSync } from 'node:child_process';
import { lstat, readlink, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePackage } from '../../../src/package/deployment-package.js';
import { listSourceTree } from '../../../src/package/source-tree.js';
import { asInputError, inputErrorOf, thrownBy } from '../helpers/errors.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { directorySource, treeOptions } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree, type TreeItem } from '../helpers/tree.js';
import { buildZip, entryNamed, extractWithUnzip, readZip } from '../helpers/zip.js';

const tempDir = useTempDirs();

const LINK_TARGET = '.pnpm/dep@1.0.0/node_modules/dep';

/** What pnpm lays out for a function that depends on `dep`. */
const PNPM_TREE: Record<string, TreeItem> = {
  'index.js': "exports.handler = async () => `dep says ${require('dep').hello()}`;\n",
  'node_modules/.pnpm/dep@1.0.0/node_modules/dep/index.js': "exports.hello = () => 'hi';\n",
  'node_modules/.pnpm/dep@1.0.0/node_modules/dep/package.json': '{"name":"dep"}\n',
  'node_modules/dep': { link: LINK_TARGET },
};

async function pnpmSource(): Promise<string> {
  const root = await tempDir();
  await writeTree(root, PNPM_TREE);
  return root;
}

/** The central directory's made-by host and external attributes, read by Python's zipfile. */
function rawAttributes(zipPath: string): Record<string, { system: number; attributes: number }> {
  const script = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps({i.filename: {'system': i.create_system, 'attributes': i.external_attr} for i in z.infolist()}))
`;
  return JSON.parse(
    execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8' }),
  ) as ReturnType<typeof rawAttributes>;
}

describe('symlinks: preserve', () => {
  it('stores a pnpm link as a link that unzip restores and Node resolves', async () => {
    const source = directorySource(await pnpmSource(), { symlinks: 'preserve' });
    const pkg = await buildZip(source, await tempDir());

    const entries = readZip(pkg.path);
    expect(entries.map((entry) => entry.name)).toEqual([
      'index.js',
      'node_modules/.pnpm/dep@1.0.0/node_modules/dep/index.js',
      'node_modules/.pnpm/dep@1.0.0/node_modules/dep/package.json',
      'node_modules/dep',
    ]);
    const link = entryNamed(entries, 'node_modules/dep');
    expect(link.fileType).toBe(0o120000);
    expect(link.mode).toBe(0o777);
    expect(link.content.toString()).toBe(LINK_TARGET);
    expect(link.dateTime).toEqual([1980, 1, 1, 0, 0, 0]);
    expect(rawAttributes(pkg.path)['node_modules/dep']).toEqual({
      system: 3,
      attributes: (0o120777 << 16) >>> 0,
    });
    // The link is not a file: not counted, not in the unzipped size.
    expect(pkg.contents.fileCount).toBe(3);

    const unpacked = await tempDir();
    extractWithUnzip(pkg.path, unpacked);
    const restored = path.join(unpacked, 'node_modules', 'dep');
    expect((await lstat(restored)).isSymbolicLink()).toBe(true);
    expect(await readlink(restored)).toBe(LINK_TARGET);
    const output = execFileSync(
      process.execPath,
      ['-e', "require('./index.js').handler().then(console.log)"],
      { cwd: unpacked, encoding: 'utf8' },
    );
    expect(output).toBe('dep says hi\n');
  });

  it('gives the same bytes on every build', async () => {
    const source = directorySource(await pnpmSource(), { symlinks: 'preserve' });
    const first = await buildZip(source, await tempDir());
    const second = await buildZip(source, await tempDir());
    expect(second.sha256).toBe(first.sha256);
  });

  it('stores a link to a directory as a link, without going into it', async () => {
    const root = await tempDir();
    await writeTree(root, { 'lib/a.js': 'a', 'lib/b/c.js': 'c', current: { link: 'lib' } });
    const names = listSourceTree(root, treeOptions({ symlinks: 'preserve' })).map((e) => e.name);
    expect(names).toEqual(['current', 'lib/a.js', 'lib/b/c.js']);
  });

  it('stores an absolute link inside the source as a relative one', async () => {
    const root = await tempDir();
    await writeTree(root, { 'lib/real.js': 'r' });
    await symlink(path.join(root, 'lib', 'real.js'), path.join(root, 'lib', 'alias.js'));
    await symlink(path.join(root, 'lib'), path.join(root, 'current'));
    const pkg = await buildZip(directorySource(root, { symlinks: 'preserve' }), await tempDir());
    const entries = readZip(pkg.path);
    expect(entryNamed(entries, 'lib/alias.js').content.toString()).toBe('real.js');
    expect(entryNamed(entries, 'current').content.toString()).toBe('lib');
  });

  it.each([
    [
      'a relative link out of the source',
      '../../outside.txt',
      'points outside the source directory, to',
    ],
    ['an absolute link out of the source', 'ABSOLUTE', 'points outside the source directory, to'],
    ['a dangling link', 'missing.js', 'cannot be followed: it does not exist'],
  ])('refuses %s, naming the input and the link', async (_what, target, says) => {
    const dir = await tempDir();
    const root = path.join(dir, 'src');
    const outside = path.join(dir, 'outside.txt');
    await writeTree(dir, {
      'outside.txt': 'secret',
      'src/index.js': 'x',
      'src/lib/leak.txt': { link: target === 'ABSOLUTE' ? outside : target },
    });
    const error = await inputErrorOf(
      preparePackage(directorySource(root, { symlinks: 'preserve' }), {
        baseName: 'f',
        outputDirectory: await tempDir(),
        log: new RecordingLogger(),
        input: 'layer-source',
      }),
    );
    expect(error.input).toBe('layer-source');
    expect(error.message).toContain(`symbolic link '${path.join(root, 'lib', 'leak.txt')}'`);
    expect(error.message).toContain(says);
  });

  it('refuses a link whose text climbs above the source, though it lands inside on this disk', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'app');
    await writeTree(dir, { 'app/index.js': 'x', 'app/self.js': { link: '../app/index.js' } });
    const error = await inputErrorOf(
      preparePackage(directorySource(root, { symlinks: 'preserve' }), {
        baseName: 'f',
        outputDirectory: await tempDir(),
        log: new RecordingLogger(),
      }),
    );
    expect(error.input).toBe('source');
    expect(error.message).toContain(`'${path.join(root, 'self.js')}'`);
    expect(error.message).toContain('once unpacked');
  });

  it('leaves out, unchecked, a link that exclude leaves out or include does not take', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'index.js': 'x',
      'bin/tool': { link: '../../outside' },
      'lib/out': { link: '/etc/passwd' },
    });
    const listed = (choices: Parameters<typeof treeOptions>[0]) =>
      listSourceTree(root, treeOptions({ symlinks: 'preserve', ...choices })).map((e) => e.name);
    expect(listed({ exclude: ['bin/tool', 'out'] })).toEqual(['index.js']);
    expect(listed({ include: ['*.js'] })).toEqual(['index.js']);
  });
});

describe('symlinks: auto (the default)', () => {
  it('stores links inside the source as links, so a pnpm tree unpacks and runs', async () => {
    const root = await pnpmSource();
    const pkg = await buildZip(directorySource(root, { symlinks: 'auto' }), await tempDir());
    const link = entryNamed(readZip(pkg.path), 'node_modules/dep');
    expect(link.fileType).toBe(0o120000);
    expect(link.content.toString()).toBe(LINK_TARGET);
    const unpacked = await tempDir();
    extractWithUnzip(pkg.path, unpacked);
    const output = execFileSync(
      process.execPath,
      ['-e', "require('./index.js').handler().then(console.log)"],
      { cwd: unpacked, encoding: 'utf8' },
    );
    expect(output).toBe('dep says hi\n');
  });

  it('gives the bytes preserve gives for a tree whose links all stay inside', async () => {
    const root = await pnpmSource();
    const auto = await buildZip(directorySource(root, { symlinks: 'auto' }), await tempDir());
    const kept = await buildZip(directorySource(root, { symlinks: 'preserve' }), await tempDir());
    expect(auto.sha256).toBe(kept.sha256);
  });

  it('stores a link whose text climbs above the source, but lands inside, as the path it reaches', async () => {
    const parent = await tempDir();
    const root = path.join(parent, 'app');
    await writeTree(root, { 'lib/a.js': 'a' });
    await symlink('../app/lib/a.js', path.join(root, 'a.js'));
    const names = listSourceTree(root, treeOptions({ symlinks: 'auto' }));
    expect(names.find((e) => e.name === 'a.js')?.linkTarget).toBe('lib/a.js');
  });

  it('refuses a link that points outside the source, as follow does', async () => {
    const root = await tempDir();
    await writeTree(root, { 'index.js': 'x', escape: { link: '/etc/passwd' } });
    const error = asInputError(
      thrownBy(() => listSourceTree(root, treeOptions({ symlinks: 'auto' }))),
    );
    expect(error.input).toBe('source');
    expect(error.message).toContain("points outside the source directory, to '/etc/passwd'");
  });
});

describe('symlinks: follow on a pnpm tree', () => {
  it('is refused, naming the link, the store and the fix', async () => {
    const root = await pnpmSource();
    const error = await inputErrorOf(
      buildZip(directorySource(root, { symlinks: 'follow' }), await tempDir()),
    );
    expect(error.input).toBe('source');
    expect(error.message).toContain(
      `'${path.join(root, 'node_modules', 'dep')}' links into pnpm's store (node_modules/.pnpm)`,
    );
    expect(error.message).toContain("Remove 'symlinks: follow'");
    expect(error.message).toContain("'symlinks: preserve'");
  });
});
