// include and exclude follow .gitignore rules: for every path of a real tree, the filter
// must decide as `git check-ignore` does with the same patterns in a .gitignore.
import { execFileSync, spawnSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathFilter } from '../../../src/package/path-filter.js';
import { listSourceTree } from '../../../src/package/source-tree.js';
import { treeOptions } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree, type TreeItem } from '../helpers/tree.js';

const tempDir = useTempDirs();

const TREE: Record<string, TreeItem> = {
  'index.js': 'x',
  'index.js.map': 'm',
  'README.md': 'r',
  '.env': 'SECRET=1',
  '.eslintrc.js': 'e',
  '.well-known/keys/jwks.json': '{}',
  'lib/a.js': 'a',
  'lib/a.js.map': 'm',
  'lib/a.test.js': 't',
  'lib/.npmrc': 'n',
  'lib/deep/b.js': 'b',
  'lib/deep/b.js.map': 'm',
  'lib/empty/': '',
  'lib/build/x.js': 'x',
  'lib/tests/t.js': 't',
  tests: 'a file named tests',
  'build/out.js': 'o',
  'src/app.ts': 's',
  'src/types.d.ts': 'd',
  '__tests__/a.test.js': 't',
  'docs/guide.md': 'g',
  'node_modules/pkg/index.js': 'p',
  'node_modules/pkg/index.d.ts': 'p',
  'node_modules/.prisma/client/index.js': 'c',
  'node_modules/.prisma/client/schema.prisma': 's',
  'node_modules/.bin/x': 'x',
};

