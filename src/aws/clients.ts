import { LambdaClient } from '@aws-sdk/client-lambda';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../inputs.js';
import { DeployRetryStrategy } from './sdk-retries.js';

/** Throttling, 5xx, resets and timeouts are retried by the SDK; this many attempts in all. */
const MAX_ATTEMPTS = 6;

/**
 * Gives every request a deadline: `seconds` to connect, and `seconds` without a byte moving
 * either way once connected (a large upload that keeps moving is not cut off). An error
 * from either carries `requestTimeoutSeconds`, so a message can name request-timeout.
 */
class DeadlineHandler extends NodeHttpHandler {
  constructor(private readonly seconds: number) {
    super({ connectionTimeout: seconds * 1000, socketTimeout: seconds * 1000 });
  }

  override async handle(...args: Parameters<NodeHttpHandler['handle']>) {
    try {
      return await super.handle(...args);
    } catch (error) {
      // The handler also names a reset connection TimeoutError; only its own deadlines lack a code.
      if (error instanceof Error && error.name === 'TimeoutError' && !('code' in error)) {
        Object.assign(error, { requestTimeoutSeconds: this.seconds });
      }
      throw error;
    }
  }
}

export function clientOptions(region: string, requestTimeoutSeconds: number) {
  return {
    region,
    maxAttempts: MAX_ATTEMPTS,
    retryStrategy: new DeployRetryStrategy(MAX_ATTEMPTS),
    requestHandler: new DeadlineHandler(requestTimeoutSeconds),
    customUserAgent: 'lambda-deploy',
  };
}

/** Any of the SDK's clients: built with the options every client of the action gets. */
type ClientClass<C> = new (options: ReturnType<typeof clientOptions>) => C;

export function createClient<C>(
  Client: ClientClass<C>,
  region: string,
  requestTimeoutSeconds = DEFAULT_REQUEST_TIMEOUT_SECONDS,
): C {
  return new Client(clientOptions(region, requestTimeoutSeconds));
}

/**
 * Credentials come from the default chain (OIDC through configure-aws-credentials,
 * or the AWS_* variables); AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_LAMBDA are honoured by the SDK.
 */
export function createLambdaClient(region: string, requestTimeoutSeconds?: number): LambdaClient {
  return createClient(LambdaClient, region, requestTimeoutSeconds);
}
