import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CloudWatchAlarms } from '../../../src/aws/cloudwatch-alarms.js';
import type { AliasState, LambdaRelease } from '../../../src/aws/lambda-release.js';
import {
  RolledBack,
  RolloutStopped,
  runRollout,
  runRolloutTogether,
  stepRouting,
} from '../../../src/deploy/rollout.js';
import { failureOutputs } from '../../../src/errors.js';
import { rejectionOf } from '../helpers/errors.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

// The steps hold for traffic-interval: on a fake clock, which the tests move on at once.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs `promise` to its end, moving the fake clock on a quarter second at a time. */
async function onFakeClock<T>(promise: Promise<T>): Promise<T> {
  const state = { done: false };
  const tracked = promise.finally(() => {
    state.done = true;
  });
  tracked.catch(() => undefined);
  for (let tick = 0; tick < 1_000 && !state.done; tick++) await vi.advanceTimersByTimeAsync(250);
  return tracked;
}

const rollout = (run: Parameters<typeof runRollout>[0]) => onFakeClock(runRollout(run));
const together = (...args: Parameters<typeof runRolloutTogether>) =>
  onFakeClock(runRolloutTogether(...args));

const BEFORE: AliasState = {
  name: 'live',
  arn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders:live',
  version: '7',
  weights: { '6': 0.05 },
  revisionId: 'r0',
};

/** A releaser whose UpdateAlias answers with the routing asked, recording each move. */
function fakeReleaser() {
  const moves: {
    version: string;
    weights: Record<string, number>;
    revisionId: string | undefined;
  }[] = [];
  const releaser = {
    updateAlias: (
      current: AliasState,
      version: string,
      weights: Readonly<Record<string, number>>,
    ): Promise<AliasState> => {
      moves.push({ version, weights: { ...weights }, revisionId: current.revisionId });
      return Promise.resolve({
        ...current,
        version,
        weights: { ...weights },
        revisionId: `r${moves.length}`,
      });
    },
  } as unknown as LambdaRelease;
  return { releaser, moves };
}

/** Alarms whose states come from `next`, called at each read. */
function fakeAlarms(
  next: (read: number) => Record<string, string>,
  names = ['errors'],
  region = 'us-east-1',
) {
  let reads = 0;
  return {
    alarms: {
      names,
      region,
      states: () => Promise.resolve(new Map(Object.entries(next(++reads)))),
    } as unknown as CloudWatchAlarms,
    reads: () => reads,
  };
}

describe('stepRouting', () => {
  it('splits a share beside the primary before, and gives all of it at 100', () => {
    expect(stepRouting(BEFORE, '8', 50)).toEqual({ version: '7', weights: { '8': 0.5 } });
    expect(stepRouting(BEFORE, '8', 100)).toEqual({ version: '8', weights: {} });
  });
});

