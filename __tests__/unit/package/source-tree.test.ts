import { execFileSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputError } from '../../../src/errors.js';
import { describeFsError, listSourceTree } from '../../../src/package/source-tree.js';
import { asInputError, thrownBy } from '../helpers/errors.js';
import { treeOptions } from '../helpers/source.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { writeTree } from '../helpers/tree.js';

const tempDir = useTempDirs();

/** The names listSourceTree lists below `root`, symlinks followed, no include or exclude. */
function names(root: string): string[] {
  return listSourceTree(root, treeOptions()).map((entry) => entry.name);
}

/** The InputError listSourceTree throws for `root`. */
function listingError(root: string, options = treeOptions()): InputError {
  return asInputError(thrownBy(() => listSourceTree(root, options)));
}

describe('listSourceTree: what is listed', () => {
  it("lists files by their path from the root, with '/' separators", async () => {
    const root = await tempDir();
    await writeTree(root, { 'index.js': 'x', 'lib/util/strings.js': 'y' });
    const entries = listSourceTree(root, treeOptions());
    expect(entries.map((entry) => entry.name)).toEqual(['index.js', 'lib/util/strings.js']);
    expect(entries[1]?.absolutePath).toBe(path.join(root, 'lib', 'util', 'strings.js'));
  });

  it('sorts by the bytes of the names, not by locale or walk order', async () => {
    const root = await tempDir();
    // '-' (0x2d) < '.' (0x2e) < '/' (0x2f) < '0' (0x30); upper case before lower case.
    await writeTree(root, {
      b: '',
      'b.txt': '',
      'b-c': '',
      a0: '',
      'a/c': '',
      'a-b': '',
      ab: '',
      B: '',
    });
    expect(names(root)).toEqual(['B', 'a-b', 'a/c', 'a0', 'ab', 'b', 'b-c', 'b.txt']);
  });

  it('sorts a directory as its name and a slash, and a link to one as a directory', async () => {
    const root = await tempDir();
    // A directory's files sort after 'a-b' and 'a.js' and before 'a0' ('/' is 0x2f); a
    // followed link to a directory lists the directory's files; an empty directory is 'e/'.
    await writeTree(root, {
      'a/z': '',
      'a-b/c': '',
      'a.js': '',
      a0: '',
      'e/': '',
      'e.txt': '',
      'target/x': '',
      'target-y': '',
    });
    await symlink('target', path.join(root, 'link'));
    await symlink('target', path.join(root, 'link-'));
    const listed = names(root);
    expect(listed).toEqual(
      [...listed].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
    );
    expect(listed).toEqual([
      'a-b/c',
      'a.js',
      'a/z',
      'a0',
      'e.txt',
      'e/',
      'link-/x',
      'link/x',
      'target-y',
      'target/x',
    ]);
  });

  it('sorts non-ASCII names by their UTF-8 bytes, not by UTF-16 code units', async () => {
    const root = await tempDir();
    // U+FF61 is EF BD A1 in UTF-8, before U+1F600's F0 9F 98 80; in UTF-16 it comes after.
    await writeTree(root, { '\u{1F600}.txt': '', '\uFF61.txt': '', 'z.txt': '', 'é.txt': '' });
    expect(names(root)).toEqual(['z.txt', 'é.txt', '\uFF61.txt', '\u{1F600}.txt']);
  });

  it('leaves out .git directories at any depth, and keeps .gitignore and .github', async () => {
    const root = await tempDir();
    await writeTree(root, {
      '.git/HEAD': 'ref: refs/heads/main',
      '.git/objects/ab/cdef': 'blob',
      'vendor/lib/.git/config': '[core]',
      'vendor/lib/index.js': 'x',
      '.gitignore': 'node_modules',
      '.github/workflows/ci.yml': 'on: push',
    });
    expect(names(root)).toEqual(['.github/workflows/ci.yml', '.gitignore', 'vendor/lib/index.js']);
  });

  it("lists an empty directory with a trailing '/', and no directory that holds files", async () => {
    const root = await tempDir();
    await writeTree(root, { 'empty/': '', 'deep/er/': '', 'full/file.txt': 'x' });
    expect(names(root)).toEqual(['deep/er/', 'empty/', 'full/file.txt']);
  });

  it('lists nothing for an empty root', async () => {
    expect(names(await tempDir())).toEqual([]);
  });
});

