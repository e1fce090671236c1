import { DeployError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';

/** How long a create waits for IAM to make a new role assumable by Lambda. */
export const ROLE_PROPAGATION_SECONDS = 30;

export interface RoleWait {
  readonly windowSeconds: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

const DEFAULT_WAIT: RoleWait = {
  windowSeconds: ROLE_PROPAGATION_SECONDS,
  firstDelayMs: 2_000,
  maxDelayMs: 8_000,
};

/** Lambda's answer when it cannot assume the execution role (InvalidParameterValueException). */
export function isRoleNotAssumable(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.name === 'InvalidParameterValueException' &&
    /role defined for the function cannot be assumed by Lambda/i.test(error.message)
  );
}

/**
 * Sends a create again while Lambda says it cannot assume the role, for up to `windowSeconds`:
 * IAM takes seconds to propagate a role created moments earlier in the same workflow. Past
 * that, fails naming the three usual causes.
 */
export async function whileRolePropagates<T>(
  call: () => Promise<T>,
  role: string | undefined,
  log: Logger,
  wait: RoleWait = DEFAULT_WAIT,
): Promise<T> {
  const started = performance.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isRoleNotAssumable(error)) throw error;
      const elapsedMs = performance.now() - started;
      const leftMs = wait.windowSeconds * 1000 - elapsedMs;
      if (leftMs <= 0) throw roleFailure(error, role, wait.windowSeconds);
      const delayMs = Math.min(wait.firstDelayMs * 2 ** (attempt - 1), wait.maxDelayMs, leftMs);
      log.info(
        `Lambda cannot assume the role ${role ?? ''} yet: a role created moments ago takes ` +
          `seconds to reach every region of IAM. Retrying in ${(delayMs / 1000).toFixed(1)} s ` +
          `(${Math.round(elapsedMs / 1000)} s of ${wait.windowSeconds} s)`,
      );
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

function roleFailure(error: unknown, role: string | undefined, windowSeconds: number): DeployError {
  return new DeployError(
    `Lambda cannot assume the role '${role ?? '(none)'}' (it said: ${errorMessage(error)}), ` +
      `still after ${windowSeconds} s of retries. The usual causes: the role does not exist ` +
      "(check 'role'); its trust policy does not let lambda.amazonaws.com assume it " +
      '(Principal: {"Service": "lambda.amazonaws.com"}, Action: sts:AssumeRole); or it was ' +
      'created moments ago and IAM has not propagated it yet (run again in a minute).',
    { cause: error },
  );
}
