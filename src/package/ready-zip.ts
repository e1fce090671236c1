import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { ZipFileSource } from '../inputs.js';
import type { DeploymentPackage } from './package-contents.js';
import { hashOpenFile } from './hashing.js';
import { linkLeavesRoot } from './link-target.js';
import { describeFsError } from './source-tree.js';
import { checkUnzippedSize } from './unzipped-limit.js';
import {
  InvalidZipError,
  isSymlink,
  readLinkTarget,
  readZipMembers,
  type ZipMember,
} from './zip-contents.js';

const INPUT = 'zip-file';

const ZIP_SIGNATURES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];

/**
 * A ready zip, checked before anything is uploaded: a regular file (a FIFO would block
 * the open), a well-formed zip holding files, no entry that unpacks outside the
 * function's directory, no link unless `symlinks` is auto or preserve and it stays inside, and
 * within Lambda's unzipped limit. Hashed where it is, without a copy.
 */
export async function inspectZipFile(source: ZipFileSource): Promise<DeploymentPackage> {
  const zipPath = source.path;
  const handle = await openRegularFile(zipPath);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notAFile(zipPath, stats);
    const members = await readMembers(handle, stats.size, zipPath);
    await checkEntries(handle, members, source, zipPath);
    const files = members
      .filter((member) => !member.name.endsWith('/') && !isSymlink(member))
      .map((member) => ({ name: member.name, size: member.uncompressedSize }));
    if (files.length === 0) {
      throw new InputError(INPUT, `'${zipPath}' holds no files to package (the zip is empty)`);
    }
    const unzippedSize = checkUnzippedSize(files, INPUT, 'Build a smaller package.');
    const { sha256, size } = await hashOpenFile(handle).catch((error: unknown) => {
      throw unreadable(zipPath, error);
    });
    return {
      path: zipPath,
      size,
      sha256: sha256.toString('base64'),
      contents: { fileCount: files.length, unzippedSize },
    };
  } finally {
    await handle.close();
  }
}

/** Looks before it opens, and opens without blocking, so a FIFO never hangs the step. */
async function openRegularFile(zipPath: string): Promise<FileHandle> {
  const stats = await stat(zipPath).catch((error: unknown) => {
    throw unreadable(zipPath, error);
  });
  if (!stats.isFile()) throw notAFile(zipPath, stats);
  return open(zipPath, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: unknown) => {
    throw unreadable(zipPath, error);
  });
}

async function readMembers(
  handle: FileHandle,
  size: number,
  zipPath: string,
): Promise<ZipMember[]> {
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    if (!ZIP_SIGNATURES.some((signature) => signature.equals(head))) {
      throw new InvalidZipError('it is not a zip archive (it does not start with a zip signature)');
    }
    return await readZipMembers(handle, size);
  } catch (error) {
    throw invalidOrUnreadable(zipPath, error);
  }
}

async function checkEntries(
  handle: FileHandle,
  members: readonly ZipMember[],
  source: ZipFileSource,
  zipPath: string,
): Promise<void> {
  const unsafe = members.find((member) => escapesRoot(member.name));
  if (unsafe !== undefined) {
    throw new InputError(
      INPUT,
      `'${zipPath}' holds the entry '${unsafe.name}', which would be unpacked outside the ` +
        "function's directory (an absolute name or a '..' step); rebuild the zip without it",
    );
  }
  for (const member of members.filter(isSymlink)) {
    if (source.symlinks !== 'preserve' && source.symlinks !== 'auto') {
      throw new InputError(
        INPUT,
        `'${zipPath}' holds the symbolic link '${member.name}', and symlinks is ` +
          `'${source.symlinks}'; remove it (the default, auto, deploys links that stay inside ` +
          'the zip) or rebuild the zip without links',
      );
    }
    const target = await readLinkTarget(handle, member).catch((error: unknown) => {
      throw invalidOrUnreadable(zipPath, error);
    });
    if (linkLeavesRoot(member.name, target)) {
      throw new InputError(
        INPUT,
        `'${zipPath}' holds the symbolic link '${member.name}' to '${target}', which points ` +
          "outside the function's directory (an absolute target or '..' steps above the root)",
      );
    }
  }
}

/** '/etc/x', 'C:\\x', '../x', 'a/../../x': names an unzip could write outside its target. */
function escapesRoot(name: string): boolean {
  if (/^(?:[/\\]|[a-zA-Z]:[/\\])/.test(name)) return true;
  return name.split(/[/\\]/).includes('..');
}

function notAFile(zipPath: string, stats: { isDirectory(): boolean }): InputError {
  const what = stats.isDirectory() ? 'a directory' : 'a FIFO, socket or device';
  return new InputError(INPUT, `'${zipPath}' is not a file (it is ${what})`);
}

function unreadable(zipPath: string, error: unknown): InputError {
  return new InputError(INPUT, `'${zipPath}' cannot be read: ${describeFsError(error)}`);
}

/** Bounds and signatures the reader did not foresee count as a malformed zip too. */
function invalidOrUnreadable(zipPath: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  if (error instanceof InvalidZipError || error instanceof RangeError) {
    return new InputError(INPUT, `'${zipPath}' is not a valid zip archive: ${error.message}`);
  }
  return unreadable(zipPath, error);
}
