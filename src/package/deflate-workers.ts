import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { FileChangedError, type ExpectedFile } from './file-changed.js';
import type { CompressedData } from './zip-file-writer.js';
import { METHOD_DEFLATED, METHOD_STORED } from './zip-format.js';

interface WorkerResult {
  readonly crc32: number;
  readonly deflated: boolean;
  /** Where the entry's bytes are in the batch's buffer. */
  readonly offset: number;
  readonly length: number;
  readonly size: number;
}

// The worker runs from source text rather than a file of its own, so that the action's
// single bundled file and the tests running the TypeScript start it the same way.
// As Info-ZIP does, data that deflate cannot shrink is stored as it is.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { closeSync, fstatSync, openSync, readSync } = require('node:fs');
const { crc32, deflateRawSync } = require('node:zlib');

// One read buffer, reused: memory the garbage collector need not chase.
let input = Buffer.alloc(1024 * 1024);
const probe = Buffer.alloc(1);

class Changed extends Error {
  constructor(path) {
    super(\`'\${path}' changed while it was being packaged\`);
    this.path = path;
  }
}

// Exactly the bytes the walk counted, from a file that still has the walk's size and
// modification time before and after the read, and no byte past that size.
function readAsWalked(file) {
  const fd = openSync(file.path, 'r');
  try {
    const unchanged = () => {
      const stats = fstatSync(fd);
      return stats.size === file.size && stats.mtimeMs === file.mtimeMs;
    };
    if (!unchanged()) throw new Changed(file.path);
    const size = file.size;
    if (input.length < size) input = Buffer.alloc(Math.max(size, input.length * 2));
    let read = 0;
    for (let n = -1; read < size && n !== 0; read += n) n = readSync(fd, input, read, size - read, read);
    if (read !== size || readSync(fd, probe, 0, 1, size) !== 0 || !unchanged()) throw new Changed(file.path);
    return input.subarray(0, size);
  } finally {
    closeSync(fd);
  }
}

// Batch buffers the main thread has written out and handed back, to fill again.
const spare = [];
function batchBuffer(size) {
  const index = spare.findIndex((buffer) => buffer.byteLength >= size);
  return index === -1 ? new ArrayBuffer(Math.max(size, 256 * 1024)) : spare.splice(index, 1)[0];
}

parentPort.on('message', ({ id, files, level, recycled }) => {
  if (recycled) {
    spare.push(recycled);
    return;
  }
  try {
    const parts = [];
    let offset = 0;
    const results = files.map((file) => {
      const data = readAsWalked(file);
      const deflated = deflateRawSync(data, { level });
      const keep = deflated.length < data.length;
      parts.push(keep ? deflated : Buffer.from(data));
      const result = { crc32: crc32(data), deflated: keep, offset, length: parts.at(-1).length, size: data.length };
      offset += result.length;
      return result;
    });
    // The whole batch in one buffer, moved to the main thread rather than copied.
    const batch = new Uint8Array(batchBuffer(offset));
    offset = 0;
    for (const part of parts) {
      batch.set(part, offset);
      offset += part.length;
    }
    parentPort.postMessage({ id, results, batch: batch.buffer }, [batch.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: { message: error.message, code: error.code, path: error.path, changed: error instanceof Changed } });
  }
});
`;

function toCompressed(result: WorkerResult, batch: ArrayBuffer): CompressedData {
  return {
    method: result.deflated ? METHOD_DEFLATED : METHOD_STORED,
    crc32: result.crc32,
    data: Buffer.from(batch, result.offset, result.length),
    uncompressedSize: result.size,
  };
}

/** A batch's files, compressed, in the order of its paths; their data share one buffer. */
export interface DeflatedBatch {
  readonly files: readonly CompressedData[];
  readonly buffer: ArrayBuffer;
  readonly worker: number;
}

interface Job {
  readonly resolve: (batch: DeflatedBatch) => void;
  readonly reject: (error: Error) => void;
}

/**
 * One worker thread per core, each given whole batches of files in turn to read and
 * deflate; each batch's results come back in the order of its paths.
 */
export class WorkerDeflater {
  private readonly workers: Worker[];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;

  /** The threads start at once and boot while the caller goes on (walking the tree, say). */
  constructor(threads = Math.max(1, Math.min(os.availableParallelism(), 8))) {
    this.workers = Array.from({ length: threads }, (_, index) => this.startWorker(index));
  }

  /** Reads each file as the walk saw it, or fails with a FileChangedError. */
  deflate(files: readonly ExpectedFile[], level: number): Promise<DeflatedBatch> {
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length];
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      worker?.postMessage({ id, files, level });
    });
  }

  /**
   * Hands a batch's buffer back to its worker once its data is written, to be filled
   * again: otherwise it would wait for the main thread's garbage collector, which runs
   * seldom here, and memory would grow with the tree.
   */
  recycle(batch: DeflatedBatch): void {
    this.workers[batch.worker]?.postMessage({ recycled: batch.buffer }, [batch.buffer]);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private startWorker(index: number): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      // Not the parent's flags: --input-type=module, say, would break this CommonJS source.
      execArgv: [],
      // Read and deflated buffers are freed only when the young generation is collected;
      // kept small, it is collected often (peak memory on 150 MB of files: 340 MB -> 270 MB).
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    worker.on('message', (message: WorkerMessage) => {
      const job = this.jobs.get(message.id);
      this.jobs.delete(message.id);
      if (message.error !== undefined) {
        const { changed, ...failure } = message.error;
        job?.reject(
          changed && failure.path !== undefined
            ? new FileChangedError(failure.path)
            : Object.assign(new Error(failure.message), failure),
        );
      } else {
        const files = message.results.map((result) => toCompressed(result, message.batch));
        job?.resolve({ files, buffer: message.batch, worker: index });
      }
    });
    worker.on('error', (error) => {
      for (const job of this.jobs.values()) job.reject(error);
      this.jobs.clear();
    });
    return worker;
  }
}

type WorkerMessage =
  | { id: number; results: WorkerResult[]; batch: ArrayBuffer; error?: undefined }
  | { id: number; error: { message: string; code?: string; path?: string; changed: boolean } };
