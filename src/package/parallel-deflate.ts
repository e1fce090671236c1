import { crc32 } from 'node:zlib';
import type { DeflatedBatch, WorkerDeflater } from './deflate-workers.js';
import type { ExpectedFile } from './file-changed.js';
import type { SourceEntry } from './source-tree.js';
import type { CompressedData } from './zip-file-writer.js';
import { METHOD_STORED } from './zip-format.js';

export interface DeflateLimits {
  readonly level: number;
  /** Files larger than this are not read whole: the writer deflates them as a stream. */
  readonly streamAbove: number;
  /** A batch for one worker: consecutive files up to this many bytes... */
  readonly batchBytes: number;
  /** ...or this many files. */
  readonly batchFiles: number;
  /** Bytes read but not yet written, at most, so memory stays bounded however large the tree. */
  readonly maxBytesInFlight: number;
}

/** An entry ready to write; without `compressed`, the writer streams it from its file. */
export interface PreparedEntry {
  readonly entry: SourceEntry;
  readonly compressed: CompressedData | undefined;
}

const EMPTY: CompressedData = {
  method: METHOD_STORED,
  crc32: 0,
  data: Buffer.alloc(0),
  uncompressedSize: 0,
};

export interface Batch {
  readonly entries: readonly SourceEntry[];
  readonly bytes: number;
}

/**
 * Reads and deflates the entries on worker threads, batches of consecutive files at a
 * time, and yields them in their original order.
 */
export async function* deflateInOrder(
  entries: readonly SourceEntry[],
  deflater: WorkerDeflater,
  limits: DeflateLimits,
): AsyncGenerator<PreparedEntry> {
  const batches = intoBatches(entries, limits);
  const inFlight: { batch: Batch; result: Promise<DeflatedBatch> }[] = [];
  let bytesInFlight = 0;
  let next = 0;
  while (next < batches.length || inFlight.length > 0) {
    for (let batch = batches[next]; batch !== undefined; batch = batches[next]) {
      if (inFlight.length > 0 && bytesInFlight + batch.bytes > limits.maxBytesInFlight) break;
      const files = compressible(batch, limits).map(expectedFile);
      const result = deflater.deflate(files, limits.level);
      // Awaited in order below; until then a failure must not count as unhandled.
      result.catch(() => undefined);
      inFlight.push({ batch, result });
      bytesInFlight += batch.bytes;
      next++;
    }
    const oldest = inFlight.shift();
    if (oldest === undefined) break;
    const deflated = await oldest.result;
    bytesInFlight -= oldest.batch.bytes;
    // The consumer has written each entry before it asks for the next one.
    yield* inEntryOrder(oldest.batch, deflated.files, limits);
    deflater.recycle(deflated);
  }
}

function* inEntryOrder(
  batch: Batch,
  compressed: readonly CompressedData[],
  limits: DeflateLimits,
): Generator<PreparedEntry> {
  let index = 0;
  for (const entry of batch.entries) {
    if (entry.linkTarget !== undefined) yield { entry, compressed: stored(entry.linkTarget) };
    else if (entry.stats.isDirectory()) yield { entry, compressed: EMPTY };
    else if (streams(entry, limits)) yield { entry, compressed: undefined };
    else yield { entry, compressed: compressed[index++] };
  }
}

/** A link's data is its target, stored, as `zip -y` writes it. */
function stored(text: string): CompressedData {
  const data = Buffer.from(text, 'utf8');
  return { method: METHOD_STORED, crc32: crc32(data), data, uncompressedSize: data.length };
}

/** What the file must still be when it is read: as the walk saw it. */
export function expectedFile(entry: SourceEntry): ExpectedFile {
  return { path: entry.absolutePath, size: entry.stats.size, mtimeMs: entry.stats.mtimeMs };
}

function compressible(batch: Batch, limits: DeflateLimits): SourceEntry[] {
  return batch.entries.filter((entry) => entry.stats.isFile() && !streams(entry, limits));
}

function streams(entry: SourceEntry, limits: DeflateLimits): boolean {
  return entry.stats.isFile() && entry.stats.size > limits.streamAbove;
}

/** The batches of `entries` the threads take in turn, the same for the same entries. */
export function intoBatches(entries: readonly SourceEntry[], limits: DeflateLimits): Batch[] {
  const batches: Batch[] = [];
  let current: SourceEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = entry.stats.isFile() && !streams(entry, limits) ? entry.stats.size : 0;
    if (
      current.length >= limits.batchFiles ||
      (current.length > 0 && bytes + size > limits.batchBytes)
    ) {
      batches.push({ entries: current, bytes });
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) batches.push({ entries: current, bytes });
  return batches;
}
