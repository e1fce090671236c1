import { describe, expect, it } from 'vitest';
import { pathFilter } from '../../../src/package/path-filter.js';

describe('pathFilter: include', () => {
  it('includes every path, dotfiles too, when there are no include patterns', () => {
    const filter = pathFilter([], []);
    for (const name of ['index.js', '.env', '.well-known/x', 'a/.b/c']) {
      expect(filter.isIncluded(name)).toBe(true);
    }
  });

  it.each([
    ['**', 'lib/deep/a.js', true],
    ['**', '.env', false],
    ['**', 'config/.npmrc', false],
    ['**/*.js', 'index.js', true],
    ['**/*.js', 'lib/deep/a.js', true],
    ['**/*.js', '.eslintrc.js', false],
    ['*.js', 'index.js', true],
    ['*.js', 'lib/a.js', false],
    ['.well-known/**', '.well-known/openid-configuration', true],
    ['.well-known/**', '.well-known/keys/jwks.json', true],
    ['**/.*', '.env', true],
    ['**/.*', 'config/.npmrc', true],
    ['**/.*', 'index.js', false],
    ['lib', 'lib', true],
    ['lib', 'lib2', false],
  ])('pattern %j: %j is included: %s', (pattern, name, expected) => {
    expect(pathFilter([pattern], []).isIncluded(name)).toBe(expected);
  });

  it.each(['./lib', '/lib', 'lib/', './lib//'])(
    "ignores a leading './' or '/' and a trailing '/' in %j",
    (pattern) => {
      const filter = pathFilter([pattern], []);
      expect(filter.isIncluded('lib')).toBe(true);
      expect(filter.unmatchedIncludes()).toEqual([]);
    },
  );

  it('lists, as the user wrote them, the include patterns that matched nothing so far', () => {
    const filter = pathFilter(['**/*.js', './docs/', '*.json'], []);
    expect(filter.unmatchedIncludes()).toEqual(['**/*.js', './docs/', '*.json']);
    filter.isIncluded('index.js');
    filter.isIncluded('README.md');
    expect(filter.unmatchedIncludes()).toEqual(['./docs/', '*.json']);
  });

  it('counts a path as matched by every pattern that matches it, not only the first', () => {
    const filter = pathFilter(['**/*.js', 'lib/**', 'index.js'], []);
    expect(filter.isIncluded('lib/a.js')).toBe(true);
    expect(filter.unmatchedIncludes()).toEqual(['index.js']);
  });
});

describe('pathFilter: exclude', () => {
  it.each([
    ['node_modules', 'node_modules', true],
    ['node_modules', 'lib/node_modules', false],
    ['**/node_modules', 'lib/node_modules', true],
    ['*.md', 'README.md', true],
    ['*.md', 'docs/guide.md', false],
    ['**/*.md', 'docs/guide.md', true],
    ['**/*.test.js', 'lib/a.test.js', true],
    ['**/*.test.js', 'lib/a.js', false],
    ['**/.*', '.env', true],
    ['**', '.env', false],
    ['tests/', 'tests', true],
  ])('pattern %j: %j is excluded: %s', (pattern, name, expected) => {
    expect(pathFilter([], [pattern]).isExcluded(name)).toBe(expected);
  });

  it('excludes nothing when there are no exclude patterns', () => {
    expect(pathFilter(['**'], []).isExcluded('index.js')).toBe(false);
  });
});
