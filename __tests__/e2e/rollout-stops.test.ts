import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, type DeployRun } from '../support/action-run.js';
import { createAlarm, setAlarmState } from '../support/alarms.js';
import { useFaultProxy, type ProxiedRequest } from '../support/fault-proxy.js';
import { lambdaError, updateAlias } from '../support/lambda-faults.js';
import { aliasRouting } from '../support/lambda-state.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { movesTaken, promotedByHand, startRun, waitFor } from '../support/rollout-run.js';
import { aliasUpdates } from '../support/traffic-steps.js';

// Issue 23: every way a rollout stops ends with the routing the alias had before the run,
// without the new version's share, and the message states the routing read back afterwards.
// Alias RevisionIds and their 412 are the proxy's emulation (support/alias-revisions.ts);
// alarms are moto's, set by the test.

const proxy = useFaultProxy();

/** DescribeAlarms, in CloudWatch's JSON protocol. */
function describeAlarms(request: ProxiedRequest): boolean {
  const target = request.headers['x-amz-target'];
  return typeof target === 'string' && target.endsWith('.DescribeAlarms');
}

/** The job summary of a failed run names the alias's routing as read back. */
function expectSummaryRouting(run: DeployRun, routing: string): void {
  expect(run.summary, run.summary).toContain('Lambda deploy failed');
  expect(run.summary).toContain(`live routes ${routing} (read back)`);
}

describe('the bundled action when a rollout stops before its last step', () => {
  it('a canary, then a promotion whose alarm fires in step 1: the alarming version ends with no traffic', async () => {
    const fn = await deployedWithLiveAlias();
    const canary = await runDeployAction(
      fn.workspace,
      { 'function-name': fn.name, source: 'app', alias: 'live', traffic: '10' },
      proxy().endpoint,
    );
    expect(canary.exitCode, runOutput(canary)).toBe(0);
    const next = canary.outputs['version'] ?? '';
    expect(await aliasRouting(fn.name, 'live')).toEqual({
      version: fn.version,
      weights: { [next]: 0.1 },
    });
    const alarm = await createAlarm(fn.name);
    const taken = movesTaken(proxy(), fn.name, 'live');

    const step = startRun(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        traffic: '25,50,100',
        'traffic-interval': '5s',
        alarms: alarm,
      },
      proxy().endpoint,
    );
    await waitFor(step, 'step 1', () => movesTaken(proxy(), fn.name, 'live') > taken);
    await setAlarmState(alarm, 'ALARM', 'Errors above threshold (set by the test)');
    const run = await step.result;

    expect(run.exitCode, runOutput(run)).toBe(1);
    // The version the canary had sent 10 % to keeps none: it is the one that alarmed.
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.outputs['version']).toBe(next);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`Alarm '${alarm}' is in ALARM during step 1 of 3 (25 %)`);
    expect(run.errors[0]).toContain(
      `alias 'live' was put back (its routing before this run, without version ${next}'s share): it routes ${fn.version} (read back)`,
    );
    expectSummaryRouting(run, fn.version);
  });

  it('a step move Lambda answers 500 every time: the alias goes back, rolled-back is true', async () => {
    const fn = await deployedWithLiveAlias();
    proxy().inject({
      match: (request) =>
        updateAlias(fn.name, 'live')(request) && /"0\.5"|:0\.5\b/.test(request.body ?? ''),
      behaviour: {
        kind: 'respond',
        response: lambdaError(500, 'ServiceException', 'Lambda had an internal error'),
      },
    });

    const run = await runDeployAction(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        traffic: '10,50,100',
        'traffic-interval': '1s',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    const next = run.outputs['version'] ?? '';
    expect(aliasUpdates(proxy(), fn.name, 'live').at(-1)).toBe(fn.version);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.errors[0]).toContain('Moving alias live to step 2 of 3 (50 %) failed');
    expect(run.errors[0]).toContain(`it routes ${fn.version} (read back)`);
    expect(run.errors[0]).toContain(`Version ${next} stays published`);
    expectSummaryRouting(run, fn.version);
  });

  it('alarms that become unreadable mid-step: the alias goes back rather than stay unwatched', async () => {
    const fn = await deployedWithLiveAlias();
    const alarm = await createAlarm(fn.name);
    proxy().inject({
      match: describeAlarms,
      after: updateAlias(fn.name, 'live'),
      behaviour: {
        kind: 'respond',
        response: lambdaError(500, 'InternalServiceError', 'CloudWatch had an internal error'),
      },
    });

    const run = await runDeployAction(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        traffic: '10,50,100',
        'traffic-interval': '2s',
        alarms: alarm,
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.errors[0]).toContain('the alarms could not be read during step 1 of 3 (10 %)');
    expect(run.errors[0]).toContain(`it routes ${fn.version} (read back)`);
    expectSummaryRouting(run, fn.version);
  });

  it('an alias another run moved meanwhile is left alone, and the message names what it routes now', async () => {
    const fn = await deployedWithLiveAlias();
    const alarm = await createAlarm(fn.name);
    const taken = movesTaken(proxy(), fn.name, 'live');
    const step = startRun(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        traffic: '10,50,100',
        'traffic-interval': '4s',
        alarms: alarm,
      },
      proxy().endpoint,
    );
    await waitFor(step, 'step 1', () => movesTaken(proxy(), fn.name, 'live') > taken);
    // Someone promotes the canary's version outright, through the same Lambda (the proxy).
    const next = await promotedByHand(proxy(), fn.name);
    await setAlarmState(alarm, 'ALARM', 'Errors above threshold (set by the test)');
    const run = await step.result;

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: next, weights: {} });
    expect(run.errors[0]).toContain(
      `alias 'live' was moved by another run meanwhile and is left alone: it routes ${next} (read back)`,
    );
    expectSummaryRouting(run, next);
  });
});
