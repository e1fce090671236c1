/**
 * How often a wait asks Lambda whether it is done. Lambda finishes most updates within a few
 * seconds, so the first seconds are polled every `quick` (a wait then ends at most that long
 * after Lambda does); past them the delay doubles every further `quickFor` up to `max`, so a
 * minutes-long wait (SnapStart, provisioned concurrency) makes a few dozen reads, far below
 * the control plane's limits on reads.
 */
export interface PollSchedule {
  readonly quickMs: number;
  readonly quickForMs: number;
  readonly maxMs: number;
}

/** 250 ms for the first 5 s, then 0.5 s, 1 s, 2 s, 4 s ... at most 5 s. */
export const QUICK_POLLS: PollSchedule = { quickMs: 250, quickForMs: 5_000, maxMs: 5_000 };

/** The delay before the next look, `elapsedMs` into a wait. */
export function pollDelayMs(schedule: PollSchedule, elapsedMs: number): number {
  if (elapsedMs < schedule.quickForMs) return schedule.quickMs;
  const doublings = Math.floor((elapsedMs - schedule.quickForMs) / schedule.quickForMs) + 1;
  return Math.min(schedule.maxMs, schedule.quickMs * 2 ** Math.min(doublings, 20));
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
