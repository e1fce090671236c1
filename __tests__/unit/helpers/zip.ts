import { execFileSync } from 'node:child_process';
import type { DirectorySource } from '../../../src/inputs.js';
import type { Logger } from '../../../src/logger.js';
import { WorkerDeflater } from '../../../src/package/deflate-workers.js';
import { preparePackage } from '../../../src/package/deployment-package.js';
import { type DeploymentPackage } from '../../../src/package/package-contents.js';
import { writeDeterministicZip, type WrittenZip } from '../../../src/package/deterministic-zip.js';
import type { SourceEntry } from '../../../src/package/source-tree.js';
import { RecordingLogger } from './recording-logger.js';
import { directorySource } from './source.js';

/** One entry of a zip, as Python's zipfile module (an independent reader) sees it. */
export interface ZipEntry {
  readonly name: string;
  /** Permission bits of the Unix mode in the external attributes: (attr >> 16) & 0o777. */
  readonly mode: number;
  /** File type bits of the same Unix mode: 0o100000 file, 0o040000 directory, 0o120000 link. */
  readonly fileType: number;
  /** [year, month, day, hour, minute, second] of the DOS timestamp. */
  readonly dateTime: number[];
  /** The general purpose flags of the central directory; 0x800 says the name is UTF-8. */
  readonly flagBits: number;
  /** The same flags in the local file header; 0x8 says a data descriptor follows the data. */
  readonly localFlagBits: number;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly isDirectory: boolean;
  /** Hex SHA-256 of the entry's content as the reader extracted it. */
  readonly sha256: string;
  readonly content: Buffer;
}

const READ_ZIP = `
import base64, hashlib, json, struct, sys, zipfile
with open(sys.argv[1], 'rb') as raw, zipfile.ZipFile(sys.argv[1]) as archive:
    def local_flags(info):
        raw.seek(info.header_offset + 6)
        return struct.unpack('<H', raw.read(2))[0]
    def entry(info):
        data = archive.read(info)
        return {
            'name': info.filename,
            'mode': (info.external_attr >> 16) & 0o777,
            'fileType': (info.external_attr >> 16) & 0o170000,
            'dateTime': list(info.date_time),
            'flagBits': info.flag_bits,
            'localFlagBits': local_flags(info),
            'method': info.compress_type,
            'compressedSize': info.compress_size,
            'size': info.file_size,
            'isDirectory': info.is_dir(),
            'sha256': hashlib.sha256(data).hexdigest(),
            'content': base64.b64encode(data).decode('ascii'),
        }
    print(json.dumps([entry(info) for info in archive.infolist()]))
`;

/** Room for the base64 content of a zip of a few tens of MiB. */
const MAX_OUTPUT = 512 * 1024 * 1024;

/** The entries of the zip at `zipPath`, in the order of its central directory. */
export function readZip(zipPath: string): ZipEntry[] {
  const output = execFileSync('python3', ['-c', READ_ZIP, zipPath], {
    encoding: 'utf8',
    maxBuffer: MAX_OUTPUT,
  });
  const raw = JSON.parse(output) as (Omit<ZipEntry, 'content'> & { content: string })[];
  return raw.map((entry) => ({ ...entry, content: Buffer.from(entry.content, 'base64') }));
}

/** The entry called `name`; fails the test when there is none. */
export function entryNamed(entries: readonly ZipEntry[], name: string): ZipEntry {
  const found = entries.find((candidate) => candidate.name === name);
  if (found === undefined) {
    throw new Error(`no entry '${name}' in [${entries.map((e) => e.name).join(', ')}]`);
  }
  return found;
}

/** Runs `unzip -tq`, which checks every entry's CRC; throws with unzip's output when it fails. */
export function expectUnzipTestPasses(zipPath: string): void {
  execFileSync('unzip', ['-tq', zipPath], { encoding: 'utf8' });
}

/** Extracts the zip with Info-ZIP's `unzip` into `directory`, names read as UTF-8. */
export function extractWithUnzip(zipPath: string, directory: string): void {
  execFileSync('unzip', ['-q', zipPath, '-d', directory], {
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  });
}

/** Packages `source` into `outputDirectory` and checks the zip with `unzip -t`. */
export async function buildZip(
  source: string | DirectorySource,
  outputDirectory: string,
  baseName = 'function',
  log: Logger = new RecordingLogger(),
): Promise<DeploymentPackage> {
  const pkg = await preparePackage(typeof source === 'string' ? directorySource(source) : source, {
    baseName,
    outputDirectory,
    log,
  });
  expectUnzipTestPasses(pkg.path);
  return pkg;
}

/** writeDeterministicZip with worker threads of its own, stopped afterwards. */
export async function writeZip(
  entries: readonly SourceEntry[],
  outputPath: string,
): Promise<WrittenZip> {
  const deflater = new WorkerDeflater();
  try {
    return await writeDeterministicZip(entries, outputPath, deflater);
  } finally {
    await deflater.close();
  }
}
