import { DEFAULT_REQUEST_TIMEOUT_SECONDS, type PullRequestComment } from '../inputs.js';
import type { Logger } from '../logger.js';
import type { Phases } from '../phases.js';
import { keepSecret, redact } from '../secrets.js';
import { currentPullRequest } from './pull-request.js';
import { allGitHubPages, githubClient, githubFailure } from './request.js';
import { type PullRequestRef } from './request.js';

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
  const existing = await allGitHubPages(
    'listComments',
    octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100,
    }),
  );
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

/**
 * The pull request comment step: creates or updates the preview's comment. A failure is a
 * warning, never a failed deploy.
 */
export async function commentOnPullRequest(
  settings: PullRequestComment,
  preview: PreviewComment,
  step: { readonly phases: Phases; readonly log: Logger; readonly requestTimeoutSeconds: number },
): Promise<void> {
  const { phases, log, requestTimeoutSeconds } = step;
  keepSecret(settings.token);
  const pr = currentPullRequest();
  if (pr === undefined) {
    log.info('comment-on-pr: this run is not for a pull request, so no comment');
    return;
  }
  await phases.run('Pull request comment', async () => {
    try {
      const done = await upsertPreviewComment(settings.token, pr, preview, requestTimeoutSeconds);
      log.info(`Comment ${done} on pull request #${pr.number}`);
    } catch (error) {
      // The deploy itself succeeded; a read-only token (a fork's pull request) must not undo that.
      log.warning(
        `Could not comment on pull request #${pr.number}: ${redact(commentFailure(error, requestTimeoutSeconds))}.`,
      );
    }
  });
}
