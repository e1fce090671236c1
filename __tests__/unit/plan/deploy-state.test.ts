import {
  GetAliasCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  GetFunctionUrlConfigCommand,
  GetLayerVersionCommand,
  GetPolicyCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
  ListLayerVersionsCommand,
  ListVersionsByFunctionCommand,
  ResourceNotFoundException,
  type FunctionConfiguration,
  type GetFunctionConfigurationCommandInput,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { LambdaLayer } from '../../../src/aws/lambda-layer.js';
import { LambdaTriggers } from '../../../src/aws/lambda-triggers.js';
import type { DeployConfig } from '../../../src/inputs.js';
import { planDeploy } from '../../../src/plan/deploy-plan.js';
import { configurationSignature } from '../../../src/resources/versions/plan.js';
import { readDeployState, type StateReaders } from '../../../src/plan/deploy-state.js';
import { planJson } from '../../../src/plan/plan-output.js';
import { deployErrorOf } from '../helpers/errors.js';
import { FakeLambda } from '../helpers/fake-lambda.js';
import {
  FUNCTION_ARN,
  FUNCTION_NAME,
  OLD_SHA256,
  REGION,
  fastTiming,
  functionConfiguration,
  lambdaFunction,
  lambdaRelease,
} from '../helpers/lambda.js';
import { deployConfig } from '../helpers/plan-fixtures.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const lambdaMock = mockClient(LambdaClient);
const ROLE = 'arn:aws:iam::123456789012:role/orders-api-role';
const LAYER_ARN = 'arn:aws:lambda:us-east-1:123456789012:layer:orders-deps';

let log: RecordingLogger;
let fake: FakeLambda;

beforeEach(() => {
  lambdaMock.reset();
  log = new RecordingLogger();
  fake = new FakeLambda(lambdaMock);
});

afterAll(() => {
  lambdaMock.restore();
});

const config = (inputs: Record<string, string> = {}) =>
  deployConfig({ 'dry-run': 'true', ...inputs });

const SETTINGS: Partial<FunctionConfiguration> = {
  Runtime: 'nodejs22.x',
  Handler: 'index.handler',
  Role: ROLE,
  MemorySize: 128,
  Timeout: 3,
};

/** The function exists: $LATEST runs OLD_SHA256 with SETTINGS, and `versions` were published. */
function existing(
  versions: Record<string, Partial<FunctionConfiguration>> = {},
  tags: Record<string, string> = {},
): void {
  lambdaMock.on(GetFunctionCommand).resolves({
    Configuration: functionConfiguration({ ...SETTINGS, Version: '$LATEST' }),
    Tags: tags,
  });
  lambdaMock
    .on(GetFunctionConfigurationCommand)
    .callsFake((input: GetFunctionConfigurationCommandInput) => {
      const version = input.Qualifier ?? '$LATEST';
      const overrides = versions[version];
      if (overrides === undefined) {
        throw new ResourceNotFoundException({ message: 'Function not found', $metadata: {} });
      }
      return functionConfiguration({
        ...SETTINGS,
        FunctionArn: `${FUNCTION_ARN}:${version}`,
        Version: version,
        Description: `version ${version}`,
        ...overrides,
      });
    });
  lambdaMock.on(ListVersionsByFunctionCommand).resolves({
    Versions: [
      { Version: '$LATEST', FunctionArn: FUNCTION_ARN },
      ...Object.keys(versions).map((version) => ({
        Version: version,
        FunctionArn: `${FUNCTION_ARN}:${version}`,
      })),
    ],
  });
}

function missing(): void {
  lambdaMock.on(GetFunctionCommand).rejects(
    new ResourceNotFoundException({
      message: `Function not found: ${FUNCTION_ARN}`,
      $metadata: {},
    }),
  );
}

/** Layer orders-deps with versions 1 and 2, the newest holding `codeSha256`. */
function layerVersions(codeSha256 = 'layer-sha'): void {
  lambdaMock.on(ListLayerVersionsCommand).resolves({
    LayerVersions: [
      { Version: 2, LayerVersionArn: `${LAYER_ARN}:2` },
      { Version: 1, LayerVersionArn: `${LAYER_ARN}:1` },
    ],
  });
  lambdaMock.on(GetLayerVersionCommand).resolves({
    LayerVersionArn: `${LAYER_ARN}:2`,
    Version: 2,
    Content: { CodeSha256: codeSha256, CodeSize: 20 },
    CompatibleRuntimes: ['nodejs22.x'],
  });
}

function readers(withLayer = false): StateReaders {
  return {
    lambda: lambdaFunction(log),
    releaser: lambdaRelease(log),
    alarms: undefined,
    layer: withLayer
      ? new LambdaLayer(
          new LambdaClient({ region: REGION }),
          'orders-deps',
          REGION,
          log,
          fastTiming.conflictRetry,
        )
      : undefined,
  };
}

const read = (deploy: DeployConfig, withLayer = deploy.layer !== undefined) =>
  readDeployState(readers(withLayer), deploy);

/** The names of the commands sent, e.g. GetFunctionCommand, in order. */
const sent = () => lambdaMock.calls().map((call) => call.args[0].constructor.name);

/** The Qualifier of each GetFunctionConfiguration sent. */
const versionReads = () =>
  lambdaMock
    .commandCalls(GetFunctionConfigurationCommand)
    .map((call) => call.args[0].input.Qualifier);

describe('readDeployState: the function', () => {
  it('reads the function alone when no release, URL or layer is asked for', async () => {
    existing({}, { team: 'payments' });
    const state = await read(config());
    expect(sent()).toEqual(['GetFunctionCommand']);
    expect(state.function).toMatchObject({
      arn: FUNCTION_ARN,
      codeSha256: OLD_SHA256,
      revisionId: 'revision-1',
      tags: { team: 'payments' },
    });
    expect(state).toMatchObject({
      layerNewest: undefined,
      alias: undefined,
      versions: [],
      url: undefined,
    });
    expect(state.statementIds.size).toBe(0);
  });

  it('without create-if-missing fails on a missing function, naming it', async () => {
    missing();
    const error = await deployErrorOf(read(config({ alias: 'live' })));
    expect(error.message).toContain(`function '${FUNCTION_NAME}' does not exist in us-east-1`);
    expect(sent()).toEqual(['GetFunctionCommand']);
  });

  it('with create-if-missing reads nothing more of a missing function', async () => {
    missing();
    const state = await read(
      config({
        'create-if-missing': 'true',
        role: ROLE,
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        alias: 'live',
        'function-url': 'public',
      }),
    );
    expect(sent()).toEqual(['GetFunctionCommand']);
    expect(state).toEqual({
      function: undefined,
      layerNewest: undefined,
      alias: undefined,
      versions: [],
      url: undefined,
      statementIds: new Set(),
      alarms: new Map(),
    });
  });

  it("with create-if-missing still reads the layer's newest version for a missing function", async () => {
    missing();
    layerVersions();
    const state = await read(
      config({
        'create-if-missing': 'true',
        role: ROLE,
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        'layer-name': 'orders-deps',
        'layer-source': 'layer',
      }),
    );
    expect(sent()).toEqual([
      'GetFunctionCommand',
      'ListLayerVersionsCommand',
      'GetLayerVersionCommand',
    ]);
    expect(state.function).toBeUndefined();
    expect(state.layerNewest?.arn).toBe(`${LAYER_ARN}:2`);
  });
});

describe('readDeployState: the versions that may hold the code', () => {
  it('reads the alias and each of its versions, primary and weighted, with a Qualifier', async () => {
    existing({ '3': {}, '4': { CodeSha256: 'canary-sha', MemorySize: 256 } });
    fake.aliases.set('live', { version: '3', weights: { '4': 0.1 } });
    const state = await read(config({ alias: 'live', traffic: '10' }));
    expect(sent()).toEqual([
      'GetFunctionCommand',
      'GetAliasCommand',
      'GetFunctionConfigurationCommand',
      'GetFunctionConfigurationCommand',
    ]);
    expect(versionReads().sort()).toEqual(['3', '4']);
    expect(state.alias).toMatchObject({ name: 'live', version: '3', weights: { '4': 0.1 } });
    const latest = state.function;
    if (latest === undefined) throw new Error('expected the function');
    expect(state.versions).toEqual([
      {
        version: '3',
        arn: `${FUNCTION_ARN}:3`,
        codeSha256: OLD_SHA256,
        // Its description is its own: version 3 runs alike to $LATEST.
        signature: configurationSignature(latest),
      },
      {
        version: '4',
        arn: `${FUNCTION_ARN}:4`,
        codeSha256: 'canary-sha',
        signature: expect.any(String) as unknown,
      },
    ]);
    // Version 4 has 256 MB: it does not run alike.
    expect(state.versions[1]?.signature).not.toBe(configurationSignature(latest));
    expect(lambdaMock.commandCalls(ListVersionsByFunctionCommand)).toHaveLength(0);
  });

  it('reads no version of an alias on $LATEST', async () => {
    existing();
    fake.aliases.set('live', { version: '$LATEST', weights: {} });
    const state = await read(config({ alias: 'live' }));
    expect(versionReads()).toEqual([]);
    expect(state.versions).toEqual([]);
  });

  it('reads the newest version when the alias does not exist yet', async () => {
    existing({ '2': {}, '3': {} });
    const state = await read(config({ alias: 'pr-7' }));
    expect(sent()).toEqual([
      'GetFunctionCommand',
      'GetAliasCommand',
      'ListVersionsByFunctionCommand',
      'GetFunctionConfigurationCommand',
    ]);
    expect(versionReads()).toEqual(['3']);
    expect(state.alias).toBeUndefined();
    expect(state.versions.map((version) => version.version)).toEqual(['3']);
  });

  it('with publish and no alias reads the newest version, and no alias', async () => {
    existing({ '2': {}, '3': {} });
    const state = await read(config({ publish: 'true' }));
    expect(sent()).toEqual([
      'GetFunctionCommand',
      'ListVersionsByFunctionCommand',
      'GetFunctionConfigurationCommand',
    ]);
    expect(versionReads()).toEqual(['3']);
    expect(state.versions.map((version) => version.version)).toEqual(['3']);
    expect(lambdaMock.commandCalls(GetAliasCommand)).toHaveLength(0);
  });

  it('with publish reads no version when none was published', async () => {
    existing();
    const state = await read(config({ publish: 'true' }));
    expect(sent()).toEqual(['GetFunctionCommand', 'ListVersionsByFunctionCommand']);
    expect(state.versions).toEqual([]);
  });

  it('gives what the planner needs to reuse a version that holds $LATEST', async () => {
    existing({ '3': {} });
    fake.aliases.set('live', { version: '3', weights: {} });
    const deploy = config({ alias: 'live' });
    const state = await read(deploy);
    const pkg = {
      path: '/tmp/function.zip',
      size: 8,
      sha256: OLD_SHA256,
      contents: { fileCount: 1, unzippedSize: 8 },
    };
    const plan = planDeploy(deploy, state, {
      code: { kind: 'zip', package: pkg, upload: { kind: 'direct' } },
      layer: undefined,
    });
    expect(planJson(plan)).toMatchObject({
      changes: false,
      version: { action: 'reuse', version: '3' },
      alias: { action: 'keep' },
    });
  });
});

describe('readDeployState: the function URL', () => {
  it("reads the alias's URL and resource policy with function-url", async () => {
    existing({ '3': {} });
    fake.aliases.set('live', { version: '3', weights: {} });
    fake.urls.set('live', { url: 'https://live.lambda-url.us-east-1.on.aws/', authType: 'NONE' });
    fake.addStatement('live', {
      Sid: 'lambda-deploy-url-public',
      Action: 'lambda:InvokeFunctionUrl',
      Principal: '*',
      FunctionUrlAuthType: 'NONE',
      InvokedViaFunctionUrl: undefined,
    });
    const state = await read(config({ alias: 'live', 'function-url': 'public' }));
    expect(state.url).toEqual({
      url: 'https://live.lambda-url.us-east-1.on.aws/',
      authType: 'NONE',
      invokeMode: 'BUFFERED',
      cors: undefined,
    });
    expect([...state.statementIds]).toEqual(['lambda-deploy-url-public']);
    expect(
      lambdaMock.commandCalls(GetFunctionUrlConfigCommand).map((c) => c.args[0].input.Qualifier),
    ).toEqual(['live']);
    expect(lambdaMock.commandCalls(GetPolicyCommand).map((c) => c.args[0].input.Qualifier)).toEqual(
      ['live'],
    );
  });

  it("reads the unqualified function's URL without an alias; none found is undefined", async () => {
    existing();
    const state = await read(config({ 'function-url': 'iam' }));
    expect(state.url).toBeUndefined();
    expect(state.statementIds.size).toBe(0);
    expect(
      lambdaMock.commandCalls(GetFunctionUrlConfigCommand).map((c) => c.args[0].input.Qualifier),
    ).toEqual([undefined]);
    expect(lambdaMock.commandCalls(GetPolicyCommand)).toHaveLength(1);
  });

  it('reads no URL and no policy with function-url none', async () => {
    existing({ '3': {} });
    fake.aliases.set('live', { version: '3', weights: {} });
    await read(config({ alias: 'live' }));
    expect(lambdaMock.commandCalls(GetFunctionUrlConfigCommand)).toHaveLength(0);
    expect(lambdaMock.commandCalls(GetPolicyCommand)).toHaveLength(0);
  });
});

describe('readDeployState: the layer', () => {
  it("reads the layer's newest version with a layer", async () => {
    existing();
    layerVersions('newest-sha');
    const state = await read(config({ 'layer-name': 'orders-deps', 'layer-source': 'layer' }));
    expect(sent()).toEqual([
      'GetFunctionCommand',
      'ListLayerVersionsCommand',
      'GetLayerVersionCommand',
    ]);
    expect(lambdaMock.commandCalls(GetLayerVersionCommand)[0]?.args[0].input).toEqual({
      LayerName: 'orders-deps',
      VersionNumber: 2,
    });
    expect(state.layerNewest).toEqual({
      arn: `${LAYER_ARN}:2`,
      version: 2,
      codeSha256: 'newest-sha',
      compatibleRuntimes: ['nodejs22.x'],
      compatibleArchitectures: [],
      codeSize: 20,
    });
  });

  it('reads no layer without one', async () => {
    existing();
    await read(config());
    expect(lambdaMock.commandCalls(ListLayerVersionsCommand)).toHaveLength(0);
    expect(lambdaMock.commandCalls(GetLayerVersionCommand)).toHaveLength(0);
  });
});

describe('readDeployState: read calls only', () => {
  it('sends only Get and List calls, whatever the inputs ask for', async () => {
    existing({ '3': {}, '4': {} }, { team: 'payments' });
    layerVersions();
    fake.aliases.set('live', { version: '3', weights: { '4': 0.1 } });
    fake.urls.set('live', { url: 'https://live.lambda-url.us-east-1.on.aws/', authType: 'NONE' });
    const state = await read(
      config({
        alias: 'live',
        traffic: '10',
        'function-url': 'public',
        'memory-size': '1024',
        environment: 'STAGE=prod',
        tags: 'team=orders',
        'skip-unchanged': 'false',
        'layer-name': 'orders-deps',
        'layer-source': 'layer',
      }),
    );
    expect(state.versions).toHaveLength(2);
    expect(sent().length).toBeGreaterThan(0);
    expect(sent().filter((name) => !/^(Get|List)/.test(name))).toEqual([]);
  });
});

describe('readDeployState: the triggers that may bypass the release', () => {
  const withTriggers = (): StateReaders => ({
    ...readers(),
    triggers: new LambdaTriggers(
      new LambdaClient({ region: REGION }),
      FUNCTION_NAME,
      REGION,
      log,
      fastTiming,
    ),
  });
  const QUEUE = 'arn:aws:sqs:us-east-1:123456789012:orders-queue';

  it('reads the mappings and the policy with a canary, and keeps the mappings of the function', async () => {
    existing({ '3': {} });
    fake.aliases.set('live', { version: '3', weights: {} });
    lambdaMock.on(ListEventSourceMappingsCommand).resolves({
      EventSourceMappings: [
        { UUID: 'mine', EventSourceArn: QUEUE, FunctionArn: FUNCTION_ARN, State: 'Enabled' },
        {
          UUID: 'theirs',
          EventSourceArn: QUEUE,
          FunctionArn: `${FUNCTION_ARN}2`,
          State: 'Enabled',
        },
      ],
    });
    lambdaMock
      .on(GetPolicyCommand)
      .rejects(new ResourceNotFoundException({ message: 'No policy', $metadata: {} }));

    const state = await readDeployState(withTriggers(), config({ alias: 'live', traffic: '10' }));

    expect(sent()).toContain('ListEventSourceMappingsCommand');
    expect(sent()).toContain('GetPolicyCommand');
    expect(state.triggers).toEqual({
      mappings: [
        { uuid: 'mine', eventSourceArn: QUEUE, functionArn: FUNCTION_ARN, state: 'Enabled' },
      ],
      statements: [],
      denied: [],
    });
  });

  it.each([
    ['traffic 100', { alias: 'live' }],
    ['no release at all', {}],
  ])('reads neither with %s', async (_what, inputs: Record<string, string>) => {
    existing({ '3': {} });
    fake.aliases.set('live', { version: '3', weights: {} });
    const state = await readDeployState(withTriggers(), config(inputs));
    expect(sent()).not.toContain('ListEventSourceMappingsCommand');
    expect(sent()).not.toContain('GetPolicyCommand');
    expect(state.triggers).toBeUndefined();
  });
});
