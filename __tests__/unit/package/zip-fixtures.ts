import { execFileSync } from 'node:child_process';

/**
 * `zip` with a Zip64 end-of-central-directory locator put in front of its end record,
 * pointing at `offset`, as a damaged or hostile zip might hold.
 */
export function withZip64Locator(zip: Buffer, offset: bigint): Buffer {
  const end = zip.length - 22;
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(offset, 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([zip.subarray(0, end), locator, zip.subarray(end)]);
}

/** Runs Info-ZIP's zip with `args` in `cwd`. */
export function infoZip(cwd: string, args: readonly string[]): void {
  execFileSync('zip', args, { cwd, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
}

/** A zip without a single entry, as Python's zipfile writes one. */
export function writeEmptyZip(zipPath: string): void {
  execFileSync('python3', [
    '-c',
    'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").close()',
    zipPath,
  ]);
}
