// What WorkerDeflater (../deflate-workers.ts) and the deflate worker (./index.ts) send each
// other: the one definition both sides are checked against.
import type { ExpectedFile } from '../file-changed.js';

/** Read these files as the walk saw them and deflate each at `level`. */
export interface DeflateRequest {
  readonly id: number;
  readonly files: readonly ExpectedFile[];
  readonly level: number;
}

/** Read these files as the walk saw them and hash each (SHA-256, hex): the tree's fingerprint. */
export interface HashRequest {
  readonly id: number;
  readonly hash: readonly ExpectedFile[];
}

/** A batch's buffer the main thread has written out, handed back to be filled again. */
export interface RecycledBuffer {
  readonly recycled: ArrayBuffer;
}

export type ToWorker = DeflateRequest | HashRequest | RecycledBuffer;

/** One file of a batch, compressed. */
export interface DeflatedFile {
  readonly crc32: number;
  /** Whether the data is deflated; otherwise it is stored as it is. */
  readonly deflated: boolean;
  /** Where the file's bytes are in the batch's buffer. */
  readonly offset: number;
  readonly length: number;
  /** The file's size, uncompressed. */
  readonly size: number;
}

/** Why a batch failed: an Error's fields, which survive the trip between threads. */
export interface DeflateFailure {
  readonly message: string;
  readonly code?: string;
  readonly path?: string;
  /** A FileChangedError: the file is not what the walk saw. */
  readonly changed: boolean;
}

/** The answer to a DeflateRequest or HashRequest of the same id. */
export type FromWorker =
  | {
      readonly id: number;
      /** Each file's SHA-256 (hex), in the request's order. */
      readonly hashes: readonly string[];
      readonly error?: undefined;
    }
  | {
      readonly id: number;
      readonly results: readonly DeflatedFile[];
      /** Every file's bytes, one after another, moved to the main thread rather than copied. */
      readonly batch: ArrayBuffer;
      readonly error?: undefined;
    }
  | { readonly id: number; readonly error: DeflateFailure };
