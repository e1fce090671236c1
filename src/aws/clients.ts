import { LambdaClient } from '@aws-sdk/client-lambda';

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