/** Every path of TREE, directories too, with whether it is a directory. */
function allPaths(): { name: string; isDirectory: boolean }[] {
  const paths = new Map<string, boolean>();
  for (const key of Object.keys(TREE)) {
    const parts = key.replace(/\/$/, '').split('/');
    parts.forEach((_, index) => {
      const name = parts.slice(0, index + 1).join('/');
      const isDirectory = index < parts.length - 1 || key.endsWith('/');
      paths.set(name, isDirectory || (paths.get(name) ?? false));
    });
  }
  return [...paths]
    .map(([name, isDirectory]) => ({ name, isDirectory }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** A git repository holding TREE, in a fresh directory. */
async function repository(): Promise<string> {
  const root = await tempDir();
  await writeTree(root, TREE);
  execFileSync('git', ['init', '-q'], { cwd: root, env: GIT_ENV });
  return root;
}

// No global or system configuration: only the .gitignore written here counts.
const GIT_ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

/**
 * The paths git ignores with `patterns` as the root's .gitignore: one git process for all.
 * The .gitignore is removed afterwards, so the tree is TREE again.
 */
async function ignoredByGit(root: string, patterns: readonly string[]): Promise<Set<string>> {
  const gitignore = path.join(root, '.gitignore');
  await writeFile(gitignore, `${patterns.join('\n')}\n`);
  const result = spawnSync(
    'git',
    ['-c', 'core.excludesFile=/dev/null', 'check-ignore', '--no-index', '--stdin', '-z'],
    {
      cwd: root,
      env: GIT_ENV,
      input: `${allPaths()
        .map((p) => p.name)
        .join('\0')}\0`,
    },
  );
  // 0: some paths are ignored; 1: none is.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`git check-ignore failed: ${result.stderr.toString()}`);
  }
  await rm(gitignore);
  return new Set(result.stdout.toString().split('\0').filter(Boolean));
}

const CASES: readonly { rule: string; patterns: readonly string[] }[] = [
  { rule: 'no slash: any depth', patterns: ['*.map'] },
  { rule: 'no slash, a directory name: any depth', patterns: ['build'] },
  { rule: 'a leading slash anchors', patterns: ['/build'] },
  { rule: 'a slash in the middle anchors', patterns: ['lib/deep'] },
  { rule: "'dir/' matches directories only", patterns: ['tests/'] },
  { rule: "'**' in the middle", patterns: ['lib/**/b.js'] },
  { rule: "'**/' in front", patterns: ['**/deep'] },
  { rule: "'**' matches dot-names", patterns: ['**'] },
  { rule: "'dir/**' matches dot-names inside", patterns: ['node_modules/**'] },
  { rule: "'*' matches dot-names", patterns: ['lib/*'] },
  { rule: 'dotfiles at any depth', patterns: ['.*'] },
  { rule: "'!' re-includes", patterns: ['*.ts', '!*.d.ts'] },
  { rule: "'!' cannot re-include inside an excluded directory", patterns: ['lib/', '!lib/a.js'] },
  {
    rule: "'!' re-includes Prisma's client",
    patterns: ['node_modules/*', '!node_modules/.prisma'],
  },
  { rule: 'tests at any depth', patterns: ['__tests__/', '*.test.js'] },
  { rule: 'character classes and ?', patterns: ['[Rr]EADME.md', 'doc?/'] },
  { rule: 'a later rule wins', patterns: ['*.js', '!lib/**', 'lib/deep/'] },
];

describe.each(CASES)('gitignore rules: $rule ($patterns)', ({ patterns }) => {
  it('excludes exactly what git ignores', async () => {
    const root = await repository();
    const ignored = await ignoredByGit(root, patterns);
    const filter = pathFilter([], patterns);
    const decisions = allPaths().map(({ name, isDirectory }) => ({
      name,
      ours: filter.isExcluded(name, isDirectory),
      git: ignored.has(name),
    }));
    expect(decisions.filter((d) => d.ours !== d.git)).toEqual([]);
    // The walk, which prunes excluded directories, packages exactly the files git keeps.
    const files = allPaths().filter((p) => !p.isDirectory || p.name === 'lib/empty');
    const kept = files.filter((p) => !ignored.has(p.name));
    const listed = listSourceTree(root, treeOptions({ exclude: patterns }));
    expect(listed.map((entry) => entry.name.replace(/\/$/, ''))).toEqual(
      kept.map((p) => p.name).sort(),
    );
  });

  it('includes exactly what git would ignore', async () => {
    const root = await repository();
    const ignored = await ignoredByGit(root, patterns);
    const filter = pathFilter(patterns, []);
    const decisions = allPaths().map(({ name, isDirectory }) => ({
      name,
      ours: filter.isIncluded(name, isDirectory),
      git: ignored.has(name),
    }));
    expect(decisions.filter((d) => d.ours !== d.git)).toEqual([]);
    const files = allPaths().filter((p) => !p.isDirectory || p.name === 'lib/empty');
    const selected = files.filter((p) => ignored.has(p.name));
    const listed = listSourceTree(root, treeOptions({ include: patterns }));
    expect(listed.map((entry) => entry.name.replace(/\/$/, ''))).toEqual(
      selected.map((p) => p.name).sort(),
    );
  });
});

describe('gitignore rules: include and exclude together', () => {
  it('packages what include selects and exclude does not leave out, as git decides each', async () => {
    const root = await repository();
    const include = ['*.js', 'node_modules/**'];
    const exclude = ['*.test.js', 'node_modules/.bin/', '.*', '!.prisma/'];
    const selected = await ignoredByGit(root, include);
    const left = await ignoredByGit(root, exclude);
    const files = allPaths().filter((p) => !p.isDirectory);
    const expected = files.filter((p) => selected.has(p.name) && !left.has(p.name));
    const listed = listSourceTree(root, treeOptions({ include, exclude }));
    expect(listed.map((entry) => entry.name)).toEqual(expected.map((p) => p.name).sort());
    // The cases that matter, spelled out.
    expect(listed.map((entry) => entry.name)).toEqual([
      'build/out.js',
      'index.js',
      'lib/a.js',
      'lib/build/x.js',
      'lib/deep/b.js',
      'lib/tests/t.js',
      'node_modules/.prisma/client/index.js',
      'node_modules/.prisma/client/schema.prisma',
      'node_modules/pkg/index.d.ts',
      'node_modules/pkg/index.js',
    ]);
  });
});
