import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, type DeployRun } from '../support/action-run.js';
import { createAlarm, setAlarmState } from '../support/alarms.js';
import { uniqueFunctionName } from '../support/aws.js';
import { useFaultProxy, type ProxiedRequest } from '../support/fault-proxy.js';
import {
  aliasIn,
  fleetResults,
  fleetWorkspace,
  releasedFunction,
  resultFor,
} from '../support/fleet.js';
import { invokeEcho } from '../support/lambda-invoke.js';
import {
  lambdaError,
  publishVersion,
  updateAlias,
  updateFunctionCode,
} from '../support/lambda-faults.js';
import { aliasRouting, versionNumbers } from '../support/lambda-state.js';
import { planGroupLines, planOf } from '../support/plan-output.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { isWrite } from '../support/s3.js';
import { allowService, createQueue, mapQueue } from '../support/triggers.js';

// Issue 23, items 4 and 5: what guards a release is checked when the run plans, before its
// first write. An alarm already in ALARM refuses the rollout; one in INSUFFICIENT_DATA, or
// one on another function's metric, is warned about; an event source mapping or a service
// permission on the unqualified function, which bypasses the canary, is warned about, and
// refused with trigger-check: fail. A fleet plans every function before it changes any.
//
// Everything here is moto's own but the smoke test's answer (support/lambda-invoke.ts, as in
// safe-release.test.ts): alarms (PutMetricAlarm, SetAlarmState; support/alarms.ts),
// an SQS queue with an event source mapping, and AddPermission (support/triggers.ts). moto
// 5.2.1 lists event source mappings in one page (no NextMarker) and filters FunctionName by
// the exact text a mapping was created with; the action lists them unfiltered and compares
// FunctionArn, so neither matters. moto gives a mapping made on an alias the ARN of the
// version it points to, not the alias's: no test here maps an alias (trigger-check.test.ts
// covers it on Lambda's shapes).

const proxy = useFaultProxy();

/** The `::warning::` messages the step printed, with the runner's escapes undone. */
function warnings(run: DeployRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::warning::'))
    .map((line) =>
      line
        .slice('::warning::'.length)
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%'),
    );
}

/** The writes that would change the function or its alias, as the proxy saw them. */
function releaseWrites(name: string): string[] {
  const writes = [updateFunctionCode(name), publishVersion(name), updateAlias(name, 'live')];
  return proxy()
    .requests.filter((request) => isWrite(request) && writes.some((match) => match(request)))
    .map((request) => `${request.method} ${request.path}`);
}

/** Every request that could change something: DescribeAlarms is a POST, and only reads. */
function changes(): string[] {
  return proxy()
    .requests.filter((request) => isWrite(request) && !isDescribeAlarms(request))
    .map((request) => `${request.method} ${request.path}`);
}

/** DescribeAlarms, in CloudWatch's JSON protocol (X-Amz-Target) or its query protocol. */
function isDescribeAlarms(request: ProxiedRequest): boolean {
  const target = request.headers['x-amz-target'];
  return (
    (typeof target === 'string' && target.endsWith('.DescribeAlarms')) ||
    (request.body ?? '').includes('Action=DescribeAlarms')
  );
}

const STEPS = { alias: 'live', traffic: '10,50,100', 'traffic-interval': '1s' };

