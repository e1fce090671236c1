import type { Logger } from '../logger.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** About a minute of retries in all: long enough for another deploy's update to finish. */
export const CONFLICT_RETRY: RetryPolicy = { attempts: 8, baseDelayMs: 1_000, maxDelayMs: 15_000 };

/**
 * Lambda answers ResourceConflictException while another update of the function is
 * under way; the SDK does not retry it, so this does, with capped exponential backoff.
 */
export async function retryOnConflict<T>(
  what: string,
  call: () => Promise<T>,
  policy: RetryPolicy,
  log: Logger,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isConflict(error) || attempt >= policy.attempts) throw error;
      const delayMs = backoffDelay(policy, attempt);
      log.info(
        `${what}: the function is busy with another update (ResourceConflictException); ` +
          `retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`,
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/** Busy, that is: Lambda also answers ResourceConflictException for "already exists", which waiting cannot change. */
function isConflict(error: unknown): boolean {
  return (
    error instanceof Error && error.name === 'ResourceConflictException' && !isAlreadyExists(error)
  );
}

export function isAlreadyExists(error: unknown): boolean {
  // Lambda says both "already exists" and "Function already exist".
  return error instanceof Error && /already exists?\b/i.test(error.message);
}

/** Half the capped exponential delay, plus a random part of the other half. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
