import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeGitHub } from '../../support/github-api.js';

type DeploymentModule = typeof import('../../../src/github/deployment.js');
type RequestModule = typeof import('../../../src/github/request.js');

const REPO = { owner: 'owner', repo: 'repo' };
const TOKEN = 'ghs_unit_test_token';
const SHA = '0123456789abcdef0123456789abcdef01234567';
const RUN_URL = 'https://github.com/owner/repo/actions/runs/42';
const FUNCTION_URL = 'https://abc123.lambda-url.eu-west-1.on.aws/';
const PUSH = {
  sha: SHA,
  functionName: 'orders-api',
  alias: 'live',
  environment: 'live',
  preview: false,
};
const PREVIEW = { ...PUSH, alias: 'pr-7', environment: 'pr-7', preview: true };

let github: FakeGitHub;
let deployment: DeploymentModule;
let request: RequestModule;

beforeAll(async () => {
  github = await FakeGitHub.start();
  // @actions/github reads these when it is loaded, so load it after them.
  vi.stubEnv('GITHUB_API_URL', github.url);
  vi.stubEnv('GITHUB_REPOSITORY', github.repository);
  vi.stubEnv('GITHUB_SHA', SHA);
  vi.stubEnv('GITHUB_EVENT_PATH', '');
  vi.resetModules();
  deployment = await import('../../../src/github/deployment.js');
  request = await import('../../../src/github/request.js');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await github.stop();
});

beforeEach(() => {
  github.reset();
});

function recorder() {
  const lines = { info: [] as string[], warning: [] as string[] };
  return {
    lines,
    log: {
      info: (message: string) => lines.info.push(message),
      warning: (message: string) => lines.warning.push(message),
    },
  };
}

/** A record for `subject` against the fake, every request given up after `timeoutSeconds`. */
function record(subject: typeof PUSH, log: ReturnType<typeof recorder>['log'], timeoutSeconds = 5) {
  const api = () =>
    new deployment.GitHubDeployments(request.githubClient(TOKEN, timeoutSeconds), REPO);
  return new deployment.DeploymentRecord(
    api,
    () => subject,
    { logUrl: RUN_URL },
    timeoutSeconds,
    log,
  );
}

describe('deploymentRequest', () => {
  it('asks for the commit, in the environment, with no merge and no required checks', () => {
    expect(deployment.deploymentRequest(PUSH)).toEqual({
      ref: SHA,
      environment: 'live',
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
      description: 'Lambda orders-api alias live',
      payload: { function_name: 'orders-api', alias: 'live' },
    });
  });

  it("makes a pull request's preview transient and not production", () => {
    expect(deployment.deploymentRequest(PREVIEW)).toMatchObject({
      environment: 'pr-7',
      transient_environment: true,
      production_environment: false,
    });
  });

  it('names the function alone without an alias, within 140 characters', () => {
    const request = deployment.deploymentRequest({
      ...PUSH,
      functionName: 'f'.repeat(200),
      alias: undefined,
      environment: 'lambda',
    });
    expect(request.payload).toEqual({ function_name: 'f'.repeat(200) });
    expect(request.description.length).toBe(140);
  });
});

describe('statusRequest and runUrl', () => {
  it('sends only the links it has', () => {
    expect(deployment.statusRequest('in_progress', { logUrl: RUN_URL })).toEqual({
      state: 'in_progress',
      description: 'Deploying',
      log_url: RUN_URL,
    });
    expect(deployment.statusRequest('success', { environmentUrl: FUNCTION_URL })).toEqual({
      state: 'success',
      description: 'Deployed',
      environment_url: FUNCTION_URL,
    });
  });

  it("is the run's page, or nothing outside a runner", () => {
    expect(
      deployment.runUrl({
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'owner/repo',
        GITHUB_RUN_ID: '42',
      }),
    ).toBe(RUN_URL);
    expect(deployment.runUrl({ GITHUB_REPOSITORY: 'owner/repo' })).toBeUndefined();
  });
});