describe('alarms checked before the first step', () => {
  it.each([
    ['a real run', 'false'],
    ['a dry run', 'true'],
  ])(
    'refuses %s whose alarm is in ALARM before any write, naming the alarm',
    async (_what, dryRun) => {
      const fn = await deployedWithLiveAlias();
      const before = await aliasRouting(fn.name, 'live');
      const alarm = await createAlarm(fn.name);
      await setAlarmState(alarm, 'ALARM', 'Errors above threshold (set by the test)');

      const run = await runDeployAction(
        fn.workspace,
        {
          'function-name': fn.name,
          source: 'app',
          ...STEPS,
          alarms: alarm,
          'dry-run': dryRun,
        },
        proxy().endpoint,
      );

      expect(run.exitCode, runOutput(run)).toBe(1);
      expect(run.errors).toEqual([
        `Input 'alarms': alarm '${alarm}' is in ALARM now, so the rollout would be rolled back ` +
          'at its first step: nothing was changed. Wait until it is OK, fix what it reports, or ' +
          'leave it out of alarms for this run.',
      ]);
      expect(releaseWrites(fn.name)).toEqual([]);
      expect(changes()).toEqual([]);
      expect(await aliasRouting(fn.name, 'live')).toEqual(before);
      expect(await versionNumbers(fn.name)).toEqual(fn.versions);
      // The job summary says so, with the alias as read back.
      expect(run.summary).toContain('Lambda deploy failed');
      expect(run.summary).toContain('nothing was changed');
      expect(run.summary).toContain(`live routes ${fn.version} (read back)`);
    },
  );

  it('warns of an alarm in INSUFFICIENT_DATA, shows it in the plan, and goes on', async () => {
    const fn = await deployedWithLiveAlias();
    const alarm = await createAlarm(fn.name);
    await setAlarmState(alarm, 'INSUFFICIENT_DATA', 'No data (set by the test)');

    const run = await runDeployAction(
      fn.workspace,
      { 'function-name': fn.name, source: 'app', ...STEPS, alarms: alarm },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(warnings(run)).toContainEqual(
      `Alarm '${alarm}' is INSUFFICIENT_DATA: it guards nothing until its metric has data, and ` +
        'a canary with little traffic may give it none; the rollout goes on without it.',
    );
    expect(planOf(run).traffic?.alarms).toEqual([
      { name: alarm, state: 'INSUFFICIENT_DATA', watches: 'function' },
    ]);
    const version = run.outputs['version'] ?? '';
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version, weights: {} });
  });

  it("warns of an alarm on another function's metric as not watching this release", async () => {
    const fn = await deployedWithLiveAlias();
    const other = uniqueFunctionName('billing');
    const alarm = await createAlarm(other);

    const run = await runDeployAction(
      fn.workspace,
      { 'function-name': fn.name, source: 'app', alias: 'live', traffic: '10', alarms: alarm },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(warnings(run)).toContainEqual(
      `Alarm '${alarm}' is not watching this release: its FunctionName is '${other}', not ` +
        `'${fn.name}'. It would roll the alias back only for what that metric shows.`,
    );
    expect(planOf(run).traffic?.alarms).toEqual([
      {
        name: alarm,
        state: 'OK',
        watches: 'not this release',
        reason: `its FunctionName is '${other}', not '${fn.name}'`,
      },
    ]);
    expect(planGroupLines(run.stdout)?.join('\n')).toContain(`${alarm} (OK, not this release)`);
  });
});

describe('a fleet checked before any function changes', () => {
  it("refuses the fleet when one function's alarm is in ALARM, changing no function", async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    const alarm = await createAlarm(b);
    await setAlarmState(alarm, 'ALARM', 'Errors above threshold (set by the test)');
    const manifest = [
      'defaults:',
      '  alias: live',
      "  traffic: '10,50,100'",
      '  traffic-interval: 1s',
      '  source: app',
      'functions:',
      `  - function-name: ${a}`,
      `  - function-name: ${b}`,
      `    alarms: ${alarm}`,
      '',
    ].join('\n');
    const workspace = await fleetWorkspace(['app'], manifest);

    const run = await runDeployAction(workspace, { manifest: 'fleet.yml' }, proxy().endpoint);

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(
      '1 of 2 functions failed when planned, so nothing was changed anywhere',
    );
    expect(run.errors[0]).toContain(`alarm '${alarm}' is in ALARM now`);
    for (const name of [a, b]) {
      expect(releaseWrites(name), name).toEqual([]);
      expect(await aliasIn(name, 'live'), name).toEqual({ version: '1', weights: {} });
      expect(await versionNumbers(name), name).toEqual(['1']);
    }
    expect(changes()).toEqual([]);
    const results = fleetResults(run.outputs);
    expect(resultFor(results, a)?.state).toBe(
      'planned, not changed: another function failed when planned',
    );
    expect(resultFor(results, b)?.error).toContain(`alarm '${alarm}' is in ALARM now`);
  });
});

