import {
  GetFunctionCommand,
  LambdaClient,
  TagResourceCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
  type UpdateFunctionConfigurationCommandInput,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { toFunctionState, type FunctionState } from '../../../src/aws/function-state.js';
import { applyConfiguration } from '../../../src/resources/configuration/apply.js';
import { planConfiguration } from '../../../src/resources/configuration/plan.js';
import type { FunctionSettings } from '../../../src/inputs.js';
import { asInputError, deployErrorOf, thrownBy } from '../helpers/errors.js';
import {
  FUNCTION_ARN,
  FUNCTION_NAME,
  functionConfiguration,
  getFunctionOutput,
  lambdaFunction,
} from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';
import { settingsWith } from '../../support/settings.js';

const ROLE = 'arn:aws:iam::123456789012:role/orders-api';
const OTHER_ROLE = 'arn:aws:iam::123456789012:role/orders-api-v2';
const LAYER = (name: string, version = 1) =>
  `arn:aws:lambda:us-east-1:123456789012:layer:${name}:${version}`;

/** A function as GetFunction describes one, with every setting the action compares set. */
const CURRENT: FunctionConfiguration = functionConfiguration({
  Handler: 'index.handler',
  Runtime: 'nodejs20.x',
  MemorySize: 128,
  Timeout: 3,
  Description: 'Orders API',
  Role: ROLE,
  EphemeralStorage: { Size: 512 },
  Layers: [
    { Arn: LAYER('deps', 4), CodeSize: 1000 },
    { Arn: LAYER('otel', 2), CodeSize: 2000 },
  ],
  Environment: { Variables: { STAGE: 'prod', DB_URL: 'postgres://db/orders' } },
  Architectures: ['x86_64'],
});
const CURRENT_TAGS = { team: 'orders', owner: 'alice' };

/** The function as LambdaFunction.read gives it for `configuration` and `tags`. */
function stateOf(
  configuration: FunctionConfiguration = CURRENT,
  tags: Record<string, string> = CURRENT_TAGS,
): FunctionState {
  return toFunctionState(configuration, tags);
}

const plan = (overrides: Partial<FunctionSettings>, current = stateOf()) =>
  planConfiguration(settingsWith(overrides), current);

describe('planConfiguration: nothing to do', () => {
  it('plans nothing when no setting is given', () => {
    expect(plan({})).toEqual({ update: {}, changes: [], tags: {} });
  });

  it('plans nothing when environment-mode replace is given without an environment', () => {
    expect(plan({ environmentMode: 'replace' })).toEqual({ update: {}, changes: [], tags: {} });
  });

  it('plans nothing when every setting already has the value given', () => {
    expect(
      plan({
        handler: 'index.handler',
        runtime: 'nodejs20.x',
        memorySize: 128,
        timeout: 3,
        description: 'Orders API',
        role: ROLE,
        ephemeralStorage: 512,
        layers: [LAYER('deps', 4), LAYER('otel', 2)],
        environment: { DB_URL: 'postgres://db/orders', STAGE: 'prod' },
        environmentMode: 'replace',
        tags: { owner: 'alice' },
      }),
    ).toEqual({ update: {}, changes: [], tags: {} });
  });

  it('plans nothing for a merge of variables the function already has', () => {
    expect(plan({ environment: { STAGE: 'prod' } }).changes).toEqual([]);
  });

  it("compares settings Lambda left out as the function's defaults", () => {
    // GetFunction leaves out Description '' and Layers [] on some functions.
    const bare = stateOf(functionConfiguration({ Handler: 'index.handler' }), {});
    expect(plan({ description: 'new' }, bare).changes).toEqual([
      { setting: 'description', from: '', to: 'new' },
    ]);
    expect(plan({ layers: [LAYER('deps')] }, bare).update).toEqual({ Layers: [LAYER('deps')] });
  });
});

describe('planConfiguration: a setting that differs', () => {
  it.each<[string, Partial<FunctionSettings>, object, { from: string; to: string }]>([
    [
      'handler',
      { handler: 'src/app.main' },
      { Handler: 'src/app.main' },
      {
        from: 'index.handler',
        to: 'src/app.main',
      },
    ],
    [
      'runtime',
      { runtime: 'nodejs22.x' },
      { Runtime: 'nodejs22.x' },
      {
        from: 'nodejs20.x',
        to: 'nodejs22.x',
      },
    ],
    ['memory-size', { memorySize: 256 }, { MemorySize: 256 }, { from: '128', to: '256' }],
    ['timeout', { timeout: 30 }, { Timeout: 30 }, { from: '3', to: '30' }],
    [
      'description',
      { description: 'v2' },
      { Description: 'v2' },
      {
        from: 'Orders API',
        to: 'v2',
      },
    ],
    ['role', { role: OTHER_ROLE }, { Role: OTHER_ROLE }, { from: ROLE, to: OTHER_ROLE }],
    [
      'ephemeral-storage',
      { ephemeralStorage: 2048 },
      { EphemeralStorage: { Size: 2048 } },
      {
        from: '512',
        to: '2048',
      },
    ],
  ])('sends only %s, and reports it from and to', (setting, given, update, change) => {
    const result = plan(given);
    expect(result.update).toEqual(update);
    expect(result.changes).toEqual([{ setting, ...change }]);
    expect(result.tags).toEqual({});
  });

  it('sends only the settings that differ when several are given', () => {
    const result = plan({ handler: 'index.handler', memorySize: 1024, timeout: 3, role: ROLE });
    expect(result.update).toEqual({ MemorySize: 1024 });
    expect(result.changes.map((change) => change.setting)).toEqual(['memory-size']);
  });
});

describe('planConfiguration: layers', () => {
  it('compares layers as ARNs, not as what else Lambda says of them (CodeSize)', () => {
    expect(plan({ layers: [LAYER('deps', 4), LAYER('otel', 2)] }).update).toEqual({});
  });

  it('sends a new order: layer order matters', () => {
    const result = plan({ layers: [LAYER('otel', 2), LAYER('deps', 4)] });
    expect(result.update).toEqual({ Layers: [LAYER('otel', 2), LAYER('deps', 4)] });
    expect(result.changes).toEqual([
      {
        setting: 'layers',
        from: `${LAYER('deps', 4)}, ${LAYER('otel', 2)}`,
        to: `${LAYER('otel', 2)}, ${LAYER('deps', 4)}`,
      },
    ]);
  });

  it('sends a new layer version', () => {
    expect(plan({ layers: [LAYER('deps', 5), LAYER('otel', 2)] }).update).toEqual({
      Layers: [LAYER('deps', 5), LAYER('otel', 2)],
    });
  });

  it('sends fewer layers: the list given is the whole list', () => {
    expect(plan({ layers: [LAYER('deps', 4)] }).update).toEqual({ Layers: [LAYER('deps', 4)] });
  });
});

describe('planConfiguration: environment', () => {
  it('merge keeps the variables the function has and adds the new one', () => {
    const result = plan({ environment: { FEATURE: 'on' }, environmentMode: 'merge' });
    expect(result.update).toEqual({
      Environment: {
        Variables: { STAGE: 'prod', DB_URL: 'postgres://db/orders', FEATURE: 'on' },
      },
    });
  });

  it('merge changes a variable that is given and keeps the others', () => {
    expect(plan({ environment: { STAGE: 'staging' } }).update).toEqual({
      Environment: { Variables: { STAGE: 'staging', DB_URL: 'postgres://db/orders' } },
    });
  });

  it('replace sets exactly the variables given, removing the others', () => {
    const result = plan({ environment: { STAGE: 'prod' }, environmentMode: 'replace' });
    expect(result.update).toEqual({ Environment: { Variables: { STAGE: 'prod' } } });
  });

  it('replace with the same variables in another order plans nothing', () => {
    const result = plan({
      environment: { STAGE: 'prod', DB_URL: 'postgres://db/orders' },
      environmentMode: 'replace',
    });
    expect(result.update).toEqual({});
  });

  it("keeps '=' and ',' in a value as they are", () => {
    const value = 'a=b,c=d';
    expect(plan({ environment: { LIST: value } }).update.Environment?.Variables?.['LIST']).toBe(
      value,
    );
  });

  it('sets variables on a function that has none', () => {
    const bare = stateOf(functionConfiguration(), {});
    const result = plan({ environment: { A: '1' } }, bare);
    expect(result.update).toEqual({ Environment: { Variables: { A: '1' } } });
    expect(result.changes).toEqual([{ setting: 'environment', from: '', to: 'A (added)' }]);
  });

  it('describes the change by names only: added, changed, removed, kept', () => {
    const result = plan({
      environment: { STAGE: 'staging', TOKEN: 's3cr3t-value' },
      environmentMode: 'replace',
    });
    expect(result.changes).toEqual([
      {
        setting: 'environment',
        from: 'DB_URL, STAGE',
        to: 'DB_URL (removed), STAGE (changed), TOKEN (added)',
      },
    ]);
    const text = JSON.stringify(result.changes);
    for (const value of ['s3cr3t-value', 'staging', 'prod', 'postgres://db/orders']) {
      expect(text).not.toContain(value);
    }
  });

  it('lists a kept variable by its name alone', () => {
    expect(plan({ environment: { FEATURE: 'on' } }).changes[0]?.to).toBe(
      'DB_URL, FEATURE (added), STAGE',
    );
  });

  it("rejects a merge that comes to more than Lambda's 4 KB, naming environment", () => {
    // The variables given fit alone; with the function's own they do not.
    const big = stateOf(
      functionConfiguration({ Environment: { Variables: { OLD: 'x'.repeat(3000) } } }),
    );
    const error = asInputError(
      thrownBy(() => plan({ environment: { NEW: 'y'.repeat(2000) } }, big)),
    );
    expect(error.input).toBe('environment');
    expect(error.message).toContain('4096');
  });

  it('accepts the same variables in replace mode when the merge would be too big', () => {
    const big = stateOf(
      functionConfiguration({ Environment: { Variables: { OLD: 'x'.repeat(3000) } } }),
    );
    expect(
      plan({ environment: { NEW: 'y'.repeat(2000) }, environmentMode: 'replace' }, big).update,
    ).toEqual({ Environment: { Variables: { NEW: 'y'.repeat(2000) } } });
  });
});

describe('planConfiguration: variables Lambda could not decrypt', () => {
  // With a customer-managed KMS key the deploy role cannot use, GetFunction gives
  // Environment.Error and no Variables. Merging with {} would send only the variables
  // given and so delete every other one.
  const undecryptable = stateOf(
    functionConfiguration({
      Environment: {
        Error: {
          ErrorCode: 'AccessDeniedException',
          Message:
            'Lambda was unable to decrypt the environment variables because KMS access was denied.',
        },
      },
    }),
  );

  it('refuses to merge into variables it could not read', () => {
    const error = thrownBy(() => plan({ environment: { FEATURE: 'on' } }, undecryptable));
    expect(error.message).toContain('KMS access was denied');
  });

  it('replace needs no existing variables, so it still applies', () => {
    expect(
      plan({ environment: { FEATURE: 'on' }, environmentMode: 'replace' }, undecryptable).update,
    ).toEqual({ Environment: { Variables: { FEATURE: 'on' } } });
  });
});

describe('planConfiguration: tags', () => {
  it('plans only tags that are missing or have another value', () => {
    const result = plan({ tags: { team: 'orders', owner: 'bob', cost: '42' } });
    expect(result.tags).toEqual({ owner: 'bob', cost: '42' });
    expect(result.update).toEqual({});
  });

  it('plans no tag when every tag given is there with that value', () => {
    expect(plan({ tags: { team: 'orders' } }).tags).toEqual({});
  });

  it('tags a function that has no tags', () => {
    expect(plan({ tags: { team: 'orders' } }, stateOf(CURRENT, {})).tags).toEqual({
      team: 'orders',
    });
  });
});

// applyConfiguration against LambdaFunction on a mocked client: a function whose
// configuration UpdateFunctionConfiguration changes, InProgress until the next GetFunction.

const lambdaMock = mockClient(LambdaClient);
let log: RecordingLogger;

beforeEach(() => {
  lambdaMock.reset();
  log = new RecordingLogger();
});

afterAll(() => {
  lambdaMock.restore();
});

interface FakeOptions {
  /** The LastUpdateStatus GetFunction reports for the first `inProgressPolls` reads. */
  readonly inProgressPolls?: number;
  /** What the update ends in: Successful, or Failed with this reason. */
  readonly failWith?: string;
}

/** A function with CURRENT's configuration and tags, kept in memory. */
function fakeFunction(options: FakeOptions = {}) {
  const fake = {
    configuration: { ...CURRENT },
    tags: { ...CURRENT_TAGS } as Record<string, string>,
    /** LastUpdateStatus at each UpdateFunctionConfiguration. */
    statusAtUpdate: [] as (string | undefined)[],
  };
  let polls = 0;
  let updated = false;
  lambdaMock.on(GetFunctionCommand).callsFake(() => {
    polls++;
    const status = updated
      ? options.failWith === undefined
        ? 'Successful'
        : 'Failed'
      : polls <= (options.inProgressPolls ?? 0)
        ? 'InProgress'
        : 'Successful';
    fake.configuration = {
      ...fake.configuration,
      LastUpdateStatus: status,
      ...(status === 'Failed' ? { LastUpdateStatusReason: options.failWith } : {}),
    };
    return { ...getFunctionOutput(fake.configuration), Tags: { ...fake.tags } };
  });
  lambdaMock
    .on(UpdateFunctionConfigurationCommand)
    .callsFake((input: UpdateFunctionConfigurationCommandInput) => {
      fake.statusAtUpdate.push(fake.configuration.LastUpdateStatus);
      updated = true;
      const { Layers: layers, ...changes } = input;
      fake.configuration = {
        ...fake.configuration,
        ...changes,
        FunctionName: FUNCTION_NAME,
        // GetFunction describes layers as objects; UpdateFunctionConfiguration takes ARNs.
        ...(layers === undefined ? {} : { Layers: layers.map((arn) => ({ Arn: arn })) }),
        LastUpdateStatus: 'InProgress',
      };
      return fake.configuration;
    });
  lambdaMock.on(TagResourceCommand).callsFake((input: { Tags?: Record<string, string> }) => {
    Object.assign(fake.tags, input.Tags);
    return {};
  });
  return fake;
}

/** Reads the function, plans the settings against it, and applies the plan, as a run does. */
async function apply(overrides: Partial<FunctionSettings>) {
  const lambda = lambdaFunction(log);
  const current = await lambda.read();
  const planned = planConfiguration(settingsWith(overrides), current);
  return (await applyConfiguration(lambda, planned, 10, log, current)).changes;
}
const configurationUpdates = () =>
  lambdaMock.commandCalls(UpdateFunctionConfigurationCommand).map((call) => call.args[0].input);
const tagCalls = () =>
  lambdaMock.commandCalls(TagResourceCommand).map((call) => call.args[0].input);

describe('applyConfiguration', () => {
  it('makes no UpdateFunctionConfiguration call when the configuration already matches', async () => {
    fakeFunction();
    const changes = await apply({ memorySize: 128, environment: { STAGE: 'prod' } });
    expect(changes).toEqual([]);
    expect(configurationUpdates()).toEqual([]);
    expect(tagCalls()).toEqual([]);
    expect(log.infosWith('already matches')).toHaveLength(1);
  });

  it('sends only what differs, waits for the update, and returns the changes', async () => {
    const fake = fakeFunction();
    const changes = await apply({ memorySize: 256, timeout: 3, handler: 'index.handler' });
    expect(configurationUpdates()).toEqual([{ FunctionName: FUNCTION_NAME, MemorySize: 256 }]);
    expect(changes).toEqual([{ setting: 'memory-size', from: '128', to: '256' }]);
    expect(fake.configuration).toMatchObject({ MemorySize: 256, LastUpdateStatus: 'Successful' });
    // Read once before, then at least once by the wait.
    expect(lambdaMock.commandCalls(GetFunctionCommand).length).toBeGreaterThanOrEqual(2);
  });

  it('waits out an update already in progress before updating', async () => {
    const fake = fakeFunction({ inProgressPolls: 2 });
    await apply({ timeout: 30 });
    expect(fake.statusAtUpdate).toEqual(['Successful']);
    expect(configurationUpdates()).toHaveLength(1);
  });

  it("fails with Lambda's reason when the update ends Failed", async () => {
    const reason = 'The role defined for the function cannot be assumed by Lambda.';
    fakeFunction({ failWith: reason });
    const error = await deployErrorOf(apply({ role: OTHER_ROLE }));
    expect(error.message).toContain(reason);
    expect(error.message).toContain(`'${FUNCTION_NAME}'`);
    expect(error.message).toContain('configuration');
  });

  it('tags the function by its ARN with only the tags that changed', async () => {
    const fake = fakeFunction();
    const changes = await apply({ tags: { team: 'orders', stage: 'prod' } });
    expect(tagCalls()).toEqual([{ Resource: FUNCTION_ARN, Tags: { stage: 'prod' } }]);
    expect(fake.tags).toEqual({ ...CURRENT_TAGS, stage: 'prod' });
    expect(configurationUpdates()).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('updates the configuration and tags in one run', async () => {
    fakeFunction();
    await apply({ memorySize: 512, tags: { owner: 'bob' } });
    expect(configurationUpdates()).toEqual([{ FunctionName: FUNCTION_NAME, MemorySize: 512 }]);
    expect(tagCalls()).toEqual([{ Resource: FUNCTION_ARN, Tags: { owner: 'bob' } }]);
  });

  it('sends the merged environment, and logs names but never values', async () => {
    fakeFunction();
    await apply({ environment: { SECRET: 'hunter2' } });
    expect(configurationUpdates()).toEqual([
      {
        FunctionName: FUNCTION_NAME,
        Environment: {
          Variables: { STAGE: 'prod', DB_URL: 'postgres://db/orders', SECRET: 'hunter2' },
        },
      },
    ]);
    const logged = [...log.infos, ...log.warnings].join('\n');
    expect(logged).toContain('SECRET');
    for (const value of ['hunter2', 'prod', 'postgres://db/orders']) {
      expect(logged).not.toContain(value);
    }
  });

  it('makes no call at all the second time the same settings are applied', async () => {
    fakeFunction();
    const given = {
      memorySize: 1024,
      layers: [LAYER('deps', 5)],
      environment: { A: 'x=1,y=2' },
      environmentMode: 'replace' as const,
      tags: { stage: 'prod' },
    };
    expect(await apply(given)).not.toEqual([]);
    lambdaMock.resetHistory();
    expect(await apply(given)).toEqual([]);
    expect(configurationUpdates()).toEqual([]);
    expect(tagCalls()).toEqual([]);
  });
});

// VPC, dead-letter target, tracing, logging, SnapStart, file systems, KMS key, image config.
// Lambda reads each back in its own shape; planning against that shape must plan nothing.

const SUBNET_A = 'subnet-0a1b2c3d4e5f60718';
const SUBNET_B = 'subnet-1b2c3d4e';
const SG_A = 'sg-0123456789abcdef0';
const SG_B = 'sg-89abcdef';
const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders-dlq';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders-failures';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const ACCESS_POINT =
  'arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0';

/**
 * The configuration GetFunction reads after Lambda applied `update`, in Lambda's shapes:
 * VpcConfig with its VpcId and lists in its own order, no VPC as empty lists, LoggingConfig
 * with the defaults filled in, SnapStart with OptimizationStatus, ImageConfig nested in
 * ImageConfigResponse, and a DLQ or KMS key set to '' left out.
 */
function readBack(
  before: FunctionConfiguration,
  update: UpdateFunctionConfigurationCommandInput | object,
): FunctionConfiguration {
  const u = update as UpdateFunctionConfigurationCommandInput;
  const after: FunctionConfiguration = { ...before };
  if (u.MemorySize !== undefined) after.MemorySize = u.MemorySize;
  if (u.VpcConfig !== undefined) {
    const attached = (u.VpcConfig.SubnetIds ?? []).length > 0;
    after.VpcConfig = {
      SubnetIds: [...(u.VpcConfig.SubnetIds ?? [])].reverse(),
      SecurityGroupIds: [...(u.VpcConfig.SecurityGroupIds ?? [])].reverse(),
      VpcId: attached ? 'vpc-0abc' : '',
      Ipv6AllowedForDualStack: u.VpcConfig.Ipv6AllowedForDualStack ?? false,
    };
  }
  if (u.DeadLetterConfig !== undefined) {
    after.DeadLetterConfig = u.DeadLetterConfig.TargetArn ? u.DeadLetterConfig : undefined;
  }
  if (u.TracingConfig !== undefined) after.TracingConfig = u.TracingConfig;
  if (u.LoggingConfig !== undefined) {
    const json = u.LoggingConfig.LogFormat === 'JSON';
    after.LoggingConfig = {
      LogFormat: u.LoggingConfig.LogFormat ?? 'Text',
      LogGroup: u.LoggingConfig.LogGroup ?? `/aws/lambda/${FUNCTION_NAME}`,
      ...(json
        ? {
            ApplicationLogLevel: u.LoggingConfig.ApplicationLogLevel ?? 'INFO',
            SystemLogLevel: u.LoggingConfig.SystemLogLevel ?? 'INFO',
          }
        : {}),
    };
  }
  if (u.SnapStart !== undefined) {
    after.SnapStart = { ApplyOn: u.SnapStart.ApplyOn, OptimizationStatus: 'Off' };
  }
  if (u.FileSystemConfigs !== undefined) after.FileSystemConfigs = u.FileSystemConfigs;
  if (u.KMSKeyArn !== undefined) after.KMSKeyArn = u.KMSKeyArn === '' ? undefined : u.KMSKeyArn;
  if (u.ImageConfig !== undefined) after.ImageConfigResponse = { ImageConfig: u.ImageConfig };
  return after;
}

/** Plans `overrides` on `before`, applies them as Lambda would, and plans them again. */
function planTwice(overrides: Partial<FunctionSettings>, before: FunctionConfiguration = CURRENT) {
  const first = plan(overrides, stateOf(before));
  const second = plan(overrides, stateOf(readBack(before, first.update)));
  return { first, second };
}

const IN_VPC = functionConfiguration({
  ...CURRENT,
  VpcConfig: {
    SubnetIds: [SUBNET_B, SUBNET_A],
    SecurityGroupIds: [SG_A],
    VpcId: 'vpc-0abc',
    Ipv6AllowedForDualStack: false,
  },
});

describe('planConfiguration: VPC (subnet-ids, security-group-ids, ipv6-dual-stack)', () => {
  it('attaches a function to a VPC, sending both lists', () => {
    const { first, second } = planTwice({
      vpc: { subnetIds: [SUBNET_A, SUBNET_B], securityGroupIds: [SG_A], ipv6DualStack: undefined },
    });
    expect(first.update).toEqual({
      VpcConfig: { SubnetIds: [SUBNET_A, SUBNET_B], SecurityGroupIds: [SG_A] },
    });
    expect(first.changes).toEqual([
      { setting: 'subnet-ids', from: '', to: [SUBNET_A, SUBNET_B].sort().join(', ') },
      { setting: 'security-group-ids', from: '', to: SG_A },
    ]);
    expect(second.changes).toEqual([]);
    expect(second.update).toEqual({});
  });

  it('compares the lists as sets and ignores VpcId: the same VPC in another order plans nothing', () => {
    expect(
      plan(
        {
          vpc: { subnetIds: [SUBNET_A, SUBNET_B], securityGroupIds: [SG_A], ipv6DualStack: false },
        },
        stateOf(IN_VPC),
      ),
    ).toMatchObject({ update: {}, changes: [] });
  });

  it('changes the security groups alone, sending the whole VpcConfig', () => {
    const { first, second } = planTwice(
      {
        vpc: {
          subnetIds: [SUBNET_A, SUBNET_B],
          securityGroupIds: [SG_B],
          ipv6DualStack: undefined,
        },
      },
      IN_VPC,
    );
    expect(first.changes).toEqual([{ setting: 'security-group-ids', from: SG_A, to: SG_B }]);
    expect(first.update).toEqual({
      VpcConfig: { SubnetIds: [SUBNET_A, SUBNET_B], SecurityGroupIds: [SG_B] },
    });
    expect(second.changes).toEqual([]);
  });

  it('turns dual stack on, and keeps it on when a later change leaves it unset', () => {
    const { first } = planTwice(
      { vpc: { subnetIds: [SUBNET_A, SUBNET_B], securityGroupIds: [SG_A], ipv6DualStack: true } },
      IN_VPC,
    );
    expect(first.changes).toEqual([{ setting: 'ipv6-dual-stack', from: 'false', to: 'true' }]);
    expect(first.update.VpcConfig?.Ipv6AllowedForDualStack).toBe(true);
    const dualStack = readBack(IN_VPC, first.update);
    const later = plan(
      { vpc: { subnetIds: [SUBNET_A], securityGroupIds: [SG_A], ipv6DualStack: undefined } },
      stateOf(dualStack),
    );
    expect(later.update.VpcConfig).toEqual({
      SubnetIds: [SUBNET_A],
      SecurityGroupIds: [SG_A],
      Ipv6AllowedForDualStack: true,
    });
  });

  it('detaches the VPC with empty lists (none), and then plans nothing', () => {
    const detach = { vpc: { subnetIds: [], securityGroupIds: [], ipv6DualStack: undefined } };
    const { first, second } = planTwice(detach, IN_VPC);
    expect(first.update).toEqual({ VpcConfig: { SubnetIds: [], SecurityGroupIds: [] } });
    expect(first.changes).toEqual([
      { setting: 'subnet-ids', from: [SUBNET_A, SUBNET_B].sort().join(', '), to: 'none' },
      { setting: 'security-group-ids', from: SG_A, to: 'none' },
    ]);
    expect(second.changes).toEqual([]);
    // No VPC read as absent is the same as no VPC read as empty lists.
    expect(plan(detach).changes).toEqual([]);
  });
});

describe('planConfiguration: dead-letter-target-arn', () => {
  it('sets, changes and removes the target, each once', () => {
    const set = planTwice({ deadLetterTargetArn: QUEUE });
    expect(set.first.update).toEqual({ DeadLetterConfig: { TargetArn: QUEUE } });
    expect(set.first.changes).toEqual([{ setting: 'dead-letter-target-arn', from: '', to: QUEUE }]);
    expect(set.second.changes).toEqual([]);

    const withQueue = readBack(CURRENT, set.first.update);
    const changed = planTwice({ deadLetterTargetArn: TOPIC }, withQueue);
    expect(changed.first.changes).toEqual([
      { setting: 'dead-letter-target-arn', from: QUEUE, to: TOPIC },
    ]);
    expect(changed.second.changes).toEqual([]);

    const removed = planTwice({ deadLetterTargetArn: '' }, withQueue);
    expect(removed.first.update).toEqual({ DeadLetterConfig: { TargetArn: '' } });
    expect(removed.first.changes).toEqual([
      { setting: 'dead-letter-target-arn', from: QUEUE, to: 'none' },
    ]);
    expect(removed.second.changes).toEqual([]);
  });

  it('reads an absent DLQ and TargetArn "" alike: none plans nothing on either', () => {
    expect(plan({ deadLetterTargetArn: '' }).changes).toEqual([]);
    const emptyTarget = functionConfiguration({ ...CURRENT, DeadLetterConfig: { TargetArn: '' } });
    expect(plan({ deadLetterTargetArn: '' }, stateOf(emptyTarget)).changes).toEqual([]);
  });
});

describe('planConfiguration: tracing', () => {
  it('sets Active, and PassThrough is what a function without TracingConfig has', () => {
    const { first, second } = planTwice({ tracing: 'Active' });
    expect(first.update).toEqual({ TracingConfig: { Mode: 'Active' } });
    expect(first.changes).toEqual([{ setting: 'tracing', from: 'PassThrough', to: 'Active' }]);
    expect(second.changes).toEqual([]);
    expect(plan({ tracing: 'PassThrough' }).changes).toEqual([]);
  });

  it('changes Active back to PassThrough', () => {
    const active = functionConfiguration({ ...CURRENT, TracingConfig: { Mode: 'Active' } });
    const { first, second } = planTwice({ tracing: 'PassThrough' }, active);
    expect(first.update).toEqual({ TracingConfig: { Mode: 'PassThrough' } });
    expect(second.changes).toEqual([]);
  });
});

describe('planConfiguration: logging (log-format, log-group, application- and system-log-level)', () => {
  /** As Lambda reads a function whose logging was never set. */
  const DEFAULT_LOGGING = functionConfiguration({
    ...CURRENT,
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${FUNCTION_NAME}` },
  });

  it("compares only what is set: Lambda's defaults read back plan nothing", () => {
    for (const current of [CURRENT, DEFAULT_LOGGING]) {
      expect(plan({ logging: { format: 'Text' } }, stateOf(current)).changes).toEqual([]);
      expect(
        plan({ logging: { logGroup: `/aws/lambda/${FUNCTION_NAME}` } }, stateOf(current)).changes,
      ).toEqual([]);
    }
  });

  it('switches to JSON with levels, then plans nothing on the read-back shape', () => {
    const logging = {
      format: 'JSON',
      applicationLogLevel: 'DEBUG',
      systemLogLevel: 'WARN',
    } as const;
    const { first, second } = planTwice({ logging }, DEFAULT_LOGGING);
    expect(first.changes).toEqual([
      { setting: 'log-format', from: 'Text', to: 'JSON' },
      { setting: 'application-log-level', from: '', to: 'DEBUG' },
      { setting: 'system-log-level', from: '', to: 'WARN' },
    ]);
    expect(first.update).toEqual({
      LoggingConfig: {
        LogFormat: 'JSON',
        LogGroup: `/aws/lambda/${FUNCTION_NAME}`,
        ApplicationLogLevel: 'DEBUG',
        SystemLogLevel: 'WARN',
      },
    });
    expect(second.changes).toEqual([]);
  });

  it('takes JSON without levels as INFO, the level Lambda applies', () => {
    const { second } = planTwice({ logging: { format: 'JSON' } }, DEFAULT_LOGGING);
    expect(second.changes).toEqual([]);
    const json = readBack(DEFAULT_LOGGING, { LoggingConfig: { LogFormat: 'JSON' } });
    expect(
      plan({ logging: { format: 'JSON', applicationLogLevel: 'INFO' } }, stateOf(json)).changes,
    ).toEqual([]);
  });

  it('changes the log group alone, keeping the format and levels the function has', () => {
    const json = functionConfiguration({
      ...CURRENT,
      LoggingConfig: {
        LogFormat: 'JSON',
        LogGroup: `/aws/lambda/${FUNCTION_NAME}`,
        ApplicationLogLevel: 'ERROR',
        SystemLogLevel: 'INFO',
      },
    });
    const { first, second } = planTwice({ logging: { logGroup: '/orders/api' } }, json);
    expect(first.changes).toEqual([
      { setting: 'log-group', from: `/aws/lambda/${FUNCTION_NAME}`, to: '/orders/api' },
    ]);
    expect(first.update).toEqual({
      LoggingConfig: {
        LogFormat: 'JSON',
        LogGroup: '/orders/api',
        ApplicationLogLevel: 'ERROR',
        SystemLogLevel: 'INFO',
      },
    });
    expect(second.changes).toEqual([]);
  });

  it('back to Text drops the levels, which Lambda refuses with Text', () => {
    const json = functionConfiguration({
      ...CURRENT,
      LoggingConfig: { LogFormat: 'JSON', LogGroup: '/orders/api', ApplicationLogLevel: 'WARN' },
    });
    const { first, second } = planTwice({ logging: { format: 'Text' } }, json);
    expect(first.update).toEqual({ LoggingConfig: { LogFormat: 'Text', LogGroup: '/orders/api' } });
    expect(second.changes).toEqual([]);
  });
});

describe('planConfiguration: snap-start', () => {
  it('sets PublishedVersions and compares ApplyOn alone, not OptimizationStatus', () => {
    const { first, second } = planTwice({ snapStart: 'PublishedVersions' });
    expect(first.update).toEqual({ SnapStart: { ApplyOn: 'PublishedVersions' } });
    expect(first.changes).toEqual([
      { setting: 'snap-start', from: 'None', to: 'PublishedVersions' },
    ]);
    expect(second.changes).toEqual([]);
    const on = functionConfiguration({
      ...CURRENT,
      SnapStart: { ApplyOn: 'PublishedVersions', OptimizationStatus: 'On' },
    });
    expect(plan({ snapStart: 'PublishedVersions' }, stateOf(on)).changes).toEqual([]);
  });

  it('turns it off with None, and None is what a function without SnapStart has', () => {
    const on = functionConfiguration({
      ...CURRENT,
      SnapStart: { ApplyOn: 'PublishedVersions', OptimizationStatus: 'On' },
    });
    const { first, second } = planTwice({ snapStart: 'None' }, on);
    expect(first.update).toEqual({ SnapStart: { ApplyOn: 'None' } });
    expect(second.changes).toEqual([]);
    expect(plan({ snapStart: 'None' }).changes).toEqual([]);
  });
});

describe('planConfiguration: file-systems', () => {
  const mounted = [{ arn: ACCESS_POINT, localMountPath: '/mnt/data' }];

  it('mounts an access point, changes its path, and removes it, each once', () => {
    const set = planTwice({ fileSystems: mounted });
    expect(set.first.update).toEqual({
      FileSystemConfigs: [{ Arn: ACCESS_POINT, LocalMountPath: '/mnt/data' }],
    });
    expect(set.first.changes).toEqual([
      { setting: 'file-systems', from: '', to: `${ACCESS_POINT}=/mnt/data` },
    ]);
    expect(set.second.changes).toEqual([]);

    const withEfs = readBack(CURRENT, set.first.update);
    const moved = planTwice(
      { fileSystems: [{ arn: ACCESS_POINT, localMountPath: '/mnt/cache' }] },
      withEfs,
    );
    expect(moved.first.changes).toHaveLength(1);
    expect(moved.second.changes).toEqual([]);

    const removed = planTwice({ fileSystems: [] }, withEfs);
    expect(removed.first.update).toEqual({ FileSystemConfigs: [] });
    expect(removed.first.changes).toEqual([
      { setting: 'file-systems', from: `${ACCESS_POINT}=/mnt/data`, to: 'none' },
    ]);
    expect(removed.second.changes).toEqual([]);
    expect(plan({ fileSystems: [] }).changes).toEqual([]);
  });
});

describe('planConfiguration: kms-key-arn', () => {
  it("sets a key, and none goes back to Lambda's own key ('' sent, absent read)", () => {
    const set = planTwice({ kmsKeyArn: KEY });
    expect(set.first.update).toEqual({ KMSKeyArn: KEY });
    expect(set.first.changes).toEqual([{ setting: 'kms-key-arn', from: '', to: KEY }]);
    expect(set.second.changes).toEqual([]);

    const withKey = readBack(CURRENT, set.first.update);
    const removed = planTwice({ kmsKeyArn: '' }, withKey);
    expect(removed.first.update).toEqual({ KMSKeyArn: '' });
    expect(removed.first.changes).toEqual([{ setting: 'kms-key-arn', from: KEY, to: 'none' }]);
    expect(removed.second.changes).toEqual([]);
    expect(plan({ kmsKeyArn: '' }).changes).toEqual([]);
  });
});

describe('planConfiguration: image config (image-command, image-entrypoint, image-working-directory)', () => {
  const IMAGE_FUNCTION = functionConfiguration({
    PackageType: 'Image',
    Role: ROLE,
    ImageConfigResponse: { ImageConfig: { Command: ['app.handler'] } },
  });

  it('compares each part set with ImageConfigResponse.ImageConfig', () => {
    expect(
      plan({ imageConfig: { command: ['app.handler'] } }, stateOf(IMAGE_FUNCTION)).changes,
    ).toEqual([]);
  });

  it('changes the command, keeping the parts not set, and then plans nothing', () => {
    const { first, second } = planTwice(
      { imageConfig: { command: ['app.other'], workingDirectory: '/var/task' } },
      IMAGE_FUNCTION,
    );
    expect(first.changes).toEqual([
      { setting: 'image-command', from: 'app.handler', to: 'app.other' },
      { setting: 'image-working-directory', from: '', to: '/var/task' },
    ]);
    expect(first.update).toEqual({
      ImageConfig: { Command: ['app.other'], WorkingDirectory: '/var/task' },
    });
    expect(second.changes).toEqual([]);

    const entry = planTwice(
      { imageConfig: { entryPoint: ['/lambda-entrypoint.sh'] } },
      readBack(IMAGE_FUNCTION, first.update),
    );
    expect(entry.first.update).toEqual({
      ImageConfig: {
        Command: ['app.other'],
        EntryPoint: ['/lambda-entrypoint.sh'],
        WorkingDirectory: '/var/task',
      },
    });
    expect(entry.second.changes).toEqual([]);
  });

  it('keeps the order of the command: another order is a change', () => {
    const two = functionConfiguration({
      ...IMAGE_FUNCTION,
      ImageConfigResponse: { ImageConfig: { Command: ['a', 'b'] } },
    });
    expect(plan({ imageConfig: { command: ['b', 'a'] } }, stateOf(two)).changes).toHaveLength(1);
  });
});

describe('planConfiguration: every new setting at once, deployed twice', () => {
  it('sends one update the first time and nothing the second', () => {
    const { first, second } = planTwice({
      vpc: { subnetIds: [SUBNET_A], securityGroupIds: [SG_A, SG_B], ipv6DualStack: true },
      deadLetterTargetArn: TOPIC,
      tracing: 'Active',
      logging: { format: 'JSON', logGroup: '/orders/api', applicationLogLevel: 'WARN' },
      snapStart: 'PublishedVersions',
      fileSystems: [{ arn: ACCESS_POINT, localMountPath: '/mnt/efs' }],
      kmsKeyArn: KEY,
      memorySize: 2048,
    });
    expect(Object.keys(first.update).sort()).toEqual(
      [
        'DeadLetterConfig',
        'FileSystemConfigs',
        'KMSKeyArn',
        'LoggingConfig',
        'MemorySize',
        'SnapStart',
        'TracingConfig',
        'VpcConfig',
      ].sort(),
    );
    expect(first.changes.map((change) => change.setting)).toEqual([
      'memory-size',
      'subnet-ids',
      'security-group-ids',
      'ipv6-dual-stack',
      'dead-letter-target-arn',
      'tracing',
      'log-format',
      'log-group',
      'application-log-level',
      'snap-start',
      'file-systems',
      'kms-key-arn',
    ]);
    expect(second).toMatchObject({ update: {}, changes: [] });
  });
});

describe("planConfiguration: Lambda's 5,120-byte limit on one UpdateFunctionConfiguration", () => {
  /** Variables coming to `bytes` as JSON, under the 4 KB of the variables themselves. */
  const variablesOf = (bytes: number) => ({ BIG: 'x'.repeat(bytes - '{"BIG":""}'.length) });

  it('plans an update of up to 5,120 bytes', () => {
    const planned = plan({
      environment: variablesOf(4000),
      environmentMode: 'replace',
      description: 'd'.repeat(200),
    });
    expect(Buffer.byteLength(JSON.stringify(planned.update))).toBeLessThanOrEqual(5120);
  });

  it('refuses a bigger one before sending it, naming the largest parts', () => {
    const error = thrownBy(() =>
      plan({
        environment: variablesOf(4096),
        environmentMode: 'replace',
        description: 'd'.repeat(256),
        layers: [1, 2, 3, 4, 5].map((n) => LAYER(`layer-with-a-long-name-${n}`, n)),
        vpc: {
          subnetIds: Array.from({ length: 16 }, (_, i) => `subnet-${String(i).padStart(17, '0')}`),
          securityGroupIds: [SG_A],
          ipv6DualStack: undefined,
        },
      }),
    );
    expect(error.name).toBe('DeployError');
    expect(error.message).toMatch(/would be \d+ bytes, over Lambda's limit of 5120/);
    expect(error.message).toContain('UpdateFunctionConfiguration');
    expect(error.message).toMatch(
      /largest parts: environment \d+ bytes, subnet-ids and security-group-ids \d+ bytes, layers \d+ bytes/,
    );
  });
});
