import type { FileHandle } from 'node:fs/promises';

export interface ZipMember {
  readonly name: string;
  readonly uncompressedSize: number;
}

const END_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT = 0xffff;

/**
 * The files a zip holds, read from its central directory (the names and sizes only, no
 * data), or undefined when the file has no readable central directory.
 */
export async function readZipMembers(
  file: FileHandle,
  fileSize: number,
): Promise<ZipMember[] | undefined> {
  const tailSize = Math.min(fileSize, 22 + MAX_COMMENT);
  const tail = await readAt(file, fileSize - tailSize, tailSize);
  let end = -1;
  for (let at = tail.length - 22; at >= 0 && end === -1; at--) {
    if (tail.readUInt32LE(at) === END_SIGNATURE) end = at;
  }
  if (end === -1) return undefined;
  let count = tail.readUInt16LE(end + 10);
  let directorySize = tail.readUInt32LE(end + 12);
  let directoryOffset = tail.readUInt32LE(end + 16);
  const locatorAt = fileSize - tailSize + end - 20;
  if (locatorAt >= 0) {
    const locator = await readAt(file, locatorAt, 20);
    if (locator.readUInt32LE(0) === ZIP64_LOCATOR_SIGNATURE) {
      const zip64End = await readAt(file, Number(locator.readBigUInt64LE(8)), 56);
      count = Number(zip64End.readBigUInt64LE(32));
      directorySize = Number(zip64End.readBigUInt64LE(40));
      directoryOffset = Number(zip64End.readBigUInt64LE(48));
    }
  }
  if (directoryOffset + directorySize > fileSize) return undefined;
  return parseDirectory(await readAt(file, directoryOffset, directorySize), count);
}

function parseDirectory(directory: Buffer, count: number): ZipMember[] | undefined {
  const members: ZipMember[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE) {
      return undefined;
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    let uncompressedSize = directory.readUInt32LE(at + 24);
    if (uncompressedSize === 0xffffffff) {
      const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      uncompressedSize = zip64UncompressedSize(extra) ?? uncompressedSize;
    }
    members.push({ name, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

/** In the Zip64 extra field, the uncompressed size comes first when the header's is 0xFFFFFFFF. */
function zip64UncompressedSize(extra: Buffer): number | undefined {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA_ID && size >= 8) return Number(extra.readBigUInt64LE(at + 4));
    at += 4 + size;
  }
  return undefined;
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
