// Cancelling a job sends the step SIGINT, then SIGTERM about 7.5 s later, then SIGKILL about
// 2.5 s after that. While a rollout can leave an alias on a routing other than the one it had
// before the run (from its first move to the end of its last step), a signal stops it: the
// rollout's signal aborts, and the rollout puts every alias it moved back. Outside that
// window a signal changes nothing: the step says what state it leaves, and ends.
import type { Logger } from '../../logger.js';

/** How long the put-back after a signal may take in all, inside the runner's grace time. */
export const CANCEL_BUDGET_MS = 6_000;

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
export type StopSignal = (typeof SIGNALS)[number];

/** The reason a rollout's signal aborts with when the job is cancelled. */
export class Cancelled extends Error {
  override readonly name = 'Cancelled';

  constructor(readonly signal: StopSignal) {
    super(`The job was cancelled (${signal})`);
  }
}

/** What the step has left so far, in a sentence: said when a signal comes outside a rollout. */
export type StateSentence = () => string;

/**
 * The process-wide watch for SIGINT and SIGTERM. `open` marks a rollout window; a signal
 * during one aborts its signal (once: a second signal while it puts aliases back is only
 * logged); a signal outside one logs the state and ends the step, failed.
 */
export class RolloutGuard {
  private window: AbortController | undefined;
  private state: StateSentence = () => 'nothing was changed yet';
  private leaving: ((message: string) => Promise<void>) | undefined;
  private installed = false;

  constructor(
    private readonly log: Logger,
    private readonly exit: (code: number) => void = (code) => process.exit(code),
  ) {}

  /** Starts listening for the signals (once). */
  install(): void {
    if (this.installed) return;
    this.installed = true;
    for (const signal of SIGNALS)
      process.on(signal, () => {
        this.onSignal(signal);
      });
  }

  /** Says what the run has left so far, for a signal that comes outside a rollout. */
  describeState(sentence: StateSentence): void {
    this.state = sentence;
  }

  /** Runs before the step ends on a signal outside a rollout (the job summary), for 2 s at most. */
  beforeExit(leaving: (message: string) => Promise<void>): void {
    this.leaving = leaving;
  }

  /** Opens a rollout window: its signal aborts when the job is cancelled. */
  open(): AbortSignal {
    this.window = new AbortController();
    return this.window.signal;
  }

  close(): void {
    this.window = undefined;
  }

  onSignal(signal: StopSignal): void {
    const window = this.window;
    if (window === undefined) {
      const message = `Cancelled (${signal}) outside any traffic shift: ${this.state()}`;
      this.log.warning(message);
      const leaving = this.leaving?.(message) ?? Promise.resolve();
      const limit = new Promise((resolve) => setTimeout(resolve, 2_000).unref());
      void Promise.race([leaving, limit])
        .catch(() => undefined)
        .finally(() => {
          this.exit(1);
        });
      return;
    }
    if (window.signal.aborted) {
      this.log.warning(`${signal} again: still putting the aliases back`);
      return;
    }
    this.log.warning(`Cancelled (${signal}) during the traffic shift: putting the aliases back`);
    window.abort(new Cancelled(signal));
  }
}

/** The one guard of the process; main.ts installs it. */
let current: RolloutGuard | undefined;

export function rolloutGuard(log: Logger): RolloutGuard {
  current ??= new RolloutGuard(log);
  return current;
}

/** Resolves when `signal` aborts; never, without one. */
export function aborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal === undefined) return;
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    signal.addEventListener(
      'abort',
      () => {
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

/** `work`, unless `signal` aborts first (then its reason). */
export function untilAborted<T>(signal: AbortSignal | undefined, work: Promise<T>): Promise<T> {
  if (signal === undefined) return work;
  work.catch(() => undefined);
  return Promise.race([work, aborted(signal)]);
}

/** Waits `ms`, or less when `signal` aborts (then rejects with its reason). */
export function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return untilAborted(signal, new Promise((resolve) => setTimeout(resolve, ms)));
}
