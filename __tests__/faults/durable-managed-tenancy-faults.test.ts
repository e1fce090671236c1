// The writes of durable functions, Managed Instances and tenant isolation, each failing both
// ways: the request that never reaches Lambda (the proxy answers 500 itself, every time) and
// the one Lambda applied whose answer was lost (the proxy resets the connection instead of
// delivering it). Relies on lambda-2025-emulation.ts (a default emulation) for DurableConfig,
// TenancyConfig, CapacityProviderConfig, PublishTo, the scaling configs and durable executions.
import { GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { describe, expect, inject, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { lambdaClient, uniqueFunctionName } from '../support/aws.js';
import {
  defaultEmulations,
  useFaultProxy,
  type ProxiedRequest,
  type RequestMatcher,
} from '../support/fault-proxy.js';
import { Lambda2025State } from '../support/lambda-2025-emulation.js';
import {
  answerLost,
  createAlias,
  createFunction,
  deleteFunction,
  lambdaError,
  updateFunctionConfiguration,
} from '../support/lambda-faults.js';
import { ACCOUNT_ID, REGION } from '../support/moto-account.js';

let lambda2025 = new Lambda2025State();
const proxy = useFaultProxy((target) => {
  lambda2025 = new Lambda2025State();
  return defaultEmulations(target, { lambda2025 });
});

/** Lambda's answer when it fails internally: the SDK retries it, and every retry gets it too. */
const SERVICE_EXCEPTION = lambdaError(500, 'ServiceException', 'internal');

/**
 * Every request `match` picks is answered 500 by the proxy (it never reaches Lambda) until
 * the returned function is called: Lambda back.
 */
function downUntilBack(match: RequestMatcher): () => void {
  let down = true;
  proxy().inject({
    match: (request) => down && match(request),
    behaviour: { kind: 'respond', response: SERVICE_EXCEPTION },
  });
  return () => {
    down = false;
  };
}

const CAPACITY_PROVIDER = JSON.stringify({
  LambdaManagedInstancesCapacityProviderConfig: {
    CapacityProviderArn: `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:capacity-provider:fleet-1`,
    PerExecutionEnvironmentMaxConcurrency: 8,
  },
});

function putScaling(name: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'PUT' && path === `/2025-11-30/functions/${name}/function-scaling-config`;
}

function publishLatestPublished(name: string): RequestMatcher {
  return ({ method, path, body }) =>
    method === 'POST' &&
    path === `/2015-03-31/functions/${name}/versions` &&
    (body ?? '').includes('"PublishTo":"LATEST_PUBLISHED"');
}

function listDurableExecutions(name: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'GET' && path === `/2025-12-01/functions/${name}/durable-executions`;
}

function isWrite(request: ProxiedRequest): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD' && request.path !== '/';
}

interface Deploy {
  readonly run: DeployRun;
  readonly requests: readonly ProxiedRequest[];
}

async function deploy(workspace: string, inputs: Record<string, string>): Promise<Deploy> {
  const from = proxy().requests.length;
  const run = await runDeployAction(workspace, inputs, proxy().endpoint);
  return { run, requests: proxy().requests.slice(from) };
}

function expectSucceeded({ run }: Deploy): void {
  expect(run.exitCode, runOutput(run)).toBe(0);
}

/** Requests `match` picks that moto (or an emulation) answered with a 2xx: applied. */
function applied(deployed: Deploy, match: RequestMatcher): ProxiedRequest[] {
  return deployed.requests.filter(
    (request) =>
      match(request) &&
      request.status !== undefined &&
      request.status >= 200 &&
      request.status < 300,
  );
}

async function expectOnlyReads(workspace: string, inputs: Record<string, string>): Promise<void> {
  const again = await deploy(workspace, inputs);
  expectSucceeded(again);
  expect(again.requests.filter(isWrite).map((r) => `${r.method} ${r.path}`)).toEqual([]);
}

function creation(name: string): Record<string, string> {
  return {
    'function-name': name,
    source: 'app',
    'create-if-missing': 'true',
    role: inject('testRoleArn'),
    runtime: 'nodejs22.x',
    handler: 'index.handler',
  };
}

async function configurationOf(name: string, qualifier?: string) {
  return lambdaClient(proxy().endpoint).send(
    new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: qualifier }),
  );
}

