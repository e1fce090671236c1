import { describe, expect, it } from 'vitest';
import { cancelLikeRunner, runDeployAction, runOutput } from '../support/action-run.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { aliasIn, fleetWorkspace, releasedFunction } from '../support/fleet.js';
import { held, updateAlias, updateFunctionCode } from '../support/lambda-faults.js';
import { functionError, invokeEcho } from '../support/lambda-invoke.js';
import { aliasRouting, readAlias } from '../support/lambda-state.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { inStep2, movesTaken, startRun, stepped, waitFor } from '../support/rollout-run.js';
import { aliasUpdates } from '../support/traffic-steps.js';

// Issue 23: a job cancelled mid-rollout (SIGINT, then SIGTERM and SIGKILL as the runner sends
// them) ends with the routing the alias had before the run: the step puts the aliases back
// itself. A cancel outside a traffic shift changes nothing and says what the run left.

const proxy = useFaultProxy();

describe('the bundled action when the job is cancelled mid-rollout', () => {
  it('SIGINT at step 2 of 10,50,100 puts the alias back to its routing before the run within 5 s', async () => {
    const fn = await deployedWithLiveAlias();
    const step = await inStep2(proxy(), fn.name, fn.workspace);

    const started = performance.now();
    cancelLikeRunner(step.child());
    const run = await step.result;
    const seconds = (performance.now() - started) / 1000;

    expect(seconds, runOutput(run)).toBeLessThan(5);
    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    expect((await readAlias(fn.name, 'live'))?.Description ?? '').toMatch(
      /^lambda-deploy: 1 \(was none\)/,
    );
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('The job was cancelled (SIGINT) during step 2 of 3 (50 %)');
    expect(run.errors[0]).toContain(`it routes ${fn.version} (read back)`);
    expect(run.summary).toContain(`live routes ${fn.version} (read back)`);
    // Nothing is left for the post step.
    expect(JSON.parse(run.state['rollout'] ?? '{}')).toMatchObject({ open: false });
  }, 60_000);

  it('SIGINT before any alias moved changes nothing more, and says what the run left', async () => {
    const fn = await deployedWithLiveAlias();
    proxy().inject(held(updateFunctionCode(fn.name)));
    const step = startRun(fn.workspace, stepped(fn.name), proxy().endpoint);
    await waitFor(
      step,
      'the code update is sent',
      () => proxy().count(updateFunctionCode(fn.name)) >= 1,
    );

    cancelLikeRunner(step.child());
    const run = await step.result;

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.stdout).toContain(
      "::warning::Cancelled (SIGINT) outside any traffic shift: $LATEST may hold part of this run's changes; no version was published and no alias moved",
    );
    expect(proxy().count(updateAlias(fn.name, 'live'))).toBe(0);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    expect(run.summary).toContain('Lambda deploy failed');
    expect(run.summary).toContain('Cancelled (SIGINT) outside any traffic shift');
  }, 60_000);

  it("SIGINT during a fleet's steps puts every alias back", async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    const manifest = [
      'defaults:',
      '  alias: live',
      "  traffic: '10,50,100'",
      '  traffic-interval: 60s',
      '  source: app',
      'functions:',
      `  - function-name: ${a}`,
      `  - function-name: ${b}`,
      '',
    ].join('\n');
    const workspace = await fleetWorkspace(['app'], manifest);
    const step = startRun(workspace, { manifest: 'fleet.yml' }, proxy().endpoint);
    await waitFor(step, 'both aliases at step 1', () =>
      [a, b].every((name) => movesTaken(proxy(), name, 'live') >= 1),
    );

    cancelLikeRunner(step.child());
    const run = await step.result;

    expect(run.exitCode, runOutput(run)).toBe(1);
    for (const name of [a, b]) {
      expect(await aliasIn(name, 'live'), name).toEqual({ version: '1', weights: {} });
    }
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.errors[0]).toContain('The job was cancelled (SIGINT)');
    expect(run.errors[0]).toContain('every alias was put back');
  }, 60_000);

  it('smoke-test-after: a failure once the alias is at 100 % puts it back', async () => {
    const fn = await deployedWithLiveAlias();
    proxy().inject(
      functionError(fn.name, 'live', {
        errorMessage: 'the new version fails behind the alias',
        logTail: 'START RequestId: a1\nEND RequestId: a1\n',
      }),
    );
    proxy().inject(invokeEcho(fn.name));

    const run = await runDeployAction(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        'smoke-test': '{"ping": 1}',
        'smoke-test-after': 'true',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    const next = run.outputs['version'] ?? '';
    // To 100 %, then back.
    expect(aliasUpdates(proxy(), fn.name, 'live').slice(-2)).toEqual([next, fn.version]);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.outputs['smoke-test']).toBe('failed');
    expect(run.errors[0]).toContain("Smoke test of alias 'live' failed");
    expect(run.errors[0]).toContain('the new version fails behind the alias');
    expect(run.summary).toContain(`live routes ${fn.version} (read back)`);
  });
});
