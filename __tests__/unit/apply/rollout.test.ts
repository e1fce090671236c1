import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CloudWatchAlarms } from '../../../src/aws/cloudwatch-alarms.js';
import { AliasChangedError, type AliasState } from '../../../src/aws/lambda-release-shapes.js';
import { type LambdaRelease } from '../../../src/aws/lambda-release.js';
import { readDescription } from '../../../src/resources/alias/record.js';
import { Cancelled } from '../../../src/apply/rollout/guard.js';
import type { RolloutLane, SavedRollout } from '../../../src/apply/rollout/lane.js';
import { putBackRouting } from '../../../src/apply/rollout/stop.js';
import {
  RolledBack,
  RolloutStopped,
  RolloutWindow,
  stepRouting,
} from '../../../src/apply/rollout/rollout.js';
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

const BEFORE: AliasState = {
  name: 'live',
  arn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders:live',
  version: '7',
  weights: { '6': 0.05 },
  revisionId: 'r0',
  description: 'Orders, production | lambda-deploy: 7 (was 6) 0a0b0c0 run 40',
};

interface Move {
  version: string;
  weights: Record<string, number>;
  revisionId: string | undefined;
  description: string | undefined;
}

/**
 * A releaser over one alias: UpdateAlias checks the RevisionId as Lambda does (412 when it
 * changed), answers with the routing asked and a new RevisionId; GetAlias reads it.
 */
function fakeReleaser(start: AliasState, name = 'orders') {
  const moves: Move[] = [];
  let alias: AliasState = { ...start };
  let failures: (() => Error | undefined)[] = [];
  const releaser = {
    name,
    region: 'eu-west-1',
    getAlias: () => Promise.resolve({ ...alias }),
    updateAlias: (
      current: AliasState,
      version: string,
      weights: Readonly<Record<string, number>>,
      description?: string,
    ): Promise<AliasState> => {
      const failure = failures.shift()?.();
      if (failure !== undefined) return Promise.reject(failure);
      if (current.revisionId !== alias.revisionId) {
        return Promise.reject(new AliasChangedError(alias.name, { ...alias }, {}));
      }
      moves.push({ version, weights: { ...weights }, revisionId: current.revisionId, description });
      alias = {
        ...alias,
        version,
        weights: { ...weights },
        description,
        revisionId: `r${moves.length}`,
      };
      return Promise.resolve({ ...alias });
    },
  } as unknown as LambdaRelease;
  return {
    releaser,
    moves,
    now: () => alias,
    /** Another run moves the alias (a new RevisionId, its own description). */
    movedElsewhere(routing: Pick<AliasState, 'version' | 'weights'>, description = 'by hand') {
      alias = { ...alias, ...routing, description, revisionId: 'elsewhere' };
    },
    failNext(...next: (() => Error | undefined)[]) {
      failures = next;
    },
  };
}

/** Alarms whose states come from `next`, called at each read. */
function fakeAlarms(next: (read: number) => Record<string, string>, names = ['errors']) {
  let reads = 0;
  return {
    alarms: {
      names,
      region: 'eu-west-1',
      states: () => Promise.resolve(new Map(Object.entries(next(++reads)))),
    } as unknown as CloudWatchAlarms,
    reads: () => reads,
  };
}

interface Setup {
  readonly steps?: readonly number[];
  readonly alarms?: CloudWatchAlarms;
  readonly signal?: AbortSignal;
  readonly before?: AliasState;
  readonly releaser?: ReturnType<typeof fakeReleaser>;
}