describe('scaling-config: PutFunctionScalingConfig', () => {
  const inputs = (name: string) => ({
    ...creation(name),
    'capacity-provider-config': CAPACITY_PROVIDER,
    'scaling-config': '{"MinExecutionEnvironments":1,"MaxExecutionEnvironments":3}',
    alias: 'live',
  });

  it('that never reaches Lambda fails the step before any traffic; a rerun finishes the release', async () => {
    const name = uniqueFunctionName('scaling-down');
    const workspace = await workspaceWithSource(`code of ${name}`);
    const back = downUntilBack(putScaling(name));

    const failed = await deploy(workspace, inputs(name));

    expect(failed.run.exitCode, runOutput(failed.run)).toBe(1);
    expect(failed.run.errors.join('\n')).toContain('scaling config of 1');
    expect(failed.requests.filter(createAlias(name))).toEqual([]);
    expect(lambda2025.scalingOf(name, '1')).toBeUndefined();

    back();
    const rerun = await deploy(workspace, inputs(name));

    expectSucceeded(rerun);
    const version = rerun.run.outputs['version'] ?? '';
    expect(lambda2025.scalingOf(name, version)).toEqual({
      MinExecutionEnvironments: 1,
      MaxExecutionEnvironments: 3,
    });
    const scaledAt = rerun.requests.findIndex(putScaling(name));
    expect(scaledAt).toBeGreaterThan(-1);
    expect(scaledAt).toBeLessThan(rerun.requests.findIndex(createAlias(name)));
    await expectOnlyReads(workspace, inputs(name));
  });

  it('whose answer was lost is in place as asked, and the alias moves after it', async () => {
    const name = uniqueFunctionName('scaling-lost');
    const workspace = await workspaceWithSource(`code of ${name}`);
    proxy().inject(answerLost(putScaling(name), 1));

    const run = await deploy(workspace, inputs(name));

    expectSucceeded(run);
    expect(applied(run, putScaling(name)).length).toBeGreaterThanOrEqual(1);
    expect(lambda2025.scalingOf(name, '1')).toEqual({
      MinExecutionEnvironments: 1,
      MaxExecutionEnvironments: 3,
    });
    expect(applied(run, createAlias(name))).toHaveLength(1);
    await expectOnlyReads(workspace, inputs(name));
  });
});

describe('capacity-provider-config without an alias: PublishVersion to $LATEST.PUBLISHED', () => {
  const inputs = (name: string) => ({
    ...creation(name),
    'capacity-provider-config': CAPACITY_PROVIDER,
  });

  it('that never reaches Lambda fails the step and says $LATEST.PUBLISHED was not republished', async () => {
    const name = uniqueFunctionName('latest-down');
    const workspace = await workspaceWithSource(`code of ${name}`);
    const back = downUntilBack(publishLatestPublished(name));

    const failed = await deploy(workspace, inputs(name));

    expect(failed.run.exitCode, runOutput(failed.run)).toBe(1);
    expect(failed.run.errors.join('\n')).toContain('$LATEST.PUBLISHED was not republished');
    await expect(configurationOf(name, '$LATEST.PUBLISHED')).rejects.toThrow(/not found/i);

    back();
    expectSucceeded(await deploy(workspace, inputs(name)));
    expect(await configurationOf(name, '$LATEST.PUBLISHED')).toMatchObject({ State: 'Active' });
  });

  it('whose answer was lost leaves $LATEST.PUBLISHED Active with the code, and a rerun only reads', async () => {
    const name = uniqueFunctionName('latest-lost');
    const workspace = await workspaceWithSource(`code of ${name}`);
    proxy().inject(answerLost(publishLatestPublished(name), 1));

    const run = await deploy(workspace, inputs(name));

    expectSucceeded(run);
    const latest = await configurationOf(name);
    expect(await configurationOf(name, '$LATEST.PUBLISHED')).toMatchObject({
      State: 'Active',
      CodeSha256: latest.CodeSha256,
    });
    await expectOnlyReads(workspace, inputs(name));
  });
});

