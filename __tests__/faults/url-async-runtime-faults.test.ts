// Writes of function-url-invoke-mode / function-url-cors, async-invoke-config, recursive-loop,
// runtime-update and code-storage reference that fail, both ways: the request never reaches
// AWS (the proxy resets every attempt), or AWS applies it and the answer is lost (every
// attempt). A lost answer is read back and the run carries on; a request that never arrives
// fails the run naming the call and what it left done, leaves the setting as it was, and the
// same step run again finishes the job. Relies on the EMULATED parts of
// lambda-extras-emulation.ts (moto has none of these configs).
import {
  GetFunctionEventInvokeConfigCommand,
  GetFunctionRecursionConfigCommand,
  GetFunctionUrlConfigCommand,
  GetRuntimeManagementConfigCommand,
} from '@aws-sdk/client-lambda';
import { ListObjectVersionsCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import {
  changeSource,
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, lambdaClient } from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { answerLost } from '../support/lambda-faults.js';
import { createTestBucket, s3Client } from '../support/s3.js';

const proxy = useFaultProxy();

const write: RequestMatcher = ({ method }) => method !== 'GET' && method !== 'HEAD';

/** PUT of one of Lambda's per-function sub-resources of `name` (…/functions/<name>/<what>). */
function put(name: string, what: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'PUT' && new RegExp(`/functions/${name}/${what}/?$`).test(path);
}

/**
 * Every attempt of the request never reaches AWS (the connection is reset instead) until the
 * returned function is called: then the network is well again.
 */
function neverArrives(match: RequestMatcher): () => void {
  let down = true;
  proxy().inject({ match: (request) => down && match(request), behaviour: { kind: 'reset' } });
  return () => {
    down = false;
  };
}

async function run(workspace: string, inputs: Record<string, string>): Promise<DeployRun> {
  return runDeployAction(workspace, inputs, proxy().endpoint);
}

async function deploy(workspace: string, inputs: Record<string, string>): Promise<DeployRun> {
  const done = await run(workspace, inputs);
  expect(done.exitCode, runOutput(done)).toBe(0);
  return done;
}

/** The same step again without faults: it makes only the writes `expected` picks. */
async function finishedByRerun(
  workspace: string,
  inputs: Record<string, string>,
  expected: RequestMatcher,
): Promise<void> {
  const before = proxy().requests.length;
  await deploy(workspace, inputs);
  const writes = proxy().requests.slice(before).filter(write);
  expect(writes.length).toBeGreaterThan(0);
  expect(writes.filter((request) => !expected(request))).toEqual([]);
}

const lambda = () => lambdaClient(proxy().endpoint);

describe('async-invoke-config when its write fails', () => {
  const config = { MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 600 };

  it('reads back a lost answer and carries on', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource('code');
    const inputs = {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'async-invoke-config': JSON.stringify(config),
    };
    const fault = proxy().inject(answerLost(put(name, 'event-invoke-config')));
    const done = await deploy(workspace, inputs);
    expect(fault.used).toBeGreaterThan(0);
    expect(done.stdout).toContain('PutFunctionEventInvokeConfig: the change is in place as asked');
    expect(
      await lambda().send(
        new GetFunctionEventInvokeConfigCommand({ FunctionName: name, Qualifier: 'live' }),
      ),
    ).toMatchObject(config);
  });

  it('fails naming the call when it never arrives, after the release, and a rerun sets it', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource('code');
    const inputs = {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'async-invoke-config': JSON.stringify(config),
    };
    const heal = neverArrives(put(name, 'event-invoke-config'));
    const failed = await run(workspace, inputs);
    expect(failed.exitCode, runOutput(failed)).toBe(1);
    expect(failed.errors).toEqual([
      expect.stringMatching(
        /^Could not set the asynchronous invocation config of alias 'live' .*Version 1 was published and alias 'live' routes 1\. The asynchronous invocation config was not set\.$/,
      ),
    ]);
    await expect(
      lambda().send(
        new GetFunctionEventInvokeConfigCommand({ FunctionName: name, Qualifier: 'live' }),
      ),
    ).rejects.toThrow("doesn't have an EventInvokeConfig");

    heal();
    await finishedByRerun(workspace, inputs, put(name, 'event-invoke-config'));
    expect(
      await lambda().send(
        new GetFunctionEventInvokeConfigCommand({ FunctionName: name, Qualifier: 'live' }),
      ),
    ).toMatchObject(config);
  });
});

