import { getOctokit } from '@actions/github';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../inputs.js';

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

export interface PreviewComment {
  readonly functionName: string;
  readonly alias: string;
  /** The text under the marker: what was deployed, or that the preview is gone. */
  readonly body: string;
}

/** Hidden in the comment, so the next run finds and updates it instead of adding another. */
export function commentMarker(functionName: string, alias: string): string {
  return `<!-- lambda-deploy preview: ${functionName} ${alias} -->`;
}

/** Creates the pull request's preview comment, or updates the one an earlier run left. */
export async function upsertPreviewComment(
  token: string,
  pr: PullRequestRef,
  comment: PreviewComment,
  timeoutSeconds = DEFAULT_REQUEST_TIMEOUT_SECONDS,
): Promise<'created' | 'updated'> {
  // getOctokit takes the API address from GITHUB_API_URL, as on GitHub Enterprise Server.
  const octokit = getOctokit(token, { request: { fetch: fetchWithin(timeoutSeconds) } });
  const marker = commentMarker(comment.functionName, comment.alias);
  const body = `${marker}\n${comment.body}`;
  const existing = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  const previous = existing.find((candidate) => candidate.body?.includes(marker) === true);
  if (previous === undefined) {
    await octokit.rest.issues.createComment({ ...repoOf(pr), issue_number: pr.number, body });
    return 'created';
  }
  await octokit.rest.issues.updateComment({ ...repoOf(pr), comment_id: previous.id, body });
  return 'updated';
}

function repoOf(pr: PullRequestRef): { owner: string; repo: string } {
  return { owner: pr.owner, repo: pr.repo };
}

/** fetch, with each request given up after `seconds` (its error is a TimeoutError). */
function fetchWithin(seconds: number): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(seconds * 1000);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return fetch(input, { ...init, signal });
  };
}

/** Why a GitHub call failed, in words that point at the fix. */
export function githubFailure(error: unknown, timeoutSeconds: number): string {
  if (isTimeout(error)) return `GitHub did not answer within ${timeoutSeconds} s (request-timeout)`;
  const status = (error as { status?: unknown } | undefined)?.status;
  const said = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403 || status === 404) {
    return `${said}. The github-token needs the pull-requests: write permission`;
  }
  return said;
}

function isTimeout(error: unknown): boolean {
  for (let at: unknown = error; at instanceof Error; at = at.cause) {
    if (at.name === 'TimeoutError') return true;
  }
  return false;
}
