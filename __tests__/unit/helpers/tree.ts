import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What to create at a path relative to the tree's root: a file's content, a
 * file with an explicit mode, a symbolic link, or (for a key ending in '/') an
 * empty directory.
 */
export type TreeItem = string | Buffer | { content: string; mode: number } | { link: string };

/** Creates the files, links and directories of `spec` below `root`, parents first. */
export async function writeTree(root: string, spec: Record<string, TreeItem>): Promise<void> {
  for (const [relative, item] of Object.entries(spec)) {
    const target = path.join(root, relative);
    if (relative.endsWith('/')) {
      await mkdir(target, { recursive: true });
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    if (typeof item === 'string' || Buffer.isBuffer(item)) {
      await writeFile(target, item);
      await chmod(target, 0o644);
    } else if ('link' in item) {
      await symlink(item.link, target);
    } else {
      await writeFile(target, item.content);
      // chmod, not writeFile's mode, so the umask does not change it.
      await chmod(target, item.mode);
    }
  }
}
