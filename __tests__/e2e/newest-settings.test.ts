// Lambda's 2026 settings end to end: dist/index.js against moto, through a proxy. EMULATED
// (lambda-newest-fields-emulation.ts, a default emulation of the proxy): moto keeps none of
// RuntimeConfig, AcceleratorConfig and FileSystemConfigs[].S3FilesConfig, nor EphemeralStorage
// on update; the proxy keeps and answers them as Lambda does, so every read-back here goes
// through the proxy. Layers are moto's own. Run `npm run bundle` first.
import {
  AcceleratorMemoryGB,
  CreateFunctionCommand,
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  PublishLayerVersionCommand,
  UpdateFunctionConfigurationCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { describe, expect, inject, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, lambdaClient, uniqueFunctionName, zipOf } from '../support/aws.js';
import { useFaultProxy, type ProxiedRequest } from '../support/fault-proxy.js';
import { updateFunctionConfiguration } from '../support/lambda-faults.js';
import { ACCOUNT_ID, REGION } from '../support/moto-account.js';
import { planOf } from '../support/plan-output.js';
import { writeFiles } from '../support/temp-dir.js';

const proxy = useFaultProxy();

const ARN = `${REGION}:${ACCOUNT_ID}`;
const RUNTIME = `arn:aws:lambda:${ARN}:runtime/python-cmr`;
const S3_FILES = `arn:aws:s3files:${ARN}:file-system/fs-0123456789abcdef0/access-point/fsap-0123456789abcdef0`;
const EFS = `arn:aws:elasticfilesystem:${ARN}:access-point/fsap-0123456789abcdef0`;

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

/** Lambda writes: not reads, and not another service's JSON call (POST /). */
function writesOf({ requests }: Deploy): string[] {
  return requests
    .filter((request) => !['GET', 'HEAD'].includes(request.method) && request.path !== '/')
    .map((request) => `${request.method} ${request.path}`);
}

function expectSucceeded({ run }: Deploy): void {
  expect(run.exitCode, runOutput(run)).toBe(0);
}

/** A second identical run: it succeeds and makes only reads. */
async function expectOnlyReads(
  workspace: string,
  inputs: Readonly<Record<string, string>>,
): Promise<void> {
  const again = await deploy(workspace, inputs);
  expectSucceeded(again);
  expect(writesOf(again)).toEqual([]);
  expect(planOf(again.run)).toMatchObject({ configuration: [] });
}

async function configurationOf(name: string, qualifier?: string): Promise<FunctionConfiguration> {
  return lambdaClient(proxy().endpoint).send(
    new GetFunctionConfigurationCommand({ FunctionName: name, Qualifier: qualifier }),
  );
}

/** The UpdateFunctionConfiguration bodies the run sent, without FunctionName. */
function updatesOf({ requests }: Deploy, name: string): unknown[] {
  return requests
    .filter(updateFunctionConfiguration(name))
    .map((request) => JSON.parse(request.body ?? '{}') as unknown);
}

describe('runtime-config and accelerator-memory-size', () => {
  it('sets a customer-managed runtime and an accelerator with 20 GB of /tmp, publishes them, then only reads', async () => {
    const name = await createTestFunction(uniqueFunctionName('newest-runtime'));
    const workspace = await workspaceWithSource(`code of ${name}`);
    const inputs = {
      'function-name': name,
      source: 'app',
      runtime: 'custom',
      'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'stable' }),
      'accelerator-memory-size': '24',
      'ephemeral-storage': '20480',
      publish: 'true',
    };

    const first = await deploy(workspace, inputs);

    expectSucceeded(first);
    expect(planOf(first.run).configuration).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ setting: 'runtime', from: 'nodejs20.x', to: 'custom' }),
        expect.objectContaining({ setting: 'runtime-config', to: `${RUNTIME} (stable)` }),
        expect.objectContaining({ setting: 'accelerator-memory-size', from: '', to: '24' }),
        expect.objectContaining({ setting: 'ephemeral-storage', from: '512', to: '20480' }),
      ]),
    );
    const latest = await configurationOf(name);
    expect(latest).toMatchObject({
      Runtime: 'custom',
      RuntimeConfig: { RuntimeArn: RUNTIME, RuntimeAlias: 'stable' },
      AcceleratorConfig: { AcceleratorMemorySize: 24 },
      EphemeralStorage: { Size: 20480 },
    });
    // The published version holds them too.
    const version = first.run.outputs['version'] ?? '';
    expect(await configurationOf(name, version)).toMatchObject({
      RuntimeConfig: { RuntimeArn: RUNTIME, RuntimeAlias: 'stable' },
      AcceleratorConfig: { AcceleratorMemorySize: 24 },
    });

    await expectOnlyReads(workspace, inputs);

    // Another alias: only RuntimeConfig is sent.
    const beta = {
      ...inputs,
      'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'beta' }),
    };
    const changed = await deploy(workspace, beta);
    expectSucceeded(changed);
    expect(updatesOf(changed, name)).toEqual([
      { RuntimeConfig: { RuntimeArn: RUNTIME, RuntimeAlias: 'beta' } },
    ]);
    expect((await configurationOf(name)).RuntimeConfig).toEqual({
      RuntimeArn: RUNTIME,
      RuntimeAlias: 'beta',
    });
    await expectOnlyReads(workspace, beta);
  });

  it('refuses, before any change, a customer-managed runtime on a managed runtime and an accelerator on arm64', async () => {
    const name = uniqueFunctionName('newest-arm');
    await lambdaClient().send(
      new CreateFunctionCommand({
        FunctionName: name,
        Runtime: 'nodejs20.x',
        Handler: 'index.handler',
        Role: inject('testRoleArn'),
        Architectures: ['arm64'],
        Code: { ZipFile: await zipOf({ 'index.js': 'exports.handler = async () => 1;\n' }) },
      }),
    );
    const workspace = await workspaceWithSource(`code of ${name}`);

    const accelerator = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      'accelerator-memory-size': '24',
    });
    expect(accelerator.run.exitCode).not.toBe(0);
    expect(accelerator.run.errors.join('\n')).toContain(
      `accelerator-memory-size needs an x86_64 function; '${name}' would be arm64`,
    );
    expect(writesOf(accelerator)).toEqual([]);

    const runtime = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'stable' }),
    });
    expect(runtime.run.exitCode).not.toBe(0);
    expect(runtime.run.errors.join('\n')).toContain(
      "runtime-config needs the function's runtime to be custom; it is nodejs20.x (set runtime: custom)",
    );
    expect(writesOf(runtime)).toEqual([]);
  });
});

