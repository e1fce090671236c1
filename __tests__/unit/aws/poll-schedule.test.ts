import { describe, expect, it, vi } from 'vitest';
import { pollScheduleOf, DEFAULT_TIMING } from '../../../src/aws/function-calls.js';
import { pollDelayMs, QUICK_POLLS } from '../../../src/aws/poll-schedule.js';
import { CONFLICT_RETRY, mutate, type RetryPolicy } from '../../../src/aws/retry.js';
import { awsError, conflictError } from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

describe('pollDelayMs', () => {
  it('looks every 250 ms for the first 5 s, so a wait ends within 0.25 s of Lambda', () => {
    for (const elapsed of [0, 100, 1_000, 2_500, 4_999]) {
      expect(pollDelayMs(QUICK_POLLS, elapsed)).toBe(250);
    }
  });

  it('then doubles every 5 s, up to 5 s between looks', () => {
    expect(
      [5_000, 10_000, 15_000, 20_000, 25_000, 60_000, 3_600_000].map((at) =>
        pollDelayMs(QUICK_POLLS, at),
      ),
    ).toEqual([500, 1_000, 2_000, 4_000, 5_000, 5_000, 5_000]);
  });

  it("makes at most a few reads a second, far below GetFunction's 100 per second", () => {
    let elapsed = 0;
    let looks = 0;
    while (elapsed < 600_000) {
      elapsed += pollDelayMs(QUICK_POLLS, elapsed);
      looks++;
    }
    // 20 in the first 5 s, then fewer and fewer: a ten-minute wait is about 150 reads.
    expect(looks).toBeLessThan(160);
    expect(looks).toBeGreaterThan(100);
  });

  it('is the default timing of every function wait', () => {
    expect(pollScheduleOf(DEFAULT_TIMING)).toEqual(QUICK_POLLS);
  });
});

describe('mutate on a busy function (409 "An update is in progress")', () => {
  const polls = { quickMs: 5, quickForMs: 50, maxMs: 20 };
  const quick: RetryPolicy = {
    attempts: 2,
    baseDelayMs: 1,
    maxDelayMs: 1,
    busy: { polls, forMs: 400 },
  };

  it('sends again on the quick schedule until the other update ends, logging it once', async () => {
    const log = new RecordingLogger();
    const call = vi.fn<() => Promise<string>>();
    for (let i = 0; i < 6; i++) call.mockRejectedValueOnce(conflictError());
    call.mockResolvedValueOnce('updated');
    expect(await mutate('Update the code', call, quick, log)).toBe('updated');
    // Six busy answers: more than `attempts`, which counts other failures only.
    expect(call).toHaveBeenCalledTimes(7);
    expect(log.infosWith('busy with another update')).toHaveLength(1);
    expect(log.infosWith('sent once the other update ended')).toHaveLength(1);
  });

  it('gives up with the 409 once its time is out', async () => {
    const log = new RecordingLogger();
    const call = vi.fn(() => Promise.reject(conflictError()));
    const policy = { ...quick, busy: { polls, forMs: 60 } };
    await expect(mutate('Update the code', call, policy, log)).rejects.toThrow(
      'An update is in progress',
    );
    // Sent again at least once; how often within 60 ms depends on the machine's load.
    expect(call.mock.calls.length).toBeGreaterThan(1);
    expect(call.mock.calls.length).toBeLessThan(20);
  });

  it('does not take other failures for a busy function', async () => {
    const call = vi.fn(() => Promise.reject(awsError('AccessDeniedException', 'no')));
    await expect(mutate('Update the code', call, quick, new RecordingLogger())).rejects.toThrow(
      'no',
    );
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('waits out about a minute by default, asking again every 300 ms at first', () => {
    expect(CONFLICT_RETRY.busy).toEqual({ polls: { ...QUICK_POLLS, quickMs: 300 }, forMs: 60_000 });
  });
});
