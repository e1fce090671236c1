import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CONFLICT_RETRY,
  backoffDelay,
  retryOnConflict,
  type RetryPolicy,
} from '../../../src/aws/retry.js';
import { rejectionOf } from '../helpers/errors.js';
import { awsError, conflictError } from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const FAST: RetryPolicy = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('backoffDelay', () => {
  const policy: RetryPolicy = { attempts: 10, baseDelayMs: 100, maxDelayMs: 1_000 };
  const ceilings = [100, 200, 400, 800, 1_000, 1_000, 1_000];

  it.each(ceilings.map((ceiling, index) => [index + 1, ceiling]))(
    'keeps attempt %i between half of %i ms and all of it',
    (attempt, ceiling) => {
      const random = vi.spyOn(Math, 'random');
      random.mockReturnValue(0);
      expect(backoffDelay(policy, attempt)).toBe(ceiling / 2);
      random.mockReturnValue(0.999_999);
      const high = backoffDelay(policy, attempt);
      expect(high).toBeLessThanOrEqual(ceiling);
      expect(high).toBeGreaterThan(ceiling * 0.99);
    },
  );

  it('stays within [ceiling/2, ceiling] for real random numbers', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      for (let sample = 0; sample < 200; sample++) {
        const delay = backoffDelay(policy, attempt);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('caps the ceiling at maxDelayMs, however many attempts', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999_999);
    for (const attempt of [20, 64, 2_000]) {
      const delay = backoffDelay(CONFLICT_RETRY, attempt);
      expect(delay).toBeLessThanOrEqual(CONFLICT_RETRY.maxDelayMs);
      expect(delay).toBeGreaterThanOrEqual(CONFLICT_RETRY.maxDelayMs / 2);
    }
  });
});

describe('retryOnConflict', () => {
  it('returns the first answer without retrying or logging', async () => {
    const log = new RecordingLogger();
    const call = vi.fn(() => Promise.resolve('done'));
    expect(await retryOnConflict('Call', call, FAST, log)).toBe('done');
    expect(call).toHaveBeenCalledTimes(1);
    expect(log.infos).toEqual([]);
  });

  it('retries ResourceConflictException and logs each retry', async () => {
    const log = new RecordingLogger();
    const call = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(conflictError())
      .mockRejectedValueOnce(conflictError())
      .mockResolvedValue('done');
    expect(await retryOnConflict('UpdateFunctionCode', call, FAST, log)).toBe('done');
    expect(call).toHaveBeenCalledTimes(3);
    expect(log.infos).toHaveLength(2);
    expect(log.infos[0]).toContain('UpdateFunctionCode');
    expect(log.infos[0]).toContain('ResourceConflictException');
    expect(log.infos[0]).toContain('attempt 2 of 4');
    expect(log.infos[1]).toContain('attempt 3 of 4');
  });

  it('gives up after the policy’s attempts and throws the last conflict', async () => {
    const log = new RecordingLogger();
    const last = conflictError();
    const call = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(conflictError())
      .mockRejectedValueOnce(conflictError())
      .mockRejectedValueOnce(conflictError())
      .mockRejectedValueOnce(last)
      .mockResolvedValue('too late');
    expect(await rejectionOf(retryOnConflict('Call', call, FAST, log))).toBe(last);
    expect(call).toHaveBeenCalledTimes(4);
    expect(log.infos).toHaveLength(3);
  });

  it('does not retry a ResourceConflictException that says the resource already exists', async () => {
    const log = new RecordingLogger();
    const exists = awsError(
      'ResourceConflictException',
      'The statement id (sid) provided already exists. Please provide a new statement id.',
    );
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(exists);
    expect(await rejectionOf(retryOnConflict('Call', call, FAST, log))).toBe(exists);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('does not retry other errors', async () => {
    const log = new RecordingLogger();
    const throttled = awsError('TooManyRequestsException', 'Rate exceeded');
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(throttled);
    expect(await rejectionOf(retryOnConflict('Call', call, FAST, log))).toBe(throttled);
    expect(call).toHaveBeenCalledTimes(1);
    expect(log.infos).toEqual([]);
  });

  it('makes a single attempt when the policy allows one', async () => {
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(conflictError());
    await rejectionOf(
      retryOnConflict('Call', call, { ...FAST, attempts: 1 }, new RecordingLogger()),
    );
    expect(call).toHaveBeenCalledTimes(1);
  });
});
