import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  DeflatedFile,
  DeflateRequest,
  FromWorker,
  HashRequest,
  RecycledBuffer,
} from './deflate-worker/messages.js';
import { FileChangedError, type ExpectedFile } from './file-changed.js';
import type { CompressedData } from './zip-file-writer.js';
import { METHOD_DEFLATED, METHOD_STORED } from './zip-format.js';

/**
 * The worker's module (./deflate-worker/index.ts), compiled, at the same path from this
 * module's code wherever that runs: tsc writes it next to deflate-workers.js, and
 * `npm run bundle` writes dist/deflate-worker/index.js next to dist/index.js, which holds
 * this module. A variable, not a literal in `new URL(...)`, so that ncc leaves it to be
 * resolved at run time rather than copying the TypeScript source as an asset.
 */
const COMPILED_WORKER = './deflate-worker/index.js';

/**
 * The committed bundle of the worker, as seen from this module's TypeScript source: where a
 * run of the sources (GitHub's local-action, tsx) finds a worker, since a worker thread
 * started from a `.ts` file has no compiled module next to it.
 */
const BUNDLED_WORKER = '../../dist/deflate-worker/index.js';

/**
 * The worker to start when nothing else is set: the compiled one next to `moduleUrl`, or,
 * when `moduleUrl` is a TypeScript source with none beside it, dist/'s bundle of it.
 */
export function defaultWorkerScript(
  moduleUrl: string = import.meta.url,
  exists: (file: URL) => boolean = existsSync,
): URL {
  const compiled = new URL(COMPILED_WORKER, moduleUrl);
  if (!/\.[cm]?ts$/.test(new URL(moduleUrl).pathname) || exists(compiled)) return compiled;
  const bundled = new URL(BUNDLED_WORKER, moduleUrl);
  return exists(bundled) ? bundled : compiled;
}

let workerScript = defaultWorkerScript();

/**
 * Starts the workers from `script` from now on. For tests that run the TypeScript sources,
 * where no compiled worker lies next to this module and a worker thread cannot load
 * TypeScript: they compile the same worker module elsewhere and point here.
 */
export function useDeflateWorkerScript(script: URL): void {
  workerScript = script;
}

function toCompressed(result: DeflatedFile, batch: ArrayBuffer): CompressedData {
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

/** A worker's answer that is not a failure. */
type Answer = Exclude<FromWorker, { readonly error: object }>;

interface Job {
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: Error) => void;
}

/**
 * One worker thread per core, each given whole batches of files in turn to read and
 * deflate (or hash); each batch's results come back in the order of its paths.
 */
export class WorkerDeflater {
  private readonly workers: Worker[];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;
  /** Set when a worker failed (it could not start, say): every later batch fails with it. */
  private failed: Error | undefined;

  /** The threads start at once and boot while the caller goes on (walking the tree, say). */
  constructor(
    threads = Math.max(1, Math.min(os.availableParallelism(), 8)),
    private readonly script: URL = workerScript,
  ) {
    this.workers = Array.from({ length: threads }, () => this.startWorker());
  }

  /** Reads each file as the walk saw it, or fails with a FileChangedError. */
  async deflate(files: readonly ExpectedFile[], level: number): Promise<DeflatedBatch> {
    const index = this.nextId % this.workers.length;
    const answer = await this.ask(index, (id) => ({ id, files, level }) satisfies DeflateRequest);
    if (!('results' in answer))
      throw new Error('the deflate worker answered a deflate with hashes');
    const compressed = answer.results.map((result) => toCompressed(result, answer.batch));
    return { files: compressed, buffer: answer.batch, worker: index };
  }

  /** Each file's SHA-256 (hex), read as the walk saw it, or a FileChangedError. */
  async hash(files: readonly ExpectedFile[]): Promise<readonly string[]> {
    const index = this.nextId % this.workers.length;
    const answer = await this.ask(index, (id) => ({ id, hash: files }) satisfies HashRequest);
    if (!('hashes' in answer)) throw new Error('the deflate worker answered a hash with a batch');
    return answer.hashes;
  }

  private ask(
    index: number,
    request: (id: number) => DeflateRequest | HashRequest,
  ): Promise<Answer> {
    if (this.failed !== undefined) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      this.workers[index]?.postMessage(request(id));
    });
  }

  /**
   * Hands a batch's buffer back to its worker once its data is written, to be filled
   * again: otherwise it would wait for the main thread's garbage collector, which runs
   * seldom here, and memory would grow with the tree.
   */
  recycle(batch: DeflatedBatch): void {
    const message: RecycledBuffer = { recycled: batch.buffer };
    this.workers[batch.worker]?.postMessage(message, [batch.buffer]);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private startWorker(): Worker {
    const worker = new Worker(this.script, {
      // Not the parent's flags (a loader, --input-type, an inspector port): the worker is
      // plain compiled JavaScript and needs none.
      execArgv: [],
      // Read and deflated buffers are freed only when the young generation is collected;
      // kept small, it is collected often (peak memory on 150 MB of files: 340 MB -> 270 MB).
      // The old generation, left to grow, took 40 MB more per thread on 150 MB of files
      // before a full collection: what a thread keeps is off its heap (file data, batch
      // buffers), so a small heap costs only more frequent collections.
      resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 },
    });
    worker.on('message', (message: FromWorker) => {
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
        job?.resolve(message);
      }
    });
    worker.on('error', (error) => {
      this.failed ??= new Error(
        `The deflate worker ${fileURLToPath(this.script)} failed: ${error.message}`,
        { cause: error },
      );
      for (const job of this.jobs.values()) job.reject(this.failed);
      this.jobs.clear();
    });
    return worker;
  }
}