/** A window with one lane whose first move (to 10 % of version 8) is done. */
async function movedWindow(setup: Setup = {}) {
  const before = setup.before ?? BEFORE;
  const fake = setup.releaser ?? fakeReleaser(before);
  const saved: SavedRollout[] = [];
  const log = new RecordingLogger();
  const window = new RolloutWindow({
    rollout: {
      steps: setup.steps ?? [10, 50, 100],
      intervalSeconds: 1,
      alarms: setup.alarms === undefined ? [] : ['errors'],
    },
    label: '1a2b3c4 run 42',
    run: '42.1',
    log,
    signal: setup.signal,
    save: (state) => saved.push(state),
    now: () => 1_765_000_000_000,
  });
  const lane: RolloutLane = {
    releaser: fake.releaser,
    alarms: setup.alarms,
    alias: 'live',
    before,
    version: '8',
    steps: true,
  };
  const state = window.pending(lane);
  const first = stepRouting(before, '8', (setup.steps ?? [10])[0] ?? 10);
  const { describeAlias } = await import('../../../src/resources/alias/record.js');
  const moved = await fake.releaser.updateAlias(
    before,
    first.version,
    first.weights,
    describeAlias(before.description, window.record(lane, first, 0)),
  );
  window.moved(state, moved);
  return { window, fake, saved, log };
}

describe('stepRouting and putBackRouting', () => {
  it('splits a share beside the primary before, and gives all of it at 100', () => {
    expect(stepRouting(BEFORE, '8', 50)).toEqual({ version: '7', weights: { '8': 0.5 } });
    expect(stepRouting(BEFORE, '8', 100)).toEqual({ version: '8', weights: {} });
  });

  it("puts back the routing before the run without the new version's share", () => {
    expect(putBackRouting({ version: '7', weights: { '8': 0.1 } }, '8')).toEqual({
      version: '7',
      weights: {},
    });
    expect(putBackRouting({ version: '7', weights: { '6': 0.05 } }, '8')).toEqual({
      version: '7',
      weights: { '6': 0.05 },
    });
    // The new version was the primary before the run: it keeps it.
    expect(putBackRouting({ version: '8', weights: { '7': 0.5 } }, '8')).toEqual({
      version: '8',
      weights: { '7': 0.5 },
    });
  });
});

describe('RolloutWindow.steps', () => {
  it('takes the alias through each step with its RevisionId, a marker until the last, and the record at the end', async () => {
    const { window, fake, saved } = await movedWindow();
    const after = await onFakeClock(window.steps());
    window.close();

    expect(
      fake.moves.map(({ version, weights, revisionId }) => [version, weights, revisionId]),
    ).toEqual([
      ['7', { '8': 0.1 }, 'r0'],
      ['7', { '8': 0.5 }, 'r1'],
      ['8', {}, 'r2'],
    ]);
    // The user's text is kept before each record.
    const records = fake.moves.map((move) => readDescription(move.description));
    expect(records.map((read) => read.text)).toEqual(Array(3).fill('Orders, production'));
    expect(records[0]?.record).toMatchObject({
      kind: 'rollout',
      target: '8',
      step: 1,
      run: '42.1',
    });
    expect(records[1]?.record).toMatchObject({ kind: 'rollout', target: '8', step: 2 });
    expect(records[1]?.record).toMatchObject({ before: { version: '7', weights: { '6': 0.05 } } });
    expect(records[2]?.record).toEqual({
      kind: 'moved',
      version: '8',
      previous: expect.objectContaining({ version: '7', weights: { '6': 0.05 } }) as unknown,
      label: '1a2b3c4 run 42',
    });
    expect(after[0]).toMatchObject({ version: '8', weights: {} });
    // The post step was told each RevisionId, then that nothing is left open.
    expect(saved.filter((state) => state.open).at(-1)?.aliases[0]?.revisionId).toBe('r3');
    expect(saved.at(-1)).toEqual({ run: '42.1', open: false, aliases: [] });
  });
});

