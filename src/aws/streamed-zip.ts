import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { MiddlewareStack } from '@smithy/types';

/** What the JSON protocol writes for a ZipFile of no bytes: the place the file goes. */
const EMPTY_ZIP_FILE = '"ZipFile":""';
/**
 * Read in multiples of 3 bytes, so each chunk's base64 joins the next one's; small enough
 * that its base64 (64 KiB) is a young object, collected soon, not a large one kept long.
 */
const READ_BYTES = 3 * 16 * 1024;

interface Body {
  readonly prefix: Buffer;
  readonly suffix: Buffer;
}

/**
 * Sends the zip at `path` as the request's ZipFile, base64 streamed from the file, in place
 * of the empty one the command was given. The request never holds the zip, its base64 and
 * the JSON around it in memory at once (three times the package, 150 MB for one near
 * Lambda's limit). The body's SHA-256 is computed first, from the file, and given as
 * x-amz-content-sha256, which SigV4 signs in place of hashing the body; every attempt gets
 * the body afresh.
 */
export function streamZipFile(stack: MiddlewareStack<object, object>, path: string): void {
  let body: Body | undefined;
  stack.add(
    (next) => async (args) => {
      const request = args.request as { headers: Record<string, string>; body: unknown };
      const text = bodyText(request.body);
      const at = text.indexOf(EMPTY_ZIP_FILE);
      if (at === -1) throw new Error('The request has no empty ZipFile to fill in');
      const split = at + EMPTY_ZIP_FILE.length - 1;
      body = { prefix: Buffer.from(text.slice(0, split)), suffix: Buffer.from(text.slice(split)) };
      const { size } = await stat(path);
      const hash = createHash('sha256');
      for await (const chunk of bodyChunks(body, path)) hash.update(chunk);
      request.headers['content-length'] = String(
        body.prefix.length + 4 * Math.ceil(size / 3) + body.suffix.length,
      );
      request.headers['x-amz-content-sha256'] = hash.digest('hex');
      return next(args);
    },
    { step: 'build', name: 'lambdaDeployZipFileHash' },
  );
  // The deserialize step is the last one a request passes, on every attempt after signing.
  stack.add(
    (next) => (args) => {
      const request = args.request as { body: unknown };
      if (body !== undefined) request.body = Readable.from(bodyChunks(body, path));
      return next(args);
    },
    { step: 'deserialize', name: 'lambdaDeployZipFileBody', priority: 'low' },
  );
}

/** The JSON before the ZipFile's value, the file in base64, the JSON after it. */
async function* bodyChunks(body: Body, path: string): AsyncGenerator<Buffer> {
  yield body.prefix;
  let carry: Buffer = Buffer.alloc(0);
  for await (const read of createReadStream(path, { highWaterMark: READ_BYTES })) {
    const bytes = carry.length === 0 ? (read as Buffer) : Buffer.concat([carry, read as Buffer]);
    const whole = bytes.length - (bytes.length % 3);
    carry = bytes.subarray(whole);
    if (whole > 0) yield Buffer.from(bytes.subarray(0, whole).toString('base64'));
  }
  if (carry.length > 0) yield Buffer.from(carry.toString('base64'));
  yield body.suffix;
}

/** The serialized JSON: a string, or its UTF-8 bytes, as the SDK's version makes it. */
function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) {
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  }
  return '';
}
