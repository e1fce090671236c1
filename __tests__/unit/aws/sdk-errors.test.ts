import { HeadBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf } from '../helpers/errors.js';
import { connectionError } from '../helpers/lambda.js';
import { headError, useFakeS3Server } from '../helpers/s3.js';

// The tests mock HeadBucket and HeadObject failures with headError(), and failed
// connections with connectionError(); here the SDK itself meets those answers from servers
// on loopback, so the mocks cannot drift from what the SDK really throws when it is upgraded.
const server = useFakeS3Server();

function client(endpoint = server.endpoint(), maxAttempts = 1): S3Client {
  return new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts,
  });
}

/** What the S3 code reads of an error. */
function shape(error: unknown) {
  const { name, message, $metadata, $response } = error as {
    name: string;
    message: string;
    $metadata?: { httpStatusCode?: number };
    $response?: { statusCode?: number; headers?: Record<string, string> };
  };
  return {
    name,
    message,
    status: $metadata?.httpStatusCode,
    responseStatus: $response?.statusCode,
    bucketRegion: $response?.headers?.['x-amz-bucket-region'],
  };
}

describe('the S3 errors the tests mock', () => {
  it.each([
    [404, {}],
    [403, {}],
    [301, { 'x-amz-bucket-region': 'eu-west-1' }],
    [400, { 'x-amz-bucket-region': 'eu-west-1' }],
  ])('match what the SDK throws for HeadBucket answered %i', async (status, headers) => {
    server.answer(status, headers);
    const error = await rejectionOf(
      client().send(new HeadBucketCommand({ Bucket: 'artifacts', ExpectedBucketOwner: '1' })),
    );
    expect(shape(error)).toEqual(shape(headError(status, headers)));
  });

  it.each([404, 403])('match what the SDK throws for HeadObject answered %i', async (status) => {
    server.answer(status);
    const error = await rejectionOf(
      client().send(new HeadObjectCommand({ Bucket: 'artifacts', Key: 'k.zip' })),
    );
    expect(shape(error)).toEqual(shape(headError(status)));
  });

  it('HeadBucket gives the bucket region of a 200 as BucketRegion', async () => {
    server.answer(200, { 'x-amz-bucket-region': 'eu-west-1' });
    const output = await client().send(new HeadBucketCommand({ Bucket: 'artifacts' }));
    expect(output.BucketRegion).toBe('eu-west-1');
  });
});

describe('the connection errors the tests mock', () => {
  // A server that resets every connection as soon as a request arrives.
  const resetting = net.createServer((socket) => {
    socket.on('data', () => socket.resetAndDestroy());
  });

  beforeAll(async () => {
    resetting.listen(0, '127.0.0.1');
    await once(resetting, 'listening');
  });

  afterAll(async () => {
    resetting.close();
    await once(resetting, 'close');
  });

  /** What describeAwsError reads of a connection error. */
  function connectionShape(error: unknown) {
    const { name, code, $metadata } = error as {
      name: string;
      code?: string;
      $metadata?: { attempts?: number };
    };
    return { name, code, attempts: $metadata?.attempts };
  }

  it('match what the SDK throws when every attempt is reset', async () => {
    const { port } = resetting.address() as net.AddressInfo;
    const error = await rejectionOf(
      client(`http://127.0.0.1:${String(port)}`, 2).send(
        new HeadBucketCommand({ Bucket: 'artifacts' }),
      ),
    );
    expect(connectionShape(error)).toEqual(connectionShape(connectionError('ECONNRESET', 2)));
  });

  it('match what the SDK throws when every attempt is refused', async () => {
    // A port just freed by a server of our own: nothing listens there.
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as net.AddressInfo;
    probe.close();
    await once(probe, 'close');
    const error = await rejectionOf(
      client(`http://127.0.0.1:${String(port)}`, 2).send(
        new HeadBucketCommand({ Bucket: 'artifacts' }),
      ),
    );
    expect(connectionShape(error)).toEqual(connectionShape(connectionError('ECONNREFUSED', 2)));
  });
});
