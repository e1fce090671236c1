import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { levelFor, storeUntried } from '../../../src/package/compression-choice.js';

// Deflate is not tried on what it cannot shrink: compressed formats by name, and large files
// whose samples level 1 cannot shrink. Everything else is deflated as before.

const text = (bytes: number) =>
  Buffer.from(
    'exports.handler = async () => ({ statusCode: 200 });\n'.repeat(bytes / 50 + 1),
  ).subarray(0, bytes);

describe('storeUntried', () => {
  it('stores compressed formats by their extension, in any case, without looking', () => {
    for (const name of ['a.png', 'b.JPG', 'c.woff2', 'vendor/d.tar.gz', 'e.zip', 'f.br']) {
      expect(storeUntried(name, text(100)), name).toBe(true);
    }
  });

  it('stores a large file of random bytes, whatever its name', () => {
    expect(storeUntried('lib/addon.node', randomBytes(1024 * 1024))).toBe(true);
  });

  it('deflates text, small files of random bytes, and large files compressible anywhere', () => {
    expect(storeUntried('index.js', text(2 * 1024 * 1024))).toBe(false);
    expect(storeUntried('small.bin', randomBytes(200 * 1024))).toBe(false);
    // Random at the start and end, text in the middle: one sample shrinks, so it is tried.
    const mixed = Buffer.concat([
      randomBytes(400 * 1024),
      text(400 * 1024),
      randomBytes(400 * 1024),
    ]);
    expect(storeUntried('mixed.bin', mixed)).toBe(false);
  });
});

describe('levelFor', () => {
  it('deflates files from 32 KiB one level lower, never below 1', () => {
    expect(levelFor(32 * 1024 - 1, 5)).toBe(5);
    expect(levelFor(32 * 1024, 5)).toBe(4);
    expect(levelFor(10_000_000, 5)).toBe(4);
    expect(levelFor(1_000_000, 1)).toBe(1);
  });
});
