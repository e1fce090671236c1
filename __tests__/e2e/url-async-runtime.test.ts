// function-url-invoke-mode and function-url-cors, async-invoke-config, recursive-loop and
// runtime-update through the bundled action, read back through the proxy. Relies on the
// EMULATED parts of lambda-extras-emulation.ts: URL invoke modes and CORS per alias, event
// invoke configs per qualifier, recursion and runtime management configs (moto has none).
import {
  GetFunctionEventInvokeConfigCommand,
  GetFunctionRecursionConfigCommand,
  GetFunctionUrlConfigCommand,
  GetRuntimeManagementConfigCommand,
  PutRuntimeManagementConfigCommand,
} from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, workspaceWithSource } from '../support/action-run.js';
import { createTestFunction, lambdaClient } from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { planOf } from '../support/plan-output.js';

const proxy = useFaultProxy();

/** A request that changes something: anything but a read. */
const write: RequestMatcher = ({ method }) => method !== 'GET' && method !== 'HEAD';
const urlUpdate: RequestMatcher = ({ method, path }) => method === 'PUT' && path.endsWith('/url');

const CORS = {
  AllowOrigins: ['https://shop.example.com'],
  AllowMethods: ['GET', 'POST'],
  AllowHeaders: ['x-trace-id'],
  MaxAge: 300,
};
const RUNTIME_VERSION =
  'arn:aws:lambda:us-east-1::runtime:0bdff101a7b4e0589af824f244deb93200e4663c1a8c6b6eba3b4ea1a6b8ee1f';

async function functionAndWorkspace() {
  const name = await createTestFunction();
  return { name, workspace: await workspaceWithSource(`code of ${name}`) };
}

/** Runs the action through the proxy; fails the test with the run's output when it fails. */
async function deploy(workspace: string, inputs: Record<string, string>) {
  const run = await runDeployAction(workspace, inputs, proxy().endpoint);
  expect(run.exitCode, runOutput(run)).toBe(0);
  return run;
}

/** Runs it again with the same inputs: only reads, and a plan of no changes. */
async function rerunReadsOnly(workspace: string, inputs: Record<string, string>) {
  const writesBefore = proxy().count(write);
  const again = await deploy(workspace, inputs);
  expect(proxy().count(write)).toBe(writesBefore);
  expect(planOf(again).changes).toBe(false);
  return again;
}

describe('function-url-invoke-mode and function-url-cors', () => {
  it('creates the alias URL streaming with CORS, rereads only, and keeps both when only auth changes', async () => {
    const { name, workspace } = await functionAndWorkspace();
    const inputs = {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'function-url': 'public',
      'function-url-invoke-mode': 'RESPONSE_STREAM',
      'function-url-cors': JSON.stringify(CORS),
    };
    const first = await deploy(workspace, inputs);
    const url = () =>
      lambdaClient(proxy().endpoint).send(
        new GetFunctionUrlConfigCommand({ FunctionName: name, Qualifier: 'live' }),
      );
    expect(await url()).toMatchObject({
      AuthType: 'NONE',
      InvokeMode: 'RESPONSE_STREAM',
      Cors: CORS,
    });
    expect(planOf(first).functionUrl).toEqual({ action: 'create', auth: 'NONE' });

    await rerunReadsOnly(workspace, inputs);

    // Asked to change only the auth type: the streaming mode and CORS stay.
    const iam = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'function-url': 'iam',
    });
    expect(planOf(iam).functionUrl).toEqual({ action: 'update', auth: 'AWS_IAM' });
    expect(await url()).toMatchObject({
      AuthType: 'AWS_IAM',
      InvokeMode: 'RESPONSE_STREAM',
      Cors: CORS,
    });
    expect(proxy().jsonBodies(urlUpdate).at(-1)).toMatchObject({
      AuthType: 'AWS_IAM',
      InvokeMode: 'RESPONSE_STREAM',
      Cors: CORS,
    });

    // Only CORS changes: the plan names it, the mode stays.
    const narrower = { ...CORS, AllowMethods: ['GET'] };
    const cors = await deploy(workspace, {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'function-url': 'iam',
      'function-url-cors': JSON.stringify(narrower),
    });
    expect(planOf(cors).functionUrlChanges).toEqual([expect.stringMatching(/^Cors /)]);
    expect(await url()).toMatchObject({ InvokeMode: 'RESPONSE_STREAM', Cors: narrower });
  });

  it('refuses the invoke mode without function-url, before any request', async () => {
    const { name, workspace } = await functionAndWorkspace();
    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'function-url-invoke-mode': 'RESPONSE_STREAM' },
      proxy().endpoint,
    );
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      "Input 'function-url-invoke-mode': applies to a function URL: set function-url to public or iam",
    ]);
    expect(proxy().requests).toEqual([]);
  });
});