describe('tenant-isolation: CreateFunction with TenancyConfig', () => {
  const inputs = (name: string) => ({ ...creation(name), 'tenant-isolation': 'per-tenant' });

  it('that never reaches Lambda creates nothing, and a rerun creates it per-tenant', async () => {
    const name = uniqueFunctionName('tenancy-down');
    const workspace = await workspaceWithSource(`code of ${name}`);
    const back = downUntilBack(createFunction(name));

    const failed = await deploy(workspace, inputs(name));

    expect(failed.run.exitCode, runOutput(failed.run)).toBe(1);
    await expect(configurationOf(name)).rejects.toThrow(/not found/i);

    back();
    expectSucceeded(await deploy(workspace, inputs(name)));
    expect((await configurationOf(name)).TenancyConfig).toEqual({
      TenantIsolationMode: 'PER_TENANT',
    });
  });

  it('whose answer was lost leaves one PER_TENANT function, and a rerun only reads', async () => {
    const name = uniqueFunctionName('tenancy-lost');
    const workspace = await workspaceWithSource(`code of ${name}`);
    proxy().inject(answerLost(createFunction(name), 1));

    const run = await deploy(workspace, inputs(name));

    expectSucceeded(run);
    expect(applied(run, createFunction(name))).toHaveLength(1);
    expect((await configurationOf(name)).TenancyConfig).toEqual({
      TenantIsolationMode: 'PER_TENANT',
    });
    await expectOnlyReads(workspace, inputs(name));
  });
});

describe('durable-config: UpdateFunctionConfiguration with DurableConfig', () => {
  const inputs = (name: string, days: number) => ({
    ...creation(name),
    'durable-config': JSON.stringify({ ExecutionTimeout: 600, RetentionPeriodInDays: days }),
  });

  async function durableFunction(name: string): Promise<string> {
    const workspace = await workspaceWithSource(`code of ${name}`);
    expectSucceeded(await deploy(workspace, inputs(name, 7)));
    return workspace;
  }

  it('that never reaches Lambda fails the step and leaves the DurableConfig as it was', async () => {
    const name = uniqueFunctionName('durable-down');
    const workspace = await durableFunction(name);
    downUntilBack(updateFunctionConfiguration(name));

    const failed = await deploy(workspace, inputs(name, 30));

    expect(failed.run.exitCode, runOutput(failed.run)).toBe(1);
    expect((await configurationOf(name)).DurableConfig).toEqual({
      ExecutionTimeout: 600,
      RetentionPeriodInDays: 7,
    });
  });

  it('whose answer was lost is in place as asked, and a rerun only reads', async () => {
    const name = uniqueFunctionName('durable-lost');
    const workspace = await durableFunction(name);
    proxy().inject(answerLost(updateFunctionConfiguration(name), 1));

    expectSucceeded(await deploy(workspace, inputs(name, 30)));

    expect((await configurationOf(name)).DurableConfig).toEqual({
      ExecutionTimeout: 600,
      RetentionPeriodInDays: 30,
    });
    await expectOnlyReads(workspace, inputs(name, 30));
  });
});

describe('keep-versions of a durable function: durable executions that cannot be listed', () => {
  it('keeps the version it could not check, and deletes the one it could', async () => {
    const name = uniqueFunctionName('durable-unlisted');
    const base = {
      ...creation(name),
      'durable-config': '{"ExecutionTimeout":600}',
      alias: 'live',
    };
    for (const n of [1, 2]) {
      expectSucceeded(await deploy(await workspaceWithSource(`code ${n} of ${name}`), base));
    }
    // Version 1's listing only: the plan's read of version 2 (the alias's) still answers.
    downUntilBack(
      (request) =>
        listDurableExecutions(name)(request) &&
        new URLSearchParams(request.query).get('Qualifier') === '1',
    );

    const run = await deploy(await workspaceWithSource(`code 3 of ${name}`), {
      ...base,
      'keep-versions': '1',
    });

    expectSucceeded(run);
    expect(run.run.outputs['version']).toBe('3');
    // Version 2 had none running and goes; version 1 could not be checked and stays.
    const deleted = run.requests
      .filter(deleteFunction(name))
      .map((request) => new URLSearchParams(request.query).get('Qualifier'));
    expect(deleted).toEqual(['2']);
    expect(run.run.stdout).toContain(
      'keep-versions: kept version 1 (its durable executions could not be listed:',
    );
    expect(await configurationOf(name, '1')).toMatchObject({ Version: '1' });
  });
});
