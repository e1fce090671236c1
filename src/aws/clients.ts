import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';

/** Throttling and 5xx are retried by the SDK's standard mode; this many attempts in all. */
const MAX_ATTEMPTS = 6;

/**
 * Credentials come from the default chain (OIDC through configure-aws-credentials,
 * or the AWS_* variables); AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_LAMBDA are honoured by the SDK.
 */
export function createLambdaClient(region: string): LambdaClient {
  return new LambdaClient({
    region,
    retryMode: 'standard',
    maxAttempts: MAX_ATTEMPTS,
    customUserAgent: 'lambda-deploy',
  });
}

/**
 * An emulator (LocalStack, moto) at a custom endpoint serves buckets by path, not by
 * host name, so path style is used whenever an endpoint is configured.
 */
export function createS3Client(region: string, env: NodeJS.ProcessEnv = process.env): S3Client {
  const customEndpoint = Boolean(env['AWS_ENDPOINT_URL_S3'] ?? env['AWS_ENDPOINT_URL']);
  return new S3Client({
    region,
    retryMode: 'standard',
    maxAttempts: MAX_ATTEMPTS,
    customUserAgent: 'lambda-deploy',
    forcePathStyle: customEndpoint,
  });
}
