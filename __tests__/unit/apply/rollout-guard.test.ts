import { describe, expect, it } from 'vitest';
import { Cancelled, RolloutGuard } from '../../../src/apply/rollout/guard.js';
import { stateAtPhase } from '../../../src/run-state.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

describe('RolloutGuard', () => {
  it('outside a rollout, a signal says what the run left, writes the summary and ends the step, failed', async () => {
    const log = new RecordingLogger();
    const exits: number[] = [];
    const guard = new RolloutGuard(log, (code) => exits.push(code));
    guard.describeState(() => stateAtPhase('Update code'));
    const summaries: string[] = [];
    guard.beforeExit((message) => {
      summaries.push(message);
      return Promise.resolve();
    });

    guard.onSignal('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(exits).toEqual([1]);
    expect(summaries).toHaveLength(1);
    expect(log.warnings).toEqual([
      "Cancelled (SIGINT) outside any traffic shift: $LATEST may hold part of this run's changes; no version was published and no alias moved",
    ]);
  });

  it('inside a rollout, the first signal aborts it; a second one is only logged', async () => {
    const log = new RecordingLogger();
    const exits: number[] = [];
    const guard = new RolloutGuard(log, (code) => exits.push(code));
    const signal = guard.open();

    guard.onSignal('SIGINT');
    guard.onSignal('SIGTERM');

    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(Cancelled);
    expect((signal.reason as Cancelled).message).toBe('The job was cancelled (SIGINT)');
    expect(exits).toEqual([]);
    expect(log.warnings).toEqual([
      'Cancelled (SIGINT) during the traffic shift: putting the aliases back',
      'SIGTERM again: still putting the aliases back',
    ]);
    guard.close();
    guard.onSignal('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(exits).toEqual([1]);
  });
});

describe('stateAtPhase', () => {
  it.each([
    [undefined, 'nothing was changed'],
    ['Package', 'nothing was changed'],
    ['Plan', 'nothing was changed'],
    ['Layer deps', 'a layer version may have been published; the function was not changed'],
    ['Publish', 'a version may have been published; no alias moved'],
    ['Prune versions', 'the release was done; what came after it may not be'],
  ])('in %s: %s', (phase, state) => {
    expect(stateAtPhase(phase)).toBe(state);
  });
});
