import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/package/file-changed.ts
/**
 * The file's size or modification time differs from the walk's, or it holds more or fewer
 * bytes than the walk counted: what was counted (against Lambda's limit, in the summary)
 * would not be what the zip holds.
 */
class FileChangedError extends Error {
    path;
    name = 'FileChangedError';
    constructor(path) {
        super(`'${path}' changed while it was being packaged (its size or modification time is not ` +
            'what it was when the directory was listed); package a directory that no other ' +
            'process is writing to');
        this.path = path;
    }
}
/** Whether `stats`, read from the open file, still match what the walk saw. */
function sameAsWalked(stats, expected) {
    return stats.size === expected.size && stats.mtimeMs === expected.mtimeMs;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/package/compression-choice.ts


/** Formats that are compressed already: deflate cannot shrink them, so it is not tried. */
const COMPRESSED_FORMATS = new Set([
    '.7z',
    '.avif',
    '.br',
    '.bz2',
    '.gif',
    '.gz',
    '.jar',
    '.jpeg',
    '.jpg',
    '.m4a',
    '.mp3',
    '.mp4',
    '.ogg',
    '.png',
    '.tgz',
    '.webm',
    '.webp',
    '.woff',
    '.woff2',
    '.xz',
    '.zip',
    '.zst',
]);
/** Files this large are probed before deflate spends its time on them. */
const PROBE_FROM_BYTES = 256 * 1024;
const SAMPLE_BYTES = 32 * 1024;
/** A sample that level 1 shrinks by less than this is taken for incompressible data. */
const INCOMPRESSIBLE_RATIO = 0.98;
/**
 * True when the file is to be stored without trying deflate: a compressed format by its
 * name, or a large file whose start, middle and end level-1 deflate cannot shrink. Either
 * way deflate would have kept it as it is (or all but), so the zip's size barely changes
 * and the time of a full deflate is saved.
 */
function storeUntried(path, data) {
    if (COMPRESSED_FORMATS.has((0,external_node_path_namespaceObject.extname)(path).toLowerCase()))
        return true;
    if (data.length < PROBE_FROM_BYTES)
        return false;
    const middle = Math.floor((data.length - SAMPLE_BYTES) / 2);
    return [0, middle, data.length - SAMPLE_BYTES].every((start) => {
        const sample = data.subarray(start, start + SAMPLE_BYTES);
        return (0,external_node_zlib_namespaceObject.deflateRawSync)(sample, { level: 1 }).length >= sample.length * INCOMPRESSIBLE_RATIO;
    });
}
/** Files this large are deflated one level lower than the rest. */
const LOWER_LEVEL_FROM_BYTES = 32 * 1024;
/** Every constant that decides how a file is compressed: part of a tree's fingerprint. */
const COMPRESSION_SETTINGS = {
    storedFormats: [...COMPRESSED_FORMATS].sort(),
    probeFromBytes: PROBE_FROM_BYTES,
    sampleBytes: SAMPLE_BYTES,
    incompressibleRatio: INCOMPRESSIBLE_RATIO,
    lowerLevelFromBytes: LOWER_LEVEL_FROM_BYTES,
};
/**
 * The deflate level for a file of `size` bytes, `level` being the one for smaller files.
 * Measured on the 44 MB node_modules-like tree of npm run bench:deploy: one level lower
 * (4 for 5) from 32 KiB up deflates the tree in 90 % of the time, the zip 1.2 % larger
 * than Info-ZIP's -6 (from 16 KiB: 84 %, 1.8 % larger). On small files a lower level
 * saves little: starting deflate costs as much as its search.
 */
function levelFor(size, level) {
    return size >= LOWER_LEVEL_FROM_BYTES ? Math.max(1, level - 1) : level;
}

;// CONCATENATED MODULE: ./src/package/deflate-worker/index.ts
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
function readAsWalked(file, take, chunkBytes = file.size) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(file.path, 'r');
    try {
        if (!sameAsWalked((0,external_node_fs_namespaceObject.fstatSync)(fd), file))
            throw new FileChangedError(file.path);
        const size = file.size;
        const chunk = Math.max(1, Math.min(size, chunkBytes));
        if (input.length < chunk)
            input = Buffer.alloc(Math.max(chunk, input.length * 2));
        let read = 0;
        while (read < size) {
            let filled = 0;
            const wanted = Math.min(chunk, size - read);
            for (let n = -1; filled < wanted && n !== 0; filled += n) {
                n = (0,external_node_fs_namespaceObject.readSync)(fd, input, filled, wanted - filled, read + filled);
            }
            if (filled !== wanted)
                throw new FileChangedError(file.path);
            take(input.subarray(0, filled));
            read += filled;
        }
        if ((0,external_node_fs_namespaceObject.readSync)(fd, probe, 0, 1, size) !== 0)
            throw new FileChangedError(file.path);
        if (!sameAsWalked((0,external_node_fs_namespaceObject.fstatSync)(fd), file))
            throw new FileChangedError(file.path);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** The whole file, in the shared read buffer: valid until the next read. */
function readWhole(file) {
    let whole = Buffer.alloc(0);
    readAsWalked(file, (chunk) => (whole = chunk));
    return whole;
}
/** Files larger than this are hashed in chunks of it. */
const HASH_CHUNK_BYTES = 1024 * 1024;
/** Each file's SHA-256 (hex), read as the walk saw it. */
function hashBatch(files) {
    return files.map((file) => {
        // One call, no Hash object, for a file read whole: most are small, and that object's
        // cost would be most of theirs.
        if (file.size <= HASH_CHUNK_BYTES)
            return (0,external_node_crypto_namespaceObject.hash)('sha256', readWhole(file), 'hex');
        const digest = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        readAsWalked(file, (chunk) => digest.update(chunk), HASH_CHUNK_BYTES);
        return digest.digest('hex');
    });
}
// Batch buffers the main thread has written out and handed back, to fill again.
const spare = [];
function batchBuffer(size) {
    const index = spare.findIndex((buffer) => buffer.byteLength >= size);
    const [reused] = index === -1 ? [] : spare.splice(index, 1);
    return reused ?? new ArrayBuffer(Math.max(size, MIN_BATCH_BUFFER));
}
/** The files read and compressed, in their order, their bytes in one buffer. */
function deflateBatch(files, level) {
    const parts = [];
    let offset = 0;
    const results = files.map((file) => {
        const data = readWhole(file);
        const deflated = storeUntried(file.path, data)
            ? data
            : (0,external_node_zlib_namespaceObject.deflateRawSync)(data, { level: levelFor(data.length, level) });
        const keep = deflated !== data && deflated.length < data.length;
        // `data` is the shared read buffer: what is kept must be a copy.
        const part = keep ? deflated : Buffer.from(data);
        parts.push(part);
        const result = {
            crc32: (0,external_node_zlib_namespaceObject.crc32)(data),
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
function failure(error) {
    if (!(error instanceof Error))
        return { message: String(error), changed: false };
    const { code, path } = error;
    return {
        message: error.message,
        changed: error instanceof FileChangedError,
        ...(typeof code === 'string' ? { code } : {}),
        ...(typeof path === 'string' ? { path } : {}),
    };
}
/** Answers the main thread's requests on `port` until the thread is terminated. */
function serve(port) {
    port.on('message', (message) => {
        if ('recycled' in message) {
            spare.push(message.recycled);
            return;
        }
        if ('hash' in message) {
            try {
                port.postMessage({ id: message.id, hashes: hashBatch(message.hash) });
            }
            catch (error) {
                port.postMessage({ id: message.id, error: failure(error) });
            }
            return;
        }
        const { id, files, level } = message;
        try {
            const { results, batch } = deflateBatch(files, level);
            // The whole batch in one buffer, moved to the main thread rather than copied.
            port.postMessage({ id, results, batch }, [batch]);
        }
        catch (error) {
            port.postMessage({ id, error: failure(error) });
        }
    });
}
if (external_node_worker_threads_namespaceObject.parentPort === null) {
    throw new Error('the deflate worker runs as a worker thread, started by WorkerDeflater');
}
serve(external_node_worker_threads_namespaceObject.parentPort);

