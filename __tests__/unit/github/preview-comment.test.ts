import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type PreviewCommentModule = typeof import('../../../src/github/preview-comment.js');

interface Comment {
  id: number;
  body: string;
  user: string;
}

interface Request {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

const OWNER = 'acme';
const REPO = 'orders';
const PR = { owner: OWNER, repo: REPO, number: 42 };
const TOKEN = 'ghs_unit_test_token';
/** Comments per page of the list, small so that ours lands on a later page. */
const PAGE_SIZE = 2;

/**
 * The part of the GitHub REST API the comment uses, on 127.0.0.1: list an issue's
 * comments (paginated with Link headers, as GitHub does), create one, update one.
 */
class FakeGitHub {
  readonly comments: Comment[] = [];
  readonly requests: Request[] = [];
  private nextId = 1000;
  private readonly server: Server;
  url = '';
  /** Every page of the list links to itself as the next: a listing that never ends. */
  loopingLinks = false;
  /** Answers come a byte every 300 ms. */
  trickle = false;

  constructor() {
    this.server = createServer((request, response) => {
      void this.answer(request).then(
        ({ status, body, headers }) => {
          response.writeHead(status, { 'content-type': 'application/json', ...headers });
          const text = JSON.stringify(body);
          if (!this.trickle) {
            response.end(text);
            return;
          }
          let at = 0;
          const timer = setInterval(() => {
            if (response.destroyed || at >= text.length) {
              clearInterval(timer);
              response.end();
              return;
            }
            response.write(text.charAt(at++));
          }, 300);
        },
        (error: unknown) => {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ message: String(error) }));
        },
      );
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.close((error) => {
        if (error) reject(error);
        else resolve();
      });
    });
  }

  add(body: string, user = 'someone'): Comment {
    const comment = { id: this.nextId++, body, user };
    this.comments.push(comment);
    return comment;
  }

  reset(): void {
    this.comments.length = 0;
    this.requests.length = 0;
    this.loopingLinks = false;
    this.trickle = false;
  }

  private async answer(
    request: IncomingMessage,
  ): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      authorization: request.headers.authorization,
      body,
    });
    const list = `/repos/${OWNER}/${REPO}/issues/${PR.number}/comments`;
    const one = new RegExp(`^/repos/${OWNER}/${REPO}/issues/comments/(\\d+)$`).exec(url.pathname);

    if (method === 'GET' && url.pathname === list) {
      const page = Number(url.searchParams.get('page') ?? '1');
      const start = (page - 1) * PAGE_SIZE;
      const last = Math.max(1, Math.ceil(this.comments.length / PAGE_SIZE));
      const headers: Record<string, string> = {};
      if (this.loopingLinks) {
        headers['link'] = `<${url.toString()}>; rel="next"`;
      } else if (page < last) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers['link'] = `<${next.toString()}>; rel="next"`;
      }
      return {
        status: 200,
        body: this.comments.slice(start, start + PAGE_SIZE).map(toApi),
        headers,
      };
    }
    if (method === 'POST' && url.pathname === list) {
      const comment = this.add((body as { body: string }).body, 'github-actions[bot]');
      return { status: 201, body: toApi(comment) };
    }
    if (method === 'PATCH' && one !== null) {
      const comment = this.comments.find((candidate) => candidate.id === Number(one[1]));
      if (comment === undefined) return { status: 404, body: { message: 'Not Found' } };
      comment.body = (body as { body: string }).body;
      return { status: 200, body: toApi(comment) };
    }
    return { status: 404, body: { message: `Not Found: ${method} ${url.pathname}` } };
  }
}

function toApi(comment: Comment): object {
  return { id: comment.id, body: comment.body, user: { login: comment.user } };
}

const github = new FakeGitHub();
let previewComment: PreviewCommentModule;

beforeAll(async () => {
  await github.start();
  // @actions/github reads GITHUB_API_URL when it is loaded, so load it after this.
  vi.stubEnv('GITHUB_API_URL', github.url);
  vi.resetModules();
  previewComment = await import('../../../src/github/preview-comment.js');
});

beforeEach(() => {
  github.reset();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await github.stop();
});

const PREVIEW = { functionName: 'orders-api', alias: 'pr-42' };