describe('recursive-loop and runtime-update when their writes fail', () => {
  const VERSION =
    'arn:aws:lambda:us-east-1::runtime:9f0e5b1c2d3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e';
  const settings = (name: string) => ({
    'function-name': name,
    source: 'app',
    'recursive-loop': 'allow',
    'runtime-update': 'manual',
    'runtime-version-arn': VERSION,
  });
  const state = async (name: string) => ({
    loop: (await lambda().send(new GetFunctionRecursionConfigCommand({ FunctionName: name })))
      .RecursiveLoop,
    runtime: (await lambda().send(new GetRuntimeManagementConfigCommand({ FunctionName: name })))
      .UpdateRuntimeOn,
  });

  it('reads back lost answers and carries on', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource('code');
    const faults = [
      proxy().inject(answerLost(put(name, 'recursion-config'))),
      proxy().inject(answerLost(put(name, 'runtime-management-config'))),
    ];
    const done = await deploy(workspace, settings(name));
    expect(faults.map((fault) => fault.used > 0)).toEqual([true, true]);
    expect(done.stdout).toContain('PutFunctionRecursionConfig: the change is in place as asked');
    expect(done.stdout).toContain('PutRuntimeManagementConfig: the change is in place as asked');
    expect(await state(name)).toEqual({ loop: 'Allow', runtime: 'Manual' });
  });

  it('fails before any code change when one never arrives, and a rerun sets both', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource('code');
    const heal = neverArrives(put(name, 'runtime-management-config'));
    const failed = await run(workspace, settings(name));
    expect(failed.exitCode, runOutput(failed)).toBe(1);
    expect(failed.errors).toEqual([
      expect.stringMatching(
        /^Could not set the runtime management config .*No version was published and no alias moved/,
      ),
    ]);
    expect((await state(name)).runtime).toBe('Auto');
    // Nothing after the settings ran: no code update, no version.
    expect(proxy().count(({ method, path }) => method === 'PUT' && path.endsWith('/code'))).toBe(0);
    expect(
      proxy().count(({ method, path }) => method === 'POST' && path.endsWith('/versions')),
    ).toBe(0);

    heal();
    await deploy(workspace, settings(name));
    expect(await state(name)).toEqual({ loop: 'Allow', runtime: 'Manual' });
  });
});

describe('function-url-invoke-mode and CORS when the URL update fails', () => {
  const CORS = { AllowOrigins: ['https://app.example.com'], MaxAge: 60 };
  const streaming = (name: string) => ({
    'function-name': name,
    source: 'app',
    alias: 'live',
    'function-url': 'public',
    'function-url-invoke-mode': 'RESPONSE_STREAM',
    'function-url-cors': JSON.stringify(CORS),
  });
  const url = (name: string) =>
    lambda().send(new GetFunctionUrlConfigCommand({ FunctionName: name, Qualifier: 'live' }));

  it('reads back a lost answer and carries on', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource('code');
    await deploy(workspace, {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'function-url': 'public',
    });
    const fault = proxy().inject(answerLost(put(name, 'url')));
    await deploy(workspace, streaming(name));
    expect(fault.used).toBeGreaterThan(0);
    expect(await url(name)).toMatchObject({ InvokeMode: 'RESPONSE_STREAM', Cors: CORS });
  });

  it('fails naming the call when it never arrives, keeps the URL as it was, and a rerun updates it', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource('code');
    await deploy(workspace, {
      'function-name': name,
      source: 'app',
      alias: 'live',
      'function-url': 'public',
    });
    const heal = neverArrives(put(name, 'url'));
    const failed = await run(workspace, streaming(name));
    expect(failed.exitCode, runOutput(failed)).toBe(1);
    expect(failed.errors).toEqual([
      expect.stringMatching(
        /^Could not set up the function URL \(alias 'live' .*The function URL was not set up\.$/,
      ),
    ]);
    const before = await url(name);
    expect(before.InvokeMode).toBe('BUFFERED');
    expect(before.Cors).toBeUndefined();

    heal();
    await finishedByRerun(workspace, streaming(name), put(name, 'url'));
    expect(await url(name)).toMatchObject({ InvokeMode: 'RESPONSE_STREAM', Cors: CORS });
  });
});

describe('code-storage reference: deleting a pruned package object', () => {
  /** DELETE of one object version in `bucket`. */
  const deleteVersion =
    (bucket: string): RequestMatcher =>
    ({ method, path, query }) =>
      method === 'DELETE' && path.startsWith(`/${bucket}/`) && query.includes('versionId=');

  async function twoVersions() {
    const name = await createTestFunction();
    const bucket = await createTestBucket('prune', { versioned: true });
    const workspace = await workspaceWithSource('code A');
    const inputs = {
      'function-name': name,
      source: 'app',
      alias: 'live',
      's3-bucket': bucket,
      'code-storage': 'reference',
    };
    await deploy(workspace, inputs);
    await changeSource(workspace, 'code B');
    return { bucket, workspace, inputs: { ...inputs, 'keep-versions': '1' } };
  }

  const objectCount = async (bucket: string) =>
    ((await s3Client().send(new ListObjectVersionsCommand({ Bucket: bucket }))).Versions ?? [])
      .length;

  it('carries on when the delete was applied and its answer lost', async () => {
    const { bucket, workspace, inputs } = await twoVersions();
    const fault = proxy().inject(answerLost(deleteVersion(bucket), 1));
    const done = await deploy(workspace, inputs);
    expect(fault.used).toBe(1);
    expect(done.stdout).toContain('keep-versions: deleted s3://');
    expect(await objectCount(bucket)).toBe(1);
  });

  it('warns, keeps the release, and keeps the object when the delete never arrives', async () => {
    const { bucket, workspace, inputs } = await twoVersions();
    neverArrives(deleteVersion(bucket));
    const done = await deploy(workspace, inputs);
    expect(done.stdout).toMatch(/::warning::keep-versions: package objects: 0 deleted, then /);
    expect(done.outputs['version']).toBe('2');
    expect(await objectCount(bucket)).toBe(2);
  });
});
