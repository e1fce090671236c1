import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, type DeployRun } from '../support/action-run.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import {
  aliasIn,
  fleetResults,
  fleetWorkspace,
  packageGroups,
  releasedFunction,
  resultFor,
} from '../support/fleet.js';
import {
  lambdaError,
  publishVersion,
  updateAlias,
  updateFunctionCode,
} from '../support/lambda-faults.js';
import { functionError, invoke, invokeEcho } from '../support/lambda-invoke.js';
import { versionNumbers } from '../support/lambda-state.js';
import { createAlarm, setAlarmState } from '../support/alarms.js';
import { regionalEmulations } from '../support/regional-emulations.js';
import { aliasUpdates, waitUntil } from '../support/traffic-steps.js';

// Issue 17, fleet mode: a manifest of functions (defaults + entries), built once per distinct
// source, deployed concurrently up to max-parallel, and switched together: aliases move only
// once every function is updated, published and smoke-tested; a failed alias move puts back
// the ones already moved; traffic steps move every alias at each step, and an alarm of any
// function rolls all of them back. moto cannot invoke (no Docker), so the proxy answers every Invoke
// (support/lambda-invoke.ts).

// Alias RevisionIds emulated per region: one function name lives in two regions below.
const proxy = useFaultProxy(regionalEmulations);

/** Three functions, alias live on version 1 each; b and c share the source `shared`. */
async function threeFunctions() {
  const [a, b, c] = await Promise.all([releasedFunction(), releasedFunction(), releasedFunction()]);
  return { a, b, c };
}

/** The manifest for threeFunctions: alias live and a smoke test for every one. */
function threeManifest(names: { a: string; b: string; c: string }): string {
  return [
    'defaults:',
    '  alias: live',
    `  smoke-test: '{"ping": 1}'`,
    'functions:',
    `  - function-name: ${names.a}`,
    '    source: app-a',
    `  - function-name: ${names.b}`,
    '    source: shared',
    `  - function-name: ${names.c}`,
    '    source: shared',
    '',
  ].join('\n');
}

/** Two functions from one source, alias live stepped 10,50,100 together. */
function twoStepping(a: string, b: string, interval = '1s'): string {
  return [
    'defaults:',
    '  alias: live',
    "  traffic: '10,50,100'",
    `  traffic-interval: ${interval}`,
    '  source: app',
    'functions:',
    `  - function-name: ${a}`,
    `  - function-name: ${b}`,
    '',
  ].join('\n');
}

async function runFleet(workspace: string, more: Record<string, string> = {}): Promise<DeployRun> {
  return runDeployAction(workspace, { manifest: 'fleet.yml', ...more }, proxy().endpoint);
}

/** The FunctionVersion of every UpdateAlias of `name`'s alias live the proxy saw, in order. */
function liveUpdates(name: string): string[] {
  return proxy()
    .jsonBodies(updateAlias(name, 'live'))
    .map((body) => (body as { FunctionVersion?: string }).FunctionVersion ?? '?');
}

