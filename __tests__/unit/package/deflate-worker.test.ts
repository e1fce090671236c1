// The deflate worker is one module, src/package/deflate-worker/index.ts. Every test that
// packages runs it compiled from that source (see __tests__/support/deflate-worker-global-setup.ts);
// this file also runs the bundle the action ships, dist/deflate-worker/index.js, under
// Node 24 as the runner does, and checks it answers as the source does, byte for byte.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { majorOf } from '../../../scripts/lib/node24.mjs';
import type { ChildAnswer, ChildOutput } from '../../support/bundled-deflate-worker-child.js';
import { WorkerDeflater, type DeflatedBatch } from '../../../src/package/deflate-workers.js';
import type { DeflateRequest } from '../../../src/package/deflate-worker/messages.js';
import { FileChangedError, type ExpectedFile } from '../../../src/package/file-changed.js';
import { METHOD_DEFLATED, METHOD_STORED } from '../../../src/package/zip-format.js';
import { node24, REPO_ROOT } from '../helpers/compiled-packager.js';
import { rejectionOf } from '../helpers/errors.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const run = promisify(execFile);
const tempDir = useTempDirs();

const BUNDLED_WORKER = pathToFileURL(path.join(REPO_ROOT, 'dist', 'deflate-worker', 'index.js'));
const CHILD = path.join(REPO_ROOT, '__tests__', 'support', 'bundled-deflate-worker-child.ts');

/** Files of each kind the worker treats differently, as the walk would describe them. */
async function files(): Promise<{ root: string; files: ExpectedFile[]; contents: Buffer[] }> {
  const root = await tempDir();
  const contents: [string, Buffer][] = [
    ['index.js', Buffer.from('exports.handler = async () => "ok";\n'.repeat(40))],
    // Deflate cannot shrink it: stored.
    ['random.bin', randomBytes(100_000)],
    ['empty.txt', Buffer.alloc(0)],
    // Larger than the worker's first read buffer.
    ['large.txt', Buffer.alloc(3 * 1024 * 1024 + 7, 'lambda-deploy ')],
    // Too short for deflate to shrink: stored.
    ['données ✓.txt', Buffer.from('unicode')],
  ];
  const expected: ExpectedFile[] = [];
  for (const [name, content] of contents) {
    const file = path.join(root, name);
    await writeFile(file, content);
    const { size, mtimeMs } = await stat(file);
    expected.push({ path: file, size, mtimeMs });
  }
  return { root, files: expected, contents: contents.map(([, content]) => content) };
}

async function runBundledWorker(requests: readonly DeflateRequest[]): Promise<ChildOutput> {
  const { stdout } = await run(node24(), [CHILD, BUNDLED_WORKER.href, JSON.stringify(requests)]);
  return JSON.parse(stdout) as ChildOutput;
}

interface Described {
  readonly method: number;
  readonly crc32: number;
  readonly uncompressedSize: number;
  readonly sha256: string;
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

function described(batch: DeflatedBatch): Described[] {
  return batch.files.map((file) => ({
    method: file.method,
    crc32: file.crc32,
    uncompressedSize: file.uncompressedSize,
    sha256: sha256(file.data),
  }));
}

/** The child's answer to a batch, described as `described` describes ours. */
function fromChild(answer: ChildAnswer | undefined): Described[] {
  if (answer === undefined || !('results' in answer)) {
    throw new Error(`expected a batch, got ${JSON.stringify(answer)}`);
  }
  const batch = Buffer.from(answer.batch, 'base64');
  return answer.results.map((result) => ({
    method: result.deflated ? METHOD_DEFLATED : METHOD_STORED,
    crc32: result.crc32,
    uncompressedSize: result.size,
    sha256: sha256(batch.subarray(result.offset, result.offset + result.length)),
  }));
}

describe('the deflate worker', () => {
  it('compresses each file as Info-ZIP would: deflated, or stored when deflate cannot shrink it', async () => {
    const tree = await files();
    const deflater = new WorkerDeflater(2);
    try {
      const batch = await deflater.deflate(tree.files, 6);
      expect(batch.files.map((file) => file.method)).toEqual([
        METHOD_DEFLATED,
        METHOD_STORED,
        METHOD_STORED,
        METHOD_DEFLATED,
        METHOD_STORED,
      ]);
      batch.files.forEach((file, index) => {
        const content = tree.contents[index] ?? Buffer.alloc(0);
        const data = file.method === METHOD_DEFLATED ? inflateRawSync(file.data) : file.data;
        expect(data.equals(content)).toBe(true);
        expect(file.crc32).toBe(crc32(content));
        expect(file.uncompressedSize).toBe(content.length);
      });
    } finally {
      await deflater.close();
    }
  });

  it('as bundled in dist/ and run by Node 24, answers as the source does, byte for byte', async () => {
    const tree = await files();
    const [first] = tree.files;
    if (first === undefined) throw new Error('no files');
    const changed = { ...first, mtimeMs: first.mtimeMs - 1000 };
    const missing = { path: path.join(tree.root, 'missing.js'), size: 1, mtimeMs: 0 };
    const requests: DeflateRequest[] = [
      { id: 0, files: tree.files, level: 6 },
      { id: 1, files: [changed], level: 6 },
      { id: 2, files: [missing], level: 6 },
      { id: 3, files: tree.files.slice(0, 2), level: 9 },
    ];

    const child = await runBundledWorker(requests);
    expect(majorOf(child.node)).toBeGreaterThanOrEqual(24);
    const [all, changedAnswer, missingAnswer, level9] = child.answers;

    const deflater = new WorkerDeflater(1);
    try {
      expect(fromChild(all)).toEqual(described(await deflater.deflate(tree.files, 6)));
      expect(fromChild(level9)).toEqual(
        described(await deflater.deflate(tree.files.slice(0, 2), 9)),
      );

      const changedError = await rejectionOf(deflater.deflate([changed], 6));
      expect(changedError).toBeInstanceOf(FileChangedError);
      expect(changedAnswer).toEqual({
        id: 1,
        error: { message: changedError.message, path: first.path, changed: true },
      });

      const missingError: NodeJS.ErrnoException = await rejectionOf(deflater.deflate([missing], 6));
      expect(missingError.code).toBe('ENOENT');
      expect(missingAnswer).toEqual({
        id: 2,
        error: {
          message: missingError.message,
          code: 'ENOENT',
          path: missing.path,
          changed: false,
        },
      });
    } finally {
      await deflater.close();
    }
  }, 30_000);

  it('fails every batch, rather than leaving it waiting, when the worker cannot start', async () => {
    const script = pathToFileURL(path.join(await tempDir(), 'no-such-worker.js'));
    const deflater = new WorkerDeflater(1, script);
    try {
      const tree = await files();
      const error = await rejectionOf(deflater.deflate(tree.files, 6));
      expect(error.message).toContain(`The deflate worker ${script.pathname} failed`);
      // Also after the worker has died.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await rejectionOf(deflater.deflate(tree.files, 6))).message).toBe(error.message);
    } finally {
      await deflater.close();
    }
  });
});
