import { describe, expect, it } from 'vitest';
import { changeSource, runDeployAction, runOutput, type DeployRun } from '../support/action-run.js';
import { createAlarm, setAlarmState, uniqueAlarmName } from '../support/alarms.js';
import { useFaultProxy, type ProxiedRequest } from '../support/fault-proxy.js';
import { functionError, invoke, invokeAnswer, invokeEcho } from '../support/lambda-invoke.js';
import { qualifierOf, updateAlias } from '../support/lambda-faults.js';
import { aliasRouting, versionNumbers } from '../support/lambda-state.js';
import { logGroups } from '../support/plan-output.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { isWrite } from '../support/s3.js';
import { aliasUpdates as routingUpdates, waitUntil } from '../support/traffic-steps.js';

// Issue 15, safe releases: a smoke test of the new version before any traffic reaches it,
// traffic in steps (traffic: 10,50,100 every traffic-interval) watched by CloudWatch alarms,
// and a rollback to the alias's routing from before the run when one goes off.
//
// moto cannot run a function here (no Docker: see support/lambda-invoke.ts), so every smoke
// test relies on the proxy answering Invoke as Lambda would: invokeEcho, invokeAnswer,
// functionError. Alarms are moto's own (support/alarms.ts); a test sets their state.

const proxy = useFaultProxy();

/** A Lambda Invoke, read or not, is not a change; neither is CloudWatch's DescribeAlarms. */
function isChange(request: ProxiedRequest): boolean {
  return isWrite(request) && !isDescribeAlarms(request) && !/\/invocations$/.test(request.path);
}

/** DescribeAlarms, in CloudWatch's JSON protocol (X-Amz-Target) or its query protocol. */
function isDescribeAlarms(request: ProxiedRequest): boolean {
  const target = request.headers['x-amz-target'];
  return (
    (typeof target === 'string' && target.endsWith('.DescribeAlarms')) ||
    (request.body ?? '').includes('Action=DescribeAlarms')
  );
}

function aliasUpdates(name: string, alias: string): string[] {
  return routingUpdates(proxy(), name, alias);
}

