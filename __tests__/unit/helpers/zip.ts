import { execFileSync } from 'node:child_process';
import { preparePackage, type DeploymentPackage } from '../../../src/package/deployment-package.js';

/** One entry of a zip, as Python's zipfile module (an independent reader) sees it. */
export interface ZipEntry {
  readonly name: string;
  /** Permission bits of the Unix mode in the external attributes: (attr >> 16) & 0o777. */
  readonly mode: number;
  /** File type bits of the same Unix mode: 0o100000 file, 0o040000 directory, 0o120000 link. */
  readonly fileType: number;
  /** [year, month, day, hour, minute, second] of the DOS timestamp. */
  readonly dateTime: number[];
  /** The general purpose flags; 0x800 says the name is UTF-8. */
  readonly flagBits: number;
  readonly isDirectory: boolean;
  readonly content: Buffer;
}

const READ_ZIP = `
import base64, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    print(json.dumps([{
        'name': info.filename,
        'mode': (info.external_attr >> 16) & 0o777,
        'fileType': (info.external_attr >> 16) & 0o170000,
        'dateTime': list(info.date_time),
        'flagBits': info.flag_bits,
        'isDirectory': info.is_dir(),
        'content': base64.b64encode(archive.read(info)).decode('ascii'),
    } for info in archive.infolist()]))
`;

/** The entries of the zip at `zipPath`, in the order of its central directory. */
export function readZip(zipPath: string): ZipEntry[] {
  const output = execFileSync('python3', ['-c', READ_ZIP, zipPath], { encoding: 'utf8' });
  const raw = JSON.parse(output) as (Omit<ZipEntry, 'content'> & { content: string })[];
  return raw.map((entry) => ({ ...entry, content: Buffer.from(entry.content, 'base64') }));
}

/** Runs `unzip -t`, which checks every entry's CRC; throws with unzip's output when it fails. */
export function expectUnzipTestPasses(zipPath: string): void {
  execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' });
}

/** Packages `source` into `outputDirectory` and checks the zip with `unzip -t`. */
export async function buildZip(
  source: string,
  outputDirectory: string,
  baseName = 'function',
): Promise<DeploymentPackage> {
  const pkg = await preparePackage(
    { kind: 'directory', path: source },
    { baseName, outputDirectory },
  );
  expectUnzipTestPasses(pkg.path);
  return pkg;
}
