// The deflate worker: a thread of its own, started by WorkerDeflater (../deflate-workers.ts),
// one per core. It reads batches of files as the walk saw them, deflates each and sends the
// batch back in one buffer. As Info-ZIP does, data that deflate cannot shrink is stored;
// compressed formats and large incompressible files are stored without trying, and the
// level depends on the file's size (compression-choice.ts).
//
// It is an entry point of its own: `npm run bundle` bundles it into
// dist/deflate-worker/index.js, next to the action's dist/index.js, and tsc compiles it to
// deflate-worker/index.js next to deflate-workers.js; both are where WorkerDeflater looks.
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
 * modification time before and after the read, and no byte past that size.
 */
function readAsWalked(file: ExpectedFile): Buffer {
  const fd = openSync(file.path, 'r');
  try {
    if (!sameAsWalked(fstatSync(fd), file)) throw new FileChangedError(file.path);
    const size = file.size;
    if (input.length < size) input = Buffer.alloc(Math.max(size, input.length * 2));
    let read = 0;
    for (let n = -1; read < size && n !== 0; read += n) {
      n = readSync(fd, input, read, size - read, read);
    }
    if (read !== size || readSync(fd, probe, 0, 1, size) !== 0) {
      throw new FileChangedError(file.path);
    }
    if (!sameAsWalked(fstatSync(fd), file)) throw new FileChangedError(file.path);
    return input.subarray(0, size);
  } finally {
    closeSync(fd);
  }
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
    const data = readAsWalked(file);
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
