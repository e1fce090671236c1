import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDeployAction, workspaceWithSource, runOutput } from '../support/action-run.js';
import { createTestFunction, motoEndpoint } from '../support/aws.js';
import {
  pullRequestEnv,
  pushEnv,
  useFakeGitHub,
  type GitHubRequest,
} from '../support/github-api.js';
import { readAlias } from '../support/lambda-state.js';

const github = useFakeGitHub();

const COMMENTS = '/repos/owner/repo/issues/7/comments';
const FIRST_HEAD = '1111111111111111111111111111111111111111';
const SECOND_HEAD = '2222222222222222222222222222222222222222';

/** The requests that changed a comment: [method, path, body text]. */
function writes(requests: readonly GitHubRequest[]): [string, string, string][] {
  return requests
    .filter((request) => request.method !== 'GET')
    .map((request) => [
      request.method,
      request.path,
      String((request.body as { body?: unknown } | undefined)?.body),
    ]);
}

/** The hidden HTML comment that lets the next run find the preview comment. */
const HIDDEN_MARKER = /<!--[^>]*-->/;

describe('the bundled action commenting on the pull request', () => {
  it('creates the preview comment, updates the same one on the next push, and says when the preview is removed', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`preview of ${name}`);
    const someoneElses = github().seed(7, 'Looks good to me');
    const inputs = {
      'function-name': name,
      source: 'app',
      alias: 'pr-7',
      'function-url': 'public',
      'comment-on-pr': 'true',
      'github-token': 'x',
    };

    const first = await runDeployAction(workspace, inputs, motoEndpoint(), {
      env: await pullRequestEnv(github(), 7, FIRST_HEAD),
    });

    expect(first.exitCode, runOutput(first)).toBe(0);
    const created = writes(github().requests);
    expect(created).toEqual([['POST', COMMENTS, expect.any(String)]]);
    const body = created[0]?.[2] ?? '';
    const marker = HIDDEN_MARKER.exec(body)?.[0] ?? '';
    expect(marker).toContain(name);
    expect(marker).toContain('pr-7');
    expect(body).toContain(first.outputs['function-url']);
    expect(body).toMatch(new RegExp(`version\\W+${first.outputs['version'] ?? 'none'}\\b`, 'i'));
    expect(body).toContain(FIRST_HEAD);
    for (const request of github().requests) {
      expect(request.authorization).toMatch(/^(token|bearer) x$/i);
    }
    const comment = github().comments.find((candidate) => candidate.id !== someoneElses.id);
    expect(comment?.body).toBe(body);

    await writeFile(path.join(workspace, 'app', 'index.js'), 'exports.handler = async () => 2;\n');
    const sent = github().requests.length;
    const second = await runDeployAction(workspace, inputs, motoEndpoint(), {
      env: await pullRequestEnv(github(), 7, SECOND_HEAD),
    });

    expect(second.exitCode, runOutput(second)).toBe(0);
    const updated = writes(github().requests.slice(sent));
    expect(updated).toEqual([
      ['PATCH', `/repos/owner/repo/issues/comments/${comment?.id ?? 0}`, expect.any(String)],
    ]);
    const secondBody = updated[0]?.[2] ?? '';
    expect(secondBody).toContain(marker);
    expect(secondBody).toContain(SECOND_HEAD);
    expect(secondBody).not.toContain(FIRST_HEAD);
    expect(secondBody).toMatch(
      new RegExp(`version\\W+${second.outputs['version'] ?? 'none'}\\b`, 'i'),
    );

    const removedAt = github().requests.length;
    const cleanup = await runDeployAction(
      workspace,
      {
        'function-name': name,
        alias: 'pr-7',
        'delete-alias': 'true',
        'comment-on-pr': 'true',
        'github-token': 'x',
      },
      motoEndpoint(),
      { env: await pullRequestEnv(github(), 7, SECOND_HEAD) },
    );

    expect(cleanup.exitCode, runOutput(cleanup)).toBe(0);
    expect(await readAlias(name, 'pr-7')).toBeUndefined();
    const removed = writes(github().requests.slice(removedAt));
    expect(removed).toEqual([
      ['PATCH', `/repos/owner/repo/issues/comments/${comment?.id ?? 0}`, expect.any(String)],
    ]);
    const removedBody = removed[0]?.[2] ?? '';
    expect(removedBody).toContain(marker);
    expect(removedBody).toMatch(/removed/i);
    expect(removedBody).not.toContain(first.outputs['function-url']);
    // Two comments in all: the reviewer's, untouched, and the one preview comment.
    expect(github().comments).toEqual([
      someoneElses,
      expect.objectContaining({ id: comment?.id, body: removedBody }),
    ]);
  });

  it('warns, and still succeeds, when the token may not comment (a fork, say)', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`fork preview of ${name}`);
    github().denyWrites();

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        alias: 'pr-7',
        'comment-on-pr': 'true',
        'github-token': 'read-only',
      },
      motoEndpoint(),
      { env: await pullRequestEnv(github(), 7, FIRST_HEAD) },
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['deployed']).toBe('true');
    expect(run.outputs['alias-arn']).toBe(`${run.outputs['function-arn'] ?? ''}:pr-7`);
    const warning = run.stdout.split('\n').find((line) => line.startsWith('::warning::'));
    expect(warning).toContain('Could not comment on pull request #7');
    expect(warning).toContain('pull-requests: write');
    expect(github().comments).toEqual([]);
  });

  it('does not comment on a run that is not for a pull request', async () => {
    const name = await createTestFunction();
    const workspace = await workspaceWithSource(`push to ${name}`);

    const run = await runDeployAction(
      workspace,
      {
        'function-name': name,
        source: 'app',
        alias: 'live',
        'comment-on-pr': 'true',
        'github-token': 'x',
      },
      motoEndpoint(),
      { env: await pushEnv(github(), '3333333333333333333333333333333333333333') },
    );

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.outputs['alias-arn']).toBe(`${run.outputs['function-arn'] ?? ''}:live`);
    expect(github().requests).toEqual([]);
  });
});