describe('runRollout', () => {
  const first = { ...BEFORE, weights: { '8': 0.1 }, revisionId: 'r-first' };

  it('takes the alias through each step, each carrying the RevisionId the last one left', async () => {
    const { releaser, moves } = fakeReleaser();
    const log = new RecordingLogger();
    const after = await rollout({
      releaser,
      alarms: undefined,
      rollout: { steps: [10, 50, 100], intervalSeconds: 1, alarms: [] },
      before: BEFORE,
      moved: first,
      version: '8',
      describeAlias: (primary, previous) => `lambda-deploy: ${primary} (was ${previous ?? 'none'})`,
      log,
    });
    expect(moves).toEqual([
      { version: '7', weights: { '8': 0.5 }, revisionId: 'r-first' },
      { version: '8', weights: {}, revisionId: 'r1' },
    ]);
    expect(after).toMatchObject({ version: '8', weights: {} });
    expect(log.infos.join('\n')).toContain('Traffic step 2 of 3 (50 %)');
    expect(log.infos.join('\n')).toContain('Traffic step 3 of 3 (100 %)');
  });

  it('puts the alias back to exactly its routing before the run when an alarm fires in step 2', async () => {
    const { releaser, moves } = fakeReleaser();
    // OK at step 1, ALARM from the first read in step 2 on.
    const { alarms } = fakeAlarms((read) => ({ errors: read >= 3 ? 'ALARM' : 'OK' }));
    const error = await rejectionOf(
      rollout({
        releaser,
        alarms,
        rollout: { steps: [10, 50, 100], intervalSeconds: 1, alarms: ['errors'] },
        before: BEFORE,
        moved: first,
        version: '8',
        describeAlias: () => 'record',
        log: new RecordingLogger(),
      }),
    );
    expect(error).toBeInstanceOf(RolledBack);
    expect(error.message).toContain("Alarm 'errors' is in ALARM during step 2 of 3 (50 %)");
    expect(error.message).toContain("alias 'live' was put back to 7 (95 %) / 6 (5 %)");
    expect(failureOutputs(error)).toEqual({ 'rolled-back': 'true' });
    expect(moves.at(-1)).toEqual({ version: '7', weights: { '6': 0.05 }, revisionId: 'r1' });
    expect(
      moves.some((move) => move.version === '8' && Object.keys(move.weights).length === 0),
    ).toBe(false);
  });

  it('reads the alarms at least twice while a step holds', async () => {
    const { releaser } = fakeReleaser();
    const watched = fakeAlarms(() => ({ errors: 'OK' }));
    await rollout({
      releaser,
      alarms: watched.alarms,
      rollout: { steps: [10, 100], intervalSeconds: 2, alarms: ['errors'] },
      before: BEFORE,
      moved: first,
      version: '8',
      describeAlias: () => 'record',
      log: new RecordingLogger(),
    });
    // At step 1's start, twice more while it holds 2 s, and once at step 2.
    expect(watched.reads()).toBeGreaterThanOrEqual(3);
  });

  it('says where the alias is when putting it back fails', async () => {
    const { alarms } = fakeAlarms(() => ({ errors: 'ALARM' }));
    const releaser = {
      updateAlias: () => Promise.reject(new Error('connection reset')),
    } as unknown as LambdaRelease;
    const error = await rejectionOf(
      rollout({
        releaser,
        alarms,
        rollout: { steps: [10, 100], intervalSeconds: 1, alarms: ['errors'] },
        before: BEFORE,
        moved: first,
        version: '8',
        describeAlias: () => 'record',
        log: new RecordingLogger(),
      }),
    );
    expect(error.message).toContain('putting alias');
    expect(error.message).toContain('It still routes 7 (90 %) / 8 (10 %)');
  });
});

