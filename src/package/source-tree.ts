import type { Dirent, Stats } from 'node:fs';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { PathFilter } from './path-filter.js';

export interface SourceEntry {
  /** Path inside the zip: relative to the source root, with '/' separators; directories end in '/'. */
  readonly name: string;
  /** `name` as UTF-8, the bytes the zip stores and sorts by. */
  readonly nameBytes: Buffer;
  readonly absolutePath: string;
  readonly stats: Stats;
}

export type SymlinkPolicy = 'follow' | 'error';

export interface TreeOptions {
  /** The input that named the directory, for error messages. */
  readonly input: string;
  readonly filter: PathFilter;
  readonly symlinks: SymlinkPolicy;
}

/** Directories that are never part of a deployment package. */
const ALWAYS_EXCLUDED = new Set(['.git']);

/**
 * Every file below `root` that the filter keeps, and every kept empty directory, sorted
 * by the bytes of their names so the same tree always lists the same way. Symbolic links
 * are followed when they stay inside `root` (and the policy allows links at all).
 */
export function listSourceTree(root: string, options: TreeOptions): SourceEntry[] {
  const rootStats = attempt(
    () => statSync(root),
    (reason) => new InputError(options.input, `'${root}' cannot be read: ${reason}`),
  );
  if (!rootStats.isDirectory()) {
    throw new InputError(options.input, `'${root}' is not a directory`);
  }
  const realRoot = realpathSync(root);
  const entries: SourceEntry[] = [];
  const context: Walk = { ...options, realRoot, entries };
  const covered = options.filter.coversDirectory('');
  const top = { name: '', absolutePath: path.resolve(root), ancestors: [realRoot] };
  walk(context, { ...top, included: covered, covered });
  return entries.sort((a, b) => Buffer.compare(a.nameBytes, b.nameBytes));
}

interface Walk extends TreeOptions {
  readonly realRoot: string;
  readonly entries: SourceEntry[];
}

// Synchronous on purpose: nothing else runs meanwhile, and a stat is then a plain system
// call instead of a round trip through the thread pool (about 8x faster on 20,000 files).
function walk(context: Walk, directory: Directory): void {
  let children: Dirent[];
  try {
    children = readdirSync(directory.absolutePath, { withFileTypes: true });
  } catch (error) {
    throw new InputError(
      context.input,
      `the directory '${directory.absolutePath}' cannot be read: ${describeFsError(error)}`,
    );
  }
  const kept = children.filter((child) => !ALWAYS_EXCLUDED.has(child.name));
  if (kept.length === 0 && directory.name !== '') {
    if (directory.included) {
      context.entries.push(entry(`${directory.name}/`, directory.absolutePath));
    }
    return;
  }
  for (const child of kept) {
    const absolutePath = `${directory.absolutePath}/${child.name}`;
    const name = directory.name === '' ? child.name : `${directory.name}/${child.name}`;
    if (context.filter.isExcluded(name)) continue;
    if (child.name.includes('\uFFFD') && !existsSync(absolutePath)) {
      // Node reads a name that is not UTF-8 with U+FFFD in place of the bad bytes.
      throw new InputError(
        context.input,
        `'${absolutePath}' has a file name that is not valid UTF-8, which a zip cannot hold ` +
          "as such; rename it, or leave it out with 'exclude'",
      );
    }
    const included = context.filter.isIncluded(name) || directory.covered;
    const target = resolveChild(context, child, absolutePath, directory);
    if (target.stats.isDirectory()) {
      const ancestors = [...directory.ancestors, target.realPath()];
      const covered = directory.covered || context.filter.coversDirectory(name);
      walk(context, { name, absolutePath, ancestors, included, covered });
    } else if (!target.stats.isFile()) {
      throw new InputError(
        context.input,
        `'${absolutePath}' is neither a file nor a directory (a socket, FIFO or device cannot be packaged)`,
      );
    } else if (included) {
      context.entries.push(entry(name, absolutePath, target.stats));
    }
  }
}

interface Directory {
  /** Relative to the root, '/'-separated; '' for the root itself. */
  readonly name: string;
  readonly absolutePath: string;
  /** Real paths of this directory and those above it, to tell a link that loops. */
  readonly ancestors: readonly string[];
  /** An include pattern matched the directory: kept if it is empty. */
  readonly included: boolean;
  /** Everything inside is included (no include patterns, or one names this directory or one above). */
  readonly covered: boolean;
}

function resolveChild(
  context: Walk,
  child: Dirent,
  absolutePath: string,
  parent: Directory,
): { stats: Stats; realPath: () => string } {
  if (!child.isSymbolicLink()) {
    const parentReal = parent.ancestors.at(-1) ?? '';
    return { stats: statSync(absolutePath), realPath: () => path.join(parentReal, child.name) };
  }
  if (context.symlinks === 'error') {
    throw new InputError(
      context.input,
      `'${absolutePath}' is a symbolic link, and symlinks is 'error'`,
    );
  }
  const realPath = attempt(
    () => realpathSync(absolutePath),
    (reason) =>
      new InputError(
        context.input,
        `symbolic link '${absolutePath}' cannot be followed: ${reason}`,
      ),
  );
  const fromRoot = path.relative(context.realRoot, realPath);
  if (fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot)) {
    throw new InputError(
      context.input,
      `symbolic link '${absolutePath}' points outside the source directory, to '${realPath}'`,
    );
  }
  if (parent.ancestors.includes(realPath)) {
    throw new InputError(context.input, `symbolic link '${absolutePath}' makes a loop`);
  }
  return { stats: statSync(realPath), realPath: () => realPath };
}

function entry(name: string, absolutePath: string, stats = statSync(absolutePath)): SourceEntry {
  return { name, nameBytes: Buffer.from(name, 'utf8'), absolutePath, stats };
}

function attempt<T>(work: () => T, failure: (reason: string) => Error): T {
  try {
    return work();
  } catch (error) {
    throw failure(describeFsError(error));
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
