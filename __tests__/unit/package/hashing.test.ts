import { createHash, randomBytes } from 'node:crypto';
import { open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashOpenFile } from '../../../src/package/hashing.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs();

const sha256 = (bytes: Buffer): Buffer => createHash('sha256').update(bytes).digest();

async function hashFile(file: string) {
  const handle = await open(file, 'r');
  try {
    return await hashOpenFile(handle);
  } finally {
    await handle.close();
  }
}

describe('hashOpenFile', () => {
  it("returns a file's SHA-256 and size", async () => {
    const bytes = randomBytes(2_500_000); // more than one read
    const file = path.join(await tempDir(), 'data.bin');
    await writeFile(file, bytes);
    expect(await hashFile(file)).toEqual({ sha256: sha256(bytes), size: bytes.length });
  });

  it('hashes an empty file', async () => {
    const file = path.join(await tempDir(), 'empty');
    await writeFile(file, '');
    const { sha256: digest, size } = await hashFile(file);
    expect(digest.toString('base64')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(size).toBe(0);
  });
});
