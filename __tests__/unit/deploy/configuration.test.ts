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
import { toFunctionState, type FunctionState } from '../../../src/aws/lambda-function.js';
import { applyConfiguration, planConfiguration } from '../../../src/deploy/configuration.js';
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
