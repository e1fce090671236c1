import {
  PublishLayerVersionCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { updateFunctionCode } from '../../src/resources/code/apply.js';
import { applyConfiguration } from '../../src/resources/configuration/apply.js';
import { planConfiguration } from '../../src/resources/configuration/plan.js';
import { DeployError } from '../../src/errors.js';
import type { FunctionSettings } from '../../src/inputs.js';
import { preparePackage } from '../../src/package/deployment-package.js';
import { createLambdaRole } from '../../scripts/lib/moto-server.mjs';
import {
  createTestFunction,
  lambdaClient,
  lambdaFunction,
  motoEndpoint,
  readFunction,
  readFunctionTags,
  silentLogger,
  zipOf,
} from '../support/aws.js';
import { useFaultProxy, type FaultRule } from '../support/fault-proxy.js';
import {
  getFunction,
  updateFunctionCode as updateCodeRequest,
  tagResource,
  updateFunctionConfiguration,
} from '../support/lambda-faults.js';
import {
  directorySource,
  outputDirectory,
  packageOptions,
  sourceDirectory,
} from '../support/package-fixtures.js';
import { rejectionOf } from '../support/rejection.js';
import { settingsWith } from '../support/settings.js';

const proxy = useFaultProxy();

const WAIT_SECONDS = 30;

/**
 * moto ignores EphemeralStorage in UpdateFunctionConfiguration. Once moto has accepted
 * one that sets it, GetFunction reports it as Lambda would.
 */
function reportsEphemeralStorageOnceSet(name: string, size: number): FaultRule {
  return {
    match: getFunction(name),
    after: updateFunctionConfiguration(name),
    behaviour: {
      kind: 'rewrite-json',
      rewrite: (body) => {
        const answer = body as { Configuration: Record<string, unknown> };
        return {
          ...answer,
          Configuration: { ...answer.Configuration, EphemeralStorage: { Size: size } },
        };
      },
    },
  };
}

/** applyConfiguration on `name` through the proxy. */
async function apply(name: string, given: Partial<FunctionSettings>) {
  const lambda = lambdaFunction(name, proxy().endpoint);
  const current = await lambda.read();
  const planned = planConfiguration(settingsWith(given), current);
  return (await applyConfiguration(lambda, planned, WAIT_SECONDS, silentLogger, current)).changes;
}

/** Publishes a layer version in moto, directly, and returns its ARN. */
async function publishLayer(label: string): Promise<string> {
  const response = await lambdaClient().send(
    new PublishLayerVersionCommand({
      LayerName: `ld-${label}-${randomUUID().slice(0, 8)}`,
      Content: { ZipFile: await zipOf({ [`nodejs/${label}.js`]: `// ${label}\n` }) },
      CompatibleRuntimes: ['nodejs20.x', 'nodejs22.x'],
    }),
  );
  if (response.LayerVersionArn === undefined) throw new Error('moto returned no layer ARN');
  return response.LayerVersionArn;
}

/** Sets the function's variables directly in moto, as someone else might have. */
async function setVariables(name: string, variables: Record<string, string>): Promise<void> {
  await lambdaClient().send(
    new UpdateFunctionConfigurationCommand({
      FunctionName: name,
      Environment: { Variables: variables },
    }),
  );
}

describe('applyConfiguration against moto', () => {
  it('sets every setting; moto then holds each one', async () => {
    const name = await createTestFunction();
    const role = await createLambdaRole(motoEndpoint(), `ld-role-${randomUUID().slice(0, 8)}`);
    const layers = [await publishLayer('deps'), await publishLayer('otel')];

    const changes = await apply(name, {
      handler: 'src/app.main',
      runtime: 'nodejs22.x',
      memorySize: 1024,
      timeout: 45,
      description: 'Orders API, configured by the action',
      role,
      ephemeralStorage: 2048,
      layers,
      environment: { STAGE: 'prod', DATABASE_URL: 'postgres://u:p=w,x@db/orders?a=b,c=d' },
      tags: { team: 'orders', 'cost-center': '42' },
    });

    const inMoto = await readFunction(name);
    expect(inMoto).toMatchObject({
      Handler: 'src/app.main',
      Runtime: 'nodejs22.x',
      MemorySize: 1024,
      Timeout: 45,
      Description: 'Orders API, configured by the action',
      Role: role,
      Environment: {
        Variables: { STAGE: 'prod', DATABASE_URL: 'postgres://u:p=w,x@db/orders?a=b,c=d' },
      },
      LastUpdateStatus: 'Successful',
    });
    expect(inMoto.Layers?.map((layer) => layer.Arn)).toEqual(layers);
    expect(await readFunctionTags(name)).toEqual({ team: 'orders', 'cost-center': '42' });
    // moto ignores EphemeralStorage in UpdateFunctionConfiguration: check what was sent.
    expect(proxy().jsonBodies(updateFunctionConfiguration(name))).toEqual([
      expect.objectContaining({ EphemeralStorage: { Size: 2048 } }),
    ]);
    expect(changes.map((change) => change.setting).sort()).toEqual([
      'description',
      'environment',
      'ephemeral-storage',
      'handler',
      'layers',
      'memory-size',
      'role',
      'runtime',
      'timeout',
    ]);
  });

  it.each<[string, Partial<FunctionSettings>, object]>([
    ['handler', { handler: 'lib/main.run' }, { Handler: 'lib/main.run' }],
    ['runtime', { runtime: 'nodejs22.x' }, { Runtime: 'nodejs22.x' }],
    ['memory-size', { memorySize: 256 }, { MemorySize: 256 }],
    ['timeout', { timeout: 900 }, { Timeout: 900 }],
    ['description', { description: 'just this' }, { Description: 'just this' }],
  ])('sends %s alone and moto holds it, the rest unchanged', async (_setting, given, held) => {
    const name = await createTestFunction();
    const before = await readFunction(name);

    await apply(name, given);

    const after = await readFunction(name);
    expect(after).toMatchObject(held);
    const untouched = { ...before, ...held };
    for (const key of [
      'Handler',
      'Runtime',
      'MemorySize',
      'Timeout',
      'Description',
      'Role',
    ] as const) {
      expect(after[key], key).toEqual(untouched[key]);
    }
    expect(proxy().jsonBodies(updateFunctionConfiguration(name))).toEqual([held]);
  });

  it('keeps the layer order given, and changes it when the order changes', async () => {
    const name = await createTestFunction();
    const [a, b] = [await publishLayer('a'), await publishLayer('b')];

    await apply(name, { layers: [a, b] });
    await apply(name, { layers: [b, a] });

    expect((await readFunction(name)).Layers?.map((layer) => layer.Arn)).toEqual([b, a]);
    expect(proxy().jsonBodies(updateFunctionConfiguration(name))).toEqual([
      { Layers: [a, b] },
      { Layers: [b, a] },
    ]);
  });

  it('environment-mode merge keeps a variable the function already has', async () => {
    const name = await createTestFunction();
    await setVariables(name, { EXISTING: 'kept', STAGE: 'dev' });

    await apply(name, {
      environment: { STAGE: 'prod', LIST: 'a=1,b=2' },
      environmentMode: 'merge',
    });

    expect((await readFunction(name)).Environment?.Variables).toEqual({
      EXISTING: 'kept',
      STAGE: 'prod',
      LIST: 'a=1,b=2',
    });
  });

  it('environment-mode replace removes a variable that is not given', async () => {
    const name = await createTestFunction();
    await setVariables(name, { EXISTING: 'gone', STAGE: 'dev' });

    await apply(name, {
      environment: { STAGE: 'prod', LIST: 'a=1,b=2' },
      environmentMode: 'replace',
    });

    expect((await readFunction(name)).Environment?.Variables).toEqual({
      STAGE: 'prod',
      LIST: 'a=1,b=2',
    });
  });

  it('adds and changes tags, and leaves tags it was not given alone', async () => {
    const name = await createTestFunction();
    await apply(name, { tags: { team: 'orders', owner: 'alice' } });

    await apply(name, { tags: { owner: 'bob', stage: 'prod' } });

    expect(await readFunctionTags(name)).toEqual({ team: 'orders', owner: 'bob', stage: 'prod' });
    expect(proxy().jsonBodies(tagResource(name))).toEqual([
      { Tags: { team: 'orders', owner: 'alice' } },
      { Tags: { owner: 'bob', stage: 'prod' } },
    ]);
    expect(proxy().count(updateFunctionConfiguration(name))).toBe(0);
  });

  it('makes no UpdateFunctionConfiguration or TagResource call the second time', async () => {
    const name = await createTestFunction();
    const role = await createLambdaRole(motoEndpoint(), `ld-role-${randomUUID().slice(0, 8)}`);
    const given: Partial<FunctionSettings> = {
      handler: 'src/app.main',
      runtime: 'nodejs22.x',
      memorySize: 512,
      timeout: 60,
      description: 'twice',
      role,
      ephemeralStorage: 1024,
      layers: [await publishLayer('deps')],
      environment: { STAGE: 'prod', LIST: 'a=1,b=2' },
      environmentMode: 'replace',
      tags: { team: 'orders' },
    };
    proxy().inject(reportsEphemeralStorageOnceSet(name, 1024));
    expect(await apply(name, given)).not.toEqual([]);
    expect(proxy().count(updateFunctionConfiguration(name))).toBe(1);
    expect(proxy().count(tagResource(name))).toBe(1);

    const second = await apply(name, given);

    expect(second).toEqual([]);
    expect(proxy().count(updateFunctionConfiguration(name))).toBe(1);
    expect(proxy().count(tagResource(name))).toBe(1);
  });

  it("fails with Lambda's reason when the update ends Failed", async () => {
    const name = await createTestFunction();
    const reason = 'The role defined for the function cannot be assumed by Lambda.';
    proxy().inject({
      match: getFunction(name),
      after: updateFunctionConfiguration(name),
      behaviour: {
        kind: 'rewrite-json',
        rewrite: (body) => {
          const answer = body as { Configuration: Record<string, unknown> };
          return {
            ...answer,
            Configuration: {
              ...answer.Configuration,
              LastUpdateStatus: 'Failed',
              LastUpdateStatusReason: reason,
              LastUpdateStatusReasonCode: 'InvalidRole',
            },
          };
        },
      },
    });

    const error = await rejectionOf(apply(name, { timeout: 10 }));

    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toContain(reason);
    expect(error.message).toContain(name);
  });
});

describe('updateFunctionCode with an architecture, against moto', () => {
  it('sends Architectures with unchanged code when the architecture differs', async () => {
    const name = await createTestFunction();
    const pkg = await preparePackage(
      directorySource(await sourceDirectory(`code of ${name}`)),
      packageOptions(name, await outputDirectory()),
    );
    const options = {
      skipUnchanged: true,
      waitTimeoutSeconds: WAIT_SECONDS,
      upload: { kind: 'direct' },
    } as const;
    await updateFunctionCode(
      lambdaFunction(name, motoEndpoint()),
      pkg,
      { ...options, architecture: undefined },
      silentLogger,
    );

    const result = await updateFunctionCode(
      lambdaFunction(name, proxy().endpoint),
      pkg,
      { ...options, architecture: 'arm64' },
      silentLogger,
    );

    expect(result.deployed).toBe(true);
    // moto ignores Architectures in UpdateFunctionCode: check what was sent.
    expect(proxy().jsonBodies(updateCodeRequest(name))).toEqual([
      expect.objectContaining({ Architectures: ['arm64'] }),
    ]);
  });

  it('skips unchanged code when the function already has the architecture', async () => {
    const name = await createTestFunction();
    const pkg = await preparePackage(
      directorySource(await sourceDirectory(`code of ${name}`)),
      packageOptions(name, await outputDirectory()),
    );
    const options = {
      skipUnchanged: true,
      waitTimeoutSeconds: WAIT_SECONDS,
      upload: { kind: 'direct' },
    } as const;
    await updateFunctionCode(
      lambdaFunction(name, motoEndpoint()),
      pkg,
      { ...options, architecture: undefined },
      silentLogger,
    );

    // moto's functions are x86_64, its default.
    const result = await updateFunctionCode(
      lambdaFunction(name, proxy().endpoint),
      pkg,
      { ...options, architecture: 'x86_64' },
      silentLogger,
    );

    expect(result.deployed).toBe(false);
    expect(proxy().count(updateCodeRequest(name))).toBe(0);
  });
});
