import {
  CodeDeployClient,
  GetDeploymentGroupCommand,
  PutLifecycleEventHookExecutionStatusCommand,
} from '@aws-sdk/client-codedeploy';
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import {
  cancelLikeRunner,
  changeSource,
  runDeployAction,
  runOutput,
} from '../support/action-run.js';
import { createAlarm, setAlarmState } from '../support/alarms.js';
import { CodeDeployLambda, type HookCall } from '../support/codedeploy-lambda-emulation.js';
import { defaultEmulations, useFaultProxy, type ProxiedRequest } from '../support/fault-proxy.js';
import { aliasIn, fleetWorkspace, releasedFunction } from '../support/fleet.js';
import { aliasRouting } from '../support/lambda-state.js';
import { REGION, TEST_CREDENTIALS } from '../support/moto-account.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { startRun, waitFor } from '../support/rollout-run.js';

// Issue 28: rollout-engine: codedeploy. Relies on the EMULATED CodeDeploy Lambda compute
// platform (codedeploy-lambda-emulation.ts): moto stores applications, groups and
// deployments but shifts no traffic. One minute of a deployment config lasts MINUTE_MS here.

const MINUTE_MS = 3_000;
let codedeploy: CodeDeployLambda;
let hookAnswer: ((call: HookCall) => 'Succeeded' | 'Failed' | undefined) | undefined;

const proxy = useFaultProxy((target) => {
  hookAnswer = undefined;
  codedeploy = new CodeDeployLambda(target, {
    minuteMs: MINUTE_MS,
    answerHook: (call) => hookAnswer?.(call),
  });
  return defaultEmulations(target, { codedeploy });
});

function names(label: string) {
  const id = randomUUID().slice(0, 8);
  return { application: `ld-${label}-${id}`, group: `ld-${label}-${id}-live` };
}

function engineInputs(name: string, more: Record<string, string> = {}): Record<string, string> {
  const { application, group } = names('cd');
  return {
    'function-name': name,
    source: 'app',
    alias: 'live',
    'rollout-engine': 'codedeploy',
    'codedeploy-application': application,
    'codedeploy-deployment-group': group,
    'codedeploy-service-role': inject('testRoleArn'),
    traffic: '10,100',
    'traffic-interval': '1m',
    ...more,
  };
}

const codeDeployCall =
  (operation: string) =>
  (request: ProxiedRequest): boolean =>
    request.headers['x-amz-target'] === `CodeDeploy_20141006.${operation}`;

const WRITES = [
  'CreateApplication',
  'CreateDeploymentGroup',
  'UpdateDeploymentGroup',
  'CreateDeploymentConfig',
  'CreateDeployment',
  'StopDeployment',
];