describe('S3 Files mounts', () => {
  it('mounts an S3 Files access point with DirectS3Read, changes only the read mode, then only reads', async () => {
    const name = await createTestFunction(uniqueFunctionName('newest-s3files'));
    const workspace = await workspaceWithSource(`code of ${name}`);
    const inputs = {
      'function-name': name,
      source: 'app',
      'file-systems': `${S3_FILES}=/mnt/data`,
      'file-system-direct-s3-read': 'ENABLED',
    };

    const first = await deploy(workspace, inputs);

    expectSucceeded(first);
    expect((await configurationOf(name)).FileSystemConfigs).toEqual([
      { Arn: S3_FILES, LocalMountPath: '/mnt/data', S3FilesConfig: { DirectS3Read: 'ENABLED' } },
    ]);
    await expectOnlyReads(workspace, inputs);

    const readMode = {
      'function-name': name,
      source: 'app',
      'file-system-direct-s3-read': 'DISABLED',
    };
    const changed = await deploy(workspace, readMode);
    expectSucceeded(changed);
    expect(updatesOf(changed, name)).toEqual([
      {
        FileSystemConfigs: [
          {
            Arn: S3_FILES,
            LocalMountPath: '/mnt/data',
            S3FilesConfig: { DirectS3Read: 'DISABLED' },
          },
        ],
      },
    ]);
    expect((await configurationOf(name)).FileSystemConfigs).toEqual([
      { Arn: S3_FILES, LocalMountPath: '/mnt/data', S3FilesConfig: { DirectS3Read: 'DISABLED' } },
    ]);
    await expectOnlyReads(workspace, readMode);
  });

  it('refuses a read mode for an EFS mount before any change', async () => {
    const name = await createTestFunction(uniqueFunctionName('newest-efs'));
    const workspace = await workspaceWithSource(`code of ${name}`);
    expectSucceeded(
      await deploy(workspace, {
        'function-name': name,
        source: 'app',
        'file-systems': `${EFS}=/mnt/efs`,
      }),
    );

    const refused = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      'file-system-direct-s3-read': 'ENABLED',
    });

    expect(refused.run.exitCode).not.toBe(0);
    expect(refused.run.errors.join('\n')).toContain(
      `file-system-direct-s3-read applies only to an S3 Files mount; '${name}' mounts ${EFS}`,
    );
    expect(writesOf(refused)).toEqual([]);
  });
});

