import { AsyncLocalStorage } from 'node:async_hooks';
import { StandardRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, StandardRetryToken } from '@smithy/types';

const checkedResends = new AsyncLocalStorage<true>();

/**
 * Runs `send` so that the SDK does not resend its request on an error: for calls that Lambda
 * would apply twice (PublishLayerVersion publishes a second version), the caller first reads
 * whether the lost attempt was applied, then decides.
 */
export function withoutSdkRetries<T>(send: () => Promise<T>): Promise<T> {
  return checkedResends.run(true, send);
}

/** The SDK's standard retries (throttling, 5xx, resets, timeouts), except inside withoutSdkRetries. */
export class DeployRetryStrategy extends StandardRetryStrategy {
  override refreshRetryTokenForRetry(
    token: StandardRetryToken,
    errorInfo: RetryErrorInfo,
  ): Promise<StandardRetryToken> {
    if (checkedResends.getStore() === true) {
      return Promise.reject(new Error('resent only after a check'));
    }
    return super.refreshRetryTokenForRetry(token, errorInfo);
  }
}
