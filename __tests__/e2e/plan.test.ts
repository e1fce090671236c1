import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput } from '../support/action-run.js';
import { motoEndpoint, readFunction } from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { lambdaError } from '../support/lambda-faults.js';
import {
  aliasRouting,
  publishedVersions,
  readFunctionUrl,
  releaseState,
} from '../support/lambda-state.js';
import { logGroups, planGroupLines, planOf, summaryPlanItems } from '../support/plan-output.js';
import { deployedWithLiveAlias } from '../support/released-function.js';
import { isWrite } from '../support/s3.js';

// Issue 14, "one plan": a run reads, decides once, shows the plan (the `plan` output, the log's
// "Plan" group, the summary's "Plan" list), then applies exactly it. A dry run stops after
// showing it, so for the same state a dry run and a real run give the same plan.

const proxy = useFaultProxy();

/**
 * The example on a function whose alias `live` is on version 1: new code, an
 * environment variable, a canary of 10 % on the existing alias and a public URL to create.
 */
function canaryInputs(name: string): Record<string, string> {
  return {
    'function-name': name,
    source: 'app',
    environment: 'STAGE=prod2',
    alias: 'live',
    traffic: '10',
    'function-url': 'public',
  };
}

/** The plan of canaryInputs, as the log and the summary print it, line by line. */
function canaryPlanLines(name: string, fromSha: string, toSha: string): string[] {
  return [
    `Function ${name}: update`,
    `Code: update ${fromSha} -> ${toSha}`,
    'Setting environment: (none) -> STAGE (added)',
    'Version: publish a new one',
    'Alias live: 1 -> 1 (90 %) / new (10 %)',
    'Function URL (NONE): create',
    // A canary is checked for triggers that bypass it (issue 23); the URL's are not triggers.
    'Triggers that bypass the release: none',
  ];
}

/** The method and path of every request but GET and HEAD the proxy saw, in order. */
function writes(): string[] {
  return proxy()
    .requests.filter(isWrite)
    .map((request) => `${request.method} ${request.path}`);
}