/** The lines of the first log group whose name matches `name`, up to its ::endgroup::. */
function groupLines(stdout: string, name: RegExp): string[] | undefined {
  const lines = stdout.split('\n');
  const start = lines.findIndex(
    (line) => line.startsWith('::group::') && name.test(line.slice('::group::'.length)),
  );
  if (start === -1) return undefined;
  const end = lines.indexOf('::endgroup::', start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** The version the run published: the one moto lists now that it did not before. */
async function publishedBy(name: string, before: readonly string[]): Promise<string> {
  const added = (await versionNumbers(name)).filter((version) => !before.includes(version));
  expect(added, 'the run should have published exactly one version').toHaveLength(1);
  return added[0] ?? '';
}

/** The run's log lines, for finding progress lines in order. */
function lineIndex(run: DeployRun, pattern: RegExp): number {
  return run.stdout.split('\n').findIndex((line) => pattern.test(line));
}

describe('the bundled action releasing safely: smoke test, traffic steps, alarms', () => {
  it('smoke-tests the new version before the alias moves, and moves it when the answer matches', async () => {
    const fn = await deployedWithLiveAlias();
    // The function answers with its event (emulated).
    proxy().inject(invokeEcho(fn.name));

    const run = await runDeployAction(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        'smoke-test': '{"ping": 1}',
        'smoke-test-expect': '{"ping": 1}',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const next = await publishedBy(fn.name, fn.versions);
    expect(run.outputs).toMatchObject({ 'smoke-test': 'passed', version: next });
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: next, weights: {} });
    // One Invoke, of the new version by number, with the log tail asked for, before any alias write.
    const invokes = proxy().requests.filter(invoke(fn.name));
    expect(invokes.map((request) => qualifierOf(request))).toEqual([next]);
    expect(invokes[0]?.headers['x-amz-log-type']).toBe('Tail');
    expect(JSON.parse(invokes[0]?.body ?? 'null')).toEqual({ ping: 1 });
    const order = proxy().requests;
    expect(order.findIndex(invoke(fn.name))).toBeLessThan(
      order.findIndex(updateAlias(fn.name, 'live')),
    );
  });

  it('leaves the alias as it was when the new version fails with a FunctionError (emulated)', async () => {
    const fn = await deployedWithLiveAlias();
    const before = await aliasRouting(fn.name, 'live');
    expect(before).toEqual({ version: fn.version, weights: {} });
    const logTail =
      'START RequestId: 5e1b Version: 2\n' +
      '2026-01-01T00:00:00.000Z\t5e1b\tERROR\tInvoke Error \t{"errorType":"Error","errorMessage":"database unreachable from v2"}\n' +
      'END RequestId: 5e1b\n';
    proxy().inject(
      functionError(fn.name, undefined, { errorMessage: 'database unreachable from v2', logTail }),
    );

    const run = await runDeployAction(
      fn.workspace,
      { 'function-name': fn.name, source: 'app', alias: 'live', 'smoke-test': '{"ping": 1}' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    const next = await publishedBy(fn.name, fn.versions);
    expect(run.outputs['smoke-test']).toBe('failed');
    // The version exists, failed or not: its outputs are set.
    expect(run.outputs['version']).toBe(next);
    expect(run.outputs['version-arn']).toMatch(new RegExp(`:function:${fn.name}:${next}$`));
    expect(run.errors).toEqual([expect.stringContaining(`Smoke test of version ${next} failed`)]);
    expect(run.errors[0]).toContain('database unreachable from v2');
    // The decoded log tail, in the smoke test's group.
    const tail = groupLines(run.stdout, /^smoke test/i);
    expect(tail, `no "Smoke test" group in ${logGroups(run.stdout).join(', ')}`).toBeDefined();
    expect((tail ?? []).join('\n')).toContain('START RequestId: 5e1b Version: 2');
    expect((tail ?? []).join('\n')).toContain('"errorMessage":"database unreachable from v2"');
    expectLeftUnrouted(run, next, fn.version);
    // No alias moved: moto holds the routing from before, and no UpdateAlias was sent.
    expect(await aliasRouting(fn.name, 'live')).toEqual(before);
    expect(proxy().count(updateAlias(fn.name, 'live'))).toBe(0);
    expect(proxy().requests.filter(invoke(fn.name)).map(qualifierOf)).toEqual([next]);
  });

  it('leaves the alias as it was when the answer does not contain smoke-test-expect', async () => {
    const fn = await deployedWithLiveAlias();
    const before = await aliasRouting(fn.name, 'live');
    // The new version answers, without a function error, but not what is expected (emulated).
    proxy().inject(invokeAnswer(fn.name, { ping: 1, status: 'degraded', checks: ['db'] }));

    const run = await runDeployAction(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        'smoke-test': '{"ping": 1}',
        'smoke-test-expect': '{"ping": 1, "status": "ok"}',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    const next = await publishedBy(fn.name, fn.versions);
    expect(run.outputs['smoke-test']).toBe('failed');
    // The version exists, failed or not: its outputs are set.
    expect(run.outputs['version']).toBe(next);
    expect(run.outputs['version-arn']).toMatch(new RegExp(`:function:${fn.name}:${next}$`));
    expect(run.errors).toEqual([expect.stringContaining(`Smoke test of version ${next} failed`)]);
    expect(run.errors[0]).toContain('degraded');
    expectLeftUnrouted(run, next, fn.version);
    expect(await aliasRouting(fn.name, 'live')).toEqual(before);
    expect(proxy().count(updateAlias(fn.name, 'live'))).toBe(0);
  });

  it('moves traffic in steps 10,50,100 and ends with the new version alone on the alias', async () => {
    const fn = await deployedWithLiveAlias();
    const old = fn.version;
    const alarm = await createAlarm(fn.name);

    const run = await runDeployAction(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        traffic: '10,50,100',
        'traffic-interval': '1s',
        alarms: alarm,
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const next = await publishedBy(fn.name, fn.versions);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: next, weights: {} });
    expect(aliasUpdates(fn.name, 'live')).toEqual([
      `${old} + {"${next}":0.1}`,
      `${old} + {"${next}":0.5}`,
      next,
    ]);
    expect(run.outputs['version']).toBe(next);
    expect(run.outputs['smoke-test'] ?? '').toBe('');
    expect(run.outputs['rolled-back'] ?? 'false').toBe('false');
    // The log says each step, in order.
    const steps = [/\bstep 1\b.*\b10 ?%/i, /\bstep 2\b.*\b50 ?%/i, /\bstep 3\b.*\b100 ?%/i].map(
      (pattern) => lineIndex(run, pattern),
    );
    expect(
      steps.every((at) => at >= 0),
      `step lines ${JSON.stringify(steps)}\n${run.stdout}`,
    ).toBe(true);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    // The alarm was watched through both holding steps: at least twice each.
    const firstStep = proxy().requests.findIndex(updateAlias(fn.name, 'live'));
    const watched = proxy().requests.slice(firstStep).filter(isDescribeAlarms).length;
    expect(watched).toBeGreaterThanOrEqual(4);
  });

  it('takes no steps when the alias already routes to the version holding this code', async () => {
    const fn = await deployedWithLiveAlias();
    await changeSource(fn.workspace, `v1 of ${fn.name}`);

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

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['version']).toBe(fn.version);
    expect(aliasUpdates(fn.name, 'live')).toEqual([]);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    expect(run.stdout).not.toMatch(/Traffic step/);
  });

  it('rolls the alias back to its routing from before the run when an alarm goes off in step 2', async () => {
    const fn = await deployedWithLiveAlias();
    const before = await aliasRouting(fn.name, 'live');
    expect(before).toEqual({ version: fn.version, weights: {} });
    const alarm = await createAlarm(fn.name);
    const quiet = await createAlarm(fn.name);
    const stepsSent = () =>
      proxy()
        .requests.filter(updateAlias(fn.name, 'live'))
        .filter((request) => (request.status ?? 0) >= 200 && (request.status ?? 0) < 300).length;

    const progress = { ended: false };
    const running = runDeployAction(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        traffic: '10,50,100',
        'traffic-interval': '3s',
        alarms: `${quiet}\n${alarm}\n`,
      },
      proxy().endpoint,
    ).finally(() => {
      progress.ended = true;
    });
    // Step 2 has begun once moto has taken the second UpdateAlias (50 %).
    await waitUntil('step 2 began', () => stepsSent() >= 2 || progress.ended);
    if (progress.ended) {
      const early = await running;
      expect.fail(`the run ended before step 2 began:\n${runOutput(early)}`);
    }
    await setAlarmState(alarm, 'ALARM', 'Errors above threshold (set by the test)');
    const run = await running;

    expect(run.exitCode, runOutput(run)).toBe(1);
    const next = await publishedBy(fn.name, fn.versions);
    expect(aliasUpdates(fn.name, 'live').slice(0, 2)).toEqual([
      `${fn.version} + {"${next}":0.1}`,
      `${fn.version} + {"${next}":0.5}`,
    ]);
    // Never reached step 3, and moto holds exactly the routing from before.
    expect(aliasUpdates(fn.name, 'live')).not.toContain(next);
    expect(await aliasRouting(fn.name, 'live')).toEqual(before);
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(alarm);
    expect(run.errors[0]).not.toContain(quiet);
    expect(run.errors[0]).toMatch(/\bstep 2\b/i);
  });

  it('fails on an alarm that does not exist, naming alarms, before any change', async () => {
    const fn = await deployedWithLiveAlias();
    const before = await aliasRouting(fn.name, 'live');
    const present = await createAlarm(fn.name);
    const missing = uniqueAlarmName('missing');

    const run = await runDeployAction(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        traffic: '10,50,100',
        'traffic-interval': '1s',
        alarms: `${present}\n${missing}`,
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('alarms');
    expect(run.errors[0]).toContain(missing);
    expect(run.errors[0]).not.toContain(present);
    const changes = proxy()
      .requests.filter(isChange)
      .map((request) => `${request.method} ${request.path}`);
    expect
      .soft(changes, `a missing alarm must stop the run before its first write\n${runOutput(run)}`)
      .toEqual([]);
    expect(proxy().count(invoke(fn.name))).toBe(0);
    expect(await versionNumbers(fn.name)).toEqual(fn.versions);
    expect(await aliasRouting(fn.name, 'live')).toEqual(before);
  });
});

/**
 * The run says that version `next` was published and left unrouted, with where alias live
 * routes (still `old`).
 */
function expectLeftUnrouted(run: DeployRun, next: string, old: string): void {
  const line = run.stdout
    .split('\n')
    .find((candidate) => new RegExp(`version ${next} was published`, 'i').test(candidate));
  expect.soft(line, `no line says version ${next} was published:\n${run.stdout}`).toBeDefined();
  expect.soft(line).toMatch(/unrouted/i);
  expect.soft(line).toMatch(new RegExp(`live\\W[^\\n]*\\b${old}\\b`));
}
