import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createS3Client } from '../../../src/aws/clients.js';
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
    const client = createS3Client('eu-west-1', {});
    expect(client.config.forcePathStyle).toBe(false);
    expect(await client.config.region()).toBe('eu-west-1');
  });

  it('reads the endpoint variables from the environment it is given', () => {
    expect(
      createS3Client('eu-west-1', { AWS_ENDPOINT_URL: 'http://127.0.0.1:5000' }).config
        .forcePathStyle,
    ).toBe(true);
    expect(
      createS3Client('eu-west-1', { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:5000' }).config
        .forcePathStyle,
    ).toBe(true);
  });
});
