import { expect } from 'vitest';
import { changeSource, runDeployAction, runOutput, workspaceWithSource } from './action-run.js';
import { createTestFunction, motoEndpoint } from './aws.js';
import { versionNumbers } from './lambda-state.js';

/**
 * A function deployed once with alias `live` (straight to moto, no faults), and its
 * workspace holding changed source, so the next run deploys new code.
 */
export async function deployedWithLiveAlias() {
  const name = await createTestFunction();
  const workspace = await workspaceWithSource(`v1 of ${name}`);
  const first = await runDeployAction(
    workspace,
    { 'function-name': name, source: 'app', alias: 'live' },
    motoEndpoint(),
  );
  expect(first.exitCode, runOutput(first)).toBe(0);
  const version = first.outputs['version'] ?? '';
  expect(version).toMatch(/^\d+$/);
  await changeSource(workspace, `v2 of ${name}`);
  return {
    name,
    workspace,
    /** The version alias live points to before the faulty deploy. */
    version,
    codeSha256: first.outputs['code-sha256'] ?? '',
    versions: await versionNumbers(name),
  };
}
