import { describe, expect, it } from 'vitest';
import type { CloudWatchAlarms } from '../../../src/aws/cloudwatch-alarms.js';
import type { AliasState, LambdaRelease } from '../../../src/aws/lambda-release.js';
import { RolledBack, runRollout, stepRouting } from '../../../src/deploy/rollout.js';
import { failureOutputs } from '../../../src/errors.js';
import { rejectionOf } from '../helpers/errors.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

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
function fakeAlarms(next: (read: number) => Record<string, string>) {
  let reads = 0;
  return {
    alarms: {
      names: ['errors'],
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
    const after = await runRollout({
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
      runRollout({
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
    await runRollout({
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
      runRollout({
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
