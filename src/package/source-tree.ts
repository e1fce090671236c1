import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';

export interface SourceEntry {
  /** Path inside the zip: relative to the source root, with '/' separators. */
  readonly name: string;
  readonly absolutePath: string;
  readonly stats: Stats;
}

/** Directories that are never part of a deployment package. */
const ALWAYS_EXCLUDED = new Set(['.git']);

/**
 * Every file below `root`, and every empty directory, sorted by the bytes of
 * their names so the same tree always lists the same way. Symbolic links are
 * followed when they stay inside `root`.
 */
export async function listSourceTree(root: string, input: string): Promise<SourceEntry[]> {
  const rootStats = await stat(root).catch((error: unknown) => {
    throw new InputError(input, `'${root}' cannot be read: ${describeFsError(error)}`);
  });
  if (!rootStats.isDirectory()) throw new InputError(input, `'${root}' is not a directory`);
  const realRoot = await realpath(root);
  const entries: SourceEntry[] = [];
  await walk({ root, realRoot, input, entries }, root, [realRoot]);
  return entries.sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
}

interface Walk {
  readonly root: string;
  readonly realRoot: string;
  readonly input: string;
  readonly entries: SourceEntry[];
}

async function walk(context: Walk, directory: string, ancestors: readonly string[]): Promise<void> {
  const children = await readdir(directory, { withFileTypes: true });
  const kept = children.filter((child) => !ALWAYS_EXCLUDED.has(child.name));
  if (kept.length === 0 && directory !== context.root) {
    context.entries.push(entryFor(context, directory, await stat(directory)));
    return;
  }
  for (const child of kept) {
    const absolutePath = path.join(directory, child.name);
    const target = await resolveChild(context, child, absolutePath, ancestors);
    if (target.stats.isDirectory()) {
      await walk(context, absolutePath, [...ancestors, target.realPath]);
    } else if (target.stats.isFile()) {
      context.entries.push(entryFor(context, absolutePath, target.stats));
    } else {
      throw new InputError(
        context.input,
        `'${absolutePath}' is neither a file nor a directory (a socket, FIFO or device cannot be packaged)`,
      );
    }
  }
}

async function resolveChild(
  context: Walk,
  child: Dirent,
  absolutePath: string,
  ancestors: readonly string[],
): Promise<{ stats: Stats; realPath: string }> {
  if (!child.isSymbolicLink()) {
    return {
      stats: await stat(absolutePath),
      realPath: path.join(ancestors.at(-1) ?? '', child.name),
    };
  }
  const realPath = await realpath(absolutePath).catch((error: unknown) => {
    throw new InputError(
      context.input,
      `symbolic link '${absolutePath}' cannot be followed: ${describeFsError(error)}`,
    );
  });
  const fromRoot = path.relative(context.realRoot, realPath);
  if (fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot)) {
    throw new InputError(
      context.input,
      `symbolic link '${absolutePath}' points outside the source directory, to '${realPath}'`,
    );
  }
  if (ancestors.includes(realPath)) {
    throw new InputError(context.input, `symbolic link '${absolutePath}' makes a loop`);
  }
  return { stats: await stat(realPath), realPath };
}

function entryFor(context: Walk, absolutePath: string, stats: Stats): SourceEntry {
  const relative = path.relative(context.root, absolutePath).split(path.sep).join('/');
  return { name: stats.isDirectory() ? `${relative}/` : relative, absolutePath, stats };
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
