import { describe, expect, it } from 'vitest';
import { runDeployAction, runOutput, workspaceWithSource } from '../support/action-run.js';
import { createTestFunction, motoEndpoint, uniqueFunctionName } from '../support/aws.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { pullRequestEnv, pushEnv, useFakeGitHub } from '../support/github-api.js';
import { readAlias } from '../support/lambda-state.js';

const github = useFakeGitHub();

const PUSHED = '3333333333333333333333333333333333333333';
const HEAD = '1111111111111111111111111111111111111111';
/** The variables that name the run, for the statuses' log_url. */
const RUN = { GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: '987' };
const RUN_URL = 'https://github.example/owner/repo/actions/runs/987';

/** [state, environment_url] of each status of the only deployment, oldest first. */
function statesOfOnlyDeployment(): [string, string | undefined][] {
  expect(github().deployments).toHaveLength(1);
  return (github().deployments[0]?.statuses ?? []).map((status) => [
    status.state,
    status.environmentUrl,
  ]);
}

describe('the bundled action recording a GitHub deployment', () => {
  it('records the pushed commit: in progress, then success at the function URL', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`deployment of ${name}`);
    const proxy = await FaultProxy.start(motoEndpoint());
    // What GitHub had been told when the first change reached AWS: a matcher that never matches.
    let atFirstChange: string[] | undefined;
    proxy.inject({
      match: (request) => {
        if (request.method !== 'GET' && atFirstChange === undefined) {
          atFirstChange = github().deployments.flatMap((d) => d.statuses.map((s) => s.state));
        }
        return false;
      },
      behaviour: { kind: 'close' },
    });

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        alias: 'live',
        'function-url': 'public',
        'github-deployment': 'true',
        'github-token': 'x',
      },
      proxy.endpoint,
      { env: { ...(await pushEnv(github(), PUSHED)), ...RUN } },
    ).finally(() => proxy.stop());

    expect(run.exitCode, runOutput(run)).toBe(0);
    const url = run.outputs['function-url'];
    expect(url).toMatch(/^https?:\/\//);
    const [deployment] = github().deployments;
    expect(deployment).toMatchObject({
      ref: PUSHED,
      environment: 'live',
      transientEnvironment: false,
      payload: { function_name: name, alias: 'live' },
    });
    expect(run.outputs['deployment-id']).toBe(String(deployment?.id));
    expect(statesOfOnlyDeployment()).toEqual([
      ['in_progress', undefined],
      ['success', url],
    ]);
    expect(deployment?.statuses.map((status) => status.logUrl)).toEqual([RUN_URL, RUN_URL]);
    expect(atFirstChange).toEqual(['in_progress']);
    for (const request of github().requests) {
      expect(request.authorization).toMatch(/^(token|bearer) x$/i);
    }
  });

  it("records a pull request's preview as transient, and marks it inactive when it is removed", async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`preview of ${name}`);
    const preview = {
      'function-name': name,
      alias: 'pr-7',
      'github-deployment': 'true',
      'github-token': 'x',
    };

    const deployed = await runDeployAction(
      workspace,
      { ...preview, source: 'app', 'function-url': 'public' },
      motoEndpoint(),
      { env: await pullRequestEnv(github(), 7, HEAD) },
    );

    expect(deployed.exitCode, runOutput(deployed)).toBe(0);
    expect(github().deployments[0]).toMatchObject({
      ref: HEAD,
      environment: 'pr-7',
      transientEnvironment: true,
      productionEnvironment: false,
    });
    expect(statesOfOnlyDeployment()).toEqual([
      ['in_progress', undefined],
      ['success', deployed.outputs['function-url']],
    ]);

    const removed = await runDeployAction(
      workspace,
      { ...preview, 'delete-alias': 'true' },
      motoEndpoint(),
      { env: await pullRequestEnv(github(), 7, HEAD) },
    );

    expect(removed.exitCode, runOutput(removed)).toBe(0);
    expect(await readAlias(name, 'pr-7')).toBeUndefined();
    expect(statesOfOnlyDeployment().map(([state]) => state)).toEqual([
      'in_progress',
      'success',
      'inactive',
    ]);
    const listed = github().requests.find(
      (request) => request.method === 'GET' && request.path === '/repos/owner/repo/deployments',
    );
    expect(new URLSearchParams(listed?.query).get('environment')).toBe('pr-7');
  });

  it("sets failure when the deploy fails, and the step fails with AWS's error", async () => {
    const name = uniqueFunctionName('missing');
    const workspace = await workspaceWithSource(`code of ${name}`);

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        'github-deployment': 'true',
        'deployment-environment': 'staging',
        'github-token': 'x',
      },
      motoEndpoint(),
      { env: await pushEnv(github(), PUSHED) },
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining(`function '${name}' does not exist`)]);
    expect(github().deployments[0]).toMatchObject({ ref: PUSHED, environment: 'staging' });
    expect(statesOfOnlyDeployment()).toEqual([
      ['in_progress', undefined],
      ['failure', undefined],
    ]);
  });

  it('warns, and still succeeds, when the token may not create deployments', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`read-only deployment of ${name}`);
    github().denyWrites();

    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'github-deployment': 'true', 'github-token': 'x' },
      motoEndpoint(),
      { env: await pushEnv(github(), PUSHED) },
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['deployed']).toBe('true');
    expect(run.outputs).not.toHaveProperty('deployment-id');
    const warning = run.stdout.split('\n').find((line) => line.startsWith('::warning::'));
    expect(warning).toContain('Could not create a GitHub deployment in environment lambda');
    expect(warning).toContain('deployments: write');
  });

  it('records nothing in a dry run, and says so', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`dry run of ${name}`);

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        'dry-run': 'true',
        'github-deployment': 'true',
        'github-token': 'x',
      },
      motoEndpoint(),
      { env: await pushEnv(github(), PUSHED) },
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.stdout).toContain('a dry run records no deployment');
    expect(github().requests).toEqual([]);
    expect(run.outputs).not.toHaveProperty('deployment-id');
  });

  it.each([
    {
      input: 'github-token',
      inputs: { 'github-deployment': 'true' },
      says: 'is required with github-deployment: true',
    },
    {
      input: 'deployment-environment',
      inputs: { 'deployment-environment': 'staging' },
      says: 'applies only with github-deployment: true',
    },
  ])('rejects $input before any request: $says', async ({ input, inputs, says }) => {
    const workspace = await workspaceWithSource('never deployed');

    const run = await runDeployAction(
      workspace,
      { 'function-name': uniqueFunctionName('rejected'), source: 'app', ...inputs },
      motoEndpoint(),
      { env: await pushEnv(github(), PUSHED) },
    );

    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining(`Input '${input}': ${says}`)]);
    expect(github().requests).toEqual([]);
  });
});
