import { GetFunctionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { once } from 'node:events';
import http from 'node:http';
import type net from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeAwsError } from '../../../src/aws/aws-errors.js';
import { createLambdaClient } from '../../../src/aws/clients.js';
import { createS3Client } from '../../../src/aws/s3-package-store.js';
import {
  attemptsOf,
  deadlineReason,
  isOutcomeUnknown,
  timedOutAfter,
} from '../../../src/aws/error-kinds.js';
import { withoutSdkRetries } from '../../../src/aws/sdk-retries.js';
import { rejectionOf } from '../helpers/errors.js';
import { useFakeS3Server } from '../helpers/s3.js';

const server = useFakeS3Server();

beforeEach(() => {
  server.requests.length = 0;
  server.answer(200, { 'x-amz-bucket-region': 'eu-west-1' });
  // Credentials for signing, and nothing else that would point the SDK elsewhere.
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
  vi.stubEnv('AWS_SESSION_TOKEN', undefined);
  vi.stubEnv('AWS_PROFILE', undefined);
  vi.stubEnv('AWS_ENDPOINT_URL', undefined);
  vi.stubEnv('AWS_ENDPOINT_URL_S3', undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createS3Client', () => {
  it.each(['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3'])(
    'addresses the bucket by path at the endpoint in %s, as emulators need',
    async (variable) => {
      // A host name, not an IP address: the SDK addresses buckets by path at an IP anyway.
      const endpoint = server.endpoint('localhost');
      vi.stubEnv(variable, endpoint);
      const client = createS3Client('eu-west-1');
      await client.send(new HeadBucketCommand({ Bucket: 'artifacts' }));
      expect(server.requests).toEqual([
        { method: 'HEAD', url: '/artifacts/', host: endpoint.replace('http://', '') },
      ]);
    },
  );

  it('leaves path style off, for AWS, when no endpoint is configured', async () => {
    const client = createS3Client('eu-west-1', 60, {});
    expect(client.config.forcePathStyle).toBe(false);
    expect(await client.config.region()).toBe('eu-west-1');
  });

  it('reads the endpoint variables from the environment it is given', () => {
    expect(
      createS3Client('eu-west-1', 60, { AWS_ENDPOINT_URL: 'http://127.0.0.1:5000' }).config
        .forcePathStyle,
    ).toBe(true);
    expect(
      createS3Client('eu-west-1', 60, { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:5000' }).config
        .forcePathStyle,
    ).toBe(true);
  });
});

describe('request deadlines and retries (a server on loopback)', () => {
  let server: http.Server | undefined;
  let requests = 0;

  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
    requests = 0;
  });

  /** Starts a server answering every request with `answer`; points AWS_ENDPOINT_URL at it. */
  async function serve(answer: (response: http.ServerResponse) => void): Promise<void> {
    server = http.createServer((request, response) => {
      requests++;
      request.resume();
      answer(response);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as net.AddressInfo;
    vi.stubEnv('AWS_ENDPOINT_URL', `http://127.0.0.1:${port}`);
  }

  const getFunction = (client: LambdaClient) =>
    client.send(new GetFunctionCommand({ FunctionName: 'orders-api' }));

  it('gives up a request that gets no answer within request-timeout, and says so', async () => {
    await serve(() => {
      // Accepted, never answered.
    });
    const client = createLambdaClient('eu-west-1', 1);
    const started = performance.now();
    const error = await rejectionOf(withoutSdkRetries(() => getFunction(client)));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(timedOutAfter(error)).toBe(1);
    const described = describeAwsError(error, {
      action: 'read the function',
      permission: 'lambda:GetFunction',
      resource: "function 'orders-api'",
      region: 'eu-west-1',
      notFoundHint: '',
    });
    expect(described.message).toBe(
      "Could not read the function (function 'orders-api'): no answer within 1 s (request-timeout).",
    );
  });

  /** Headers at once, then a byte every `everyMs` for `bytes` bytes, then the rest. */
  function trickle(everyMs: number, bytes: number) {
    return (response: http.ServerResponse) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"Configuration": {"FunctionName": "orders-api"');
      let sent = 0;
      const timer = setInterval(() => {
        if (response.destroyed) {
          clearInterval(timer);
          return;
        }
        response.write(' ');
        if (++sent === bytes) {
          clearInterval(timer);
          response.end('}}');
        }
      }, everyMs);
    };
  }

  it('reads an answer whose bytes keep moving and that completes within request-timeout', async () => {
    await serve(trickle(100, 5));
    const client = createLambdaClient('eu-west-1', 2);
    const answer = await withoutSdkRetries(() => getFunction(client));
    expect(answer.Configuration?.FunctionName).toBe('orders-api');
  });

  it('cuts off an answer that trickles past request-timeout, though no silence is that long, and says it was too slow', async () => {
    // A byte every 300 ms never trips the 1 s inactivity timer; the whole-duration one does.
    await serve(trickle(300, 1_000));
    const client = createLambdaClient('eu-west-1', 1);
    const started = performance.now();
    const error = await rejectionOf(withoutSdkRetries(() => getFunction(client)));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(isOutcomeUnknown(error)).toBe(true);
    expect(timedOutAfter(error)).toBe(1);
    const described = describeAwsError(error, {
      action: 'read the function',
      permission: 'lambda:GetFunction',
      resource: "function 'orders-api'",
      region: 'eu-west-1',
      notFoundHint: '',
    });
    expect(described.message).toBe(
      "Could not read the function (function 'orders-api'): AWS answered too slowly: not all " +
        'of the answer arrived within 1 s (request-timeout).',
    );
  });

  it('retries an answer that trickles as a timeout: six attempts, then the step fails', async () => {
    await serve(trickle(300, 1_000));
    const error = await rejectionOf(getFunction(createLambdaClient('eu-west-1', 1)));
    expect(requests).toBe(6);
    expect(attemptsOf(error)).toBe(6);
    expect(deadlineReason(error)).toMatch(/not all of the answer arrived within 1 s/);
  }, 40_000);

  it('says Lambda sent an answer that could not be read, with its status, for a garbled answer', async () => {
    await serve((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('<html>proxy error</html>');
    });
    const error = await rejectionOf(getFunction(createLambdaClient('eu-west-1', 5)));
    expect(isOutcomeUnknown(error)).toBe(true);
    const described = describeAwsError(error, {
      action: 'update the function code',
      permission: 'lambda:UpdateFunctionCode',
      resource: "function 'orders-api'",
      region: 'eu-west-1',
      notFoundHint: '',
    });
    expect(described.message).toBe(
      "Could not update the function code (function 'orders-api'): Lambda sent an answer that " +
        'could not be read (HTTP 200).',
    );
  });

  it('lets the SDK resend a failed request, except inside withoutSdkRetries', async () => {
    await serve((response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"message": "internal"}');
    });
    const client = createLambdaClient('eu-west-1', 5);
    await rejectionOf(withoutSdkRetries(() => getFunction(client)));
    expect(requests).toBe(1);
    requests = 0;
    const error = await rejectionOf(getFunction(client));
    expect(requests).toBe(6);
    expect(attemptsOf(error)).toBe(6);
  }, 30_000);
});
