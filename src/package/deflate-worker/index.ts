// The deflate worker: a thread of its own, started by WorkerDeflater (../deflate-workers.ts),
// one per core. It reads batches of files as the walk saw them, deflates each and sends the
// batch back in one buffer. As Info-ZIP does, data that deflate cannot shrink is stored;
// compressed formats and large incompressible files are stored without trying, and the
// level depends on the file's size (compression-choice.ts). Before that, it hashes the files
// for the tree's fingerprint.
//
// It is an entry point of its own: `npm run bundle` bundles it into
// dist/deflate-worker/index.js, next to the action's dist/index.js, and tsc compiles it to
// deflate-worker/index.js next to deflate-workers.js; both are where WorkerDeflater looks.
import { createHash, hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, type MessagePort } from 'node:worker_threads';
import { crc32, deflateRawSync } from 'node:zlib';
import { FileChangedError, sameAsWalked, type ExpectedFile } from '../file-changed.js';
import { levelFor, storeUntried } from '../compression-choice.js';
import type { DeflatedFile, DeflateFailure, FromWorker, ToWorker } from './messages.js';

/** The smallest batch buffer made: most batches then fit in one that is handed back. */
const MIN_BATCH_BUFFER = 256 * 1024;

// One read buffer, reused: memory the garbage collector need not chase.
let input = Buffer.alloc(1024 * 1024);
const probe = Buffer.alloc(1);

/**
 * Exactly the bytes the walk counted, from a file that still has the walk's size and
 * modification time before and after the read, and no byte past that size. Each chunk of
 * up to `chunkBytes` goes to `take` as it is read, in the shared read buffer.
 */
function readAsWalked(
  file: ExpectedFile,
  take: (chunk: Buffer) => void,
  chunkBytes = file.size,
): void {
  const fd = openSync(file.path, 'r');
  try {
    if (!sameAsWalked(fstatSync(fd), file)) throw new FileChangedError(file.path);
    const size = file.size;
    const chunk = Math.max(1, Math.min(size, chunkBytes));
    if (input.length < chunk) input = Buffer.alloc(Math.max(chunk, input.length * 2));
    let read = 0;
    while (read < size) {
      let filled = 0;
      const wanted = Math.min(chunk, size - read);
      for (let n = -1; filled < wanted && n !== 0; filled += n) {
        n = readSync(fd, input, filled, wanted - filled, read + filled);
      }
      if (filled !== wanted) throw new FileChangedError(file.path);
      take(input.subarray(0, filled));
      read += filled;
    }
    if (readSync(fd, probe, 0, 1, size) !== 0) throw new FileChangedError(file.path);
    if (!sameAsWalked(fstatSync(fd), file)) throw new FileChangedError(file.path);
  } finally {
    closeSync(fd);
  }
}

/** The whole file, in the shared read buffer: valid until the next read. */
function readWhole(file: ExpectedFile): Buffer {
  let whole: Buffer = Buffer.alloc(0);
  readAsWalked(file, (chunk) => (whole = chunk));
  return whole;
}

/** Files larger than this are hashed in chunks of it. */
const HASH_CHUNK_BYTES = 1024 * 1024;

/** Each file's SHA-256 (hex), read as the walk saw it. */
function hashBatch(files: readonly ExpectedFile[]): string[] {
  return files.map((file) => {
    // One call, no Hash object, for a file read whole: most are small, and that object's
    // cost would be most of theirs.
    if (file.size <= HASH_CHUNK_BYTES) return hash('sha256', readWhole(file), 'hex');
    const digest = createHash('sha256');
    readAsWalked(file, (chunk) => digest.update(chunk), HASH_CHUNK_BYTES);
    return digest.digest('hex');
  });
}

// Batch buffers the main thread has written out and handed back, to fill again.
const spare: ArrayBuffer[] = [];

function batchBuffer(size: number): ArrayBuffer {
  const index = spare.findIndex((buffer) => buffer.byteLength >= size);
  const [reused] = index === -1 ? [] : spare.splice(index, 1);
  return reused ?? new ArrayBuffer(Math.max(size, MIN_BATCH_BUFFER));
}

/** The files read and compressed, in their order, their bytes in one buffer. */
function deflateBatch(
  files: readonly ExpectedFile[],
  level: number,
): { results: DeflatedFile[]; batch: ArrayBuffer } {
  const parts: Buffer[] = [];
  let offset = 0;
  const results = files.map((file): DeflatedFile => {
    const data = readWhole(file);
    const deflated = storeUntried(file.path, data)
      ? data
      : deflateRawSync(data, { level: levelFor(data.length, level) });
    const keep = deflated !== data && deflated.length < data.length;
    // `data` is the shared read buffer: what is kept must be a copy.
    const part = keep ? deflated : Buffer.from(data);
    parts.push(part);
    const result = {
      crc32: crc32(data),
      deflated: keep,
      offset,
      length: part.length,
      size: data.length,
    };
    offset += part.length;
    return result;
  });
  const batch = new Uint8Array(batchBuffer(offset));
  offset = 0;
  for (const part of parts) {
    batch.set(part, offset);
    offset += part.length;
  }
  return { results, batch: batch.buffer };
}

/** An Error's fields that the main thread rebuilds it from. */
function failure(error: unknown): DeflateFailure {
  if (!(error instanceof Error)) return { message: String(error), changed: false };
  const { code, path } = error as NodeJS.ErrnoException;
  return {
    message: error.message,
    changed: error instanceof FileChangedError,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof path === 'string' ? { path } : {}),
  };
}

/** Answers the main thread's requests on `port` until the thread is terminated. */
function serve(port: MessagePort): void {
  port.on('message', (message: ToWorker) => {
    if ('recycled' in message) {
      spare.push(message.recycled);
      return;
    }
    if ('hash' in message) {
      try {
        port.postMessage({ id: message.id, hashes: hashBatch(message.hash) } satisfies FromWorker);
      } catch (error) {
        port.postMessage({ id: message.id, error: failure(error) } satisfies FromWorker);
      }
      return;
    }
    const { id, files, level } = message;
    try {
      const { results, batch } = deflateBatch(files, level);
      // The whole batch in one buffer, moved to the main thread rather than copied.
      port.postMessage({ id, results, batch } satisfies FromWorker, [batch]);
    } catch (error) {
      port.postMessage({ id, error: failure(error) } satisfies FromWorker);
    }
  });
}

if (parentPort === null) {
  throw new Error('the deflate worker runs as a worker thread, started by WorkerDeflater');
}
serve(parentPort);