describe('the bundled action deploying a fleet from a manifest', () => {
  it('builds once per distinct source, deploys all three and switches every alias', async () => {
    const names = await threeFunctions();
    for (const name of Object.values(names)) proxy().inject(invokeEcho(name));
    const workspace = await fleetWorkspace(['app-a', 'shared'], threeManifest(names));

    const run = await runFleet(workspace);

    expect(run.exitCode, runOutput(run)).toBe(0);
    // One Package group per distinct source: app-a, and shared for b and c.
    expect(packageGroups(run.stdout), runOutput(run)).toHaveLength(2);
    for (const name of Object.values(names)) {
      expect(await aliasIn(name, 'live'), name).toEqual({ version: '2', weights: {} });
      expect(proxy().count(updateFunctionCode(name)), name).toBe(1);
    }
    const results = fleetResults(run.outputs);
    expect(results).toHaveLength(3);
    for (const name of Object.values(names)) {
      const result = resultFor(results, name);
      expect(result, JSON.stringify(results)).toMatchObject({
        'function-name': name,
        region: 'us-east-1',
        version: '2',
      });
      expect(result?.['alias-arn']).toMatch(new RegExp(`:function:${name}:live$`));
      expect(result?.['function-arn']).toContain(`:function:${name}`);
      expect(result?.error).toBeUndefined();
    }
    // b and c got the same build, a another one.
    const sha = (name: string) => resultFor(results, name)?.['code-sha256'];
    expect(sha(names.b)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(sha(names.b)).toBe(sha(names.c));
    expect(sha(names.a)).not.toBe(sha(names.b));
    // Switched together: no alias moved before every smoke test had passed.
    const requests = proxy().requests;
    const lastInvoke = Math.max(
      ...Object.values(names).map((name) => requests.findLastIndex(invoke(name))),
    );
    const firstMove = Math.min(
      ...Object.values(names).map((name) => requests.findIndex(updateAlias(name, 'live'))),
    );
    expect(lastInvoke).toBeGreaterThanOrEqual(0);
    expect(firstMove).toBeGreaterThan(lastInvoke);
    // The single-deploy outputs are not set in fleet mode.
    expect(run.outputs['version']).toBeUndefined();
    expect(run.outputs['function-arn']).toBeUndefined();
  });

  it('moves no alias when one smoke test fails, and says which function failed', async () => {
    const names = await threeFunctions();
    proxy().inject(invokeEcho(names.a));
    proxy().inject(
      functionError(names.b, undefined, {
        errorMessage: 'fleet-b cannot reach its queue',
        logTail: 'START RequestId: f1 Version: 2\nEND RequestId: f1\n',
      }),
    );
    proxy().inject(invokeEcho(names.c));
    const workspace = await fleetWorkspace(['app-a', 'shared'], threeManifest(names));

    const run = await runFleet(workspace);

    expect(run.exitCode, runOutput(run)).toBe(1);
    for (const name of Object.values(names)) {
      expect(await aliasIn(name, 'live'), name).toEqual({ version: '1', weights: {} });
      expect(liveUpdates(name), name).toEqual([]);
    }
    expect(run.errors.join('\n'), runOutput(run)).toContain(names.b);
    expect(run.errors.join('\n')).toContain('fleet-b cannot reach its queue');
    const results = fleetResults(run.outputs);
    expect(results).toHaveLength(3);
    expect(resultFor(results, names.b)?.error, JSON.stringify(results)).toEqual(
      expect.stringContaining('fleet-b cannot reach its queue'),
    );
    for (const name of [names.a, names.c]) {
      expect(resultFor(results, name)?.error, JSON.stringify(results)).toBeUndefined();
    }
    // Every version was published before the failure, b's too: each result names it.
    for (const name of Object.values(names)) {
      expect(resultFor(results, name)?.version, JSON.stringify(results)).toBe('2');
      expect(await versionNumbers(name), name).toContain('2');
    }
    // The summary says what state each function was left in.
    for (const name of Object.values(names)) expect(run.summary, run.summary).toContain(name);
  });

  it('puts back the aliases already moved when a later alias move fails', async () => {
    const names = await threeFunctions();
    for (const name of Object.values(names)) proxy().inject(invokeEcho(name));
    proxy().inject({
      match: updateAlias(names.c, 'live'),
      behaviour: {
        kind: 'respond',
        response: lambdaError(500, 'ServiceException', 'fleet-c: Lambda had an internal error'),
      },
    });
    const workspace = await fleetWorkspace(['app-a', 'shared'], threeManifest(names));

    const run = await runFleet(workspace);

    expect(run.exitCode, runOutput(run)).toBe(1);
    for (const name of [names.a, names.b]) {
      // Moved to the new version, then back to 1.
      const updates = liveUpdates(name);
      expect(updates, `${name}\n${runOutput(run)}`).toContain('2');
      expect(updates.at(-1), name).toBe('1');
      expect(await aliasIn(name, 'live'), name).toEqual({ version: '1', weights: {} });
    }
    expect(await aliasIn(names.c, 'live')).toEqual({ version: '1', weights: {} });
    expect(run.errors.join('\n'), runOutput(run)).toContain(names.c);
    const results = fleetResults(run.outputs);
    expect(resultFor(results, names.c)?.error, JSON.stringify(results)).toEqual(expect.any(String));
  });

  it('deploys one package built once to two regions', async () => {
    const regions = ['us-east-1', 'eu-west-1'];
    const name = await releasedFunction(undefined, regions);
    const workspace = await fleetWorkspace(
      ['app'],
      [
        'defaults:',
        '  alias: live',
        'functions:',
        `  - function-name: ${name}`,
        '    source: app',
        '',
      ].join('\n'),
    );

    const run = await runFleet(workspace, { regions: regions.join('\n') });

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(packageGroups(run.stdout), runOutput(run)).toHaveLength(1);
    const results = fleetResults(run.outputs);
    expect(results).toHaveLength(2);
    for (const region of regions) {
      const result = resultFor(results, name, region);
      expect(result?.version, JSON.stringify(results)).toBe('2');
      expect(result?.['function-arn']).toContain(`:${region}:`);
      expect(await aliasIn(name, 'live', region), region).toEqual({ version: '2', weights: {} });
    }
    expect(resultFor(results, name, 'us-east-1')?.['code-sha256']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(resultFor(results, name, 'us-east-1')?.['code-sha256']).toBe(
      resultFor(results, name, 'eu-west-1')?.['code-sha256'],
    );
    expect(proxy().count(updateFunctionCode(name))).toBe(2);
    expect(proxy().count(publishVersion(name))).toBe(2);
  });

  it('steps every alias together: each step moves all of them before the next', async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    const workspace = await fleetWorkspace(['app'], twoStepping(a, b));

    const run = await runFleet(workspace);

    expect(run.exitCode, runOutput(run)).toBe(0);
    for (const name of [a, b]) {
      expect(aliasUpdates(proxy(), name, 'live'), name).toEqual([
        '1 + {"2":0.1}',
        '1 + {"2":0.5}',
        '2',
      ]);
      expect(await aliasIn(name, 'live'), name).toEqual({ version: '2', weights: {} });
    }
    // Together: both aliases take a step before either takes the next one.
    const moves = proxy()
      .requests.map((request, at) => ({ request, at }))
      .filter(({ request }) => updateAlias(a, 'live')(request) || updateAlias(b, 'live')(request))
      .map(({ request }) => (updateAlias(a, 'live')(request) ? 'a' : 'b'));
    expect(moves).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
    const results = fleetResults(run.outputs);
    for (const name of [a, b]) {
      expect(resultFor(results, name), JSON.stringify(results)).toMatchObject({
        state: 'released',
        version: '2',
      });
    }
  });

  it("rolls every alias back when one function's alarm goes off during the steps", async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    const alarm = await createAlarm(b);
    const manifest = twoStepping(a, b, '3s').replace(
      `  - function-name: ${b}\n`,
      `  - function-name: ${b}\n    alarms: ${alarm}\n`,
    );
    const workspace = await fleetWorkspace(['app'], manifest);
    const firstSteps = () =>
      [a, b].every((name) => aliasUpdates(proxy(), name, 'live').length >= 1);

    const progress = { ended: false };
    const running = runFleet(workspace).finally(() => {
      progress.ended = true;
    });
    await waitUntil('both aliases took step 1', () => firstSteps() || progress.ended);
    if (progress.ended) expect.fail(`the run ended before step 1:\n${runOutput(await running)}`);
    await setAlarmState(alarm, 'ALARM', 'Errors above threshold (set by the test)');
    const run = await running;

    expect(run.exitCode, runOutput(run)).toBe(1);
    for (const name of [a, b]) {
      const updates = aliasUpdates(proxy(), name, 'live');
      expect(updates, name).not.toContain('2');
      expect(updates.at(-1), name).toBe('1');
      expect(await aliasIn(name, 'live'), name).toEqual({ version: '1', weights: {} });
    }
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.errors.join('\n'), runOutput(run)).toContain(alarm);
    expect(run.errors.join('\n')).toContain('every alias was put back');
    const results = fleetResults(run.outputs);
    for (const name of [a, b]) {
      expect(resultFor(results, name), JSON.stringify(results)).toMatchObject({
        // As read back after the put-back.
        state: "put back: alias 'live' routes 1 (read back)",
        'rolled-back': 'true',
      });
    }
  });

  it("puts every alias back when one alias's step move is refused", async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    proxy().inject({
      match: (request) => updateAlias(b, 'live')(request) && (request.body ?? '').includes('0.5'),
      behaviour: {
        kind: 'respond',
        response: lambdaError(500, 'ServiceException', 'fleet-b: Lambda had an internal error'),
      },
    });
    const workspace = await fleetWorkspace(['app'], twoStepping(a, b));

    const run = await runFleet(workspace);

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(aliasUpdates(proxy(), a, 'live'), runOutput(run)).toEqual([
      '1 + {"2":0.1}',
      '1 + {"2":0.5}',
      '1',
    ]);
    for (const name of [a, b]) {
      expect(aliasUpdates(proxy(), name, 'live').at(-1), name).toBe('1');
      expect(await aliasIn(name, 'live'), name).toEqual({ version: '1', weights: {} });
    }
    expect(run.outputs['rolled-back']).toBe('true');
    const message = run.errors.join('\n');
    expect(message).toContain(
      `Moving alias live of ${b} in us-east-1 to step 2 of 3 (50 %) failed`,
    );
    expect(message).toContain('fleet-b: Lambda had an internal error');
    expect(message).toContain('every alias was put back');
  });

  it('carries on when a step move was applied but its answer was lost', async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    const lost = proxy().inject({
      match: (request) => updateAlias(a, 'live')(request) && (request.body ?? '').includes('0.5'),
      behaviour: { kind: 'drop-answer' },
      times: 1,
    });
    const workspace = await fleetWorkspace(['app'], twoStepping(a, b));

    const run = await runFleet(workspace);

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(lost.used).toBe(1);
    for (const name of [a, b]) {
      expect(await aliasIn(name, 'live'), name).toEqual({ version: '2', weights: {} });
      expect(aliasUpdates(proxy(), name, 'live').at(-1), name).toBe('2');
    }
    expect(run.outputs['rolled-back'] ?? 'false').toBe('false');
  });

  it('refuses functions whose traffic steps differ, before any request', async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    const manifest = twoStepping(a, b).replace(
      `  - function-name: ${b}\n`,
      `  - function-name: ${b}\n    traffic: '25,100'\n`,
    );
    const workspace = await fleetWorkspace(['app'], manifest);

    const run = await runFleet(workspace);

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(proxy().requests).toEqual([]);
    expect(run.errors.join('\n')).toMatch(/traffic.*same traffic.*'10,50,100'.*'25,100'/);
  });

  it('refuses an invalid entry before any request, naming the entry and the key', async () => {
    const names = await threeFunctions();
    const manifest = threeManifest(names).replace(
      `  - function-name: ${names.b}\n`,
      `  - function-name: ${names.b}\n    memory-size: 20000\n`,
    );
    const workspace = await fleetWorkspace(['app-a', 'shared'], manifest);

    const run = await runFleet(workspace);

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(proxy().requests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    const message = run.errors.join('\n');
    expect(message, runOutput(run)).toContain('memory-size');
    expect(message).toMatch(new RegExp(`${names.b}|functions\\[1\\]|entry 2`));
    for (const name of Object.values(names)) {
      expect(await aliasIn(name, 'live')).toEqual({ version: '1', weights: {} });
    }
  });
});
