// Durable functions, Lambda Managed Instances and tenant isolation, end to end: dist/index.js
// against moto through a proxy. EMULATED (lambda-2025-emulation.ts, a default emulation of the
// proxy): moto has none of DurableConfig, CapacityProviderConfig, TenancyConfig,
// ListDurableExecutionsByFunction, Put/GetFunctionScalingConfig, PublishTo or TenantId, so
// the proxy keeps and answers them as Lambda does, and every read-back goes through it. The
// smoke test's answer is a rule of the test (lambda-invoke.ts): moto cannot run a function.
import {
  GetFunctionConfigurationCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { describe, expect, inject, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, lambdaClient, uniqueFunctionName } from '../support/aws.js';
import { defaultEmulations, useFaultProxy, type ProxiedRequest } from '../support/fault-proxy.js';
import { Lambda2025State } from '../support/lambda-2025-emulation.js';
import { invoke, invokeEcho } from '../support/lambda-invoke.js';
import { ACCOUNT_ID, REGION } from '../support/moto-account.js';

let lambda2025 = new Lambda2025State();
const proxy = useFaultProxy((target) => {
  lambda2025 = new Lambda2025State();
  return defaultEmulations(target, { lambda2025 });
});

const CAPACITY_PROVIDER = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:capacity-provider:fleet-1`;

function isWrite(request: ProxiedRequest): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD' && request.path !== '/';
}

interface Deploy {
  readonly run: DeployRun;
  readonly requests: readonly ProxiedRequest[];
}

async function deploy(
  workspace: string,
  inputs: Readonly<Record<string, string>>,
): Promise<Deploy> {
  const from = proxy().requests.length;
  const run = await runDeployAction(workspace, inputs, proxy().endpoint);
  return { run, requests: proxy().requests.slice(from) };
}

function writesOf({ requests }: Deploy): string[] {
  return requests.filter(isWrite).map((request) => `${request.method} ${request.path}`);
}

function expectSucceeded({ run }: Deploy): void {
  expect(run.exitCode, runOutput(run)).toBe(0);
}

/** A second identical run: it succeeds and makes only reads. */
async function expectOnlyReads(
  workspace: string,
  inputs: Readonly<Record<string, string>>,
): Promise<Deploy> {
  const again = await deploy(workspace, inputs);
  expectSucceeded(again);
  expect(writesOf(again)).toEqual([]);
  expect(again.run.outputs['deployed']).toBe('false');
  return again;
}

async function configurationOf(name: string, qualifier?: string): Promise<FunctionConfiguration> {
  return lambdaClient(proxy().endpoint).send(
    new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: qualifier }),
  );
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

function planOf(run: DeployRun): Record<string, unknown> {
  return JSON.parse(run.outputs['plan'] ?? '{}') as Record<string, unknown>;
}

describe('tenant isolation', () => {
  it('creates a PER_TENANT function, smoke-tests it as the tenant, and a rerun only reads', async () => {
    const name = uniqueFunctionName('tenancy');
    const workspace = await workspaceWithSource(`code of ${name}`);
    // Answers only an Invoke that names the tenant; one without reaches the emulation's refusal.
    proxy().inject({
      ...invokeEcho(name),
      match: (request) => invoke(name)(request) && request.headers['x-amz-tenant-id'] === 'blue',
    });
    const inputs = {
      ...creation(name),
      'tenant-isolation': 'per-tenant',
      alias: 'live',
      'smoke-test': '{"ping":1}',
      'smoke-test-tenant-id': 'blue',
    };

    const first = await deploy(workspace, inputs);

    expectSucceeded(first);
    expect(first.run.outputs['smoke-test']).toBe('passed');
    expect((await configurationOf(name)).TenancyConfig).toEqual({
      TenantIsolationMode: 'PER_TENANT',
    });
    const create = first.requests.find(
      (request) => request.method === 'POST' && request.path === '/2015-03-31/functions',
    );
    expect(JSON.parse(create?.body ?? '{}')).toMatchObject({
      TenancyConfig: { TenantIsolationMode: 'PER_TENANT' },
    });
    const invokes = first.requests.filter(invoke(name));
    expect(invokes.map((request) => request.headers['x-amz-tenant-id'])).toEqual(['blue']);
    expect(first.run.stdout).toContain("Invoking version 1 as tenant 'blue'");

    await expectOnlyReads(workspace, inputs);
  });

  it('refuses to change an existing function to per-tenant, before any write', async () => {
    const name = await createTestFunction(uniqueFunctionName('tenancy-change'));
    const workspace = await workspaceWithSource(`new code of ${name}`);

    const run = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      'tenant-isolation': 'per-tenant',
      'memory-size': '256',
    });

    expect(run.run.exitCode).toBe(1);
    expect(run.run.errors).toEqual([
      expect.stringContaining(
        `Input 'tenant-isolation': is per-tenant, but function '${name}' was created with no TenancyConfig (shared), and Lambda cannot change tenant isolation after creation`,
      ),
    ]);
    expect(writesOf(run)).toEqual([]);
    expect((await configurationOf(name)).MemorySize).toBe(128);
  });

  it("refuses a PER_TENANT function's smoke test without smoke-test-tenant-id at plan time", async () => {
    const name = uniqueFunctionName('tenancy-smoke');
    const workspace = await workspaceWithSource(`code of ${name}`);
    expectSucceeded(
      await deploy(workspace, { ...creation(name), 'tenant-isolation': 'per-tenant' }),
    );
    const changed = await workspaceWithSource(`changed code of ${name}`);

    const run = await deploy(changed, {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'smoke-test': '{}',
    });

    expect(run.run.exitCode).toBe(1);
    expect(run.run.errors).toEqual([
      expect.stringContaining(
        `Input 'smoke-test-tenant-id': is needed: function '${name}' isolates tenants (TenancyConfig PER_TENANT)`,
      ),
    ]);
    expect(writesOf(run)).toEqual([]);
    expect(run.requests.filter(invoke(name))).toEqual([]);
  });
});

describe('durable functions', () => {
  it('creates with durable-config, sends a change only when it differs, and a rerun only reads', async () => {
    const name = uniqueFunctionName('durable');
    const workspace = await workspaceWithSource(`code of ${name}`);
    const inputs = {
      ...creation(name),
      'durable-config': '{"ExecutionTimeout":3600,"RetentionPeriodInDays":14}',
    };
    expectSucceeded(await deploy(workspace, inputs));
    expect((await configurationOf(name)).DurableConfig).toEqual({
      ExecutionTimeout: 3600,
      RetentionPeriodInDays: 14,
    });
    await expectOnlyReads(workspace, inputs);

    const changed = await deploy(workspace, {
      ...inputs,
      'durable-config': '{"RetentionPeriodInDays":30}',
    });

    expectSucceeded(changed);
    const updates = changed.requests.filter(
      (request) => request.method === 'PUT' && request.path.endsWith('/configuration'),
    );
    expect(updates.map((request) => JSON.parse(request.body ?? '{}') as unknown)).toEqual([
      { DurableConfig: { ExecutionTimeout: 3600, RetentionPeriodInDays: 30 } },
    ]);
    expect((await configurationOf(name)).DurableConfig).toEqual({
      ExecutionTimeout: 3600,
      RetentionPeriodInDays: 30,
    });
    expect(planOf(changed.run)['configuration']).toEqual([
      expect.objectContaining({ setting: 'durable-config', to: '{"RetentionPeriodInDays":30}' }),
    ]);
  });

  it('refuses durable-config on an existing function that is not durable, before any write', async () => {
    const name = await createTestFunction(uniqueFunctionName('durable-late'));
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      'durable-config': '{"ExecutionTimeout":60}',
    });

    expect(run.run.exitCode).toBe(1);
    expect(run.run.errors).toEqual([
      expect.stringContaining(
        `Input 'durable-config': cannot make function '${name}' durable: Lambda enables durable execution only when it creates a function`,
      ),
    ]);
    expect(writesOf(run)).toEqual([]);
  });

  it('keep-versions spares a version with a running execution and says so; the plan counts those left', async () => {
    const name = uniqueFunctionName('durable-prune');
    const base = {
      ...creation(name),
      'durable-config': '{"ExecutionTimeout":600}',
      alias: 'live',
    };
    for (const n of [1, 2, 3]) {
      expectSucceeded(await deploy(await workspaceWithSource(`code ${n} of ${name}`), base));
    }
    lambda2025.seedExecution(name, '1', 'RUNNING');
    lambda2025.seedExecution(name, '2', 'SUCCEEDED');
    lambda2025.seedExecution(name, '3', 'PAUSED');

    const run = await deploy(await workspaceWithSource(`code 4 of ${name}`), {
      ...base,
      'keep-versions': '1',
    });

    expectSucceeded(run);
    expect(run.run.outputs['version']).toBe('4');
    expect(planOf(run.run)['durableExecutions']).toEqual({ version: '3', active: 1 });
    expect(planOf(run.run)['prune']).toEqual({ keep: 1, durable: true });
    expect(run.run.stdout).toContain(
      'delete older ones unless an alias routes to them, durable executions still run or are paused on them or',
    );
    expect(run.run.stdout).toContain(
      'Durable executions: 1 still running or paused on version 3, which the alias leaves',
    );
    const deleted = run.requests
      .filter((request) => request.method === 'DELETE')
      .map((request) => new URLSearchParams(request.query).get('Qualifier'));
    expect(deleted.sort()).toEqual(['2']);
    expect(run.run.stdout).toContain(
      'keep-versions: kept version 1 (1 durable execution is still running or paused on it); kept version 3 (1 durable execution is still running or paused on it)',
    );
    expect(run.run.summary).toContain('Versions spared');
    expect(await configurationOf(name, '1')).toMatchObject({ Version: '1' });
  });

  it('delete-alias keeps the version while durable executions still run on it', async () => {
    const name = uniqueFunctionName('durable-preview');
    const workspace = await workspaceWithSource(`code of ${name}`);
    expectSucceeded(
      await deploy(workspace, {
        ...creation(name),
        'durable-config': '{"ExecutionTimeout":600}',
        alias: 'pr-7',
      }),
    );
    lambda2025.seedExecution(name, '1', 'PAUSED');

    const run = await deploy(workspace, {
      'function-name': name,
      alias: 'pr-7',
      'delete-alias': 'true',
    });

    expectSucceeded(run);
    expect(run.run.stdout).toContain(
      'Version 1 is kept: 1 durable execution is still running or paused on it',
    );
    const deletes = run.requests.filter((request) => request.method === 'DELETE');
    expect(deletes.map((request) => request.path)).toContain(
      `/2015-03-31/functions/${name}/aliases/pr-7`,
    );
    // No DeleteFunction of the version: the alias (and its URL) go, version 1 stays.
    expect(deletes.filter((request) => request.path === `/2015-03-31/functions/${name}`)).toEqual(
      [],
    );
    expect(await configurationOf(name, '1')).toMatchObject({ Version: '1' });

    const again = await deploy(workspace, {
      'function-name': name,
      alias: 'pr-7',
      'delete-alias': 'true',
    });
    expectSucceeded(again);
    expect(writesOf(again)).toEqual([]);
  });
});

describe('Lambda Managed Instances', () => {
  const provider = (concurrency: number) =>
    JSON.stringify({
      LambdaManagedInstancesCapacityProviderConfig: {
        CapacityProviderArn: CAPACITY_PROVIDER,
        PerExecutionEnvironmentMaxConcurrency: concurrency,
      },
    });

  it('publishes, waits until the version is Active, puts scaling-config before the alias, and a rerun only reads', async () => {
    const name = uniqueFunctionName('managed');
    const workspace = await workspaceWithSource(`code of ${name}`);
    lambda2025.readyAfterReads = 2;
    const inputs = {
      ...creation(name),
      'capacity-provider-config': provider(8),
      'scaling-config': '{"MinExecutionEnvironments":1,"MaxExecutionEnvironments":4}',
      alias: 'live',
    };

    const first = await deploy(workspace, inputs);

    expectSucceeded(first);
    expect((await configurationOf(name)).CapacityProviderConfig).toEqual(JSON.parse(provider(8)));
    const steps = first.requests.map(
      (request) => `${request.method} ${request.path}?${request.query}`,
    );
    const published = steps.indexOf(`POST /2015-03-31/functions/${name}/versions?`);
    const scaling = steps.indexOf(
      `PUT /2025-11-30/functions/${name}/function-scaling-config?Qualifier=1`,
    );
    const alias = steps.indexOf(`POST /2015-03-31/functions/${name}/aliases?`);
    expect(published).toBeGreaterThan(-1);
    expect(scaling).toBeGreaterThan(published);
    expect(alias).toBeGreaterThan(scaling);
    // Pending twice, then Active: the version's reads before the scaling config.
    const versionReads = first.requests
      .slice(published, scaling)
      .filter((request) => request.method === 'GET' && request.query.includes('Qualifier=1'));
    expect(versionReads.length).toBeGreaterThanOrEqual(3);
    expect(first.run.stdout).toContain('Version 1 is Active');
    expect(lambda2025.scalingOf(name, '1')).toEqual({
      MinExecutionEnvironments: 1,
      MaxExecutionEnvironments: 4,
    });

    await expectOnlyReads(workspace, inputs);
  });

  it('without a numbered version, republishes $LATEST.PUBLISHED, and a rerun only reads', async () => {
    const name = uniqueFunctionName('managed-latest');
    const workspace = await workspaceWithSource(`code of ${name}`);
    const inputs = { ...creation(name), 'capacity-provider-config': provider(4) };

    const first = await deploy(workspace, inputs);

    expectSucceeded(first);
    const publishes = first.requests.filter(
      (request) => request.method === 'POST' && request.path.endsWith('/versions'),
    );
    expect(publishes.map((request) => JSON.parse(request.body ?? '{}') as unknown)).toEqual([
      expect.objectContaining({ PublishTo: 'LATEST_PUBLISHED' }),
    ]);
    expect(await configurationOf(name, '$LATEST.PUBLISHED')).toMatchObject({
      Version: '$LATEST.PUBLISHED',
      State: 'Active',
    });
    expect(first.run.stdout).toContain('Republished $LATEST.PUBLISHED');

    await expectOnlyReads(workspace, inputs);
  });

  it('moves no traffic when the version is not Active within wait-timeout, and says so', async () => {
    const name = uniqueFunctionName('managed-slow');
    const workspace = await workspaceWithSource(`code of ${name}`);
    lambda2025.readyAfterReads = 1_000_000;
    const started = Date.now();

    const run = await deploy(workspace, {
      ...creation(name),
      'capacity-provider-config': provider(8),
      'scaling-config': '{"MaxExecutionEnvironments":4}',
      alias: 'live',
      'wait-timeout': '3',
    });

    expect(run.run.exitCode, runOutput(run.run)).toBe(1);
    expect(run.run.errors.join('\n')).toContain(
      'Version 1 was still Pending after 3 s (wait-timeout): The function is being created.',
    );
    expect(Date.now() - started).toBeLessThan(60_000);
    const writes = writesOf(run);
    expect(writes).toContain(`POST /2015-03-31/functions/${name}/versions`);
    expect(writes.filter((write) => write.includes('/aliases'))).toEqual([]);
    expect(writes.filter((write) => write.includes('function-scaling-config'))).toEqual([]);
    expect(lambda2025.scalingOf(name, '1')).toBeUndefined();
  });

  it('updates the capacity provider settings of an existing function, and a rerun only reads', async () => {
    const name = uniqueFunctionName('managed-update');
    const workspace = await workspaceWithSource(`code of ${name}`);
    const inputs = { ...creation(name), 'capacity-provider-config': provider(4), alias: 'live' };
    expectSucceeded(await deploy(workspace, inputs));

    const changed = { ...inputs, 'capacity-provider-config': provider(16) };
    const wanted = JSON.parse(provider(16)) as unknown;
    const run = await deploy(workspace, changed);

    expectSucceeded(run);
    const updates = run.requests.filter(
      (request) => request.method === 'PUT' && request.path.endsWith('/configuration'),
    );
    expect(updates.map((request) => JSON.parse(request.body ?? '{}') as unknown)).toEqual([
      { CapacityProviderConfig: wanted },
    ]);
    expect((await configurationOf(name)).CapacityProviderConfig).toEqual(wanted);
    expect(await configurationOf(name, run.run.outputs['version'])).toMatchObject({
      CapacityProviderConfig: wanted,
      State: 'Active',
    });
    await expectOnlyReads(workspace, changed);
  });

  it('refuses scaling-config on a function without a capacity provider, before any write', async () => {
    const name = await createTestFunction(uniqueFunctionName('managed-none'));
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'scaling-config': '{"MaxExecutionEnvironments":2}',
    });

    expect(run.run.exitCode).toBe(1);
    expect(run.run.errors).toEqual([
      expect.stringContaining(
        `Input 'scaling-config': applies to Lambda Managed Instances only, and function '${name}' has no capacity provider`,
      ),
    ]);
    expect(writesOf(run)).toEqual([]);
  });
});
