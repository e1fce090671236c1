import {
  GetFunctionCommand,
  PublishLayerVersionCommand,
  UpdateFunctionConfigurationCommand,
} from '@aws-sdk/client-lambda';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLambdaRole } from '../../scripts/lib/moto-server.mjs';
import {
  runDeployAction,
  summaryCell,
  workspaceWithSource,
  runOutput,
} from '../support/action-run.js';
import {
  createTestFunction,
  lambdaClient,
  motoEndpoint,
  readFunction,
  zipOf,
} from '../support/aws.js';
import { useFaultProxy, type FaultRule, type RequestMatcher } from '../support/fault-proxy.js';
import {
  getFunction,
  updateFunctionCode,
  tagResource,
  updateFunctionConfiguration,
} from '../support/lambda-faults.js';
import { userTags } from '../support/code-record.js';

const proxy = useFaultProxy();

/** Sets `fields` in GetFunction's Configuration once moto has accepted a request `after`. */
function reportConfiguration(
  name: string,
  after: RequestMatcher,
  fields: Readonly<Record<string, unknown>>,
): FaultRule {
  return {
    match: getFunction(name),
    after,
    behaviour: {
      kind: 'rewrite-json',
      rewrite: (body) => {
        const answer = body as { Configuration: Record<string, unknown> };
        return { ...answer, Configuration: { ...answer.Configuration, ...fields } };
      },
    },
  };
}

async function publishLayer(label: string): Promise<string> {
  const response = await lambdaClient().send(
    new PublishLayerVersionCommand({
      LayerName: `ld-e2e-${label}-${randomUUID().slice(0, 8)}`,
      Content: { ZipFile: await zipOf({ [`nodejs/${label}.js`]: `// ${label}\n` }) },
    }),
  );
  if (response.LayerVersionArn === undefined) throw new Error('moto returned no layer ARN');
  return response.LayerVersionArn;
}

async function tagsOf(name: string): Promise<Record<string, string>> {
  return userTags((await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }))).Tags);
}

/** A new function in moto and a workspace whose `app/` it does not run yet. */
async function functionAndWorkspace() {
  const name = await createTestFunction();
  return { name, workspace: await workspaceWithSource(`code of ${name}`) };
}

