import { describe, expect, it } from 'vitest';
import { pathFilter } from '../../../src/package/path-filter.js';

// gitignore-rules.test.ts checks these rules against git itself; here, what is ours.

describe('pathFilter: include', () => {
  it('includes every path, dotfiles too, when there are no include patterns', () => {
    const filter = pathFilter([], []);
    for (const name of ['index.js', '.env', '.well-known/x', 'a/.b/c']) {
      expect(filter.isIncluded(name, false)).toBe(true);
    }
    expect(filter.unmatchedIncludes()).toEqual([]);
  });

  it.each([
    ['**', '.env', true],
    ['**', 'config/.npmrc', true],
    ['*.js', 'lib/deep/a.js', true],
    ['*.js', '.eslintrc.js', true],
    ['/*.js', 'lib/a.js', false],
    ['node_modules/**', 'node_modules/.prisma/client/index.js', true],
    ['lib', 'lib/a.js', true],
    ['lib', 'lib2', false],
    ['lib/', 'lib', false],
  ])('pattern %j: %j is included: %s', (pattern, name, expected) => {
    expect(pathFilter([pattern], []).isIncluded(name, false)).toBe(expected);
  });

  it('takes a directory matched by a pattern with everything inside it', () => {
    const filter = pathFilter(['dist/'], []);
    expect(filter.isIncluded('dist', true)).toBe(true);
    expect(filter.isIncluded('dist/.cache/x.js', false)).toBe(true);
    expect(filter.isIncluded('src/dist', false)).toBe(false);
  });

  it("takes back with '!', except inside a directory already taken (as git does)", () => {
    const filter = pathFilter(['*.ts', '!*.d.ts', 'lib/', '!lib/a.js'], []);
    expect(filter.isIncluded('src/app.ts', false)).toBe(true);
    expect(filter.isIncluded('src/types.d.ts', false)).toBe(false);
    expect(filter.isIncluded('lib/a.js', false)).toBe(true);
  });

  it("reads a leading './' as the top of the source, which git would match nothing with", () => {
    for (const pattern of ['./lib', '/lib']) {
      const filter = pathFilter([pattern], []);
      expect(filter.isIncluded('lib/a.js', false)).toBe(true);
      expect(filter.isIncluded('src/lib/a.js', false)).toBe(false);
      expect(filter.unmatchedIncludes()).toEqual([]);
    }
    expect(pathFilter(['!./lib'], ['./tmp']).isExcluded('tmp', true)).toBe(true);
  });

  it('matches case-sensitively, as Linux does', () => {
    expect(pathFilter(['README.md'], []).isIncluded('readme.md', false)).toBe(false);
    expect(pathFilter([], ['*.MAP']).isExcluded('a.js.map', false)).toBe(false);
  });

  it('lists, as the user wrote them, the include patterns that matched nothing so far', () => {
    const filter = pathFilter(['*.js', './docs/', '*.json', '!*.d.ts'], []);
    expect(filter.unmatchedIncludes()).toEqual(['*.js', './docs/', '*.json', '!*.d.ts']);
    filter.isIncluded('index.js', false);
    filter.isIncluded('README.md', false);
    expect(filter.unmatchedIncludes()).toEqual(['./docs/', '*.json', '!*.d.ts']);
    // A '!' pattern counts as matched when what it names is there.
    filter.isIncluded('types.d.ts', false);
    filter.isIncluded('docs', true);
    expect(filter.unmatchedIncludes()).toEqual(['*.json']);
  });

  it('counts a path as matched by every pattern that matches it, not only the last', () => {
    const filter = pathFilter(['*.js', 'lib/**', 'index.js'], []);
    expect(filter.isIncluded('lib/a.js', false)).toBe(true);
    expect(filter.unmatchedIncludes()).toEqual(['index.js']);
  });
});

describe('pathFilter: exclude', () => {
  it.each([
    ['node_modules', 'lib/node_modules', true, true],
    ['/node_modules', 'lib/node_modules', true, false],
    ['*.map', 'dist/deep/a.js.map', false, true],
    ['tests/', 'tests', false, false],
    ['tests/', 'tests', true, true],
    ['tests/', 'lib/tests/a.js', false, true],
    ['**', '.env', false, true],
  ])('pattern %j: %j (directory: %s) is excluded: %s', (pattern, name, isDirectory, expected) => {
    expect(pathFilter([], [pattern]).isExcluded(name, isDirectory)).toBe(expected);
  });

  it('excludes nothing when there are no exclude patterns', () => {
    expect(pathFilter(['**'], []).isExcluded('index.js', false)).toBe(false);
  });
});
