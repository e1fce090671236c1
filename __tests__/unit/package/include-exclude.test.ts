import { describe, expect, it } from 'vitest';
import { listSourceTree } from '../../../src/package/source-tree.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { directorySource, treeOptions, type SourceChoices } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree, type TreeItem } from '../helpers/tree.js';
import { buildZip, readZip } from '../helpers/zip.js';

const tempDir = useTempDirs();

const TREE: Record<string, TreeItem> = {
  'index.js': 'x',
  'lib/a.js': 'a',
  'lib/a.test.js': 't',
  'lib/deep/b.js': 'b',
  'lib/.npmrc': 'n',
  'lib/empty/': '',
  '.env': 'SECRET=1',
  '.eslintrc.js': 'e',
  '.well-known/openid-configuration': '{}',
  '.well-known/keys/jwks.json': '{}',
  'node_modules/pkg/index.js': 'p',
  'node_modules/.bin/x': 'x',
  'README.md': 'r',
  'docs/guide.md': 'g',
  '.git/HEAD': 'ref: refs/heads/main',
};

/** The names listed from TREE with `choices`. */
async function listed(choices: SourceChoices): Promise<string[]> {
  const root = await tempDir();
  await writeTree(root, TREE);
  return listSourceTree(root, treeOptions(choices)).map((entry) => entry.name);
}

describe('include', () => {
  it('lists every file, dotfiles too, when no include is given', async () => {
    expect(await listed({})).toEqual([
      '.env',
      '.eslintrc.js',
      '.well-known/keys/jwks.json',
      '.well-known/openid-configuration',
      'README.md',
      'docs/guide.md',
      'index.js',
      'lib/.npmrc',
      'lib/a.js',
      'lib/a.test.js',
      'lib/deep/b.js',
      'lib/empty/',
      'node_modules/.bin/x',
      'node_modules/pkg/index.js',
    ]);
  });

  it("leaves out top-level dotfiles and dot-directories with '**'", async () => {
    const names = await listed({ include: ['**'] });
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining(['README.md', 'docs/guide.md', 'index.js', 'lib/a.js', 'lib/empty/']),
    );
  });

  it("takes no dot-name at any depth with '**'", async () => {
    expect(await listed({ include: ['**'] })).toEqual([
      'README.md',
      'docs/guide.md',
      'index.js',
      'lib/a.js',
      'lib/a.test.js',
      'lib/deep/b.js',
      'lib/empty/',
      'node_modules/pkg/index.js',
    ]);
  });

  it("takes no dot-name inside 'lib' with 'lib/**'", async () => {
    expect(await listed({ include: ['lib/**'] })).toEqual([
      'lib/a.js',
      'lib/a.test.js',
      'lib/deep/b.js',
      'lib/empty/',
    ]);
  });

  it("takes .js files at any depth with '**/*.js', but not '.eslintrc.js'", async () => {
    expect(await listed({ include: ['**/*.js'] })).toEqual([
      'index.js',
      'lib/a.js',
      'lib/a.test.js',
      'lib/deep/b.js',
      'node_modules/pkg/index.js',
    ]);
  });

  it('takes everything inside a directory a pattern names, dotfiles and empty directories too', async () => {
    const expected = ['lib/.npmrc', 'lib/a.js', 'lib/a.test.js', 'lib/deep/b.js', 'lib/empty/'];
    expect(await listed({ include: ['lib'] })).toEqual(expected);
    expect(await listed({ include: ['./lib/'] })).toEqual(expected);
  });

  it("takes dotfiles when the pattern spells the dot: '.well-known/**', '**/.*'", async () => {
    expect(await listed({ include: ['.well-known/**'] })).toEqual([
      '.well-known/keys/jwks.json',
      '.well-known/openid-configuration',
    ]);
    // '.well-known' is itself a dot-name, so '**/.*' takes that whole directory too.
    expect(await listed({ include: ['**/.*'] })).toEqual([
      '.env',
      '.eslintrc.js',
      '.well-known/keys/jwks.json',
      '.well-known/openid-configuration',
      'lib/.npmrc',
      'node_modules/.bin/x',
    ]);
  });

  it('never lists .git, even when a pattern names it', async () => {
    expect(await listed({ include: ['.git/**', '.git', 'index.js'] })).toEqual(['index.js']);
  });
});

describe('exclude', () => {
  it("prunes a directory named by a pattern, dot-names inside it too: 'node_modules'", async () => {
    const names = await listed({ exclude: ['node_modules'] });
    expect(names.filter((name) => name.startsWith('node_modules'))).toEqual([]);
    expect(names).toContain('index.js');
    expect(names).toContain('.env');
  });

  it('wins over include', async () => {
    const names = await listed({
      include: ['**/*.js', 'lib'],
      exclude: ['**/*.test.js', 'lib/deep'],
    });
    expect(names).toEqual([
      'index.js',
      'lib/.npmrc',
      'lib/a.js',
      'lib/empty/',
      'node_modules/pkg/index.js',
    ]);
  });

  it("leaves out dotfiles at any depth with '**/.*', and markdown with '**/*.md'", async () => {
    expect(await listed({ exclude: ['**/.*', '**/*.md'] })).toEqual([
      'index.js',
      'lib/a.js',
      'lib/a.test.js',
      'lib/deep/b.js',
      'lib/empty/',
      'node_modules/pkg/index.js',
    ]);
  });

  it('leaves out an empty directory a pattern names', async () => {
    expect(await listed({ include: ['lib'], exclude: ['lib/empty'] })).not.toContain('lib/empty/');
  });
});

describe('include and exclude in the package', () => {
  it('zips only what the patterns keep', async () => {
    const root = await tempDir();
    await writeTree(root, TREE);
    const source = directorySource(root, { include: ['**/*.js'], exclude: ['node_modules'] });
    const pkg = await buildZip(source, await tempDir());
    expect(readZip(pkg.path).map((entry) => entry.name)).toEqual([
      'index.js',
      'lib/a.js',
      'lib/a.test.js',
      'lib/deep/b.js',
    ]);
    expect(pkg.contents).toEqual({ fileCount: 4, unzippedSize: 4 });
  });

  it('warns for each include pattern that matches nothing, naming it, and still packages', async () => {
    const root = await tempDir();
    await writeTree(root, TREE);
    const log = new RecordingLogger();
    const source = directorySource(root, { include: ['index.js', 'dist/**', '*.json'] });
    const pkg = await buildZip(source, await tempDir(), 'function', log);
    expect(log.warnings).toHaveLength(2);
    expect(log.warnings[0]).toContain("Input 'include'");
    expect(log.warnings[0]).toContain("'dist/**'");
    expect(log.warnings[1]).toContain("'*.json'");
    expect(readZip(pkg.path).map((entry) => entry.name)).toEqual(['index.js']);
  });

  it('gives no warning when every include pattern matches', async () => {
    const root = await tempDir();
    await writeTree(root, TREE);
    const log = new RecordingLogger();
    await buildZip(
      directorySource(root, { include: ['index.js', 'lib'] }),
      await tempDir(),
      'f',
      log,
    );
    expect(log.warnings).toEqual([]);
  });
});
