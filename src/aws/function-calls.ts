import { type LambdaClient } from '@aws-sdk/client-lambda';

import type { Logger } from '../logger.js';
import { failureDescriber, type FailureDescriber } from './aws-errors.js';
import { CONFLICT_RETRY, mutate, type Confirmation, type RetryPolicy } from './retry.js';

/** What the deploy needs to know of a function, read from Lambda. */

export interface LambdaTiming {
  readonly minPollSeconds: number;
  readonly maxPollSeconds: number;
  readonly conflictRetry: RetryPolicy;
}

export const DEFAULT_TIMING: LambdaTiming = {
  minPollSeconds: 1,
  maxPollSeconds: 5,
  conflictRetry: CONFLICT_RETRY,
};

/** What each wrapper of a function's calls holds, and how its calls fail and retry. */
export abstract class FunctionCalls {
  constructor(
    protected readonly client: LambdaClient,
    readonly name: string,
    readonly region: string,
    protected readonly log: Logger,
    protected readonly timing: LambdaTiming = DEFAULT_TIMING,
  ) {}

  protected get failure(): FailureDescriber {
    return failureDescriber(
      `function '${this.name}'`,
      this.region,
      'Check function-name and region.',
    );
  }

  protected mutate<T>(what: string, call: () => Promise<T>, confirm?: Confirmation<T>): Promise<T> {
    return mutate(what, call, this.timing.conflictRetry, this.log, confirm);
  }

  /** One call; its error becomes one that says what failed and which permission it needs. */
  protected async attempt<T>(
    action: string,
    permission: string,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw this.failure(error, action, permission);
    }
  }
}
