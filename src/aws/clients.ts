import { LambdaClient } from '@aws-sdk/client-lambda';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../inputs.js';
import { AttemptDeadline, bodyBytesOf, wholeRequestMs } from './request-deadline.js';
import { DeployRetryStrategy } from './sdk-retries.js';

/** Throttling, 5xx, resets and timeouts are retried by the SDK; this many attempts in all. */
const MAX_ATTEMPTS = 6;

/**
 * Gives every request deadlines: `seconds` to connect, `seconds` without a byte moving either
 * way once connected, and a limit on each attempt's whole duration (request-deadline.ts), so
 * that an answer that trickles is cut off too. Errors from them carry `requestTimeoutSeconds`,
 * so a message can name request-timeout; the SDK retries them as timeouts.
 */
class DeadlineHandler extends NodeHttpHandler {
  constructor(private readonly seconds: number) {
    super({ connectionTimeout: seconds * 1000, socketTimeout: seconds * 1000 });
  }

  override async handle(...[request, options]: Parameters<NodeHttpHandler['handle']>) {
    const outer = options?.abortSignal as AbortSignal | undefined;
    const deadline = new AttemptDeadline(
      wholeRequestMs(this.seconds, bodyBytesOf(request.headers)),
      { requestTimeoutSeconds: this.seconds },
      outer,
    );
    try {
      const answer = await super.handle(request, { ...options, abortSignal: deadline.signal });
      deadline.guardBody(answer.response);
      return answer;
    } catch (error) {
      deadline.done();
      if (deadline.passedBeforeAnswer(outer)) throw deadline.noAnswer();
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