describe('listSourceTree: symbolic links', () => {
  it('follows a link to a file inside the tree, listing it under the link name', async () => {
    const root = await tempDir();
    await writeTree(root, { 'real.txt': 'content', 'alias.txt': { link: 'real.txt' } });
    const entries = listSourceTree(root, treeOptions());
    expect(entries.map((entry) => entry.name)).toEqual(['alias.txt', 'real.txt']);
    expect(entries[0]?.stats.isFile()).toBe(true);
  });

  it('follows a link to a directory inside the tree', async () => {
    const root = await tempDir();
    await writeTree(root, { 'lib/a.js': 'a', 'lib/b/c.js': 'c', current: { link: 'lib' } });
    expect(names(root)).toEqual(['current/a.js', 'current/b/c.js', 'lib/a.js', 'lib/b/c.js']);
  });

  it('follows an absolute link that points inside the tree', async () => {
    const root = await tempDir();
    await writeTree(root, { 'real.txt': 'x' });
    await symlink(path.join(root, 'real.txt'), path.join(root, 'abs.txt'));
    expect(names(root)).toEqual(['abs.txt', 'real.txt']);
  });

  it('lists a root that is itself a link by the paths below the link', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'real/index.js': 'x', build: { link: 'real' } });
    expect(names(path.join(dir, 'build'))).toEqual(['index.js']);
  });

  it.each([
    ['a relative link', '../../outside.txt'],
    ['an absolute link', 'ABSOLUTE'],
  ])('rejects %s that points outside the tree, naming the link', async (_what, target) => {
    const dir = await tempDir();
    const root = path.join(dir, 'src');
    const outside = path.join(dir, 'outside.txt');
    await writeTree(dir, {
      'outside.txt': 'secret',
      'src/index.js': 'x',
      'src/lib/leak.txt': { link: target === 'ABSOLUTE' ? outside : target },
    });
    const error = listingError(root);
    expect(error.input).toBe('source');
    expect(error.message).toContain(path.join(root, 'lib', 'leak.txt'));
    expect(error.message).toContain('points outside the source directory');
  });

  it('rejects a dangling link, naming it', async () => {
    const root = await tempDir();
    await writeTree(root, { 'index.js': 'x', 'gone.txt': { link: 'missing.txt' } });
    const error = listingError(root);
    expect(error.input).toBe('source');
    expect(error.message).toContain(path.join(root, 'gone.txt'));
    expect(error.message).toContain('does not exist');
  });

  it('rejects a link to an ancestor directory as a loop', async () => {
    const root = await tempDir();
    await writeTree(root, { 'a/b/file.txt': 'x', 'a/b/up': { link: '..' } });
    const error = listingError(root);
    expect(error.input).toBe('source');
    expect(error.message).toContain(path.join(root, 'a', 'b', 'up'));
    expect(error.message).toContain('loop');
  });

  it('rejects a link to the root as a loop', async () => {
    const root = await tempDir();
    await writeTree(root, { 'file.txt': 'x', 'sub/root': { link: '..' } });
    const error = listingError(root);
    expect(error.message).toContain('loop');
  });

  it('rejects two directories that link to each other as a loop', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'a/file.txt': 'x',
      'b/file.txt': 'y',
      'a/to-b': { link: '../b' },
      'b/to-a': { link: '../a' },
    });
    const error = listingError(root);
    expect(error.message).toContain('loop');
  });

  it('rejects a link to itself', async () => {
    const root = await tempDir();
    await writeTree(root, { 'file.txt': 'x', self: { link: 'self' } });
    const error = listingError(root);
    expect(error.input).toBe('source');
    expect(error.message).toContain(path.join(root, 'self'));
    expect(error.message).toContain('too many levels of symbolic links');
  });

  it('follows a link to an inside file whose name starts with two dots', async () => {
    const root = await tempDir();
    await writeTree(root, { '..data': 'x', 'link.txt': { link: '..data' } });
    expect(names(root)).toEqual(['..data', 'link.txt']);
  });
});

describe('listSourceTree: more links under symlinks: follow', () => {
  it('lists a directory linked from two places under each name', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'shared/a.js': 'a',
      'x/lib': { link: '../shared' },
      y: { link: 'shared' },
    });
    expect(names(root)).toEqual(['shared/a.js', 'x/lib/a.js', 'y/a.js']);
  });

  it('lists a link to an empty directory as an empty directory', async () => {
    const root = await tempDir();
    await writeTree(root, { 'index.js': 'x', 'cache/': '', tmp: { link: 'cache' } });
    expect(names(root)).toEqual(['cache/', 'index.js', 'tmp/']);
  });

  it('follows a chain of links that ends inside the tree', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'real.txt': 'x',
      'one.txt': { link: 'two.txt' },
      'two.txt': { link: 'real.txt' },
    });
    expect(names(root)).toEqual(['one.txt', 'real.txt', 'two.txt']);
  });

  it('rejects a link whose chain of links ends outside the tree, naming the link', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'src');
    await writeTree(dir, {
      'secret.txt': 'secret',
      'hop.txt': { link: 'secret.txt' },
      'src/index.js': 'x',
      'src/a.txt': { link: '../hop.txt' },
    });
    const error = listingError(root);
    expect(error.message).toContain(`'${path.join(root, 'a.txt')}'`);
    expect(error.message).toContain(`to '${path.join(dir, 'secret.txt')}'`);
  });
});

