// The function settings beyond the basics, end to end: dist/index.js against moto, through a
// proxy. EMULATED (lambda-settings-emulation.ts, a default emulation of the proxy): moto drops
// DeadLetterConfig, TracingConfig, LoggingConfig, SnapStart, KMSKeyArn, FileSystemConfigs and
// ImageConfig on UpdateFunctionConfiguration, and has no provisioned concurrency and no
// Put/DeleteFunctionCodeSigningConfig; the proxy keeps and answers those as Lambda does, so
// every read-back here goes through the proxy. VpcConfig, reserved concurrency, tags and
// aliases are moto's own.
import {
  CreateAliasCommand,
  CreateFunctionCommand,
  GetFunctionCodeSigningConfigCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  ListProvisionedConcurrencyConfigsCommand,
  PublishVersionCommand,
  TagResourceCommand,
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
import { tagResource, updateAlias, updateFunctionConfiguration } from '../support/lambda-faults.js';
import {
  getProvisionedConcurrency,
  LambdaSettingsState,
  provisionedConcurrency,
} from '../support/lambda-settings-emulation.js';
import { aliasRouting } from '../support/lambda-state.js';
import { ACCOUNT_ID, REGION } from '../support/moto-account.js';
import { tempDir } from '../support/temp-dir.js';
import { userTags } from '../support/code-record.js';

let settings = new LambdaSettingsState();
const proxy = useFaultProxy((target) => {
  settings = new LambdaSettingsState();
  return defaultEmulations(target, { settings });
});

const ARN = `${REGION}:${ACCOUNT_ID}`;
const SUBNETS = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];
const OTHER_SUBNET = 'subnet-00000000000000001';
const GROUP = 'sg-0123456789abcdef0';
const QUEUE = `arn:aws:sqs:${ARN}:orders-dlq`;
const TOPIC = `arn:aws:sns:${ARN}:orders-failures`;
const KEY = `arn:aws:kms:${ARN}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const OTHER_KEY = `arn:aws:kms:${ARN}:key/9876fedc-12ab-34cd-56ef-1234567890ab`;
const ACCESS_POINT = `arn:aws:elasticfilesystem:${ARN}:access-point/fsap-0123456789abcdef0`;
const SIGNING = `arn:aws:lambda:${ARN}:code-signing-config:csc-0123456789abcdefg`;
const OTHER_SIGNING = `arn:aws:lambda:${ARN}:code-signing-config:csc-abcdefghij0123456`;
/** An ECR repository of moto's account; moto (MOTO_LAMBDA_STUB_ECR) accepts any image in it. */
const REPOSITORY = `${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/orders-api`;

/** A Lambda write: not a read, and not another service's JSON call (POST /). */
function isLambdaWrite(request: ProxiedRequest): boolean {
  return request.method !== 'GET' && request.method !== 'HEAD' && request.path !== '/';
}

interface Deploy {
  readonly run: DeployRun;
  /** The requests the run sent through the proxy. */
  readonly requests: readonly ProxiedRequest[];
}

/** Runs the action through the proxy; the requests it made are the ones after `from`. */
async function deploy(
  workspace: string,
  inputs: Readonly<Record<string, string>>,
): Promise<Deploy> {
  const from = proxy().requests.length;
  const run = await runDeployAction(workspace, inputs, proxy().endpoint);
  return { run, requests: proxy().requests.slice(from) };
}

function writesOf({ requests }: Deploy): string[] {
  return requests.filter(isLambdaWrite).map((request) => `${request.method} ${request.path}`);
}

/** A run that succeeded and one identical to it that made no write at all. */
async function expectIdempotent(
  workspace: string,
  inputs: Readonly<Record<string, string>>,
): Promise<void> {
  const again = await deploy(workspace, inputs);
  expect(again.run.exitCode, runOutput(again.run)).toBe(0);
  expect(writesOf(again)).toEqual([]);
  expect(again.run.outputs['deployed']).toBe('false');
}

/** GetFunctionConfiguration through the proxy, so the emulated fields are in it. */
async function configurationOf(name: string, qualifier?: string): Promise<FunctionConfiguration> {
  return lambdaClient(proxy().endpoint).send(
    new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: qualifier }),
  );
}

function expectSucceeded({ run }: Deploy): void {
  expect(run.exitCode, runOutput(run)).toBe(0);
}

describe('the bundled action sets, changes and removes function settings', () => {
  it('VPC, dead-letter target, tracing, KMS key and file systems', async () => {
    const name = await createTestFunction(uniqueFunctionName('settings-net'));
    const workspace = await workspaceWithSource(`code of ${name}`);
    const set = {
      'function-name': name,
      source: 'app',
      'subnet-ids': SUBNETS.join(','),
      'security-group-ids': GROUP,
      'ipv6-dual-stack': 'true',
      'dead-letter-target-arn': QUEUE,
      tracing: 'Active',
      'kms-key-arn': KEY,
      'file-systems': `${ACCESS_POINT}=/mnt/orders`,
    };

    const first = await deploy(workspace, set);

    expectSucceeded(first);
    expect(first.requests.filter(updateFunctionConfiguration(name))).toHaveLength(1);
    const afterSet = await configurationOf(name);
    expect(afterSet.VpcConfig).toMatchObject({
      SubnetIds: SUBNETS,
      SecurityGroupIds: [GROUP],
      Ipv6AllowedForDualStack: true,
    });
    expect(afterSet.DeadLetterConfig).toEqual({ TargetArn: QUEUE });
    expect(afterSet.TracingConfig).toEqual({ Mode: 'Active' });
    expect(afterSet.KMSKeyArn).toBe(KEY);
    expect(afterSet.FileSystemConfigs).toEqual([
      { Arn: ACCESS_POINT, LocalMountPath: '/mnt/orders' },
    ]);

    await expectIdempotent(workspace, set);

    const changed = await deploy(workspace, {
      ...set,
      'subnet-ids': OTHER_SUBNET,
      'ipv6-dual-stack': 'false',
      'dead-letter-target-arn': TOPIC,
      tracing: 'PassThrough',
      'kms-key-arn': OTHER_KEY,
      'file-systems': `${ACCESS_POINT}=/mnt/archive`,
    });

    expectSucceeded(changed);
    const afterChange = await configurationOf(name);
    expect(afterChange.VpcConfig).toMatchObject({
      SubnetIds: [OTHER_SUBNET],
      SecurityGroupIds: [GROUP],
    });
    expect(afterChange.VpcConfig?.Ipv6AllowedForDualStack ?? false).toBe(false);
    expect(afterChange.DeadLetterConfig).toEqual({ TargetArn: TOPIC });
    expect(afterChange.TracingConfig).toEqual({ Mode: 'PassThrough' });
    expect(afterChange.KMSKeyArn).toBe(OTHER_KEY);
    expect(afterChange.FileSystemConfigs).toEqual([
      { Arn: ACCESS_POINT, LocalMountPath: '/mnt/archive' },
    ]);

    const removed = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      'subnet-ids': 'none',
      'security-group-ids': 'none',
      'dead-letter-target-arn': 'none',
      'kms-key-arn': 'none',
      'file-systems': 'none',
    });

    expectSucceeded(removed);
    const afterRemove = await configurationOf(name);
    expect(afterRemove.VpcConfig?.SubnetIds ?? []).toEqual([]);
    expect(afterRemove.VpcConfig?.SecurityGroupIds ?? []).toEqual([]);
    expect(afterRemove.DeadLetterConfig).toBeUndefined();
    expect(afterRemove.KMSKeyArn).toBeUndefined();
    expect(afterRemove.FileSystemConfigs).toBeUndefined();
    expect(afterRemove.TracingConfig).toEqual({ Mode: 'PassThrough' });
  });

  it('logging and SnapStart', async () => {
    const name = await createTestFunction(uniqueFunctionName('settings-logs'));
    const workspace = await workspaceWithSource(`code of ${name}`);
    const set = {
      'function-name': name,
      source: 'app',
      'log-format': 'JSON',
      'log-group': '/orders/api',
      'application-log-level': 'DEBUG',
      'system-log-level': 'WARN',
      'snap-start': 'PublishedVersions',
    };

    const first = await deploy(workspace, set);

    expectSucceeded(first);
    const afterSet = await configurationOf(name);
    expect(afterSet.LoggingConfig).toEqual({
      LogFormat: 'JSON',
      ApplicationLogLevel: 'DEBUG',
      SystemLogLevel: 'WARN',
      LogGroup: '/orders/api',
    });
    // $LATEST is never optimized; its published versions are.
    expect(afterSet.SnapStart).toEqual({ ApplyOn: 'PublishedVersions', OptimizationStatus: 'Off' });

    await expectIdempotent(workspace, set);

    const changed = await deploy(workspace, {
      ...set,
      'log-group': '/orders/api-v2',
      'application-log-level': 'ERROR',
      'system-log-level': 'INFO',
      'snap-start': 'None',
    });

    expectSucceeded(changed);
    const afterChange = await configurationOf(name);
    expect(afterChange.LoggingConfig).toEqual({
      LogFormat: 'JSON',
      ApplicationLogLevel: 'ERROR',
      SystemLogLevel: 'INFO',
      LogGroup: '/orders/api-v2',
    });
    expect(afterChange.SnapStart).toEqual({ ApplyOn: 'None', OptimizationStatus: 'Off' });

    // Back to Lambda's defaults: Text logs (no levels) in the function's own log group.
    const reset = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      'log-format': 'Text',
      'log-group': `/aws/lambda/${name}`,
    });

    expectSucceeded(reset);
    expect((await configurationOf(name)).LoggingConfig).toEqual({
      LogFormat: 'Text',
      LogGroup: `/aws/lambda/${name}`,
    });
  });

  it('reserved concurrency, code signing and tags-mode', async () => {
    const name = await createTestFunction(uniqueFunctionName('settings-extras'));
    const workspace = await workspaceWithSource(`code of ${name}`);
    const arn = `arn:aws:lambda:${ARN}:function:${name}`;
    await lambdaClient().send(new TagResourceCommand({ Resource: arn, Tags: { old: 'yes' } }));
    const set = {
      'function-name': name,
      source: 'app',
      'reserved-concurrency': '5',
      'code-signing-config-arn': SIGNING,
      tags: 'team=orders',
    };

    const first = await deploy(workspace, set);

    expectSucceeded(first);
    let fn = await lambdaClient(proxy().endpoint).send(
      new GetFunctionCommand({ FunctionName: name }),
    );
    expect(fn.Concurrency?.ReservedConcurrentExecutions).toBe(5);
    expect(userTags(fn.Tags)).toEqual({ old: 'yes', team: 'orders' }); // merge, the default
    expect(await signingOf(name)).toBe(SIGNING);

    const again = await deploy(workspace, set);
    expect(again.run.exitCode, runOutput(again.run)).toBe(0);
    expect(writesOf(again)).toEqual([]);
    expect(again.requests.filter(tagResource(name))).toEqual([]);

    const changed = await deploy(workspace, {
      ...set,
      'reserved-concurrency': '10',
      'code-signing-config-arn': OTHER_SIGNING,
      tags: 'team=payments',
      'tags-mode': 'replace',
    });

    expectSucceeded(changed);
    fn = await lambdaClient(proxy().endpoint).send(new GetFunctionCommand({ FunctionName: name }));
    expect(fn.Concurrency?.ReservedConcurrentExecutions).toBe(10);
    expect(userTags(fn.Tags)).toEqual({ team: 'payments' });
    expect(await signingOf(name)).toBe(OTHER_SIGNING);

    const removed = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      'reserved-concurrency': 'none',
      'code-signing-config-arn': 'none',
    });

    expectSucceeded(removed);
    fn = await lambdaClient(proxy().endpoint).send(new GetFunctionCommand({ FunctionName: name }));
    expect(fn.Concurrency?.ReservedConcurrentExecutions).toBeUndefined();
    expect(await signingOf(name)).toBe('');
    expect(userTags(fn.Tags)).toEqual({ team: 'payments' });
  });

  it("an Image function's command, entry point and working directory", async () => {
    const name = uniqueFunctionName('settings-image');
    await lambdaClient().send(
      new CreateFunctionCommand({
        FunctionName: name,
        Role: inject('testRoleArn'),
        PackageType: 'Image',
        Code: { ImageUri: `${REPOSITORY}:v1` },
      }),
    );
    const digest =
      (await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }))).Configuration
        ?.CodeSha256 ?? '';
    const workspace = await tempDir('workspace');
    const set = {
      'function-name': name,
      // The digest the function runs: the code is unchanged, only the image config is set.
      'image-uri': `${REPOSITORY}@sha256:${digest}`,
      'image-command': 'app.handler',
      'image-entrypoint': '/lambda-entrypoint.sh',
      'image-working-directory': '/var/task',
    };

    const first = await deploy(workspace, set);

    expectSucceeded(first);
    expect((await configurationOf(name)).ImageConfigResponse?.ImageConfig).toEqual({
      Command: ['app.handler'],
      EntryPoint: ['/lambda-entrypoint.sh'],
      WorkingDirectory: '/var/task',
    });

    await expectIdempotent(workspace, set);

    const changed = await deploy(workspace, {
      ...set,
      'image-command': 'app.other\n--verbose',
      'image-working-directory': '/srv',
    });

    expectSucceeded(changed);
    expect((await configurationOf(name)).ImageConfigResponse?.ImageConfig).toEqual({
      Command: ['app.other', '--verbose'],
      EntryPoint: ['/lambda-entrypoint.sh'],
      WorkingDirectory: '/srv',
    });
  });
});

describe('the bundled action with provisioned-concurrency', () => {
  /** A function whose alias `live` routes to version 1, and a workspace with new code. */
  async function releasedFunction(label: string) {
    const name = await createTestFunction(uniqueFunctionName(label));
    const lambda = lambdaClient();
    await lambda.send(new PublishVersionCommand({ FunctionName: name }));
    await lambda.send(
      new CreateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: '1' }),
    );
    return { name, workspace: await workspaceWithSource(`new code of ${name}`) };
  }

  it('waits for READY before the alias moves, then changes nothing on a second run', async () => {
    const { name, workspace } = await releasedFunction('provisioned');
    settings.provisioned.settle({ readyAfterReads: 2 });
    const inputs = {
      'function-name': name,
      source: 'app',
      publish: 'true',
      alias: 'live',
      'provisioned-concurrency': '2',
    };

    const first = await deploy(workspace, inputs);

    expectSucceeded(first);
    expect(await aliasRouting(name, 'live')).toEqual({ version: '2', weights: {} });
    const puts = first.requests.filter(provisionedConcurrency(name, 'PUT'));
    expect(puts).toHaveLength(1);
    const qualifier = new URLSearchParams(puts[0]?.query).get('Qualifier') ?? '';
    // The spec says "on the alias"; configuring the new version before the alias moves to it
    // is Lambda's other way to have it warm first. Either is read back below.
    expect(['live', '2']).toContain(qualifier);
    const reads = first.requests.filter(getProvisionedConcurrency(name));
    expect(reads.length).toBeGreaterThanOrEqual(3); // two IN_PROGRESS, then READY
    const ready = settings.provisioned.readyRead(name, qualifier);
    expect(ready).toBeDefined();
    const all = proxy().requests;
    const moved = all.findIndex(updateAlias(name, 'live'));
    expect(moved).toBeGreaterThan(-1);
    expect(all.indexOf(ready as ProxiedRequest)).toBeLessThan(moved);
    const listed = await lambdaClient(proxy().endpoint).send(
      new ListProvisionedConcurrencyConfigsCommand({ FunctionName: name }),
    );
    expect(listed.ProvisionedConcurrencyConfigs).toEqual([
      expect.objectContaining({
        FunctionArn: `arn:aws:lambda:${ARN}:function:${name}:${qualifier}`,
        RequestedProvisionedConcurrentExecutions: 2,
        AllocatedProvisionedConcurrentExecutions: 2,
        Status: 'READY',
      }),
    ]);

    await expectIdempotent(workspace, inputs);
  });

  it("fails with Lambda's reason when allocation fails, and leaves the alias", async () => {
    const { name, workspace } = await releasedFunction('provisioned-fails');
    const reason = 'FUNCTION_ERROR_INIT_FAILURE: the function failed to initialize';
    settings.provisioned.settle({ failsWith: reason });

    const { run, requests } = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      publish: 'true',
      alias: 'live',
      'provisioned-concurrency': '2',
    });

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors.join('\n')).toContain(reason);
    expect(requests.filter(updateAlias(name, 'live'))).toEqual([]);
    expect(await aliasRouting(name, 'live')).toEqual({ version: '1', weights: {} });
  });

  it('is refused with traffic below 100, before any write', async () => {
    const { name, workspace } = await releasedFunction('provisioned-weights');

    const refused = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      publish: 'true',
      alias: 'live',
      traffic: '10',
      'provisioned-concurrency': '2',
    });

    expect(refused.run.exitCode).toBe(1);
    expect(refused.run.errors).toEqual([expect.stringContaining('provisioned-concurrency')]);
    expect(writesOf(refused)).toEqual([]);
    expect(await aliasRouting(name, 'live')).toEqual({ version: '1', weights: {} });
  });
});

/** GetFunctionCodeSigningConfig's ARN through the proxy ('' when none). */
async function signingOf(name: string): Promise<string | undefined> {
  const answer = await lambdaClient(proxy().endpoint).send(
    new GetFunctionCodeSigningConfigCommand({ FunctionName: name }),
  );
  return answer.CodeSigningConfigArn;
}
