import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONFLICT_RETRY, backoffDelay, mutate, type RetryPolicy } from '../../../src/aws/retry.js';
import { OutcomeUnknownError, isOutcomeUnknownFailure } from '../../../src/errors.js';
import { rejectionOf } from '../helpers/errors.js';
import { awsError, conflictError, connectionError } from '../helpers/lambda.js';
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

describe('mutate without a confirmation', () => {
  it('returns the first answer without retrying or logging', async () => {
    const log = new RecordingLogger();
    const call = vi.fn(() => Promise.resolve('done'));
    expect(await mutate('Call', call, FAST, log)).toBe('done');
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
    expect(await mutate('UpdateFunctionCode', call, FAST, log)).toBe('done');
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
    expect(await rejectionOf(mutate('Call', call, FAST, log))).toBe(last);
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
    expect(await rejectionOf(mutate('Call', call, FAST, log))).toBe(exists);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('does not retry other errors', async () => {
    const log = new RecordingLogger();
    const throttled = awsError('TooManyRequestsException', 'Rate exceeded');
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(throttled);
    expect(await rejectionOf(mutate('Call', call, FAST, log))).toBe(throttled);
    expect(call).toHaveBeenCalledTimes(1);
    expect(log.infos).toEqual([]);
  });

  it('makes a single attempt when the policy allows one', async () => {
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(conflictError());
    await rejectionOf(mutate('Call', call, { ...FAST, attempts: 1 }, new RecordingLogger()));
    expect(call).toHaveBeenCalledTimes(1);
  });
});

describe('mutate with a confirmation: a change whose answer was lost', () => {
  const lostAnswer = () => connectionError('ECONNRESET', 6);

  it('carries on with what it reads back when the change is in place', async () => {
    const log = new RecordingLogger();
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(lostAnswer());
    const readBack = vi.fn(() => Promise.resolve('alias live -> 3'));
    expect(await mutate('UpdateAlias', call, FAST, log, { readBack })).toBe('alias live -> 3');
    expect(call).toHaveBeenCalledTimes(1);
    expect(readBack).toHaveBeenCalledTimes(1);
    expect(log.infos.join('\n')).toContain('UpdateAlias: the change is in place as asked');
  });

  it('fails with the original error when the read shows it was not applied', async () => {
    const error = lostAnswer();
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(error);
    const readBack = () => Promise.resolve(undefined);
    expect(
      await rejectionOf(mutate('UpdateAlias', call, FAST, new RecordingLogger(), { readBack })),
    ).toBe(error);
    // The SDK resent it already; the outcome is known, so it is not sent again.
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('says the outcome is unknown, never a state, when the read fails too', async () => {
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(lostAnswer());
    const readBack = () => Promise.reject(connectionError('ECONNREFUSED', 6));
    const error = await rejectionOf(
      mutate('PublishVersion', call, FAST, new RecordingLogger(), { readBack }),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.message).toContain('PublishVersion failed (the connection failed (ECONNRESET))');
    expect(error.message).toContain('whether it was applied is unknown');
    expect(isOutcomeUnknownFailure(new Error('wrapped', { cause: error }))).toBe(true);
  });

  it('takes "already exists" on a resend as done when the read shows what was asked', async () => {
    const exists = awsError('ResourceConflictException', 'Alias already exists: arn:...:live');
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(exists);
    const readBack = () => Promise.resolve('live -> 3');
    expect(await mutate('CreateAlias', call, FAST, new RecordingLogger(), { readBack })).toBe(
      'live -> 3',
    );
  });

  it('fails on "already exists" when what exists is not what was asked', async () => {
    const exists = awsError(
      'ResourceConflictException',
      'FunctionUrlConfig exists for this Lambda function',
    );
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(exists);
    const readBack = () => Promise.resolve(undefined);
    expect(
      await rejectionOf(
        mutate('CreateFunctionUrlConfig', call, FAST, new RecordingLogger(), { readBack }),
      ),
    ).toBe(exists);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('does not read back after a refusal that cannot have applied anything', async () => {
    const denied = awsError('AccessDeniedException', 'not allowed');
    const readBack = vi.fn(() => Promise.resolve('x'));
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(denied);
    expect(
      await rejectionOf(mutate('CreateAlias', call, FAST, new RecordingLogger(), { readBack })),
    ).toBe(denied);
    expect(readBack).not.toHaveBeenCalled();
  });

  it('with checkBeforeResend, resends a lost call only after reading that it made nothing', async () => {
    const call = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(lostAnswer())
      .mockResolvedValue('version 4');
    const readBack = vi.fn(() => Promise.resolve(undefined));
    expect(
      await mutate('PublishLayerVersion', call, FAST, new RecordingLogger(), {
        readBack,
        checkBeforeResend: true,
      }),
    ).toBe('version 4');
    expect(readBack).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('with checkBeforeResend, never resends a call that the read shows was applied', async () => {
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(lostAnswer());
    const readBack = vi.fn(() => Promise.resolve('version 3'));
    expect(
      await mutate('PublishLayerVersion', call, FAST, new RecordingLogger(), {
        readBack,
        checkBeforeResend: true,
      }),
    ).toBe('version 3');
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('with checkBeforeResend, retries throttling itself, since the SDK does not', async () => {
    const call = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(awsError('TooManyRequestsException', 'Rate exceeded'))
      .mockResolvedValue('version 4');
    expect(
      await mutate('PublishLayerVersion', call, FAST, new RecordingLogger(), {
        readBack: () => Promise.resolve(undefined),
        checkBeforeResend: true,
      }),
    ).toBe('version 4');
    expect(call).toHaveBeenCalledTimes(2);
  });
});
