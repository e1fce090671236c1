import type { FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { METHOD_DEFLATED, METHOD_STORED, S_IFLNK, S_IFMT } from './zip-format.js';

export interface ZipMember {
  readonly name: string;
  readonly uncompressedSize: number;
  /** The Unix file type and permission bits, when the entry was made on Unix; else undefined. */
  readonly unixMode: number | undefined;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

/** The file does not hold the zip structures a reader needs; the message says what is wrong. */
export class InvalidZipError extends Error {
  override readonly name = 'InvalidZipError';
}

const END_SIGNATURE = 0x06054b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT = 0xffff;
const MADE_BY_UNIX = 3;
/** Longer than any link target Linux takes (PATH_MAX). */
const MAX_LINK_TARGET = 4096;

/**
 * The entries a zip holds, read from its central directory (names, sizes, modes; no
 * data). Throws an InvalidZipError when the structures are missing, cut short or point
 * outside the file.
 */
export async function readZipMembers(file: FileHandle, fileSize: number): Promise<ZipMember[]> {
  const tailSize = Math.min(fileSize, 22 + MAX_COMMENT);
  const tail = await readAt(file, fileSize - tailSize, tailSize);
  let end = -1;
  for (let at = tail.length - 22; at >= 0 && end === -1; at--) {
    if (tail.readUInt32LE(at) === END_SIGNATURE) end = at;
  }
  if (end === -1) {
    throw new InvalidZipError('it is not a complete zip archive (no central directory)');
  }
  let count = tail.readUInt16LE(end + 10);
  let directorySize = tail.readUInt32LE(end + 12);
  let directoryOffset = tail.readUInt32LE(end + 16);
  const locatorAt = fileSize - tailSize + end - 20;
  if (locatorAt >= 0) {
    const locator = await readAt(file, locatorAt, 20);
    if (locator.length === 20 && locator.readUInt32LE(0) === ZIP64_LOCATOR_SIGNATURE) {
      const zip64At = Number(locator.readBigUInt64LE(8));
      const zip64End = zip64At + 56 <= fileSize ? await readAt(file, zip64At, 56) : undefined;
      if (zip64End?.length !== 56 || zip64End.readUInt32LE(0) !== ZIP64_END_SIGNATURE) {
        throw new InvalidZipError(
          'its Zip64 end-of-central-directory locator points to no Zip64 end record',
        );
      }
      count = Number(zip64End.readBigUInt64LE(32));
      directorySize = Number(zip64End.readBigUInt64LE(40));
      directoryOffset = Number(zip64End.readBigUInt64LE(48));
    }
  }
  if (directoryOffset + directorySize > fileSize) {
    throw new InvalidZipError(
      'its central directory is said to be past the end of the file (cut short?)',
    );
  }
  return parseDirectory(await readAt(file, directoryOffset, directorySize), count);
}

function parseDirectory(directory: Buffer, count: number): ZipMember[] {
  const members: ZipMember[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) {
      throw new InvalidZipError(
        `its central directory holds ${index} of the ${count} entries it announces`,
      );
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > directory.length) {
      throw new InvalidZipError(`entry ${index + 1} runs past the end of its central directory`);
    }
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    const zip64 = zip64Fields(extra, {
      uncompressedSize: directory.readUInt32LE(at + 24),
      compressedSize: directory.readUInt32LE(at + 20),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    const madeBy = directory.readUInt16LE(at + 4) >> 8;
    const attributes = directory.readUInt32LE(at + 38);
    members.push({
      name,
      ...zip64,
      unixMode: madeBy === MADE_BY_UNIX ? attributes >>> 16 : undefined,
      method: directory.readUInt16LE(at + 10),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

interface Sizes {
  readonly uncompressedSize: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

/**
 * The Zip64 extra field holds, in this order, each of these that is 0xFFFFFFFF in the
 * central header.
 */
function zip64Fields(extra: Buffer, header: Sizes): Sizes {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA_ID) {
      const values = extra.subarray(at + 4, Math.min(at + 4 + size, extra.length));
      let next = 0;
      const take = (value: number): number => {
        if (value !== 0xffffffff || next + 8 > values.length) return value;
        next += 8;
        return Number(values.readBigUInt64LE(next - 8));
      };
      const uncompressedSize = take(header.uncompressedSize);
      const compressedSize = take(header.compressedSize);
      return {
        uncompressedSize,
        compressedSize,
        localHeaderOffset: take(header.localHeaderOffset),
      };
    }
    at += 4 + size;
  }
  return header;
}

/** Whether the entry is a symbolic link: a Unix mode of type link. */
export function isSymlink(member: ZipMember): boolean {
  return member.unixMode !== undefined && (member.unixMode & S_IFMT) === S_IFLNK;
}

/** A link entry's target: its data, stored or deflated. */
export async function readLinkTarget(file: FileHandle, member: ZipMember): Promise<string> {
  if (member.compressedSize > MAX_LINK_TARGET * 2 || member.uncompressedSize > MAX_LINK_TARGET) {
    throw new InvalidZipError(`the link '${member.name}' has a target longer than a path can be`);
  }
  const header = await readAt(file, member.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
    throw new InvalidZipError(`the entry '${member.name}' has no local header where it should`);
  }
  const dataAt = member.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await readAt(file, dataAt, member.compressedSize);
  if (data.length !== member.compressedSize) {
    throw new InvalidZipError(`the data of '${member.name}' runs past the end of the file`);
  }
  if (member.method === METHOD_STORED) return data.toString('utf8');
  if (member.method === METHOD_DEFLATED) {
    try {
      return inflateRawSync(data, { maxOutputLength: MAX_LINK_TARGET }).toString('utf8');
    } catch {
      throw new InvalidZipError(`the data of the link '${member.name}' cannot be inflated`);
    }
  }
  throw new InvalidZipError(`the link '${member.name}' is compressed with method ${member.method}`);
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
