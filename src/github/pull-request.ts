import { context } from '@actions/github';
import type { PullRequestRef } from './request.js';

/** The pull request this run is for, or undefined when the event is not about one. */
export function currentPullRequest(): PullRequestRef | undefined {
  const number = context.payload.pull_request?.number;
  if (typeof number !== 'number') return undefined;
  return { owner: context.repo.owner, repo: context.repo.repo, number };
}

/** The commit the run deploys: the pull request's head, else the pushed commit. */
export function deployedCommit(): string {
  const head = (context.payload.pull_request?.['head'] as { sha?: unknown } | undefined)?.sha;
  return typeof head === 'string' ? head : context.sha;
}
