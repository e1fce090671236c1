import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../inputs.js';
import { githubClient, githubFailure, type RepoRef } from './request.js';

export interface PullRequestRef extends RepoRef {
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
  const octokit = githubClient(token, timeoutSeconds);
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

/** Why the comment could not be made, in words that point at the fix. */
export function commentFailure(error: unknown, timeoutSeconds: number): string {
  return githubFailure(error, timeoutSeconds, 'pull-requests: write');
}
