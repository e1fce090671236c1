import { type LambdaClient } from '@aws-sdk/client-lambda';

import type { Logger } from '../logger.js';
import { failureDescriber, type FailureDescriber } from './aws-errors.js';
import type { PollSchedule } from './poll-schedule.js';
import { CONFLICT_RETRY, mutate, type Confirmation, type RetryPolicy } from './retry.js';

/** What the deploy needs to know of a function, read from Lambda. */

export interface LambdaTiming {
  /** The delay between looks while a wait is young (poll-schedule.ts). */
  readonly minPollSeconds: number;
  /** How long a wait is polled at minPollSeconds before the delay grows; 5 s by default. */
  readonly quickPollSeconds?: number;
  readonly maxPollSeconds: number;
  readonly conflictRetry: RetryPolicy;
}

export const DEFAULT_TIMING: LambdaTiming = {
  minPollSeconds: 0.25,
  quickPollSeconds: 5,
  maxPollSeconds: 5,
  conflictRetry: CONFLICT_RETRY,
};

/** The timing's schedule: its shortest delay for the first `quickPollSeconds`, then growing. */
export function pollScheduleOf(timing: LambdaTiming): PollSchedule {
  return {
    quickMs: timing.minPollSeconds * 1000,
    quickForMs: (timing.quickPollSeconds ?? 5) * 1000,
    maxMs: timing.maxPollSeconds * 1000,
  };
}

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