describe('every stop puts the alias back, without the new version, and says what it read', () => {
  const canaryBefore: AliasState = { ...BEFORE, weights: { '8': 0.1 }, description: 'Orders' };

  it("an alarm in step 2 of a promotion after a canary: back to 7 alone, not to the canary's 10 %", async () => {
    const { alarms } = fakeAlarms((read) => ({ errors: read >= 3 ? 'ALARM' : 'OK' }));
    const { window, fake } = await movedWindow({
      before: canaryBefore,
      steps: [25, 50, 100],
      alarms,
    });

    const error = await rejectionOf(onFakeClock(window.steps()));

    expect(error).toBeInstanceOf(RolledBack);
    expect(failureOutputs(error)).toEqual({ 'rolled-back': 'true' });
    expect(fake.now()).toMatchObject({ version: '7', weights: {}, description: 'Orders' });
    expect(error.message).toBe(
      "Alarm 'errors' is in ALARM during step 2 of 3 (50 %): alias 'live' was put back (its " +
        "routing before this run, without version 8's share): it routes 7 (read back). " +
        'Version 8 stays published, with no traffic from this run.',
    );
  });

  it('a step move that keeps failing: the alias goes back, rolled-back is true', async () => {
    const { window, fake } = await movedWindow();
    fake.failNext(() => new Error('Could not move alias (HTTP 500) after 6 attempts'));

    const error = await rejectionOf(onFakeClock(window.steps()));

    expect(error).toBeInstanceOf(RolledBack);
    expect(error.message).toContain(
      'Moving alias live to step 2 of 3 (50 %) failed: Could not move alias (HTTP 500) after 6 attempts',
    );
    expect(fake.now()).toMatchObject({ version: '7', weights: { '6': 0.05 } });
    expect(fake.now().description).toBe(BEFORE.description);
  });

  it('alarms that cannot be read mid-step: the alias goes back, nobody would watch it', async () => {
    const unreadable = {
      names: ['errors'],
      region: 'eu-west-1',
      states: () => Promise.reject(new Error('Could not read the alarms in eu-west-1: throttled.')),
    } as unknown as CloudWatchAlarms;
    const { window, fake } = await movedWindow({ alarms: unreadable });

    const error = await rejectionOf(onFakeClock(window.steps()));

    expect(error).toBeInstanceOf(RolledBack);
    expect(error.message).toMatch(
      /^Could not read the alarms in eu-west-1: throttled: the alarms could not be read during step 1 of 3 \(10 %\): alias 'live' was put back/,
    );
    expect(fake.now()).toMatchObject({ version: '7', weights: { '6': 0.05 } });
  });

  it('a cancelled job: the hold ends at once and the alias goes back', async () => {
    const controller = new AbortController();
    const { window, fake } = await movedWindow({ signal: controller.signal });
    const running = window.steps();
    running.catch(() => undefined);
    controller.abort(new Cancelled('SIGINT'));

    const error = await rejectionOf(onFakeClock(running));

    expect(error).toBeInstanceOf(RolledBack);
    expect(error.message).toMatch(
      /^The job was cancelled \(SIGINT\) during step 1 of 3 \(10 %\): alias 'live' was put back/,
    );
    expect(fake.moves).toHaveLength(2);
    expect(fake.now()).toMatchObject({ version: '7', weights: { '6': 0.05 } });
  });

  it('an alias another run moved meanwhile is left alone, named with what it routes now', async () => {
    const { alarms } = fakeAlarms(() => ({ errors: 'ALARM' }));
    const { window, fake } = await movedWindow({ alarms });
    fake.movedElsewhere({ version: '9', weights: {} });

    const error = await rejectionOf(onFakeClock(window.steps()));

    expect(error).toBeInstanceOf(RolledBack);
    expect(error.message).toContain(
      "alias 'live' was moved by another run meanwhile and is left alone: it routes 9 (read back)",
    );
    expect(fake.now()).toMatchObject({ version: '9', description: 'by hand' });
  });

  it("a move of this run's that applied though its answer was lost is still put back", async () => {
    const { alarms } = fakeAlarms(() => ({ errors: 'ALARM' }));
    const { window, fake } = await movedWindow({ alarms });
    // The alias moved on with this run's marker, at a RevisionId the run never saw.
    const { describeAlias } = await import('../../../src/resources/alias/record.js');
    fake.movedElsewhere(
      { version: '7', weights: { '8': 0.5 } },
      describeAlias('Orders', {
        kind: 'rollout',
        target: '8',
        step: 2,
        steps: [10, 50, 100],
        until: 1,
        before: BEFORE,
        run: '42.1',
      }),
    );

    const error = await rejectionOf(onFakeClock(window.steps()));

    expect(error).toBeInstanceOf(RolledBack);
    expect(fake.now()).toMatchObject({ version: '7', weights: { '6': 0.05 } });
  });

  it('says where the alias is, as read, when putting it back fails; rolled-back is false', async () => {
    const { alarms } = fakeAlarms(() => ({ errors: 'ALARM' }));
    const { window, fake } = await movedWindow({ alarms });
    fake.failNext(() => new Error('connection reset'));

    const error = await rejectionOf(onFakeClock(window.steps()));

    expect(error).toBeInstanceOf(RolloutStopped);
    expect(error).not.toBeInstanceOf(RolledBack);
    expect(failureOutputs(error)).toEqual({ 'rolled-back': 'false' });
    expect(error.message).toBe(
      "Alarm 'errors' is in ALARM during step 1 of 3 (10 %): putting alias 'live' back failed " +
        '(connection reset): it routes 7 (90 %) / 8 (10 %) (read back). Move it back ' +
        'by hand, or with rollback-to.',
    );
  });
});