describe('the bundled action configures the function', () => {
  it('sets every setting and the tags, then makes no change on a second run', async () => {
    const { name, workspace } = await functionAndWorkspace();
    const role = await createLambdaRole(motoEndpoint(), `ld-e2e-${randomUUID().slice(0, 8)}`);
    const layers = [await publishLayer('deps'), await publishLayer('otel')];
    const inputs = {
      'function-name': name,
      source: 'app',
      handler: 'index.handler',
      runtime: 'nodejs22.x',
      'memory-size': '1024',
      timeout: '45',
      description: 'Orders API',
      role,
      'ephemeral-storage': '2048',
      layers: layers.join('\n'),
      environment: 'STAGE=prod\nDATABASE_URL=postgres://u:p=w,x@db/orders?a=b,c=d\n',
      tags: 'team=orders\ncost-center=42',
    };
    // moto ignores EphemeralStorage in UpdateFunctionConfiguration; once it was sent,
    // GetFunction reports it as Lambda would.
    proxy().inject(
      reportConfiguration(name, updateFunctionConfiguration(name), {
        EphemeralStorage: { Size: 2048 },
      }),
    );

    const first = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(first.exitCode, runOutput(first)).toBe(0);
    const inMoto = await readFunction(name);
    expect(inMoto).toMatchObject({
      Handler: 'index.handler',
      Runtime: 'nodejs22.x',
      MemorySize: 1024,
      Timeout: 45,
      Description: 'Orders API',
      Role: role,
      Environment: {
        Variables: { STAGE: 'prod', DATABASE_URL: 'postgres://u:p=w,x@db/orders?a=b,c=d' },
      },
    });
    expect(inMoto.Layers?.map((layer) => layer.Arn)).toEqual(layers);
    expect(await tagsOf(name)).toEqual({ team: 'orders', 'cost-center': '42' });
    expect(proxy().jsonBodies(updateFunctionConfiguration(name))).toEqual([
      expect.objectContaining({ EphemeralStorage: { Size: 2048 } }),
    ]);
    expect(first.outputs['deployed']).toBe('true');
    expect(summaryCell(first.summary, 'Setting memory-size')).toBe('128 → 1024');
    expect(summaryCell(first.summary, 'Setting timeout')).toBe('3 → 45');
    expect(summaryCell(first.summary, 'Setting runtime')).toBe('nodejs20.x → nodejs22.x');
    expect(summaryCell(first.summary, 'Setting ephemeral-storage')).toBe('512 → 2048');
    // The handler was already index.handler: no row for it.
    expect(summaryCell(first.summary, 'Setting handler')).toBeUndefined();

    const second = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(second.exitCode, runOutput(second)).toBe(0);
    expect(proxy().count(updateFunctionConfiguration(name))).toBe(1);
    // The user's tags and the action's record of the code, each once.
    expect(proxy().count(tagResource(name))).toBe(2);
    expect(second.outputs['deployed']).toBe('false');
    expect(second.summary).not.toContain('<td>Setting ');
  });

  it('never shows an environment value in the log, and names it alone in the summary', async () => {
    const { name, workspace } = await functionAndWorkspace();

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', environment: 'SECRET=hunter2-secret' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect((await readFunction(name)).Environment?.Variables).toEqual({ SECRET: 'hunter2-secret' });
    // The runner consumes ::add-mask:: lines and masks the value everywhere after.
    expect(run.stdout.split('\n')).toContain('::add-mask::hunter2-secret');
    const shown = `${run.stdout}\n${run.stderr}`
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.filter((line) => line.includes('hunter2-secret'))).toEqual([]);
    expect(summaryCell(run.summary, 'Setting environment')).toBe('(none) → SECRET (added)');
    expect(run.summary).not.toContain('hunter2-secret');
  });

  it('registers no mask for an empty value', async () => {
    const { name, workspace } = await functionAndWorkspace();

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', environment: 'EMPTY=\nSECRET=hunter2-secret' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect((await readFunction(name)).Environment?.Variables).toEqual({
      EMPTY: '',
      SECRET: 'hunter2-secret',
    });
    const masks = run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
    expect(masks).toContain('::add-mask::hunter2-secret');
    expect(masks).not.toContain('::add-mask::');
  });

  it('never shows a value in the error for a malformed environment line', async () => {
    const { name, workspace } = await functionAndWorkspace();

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', environment: 'STAGE=prod\nSECRET: hunter2-secret' },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining("Input 'environment'")]);
    expect(`${run.stdout}\n${run.stderr}`).not.toContain('hunter2-secret');
  });

  it('environment-mode merge keeps a variable the function has; replace removes it', async () => {
    const { name, workspace } = await functionAndWorkspace();
    await lambdaClient().send(
      new UpdateFunctionConfigurationCommand({
        FunctionName: name,
        Environment: { Variables: { EXISTING: 'set elsewhere' } },
      }),
    );
    const environment = 'LIST=a=1,b=2';

    const merged = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', environment, 'environment-mode': 'merge' },
      motoEndpoint(),
    );

    expect(merged.exitCode, runOutput(merged)).toBe(0);
    expect((await readFunction(name)).Environment?.Variables).toEqual({
      EXISTING: 'set elsewhere',
      LIST: 'a=1,b=2',
    });

    const replaced = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', environment, 'environment-mode': 'replace' },
      motoEndpoint(),
    );

    expect(replaced.exitCode, runOutput(replaced)).toBe(0);
    expect((await readFunction(name)).Environment?.Variables).toEqual({ LIST: 'a=1,b=2' });
    expect(summaryCell(replaced.summary, 'Setting environment')).toBe(
      'EXISTING, LIST → EXISTING (removed), LIST',
    );
  });

  it('sends a new architecture with the code, even when the code is unchanged', async () => {
    const { name, workspace } = await functionAndWorkspace();
    const first = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      motoEndpoint(),
    );
    expect(first.exitCode, runOutput(first)).toBe(0);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', architectures: 'arm64' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['deployed']).toBe('true');
    // moto ignores Architectures in UpdateFunctionCode: check what was sent.
    expect(proxy().jsonBodies(updateFunctionCode(name))).toEqual([
      expect.objectContaining({ Architectures: ['arm64'] }),
    ]);
  });

  it('shows the architecture change in the summary like any other setting', async () => {
    const { name, workspace } = await functionAndWorkspace();

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', architectures: 'arm64' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(summaryCell(run.summary, 'Setting architectures')).toBe('x86_64 → arm64');
  });

  it("fails with Lambda's reason when the configuration update fails, before the code", async () => {
    const { name, workspace } = await functionAndWorkspace();
    const reason = 'The role defined for the function cannot be assumed by Lambda.';
    proxy().inject(
      reportConfiguration(name, updateFunctionConfiguration(name), {
        LastUpdateStatus: 'Failed',
        LastUpdateStatusReason: reason,
        LastUpdateStatusReasonCode: 'InvalidRole',
      }),
    );

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'memory-size': '256', 'wait-timeout': '30' },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining(reason)]);
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
    expect(run.outputs).not.toHaveProperty('deployed');
  });
});
