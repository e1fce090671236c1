import { DeployError } from '../errors.js';
import { formatSeconds } from '../format.js';

/** What the deploy needs to know of a function, read from Lambda. */
import { FunctionReads } from './function-reads.js';
import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { type FunctionState, toFunctionState } from './function-state.js';
import { pollScheduleOf } from './function-calls.js';
import { pollDelayMs, sleep } from './poll-schedule.js';

/** Waiting for Lambda: an update to settle, a function or version to become Active. */
export abstract class FunctionWaits extends FunctionReads {
  /**
   * Waits until a published version is Active (SnapStart versions take minutes), within
   * `timeoutSeconds`; traffic must not reach it before.
   */
  async waitUntilVersionActive(version: string, timeoutSeconds: number): Promise<FunctionState> {
    const started = performance.now();
    const now = await this.poll(timeoutSeconds, {
      busy: (state) => state.state === 'Pending',
      reading: `read version ${version}`,
      waitedFor: `version ${version} to become Active, for ${timeoutSeconds} s (wait-timeout)`,
      qualifier: version,
    });
    if (now.state === 'Pending') {
      const reason = now.configuration.StateReason;
      throw new DeployError(
        `Version ${version} was still Pending after ${timeoutSeconds} s (wait-timeout)${reason === undefined ? '' : `: ${reason}`}`,
      );
    }
    if (now.state !== 'Active') {
      throw new DeployError(
        `Version ${version} is ${now.state ?? 'not Active'}: ${now.configuration.StateReason ?? `not Active after ${timeoutSeconds} s (wait-timeout)`}`,
      );
    }
    this.log.info(
      `Version ${version} is Active, after ${formatSeconds((performance.now() - started) / 1000)}`,
    );
    return now;
  }

  protected async waitUntilActive(timeoutSeconds: number): Promise<FunctionState> {
    const created = await this.poll(timeoutSeconds, {
      busy: (now) => now.state === 'Pending',
      reading: 'read the new function',
      waitedFor: `function '${this.name}' to become Active after it was created, for ${timeoutSeconds} s (wait-timeout)`,
    });
    if (created.state === 'Active') return created;
    throw new DeployError(
      `Function '${this.name}' was created but is ${created.state ?? 'not Active'}: ${created.configuration.StateReason ?? `not Active after ${timeoutSeconds} s (wait-timeout)`}`,
    );
  }

  /**
   * Waits until LastUpdateStatus is no longer InProgress and returns the function as it
   * then is, Successful or Failed; throws when that takes longer than `timeoutSeconds`.
   */
  async waitUntilSettled(timeoutSeconds: number): Promise<FunctionState> {
    const started = performance.now();
    const settled = await this.settle(timeoutSeconds);
    this.log.info(
      `Lambda finished the update (${settled.lastUpdateStatus ?? 'no status'}), after ${formatSeconds((performance.now() - started) / 1000)}`,
    );
    return settled;
  }

  protected async settle(timeoutSeconds: number): Promise<FunctionState> {
    const now = await this.poll(timeoutSeconds, {
      busy: (state) => state.lastUpdateStatus === 'InProgress',
      reading: 'read the function while waiting for the update',
      waitedFor: `Lambda to finish updating function '${this.name}', for ${timeoutSeconds} s (wait-timeout)`,
    });
    if (now.lastUpdateStatus !== 'InProgress') return now;
    throw new DeployError(
      `Lambda was still updating function '${this.name}' after ${timeoutSeconds} s (wait-timeout); ` +
        'the update may yet finish or fail',
    );
  }

  /**
   * Reads the function (or `qualifier`) until `busy` says it is done, on the quick schedule
   * (poll-schedule.ts), and returns it as it then was: done, failed, or still busy at the
   * deadline. An error that reaches here (the client has retried throttling, 5xx and resets
   * already) will not pass, so it ends the wait.
   */
  protected async poll(
    timeoutSeconds: number,
    end: {
      readonly busy: (state: FunctionState) => boolean;
      readonly reading: string;
      readonly waitedFor: string;
      /** A published version to wait for, instead of $LATEST. */
      readonly qualifier?: string;
    },
  ): Promise<FunctionState> {
    const started = performance.now();
    const deadline = Date.now() + timeoutSeconds * 1000;
    const expired = AbortSignal.timeout(timeoutSeconds * 1000);
    const schedule = pollScheduleOf(this.timing);
    for (let look = 0; look < MAX_LOOKS; look++) {
      let now: FunctionState;
      const lookedAt = Date.now();
      try {
        now = await this.look(expired, end.qualifier);
      } catch (error) {
        if (!expired.aborted) throw this.failure(error, end.reading, 'lambda:GetFunction');
        break;
      }
      if (!end.busy(now)) return now;
      // Busy at the deadline only when this read began at or after it; one that began before
      // and was answered after it is followed by a last look.
      if (lookedAt >= deadline) return now;
      const left = deadline - Date.now();
      if (left <= 0) break;
      await sleep(Math.min(pollDelayMs(schedule, performance.now() - started), left), expired);
    }
    return this.lastLook(deadline, end.busy, end.waitedFor, end.qualifier);
  }

  private async look(signal: AbortSignal, qualifier: string | undefined): Promise<FunctionState> {
    const response = await this.client.send(
      new GetFunctionCommand({ FunctionName: this.name, Qualifier: qualifier }),
      { abortSignal: signal },
    );
    return toFunctionState(response.Configuration, response.Tags, response.Code);
  }

  /**
   * The function as it is once a wait's deadline passed during a read (cut short, or begun
   * before it and answered after): one more read, bounded on its own, so a wait never
   * outlasts wait-timeout by more than that.
   */
  protected async lastLook(
    deadline: number,
    busy: (state: FunctionState) => boolean,
    waitedFor: string,
    qualifier: string | undefined,
  ): Promise<FunctionState> {
    try {
      const now = await this.read(AbortSignal.timeout(LAST_READ_MS), qualifier);
      const left = deadline - Date.now();
      if (!busy(now) || left <= 0) return now;
      await new Promise((resolve) => setTimeout(resolve, left));
      return await this.read(AbortSignal.timeout(LAST_READ_MS), qualifier);
    } catch (error) {
      throw new DeployError(
        `Waited for ${waitedFor}; then its state could not be read within ${LAST_READ_MS / 1000} s, ` +
          'so whether that finished is unknown',
        { cause: error },
      );
    }
  }
}

/** How long each read that ends a wait may take, its retries included. */
const LAST_READ_MS = 5_000;

/** Bounds the loop's count as well as its time. */
const MAX_LOOKS = 10_000;