describe('the bundled action decides once and shows its plan', () => {
  it("gives a dry run's plan equal to the real run's for the same state, and applies it", async () => {
    const fn = await deployedWithLiveAlias();
    expect(fn.version).toBe('1');
    const inputs = canaryInputs(fn.name);

    const dry = await runDeployAction(
      fn.workspace,
      { ...inputs, 'dry-run': 'true' },
      proxy().endpoint,
    );

    expect(dry.exitCode, runOutput(dry)).toBe(0);
    expect(writes(), 'the dry run must only read').toEqual([]);
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: '1', weights: {} });

    const real = await runDeployAction(fn.workspace, inputs, proxy().endpoint);

    expect(real.exitCode, runOutput(real)).toBe(0);
    const newSha = real.outputs['code-sha256'] ?? '';
    expect(newSha).not.toBe(fn.codeSha256);
    expect(dry.outputs['code-sha256']).toBe(newSha);
    const planned = planOf(dry);
    expect(planOf(real)).toEqual(planned);
    expect(planned).toEqual({
      changes: true,
      function: { name: fn.name, action: 'update' },
      code: { action: 'update', from: fn.codeSha256, to: newSha },
      // Names only: an environment value may be a secret.
      configuration: [{ setting: 'environment', from: '', to: 'STAGE (added)', source: 'input' }],
      tags: [],
      layer: null,
      version: { action: 'publish', version: null },
      alias: { name: 'live', action: 'update', before: '1', after: '1 (90 %) / new (10 %)' },
      functionUrl: { action: 'create', auth: 'NONE' },
      prune: null,
      smokeTest: false,
      traffic: null,
      triggers: [],
    });
    for (const run of [dry, real]) expect(run.outputs['plan']).not.toContain('prod2');

    // moto holds what the plan said: version 2 with the new code and variable, the alias
    // routing 10 % to it, and the URL on the alias.
    const functionArn = real.outputs['function-arn'] ?? '';
    expect(real.outputs).toMatchObject({
      version: '2',
      'version-arn': `${functionArn}:2`,
      'alias-arn': `${functionArn}:live`,
    });
    expect(await aliasRouting(fn.name, 'live')).toEqual({ version: '1', weights: { '2': 0.1 } });
    const version2 = (await publishedVersions(fn.name)).find((v) => v.Version === '2');
    expect(version2?.CodeSha256).toBe(newSha);
    expect(version2?.Environment?.Variables).toEqual({ STAGE: 'prod2' });
    const url = await readFunctionUrl(fn.name, 'live');
    expect(url?.AuthType).toBe('NONE');
    expect(url?.FunctionUrl).toMatch(/^https:\/\//);
    expect(real.outputs['function-url']).toBe(url?.FunctionUrl);
  });

  it('plans nothing on a second run with the same inputs, and only reads', async () => {
    const fn = await deployedWithLiveAlias();
    const inputs = canaryInputs(fn.name);
    const first = await runDeployAction(fn.workspace, inputs, motoEndpoint());
    expect(first.exitCode, runOutput(first)).toBe(0);
    expect(first.outputs['version']).toBe('2');
    const sha = first.outputs['code-sha256'] ?? '';
    const before = await releaseState(fn.name, { alias: 'live' });

    const again = await runDeployAction(fn.workspace, inputs, proxy().endpoint);

    expect(again.exitCode, runOutput(again)).toBe(0);
    expect(proxy().requests.length).toBeGreaterThan(0);
    const written = writes();
    expect(written, `the second run wrote: ${written.join(', ')}`).toEqual([]);
    expect(planOf(again)).toEqual({
      changes: false,
      function: { name: fn.name, action: 'update' },
      code: { action: 'skip', from: sha, to: sha, byFingerprint: true },
      configuration: [],
      tags: [],
      layer: null,
      version: { action: 'reuse', version: '2' },
      alias: {
        name: 'live',
        action: 'keep',
        before: '1 (90 %) / 2 (10 %)',
        after: '1 (90 %) / 2 (10 %)',
      },
      functionUrl: { action: 'keep', auth: 'NONE' },
      prune: null,
      smokeTest: false,
      traffic: null,
    });
    expect(planGroupLines(again.stdout)).toContain(
      'No changes: the function is as these inputs describe.',
    );

    // Still the outputs a later step reads, and moto as the first run left it.
    const functionArn = first.outputs['function-arn'] ?? '';
    expect(again.outputs).toMatchObject({
      version: '2',
      'version-arn': `${functionArn}:2`,
      'alias-arn': `${functionArn}:live`,
      'function-url': first.outputs['function-url'],
      deployed: 'false',
    });
    expect(again.outputs['function-url']).toMatch(/^https:\/\//);
    expect(await releaseState(fn.name, { alias: 'live' })).toEqual(before);
  });

  it('prints the plan before its first write, in the log and in the job summary', async () => {
    const fn = await deployedWithLiveAlias();
    const inputs = canaryInputs(fn.name);
    // A role that may read but not write: the run stops at its first write request.
    const refusal = proxy().inject({
      match: isWrite,
      behaviour: {
        kind: 'respond',
        response: lambdaError(
          403,
          'AccessDeniedException',
          'User is not authorized to perform this write (injected by the test)',
        ),
      },
      times: 1,
    });

    const refused = await runDeployAction(fn.workspace, inputs, proxy().endpoint);

    expect(refused.exitCode, runOutput(refused)).toBe(1);
    expect(refusal.used).toBe(1);
    expect(refused.errors).toEqual([expect.stringContaining('not authorized')]);
    // Its log already holds the whole plan: it was printed before that first write.
    const sha = refused.outputs['code-sha256'] ?? '';
    const expected = canaryPlanLines(fn.name, fn.codeSha256, sha);
    expect(planGroupLines(refused.stdout)).toEqual(expected);
    expect(refused.stdout.indexOf('::group::Plan')).toBeLessThan(
      refused.stdout.indexOf('::error::'),
    );
    expect(await readFunction(fn.name)).not.toHaveProperty('Environment.Variables.STAGE');

    const real = await runDeployAction(fn.workspace, inputs, proxy().endpoint);

    expect(real.exitCode, runOutput(real)).toBe(0);
    expect(planOf(real)).toEqual(planOf(refused));
    // The plan comes before every phase that writes, and the summary lists the same lines.
    expect(logGroups(real.stdout)).toEqual([
      'Package',
      'Plan',
      'Configuration',
      'Update code',
      'Publish',
      'Release',
    ]);
    expect(planGroupLines(real.stdout)).toEqual(expected);
    expect(summaryPlanItems(real.summary)).toEqual(expected);
  });
});