describe('commentMarker', () => {
  it('is an HTML comment, hidden on GitHub, naming the function and the alias', () => {
    expect(previewComment.commentMarker('orders-api', 'pr-42')).toBe(
      '<!-- lambda-deploy preview: orders-api pr-42 -->',
    );
  });
});

describe('upsertPreviewComment', () => {
  it('creates a comment the first time, then updates that same comment', async () => {
    // Other people's comments first, so ours ends up on the second page of the list.
    github.add('Looks good to me');
    github.add('Please add a test');
    github.add('Done');

    const first = await previewComment.upsertPreviewComment(TOKEN, PR, {
      ...PREVIEW,
      body: 'first deploy',
    });
    expect(first).toBe('created');
    const posts = github.requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.path).toBe(`/repos/${OWNER}/${REPO}/issues/42/comments`);
    const created = github.comments.at(-1);
    expect(created?.body).toBe('<!-- lambda-deploy preview: orders-api pr-42 -->\nfirst deploy');

    github.requests.length = 0;
    const second = await previewComment.upsertPreviewComment(TOKEN, PR, {
      ...PREVIEW,
      body: 'second deploy',
    });
    expect(second).toBe('updated');
    expect(github.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
    const patches = github.requests.filter((request) => request.method === 'PATCH');
    expect(patches.map((request) => request.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/comments/${String(created?.id)}`,
    ]);
    // It read every page of the list to find the marker.
    expect(
      github.requests.filter((request) => request.method === 'GET').length,
    ).toBeGreaterThanOrEqual(2);
    expect(github.comments).toHaveLength(4);
    expect(github.comments.at(-1)?.body).toBe(
      '<!-- lambda-deploy preview: orders-api pr-42 -->\nsecond deploy',
    );
  });

  it('sends the token', async () => {
    await previewComment.upsertPreviewComment(TOKEN, PR, { ...PREVIEW, body: 'deployed' });
    expect(github.requests.length).toBeGreaterThan(0);
    for (const request of github.requests) {
      expect(request.authorization).toBe(`token ${TOKEN}`);
    }
  });

  it("leaves other previews' comments alone: another alias, another function", async () => {
    const otherAlias = github.add('<!-- lambda-deploy preview: orders-api pr-4 -->\nold');
    const otherFunction = github.add('<!-- lambda-deploy preview: billing-api pr-42 -->\nother');
    expect(
      await previewComment.upsertPreviewComment(TOKEN, PR, { ...PREVIEW, body: 'deployed' }),
    ).toBe('created');
    expect(otherAlias.body).toBe('<!-- lambda-deploy preview: orders-api pr-4 -->\nold');
    expect(otherFunction.body).toBe('<!-- lambda-deploy preview: billing-api pr-42 -->\nother');
    expect(github.comments).toHaveLength(3);
  });

  it('fails when GitHub refuses the comment', async () => {
    // No such pull request in the fake, as GitHub answers for a token of another repository.
    await expect(
      previewComment.upsertPreviewComment(
        TOKEN,
        { ...PR, repo: 'elsewhere' },
        { ...PREVIEW, body: 'deployed' },
      ),
    ).rejects.toThrow(/Not Found/);
  });
});

describe('upsertPreviewComment when GitHub misbehaves', () => {
  it('stops a comment listing whose next page is itself, and creates no comment', async () => {
    github.add('a comment');
    github.loopingLinks = true;

    await expect(
      previewComment.upsertPreviewComment(TOKEN, PR, { ...PREVIEW, body: 'deployed' }),
    ).rejects.toThrow(/GitHub's listComments gave the page .* twice: the listing loops/);
    expect(github.requests.filter((seen) => seen.method === 'GET')).toHaveLength(2);
    expect(github.requests.filter((seen) => seen.method !== 'GET')).toEqual([]);
  });

  it('gives up an answer that trickles past request-timeout, says so, and creates no comment', async () => {
    github.add('a comment');
    github.trickle = true;

    const error = await previewComment
      .upsertPreviewComment(TOKEN, PR, { ...PREVIEW, body: 'deployed' }, 1)
      .then(
        () => undefined,
        (failure: unknown) => failure,
      );

    expect(previewComment.commentFailure(error, 1)).toBe(
      'GitHub did not answer within 1 s (request-timeout)',
    );
    expect(github.requests.filter((seen) => seen.method !== 'GET')).toEqual([]);
  });
});
