import { getOctokit } from '@actions/github';
import { EndlessListing, MAX_PAGES } from '../pages.js';

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

/** Statuses whose answer has no body (a Response with one cannot be made). */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * fetch, with each request given up after `seconds`, its body included (its error is then a
 * TimeoutError). The body is read here, inside the deadline: octokit takes a body whose
 * reading failed for an empty one, so an answer that trickles would pass for "no comments".
 */
function fetchWithin(seconds: number): typeof fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(seconds * 1000);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    const response = await fetch(input, { ...init, signal });
    const body = await response.arrayBuffer();
    const whole = new Response(NO_BODY.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    // Pages are told apart by their address.
    Object.defineProperty(whole, 'url', { value: response.url });
    return whole;
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

/**
 * Every item of a paged GitHub listing (`octokit.paginate.iterator(...)`), which follows the
 * Link header: stops with an EndlessListing when a page's address comes a second time or
 * after MAX_PAGES pages.
 */
export async function allGitHubPages<T>(
  call: string,
  pages: AsyncIterable<{ readonly data: readonly T[]; readonly url: string }>,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  for await (const page of pages) {
    if (seen.has(page.url)) {
      throw new EndlessListing(
        `GitHub's ${call} gave the page ${page.url} twice: the listing loops, so it was stopped`,
      );
    }
    if (seen.size >= MAX_PAGES) {
      throw new EndlessListing(
        `GitHub's ${call} still had more after ${MAX_PAGES} pages: the listing was stopped`,
      );
    }
    seen.add(page.url);
    items.push(...page.data);
  }
  return items;
}

export interface PullRequestRef extends RepoRef {
  readonly number: number;
}