describe('rollout-engine: codedeploy (emulated CodeDeploy)', () => {
  it('a canary config shifts the alias to the new version; a second run makes only reads', async () => {
    const fn = await deployedWithLiveAlias();
    const inputs = engineInputs(fn.name);

    const run = await runDeployAction(fn.workspace, inputs, proxy().endpoint);

    expect(run.exitCode, runOutput(run)).toBe(0);
    const next = run.outputs['version'] ?? '';
    const deployment = codedeploy.deploymentOf(fn.name);
    expect(deployment?.status).toBe('Succeeded');
    expect(run.outputs['codedeploy-deployment-id']).toBe(deployment?.id);
    expect(deployment?.shifts).toEqual([`${fn.version}+${next}@0.1`, next]);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: next, weights: {} });
    // The custom config traffic 10,100 every 1m maps onto, created, then the deployment.
    const [created] = proxy().jsonBodies(codeDeployCall('CreateDeploymentConfig'));
    expect(created).toEqual({
      deploymentConfigName: 'lambda-deploy-Canary10Percent1Minutes',
      computePlatform: 'Lambda',
      trafficRoutingConfig: {
        type: 'TimeBasedCanary',
        timeBasedCanary: { canaryPercentage: 10, canaryInterval: 1 },
      },
    });
    const plan = JSON.parse(run.outputs['plan'] ?? '{}') as Record<string, unknown>;
    expect(plan['codedeploy']).toMatchObject({
      engine: 'codedeploy',
      application: { name: inputs['codedeploy-application'], action: 'create' },
      group: { name: inputs['codedeploy-deployment-group'], action: 'create' },
      config: { name: 'lambda-deploy-Canary10Percent1Minutes', action: 'create' },
      waitForRollout: true,
    });
    expect(run.stdout).toMatch(
      new RegExp(
        `Traffic \\(CodeDeploy [^)]+\\): alias live routes ${fn.version} \\(90 %\\) / ${next} \\(10 %\\) \\(read\\)`,
      ),
    );
    expect(run.stdout).toContain(`CodeDeploy ${deployment?.id ?? ''}: Succeeded`);

    const before = proxy().requests.length;
    const again = await runDeployAction(fn.workspace, inputs, proxy().endpoint);
    expect(again.exitCode, runOutput(again)).toBe(0);
    const later = proxy().requests.slice(before);
    for (const write of WRITES) {
      expect(later.filter(codeDeployCall(write)), write).toEqual([]);
    }
    expect(later.some(codeDeployCall('GetDeploymentGroup'))).toBe(true);
  }, 90_000);

  it('an alarm in ALARM during the shift rolls back and fails the step with rolled-back=true', async () => {
    const fn = await deployedWithLiveAlias();
    const alarm = await createAlarm(fn.name);
    const step = startRun(fn.workspace, engineInputs(fn.name, { alarms: alarm }), proxy().endpoint);
    await waitFor(
      step,
      'the canary share',
      () => (codedeploy.deploymentOf(fn.name)?.shifts.length ?? 0) >= 1,
    );
    await setAlarmState(alarm, 'ALARM');

    const run = await step.result;

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.outputs['rolled-back']).toBe('true');
    const deployment = codedeploy.deploymentOf(fn.name);
    expect(deployment?.status).toBe('Failed');
    expect(run.outputs['codedeploy-deployment-id']).toBe(deployment?.id);
    expect(run.errors[0]).toContain('ALARM_ACTIVE');
    expect(run.errors[0]).toContain(`alias live routes ${fn.version} (read back`);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    // The group was created with the alarm and automatic rollback on it.
    const [group] = proxy().jsonBodies(codeDeployCall('CreateDeploymentGroup'));
    expect(group).toMatchObject({
      alarmConfiguration: { enabled: true, alarms: [{ name: alarm }] },
      autoRollbackConfiguration: {
        enabled: true,
        events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'],
      },
    });
  }, 90_000);

  it('wait-for-rollout: false ends the step once CodeDeploy accepted the deployment', async () => {
    const fn = await deployedWithLiveAlias();

    const run = await runDeployAction(
      fn.workspace,
      engineInputs(fn.name, { 'wait-for-rollout': 'false' }),
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const deployment = codedeploy.deploymentOf(fn.name);
    expect(run.outputs['codedeploy-deployment-id']).toBe(deployment?.id);
    expect(run.outputs['codedeploy-deployment-url']).toContain(deployment?.id ?? 'none');
    // Still shifting in AWS when the step ended.
    expect(['Created', 'InProgress']).toContain(deployment?.status);
    expect(proxy().count(codeDeployCall('GetDeployment'))).toBe(0);
    expect(run.summary).toContain('the runner does not watch it');
    expect(JSON.parse(run.outputs['plan'] ?? '{}')).toMatchObject({
      codedeploy: {
        waitForRollout: false,
        rollout: expect.stringContaining('will not watch') as unknown,
      },
    });
    const next = run.outputs['version'] ?? '';
    await expect
      .poll(() => aliasRouting(fn.name, 'live'), { timeout: 20_000 })
      .toEqual({ version: next, weights: {} });
  }, 90_000);

  it('SIGINT on a waiting step stops the deployment with rollback', async () => {
    const fn = await deployedWithLiveAlias();
    const step = startRun(fn.workspace, engineInputs(fn.name), proxy().endpoint);
    await waitFor(
      step,
      'the canary share',
      () => (codedeploy.deploymentOf(fn.name)?.shifts.length ?? 0) >= 1,
    );

    cancelLikeRunner(step.child());
    const run = await step.result;

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.outputs['rolled-back']).toBe('true');
    expect(codedeploy.deploymentOf(fn.name)?.status).toBe('Stopped');
    expect(proxy().jsonBodies(codeDeployCall('StopDeployment'))).toEqual([
      { deploymentId: codedeploy.deploymentOf(fn.name)?.id, autoRollbackEnabled: true },
    ]);
    expect(run.errors[0]).toContain(
      'The job was cancelled (SIGINT) while CodeDeploy shifted the traffic',
    );
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
  }, 90_000);

  it('a failed before-traffic hook moves no traffic', async () => {
    const fn = await deployedWithLiveAlias();
    const step = startRun(
      fn.workspace,
      engineInputs(fn.name, { 'before-traffic-hook': `${fn.name}-pre-traffic` }),
      proxy().endpoint,
    );
    await waitFor(
      step,
      'the BeforeAllowTraffic hook',
      () => (codedeploy.deploymentOf(fn.name)?.hookCalls.length ?? 0) >= 1,
    );
    const call = codedeploy.deploymentOf(fn.name)?.hookCalls[0];
    expect(call).toMatchObject({
      hook: 'BeforeAllowTraffic',
      functionName: `${fn.name}-pre-traffic`,
    });
    // As the hook function would: CodeDeploy's own API, through the proxy.
    await new CodeDeployClient({
      region: REGION,
      endpoint: proxy().endpoint,
      credentials: TEST_CREDENTIALS,
    }).send(
      new PutLifecycleEventHookExecutionStatusCommand({
        deploymentId: call?.deploymentId,
        lifecycleEventHookExecutionId: call?.executionId,
        status: 'Failed',
      }),
    );

    const run = await step.result;

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.errors[0]).toContain('HOOK_EXECUTION_FAILURE');
    // No share ever went to the new version.
    expect(codedeploy.deploymentOf(fn.name)?.shifts.every((shift) => shift === fn.version)).toBe(
      true,
    );
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
    expect(run.stdout).toContain('BeforeAllowTraffic Failed');
  }, 90_000);

  it('a manifest of two functions: when one rolls back, the other is stopped with rollback', async () => {
    const [a, b] = await Promise.all([releasedFunction(), releasedFunction()]);
    const alarm = await createAlarm(a);
    const { application, group } = names('fleet');
    const manifest = [
      'defaults:',
      '  alias: live',
      "  traffic: '10,100'",
      '  traffic-interval: 1m',
      '  source: app',
      `  codedeploy-application: ${application}`,
      `  codedeploy-service-role: ${inject('testRoleArn')}`,
      'functions:',
      `  - function-name: ${a}`,
      `    codedeploy-deployment-group: ${group}-a`,
      `    alarms: ${alarm}`,
      `  - function-name: ${b}`,
      `    codedeploy-deployment-group: ${group}-b`,
      '',
    ].join('\n');
    const workspace = await fleetWorkspace(['app'], manifest);
    const step = startRun(
      workspace,
      { manifest: 'fleet.yml', 'rollout-engine': 'codedeploy' },
      proxy().endpoint,
    );
    await waitFor(step, 'both canary shares', () =>
      [a, b].every((name) => (codedeploy.deploymentOf(name)?.shifts.length ?? 0) >= 1),
    );
    await setAlarmState(alarm, 'ALARM');

    const run = await step.result;

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(codedeploy.deploymentOf(a)?.status).toBe('Failed');
    expect(codedeploy.deploymentOf(b)?.status).toBe('Stopped');
    expect(proxy().jsonBodies(codeDeployCall('StopDeployment'))).toEqual([
      { deploymentId: codedeploy.deploymentOf(b)?.id, autoRollbackEnabled: true },
    ]);
    for (const name of [a, b]) {
      expect(await aliasIn(name, 'live'), name).toEqual({ version: '1', weights: {} });
    }
    expect(run.errors[0]).toContain('ALARM_ACTIVE');
  }, 120_000);
  it('a missing application without codedeploy-service-role fails before any change', async () => {
    const fn = await deployedWithLiveAlias();
    const inputs = engineInputs(fn.name);
    delete inputs['codedeploy-service-role'];

    const run = await runDeployAction(fn.workspace, inputs, proxy().endpoint);

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors[0]).toContain('codedeploy-application');
    expect(run.errors[0]).toContain(
      `'${inputs['codedeploy-application'] ?? ''}' does not exist: create it (compute platform Lambda), or give codedeploy-service-role`,
    );
    // Only reads: no Lambda write (REST, non-GET), no CodeDeploy write.
    const lambdaWrites = proxy().requests.filter(
      (request) => request.method !== 'GET' && request.path.startsWith('/20'),
    );
    expect(lambdaWrites.map((request) => `${request.method} ${request.path}`)).toEqual([]);
    for (const write of WRITES) {
      expect(proxy().count(codeDeployCall(write)), write).toBe(0);
    }
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: fn.version, weights: {} });
  }, 90_000);

  it("sets a group's alarms when they differ, through a lost request and a lost answer", async () => {
    const fn = await deployedWithLiveAlias();
    const alarm = await createAlarm(fn.name);
    const inputs = engineInputs(fn.name, { traffic: '100', 'traffic-interval': '' });
    const first = await runDeployAction(fn.workspace, inputs, proxy().endpoint);
    expect(first.exitCode, runOutput(first)).toBe(0);
    const [created] = proxy().jsonBodies(codeDeployCall('CreateDeploymentGroup'));
    expect(created).toMatchObject({ alarmConfiguration: { enabled: false, alarms: [] } });

    // The first UpdateDeploymentGroup never reaches CodeDeploy; the second is applied and
    // its answer lost; the SDK's retry then sets the same alarms again.
    proxy().inject({
      match: codeDeployCall('UpdateDeploymentGroup'),
      behaviour: { kind: 'reset' },
      times: 1,
    });
    proxy().inject({
      match: codeDeployCall('UpdateDeploymentGroup'),
      behaviour: { kind: 'drop-answer' },
      times: 1,
    });
    await changeSource(fn.workspace, `v3 of ${fn.name}`);
    const second = await runDeployAction(
      fn.workspace,
      { ...inputs, alarms: alarm },
      proxy().endpoint,
    );

    expect(second.exitCode, runOutput(second)).toBe(0);
    const updates = proxy().jsonBodies(codeDeployCall('UpdateDeploymentGroup'));
    expect(updates.length).toBeGreaterThanOrEqual(2);
    for (const update of updates) {
      expect(update).toMatchObject({
        applicationName: inputs['codedeploy-application'],
        currentDeploymentGroupName: inputs['codedeploy-deployment-group'],
        alarmConfiguration: { enabled: true, alarms: [{ name: alarm }] },
        autoRollbackConfiguration: {
          enabled: true,
          events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'],
        },
      });
    }
    const group = await new CodeDeployClient({
      region: REGION,
      endpoint: proxy().endpoint,
      credentials: TEST_CREDENTIALS,
    }).send(
      new GetDeploymentGroupCommand({
        applicationName: inputs['codedeploy-application'],
        deploymentGroupName: inputs['codedeploy-deployment-group'],
      }),
    );
    expect(group.deploymentGroupInfo?.alarmConfiguration?.alarms).toEqual([{ name: alarm }]);
    expect(codedeploy.deploymentOf(fn.name)?.status).toBe('Succeeded');
    const next = second.outputs['version'] ?? '';
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: next, weights: {} });

    // The same alarms again: the group is kept.
    await changeSource(fn.workspace, `v4 of ${fn.name}`);
    const before = proxy().count(codeDeployCall('UpdateDeploymentGroup'));
    const third = await runDeployAction(
      fn.workspace,
      { ...inputs, alarms: alarm },
      proxy().endpoint,
    );
    expect(third.exitCode, runOutput(third)).toBe(0);
    expect(proxy().count(codeDeployCall('UpdateDeploymentGroup'))).toBe(before);
  }, 120_000);
  it.each(['reset', 'drop-answer'] as const)(
    'a CreateDeployment whose connection is lost (%s) starts one deployment, followed to its end',
    async (kind) => {
      const fn = await deployedWithLiveAlias();
      proxy().inject({
        match: codeDeployCall('CreateDeployment'),
        behaviour: { kind },
        times: 1,
      });

      const run = await runDeployAction(fn.workspace, engineInputs(fn.name), proxy().endpoint);

      expect(run.exitCode, runOutput(run)).toBe(0);
      expect(proxy().count(codeDeployCall('CreateDeployment'))).toBeGreaterThanOrEqual(2);
      const started = [...codedeploy.deployments.values()].filter(
        (one) => one.spec.name === fn.name,
      );
      expect(started.map((one) => one.status)).toEqual(['Succeeded']);
      expect(run.outputs['codedeploy-deployment-id']).toBe(started[0]?.id);
      // Applied and lost: the retry is refused, and the group's active deployment adopted.
      expect(proxy().count(codeDeployCall('ListDeployments'))).toBe(kind === 'reset' ? 0 : 1);
      const next = run.outputs['version'] ?? '';
      expect(await aliasRouting(fn.name, 'live')).toEqual({ version: next, weights: {} });
    },
    90_000,
  );
});
