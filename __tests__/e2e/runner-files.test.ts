import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, workspaceWithSource } from '../support/action-run.js';
import { createTestFunction, readFunction } from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';

// The files the runner names in GITHUB_OUTPUT and GITHUB_STEP_SUMMARY are the step's only way
// to report: one that cannot be written is named in the error, not left as a bare EIO/ENOSPC.

const proxy = useFaultProxy();

describe('the bundled action when a runner file cannot be written', () => {
  it('fails naming GITHUB_OUTPUT and its path when the outputs cannot be written, before any change', async () => {
    const name = await createTestFunction();
    const before = await readFunction(name);
    const workspace = await workspaceWithSource(`v2 of ${name}`);

    // /dev/full takes no byte: every write fails with ENOSPC.
    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app' },
      proxy().endpoint,
      { env: { GITHUB_OUTPUT: '/dev/full' } },
    );

    expect(run.exitCode, runOutput(run)).toBe(1);
    expect(run.errors, runOutput(run)).toHaveLength(1);
    expect(run.errors[0]).toContain("Could not write the step's outputs");
    expect(run.errors[0]).toContain('GITHUB_OUTPUT');
    expect(run.errors[0]).toContain('/dev/full');
    expect(run.errors[0]).toContain('ENOSPC');
    const writes = proxy().requests.filter((request) => request.method !== 'GET');
    expect(writes).toEqual([]);
    expect((await readFunction(name)).CodeSha256).toBe(before.CodeSha256);
  });
});