describe('listSourceTree: symlinks: error', () => {
  const refuse = treeOptions({ symlinks: 'error' });

  it.each([
    ['a link to a file inside the tree', 'lib/alias.js', { link: 'real.js' }],
    ['a link to a directory inside the tree', 'current', { link: 'lib' }],
    ['a dangling link', 'lib/gone.js', { link: 'missing.js' }],
    ['a link out of the tree', 'lib/leak.txt', { link: '../../outside.txt' }],
    ['a link to itself', 'self', { link: 'self' }],
  ] as const)('rejects %s, naming its path', async (_what, linkPath, item) => {
    const dir = await tempDir();
    const root = path.join(dir, 'src');
    await writeTree(dir, { 'outside.txt': 'x', 'src/lib/real.js': 'r', [`src/${linkPath}`]: item });
    const error = listingError(root, refuse);
    expect(error.input).toBe('source');
    expect(error.message).toContain(`'${path.join(root, linkPath)}' is a symbolic link`);
    expect(error.message).toContain("symlinks is 'error'");
  });

  it('lists a tree without links as symlinks: follow does', async () => {
    const root = await tempDir();
    await writeTree(root, { 'index.js': 'x', 'lib/a.js': 'a', 'empty/': '' });
    const listed = listSourceTree(root, refuse).map((entry) => entry.name);
    expect(listed).toEqual(['empty/', 'index.js', 'lib/a.js']);
  });

  it('does not look at links inside an excluded directory', async () => {
    const root = await tempDir();
    await writeTree(root, {
      'index.js': 'x',
      'node_modules/tool/cli.js': 'c',
      'node_modules/.bin/tool': { link: '../tool/cli.js' },
    });
    const options = treeOptions({ symlinks: 'error', exclude: ['node_modules/.bin'] });
    expect(listSourceTree(root, options).map((entry) => entry.name)).toEqual([
      'index.js',
      'node_modules/tool/cli.js',
    ]);
  });
});

describe('listSourceTree: entries', () => {
  it('gives each entry its name as UTF-8 bytes', async () => {
    const root = await tempDir();
    await writeTree(root, { 'données/日本語.txt': 'x', 'empty/': '' });
    for (const entry of listSourceTree(root, treeOptions())) {
      expect(entry.nameBytes).toEqual(Buffer.from(entry.name, 'utf8'));
    }
    expect(names(root)).toEqual(['données/日本語.txt', 'empty/']);
  });
});

describe('listSourceTree: what cannot be listed', () => {
  it('rejects a FIFO that is selected, naming it and how to leave it out', async () => {
    const root = await tempDir();
    await writeTree(root, { 'index.js': 'x' });
    execFileSync('mkfifo', [path.join(root, 'pipe')]);
    const error = listingError(root);
    expect(error.input).toBe('source');
    expect(error.message).toBe(
      `Input 'source': '${path.join(root, 'pipe')}' is neither a file nor a directory (a ` +
        "socket, FIFO or device cannot be packaged); leave it out with 'exclude'",
    );
  });

  it.each([
    ['exclude leaves it out', { exclude: ['*.sock', 'run/'] }],
    ['include does not take it', { include: ['*.js'] }],
    ['include takes it back', { include: ['*.js', 'run/*', '*.sock', '!*.sock', '!run/pipe'] }],
  ])('skips FIFOs and sockets silently when %s', async (_what, choices) => {
    const root = await tempDir();
    await writeTree(root, { 'index.js': 'x', 'run/': '' });
    execFileSync('mkfifo', [path.join(root, 'agent.sock'), path.join(root, 'run', 'pipe')]);
    execFileSync('python3', [
      '-c',
      'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])',
      path.join(root, 'real.sock'),
    ]);
    const listed = listSourceTree(root, treeOptions(choices)).map((entry) => entry.name);
    expect(listed).toEqual(['index.js']);
  });

  it('rejects a path deeper than PATH_MAX, naming the input', async () => {
    const root = await tempDir();
    const name = 'd'.repeat(200);
    // One directory at a time, each relative to the last: no path given is too long.
    execFileSync(
      'sh',
      ['-c', `for i in $(seq 25); do mkdir ${name} && cd ${name}; done; echo x > f.js`],
      {
        cwd: root,
      },
    );
    try {
      const error = listingError(root, treeOptions({}, 'layer-source'));
      expect(error.input).toBe('layer-source');
      expect(error.message).toContain('the path is too long');
    } finally {
      execFileSync('rm', ['-rf', path.join(root, name)]);
    }
  });

  it('rejects a missing root, naming the input and the path', async () => {
    const root = path.join(await tempDir(), 'missing');
    const error = listingError(root, treeOptions({}, 'layer-source'));
    expect(error.input).toBe('layer-source');
    expect(error.message).toContain(root);
    expect(error.message).toContain('does not exist');
  });

  it('rejects a root that is a file', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'index.js': 'x' });
    const error = listingError(path.join(dir, 'index.js'));
    expect(error.message).toContain('is not a directory');
  });
});

describe('describeFsError', () => {
  it.each([
    ['ENOENT', 'it does not exist'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ELOOP', 'too many levels of symbolic links'],
  ])('says what %s means', (code, text) => {
    expect(describeFsError(Object.assign(new Error(`${code}: raw`), { code }))).toBe(text);
  });

  it("falls back to the error's own message", () => {
    expect(describeFsError(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }))).toBe(
      'EIO: i/o error',
    );
    expect(describeFsError('plain')).toBe('plain');
  });
});
