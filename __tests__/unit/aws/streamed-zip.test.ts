import {
  CreateFunctionCommand,
  LambdaClient,
  UpdateFunctionCodeCommand,
} from '@aws-sdk/client-lambda';
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withZipFile } from '../../../src/aws/function-state.js';
import { tempDir } from '../../support/temp-dir.js';

// A direct upload streams the zip from its file into the request's JSON, base64, with the
// body's SHA-256 given to SigV4 up front: the bytes Lambda gets must be exactly the JSON the
// SDK would have sent, on the first attempt and on every retry.

interface Received {
  readonly body: Buffer;
  readonly headers: IncomingMessage['headers'];
}

const servers: { close: () => void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A loopback server answering each request with the next status, recording what came. */
async function lambdaStandIn(statuses: number[]) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks), headers: request.headers });
      const status = statuses[received.length - 1] ?? 200;
      response.writeHead(status, {
        'content-type': 'application/json',
        ...(status === 200 ? {} : { 'x-amzn-errortype': 'ServiceException' }),
      });
      response.end(status === 200 ? '{"FunctionName":"f","CodeSha256":"x"}' : '{"message":"boom"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const client = new LambdaClient({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 3,
  });
  return { client, received };
}

async function zipOf(bytes: number): Promise<{ path: string; data: Buffer }> {
  const data = randomBytes(bytes);
  const file = path.join(await tempDir('streamed-zip'), 'package.zip');
  await writeFile(file, data);
  return { path: file, data };
}

function send(client: LambdaClient, zip: { path: string; data: Buffer }) {
  const command = new UpdateFunctionCodeCommand({
    FunctionName: 'f',
    ZipFile: new Uint8Array(0),
    Publish: false,
  });
  return client.send(
    withZipFile(command, { kind: 'zip-file', path: zip.path, size: zip.data.length }),
  );
}

function expectSignedBody(received: Received, zip: { data: Buffer }): void {
  const json = JSON.parse(received.body.toString('utf8')) as Record<string, unknown>;
  // The function's name goes in the path; the body holds the rest.
  expect(json).toEqual({ Publish: false, ZipFile: zip.data.toString('base64') });
  expect(received.headers['content-length']).toBe(String(received.body.length));
  expect(received.headers['x-amz-content-sha256']).toBe(
    createHash('sha256').update(received.body).digest('hex'),
  );
  expect(received.headers.authorization).toMatch(/SignedHeaders=[^,]*x-amz-content-sha256/);
}

describe('withZipFile (a zip streamed into the request)', () => {
  // 3 × 16 KiB is one read: sizes around it leave 0, 1 and 2 bytes to carry between reads.
  it.each([1, 2, 3, 49_152 * 2, 49_152 * 2 + 1, 49_152 * 2 + 2, 1_000_001])(
    'sends exactly the JSON and hash for a %i-byte zip',
    async (bytes) => {
      const { client, received } = await lambdaStandIn([200]);
      const zip = await zipOf(bytes);
      await send(client, zip);
      expect(received).toHaveLength(1);
      expectSignedBody(received[0] as Received, zip);
    },
  );

  it('sends the whole body again on a retry after a 5xx', async () => {
    const { client, received } = await lambdaStandIn([500, 200]);
    const zip = await zipOf(300_000);
    await send(client, zip);
    expect(received).toHaveLength(2);
    for (const attempt of received) expectSignedBody(attempt, zip);
  });

  it('fills in a ZipFile nested in the request, as CreateFunction has it in Code', async () => {
    const { client, received } = await lambdaStandIn([200]);
    const zip = await zipOf(100_000);
    const command = new CreateFunctionCommand({
      FunctionName: 'f',
      Role: 'arn:aws:iam::123456789012:role/r',
      Code: { ZipFile: new Uint8Array(0) },
    });
    await client.send(
      withZipFile(command, { kind: 'zip-file', path: zip.path, size: zip.data.length }),
    );
    const [only] = received;
    const json = JSON.parse(only?.body.toString('utf8') ?? '{}') as { Code?: { ZipFile?: string } };
    expect(json.Code?.ZipFile).toBe(zip.data.toString('base64'));
    expect(only?.headers['x-amz-content-sha256']).toBe(
      createHash('sha256')
        .update(only?.body ?? '')
        .digest('hex'),
    );
  });
});