describe('detaching every layer', () => {
  async function functionWithLayers(prefix: string): Promise<{ name: string; layers: string[] }> {
    const name = await createTestFunction(uniqueFunctionName(prefix));
    const layers: string[] = [];
    for (const layer of [`${name}-a`, `${name}-b`]) {
      const published = await lambdaClient().send(
        new PublishLayerVersionCommand({
          LayerName: layer,
          Content: { ZipFile: await zipOf({ 'nodejs/marker.js': `// ${layer}\n` }) },
        }),
      );
      layers.push(published.LayerVersionArn ?? '');
    }
    await lambdaClient().send(
      new UpdateFunctionConfigurationCommand({ FunctionName: name, Layers: layers }),
    );
    return { name, layers };
  }

  it('layers: none detaches them, the plan shows it, a second run only reads', async () => {
    const { name, layers } = await functionWithLayers('newest-layers');
    const workspace = await workspaceWithSource(`code of ${name}`);
    const inputs = { 'function-name': name, source: 'app', layers: 'none' };

    const first = await deploy(workspace, inputs);

    expectSucceeded(first);
    expect(planOf(first.run).configuration).toEqual([
      expect.objectContaining({ setting: 'layers', from: layers.join(', '), to: 'none' }),
    ]);
    expect(updatesOf(first, name)).toEqual([{ Layers: [] }]);
    expect((await configurationOf(name)).Layers ?? []).toEqual([]);
    await expectOnlyReads(workspace, inputs);
  });

  it('config-file Layers: [] detaches them too', async () => {
    const { name } = await functionWithLayers('newest-layers-file');
    const workspace = await workspaceWithSource(`code of ${name}`);
    await writeFiles(workspace, { 'function.json': JSON.stringify({ Layers: [] }) });
    const inputs = { 'function-name': name, source: 'app', 'config-file': 'function.json' };

    const first = await deploy(workspace, inputs);

    expectSucceeded(first);
    expect(updatesOf(first, name)).toEqual([{ Layers: [] }]);
    expect((await configurationOf(name)).Layers ?? []).toEqual([]);
    await expectOnlyReads(workspace, inputs);
  });
});

/**
 * The settings the round trip deploys to a first function, each with what the copy must
 * read back. Add an entry for each new setting: its inputs, and the fields to compare.
 */
const ROUND_TRIP: readonly {
  readonly inputs: Readonly<Record<string, string>>;
  readonly fields: readonly (keyof FunctionConfiguration)[];
}[] = [
  {
    inputs: {
      runtime: 'custom',
      'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'stable' }),
    },
    fields: ['Runtime', 'RuntimeConfig'],
  },
  {
    inputs: { 'accelerator-memory-size': '48', 'ephemeral-storage': '30720' },
    fields: ['AcceleratorConfig', 'EphemeralStorage'],
  },
  {
    inputs: { 'file-systems': `${S3_FILES}=/mnt/shared`, 'file-system-direct-s3-read': 'DISABLED' },
    fields: ['FileSystemConfigs'],
  },
  { inputs: { 'memory-size': '1024', timeout: '30' }, fields: ['MemorySize', 'Timeout'] },
];

