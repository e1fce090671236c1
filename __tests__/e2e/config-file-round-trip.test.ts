// config-file round trip of every setting of Lambda's 2025 and 2026 function kinds, end to end:
// dist/index.js against moto through a proxy. A source function is created by the action with
// the settings; what get-function-configuration (or get-function) answers for it, printed as
// the CLI prints it, is the config-file of a second function the action creates. EMULATED
// (default emulations of the proxy): DurableConfig, TenancyConfig and CapacityProviderConfig
// (lambda-2025-emulation.ts), RuntimeConfig, AcceleratorConfig, EphemeralStorage and S3 Files
// mounts (lambda-newest-fields-emulation.ts); layers are moto's own. Every read-back goes
// through the proxy. Run `npm run bundle` first.
//
// Two source functions, not one: a function on Lambda Managed Instances runs in the account's
// own capacity provider, with many requests per execution environment, while tenant isolation
// gives each tenant Lambda's own Firecracker environments; and accelerators and S3 Files mounts
// are settings of Lambda's fleet, not of a capacity provider. So the Managed Instances source
// carries CapacityProviderConfig with the common settings, and the other source the rest.
import {
  GetFunctionCommand,
  GetFunctionConfigurationCommand,
  PublishLayerVersionCommand,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { describe, expect, inject, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { lambdaClient, uniqueFunctionName, zipOf } from '../support/aws.js';
import { defaultEmulations, useFaultProxy, type ProxiedRequest } from '../support/fault-proxy.js';
import { Lambda2025State } from '../support/lambda-2025-emulation.js';
import { ACCOUNT_ID, REGION } from '../support/moto-account.js';
import { planOf } from '../support/plan-output.js';
import { writeFiles } from '../support/temp-dir.js';

const proxy = useFaultProxy((target) =>
  defaultEmulations(target, { lambda2025: new Lambda2025State() }),
);

const ARN = `${REGION}:${ACCOUNT_ID}`;
const RUNTIME = `arn:aws:lambda:${ARN}:runtime/python-cmr`;
const S3_FILES = `arn:aws:s3files:${ARN}:file-system/fs-0123456789abcdef0/access-point/fsap-0123456789abcdef0`;
const CAPACITY_PROVIDER = `arn:aws:lambda:${ARN}:capacity-provider:fleet-1`;

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

async function configurationOf(name: string): Promise<FunctionConfiguration> {
  return lambdaClient(proxy().endpoint).send(
    new GetFunctionConfigurationCommand({ FunctionName: name }),
  );
}

/** The answer as the CLI prints it: the API's JSON, without the SDK's $metadata. */
function asPrinted(answer: object): unknown {
  return JSON.parse(JSON.stringify({ ...answer, $metadata: undefined })) as unknown;
}

/** What `aws lambda <command> --function-name <name>` prints, through the proxy. */
async function printed(name: string, kind: 'configuration' | 'function'): Promise<unknown> {
  const client = lambdaClient(proxy().endpoint);
  return kind === 'configuration'
    ? asPrinted(await client.send(new GetFunctionConfigurationCommand({ FunctionName: name })))
    : asPrinted(await client.send(new GetFunctionCommand({ FunctionName: name })));
}

async function publishedLayer(name: string): Promise<string> {
  const published = await lambdaClient().send(
    new PublishLayerVersionCommand({
      LayerName: name,
      Content: { ZipFile: await zipOf({ 'nodejs/marker.js': `// ${name}\n` }) },
    }),
  );
  return published.LayerVersionArn ?? '';
}

interface Source {
  /** The source function's inputs besides function-name, source and create-if-missing. */
  readonly inputs: (name: string) => Promise<Record<string, string>>;
  /** The fields the copy must read back as the source does. */
  readonly fields: readonly (keyof FunctionConfiguration)[];
  /** The fields CreateFunction must carry for the copy: those Lambda takes only at creation. */
  readonly created: readonly (keyof FunctionConfiguration)[];
}

const SOURCES: Readonly<Record<'lambda fleet' | 'managed instances', Source>> = {
  'lambda fleet': {
    inputs: async (name) => ({
      'durable-config': '{"ExecutionTimeout":3600,"RetentionPeriodInDays":14}',
      'tenant-isolation': 'per-tenant',
      runtime: 'custom',
      'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'stable' }),
      'accelerator-memory-size': '48',
      // Not over 10240: moto refuses more in CreateFunction, and no emulation keeps it there.
      'ephemeral-storage': '10240',
      'file-systems': `${S3_FILES}=/mnt/shared`,
      'file-system-direct-s3-read': 'DISABLED',
      layers: await publishedLayer(`${name}-layer`),
      'memory-size': '1024',
      timeout: '30',
    }),
    fields: [
      'DurableConfig',
      'TenancyConfig',
      'Runtime',
      'RuntimeConfig',
      'AcceleratorConfig',
      'EphemeralStorage',
      'FileSystemConfigs',
      'Layers',
      'Handler',
      'Role',
      'MemorySize',
      'Timeout',
    ],
    created: ['DurableConfig', 'TenancyConfig'],
  },
  'managed instances': {
    inputs: () =>
      Promise.resolve({
        'capacity-provider-config': JSON.stringify({
          LambdaManagedInstancesCapacityProviderConfig: {
            CapacityProviderArn: CAPACITY_PROVIDER,
            PerExecutionEnvironmentMaxConcurrency: 8,
          },
        }),
        'memory-size': '2048',
        timeout: '60',
      }),
    fields: ['CapacityProviderConfig', 'Runtime', 'Handler', 'Role', 'MemorySize', 'Timeout'],
    created: ['CapacityProviderConfig'],
  },
};

describe('config-file round trip of a created function', () => {
  it.each([
    ['lambda fleet', 'get-function-configuration', 'configuration'],
    ['lambda fleet', 'get-function', 'function'],
    ['managed instances', 'get-function-configuration', 'configuration'],
    ['managed instances', 'get-function', 'function'],
  ] as const)(
    "%s: %s's output of the source creates a copy with create-if-missing, then only reads",
    async (kind, _command, answer) => {
      const { inputs, fields, created } = SOURCES[kind];
      const source = uniqueFunctionName('round-source');
      const sourceSpace = await workspaceWithSource(`code of ${source}`);
      expectSucceeded(
        await deploy(sourceSpace, {
          'function-name': source,
          source: 'app',
          'create-if-missing': 'true',
          role: inject('testRoleArn'),
          runtime: 'nodejs22.x',
          handler: 'index.handler',
          ...(await inputs(source)),
        }),
      );
      const original = await configurationOf(source);

      // The copy: role, runtime and handler come from the file too, as every other setting.
      const copy = uniqueFunctionName('round-copy');
      const workspace = await workspaceWithSource(`code of ${copy}`);
      await writeFiles(workspace, {
        'lambda/function.json': JSON.stringify(await printed(source, answer), null, 2),
      });
      const copyInputs = {
        'function-name': copy,
        source: 'app',
        'config-file': 'lambda/function.json',
        'create-if-missing': 'true',
      };

      const first = await deploy(workspace, copyInputs);

      expectSucceeded(first);
      const copied = await configurationOf(copy);
      for (const field of fields) {
        expect(original[field], field).toBeDefined();
        expect(copied[field], field).toEqual(original[field]);
      }
      const creates = first.requests.filter(
        (request) => request.method === 'POST' && request.path === '/2015-03-31/functions',
      );
      expect(creates).toHaveLength(1);
      const body = JSON.parse(creates[0]?.body ?? '{}') as Record<string, unknown>;
      for (const field of created) expect(body[field], field).toEqual(original[field]);
      // Lambda's default log group of the source, /aws/lambda/<source>, is not the copy's.
      expect(copied.LoggingConfig?.LogGroup).toBe(`/aws/lambda/${copy}`);
      // The code is the copy's own package: get-function's Code (where the source's code is)
      // is read-only, named and left alone.
      expect(copied.CodeSha256).not.toBe(original.CodeSha256);
      const notice = first.run.stdout.split('\n').find((line) => line.startsWith('::notice'));
      expect(notice).toContain('that Lambda reports but this action does not set: ');
      expect(notice).toContain('FunctionArn');
      expect(notice).toContain('CodeSha256');
      expect(notice).toContain('LoggingConfig.LogGroup');
      if (answer === 'function') {
        expect(notice).toMatch(/: (.*, )?Code(,|$)/);
        // get-function prints the source's tags, the action's fingerprint record among them.
        expect(notice).toContain('Tags.lambda-deploy:code-fingerprint');
      }
      // Names, never values.
      expect(notice).not.toContain(source);
      expect(notice).not.toContain(original.CodeSha256);

      const again = await deploy(workspace, copyInputs);
      expectSucceeded(again);
      expect(writesOf(again), runOutput(again.run)).toEqual([]);
      expect(planOf(again.run)).toMatchObject({ configuration: [] });
      expect(again.run.outputs['deployed']).toBe('false');
    },
  );
});
