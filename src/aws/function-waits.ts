import {
  GetFunctionCommand,
  type GetFunctionCommandOutput,
  waitUntilFunctionActiveV2,
  waitUntilFunctionUpdatedV2,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { DeployError } from '../errors.js';
import { formatSeconds } from '../format.js';

/** What the deploy needs to know of a function, read from Lambda. */
import { FunctionReads } from './function-reads.js';
import { type FunctionState, toFunctionState } from './function-state.js';

/** Waiting for Lambda: an update to settle, a function or version to become Active. */
export abstract class FunctionWaits extends FunctionReads {
  /**
   * Waits until a published version is Active (SnapStart versions take minutes), within
   * `timeoutSeconds`; traffic must not reach it before.
   */
  async waitUntilVersionActive(version: string, timeoutSeconds: number): Promise<FunctionState> {
    const started = performance.now();
    const now = await this.poll(waitUntilFunctionActiveV2, timeoutSeconds, {
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
    const created = await this.poll(waitUntilFunctionActiveV2, timeoutSeconds, {
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
    const now = await this.poll(waitUntilFunctionUpdatedV2, timeoutSeconds, {
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
   * Runs one of the SDK's waiters on the function and returns the function as it was when
   * the waiter stopped: done, failed, or (`busy`) still going at the deadline.
   */
  protected async poll(
    waiter: typeof waitUntilFunctionUpdatedV2,
    timeoutSeconds: number,
    end: {
      readonly busy: (state: FunctionState) => boolean;
      readonly reading: string;
      readonly waitedFor: string;
      /** A published version to wait for, instead of $LATEST. */
      readonly qualifier?: string;
    },
  ): Promise<FunctionState> {
    const minDelay = Math.min(this.timing.minPollSeconds, timeoutSeconds / 2);
    const maxDelay = Math.max(minDelay * 2, Math.min(this.timing.maxPollSeconds, timeoutSeconds));
    const deadline = Date.now() + timeoutSeconds * 1000;
    const polling = stopOnError(this.client, timeoutSeconds);
    try {
      const { final } = await waiter(
        {
          client: polling.client,
          abortSignal: polling.signal,
          maxWaitTime: timeoutSeconds,
          minDelay,
          maxDelay,
        },
        { FunctionName: this.name, Qualifier: end.qualifier },
      );
      return toFunctionState(final?.Configuration, final?.Tags, final?.Code);
    } catch {
      polling.rethrow((error) => this.failure(error, end.reading, 'lambda:GetFunction'));
      // The waiter throws on Failed and on timeout alike; the function's own state says which.
      return this.lastLook(deadline, end.busy, end.waitedFor, end.qualifier);
    }
  }

  /**
   * The function as it is when a wait ends. The waiter gives up when its next delay would
   * pass the deadline, up to a few seconds early, so while `busy` says so, the last look is
   * taken at the deadline itself: wait-timeout means what it says. Each read is bounded, so
   * a wait never outlasts wait-timeout by more than that.
   */
  protected async lastLook(
    deadline: number,
    busy: (state: FunctionState) => boolean,
    waitedFor: string,
    qualifier: string | undefined,
  ): Promise<FunctionState> {
    try {
      const now = await this.read(AbortSignal.timeout(LAST_READ_MS), qualifier);
      if (!busy(now)) return now;
      const left = deadline - Date.now();
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
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

/**
 * The SDK's waiters poll on through any error until their time is up. The client has
 * already retried throttling, 5xx and resets by then, so an error that reaches the waiter
 * (access denied, a deleted function) will not pass: this client stops the waiter on it.
 * The waiter stops polling at its deadline but would leave a request in flight to run on:
 * that request is ended at the deadline too.
 */
function stopOnError(
  client: LambdaClient,
  timeoutSeconds: number,
): {
  client: LambdaClient;
  signal: AbortSignal;
  rethrow: (describe: (error: unknown) => Error) => void;
} {
  const controller = new AbortController();
  const deadline = AbortSignal.any([controller.signal, AbortSignal.timeout(timeoutSeconds * 1000)]);
  let failure: { error: unknown } | undefined;
  const watched = new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver) as unknown;
      // The waiters send GetFunction only.
      return async (command: GetFunctionCommand): Promise<GetFunctionCommandOutput> => {
        try {
          return await target.send(command, { abortSignal: deadline });
        } catch (error) {
          if (deadline.aborted) throw error;
          failure ??= { error };
          controller.abort();
          throw error;
        }
      };
    },
  });
  return {
    client: watched,
    signal: controller.signal,
    rethrow: (describe) => {
      if (failure !== undefined) throw describe(failure.error);
    },
  };
}