describe('triggers that bypass the release', () => {
  it('warns of an SQS mapping on the unqualified function, naming the queue, and lists it in the plan', async () => {
    const fn = await deployedWithLiveAlias();
    const queue = await createQueue('orders');
    const uuid = await mapQueue(fn.name, queue);

    const run = await runDeployAction(
      fn.workspace,
      { 'function-name': fn.name, source: 'app', alias: 'live', traffic: '10' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(warnings(run)).toEqual([
      `Event source mapping from ${queue} (Enabled) invokes $LATEST, not alias 'live' ($LATEST ` +
        'runs the new code as soon as it is updated): its events bypass the canary (10 %).',
    ]);
    expect(planOf(run).triggers).toEqual([
      { kind: 'event-source-mapping', uuid, source: queue, target: '$LATEST', state: 'Enabled' },
    ]);
    expect(planGroupLines(run.stdout)).toContain(
      `Triggers that bypass the release: event source mapping from ${queue} (Enabled) on $LATEST`,
    );
  });

  it('refuses the release with trigger-check: fail before any write, naming the queue', async () => {
    const fn = await deployedWithLiveAlias();
    const before = await aliasRouting(fn.name, 'live');
    const queue = await createQueue('orders');
    await mapQueue(fn.name, queue);

    const run = await runDeployAction(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        traffic: '10',
        'trigger-check': 'fail',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^Input 'trigger-check': fail refuses this release/);
    expect(run.errors[0]).toContain(`event source mapping from ${queue} (Enabled) on $LATEST`);
    expect(run.errors[0]).toContain('Nothing was changed');
    expect(releaseWrites(fn.name)).toEqual([]);
    expect(changes()).toEqual([]);
    expect(await aliasRouting(fn.name, 'live')).toEqual(before);
    expect(await versionNumbers(fn.name)).toEqual(fn.versions);
  });

  it('warns of a permission that lets S3 invoke the unqualified function, naming the principal', async () => {
    const fn = await deployedWithLiveAlias();
    const bucket = `arn:aws:s3:::${fn.name}-uploads`;
    await allowService(fn.name, 's3.amazonaws.com', bucket, 's3-uploads');
    // The new version answers the smoke test with its event (emulated: moto runs no code).
    proxy().inject(invokeEcho(fn.name));

    const run = await runDeployAction(
      fn.workspace,
      {
        'function-name': fn.name,
        source: 'app',
        alias: 'live',
        'smoke-test': '{}',
        traffic: '25',
      },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(warnings(run)).toContainEqual(
      `Permission 's3-uploads' for s3.amazonaws.com from ${bucket} invokes $LATEST, not alias ` +
        "'live' ($LATEST runs the new code as soon as it is updated): its invocations bypass " +
        'the canary (25 %) and the smoke test.',
    );
    expect(planOf(run).triggers).toEqual([
      {
        kind: 'permission',
        statementId: 's3-uploads',
        principal: 's3.amazonaws.com',
        sourceArn: bucket,
      },
    ]);
  });

  it('warns and goes on when the credentials may not list the mappings; fail refuses', async () => {
    const fn = await deployedWithLiveAlias();
    const before = await aliasRouting(fn.name, 'live');
    // An IAM policy without lambda:ListEventSourceMappings, as Lambda answers it.
    const denied = {
      match: (request: ProxiedRequest) =>
        request.method === 'GET' && /^\/2015-03-31\/event-source-mappings\/?$/.test(request.path),
      behaviour: {
        kind: 'respond' as const,
        response: lambdaError(
          403,
          'AccessDeniedException',
          'User: arn:aws:sts::123456789012:assumed-role/deploy/ci is not authorized to perform: lambda:ListEventSourceMappings on resource: * because no identity-based policy allows the lambda:ListEventSourceMappings action',
        ),
      },
    };
    proxy().inject(denied);
    const inputs = { 'function-name': fn.name, source: 'app', alias: 'live', traffic: '10' };

    const refused = await runDeployAction(
      fn.workspace,
      { ...inputs, 'trigger-check': 'fail' },
      proxy().endpoint,
    );

    expect(refused.exitCode, runOutput(refused)).toBe(1);
    expect(refused.errors).toEqual([
      expect.stringMatching(
        /^Input 'trigger-check': fail refuses a release it cannot check: the event source mappings could not be read \(lambda:ListEventSourceMappings was denied\)/,
      ),
    ]);
    expect(releaseWrites(fn.name)).toEqual([]);
    expect(await aliasRouting(fn.name, 'live')).toEqual(before);

    proxy().inject(denied);
    const warned = await runDeployAction(fn.workspace, inputs, proxy().endpoint);

    expect(warned.exitCode, runOutput(warned)).toBe(0);
    expect(warnings(warned)).toEqual([
      'The triggers that may bypass the canary (10 %) were not all checked: the event source ' +
        'mappings could not be read (lambda:ListEventSourceMappings was denied). Grant ' +
        'lambda:ListEventSourceMappings to check them; trigger-check: fail refuses a release it ' +
        'cannot check.',
    ]);
    expect(planOf(warned).triggersNotChecked).toEqual(['lambda:ListEventSourceMappings']);
    const version = warned.outputs['version'] ?? '';
    expect(await aliasRouting(fn.name, 'live')).toEqual({
      version: fn.version,
      weights: { [version]: 0.1 },
    });
  });
});
