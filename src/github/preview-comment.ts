import { getOctokit } from '@actions/github';

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
): Promise<'created' | 'updated'> {
  // getOctokit takes the API address from GITHUB_API_URL, as on GitHub Enterprise Server.
  const octokit = getOctokit(token);
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
