import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { HashingStream, hashFile } from '../../../src/package/hashing.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs();

const sha256 = (bytes: Buffer): Buffer => createHash('sha256').update(bytes).digest();

describe('HashingStream', () => {
  it('passes the bytes through unchanged and hashes and counts all of them', async () => {
    const chunks = [randomBytes(10), randomBytes(65_536), Buffer.alloc(0), randomBytes(3)];
    const received: Buffer[] = [];
    const hashing = new HashingStream();
    await pipeline(
      Readable.from(chunks),
      hashing,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          received.push(chunk);
          done();
        },
      }),
    );
    const all = Buffer.concat(chunks);
    expect(Buffer.concat(received)).toEqual(all);
    expect(hashing.digest()).toEqual({ sha256: sha256(all), size: all.length });
  });
});

describe('hashFile', () => {
  it("returns a file's SHA-256 and size", async () => {
    const bytes = randomBytes(200_000);
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
