import { describe, expect, it } from 'vitest';
import { postStateEnv, runDeployAction, runOutput } from '../support/action-run.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { aliasRouting, readAlias } from '../support/lambda-state.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import {
  inStep2,
  killed,
  movesTaken,
  promotedByHand,
  runEnv,
  stepped,
} from '../support/rollout-run.js';
import { aliasUpdates } from '../support/traffic-steps.js';

// Issue 23: a main step killed mid-rollout (SIGKILL: no handler runs) leaves the alias moved.
// The post step, given the state the main step saved (STATE_rollout, as the runner passes
// it), puts it back; a later run finds the marker left in the alias's description and
// handles it as on-interrupted says.

const proxy = useFaultProxy();

describe('the bundled action when the step is killed mid-rollout', () => {
  it('SIGKILL mid-step, then the post step puts the alias back', async () => {
    const fn = await deployedWithLiveAlias();
    const run = await killed(await inStep2(proxy(), fn.name, fn.workspace));
    const next = Object.keys((await aliasRouting(fn.name, 'live'))?.weights ?? {})[0] ?? '';
    expect(await aliasRouting(fn.name, 'live')).toEqual({
      version: fn.version,
      weights: { [next]: 0.5 },
    });

    const post = await runDeployAction(fn.workspace, stepped(fn.name), proxy().endpoint, {
      post: true,
      env: { ...postStateEnv(run.state), GITHUB_RUN_ID: '101', GITHUB_RUN_ATTEMPT: '1' },
    });

    expect(post.exitCode, runOutput(post)).toBe(0);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    expect(post.stdout).toContain('The main step ended while traffic was shifting');
    expect(post.summary).toContain(`it routes ${fn.version} (read back)`);
  }, 60_000);

  it('SIGKILL, someone moves the alias, then the post step leaves it alone and names it', async () => {
    const fn = await deployedWithLiveAlias();
    const run = await killed(await inStep2(proxy(), fn.name, fn.workspace));
    // Someone promotes the canary's version outright, through the same Lambda (the proxy).
    const next = await promotedByHand(proxy(), fn.name);
    const moves = movesTaken(proxy(), fn.name, 'live');

    const post = await runDeployAction(fn.workspace, stepped(fn.name), proxy().endpoint, {
      post: true,
      env: { ...postStateEnv(run.state), GITHUB_RUN_ID: '101', GITHUB_RUN_ATTEMPT: '1' },
    });

    expect(post.exitCode, runOutput(post)).toBe(0);
    expect(movesTaken(proxy(), fn.name, 'live')).toBe(moves);
    expect((await readAlias(fn.name, 'live'))?.Description ?? '').toBe('promoted by hand');
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: next, weights: {} });
    expect(post.stdout).toContain(
      `alias 'live' was moved by another run meanwhile and is left alone: it routes ${next} (read back)`,
    );
  }, 60_000);

  it.each([
    ['revert', (version: string) => version],
    ['resume', (_: string, next: string) => next],
  ] as const)(
    'SIGKILL, then a new run with on-interrupted: %s handles the rollout first',
    async (action, expected) => {
      const fn = await deployedWithLiveAlias();
      await killed(await inStep2(proxy(), fn.name, fn.workspace));
      const next = Object.keys((await aliasRouting(fn.name, 'live'))?.weights ?? {})[0] ?? '';

      const run = await runDeployAction(
        fn.workspace,
        stepped(fn.name, { 'traffic-interval': '1s', 'on-interrupted': action }),
        proxy().endpoint,
        runEnv('102'),
      );

      expect(run.exitCode, runOutput(run)).toBe(0);
      const plan = JSON.parse(run.outputs['plan'] ?? '{}') as { interrupted?: unknown };
      expect(plan.interrupted).toMatchObject({
        alias: 'live',
        run: '101.1',
        target: next,
        step: 2,
        steps: [10, 50, 100],
        action,
        after: expected(fn.version, next),
      });
      expect(run.stdout).toContain(
        `Alias 'live' was left mid-rollout (version ${next} at step 2 of 10,50,100, left by run 101.1)`,
      );
      if (action === 'resume') {
        expect(aliasUpdates(proxy(), fn.name, 'live').slice(-1)).toEqual([next]);
      }
      // Either way the run then releases its own version: the alias ends on it.
      expect(await aliasRouting(fn.name, 'live')).toEqual({
        version: run.outputs['version'],
        weights: {},
      });
    },
    90_000,
  );

  it('SIGKILL, then a new run with on-interrupted: fail stops before any write', async () => {
    const fn = await deployedWithLiveAlias();
    await killed(await inStep2(proxy(), fn.name, fn.workspace));
    const left = await aliasRouting(fn.name, 'live');
    const writes = proxy().requests.filter((request) => request.method !== 'GET').length;

    const run = await runDeployAction(
      fn.workspace,
      { 'function-name': fn.name, source: 'app', alias: 'live', 'on-interrupted': 'fail' },
      proxy().endpoint,
      runEnv('102'),
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors[0]).toContain("Alias 'live' was left mid-rollout");
    expect(run.errors[0]).toContain('left by run 101.1');
    expect(run.errors[0]).toContain('on-interrupted is fail, so nothing was changed');
    expect(proxy().requests.filter((request) => request.method !== 'GET')).toHaveLength(writes);
    expect(await aliasRouting(fn.name, 'live')).toEqual(left);
  }, 60_000);
});
