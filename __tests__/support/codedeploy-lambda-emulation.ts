import { DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { GetAliasCommand, UpdateAliasCommand } from '@aws-sdk/client-lambda';
import { randomUUID } from 'node:crypto';
import { cloudWatchClient } from './alarms.js';
import { lambdaClient } from './aws.js';
import type {
  AnswerChange,
  CannedResponse,
  ProxiedRequest,
  ProxyEmulation,
} from './fault-proxy.js';

// EMULATED, not moto: CodeDeploy's Lambda compute platform. moto 5.2.1 (codedeploy/models.py,
// responses.py) stores applications, deployment groups and deployments, but a deployment
// stays 'Created' forever and shifts no traffic; its GetDeploymentGroup answers
// alarmConfiguration {} whatever was sent; it has no UpdateDeploymentGroup, StopDeployment,
// Create/GetDeploymentConfig, PutLifecycleEventHookExecutionStatus or GetDeploymentTarget.
//
// What this emulation does, for the requests that go through a proxy (JSON 1.1, header
// X-Amz-Target CodeDeploy_20141006.<Operation>), in CodeDeploy's shapes (API reference,
// AppSpec reference for Lambda):
// 1. CreateApplication, GetApplication and CreateDeploymentGroup go to moto. The
//    alarmConfiguration and autoRollbackConfiguration a CreateDeploymentGroup sent are kept
//    and merged into GetDeploymentGroup's answer; UpdateDeploymentGroup (moto lacks it)
//    replaces them, for a group this emulation saw created (else 400
//    DeploymentGroupDoesNotExistException).
// 2. CreateDeploymentConfig / GetDeploymentConfig: the Lambda configs CodeDeployDefault.*
//    (LambdaAllAtOnce, LambdaCanary10Percent5/10/15/30Minutes,
//    LambdaLinear10PercentEvery1Minute/2/3/10Minutes) and the ones created here;
//    DeploymentConfigAlreadyExistsException / DeploymentConfigDoesNotExistException.
// 3. CreateDeployment goes to moto (which checks the application and group and draws the
//    id); then the deployment runs here from the AppSpec content (version 0.0, one
//    AWS::Lambda::Function resource with Name, Alias, CurrentVersion, TargetVersion, and
//    Hooks BeforeAllowTraffic / AfterAllowTraffic), on a shortened clock: one minute of the
//    config is `minuteMs`. Lifecycle: BeforeAllowTraffic hook, AllowTraffic (the alias's
//    weights moved with UpdateAlias straight on moto: canary share, then 100 % after the
//    interval; linear share after share), AfterAllowTraffic hook. While traffic shifts, the
//    group's alarms (when enabled) are read from moto's CloudWatch every `alarmPollMs`; one
//    in ALARM fails the deployment (ALARM_ACTIVE). A hook's Failed status
//    (PutLifecycleEventHookExecutionStatus, from the test or from `answerHook`) fails it
//    (HOOK_EXECUTION_FAILURE); a hook unanswered within `hookTimeoutMs` fails it too.
//    On failure with automatic rollback (the group's DEPLOYMENT_FAILURE or
//    DEPLOYMENT_STOP_ON_ALARM event), the alias goes back to CurrentVersion, weights cleared,
//    and rollbackInfo says so.
// 4. GetDeployment: moto's answer with the status (Created, InProgress, Succeeded, Failed,
//    Stopped), errorInformation and rollbackInfo as emulated. GetDeploymentTarget: the
//    lambdaTarget (target id: the function's name) with its lifecycleEvents and weight.
// 5. StopDeployment: a running deployment is Stopped (MANUAL_STOP); with autoRollbackEnabled
//    the alias goes back as above; answer {status: Pending}. A finished one: 400
//    DeploymentAlreadyCompletedException.
// 5b. One deployment at a time per group: CreateDeployment while one of the group's is
//    Created or InProgress answers 400 DeploymentLimitExceededException ("The Deployment
//    Group 'g' already has an active Deployment 'd-...'"). ListDeployments of a group answers
//    the ids of its emulated deployments, filtered by includeOnlyStatuses.
// 6. Every answer of moto's to a CodeDeploy request: times as epoch seconds (moto sends ISO
//    text, which the SDK cannot read) and no null fields.
// Not emulated: the hook functions are not invoked (moto's Invoke needs Docker): a test
// answers a hook itself (PutLifecycleEventHookExecutionStatus, or `answerHook`); no
// no queueing (a second deployment is refused, never queued), no redeployment of a rollback deployment id, no
// BatchGet*/List* beyond moto's, no events for EC2/ECS platforms, no IAM checks of the
// service role. The alias moves bypass the proxy (its RevisionId store does not see them).

const TARGET = 'CodeDeploy_20141006.';
const JSON_TYPE = 'application/x-amz-json-1.1';

export interface HookCall {
  readonly deploymentId: string;
  readonly hook: 'BeforeAllowTraffic' | 'AfterAllowTraffic';
  readonly functionName: string;
  readonly executionId: string;
}

export interface CodeDeployLambdaOptions {
  /** How long one minute of a deployment config lasts here. */
  readonly minuteMs?: number;
  readonly alarmPollMs?: number;
  readonly hookTimeoutMs?: number;
  /** Answers a hook at once; undefined leaves it to PutLifecycleEventHookExecutionStatus. */
  readonly answerHook?: (call: HookCall) => 'Succeeded' | 'Failed' | undefined;
}

type Routing =
  | { type: 'AllAtOnce' }
  | {
      type: 'TimeBasedCanary';
      timeBasedCanary: { canaryPercentage: number; canaryInterval: number };
    }
  | {
      type: 'TimeBasedLinear';
      timeBasedLinear: { linearPercentage: number; linearInterval: number };
    };

interface GroupSettings {
  alarmConfiguration: { enabled?: boolean; alarms?: { name: string }[] } | undefined;
  autoRollbackConfiguration: { enabled?: boolean; events?: string[] } | undefined;
}

interface AppSpecFunction {
  readonly name: string;
  readonly alias: string;
  readonly current: string;
  readonly target: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

export interface EmulatedDeployment {
  readonly id: string;
  readonly group: string;
  readonly spec: AppSpecFunction;
  status: 'Created' | 'InProgress' | 'Succeeded' | 'Failed' | 'Stopped';
  error: { code: string; message: string } | undefined;
  rollback: { rollbackMessage: string } | undefined;
  events: { lifecycleEventName: string; status: string }[];
  weight: number;
  /** Each routing the emulation gave the alias, in order: "1", "1+2@0.1", "2". */
  readonly shifts: string[];
  readonly hookCalls: HookCall[];
}

const LAMBDA_DEFAULTS: Record<string, Routing> = {
  'CodeDeployDefault.LambdaAllAtOnce': { type: 'AllAtOnce' },
  ...Object.fromEntries(
    [5, 10, 15, 30].map((m) => [
      `CodeDeployDefault.LambdaCanary10Percent${m}Minutes`,
      { type: 'TimeBasedCanary', timeBasedCanary: { canaryPercentage: 10, canaryInterval: m } },
    ]),
  ),
  ...Object.fromEntries(
    [1, 2, 3, 10].map((m) => [
      `CodeDeployDefault.LambdaLinear10PercentEvery${m}Minute${m === 1 ? '' : 's'}`,
      { type: 'TimeBasedLinear', timeBasedLinear: { linearPercentage: 10, linearInterval: m } },
    ]),
  ),
};

export class CodeDeployLambda implements ProxyEmulation {
  readonly deployments = new Map<string, EmulatedDeployment>();
  private readonly groups = new Map<string, GroupSettings>();
  private readonly configs = new Map<string, Routing>();
  private readonly pendingHooks = new Map<string, (status: string) => void>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;
  private readonly minuteMs: number;
  private readonly alarmPollMs: number;
  private readonly hookTimeoutMs: number;

  constructor(
    private readonly target: string,
    private readonly options: CodeDeployLambdaOptions = {},
  ) {
    this.minuteMs = options.minuteMs ?? 1_000;
    this.alarmPollMs = options.alarmPollMs ?? Math.max(50, Math.floor(this.minuteMs / 5));
    this.hookTimeoutMs = options.hookTimeoutMs ?? 30_000;
  }

  /** The deployment of `functionName` started last. */
  deploymentOf(functionName: string): EmulatedDeployment | undefined {
    return [...this.deployments.values()].filter((one) => one.spec.name === functionName).at(-1);
  }

  beforeForward(request: ProxiedRequest): CannedResponse | undefined {
    const operation = operationOf(request);
    if (operation === undefined) return undefined;
    const body = parse(request.body);
    switch (operation) {
      case 'CreateDeploymentConfig': {
        const name = String(body['deploymentConfigName']);
        if (this.configs.has(name) || name in LAMBDA_DEFAULTS) {
          return error(
            'DeploymentConfigAlreadyExistsException',
            `Deployment Configuration already exists with name ${name}`,
          );
        }
        this.configs.set(name, body['trafficRoutingConfig'] as Routing);
        return ok({ deploymentConfigId: randomUUID() });
      }
      case 'GetDeploymentConfig': {
        const name = String(body['deploymentConfigName']);
        const routing = this.configs.get(name) ?? LAMBDA_DEFAULTS[name];
        if (routing === undefined) {
          return error(
            'DeploymentConfigDoesNotExistException',
            `No deployment configuration found for name: ${name}`,
          );
        }
        return ok({
          deploymentConfigInfo: {
            deploymentConfigName: name,
            computePlatform: 'Lambda',
            trafficRoutingConfig: routing,
          },
        });
      }
      case 'UpdateDeploymentGroup': {
        const key = groupKey(body['applicationName'], body['currentDeploymentGroupName']);
        const group = this.groups.get(key);
        if (group === undefined) {
          return error(
            'DeploymentGroupDoesNotExistException',
            'The deployment group does not exist with the user or AWS account.',
          );
        }
        if (body['alarmConfiguration'] !== undefined)
          group.alarmConfiguration = body[
            'alarmConfiguration'
          ] as GroupSettings['alarmConfiguration'];
        if (body['autoRollbackConfiguration'] !== undefined)
          group.autoRollbackConfiguration = body[
            'autoRollbackConfiguration'
          ] as GroupSettings['autoRollbackConfiguration'];
        return ok({ hooksNotCleanedUp: [] });
      }
      case 'CreateDeployment': {
        // One deployment at a time per group, as CodeDeploy: a second is refused.
        const key = groupKey(body['applicationName'], body['deploymentGroupName']);
        const active = [...this.deployments.values()].find(
          (one) => one.group === key && (one.status === 'Created' || one.status === 'InProgress'),
        );
        if (active === undefined) return undefined;
        return error(
          'DeploymentLimitExceededException',
          `The Deployment Group '${String(body['deploymentGroupName'])}' already has an active Deployment '${active.id}'`,
        );
      }
      case 'ListDeployments': {
        if (body['applicationName'] === undefined) return undefined;
        const key = groupKey(body['applicationName'], body['deploymentGroupName']);
        const statuses = body['includeOnlyStatuses'] as string[] | undefined;
        const ids = [...this.deployments.values()]
          .filter((one) => one.group === key)
          .filter((one) => statuses === undefined || statuses.includes(one.status))
          .map((one) => one.id);
        return ok({ deployments: ids });
      }
      case 'StopDeployment':
        return this.stop(String(body['deploymentId']), body['autoRollbackEnabled'] === true);
      case 'PutLifecycleEventHookExecutionStatus': {
        const id = String(body['lifecycleEventHookExecutionId']);
        const answer = this.pendingHooks.get(id);
        if (answer === undefined) {
          return error(
            'LifecycleEventAlreadyCompletedException',
            'The lifecycle event is already completed or does not exist.',
          );
        }
        answer(String(body['status']));
        return ok({ lifecycleEventHookExecutionId: id });
      }
      case 'GetDeploymentTarget': {
        const deployment = this.deployments.get(String(body['deploymentId']));
        if (deployment === undefined || String(body['targetId']) !== deployment.spec.name) {
          return error(
            'DeploymentTargetDoesNotExistException',
            'The deployment target does not exist.',
          );
        }
        return ok({
          deploymentTarget: {
            deploymentTargetType: 'LambdaTarget',
            lambdaTarget: {
              deploymentId: deployment.id,
              targetId: deployment.spec.name,
              status: deployment.status === 'Created' ? 'Pending' : deployment.status,
              lifecycleEvents: deployment.events,
              lambdaFunctionInfo: {
                functionName: deployment.spec.name,
                functionAlias: deployment.spec.alias,
                currentVersion: deployment.spec.current,
                targetVersion: deployment.spec.target,
                targetVersionWeight: deployment.weight,
              },
            },
          },
        });
      }
      default:
        return undefined;
    }
  }

  async afterAnswer(
    request: ProxiedRequest,
    status: number,
    json: () => Promise<unknown>,
  ): Promise<AnswerChange> {
    const operation = operationOf(request);
    if (operation === undefined || status < 200 || status >= 300) return undefined;
    const body = parse(request.body);
    const change = await this.changed(operation, body, json);
    return change ?? { json: cleaned(await json()) };
  }

  private async changed(
    operation: string,
    body: Record<string, unknown>,
    json: () => Promise<unknown>,
  ): Promise<AnswerChange> {
    switch (operation) {
      case 'CreateDeploymentGroup':
        this.groups.set(groupKey(body['applicationName'], body['deploymentGroupName']), {
          alarmConfiguration: body['alarmConfiguration'] as GroupSettings['alarmConfiguration'],
          autoRollbackConfiguration: body[
            'autoRollbackConfiguration'
          ] as GroupSettings['autoRollbackConfiguration'],
        });
        return undefined;
      case 'GetDeploymentGroup': {
        const answer = (await json()) as { deploymentGroupInfo?: Record<string, unknown> };
        const group = this.groups.get(
          groupKey(body['applicationName'], body['deploymentGroupName']),
        );
        if (group === undefined || answer.deploymentGroupInfo === undefined) return undefined;
        return {
          json: cleaned({
            deploymentGroupInfo: {
              ...answer.deploymentGroupInfo,
              alarmConfiguration: group.alarmConfiguration ?? { enabled: false, alarms: [] },
              autoRollbackConfiguration: group.autoRollbackConfiguration ?? { enabled: false },
            },
          }),
        };
      }
      case 'CreateDeployment': {
        const answer = (await json()) as { deploymentId?: string };
        if (answer.deploymentId !== undefined) this.start(answer.deploymentId, body);
        return undefined;
      }
      case 'GetDeployment': {
        const answer = (await json()) as { deploymentInfo?: Record<string, unknown> };
        const deployment = this.deployments.get(String(body['deploymentId']));
        if (deployment === undefined || answer.deploymentInfo === undefined) return undefined;
        const { deploymentInfo } = answer;
        return {
          json: cleaned({
            deploymentInfo: {
              ...deploymentInfo,
              status: deployment.status,
              errorInformation: deployment.error,
              rollbackInfo: deployment.rollback,
              computePlatform: 'Lambda',
            },
          }),
        };
      }
      default:
        return undefined;
    }
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    for (const answer of this.pendingHooks.values()) answer('Failed');
  }

  private start(id: string, body: Record<string, unknown>): void {
    const revision = body['revision'] as { appSpecContent?: { content?: string } } | undefined;
    const spec = appSpecOf(revision?.appSpecContent?.content ?? '{}');
    const groupName = groupKey(body['applicationName'], body['deploymentGroupName']);
    const named = body['deploymentConfigName'];
    const configName = typeof named === 'string' ? named : 'CodeDeployDefault.LambdaAllAtOnce';
    const deployment: EmulatedDeployment = {
      id,
      group: groupName,
      spec,
      status: 'Created',
      error: undefined,
      rollback: undefined,
      events: ['BeforeAllowTraffic', 'AllowTraffic', 'AfterAllowTraffic'].map((name) => ({
        lifecycleEventName: name,
        status: 'Pending',
      })),
      weight: 0,
      shifts: [],
      hookCalls: [],
    };
    this.deployments.set(id, deployment);
    const routing = this.configs.get(configName) ??
      LAMBDA_DEFAULTS[configName] ?? { type: 'AllAtOnce' };
    void this.run(deployment, routing).catch((reason: unknown) => {
      if (deployment.status === 'InProgress') {
        deployment.status = 'Failed';
        deployment.error = { code: 'INTERNAL_ERROR', message: String(reason) };
      }
    });
  }

  private async run(deployment: EmulatedDeployment, routing: Routing): Promise<void> {
    await this.sleep(50);
    deployment.status = 'InProgress';
    const { spec } = deployment;
    if (!(await this.hook(deployment, 'BeforeAllowTraffic', spec.before))) return;
    this.event(deployment, 'AllowTraffic', 'InProgress');
    for (const [share, holdMinutes] of stagesOf(routing)) {
      if (!this.running(deployment)) return;
      await this.route(deployment, share);
      if (holdMinutes > 0 && !(await this.hold(deployment, holdMinutes * this.minuteMs))) return;
    }
    if (!this.running(deployment)) return;
    this.event(deployment, 'AllowTraffic', 'Succeeded');
    if (!(await this.hook(deployment, 'AfterAllowTraffic', spec.after))) return;
    deployment.status = 'Succeeded';
  }

  private running(deployment: EmulatedDeployment): boolean {
    return deployment.status === 'InProgress' && !this.closed;
  }

  /** Holds a stage, reading the group's alarms; false when the deployment ended meanwhile. */
  private async hold(deployment: EmulatedDeployment, ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (!this.running(deployment)) return false;
      const firing = await this.firingAlarm(deployment);
      if (firing !== undefined) {
        await this.fail(
          deployment,
          'ALARM_ACTIVE',
          `One or more alarms have been activated according to the Amazon CloudWatch metrics you selected, and the affected deployments have been stopped. Activated alarms: <${firing}>`,
          'DEPLOYMENT_STOP_ON_ALARM',
        );
        return false;
      }
      await this.sleep(Math.min(this.alarmPollMs, Math.max(0, until - Date.now())));
    }
    return this.running(deployment);
  }

  private async firingAlarm(deployment: EmulatedDeployment): Promise<string | undefined> {
    const config = this.groups.get(deployment.group)?.alarmConfiguration;
    const names = config?.enabled === true ? (config.alarms ?? []).map((alarm) => alarm.name) : [];
    if (names.length === 0) return undefined;
    const answer = await cloudWatchClient(this.target).send(
      new DescribeAlarmsCommand({ AlarmNames: names }),
    );
    return answer.MetricAlarms?.find((alarm) => alarm.StateValue === 'ALARM')?.AlarmName;
  }

  /** Runs a hook; true when it succeeded or there is none. */
  private async hook(
    deployment: EmulatedDeployment,
    name: HookCall['hook'],
    functionName: string | undefined,
  ): Promise<boolean> {
    if (functionName === undefined) {
      this.event(deployment, name, 'Skipped');
      return this.running(deployment);
    }
    this.event(deployment, name, 'InProgress');
    const call: HookCall = {
      deploymentId: deployment.id,
      hook: name,
      functionName,
      executionId: randomUUID(),
    };
    deployment.hookCalls.push(call);
    const status = await new Promise<string>((resolve) => {
      this.pendingHooks.set(call.executionId, resolve);
      const timer = setTimeout(() => {
        resolve('Failed');
      }, this.hookTimeoutMs);
      this.timers.add(timer);
      const now = this.options.answerHook?.(call);
      if (now !== undefined) resolve(now);
    });
    this.pendingHooks.delete(call.executionId);
    if (!this.running(deployment)) return false;
    this.event(deployment, name, status === 'Succeeded' ? 'Succeeded' : 'Failed');
    if (status === 'Succeeded') return true;
    await this.fail(
      deployment,
      'HOOK_EXECUTION_FAILURE',
      `The deployment failed because one or more of the lifecycle event hooks failed: ${name} ${functionName} ended ${status}.`,
      'DEPLOYMENT_FAILURE',
    );
    return false;
  }

  private async fail(
    deployment: EmulatedDeployment,
    code: string,
    message: string,
    event: string,
  ): Promise<void> {
    deployment.status = 'Failed';
    deployment.error = { code, message };
    const rollback = this.groups.get(deployment.group)?.autoRollbackConfiguration;
    const rolls = rollback?.enabled === true && (rollback.events ?? []).includes(event);
    if (rolls) await this.rollBack(deployment, `Automatic rollback: ${code}`);
  }

  private stop(id: string, rollback: boolean): CannedResponse {
    const deployment = this.deployments.get(id);
    if (deployment === undefined)
      return error('DeploymentDoesNotExistException', `The deployment ${id} could not be found.`);
    if (deployment.status !== 'InProgress' && deployment.status !== 'Created') {
      return error(
        'DeploymentAlreadyCompletedException',
        `The deployment ${id} has already completed.`,
      );
    }
    deployment.status = 'Stopped';
    deployment.error = { code: 'MANUAL_STOP', message: 'The deployment was stopped by the user.' };
    for (const event of deployment.events)
      if (event.status === 'InProgress' || event.status === 'Pending') event.status = 'Skipped';
    if (rollback)
      void this.rollBack(deployment, 'StopDeployment with autoRollbackEnabled').catch(
        () => undefined,
      );
    return ok({
      status: 'Pending',
      statusMessage: 'Stopping Pending. Stopping to schedule update on the deployment.',
    });
  }

  private async rollBack(deployment: EmulatedDeployment, why: string): Promise<void> {
    const { spec } = deployment;
    await lambdaClient(this.target).send(
      new UpdateAliasCommand({
        FunctionName: spec.name,
        Name: spec.alias,
        FunctionVersion: spec.current,
        RoutingConfig: { AdditionalVersionWeights: {} },
      }),
    );
    deployment.weight = 0;
    deployment.shifts.push(spec.current);
    deployment.rollback = {
      rollbackMessage: `${why}: alias ${spec.alias} back to version ${spec.current}`,
    };
  }

  private async route(deployment: EmulatedDeployment, share: number): Promise<void> {
    const { spec } = deployment;
    const full = share >= 100;
    await lambdaClient(this.target).send(
      new UpdateAliasCommand({
        FunctionName: spec.name,
        Name: spec.alias,
        FunctionVersion: full ? spec.target : spec.current,
        RoutingConfig: { AdditionalVersionWeights: full ? {} : { [spec.target]: share / 100 } },
      }),
    );
    deployment.weight = share;
    deployment.shifts.push(full ? spec.target : `${spec.current}+${spec.target}@${share / 100}`);
  }

  private event(deployment: EmulatedDeployment, name: string, status: string): void {
    const event = deployment.events.find((one) => one.lifecycleEventName === name);
    if (event !== undefined) event.status = status;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

/** The alias as moto holds it, for a test: "1", or "1+2@0.1". */
export async function aliasShape(functionName: string, alias: string): Promise<string> {
  const answer = await lambdaClient().send(
    new GetAliasCommand({ FunctionName: functionName, Name: alias }),
  );
  const weights = Object.entries(answer.RoutingConfig?.AdditionalVersionWeights ?? {});
  return weights.length === 0
    ? (answer.FunctionVersion ?? '')
    : `${answer.FunctionVersion ?? ''}+${weights.map(([v, w]) => `${v}@${w}`).join('+')}`;
}

/** [share, minutes held after it], in order; the last share is 100. */
function stagesOf(routing: Routing): [number, number][] {
  if (routing.type === 'TimeBasedCanary') {
    const { canaryPercentage, canaryInterval } = routing.timeBasedCanary;
    return [
      [canaryPercentage, canaryInterval],
      [100, 0],
    ];
  }
  if (routing.type === 'TimeBasedLinear') {
    const { linearPercentage, linearInterval } = routing.timeBasedLinear;
    const stages: [number, number][] = [];
    for (let share = linearPercentage; share < 100; share += linearPercentage)
      stages.push([share, linearInterval]);
    stages.push([100, 0]);
    return stages;
  }
  return [[100, 0]];
}

function appSpecOf(content: string): AppSpecFunction {
  const spec = JSON.parse(content) as {
    Resources?: Record<string, { Properties?: Record<string, string> }>[];
    Hooks?: Record<string, string>[];
  };
  const resource = Object.values(spec.Resources?.[0] ?? {})[0]?.Properties ?? {};
  const hook = (name: string) => spec.Hooks?.find((one) => name in one)?.[name];
  return {
    name: resource['Name'] ?? '',
    alias: resource['Alias'] ?? '',
    current: resource['CurrentVersion'] ?? '',
    target: resource['TargetVersion'] ?? '',
    before: hook('BeforeAllowTraffic'),
    after: hook('AfterAllowTraffic'),
  };
}

/**
 * moto answers times as ISO text (CodeDeploy's JSON has epoch seconds, which the SDK
 * requires) and unset fields as null: times become numbers, nulls are left out.
 */
function cleaned(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => cleaned(item));
  if (typeof value === 'string' && /Time$/.test(key) && !Number.isNaN(Date.parse(value))) {
    return Date.parse(value) / 1000;
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null && item !== undefined)
      .map(([name, item]) => [name, cleaned(item, name)]),
  );
}

function operationOf(request: ProxiedRequest): string | undefined {
  const target = request.headers['x-amz-target'];
  const value = Array.isArray(target) ? target[0] : target;
  return value?.startsWith(TARGET) === true ? value.slice(TARGET.length) : undefined;
}

function parse(body: string | undefined): Record<string, unknown> {
  try {
    return JSON.parse(body ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
}

function groupKey(application: unknown, group: unknown): string {
  return `${String(application)}\n${String(group)}`;
}

function ok(body: unknown): CannedResponse {
  return {
    status: 200,
    headers: { 'content-type': JSON_TYPE, 'x-amzn-requestid': randomUUID() },
    body: JSON.stringify(body),
  };
}

function error(type: string, message: string): CannedResponse {
  return {
    status: 400,
    headers: { 'content-type': JSON_TYPE, 'x-amzn-requestid': randomUUID() },
    body: JSON.stringify({ __type: type, message }),
  };
}
