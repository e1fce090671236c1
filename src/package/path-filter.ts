import ignore, { type Ignore } from 'ignore';

/**
 * Which paths of the source go into the package, by .gitignore rules. Paths are relative
 * to the source, with '/' separators.
 *
 * `exclude` is read as a .gitignore: what it ignores is left out. `include` is read the
 * same way, and what it would ignore is what is selected: with `include: dist/` every
 * file under dist/ is packaged. Exclude then applies on top. As in git, a pattern without
 * a slash matches at any depth, `dir/` matches directories only, `*` and `**` match
 * dot-names, `!pattern` takes back what an earlier pattern took, and nothing inside a
 * directory a pattern took can be taken back.
 */
export interface PathFilter {
  /** `exclude` leaves the path out; a directory left out takes everything inside it along. */
  isExcluded(path: string, isDirectory: boolean): boolean;
  /** `include` selects the path (always true when there is no include pattern). */
  isIncluded(path: string, isDirectory: boolean): boolean;
  /** Include patterns that have matched no path asked about so far, as the user wrote them. */
  unmatchedIncludes(): string[];
}

interface TrackedPattern {
  readonly text: string;
  /** The pattern on its own, without a leading '!', to tell whether it matches at all. */
  readonly alone: Ignore;
  matched: boolean;
}

export function pathFilter(include: readonly string[], exclude: readonly string[]): PathFilter {
  const includes = rules(include);
  const excludes = rules(exclude);
  const tracked: TrackedPattern[] = include.map((text) => ({
    text,
    alone: rules([normalize(text).replace(/^!/, '')]),
    matched: false,
  }));
  return {
    isExcluded: (path, isDirectory) =>
      exclude.length > 0 && excludes.ignores(asked(path, isDirectory)),
    isIncluded: (path, isDirectory) => {
      if (include.length === 0) return true;
      const name = asked(path, isDirectory);
      for (const pattern of tracked) {
        if (!pattern.matched && pattern.alone.ignores(name)) pattern.matched = true;
      }
      return includes.ignores(name);
    },
    unmatchedIncludes: () => tracked.filter((pattern) => !pattern.matched).map((p) => p.text),
  };
}

/** The `ignore` library tells a directory by its trailing slash. */
function asked(path: string, isDirectory: boolean): string {
  return isDirectory ? `${path}/` : path;
}

function rules(patterns: readonly string[]): Ignore {
  // Case-sensitive, as git and Lambda's file system are on Linux.
  return ignore({ ignorecase: false }).add(patterns.map(normalize));
}

/**
 * './dist' is how many write "dist at the top": in a .gitignore it would match nothing,
 * so it is read as the anchored '/dist'.
 */
function normalize(pattern: string): string {
  return pattern.replace(/^(!?)(?:\.\/)+/, '$1/');
}
