// The update that sets Lambda's 2026 settings (RuntimeConfig, AcceleratorConfig with more than
// 10240 MB of /tmp, an S3 Files mount with S3FilesConfig) when it fails: once before it reaches
// Lambda, once applied with its answer lost. Either way the run ends with the function as asked
// and a second run only reads. EMULATED (lambda-newest-fields-emulation.ts): moto keeps none of
// these fields; the proxy keeps them, and a lost answer is lost after the emulation kept them.
import { GetFunctionConfigurationCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, workspaceWithSource } from '../support/action-run.js';
import { createTestFunction, lambdaClient, uniqueFunctionName } from '../support/aws.js';
import { useFaultProxy, type FaultBehaviour, type ProxiedRequest } from '../support/fault-proxy.js';
import { updateFunctionConfiguration } from '../support/lambda-faults.js';
import { ACCOUNT_ID, REGION } from '../support/moto-account.js';

const proxy = useFaultProxy();

const RUNTIME = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:runtime/python-cmr`;
const S3_FILES = `arn:aws:s3files:${REGION}:${ACCOUNT_ID}:file-system/fs-0123456789abcdef0/access-point/fsap-0123456789abcdef0`;

const CASES: readonly {
  readonly fault: string;
  readonly behaviour: FaultBehaviour;
  /** How many of the run's updates moto applied. */
  readonly applied: number;
}[] = [
  { fault: 'never reaches Lambda (connection reset)', behaviour: { kind: 'reset' }, applied: 1 },
  {
    fault: 'is applied and its answer lost',
    behaviour: { kind: 'drop-answer' },
    // The retry sends the same settings again: Lambda applies them again, to the same end.
    applied: 2,
  },
];

/** Lambda writes: not reads, and not another service's JSON call (POST /). */
function writes(requests: readonly ProxiedRequest[]): string[] {
  return requests
    .filter((request) => !['GET', 'HEAD'].includes(request.method) && request.path !== '/')
    .map((request) => `${request.method} ${request.path}`);
}

describe('the bundled action when the update of the newest settings fails once', () => {
  it.for(CASES)('ends as asked when the update $fault', async ({ behaviour, applied }) => {
    const name = await createTestFunction(uniqueFunctionName('newest-fault'));
    const workspace = await workspaceWithSource(`code of ${name}`);
    const inputs = {
      'function-name': name,
      source: 'app',
      runtime: 'custom',
      'runtime-config': JSON.stringify({ RuntimeArn: RUNTIME, RuntimeAlias: 'stable' }),
      'accelerator-memory-size': '16',
      'ephemeral-storage': '16384',
      'file-systems': `${S3_FILES}=/mnt/data`,
      'file-system-direct-s3-read': 'ENABLED',
    };
    const update = updateFunctionConfiguration(name);
    const fault = proxy().inject({ match: update, behaviour, times: 1 });

    const run = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(fault.used).toBe(1);
    const sent = proxy().requests.filter(update);
    expect(sent.filter((request) => request.status === 200)).toHaveLength(applied);
    expect(new Set(sent.map((request) => request.body)).size).toBe(1);
    const configuration = await lambdaClient(proxy().endpoint).send(
      new GetFunctionConfigurationCommand({ FunctionName: name }),
    );
    expect(configuration).toMatchObject({
      Runtime: 'custom',
      RuntimeConfig: { RuntimeArn: RUNTIME, RuntimeAlias: 'stable' },
      AcceleratorConfig: { AcceleratorMemorySize: 16 },
      EphemeralStorage: { Size: 16384 },
      FileSystemConfigs: [
        { Arn: S3_FILES, LocalMountPath: '/mnt/data', S3FilesConfig: { DirectS3Read: 'ENABLED' } },
      ],
    });

    const from = proxy().requests.length;
    const again = await runDeployAction(workspace, inputs, proxy().endpoint);
    expect(again.exitCode, runOutput(again)).toBe(0);
    expect(writes(proxy().requests.slice(from))).toEqual([]);
  });
});
