// The GitHub REST client every GitHub feature uses, and what its failures mean.
import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** The repository a call is about. */
export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

/**
 * An Octokit whose every request is given up after `timeoutSeconds`. getOctokit takes the
 * API address from GITHUB_API_URL, as on GitHub Enterprise Server.
 */
export function githubClient(token: string, timeoutSeconds: number): GitHubClient {
  return getOctokit(token, { request: { fetch: fetchWithin(timeoutSeconds) } });
}

/** fetch, with each request given up after `seconds` (its error is a TimeoutError). */
function fetchWithin(seconds: number): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(seconds * 1000);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return fetch(input, { ...init, signal });
  };
}

/**
 * Why a GitHub call failed, in words that point at the fix; `permission` is the one the
 * github-token needs for the call, such as `pull-requests: write`.
 */
export function githubFailure(error: unknown, timeoutSeconds: number, permission: string): string {
  if (isTimeout(error)) return `GitHub did not answer within ${timeoutSeconds} s (request-timeout)`;
  const status = (error as { status?: unknown } | undefined)?.status;
  const said = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403 || status === 404) {
    return `${said}. The github-token needs the ${permission} permission`;
  }
  return said;
}

function isTimeout(error: unknown): boolean {
  for (let at: unknown = error; at instanceof Error; at = at.cause) {
    if (at.name === 'TimeoutError') return true;
  }
  return false;
}