describe('DeploymentRecord', () => {
  it('creates the deployment, sets it in progress, then success with the function URL', async () => {
    const { log, lines } = recorder();
    const deploy = record(PUSH, log);

    const id = await deploy.start();
    await deploy.succeeded(FUNCTION_URL);

    expect(github.deployments).toEqual([
      expect.objectContaining({
        id,
        ref: SHA,
        environment: 'live',
        transientEnvironment: false,
        payload: { function_name: 'orders-api', alias: 'live' },
      }),
    ]);
    expect(github.deployments[0]?.statuses).toEqual([
      expect.objectContaining({ state: 'in_progress', logUrl: RUN_URL, environmentUrl: undefined }),
      expect.objectContaining({ state: 'success', logUrl: RUN_URL, environmentUrl: FUNCTION_URL }),
    ]);
    expect(github.requests.map((seen) => `${seen.method} ${seen.path}`)).toEqual([
      'POST /repos/owner/repo/deployments',
      `POST /repos/owner/repo/deployments/${String(id)}/statuses`,
      `POST /repos/owner/repo/deployments/${String(id)}/statuses`,
    ]);
    expect(github.requests[0]?.body).toMatchObject({ auto_merge: false, required_contexts: [] });
    for (const seen of github.requests) expect(seen.authorization).toBe(`token ${TOKEN}`);
    expect(lines.warning).toEqual([]);
  });

  it('records a preview as a transient environment', async () => {
    await record(PREVIEW, recorder().log).start();
    expect(github.requests[0]?.body).toMatchObject({
      environment: 'pr-7',
      transient_environment: true,
      production_environment: false,
    });
  });

  it('sets failure when the deploy fails, without an environment URL', async () => {
    const deploy = record(PUSH, recorder().log);
    await deploy.start();
    await deploy.failed();
    expect(github.deployments[0]?.statuses).toEqual([
      expect.objectContaining({ state: 'in_progress' }),
      expect.objectContaining({ state: 'failure', environmentUrl: undefined, logUrl: RUN_URL }),
    ]);
  });

  it('sends nothing to finish a deployment it never started', async () => {
    const deploy = record(PUSH, recorder().log);
    await deploy.failed();
    await deploy.succeeded(FUNCTION_URL);
    expect(github.requests).toEqual([]);
  });

  it('warns, naming the permission, when the token may not create deployments', async () => {
    github.denyWrites();
    const { log, lines } = recorder();
    const deploy = record(PUSH, log);

    expect(await deploy.start()).toBeUndefined();
    await deploy.succeeded(FUNCTION_URL);

    expect(lines.warning).toHaveLength(1);
    expect(lines.warning[0]).toContain('Could not create a GitHub deployment in environment live');
    expect(lines.warning[0]).toContain('deployments: write');
    // Nothing after the refused create: no status for a deployment that does not exist.
    expect(github.requests).toHaveLength(1);
  });

  it('warns that GitHub did not answer in time, with no permission hint', async () => {
    github.holdRequests();
    const { log, lines } = recorder();

    expect(await record(PUSH, log, 1).start()).toBeUndefined();

    expect(lines.warning).toHaveLength(1);
    expect(lines.warning[0]).toContain('did not answer within 1 s');
    expect(lines.warning[0]).not.toContain('permission');
  });
});

describe('GitHubDeployments.deactivate', () => {
  it("marks the environment's deployments inactive, except inactive ones and other functions'", async () => {
    const ours = { function_name: 'orders-api', alias: 'pr-7' };
    const active = github.seedDeployment('pr-7', ['in_progress', 'success'], ours);
    const failed = github.seedDeployment('pr-7', ['failure'], ours);
    const retired = github.seedDeployment('pr-7', ['success', 'inactive'], ours);
    const otherTool = github.seedDeployment('pr-7', ['success']);
    const otherFunction = github.seedDeployment('pr-7', ['success'], {
      function_name: 'billing-api',
    });
    const otherEnvironment = github.seedDeployment('pr-8', ['success'], ours);
    const api = new deployment.GitHubDeployments(request.githubClient(TOKEN, 5), REPO);

    const marked = await api.deactivate('pr-7', 'orders-api', { logUrl: RUN_URL });

    expect(marked.sort()).toEqual([active.id, failed.id, otherTool.id].sort());
    const last = (of: { statuses: { state: string }[] }) => of.statuses.at(-1)?.state;
    expect([active, failed, otherTool].map(last)).toEqual(['inactive', 'inactive', 'inactive']);
    expect(retired.statuses.map((status) => status.state)).toEqual(['success', 'inactive']);
    expect(last(otherFunction)).toBe('success');
    expect(last(otherEnvironment)).toBe('success');
    expect(active.statuses.at(-1)).toMatchObject({ logUrl: RUN_URL });
    const list = github.requests.find(
      (seen) => seen.method === 'GET' && seen.path === '/repos/owner/repo/deployments',
    );
    expect(new URLSearchParams(list?.query).get('environment')).toBe('pr-7');
  });
});

describe('recordDeployment and retireEnvironment, from the run', () => {
  it('records the pushed commit in the repository of the run, with the run as its log', async () => {
    const { log } = recorder();
    const deploy = deployment.recordDeployment(
      { token: TOKEN, environment: 'lambda' },
      { functionName: 'orders-api', alias: undefined },
      {
        env: {
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'owner/repo',
          GITHUB_RUN_ID: '42',
        },
        timeoutSeconds: 5,
        log,
      },
    );
    await deploy?.start();
    await deploy?.succeeded(undefined);
    expect(github.deployments).toEqual([
      expect.objectContaining({ ref: SHA, environment: 'lambda', transientEnvironment: false }),
    ]);
    expect(github.deployments[0]?.statuses.map((status) => [status.state, status.logUrl])).toEqual([
      ['in_progress', RUN_URL],
      ['success', RUN_URL],
    ]);
  });

  it('is nothing without github-deployment', () => {
    expect(
      deployment.recordDeployment(
        undefined,
        { functionName: 'orders-api', alias: 'live' },
        {
          env: {},
          timeoutSeconds: 5,
          log: recorder().log,
        },
      ),
    ).toBeUndefined();
  });

  it('retires the environment and says so; a refusal is a warning', async () => {
    const active = github.seedDeployment('pr-7', ['success'], { function_name: 'orders-api' });
    const { log, lines } = recorder();
    const facts = { env: {}, timeoutSeconds: 5, log };

    await deployment.retireEnvironment({ token: TOKEN, environment: 'pr-7' }, 'orders-api', facts);
    expect(active.statuses.at(-1)?.state).toBe('inactive');
    expect(lines.info.join('\n')).toContain(`deployments ${active.id} marked inactive`);

    github.denyWrites();
    github.seedDeployment('pr-7', ['success'], { function_name: 'orders-api' });
    await deployment.retireEnvironment({ token: TOKEN, environment: 'pr-7' }, 'orders-api', facts);
    expect(lines.warning).toHaveLength(1);
    expect(lines.warning[0]).toContain('deployments: write');
  });
});
