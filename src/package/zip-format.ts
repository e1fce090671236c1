// The byte layouts of the zip format (PKWARE APPNOTE 6.3) that the writer emits.

export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

/** General purpose flag bits: sizes and CRC follow the data (bit 3); the name is UTF-8 (bit 11). */
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;

/** Made by Unix (3), spec version 2.0: how readers know the external attributes hold a Unix mode. */
const VERSION_MADE_BY = (3 << 8) | 20;
const VERSION_NEEDED = 20;
const VERSION_NEEDED_ZIP64 = 45;

/** 1980-01-01 00:00:00 in MS-DOS date and time fields. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/** The file type bits of a Unix mode, as stored in the high half of the external attributes. */
export const S_IFMT = 0o170000;
export const S_IFREG = 0o100000;
export const S_IFDIR = 0o040000;
export const S_IFLNK = 0o120000;
const FILE_TYPE_BITS = { file: S_IFREG, directory: S_IFDIR, symlink: S_IFLNK } as const;
const MSDOS_DIRECTORY = 0x10;

/** A symbolic link's data is its target; unzip -y / Info-ZIP read it so from a Unix mode. */
export type EntryType = keyof typeof FILE_TYPE_BITS;

export interface EntryRecord {
  readonly name: Buffer;
  readonly type: EntryType;
  /** Permission bits only, e.g. 0o644. */
  readonly mode: number;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** CRC and sizes come after the data, in a data descriptor. */
  readonly streamed: boolean;
  readonly localHeaderOffset: number;
}

function flags(entry: EntryRecord): number {
  return FLAG_UTF8 | (entry.streamed ? FLAG_DATA_DESCRIPTOR : 0);
}

export function localFileHeader(entry: EntryRecord): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(flags(entry), 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  // A streamed entry's CRC and sizes are not known yet: zero here, in the descriptor after the data.
  header.writeUInt32LE(entry.streamed ? 0 : entry.crc32, 14);
  header.writeUInt32LE(entry.streamed ? 0 : entry.compressedSize, 18);
  header.writeUInt32LE(entry.streamed ? 0 : entry.uncompressedSize, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
}

export function dataDescriptor(entry: EntryRecord): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(entry.crc32, 4);
  descriptor.writeUInt32LE(entry.compressedSize, 8);
  descriptor.writeUInt32LE(entry.uncompressedSize, 12);
  return descriptor;
}

export function centralDirectoryHeader(entry: EntryRecord): Buffer {
  const header = Buffer.alloc(46);
  const isDirectory = entry.type === 'directory';
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION_MADE_BY, 4);
  header.writeUInt16LE(VERSION_NEEDED, 6);
  header.writeUInt16LE(flags(entry), 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc32, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.uncompressedSize, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // extra field length, comment length, disk number start, internal attributes: all 0
  header.writeUInt32LE(
    (((FILE_TYPE_BITS[entry.type] | entry.mode) << 16) | (isDirectory ? MSDOS_DIRECTORY : 0)) >>> 0,
    38,
  );
  header.writeUInt32LE(entry.localHeaderOffset, 42);
  return Buffer.concat([header, entry.name]);
}

/**
 * The end records. Sizes and offsets always fit 32 bits (a Lambda package is far smaller
 * than 4 GiB), but more than 65,535 entries need the Zip64 end record and its locator.
 */
export function endOfCentralDirectory(
  entryCount: number,
  directorySize: number,
  directoryOffset: number,
): Buffer {
  const needsZip64 = entryCount > 0xffff;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entryCount, 0xffff), 8);
  end.writeUInt16LE(Math.min(entryCount, 0xffff), 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  if (!needsZip64) return end;

  const zip64End = Buffer.alloc(56);
  zip64End.writeUInt32LE(0x06064b50, 0);
  zip64End.writeBigUInt64LE(44n, 4); // size of the rest of this record
  zip64End.writeUInt16LE(VERSION_MADE_BY, 12);
  zip64End.writeUInt16LE(VERSION_NEEDED_ZIP64, 14);
  zip64End.writeBigUInt64LE(BigInt(entryCount), 24);
  zip64End.writeBigUInt64LE(BigInt(entryCount), 32);
  zip64End.writeBigUInt64LE(BigInt(directorySize), 40);
  zip64End.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16); // total number of disks
  return Buffer.concat([zip64End, locator, end]);
}
