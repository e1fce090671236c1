import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { describe, expect, inject, it } from 'vitest';
import {
  runDeployAction,
  summaryCell,
  workspaceWithSource,
  changeSource,
  runOutput,
} from '../support/action-run.js';
import { lambdaClient, readFunction, uniqueFunctionName } from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { updateFunctionCode } from '../support/lambda-faults.js';
import { aliasRouting } from '../support/lambda-state.js';
import { digestOf } from '../support/package-fixtures.js';
import { isWrite } from '../support/s3.js';
import { userTags } from '../support/code-record.js';

const proxy = useFaultProxy();

/** CreateFunction: POST /2015-03-31/functions. */
const createFunction: RequestMatcher = ({ method, path }) =>
  method === 'POST' && path === '/2015-03-31/functions';

/** What create-if-missing needs: a role moto knows, a runtime and a handler. */
function creation(): Record<string, string> {
  return {
    'create-if-missing': 'true',
    role: inject('testRoleArn'),
    runtime: 'nodejs20.x',
    handler: 'index.handler',
  };
}

describe('the bundled action with create-if-missing', () => {
  it('creates a missing function with the settings given, then updates it on the next run', async () => {
    const name = uniqueFunctionName('create');
    const workspace = await workspaceWithSource(`first code of ${name}`);
    const inputs = {
      'function-name': name,
      source: 'app',
      ...creation(),
      'memory-size': '256',
      tags: 'team=payments\nstage=dev',
    };

    const first = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(first.exitCode, runOutput(first)).toBe(0);
    const created = await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }));
    expect(created.Configuration).toMatchObject({
      FunctionName: name,
      Runtime: 'nodejs20.x',
      Handler: 'index.handler',
      Role: inject('testRoleArn'),
      MemorySize: 256,
      State: 'Active',
    });
    expect(userTags(created.Tags)).toEqual({ team: 'payments', stage: 'dev' });
    const packaged = await digestOf(first.outputs['package-path'] ?? '');
    expect(created.Configuration?.CodeSha256).toBe(packaged.sha256);
    expect(first.outputs).toMatchObject({
      'function-arn': created.Configuration?.FunctionArn,
      'function-name': name,
      'code-sha256': packaged.sha256,
      deployed: 'true',
    });
    expect(proxy().count(createFunction)).toBe(1);
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
    expect(summaryCell(first.summary, 'Create function')).toBeDefined();
    expect(summaryCell(first.summary, 'Update code')).toBeUndefined();
    const firstRequests = proxy().requests.length;

    await changeSource(workspace, `second code of ${name}`);
    const second = await runDeployAction(workspace, inputs, proxy().endpoint);

    expect(second.exitCode, runOutput(second)).toBe(0);
    const secondRequests = proxy().requests.slice(firstRequests);
    expect(secondRequests.filter(createFunction)).toEqual([]);
    expect(secondRequests.filter(updateFunctionCode(name))).toHaveLength(1);
    expect(second.outputs['deployed']).toBe('true');
    expect(second.outputs['code-sha256']).not.toBe(first.outputs['code-sha256']);
    const updated = await readFunction(name);
    expect(updated.CodeSha256).toBe(second.outputs['code-sha256']);
    expect(updated.FunctionArn).toBe(created.Configuration?.FunctionArn);
    expect(updated.MemorySize).toBe(256);
    expect(summaryCell(second.summary, 'Update code')).toBeDefined();
    expect(summaryCell(second.summary, 'Create function')).toBeUndefined();
  });

  it('creates the function and releases it: version 1 behind the alias', async () => {
    const name = uniqueFunctionName('create-alias');
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', ...creation(), alias: 'live' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const functionArn = run.outputs['function-arn'] ?? '';
    expect(run.outputs).toMatchObject({
      deployed: 'true',
      version: '1',
      'alias-arn': `${functionArn}:live`,
    });
    expect(await aliasRouting(name, 'live')).toEqual({ version: '1', weights: {} });
  });

  it('without create-if-missing fails on a missing function, naming it, and creates nothing', async () => {
    const name = uniqueFunctionName('missing');
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'memory-size': '256' },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringContaining(`function '${name}' does not exist in us-east-1`),
    ]);
    expect(proxy().requests.length).toBeGreaterThan(0);
    expect(proxy().requests.filter(isWrite)).toEqual([]);
    expect(run.outputs).not.toHaveProperty('function-arn');
    expect(run.outputs).not.toHaveProperty('deployed');
  });

  it.each(['role', 'runtime', 'handler'])(
    'fails before any AWS request when create-if-missing is true without %s',
    async (input) => {
      const name = uniqueFunctionName('no-input');
      const workspace = await workspaceWithSource(`code of ${name}`);
      const inputs = Object.fromEntries(
        Object.entries({ 'function-name': name, source: 'app', ...creation() }).filter(
          ([key]) => key !== input,
        ),
      );

      const run = await runDeployAction(workspace, inputs, proxy().endpoint);

      expect(run.exitCode).toBe(1);
      expect(run.errors).toEqual([expect.stringContaining(`Input '${input}'`)]);
      expect(run.errors[0]).toContain('create-if-missing');
      expect(proxy().requests).toEqual([]);
    },
  );
});