/** The answer as the CLI prints it: the API's JSON, without the SDK's $metadata. */
function asPrinted(answer: object): unknown {
  return JSON.parse(JSON.stringify({ ...answer, $metadata: undefined })) as unknown;
}

describe('config-file round trip', () => {
  it.each([
    ['get-function-configuration', 'configuration'],
    ['get-function', 'function'],
  ] as const)(
    "applies %s's output of a function with every newest setting to another function, then only reads",
    async (_command, kind) => {
      const source = await createTestFunction(uniqueFunctionName('newest-source'));
      const sourceSpace = await workspaceWithSource(`code of ${source}`);
      const setUp = await deploy(sourceSpace, {
        'function-name': source,
        source: 'app',
        ...Object.fromEntries(ROUND_TRIP.flatMap((entry) => Object.entries(entry.inputs))),
      });
      expectSucceeded(setUp);
      const client = lambdaClient(proxy().endpoint);
      const printed =
        kind === 'configuration'
          ? asPrinted(
              await client.send(new GetFunctionConfigurationCommand({ FunctionName: source })),
            )
          : asPrinted(await client.send(new GetFunctionCommand({ FunctionName: source })));

      const copy = await createTestFunction(uniqueFunctionName('newest-copy'));
      const workspace = await workspaceWithSource(`code of ${copy}`);
      await writeFiles(workspace, { 'lambda/function.json': JSON.stringify(printed, null, 2) });
      const inputs = {
        'function-name': copy,
        source: 'app',
        'config-file': 'lambda/function.json',
      };

      const first = await deploy(workspace, inputs);

      expectSucceeded(first);
      expect(planOf(first.run).configuration.length).toBeGreaterThan(0);
      const original = await configurationOf(source);
      const copied = await configurationOf(copy);
      for (const { fields } of ROUND_TRIP) {
        for (const field of fields) {
          expect(original[field], field).toBeDefined();
          expect(copied[field], field).toEqual(original[field]);
        }
      }
      // Read-only keys are named, never their values.
      const notice = first.run.stdout.split('\n').find((line) => line.startsWith('::notice'));
      expect(notice).toContain('that Lambda reports but this action does not set: ');
      expect(notice).toContain('FunctionArn');
      expect(notice).not.toContain(source);
      await expectOnlyReads(workspace, inputs);
    },
  );
});

describe('the emulation refuses what Lambda refuses', () => {
  it('EphemeralStorage over 10240 without an accelerator, S3FilesConfig on EFS, an unknown accelerator size', async () => {
    const name = await createTestFunction(uniqueFunctionName('newest-refusals'));
    const client = lambdaClient(proxy().endpoint);
    const refused = async (
      update: Omit<UpdateFunctionConfigurationCommand['input'], 'FunctionName'>,
    ) => {
      try {
        await client.send(
          new UpdateFunctionConfigurationCommand({ FunctionName: name, ...update }),
        );
        return 'accepted';
      } catch (error) {
        return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    };

    expect(await refused({ EphemeralStorage: { Size: 20480 } })).toBe(
      "ValidationException: 1 validation error detected: Value '20480' at 'ephemeralStorage.size' failed to satisfy constraint: Member must have value less than or equal to 10240",
    );
    expect(
      await refused({
        FileSystemConfigs: [
          { Arn: EFS, LocalMountPath: '/mnt/efs', S3FilesConfig: { DirectS3Read: 'AUTO' } },
        ],
      }),
    ).toMatch(/^InvalidParameterValueException: /);
    expect(
      await refused({
        AcceleratorConfig: { AcceleratorMemorySize: 8 as unknown as AcceleratorMemoryGB },
      }),
    ).toMatch(/^ValidationException: .*acceleratorConfig.acceleratorMemorySize/);
    expect(
      await refused({
        AcceleratorConfig: { AcceleratorMemorySize: AcceleratorMemoryGB.MEMORY_24 },
        EphemeralStorage: { Size: 32768 },
      }),
    ).toBe('accepted');
    expect(await configurationOf(name)).toMatchObject({
      AcceleratorConfig: { AcceleratorMemorySize: 24 },
      EphemeralStorage: { Size: 32768 },
    });
  });
});
