import picomatch from 'picomatch';

/**
 * Which paths of the source go into the package. Paths are relative to the source, with
 * '/' separators. A pattern that matches a directory covers everything inside it. As in
 * most glob tools, `*` and `**` do not match names that start with a dot unless the
 * pattern spells the dot out (`.well-known/**`, `**\/.*`).
 */
export interface PathFilter {
  /** An exclude pattern matches the path: it is left out, and if a directory, all inside it. */
  isExcluded(path: string): boolean;
  /** An include pattern matches the path (always true when there are none). */
  isIncluded(path: string): boolean;
  /**
   * An include pattern names this directory itself (`lib`, `lib/*`), so all inside it is
   * included, dot-names too; `lib/**` or `**` match the directory but leave its contents
   * to be matched one by one.
   */
  coversDirectory(path: string): boolean;
  /** Include patterns that have matched nothing so far. */
  unmatchedIncludes(): string[];
}

interface Pattern {
  readonly text: string;
  readonly matches: (path: string) => boolean;
  readonly namesDirectories: boolean;
  matched: boolean;
}

export function pathFilter(include: readonly string[], exclude: readonly string[]): PathFilter {
  const includes = include.map(compile);
  const excludes = exclude.map(compile);
  return {
    isExcluded: (path) => excludes.some((pattern) => pattern.matches(path)),
    isIncluded: (path) => {
      if (includes.length === 0) return true;
      let included = false;
      for (const pattern of includes) {
        // Once one pattern matched, test only those still unmatched, to know which match nothing.
        if ((!included || !pattern.matched) && pattern.matches(path)) {
          pattern.matched = true;
          included = true;
        }
      }
      return included;
    },
    coversDirectory: (path) =>
      includes.length === 0 ||
      includes.some((pattern) => pattern.namesDirectories && pattern.matches(path)),
    unmatchedIncludes: () => includes.filter((pattern) => !pattern.matched).map((p) => p.text),
  };
}

function compile(text: string): Pattern {
  const normalized = text.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const namesDirectories = normalized !== '**' && !normalized.endsWith('/**');
  return { text, matches: picomatch(normalized), namesDirectories, matched: false };
}