describe('runRolloutTogether', () => {
  const lane = (label: string, releaser: LambdaRelease, alarms?: CloudWatchAlarms) => ({
    label,
    releaser,
    alarms,
    before: { ...BEFORE, arn: `${BEFORE.arn}-${label}`, weights: {} },
    moved: { ...BEFORE, weights: { '8': 0.1 }, revisionId: `r-${label}` },
    version: '8',
    describeAlias: () => 'record',
  });

  it('moves every alias at each step before holding, and ends with all on the new version', async () => {
    const a = fakeReleaser();
    const b = fakeReleaser();
    const log = new RecordingLogger();
    const after = await together(
      [lane('orders', a.releaser), lane('billing', b.releaser)],
      { steps: [10, 50, 100], intervalSeconds: 1, alarms: [] },
      log,
    );
    for (const { moves } of [a, b]) {
      expect(moves.map((move) => [move.version, move.weights])).toEqual([
        ['7', { '8': 0.5 }],
        ['8', {}],
      ]);
    }
    expect(after.map((alias) => alias.version)).toEqual(['8', '8']);
    const lines = log.infos.join('\n');
    expect(lines).toContain(
      'Traffic step 2 of 3 (50 %): alias live of orders routes 7 (50 %) / 8 (50 %)',
    );
    expect(lines).toContain('Traffic step 3 of 3 (100 %): alias live of billing routes 8');
  });

  it("puts every alias back when one lane's alarm fires, saying where each one is", async () => {
    const a = fakeReleaser();
    const b = fakeReleaser();
    const quiet = fakeAlarms(() => ({ errors: 'OK' }));
    const firing = fakeAlarms(
      (read) => ({ 'billing-errors': read >= 2 ? 'ALARM' : 'OK' }),
      ['billing-errors'],
      'eu-west-1',
    );
    const error = await rejectionOf(
      together(
        [lane('orders', a.releaser, quiet.alarms), lane('billing', b.releaser, firing.alarms)],
        { steps: [10, 50, 100], intervalSeconds: 1, alarms: ['errors'] },
        new RecordingLogger(),
      ),
    );
    expect(error).toBeInstanceOf(RolledBack);
    expect(error.message).toContain("Alarm 'billing-errors' (eu-west-1) is in ALARM");
    expect(error.message).toContain('every alias was put back');
    expect(error).toMatchObject({
      aliases: ["alias 'live' put back to 7", "alias 'live' put back to 7"],
    });
    for (const { moves } of [a, b])
      expect(moves.at(-1)).toMatchObject({ version: '7', weights: {} });
    // Neither reached 100 %.
    for (const { moves } of [a, b]) {
      expect(moves.some((move) => move.version === '8')).toBe(false);
    }
  });

  it("puts every alias back when one lane's step move fails", async () => {
    const a = fakeReleaser();
    let calls = 0;
    const failing = {
      updateAlias: (current: AliasState, version: string, weights: Record<string, number>) =>
        ++calls === 1
          ? Promise.reject(new Error('Lambda had an internal error'))
          : Promise.resolve({ ...current, version, weights }),
    } as unknown as LambdaRelease;
    const error = await rejectionOf(
      together(
        [lane('orders', a.releaser), lane('billing', failing)],
        { steps: [10, 100], intervalSeconds: 1, alarms: [] },
        new RecordingLogger(),
      ),
    );
    expect(error).toBeInstanceOf(RolledBack);
    expect(error.message).toContain(
      'Moving alias live of billing to step 2 of 2 (100 %) failed: Lambda had an internal error',
    );
    // orders had moved to 100 % and went back; billing went back from its first step.
    expect(a.moves.map((move) => move.version)).toEqual(['8', '7']);
    expect(error).toMatchObject({
      aliases: ["alias 'live' put back to 7", "alias 'live' put back to 7"],
    });
  });

  it('says which aliases were not put back', async () => {
    const a = fakeReleaser();
    const { alarms } = fakeAlarms(() => ({ errors: 'ALARM' }));
    const broken = {
      updateAlias: () => Promise.reject(new Error('connection reset')),
    } as unknown as LambdaRelease;
    const error = await rejectionOf(
      together(
        [lane('orders', a.releaser, alarms), lane('billing', broken)],
        { steps: [10, 100], intervalSeconds: 1, alarms: ['errors'] },
        new RecordingLogger(),
      ),
    );
    expect(error).toBeInstanceOf(RolloutStopped);
    expect(error).not.toBeInstanceOf(RolledBack);
    expect(error.message).toContain('putting 1 of 2 aliases back failed');
    expect(error.message).toContain(
      "billing: alias 'live' NOT put back: it still routes 7 (90 %) / 8 (10 %)",
    );
    expect(error.message).toContain('billing: connection reset');
    expect(failureOutputs(error)).toEqual({});
  });

  it('states where every alias is when the alarms cannot be read', async () => {
    const a = fakeReleaser();
    const unreadable = {
      names: ['errors'],
      region: 'us-east-1',
      states: () => Promise.reject(new Error('Could not read the alarms in us-east-1: throttled.')),
    } as unknown as CloudWatchAlarms;
    const error = await rejectionOf(
      together(
        [lane('orders', a.releaser, unreadable)],
        { steps: [10, 100], intervalSeconds: 1, alarms: ['errors'] },
        new RecordingLogger(),
      ),
    );
    expect(error).toBeInstanceOf(RolloutStopped);
    expect(error.message).toBe(
      'Could not read the alarms in us-east-1: throttled. The steps stopped at step 1 of 2 (10 %): ' +
        'alias live of orders routes 7 (90 %) / 8 (10 %).',
    );
    expect(a.moves).toEqual([]);
  });
});
