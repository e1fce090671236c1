// reserved-concurrency and tags-mode through the bundled action against moto, read back from
// moto; a second identical run makes no write at all.
import {
  GetFunctionCommand,
  GetFunctionConcurrencyCommand,
  TagResourceCommand,
} from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, workspaceWithSource } from '../support/action-run.js';
import { createTestFunction, lambdaClient } from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { planOf } from '../support/plan-output.js';
import { userTags } from '../support/code-record.js';

const proxy = useFaultProxy();

/** A request that changes something: anything but a read. */
const write: RequestMatcher = ({ method }) => method !== 'GET' && method !== 'HEAD';

async function reserved(name: string): Promise<number | undefined> {
  return (await lambdaClient().send(new GetFunctionConcurrencyCommand({ FunctionName: name })))
    .ReservedConcurrentExecutions;
}

async function tagsOf(name: string): Promise<Record<string, string>> {
  return userTags((await lambdaClient().send(new GetFunctionCommand({ FunctionName: name }))).Tags);
}

async function functionAndWorkspace() {
  const name = await createTestFunction();
  return { name, workspace: await workspaceWithSource(`code of ${name}`) };
}

describe('reserved-concurrency', () => {
  it('sets it, changes nothing on a second run, then removes it with none', async () => {
    const { name, workspace } = await functionAndWorkspace();
    const inputs = { 'function-name': name, source: 'app', 'reserved-concurrency': '7' };

    const first = await runDeployAction(workspace, inputs, proxy().endpoint);
    expect(first.exitCode, runOutput(first)).toBe(0);
    expect(await reserved(name)).toBe(7);
    expect(planOf(first).reservedConcurrency).toEqual({ from: null, to: 7 });

    const writesBefore = proxy().count(write);
    const second = await runDeployAction(workspace, inputs, proxy().endpoint);
    expect(second.exitCode, runOutput(second)).toBe(0);
    expect(proxy().count(write)).toBe(writesBefore);
    expect(planOf(second).changes).toBe(false);

    const removed = await runDeployAction(
      workspace,
      { ...inputs, 'reserved-concurrency': 'none' },
      proxy().endpoint,
    );
    expect(removed.exitCode, runOutput(removed)).toBe(0);
    expect(await reserved(name)).toBeUndefined();
    expect(planOf(removed).reservedConcurrency).toEqual({ from: 7, to: null });
  });
});

describe('tags-mode', () => {
  it('replace removes the tags not listed, keeps the listed; a second run writes nothing', async () => {
    const { name, workspace } = await functionAndWorkspace();
    const { Configuration } = await lambdaClient().send(
      new GetFunctionCommand({ FunctionName: name }),
    );
    await lambdaClient().send(
      new TagResourceCommand({
        Resource: Configuration?.FunctionArn,
        Tags: { team: 'orders', owner: 'alice', stale: 'yes' },
      }),
    );
    const inputs = {
      'function-name': name,
      source: 'app',
      tags: 'team=orders\ncost-center=42',
      'tags-mode': 'replace',
    };

    const first = await runDeployAction(workspace, inputs, proxy().endpoint);
    expect(first.exitCode, runOutput(first)).toBe(0);
    expect(await tagsOf(name)).toEqual({ team: 'orders', 'cost-center': '42' });
    expect(planOf(first)).toMatchObject({
      tags: ['cost-center'],
      tagsRemoved: ['owner', 'stale'],
    });

    const writesBefore = proxy().count(write);
    const second = await runDeployAction(workspace, inputs, proxy().endpoint);
    expect(second.exitCode, runOutput(second)).toBe(0);
    expect(proxy().count(write)).toBe(writesBefore);
    expect(await tagsOf(name)).toEqual({ team: 'orders', 'cost-center': '42' });
  });

  it('merge (the default) leaves the tags not listed', async () => {
    const { name, workspace } = await functionAndWorkspace();
    const { Configuration } = await lambdaClient().send(
      new GetFunctionCommand({ FunctionName: name }),
    );
    await lambdaClient().send(
      new TagResourceCommand({ Resource: Configuration?.FunctionArn, Tags: { owner: 'alice' } }),
    );
    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', tags: 'team=orders' },
      proxy().endpoint,
    );
    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(await tagsOf(name)).toEqual({ owner: 'alice', team: 'orders' });
  });
});
