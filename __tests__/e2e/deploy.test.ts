import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_24, runDeployAction, workspaceWithSource, runOutput } from '../support/action-run.js';
import { createTestFunction, motoEndpoint, readFunction } from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import {
  updateConflict,
  updateFailed,
  updateFunctionCode,
  updateInProgress,
} from '../support/lambda-faults.js';
import { digestOf } from '../support/package-fixtures.js';
import { logGroups, planOf } from '../support/plan-output.js';
import { writeFiles } from '../support/temp-dir.js';

const proxy = useFaultProxy();

/** A new function in moto and a workspace whose `app/` it does not run yet. */
async function functionAndWorkspace() {
  const name = await createTestFunction();
  return { name, workspace: await workspaceWithSource(`code of ${name}`) };
}

describe('the bundled action (dist/index.js)', () => {
  it("runs under Node 24 or newer, the runner's runtime", () => {
    const major = /^v(\d+)\./.exec(execFileSync(NODE_24, ['--version'], { encoding: 'utf8' }))?.[1];
    expect(Number(major)).toBeGreaterThanOrEqual(24);
  });

  it('deploys a source directory, then skips the unchanged package on the next run', async () => {
    const { name, workspace } = await functionAndWorkspace();

    const first = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      motoEndpoint(),
    );

    expect(first.exitCode, runOutput(first)).toBe(0);
    const inMoto = await readFunction(name);
    expect(first.outputs).toEqual({
      'function-arn': inMoto.FunctionArn,
      'function-name': name,
      'code-sha256': inMoto.CodeSha256,
      'code-size': String(inMoto.CodeSize),
      'package-path': expect.stringContaining(first.runnerTemp) as unknown,
      deployed: 'true',
      plan: expect.any(String) as unknown,
    });
    expect(planOf(first)).toMatchObject({
      changes: true,
      function: { name, action: 'update' },
      code: { action: 'update', to: inMoto.CodeSha256 },
      version: { action: 'none' },
    });
    const packagePath = first.outputs['package-path'] ?? '';
    expect(await digestOf(packagePath)).toEqual({
      sha256: inMoto.CodeSha256,
      size: inMoto.CodeSize,
    });
    expect(first.summary).toContain(inMoto.FunctionArn);
    expect(first.summary).toContain(inMoto.CodeSha256);
    expect(first.summary).toContain('deployed');
    expect(first.summary).not.toContain('skipped');
    // The log shows the plan, then the phases that did something, and says when the update
    // finished.
    expect(logGroups(first.stdout)).toEqual(['Package', 'Plan', 'Update code']);
    expect(first.stdout).toMatch(/^Lambda finished the update \(Successful\), after \d/m);
    expect(first.summary).not.toContain('Release');

    const second = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );

    expect(second.exitCode, runOutput(second)).toBe(0);
    expect(second.outputs['deployed']).toBe('false');
    expect(second.outputs['code-sha256']).toBe(inMoto.CodeSha256);
    expect(second.summary).toContain('skipped');
    expect(second.summary).not.toContain('deployed');
    expect(planOf(second)).toMatchObject({ changes: false, code: { action: 'skip' } });
    expect(proxy().count(updateFunctionCode(name))).toBe(0);
  });

  it('packages only what include and exclude (multi-line inputs) select', async () => {
    const { name, workspace } = await functionAndWorkspace();
    await writeFiles(path.join(workspace, 'app'), {
      'lib/util.js': 'exports.x = 1;\n',
      'lib/util.test.js': 'test();\n',
      'lib/.env': 'SECRET=1\n',
      'notes.md': '# not shipped\n',
    });

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        include: 'index.js\nlib/**\n',
        // .gitignore rules: a name without a slash matches at any depth, dot-names included.
        exclude: '# tests and secrets stay out\n*.test.js\n.env',
      },
      motoEndpoint(),
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    const listing = execFileSync('unzip', ['-Z1', run.outputs['package-path'] ?? ''], {
      encoding: 'utf8',
    });
    expect(listing.trim().split('\n')).toEqual(['index.js', 'lib/util.js']);
    expect(run.summary).toContain('Files');
  });

  it('waits for updates in progress and retries a conflict, then succeeds', async () => {
    const { name, workspace } = await functionAndWorkspace();
    const faults = [
      proxy().inject(updateInProgress(name, 2)),
      proxy().inject(updateConflict(name, 1)),
      proxy().inject(updateInProgress(name, 1, { after: updateFunctionCode(name) })),
    ];

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['deployed']).toBe('true');
    expect((await readFunction(name)).CodeSha256).toBe(run.outputs['code-sha256']);
    expect(proxy().count(updateFunctionCode(name))).toBe(2);
    expect(faults.map((fault) => fault.used)).toEqual([2, 1, 1]);
  });

  it("fails the step with Lambda's reason when the update fails", async () => {
    const { name, workspace } = await functionAndWorkspace();
    const reason = 'The function could not start: Runtime.ImportModuleError in index.js';
    proxy().inject(updateFailed(name, reason));

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining(reason)]);
    expect(run.outputs).not.toHaveProperty('deployed');
  });
});
