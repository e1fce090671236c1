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

  it("takes dot-names at any depth with '**', as git's rules do", async () => {
    expect(await listed({ include: ['**'] })).toEqual(await listed({}));
  });

  it("takes everything inside 'lib', dot-names and empty directories too, with 'lib/**'", async () => {
    expect(await listed({ include: ['lib/**'] })).toEqual([
      'lib/.npmrc',
      'lib/a.js',
      'lib/a.test.js',
      'lib/deep/b.js',
      'lib/empty/',
    ]);
  });

  it("takes .js files at any depth with '*.js', '.eslintrc.js' too", async () => {
    expect(await listed({ include: ['*.js'] })).toEqual([
      '.eslintrc.js',
      'index.js',
      'lib/a.js',
      'lib/a.test.js',
      'lib/deep/b.js',
      'node_modules/pkg/index.js',
    ]);
  });

  it("takes .js files at the top only with '/*.js'", async () => {
    expect(await listed({ include: ['/*.js'] })).toEqual(['.eslintrc.js', 'index.js']);
  });

  it('takes everything inside a directory a pattern names, dotfiles and empty directories too', async () => {
    const expected = ['lib/.npmrc', 'lib/a.js', 'lib/a.test.js', 'lib/deep/b.js', 'lib/empty/'];
    expect(await listed({ include: ['lib'] })).toEqual(expected);
    expect(await listed({ include: ['./lib/'] })).toEqual(expected);
  });

  it("takes back with '!': everything but the tests", async () => {
    expect(await listed({ include: ['lib/**', '!*.test.js', '!.*'] })).toEqual([
      'lib/a.js',
      'lib/deep/b.js',
      'lib/empty/',
    ]);
  });

  it("takes dotfiles with '.*', and whole dot-directories with them", async () => {
    expect(await listed({ include: ['.*'] })).toEqual([
      '.env',
      '.eslintrc.js',
      '.well-known/keys/jwks.json',
      '.well-known/openid-configuration',
      'lib/.npmrc',
      'node_modules/.bin/x',
    ]);
  });

  it('never lists .git, even when a pattern names it', async () => {
    expect(await listed({ include: ['.git/**', '.git', '/index.js'] })).toEqual(['index.js']);
    expect(await listed({ include: ['**'] })).not.toContain('.git/HEAD');
  });
});

describe('exclude', () => {
  it("leaves out a directory named by a pattern, dot-names inside it too: 'node_modules'", async () => {
    const names = await listed({ exclude: ['node_modules'] });
    expect(names.filter((name) => name.startsWith('node_modules'))).toEqual([]);
    expect(names).toContain('index.js');
    expect(names).toContain('.env');
  });

  it('wins over include', async () => {
    const names = await listed({
      include: ['*.js', 'lib'],
      exclude: ['*.test.js', 'lib/deep', '.*'],
    });
    expect(names).toEqual(['index.js', 'lib/a.js', 'lib/empty/', 'node_modules/pkg/index.js']);
  });

  it("leaves out source maps and markdown at any depth with '*.map' and '*.md'", async () => {
    const root = await tempDir();
    await writeTree(root, { ...TREE, 'index.js.map': 'm', 'lib/deep/b.js.map': 'm' });
    const options = treeOptions({ exclude: ['*.map', '*.md'] });
    const names = listSourceTree(root, options).map((entry) => entry.name);
    expect(names.filter((name) => /\.(?:map|md)$/.test(name))).toEqual([]);
    expect(names).toContain('lib/deep/b.js');
  });

  it("takes back with '!': all dotfiles out but one", async () => {
    expect(await listed({ exclude: ['.*', '!.well-known/', '*.md'] })).toEqual([
      '.well-known/keys/jwks.json',
      '.well-known/openid-configuration',
      'index.js',
      'lib/a.js',
      'lib/a.test.js',
      'lib/deep/b.js',
      'lib/empty/',
      'node_modules/pkg/index.js',
    ]);
  });

  it("leaves out only directories with 'dir/', not a file of that name", async () => {
    const root = await tempDir();
    await writeTree(root, { ...TREE, tests: 'a file', 'lib/tests/t.js': 't' });
    const names = listSourceTree(root, treeOptions({ exclude: ['tests/'] })).map((e) => e.name);
    expect(names).toContain('tests');
    expect(names).not.toContain('lib/tests/t.js');
  });

  it('leaves out an empty directory a pattern names', async () => {
    expect(await listed({ include: ['lib'], exclude: ['lib/empty'] })).not.toContain('lib/empty/');
  });
});

describe('include and exclude in the package', () => {
  it('zips only what the patterns keep', async () => {
    const root = await tempDir();
    await writeTree(root, TREE);
    const source = directorySource(root, { include: ['*.js'], exclude: ['node_modules', '.*'] });
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
    const source = directorySource(root, { include: ['/index.js', 'dist/**', '*.yaml'] });
    const pkg = await buildZip(source, await tempDir(), 'function', log);
    expect(log.warnings).toHaveLength(2);
    expect(log.warnings[0]).toContain("Input 'include'");
    expect(log.warnings[0]).toContain("'dist/**'");
    expect(log.warnings[1]).toContain("'*.yaml'");
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

describe('the examples of docs/choosing-files.md', () => {
  const PROJECT: Record<string, TreeItem> = {
    'package.json': '{}',
    'src/app.ts': 's',
    'dist/app.js': 'a',
    'dist/app.js.map': 'm',
    'dist/types.d.ts': 'd',
    'dist/__tests__/app.test.js': 't',
    'dist/lib/util.test.js': 't',
    '.env': 'SECRET=1',
    'node_modules/pkg/index.js': 'p',
    'node_modules/.cache/x': 'c',
    'node_modules/.prisma/client/index.js': 'c',
  };

  async function listedFrom(choices: SourceChoices): Promise<string[]> {
    const root = await tempDir();
    await writeTree(root, PROJECT);
    return listSourceTree(root, treeOptions(choices)).map((entry) => entry.name);
  }

  it('dist and node_modules without maps and tests', async () => {
    expect(
      await listedFrom({
        include: ['/dist/', '/node_modules/', '/package.json'],
        exclude: ['*.map', '__tests__/', '*.test.js'],
      }),
    ).toEqual([
      'dist/app.js',
      'dist/types.d.ts',
      'node_modules/.cache/x',
      'node_modules/.prisma/client/index.js',
      'node_modules/pkg/index.js',
      'package.json',
    ]);
  });

  it("TypeScript without sources, maps or dotfiles, but with Prisma's client", async () => {
    expect(
      await listedFrom({ exclude: ['*.ts', '*.map', '.*', '!node_modules/.prisma/'] }),
    ).toEqual([
      'dist/__tests__/app.test.js',
      'dist/app.js',
      'dist/lib/util.test.js',
      'node_modules/.prisma/client/index.js',
      'node_modules/pkg/index.js',
      'package.json',
    ]);
  });
});