describe('lanes together', () => {
  async function twoLanes(alarmsOfB?: CloudWatchAlarms) {
    const a = fakeReleaser({ ...BEFORE, weights: {} }, 'orders');
    const b = fakeReleaser({ ...BEFORE, weights: {} }, 'billing');
    const window = new RolloutWindow({
      rollout: { steps: [10, 50, 100], intervalSeconds: 1, alarms: ['errors'] },
      label: '1a2b3c4 run 42',
      run: '42.1',
      log: new RecordingLogger(),
      signal: undefined,
      save: () => undefined,
    });
    for (const [label, fake, alarms] of [
      ['orders in eu-west-1', a, undefined],
      ['billing in eu-west-1', b, alarmsOfB],
    ] as const) {
      const lane: RolloutLane = {
        label,
        releaser: fake.releaser,
        alarms,
        alias: 'live',
        before: fake.now(),
        version: '8',
        steps: true,
      };
      const state = window.pending(lane);
      window.moved(state, await fake.releaser.updateAlias(fake.now(), '7', { '8': 0.1 }));
    }
    return { window, a, b };
  }

  it('moves every alias at each step before holding, and ends with all on the new version', async () => {
    const { window, a, b } = await twoLanes();
    const after = await onFakeClock(window.steps());
    expect(after.map((alias) => alias.version)).toEqual(['8', '8']);
    for (const fake of [a, b]) {
      expect(fake.moves.map((move) => move.version)).toEqual(['7', '7', '8']);
    }
  });

  it("puts every alias back when one lane's alarm fires, each read back", async () => {
    const { alarms } = fakeAlarms((read) => ({ errors: read >= 2 ? 'ALARM' : 'OK' }));
    const { window, a, b } = await twoLanes(alarms);

    const error = await rejectionOf(onFakeClock(window.steps()));

    expect(error).toBeInstanceOf(RolledBack);
    expect(error.message).toContain('every alias was put back');
    expect(error).toMatchObject({
      aliases: [
        "put back: alias 'live' routes 7 (read back)",
        "put back: alias 'live' routes 7 (read back)",
      ],
      labels: ['orders in eu-west-1', 'billing in eu-west-1'],
    });
    for (const fake of [a, b]) expect(fake.now()).toMatchObject({ version: '7', weights: {} });
  });

  it('names the alias that could not be put back, and the lane whose move failed', async () => {
    const { window, a, b } = await twoLanes();
    b.failNext(
      () => new Error('Lambda had an internal error'),
      () => new Error('connection reset'),
    );

    const error = await rejectionOf(onFakeClock(window.steps()));

    expect(error).toBeInstanceOf(RolloutStopped);
    expect(error).not.toBeInstanceOf(RolledBack);
    expect(error.message).toContain('putting 1 of 2 aliases back failed');
    expect(error).toMatchObject({ failedLabel: 'billing in eu-west-1' });
    expect(a.now()).toMatchObject({ version: '7', weights: {} });
    expect(b.now()).toMatchObject({ version: '7', weights: { '8': 0.1 } });
  });
});
