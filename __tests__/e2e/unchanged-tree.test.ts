// An unchanged source tree is not built again: the bundled action, run against moto through
// the recording proxy, finds the tree's fingerprint in the tag it wrote with the code, and
// makes no upload; anything that changes the zip, or the function's code, builds again.
import { GetFunctionCommand, UpdateFunctionCodeCommand } from '@aws-sdk/client-lambda';
import { appendFile, chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, workspaceWithSource } from '../support/action-run.js';
import { createTestFunction, lambdaClient, zipOf } from '../support/aws.js';
import { useFaultProxy, type RequestMatcher } from '../support/fault-proxy.js';
import { tagResource, updateFunctionCode } from '../support/lambda-faults.js';
import { planGroupLines, planOf } from '../support/plan-output.js';

const proxy = useFaultProxy();

const TAG = 'lambda-deploy:code-fingerprint';
const write: RequestMatcher = ({ method }) => method !== 'GET' && method !== 'HEAD';

async function functionNow(name: string) {
  const { Configuration, Tags } = await lambdaClient().send(
    new GetFunctionCommand({ FunctionName: name }),
  );
  return { sha256: Configuration?.CodeSha256, size: Configuration?.CodeSize, tags: Tags ?? {} };
}

async function deploy(workspace: string, name: string, more: Record<string, string> = {}) {
  const run = await runDeployAction(
    workspace,
    { 'function-name': name, source: 'app', ...more },
    proxy().endpoint,
  );
  expect(run.exitCode, runOutput(run)).toBe(0);
  return run;
}

async function deployedOnce() {
  const name = await createTestFunction();
  const workspace = await workspaceWithSource(`code of ${name}`);
  const first = await deploy(workspace, name);
  expect(first.outputs['deployed']).toBe('true');
  return { name, workspace, first };
}

describe('an unchanged tree', () => {
  it('is recorded with its code, then skipped without a build, an upload or any write', async () => {
    const { name, workspace, first } = await deployedOnce();
    const recorded = await functionNow(name);
    expect(recorded.sha256).toBe(first.outputs['code-sha256']);
    expect(recorded.tags[TAG]).toMatch(
      new RegExp(`^[A-Za-z0-9+/]{43}= ${escape(recorded.sha256 ?? '')} ${recorded.size}$`),
    );

    const writesBefore = proxy().count(write);
    const second = await deploy(workspace, name);
    expect(proxy().count(write)).toBe(writesBefore);
    expect(proxy().count(updateFunctionCode(name))).toBe(1);
    expect(planOf(second).code).toEqual({
      action: 'skip',
      from: recorded.sha256,
      to: recorded.sha256,
      byFingerprint: true,
    });
    expect(planGroupLines(second.stdout)).toContain(
      `Code: unchanged (by fingerprint) (${recorded.sha256})`,
    );
    // The outputs mean what they did: the code the function runs, and no zip was made.
    expect(second.outputs['deployed']).toBe('false');
    expect(second.outputs['code-sha256']).toBe(recorded.sha256);
    expect(second.outputs['code-size']).toBe(String(recorded.size));
    expect(second.outputs['package-path']).toBe('');
  });

  it.each([
    ['a one-byte change', (app: string) => appendFile(path.join(app, 'index.js'), ' ')],
    ['a mode change', (app: string) => chmod(path.join(app, 'index.js'), 0o755)],
    ['a new empty directory', (app: string) => mkdir(path.join(app, 'empty'))],
  ])('builds and deploys again after %s', async (_, change) => {
    const { name, workspace, first } = await deployedOnce();
    await change(path.join(workspace, 'app'));
    const second = await deploy(workspace, name);
    expect(second.outputs['deployed']).toBe('true');
    expect(second.outputs['code-sha256']).not.toBe(first.outputs['code-sha256']);
    expect(planOf(second).code.action).toBe('update');
    expect(proxy().count(updateFunctionCode(name))).toBe(2);
    // The new record names the new code.
    const now = await functionNow(name);
    expect(now.tags[TAG]).toContain(` ${now.sha256 ?? ''} `);
  });

  it('builds again with another exclude, though it skips nothing', async () => {
    const { name, workspace } = await deployedOnce();
    const second = await deploy(workspace, name, { exclude: '*.nothing' });
    // The same zip: built, found to be the code already, and recorded with the new fingerprint.
    expect(planOf(second).code).toMatchObject({ action: 'skip' });
    expect(planOf(second).code).not.toHaveProperty('byFingerprint');
    expect(second.outputs['package-path']).not.toBe('');
    expect(proxy().count(tagResource(name))).toBe(2);
    const third = await deploy(workspace, name, { exclude: '*.nothing' });
    expect(planOf(third).code).toMatchObject({ byFingerprint: true });
  });

  it("builds and deploys again once someone else changed the function's code", async () => {
    const { name, workspace, first } = await deployedOnce();
    await lambdaClient().send(
      new UpdateFunctionCodeCommand({
        FunctionName: name,
        ZipFile: await zipOf({ 'index.js': 'exports.handler = async () => "by hand";\n' }),
      }),
    );
    const changed = await functionNow(name);
    expect(changed.sha256).not.toBe(first.outputs['code-sha256']);
    // The record stayed, but names code the function no longer runs.
    expect(changed.tags[TAG]).toContain(first.outputs['code-sha256']);

    const second = await deploy(workspace, name);
    expect(second.outputs['deployed']).toBe('true');
    expect(planOf(second).code).toEqual({
      action: 'update',
      from: changed.sha256,
      to: first.outputs['code-sha256'],
    });
    expect((await functionNow(name)).sha256).toBe(first.outputs['code-sha256']);
  });

  it('is built as always with skip-unchanged false', async () => {
    const { name, workspace } = await deployedOnce();
    const second = await deploy(workspace, name, { 'skip-unchanged': 'false' });
    expect(second.outputs['deployed']).toBe('true');
    expect(second.outputs['package-path']).not.toBe('');
  });
});

function escape(text: string): string {
  return text.replace(/[+/=]/g, (c) => `\\${c}`);
}