describe('async-invoke-config', () => {
  it('is put on the alias the release routes, rereads only, and is replaced whole when it changes', async () => {
    const { name, workspace } = await functionAndWorkspace();
    const failures = 'arn:aws:sqs:us-east-1:123456789012:orders-failed';
    const config = {
      MaximumRetryAttempts: 0,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnFailure: { Destination: failures } },
    };
    const inputs = {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'async-invoke-config': JSON.stringify(config),
    };
    const first = await deploy(workspace, inputs);
    const read = (qualifier?: string) =>
      lambdaClient(proxy().endpoint).send(
        new GetFunctionEventInvokeConfigCommand({ FunctionName: name, Qualifier: qualifier }),
      );
    expect(await read('live')).toMatchObject({
      ...config,
      FunctionArn: expect.stringMatching(/:live$/) as unknown,
    });
    await expect(read()).rejects.toThrow("doesn't have an EventInvokeConfig");
    expect(planOf(first).asyncInvokeConfig).toEqual({ qualifier: 'live', from: null, to: config });

    await rerunReadsOnly(workspace, inputs);

    const changed = await deploy(workspace, {
      ...inputs,
      'async-invoke-config': '{"MaximumRetryAttempts": 1}',
    });
    expect(planOf(changed).asyncInvokeConfig?.to).toEqual({ MaximumRetryAttempts: 1 });
    const now = await read('live');
    expect(now.MaximumRetryAttempts).toBe(1);
    expect(now.MaximumEventAgeInSeconds).toBeUndefined();
    expect(now.DestinationConfig?.OnFailure?.Destination).toBeUndefined();
  });
});

describe('recursive-loop and runtime-update', () => {
  it('sets both, rereads only, and moves back to auto without a version ARN', async () => {
    const { name, workspace } = await functionAndWorkspace();
    const inputs = {
      'function-name': name,
      source: 'app',
      'recursive-loop': 'allow',
      'runtime-update': 'manual',
      'runtime-version-arn': RUNTIME_VERSION,
    };
    const first = await deploy(workspace, inputs);
    const client = lambdaClient(proxy().endpoint);
    expect(
      (await client.send(new GetFunctionRecursionConfigCommand({ FunctionName: name })))
        .RecursiveLoop,
    ).toBe('Allow');
    expect(
      await client.send(new GetRuntimeManagementConfigCommand({ FunctionName: name })),
    ).toMatchObject({ UpdateRuntimeOn: 'Manual', RuntimeVersionArn: RUNTIME_VERSION });
    expect(planOf(first)).toMatchObject({
      recursiveLoop: { from: 'Terminate', to: 'Allow' },
      runtimeManagement: { from: 'Auto', to: `Manual (${RUNTIME_VERSION})` },
    });

    await rerunReadsOnly(workspace, inputs);

    await deploy(workspace, { 'function-name': name, source: 'app', 'runtime-update': 'auto' });
    const runtime = await client.send(
      new GetRuntimeManagementConfigCommand({ FunctionName: name }),
    );
    expect(runtime.UpdateRuntimeOn).toBe('Auto');
    expect(runtime.RuntimeVersionArn).toBeUndefined();
    const put = proxy().jsonBodies(
      ({ method, path }) => method === 'PUT' && path.endsWith('/runtime-management-config'),
    );
    expect(put.at(-1)).toEqual({ UpdateRuntimeOn: 'Auto' });
  });

  it('the emulation refuses a version ARN outside Manual, as Lambda does', async () => {
    const name = await createTestFunction();
    await expect(
      lambdaClient(proxy().endpoint).send(
        new PutRuntimeManagementConfigCommand({
          FunctionName: name,
          UpdateRuntimeOn: 'Auto',
          RuntimeVersionArn: RUNTIME_VERSION,
        }),
      ),
    ).rejects.toThrow('RuntimeVersionArn can only be set when UpdateRuntimeOn is Manual');
  });
});
