import { OutcomeUnknownError } from '../errors.js';
import type { Logger } from '../logger.js';
import { briefReason } from './aws-errors.js';
import {
  isAlreadyExists,
  isBusy,
  isOutcomeUnknown,
  isPreconditionFailed,
  isThrottled,
} from './error-kinds.js';
import { withoutSdkRetries } from './sdk-retries.js';
import { pollDelayMs, QUICK_POLLS, type PollSchedule } from './poll-schedule.js';

export { isAlreadyExists } from './error-kinds.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /**
   * A function busy with an update (409) is retried on this schedule, for at most
   * `busyForMs`, instead of the back-off: Lambda's updates take seconds, and a resend
   * soon after one ends is what the deploy waits for.
   */
  readonly busy?: { readonly polls: PollSchedule; readonly forMs: number };
}

/**
 * About a minute of retries in all: long enough for another deploy's update to finish. A busy
 * function is asked again every 250 ms at first: a few writes a second on one function, well
 * within Lambda's control-plane rate (15 requests per second for the account).
 */
export const CONFLICT_RETRY: RetryPolicy = {
  attempts: 8,
  baseDelayMs: 1_000,
  maxDelayMs: 15_000,
  busy: { polls: { ...QUICK_POLLS, quickMs: 300 }, forMs: 60_000 },
};

/**
 * How to tell that a change whose answer was lost (or that a retry found done already) is
 * in place: read it back.
 */
export interface Confirmation<T> {
  /** The change as it now stands, when it is what was asked for; undefined when it is not. */
  readonly readBack: () => Promise<T | undefined>;
  /**
   * Lambda would apply the call a second time (PublishLayerVersion makes another version), so
   * the SDK must not resend it blindly: each resend comes only after readBack found nothing.
   */
  readonly checkBeforeResend?: boolean;
}

/**
 * Sends a change. ResourceConflictException for a function busy with another update is
 * waited out with capped exponential backoff (the SDK does not retry it). With a
 * confirmation, a call that may have been applied though it failed (no answer, a broken
 * connection, a 5xx, "already exists" or a failed precondition on a resend) is read back,
 * and the run carries on when the change is there as asked.
 */
export async function mutate<T>(
  what: string,
  call: () => Promise<T>,
  policy: RetryPolicy,
  log: Logger,
  confirmation?: Confirmation<T>,
): Promise<T> {
  const checked = confirmation?.checkBeforeResend === true;
  const busy = new BusyWait(what, policy, log);
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await (checked ? withoutSdkRetries(call) : call());
      busy.ended();
      return answer;
    } catch (error) {
      const last = attempt >= policy.attempts;
      if (isBusy(error) && policy.busy !== undefined) {
        if (!(await busy.waited())) throw error;
        attempt--;
        continue;
      }
      if (isBusy(error) && !last) {
        await pause(
          policy,
          attempt,
          log,
          `${what}: the function is busy with another update (ResourceConflictException)`,
        );
        continue;
      }
      if (checked && isThrottled(error) && !last) {
        await pause(policy, attempt, log, `${what}: throttled`);
        continue;
      }
      if (confirmation === undefined || !mayHaveBeenApplied(error)) throw error;
      const found = await readBack(what, confirmation, error);
      if (found !== undefined) {
        log.info(
          `${what}: the change is in place as asked (read back after: ${briefReason(error)})`,
        );
        return found;
      }
      // Not applied: only a lost answer (not a refusal) may be sent again, and only by us.
      if (!checked || !isOutcomeUnknown(error) || last) throw error;
      await pause(policy, attempt, log, `${what}: no answer, and it was not applied`);
    }
  }
}

/** A busy function's 409s, retried on the policy's quick schedule while its time lasts. */
class BusyWait {
  private started: number | undefined;
  constructor(
    private readonly what: string,
    private readonly policy: RetryPolicy,
    private readonly log: Logger,
  ) {}

  /** Whether the caller may send again, after the schedule's delay. */
  async waited(): Promise<boolean> {
    const busy = this.policy.busy;
    if (busy === undefined) return false;
    const now = performance.now();
    if (this.started === undefined) {
      this.started = now;
      this.log.info(
        `${this.what}: the function is busy with another update (ResourceConflictException); ` +
          `sending again as soon as it is done (for at most ${Math.round(busy.forMs / 1000)} s)`,
      );
    }
    const elapsed = now - this.started;
    if (elapsed >= busy.forMs) return false;
    const delay = Math.min(pollDelayMs(busy.polls, elapsed), busy.forMs - elapsed);
    await new Promise((resolve) => setTimeout(resolve, delay));
    return true;
  }

  ended(): void {
    if (this.started === undefined) return;
    const seconds = (performance.now() - this.started) / 1000;
    this.log.info(`${this.what}: sent once the other update ended, after ${seconds.toFixed(1)} s`);
    this.started = undefined;
  }
}

function mayHaveBeenApplied(error: unknown): boolean {
  return isOutcomeUnknown(error) || isAlreadyExists(error) || isPreconditionFailed(error);
}

async function readBack<T>(
  what: string,
  confirmation: Confirmation<T>,
  error: unknown,
): Promise<T | undefined> {
  try {
    return await confirmation.readBack();
  } catch (readError) {
    throw new OutcomeUnknownError(
      `${what} failed (${briefReason(error)}), and reading back whether it was applied failed ` +
        `too (${briefReason(readError)}): whether it was applied is unknown`,
      { cause: error },
    );
  }
}

async function pause(policy: RetryPolicy, attempt: number, log: Logger, why: string) {
  const delayMs = backoffDelay(policy, attempt);
  log.info(
    `${why}; retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${policy.attempts})`,
  );
  await new Promise((resolve) => setTimeout(resolve, delayMs));
}

/** Half the capped exponential delay, plus a random part of the other half. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
