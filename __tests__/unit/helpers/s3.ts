import { NotFound, S3ServiceException } from '@aws-sdk/client-s3';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/**
 * The error the SDK throws when S3 answers a HEAD request (HeadBucket, HeadObject) with
 * `status` and no body: NotFound for 404, and for any other status an S3ServiceException
 * named 'Unknown' with the message 'UnknownError', as @aws-sdk/client-s3 3.1175 does.
 * sdk-errors.test.ts checks this against the SDK itself.
 */
export function headError(
  status: number,
  headers: Record<string, string> = {},
): S3ServiceException {
  const $metadata = { httpStatusCode: status, attempts: 1, totalRetryDelay: 0 };
  const error =
    status === 404
      ? new NotFound({ message: 'UnknownError', $metadata })
      : new S3ServiceException({
          name: 'Unknown',
          message: 'UnknownError',
          $fault: status >= 500 ? 'server' : 'client',
          $metadata,
        });
  Object.defineProperty(error, '$response', {
    value: { statusCode: status, headers, body: undefined },
    enumerable: false,
  });
  return error;
}

/** An error S3 answered with an XML body naming its code, e.g. AccessDenied or InternalError. */
export function s3Error(name: string, message: string, status: number): S3ServiceException {
  return new S3ServiceException({
    name,
    message,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });
}

/** The bytes of a request body the SDK was given; fails the test for anything but bytes. */
export function bodyBytes(body: unknown): Buffer {
  if (body instanceof Uint8Array) return Buffer.from(body);
  throw new Error(`expected the body as bytes, got ${typeof body}`);
}

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly host: string;
}

export interface FakeS3Server {
  /** http://<host>:<port>, by default http://127.0.0.1:<port> */
  readonly endpoint: (host?: string) => string;
  /** Every request the server got, oldest first. */
  readonly requests: RecordedRequest[];
  /** Sets how the server answers from now on: a status and headers, no body. */
  answer(status: number, headers?: Record<string, string>): void;
}

/**
 * An HTTP server on loopback that answers every request with one status and no body, as
 * S3 answers HEAD requests; started before the file's tests and stopped after them.
 */
export function useFakeS3Server(): FakeS3Server {
  const requests: RecordedRequest[] = [];
  let reply: { status: number; headers: Record<string, string> } = { status: 200, headers: {} };
  const server = http.createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      host: request.headers.host ?? '',
    });
    request.resume();
    response.writeHead(reply.status, reply.headers);
    response.end();
  });
  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });
  return {
    endpoint: (host = '127.0.0.1') =>
      `http://${host}:${String((server.address() as AddressInfo).port)}`,
    requests,
    answer(status, headers = {}) {
      reply = { status, headers };
    },
  };
}
