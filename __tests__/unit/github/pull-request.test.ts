import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type PullRequestModule = typeof import('../../../src/github/pull-request.js');
type GitHubModule = typeof import('@actions/github');

/** The merge commit GitHub checks out for a pull request, as GITHUB_SHA gives it. */
const MERGE_SHA = 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed';
const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';

/** The parts of a pull_request event that matter here, as the runner writes it. */
const PULL_REQUEST_EVENT = {
  action: 'synchronize',
  number: 42,
  pull_request: { number: 42, head: { sha: HEAD_SHA, ref: 'feature' } },
  repository: { name: 'orders', owner: { login: 'acme' } },
};

let dir: string;
let pullRequest: PullRequestModule;
let github: GitHubModule;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lambda-deploy-unit-'));
  const eventPath = path.join(dir, 'event.json');
  await writeFile(eventPath, JSON.stringify(PULL_REQUEST_EVENT));
  // @actions/github reads the event and these variables when it is loaded.
  vi.stubEnv('GITHUB_EVENT_PATH', eventPath);
  vi.stubEnv('GITHUB_EVENT_NAME', 'pull_request');
  vi.stubEnv('GITHUB_REPOSITORY', 'acme/orders');
  vi.stubEnv('GITHUB_SHA', MERGE_SHA);
  vi.resetModules();
  pullRequest = await import('../../../src/github/pull-request.js');
  github = await import('@actions/github');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

describe('on a pull_request event', () => {
  it('gives the pull request from the event and the repository', () => {
    expect(pullRequest.currentPullRequest()).toEqual({ owner: 'acme', repo: 'orders', number: 42 });
  });

  it("gives the pull request's head commit, not the merge commit", () => {
    expect(pullRequest.deployedCommit()).toBe(HEAD_SHA);
  });
});

describe('on a push event', () => {
  it('gives no pull request, and the pushed commit', () => {
    // The context is read once, at load; a push run would have loaded this payload.
    const pullRequestPayload = github.context.payload;
    github.context.payload = { ref: 'refs/heads/main', head_commit: { id: MERGE_SHA } };
    try {
      expect(pullRequest.currentPullRequest()).toBeUndefined();
      expect(pullRequest.deployedCommit()).toBe(MERGE_SHA);
    } finally {
      github.context.payload = pullRequestPayload;
    }
  });
});
