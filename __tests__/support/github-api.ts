import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach } from 'vitest';
import { tempDir } from './temp-dir.js';

/** A request to the stand-in GitHub API, as it arrived. */
export interface GitHubRequest {
  readonly method: string;
  /** Without the query string. */
  readonly path: string;
  readonly query: string;
  readonly authorization: string | undefined;
  /** The JSON body, parsed; undefined when there was none. */
  readonly body: unknown;
}

export interface IssueComment {
  readonly id: number;
  readonly issue: number;
  readonly body: string;
  readonly user: string;
}

const LIST_OR_CREATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const UPDATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;

/**
 * A stand-in for the GitHub REST API on 127.0.0.1, for one repository: it keeps issue
 * comments and serves list (GET /repos/{owner}/{repo}/issues/{n}/comments), create
 * (POST on the same path) and update (PATCH /repos/{owner}/{repo}/issues/comments/{id}),
 * answering anything else 404 as GitHub does. Every request is recorded.
 */
export class FakeGitHub {
  private readonly seen: GitHubRequest[] = [];
  private readonly stored = new Map<number, IssueComment>();
  private nextId = 1001;
  private writesDenied = false;

  private constructor(
    private readonly server: Server,
    readonly repository: string,
  ) {}

  static async start(repository = 'owner/repo'): Promise<FakeGitHub> {
    const server = createServer();
    const github = new FakeGitHub(server, repository);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      void github.handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return github;
  }

  /** What GITHUB_API_URL is set to. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get requests(): readonly GitHubRequest[] {
    return this.seen;
  }

  /** The comments of every issue, oldest first. */
  get comments(): IssueComment[] {
    return [...this.stored.values()];
  }

  /** Answers every write 403 from now on, as for a fork's read-only token. */
  denyWrites(): void {
    this.writesDenied = true;
  }

  /** Adds a comment as if someone had written it; returns it. */
  seed(issue: number, body: string, user = 'octocat'): IssueComment {
    const comment = { id: this.nextId++, issue, body, user };
    this.stored.set(comment.id, comment);
    return comment;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => {
      this.server.close((error) => {
        if (error) reject(error);
        else resolve();
      });
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const recorded: GitHubRequest = {
      method: request.method ?? '',
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      authorization: request.headers.authorization,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
    this.seen.push(recorded);
    const [status, answer] = this.answer(recorded);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(answer));
  }

  private answer({ method, path: at, body }: GitHubRequest): [number, unknown] {
    if (this.writesDenied && method !== 'GET') {
      return [403, { message: 'Resource not accessible by integration' }];
    }
    const list = LIST_OR_CREATE.exec(at);
    if (list !== null && `${list[1]}/${list[2]}` === this.repository) {
      const issue = Number(list[3]);
      if (method === 'GET') {
        return [200, this.comments.filter((c) => c.issue === issue).map((c) => this.json(c))];
      }
      if (method === 'POST') return [201, this.json(this.seed(issue, bodyText(body), 'bot'))];
    }
    const update = UPDATE.exec(at);
    if (update !== null && `${update[1]}/${update[2]}` === this.repository && method === 'PATCH') {
      const existing = this.stored.get(Number(update[3]));
      if (existing !== undefined) {
        const changed = { ...existing, body: bodyText(body) };
        this.stored.set(changed.id, changed);
        return [200, this.json(changed)];
      }
    }
    return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
  }

  private json(comment: IssueComment): Record<string, unknown> {
    const html = `https://github.com/${this.repository}/pull/${comment.issue}#issuecomment-${comment.id}`;
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.url}/repos/${this.repository}/issues/comments/${comment.id}`,
      html_url: html,
      body: comment.body,
      user: { login: comment.user, id: 1, type: 'User' },
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
    };
  }
}

function bodyText(body: unknown): string {
  const text = (body as { body?: unknown } | undefined)?.body;
  if (typeof text !== 'string')
    throw new Error(`expected a comment body, got ${JSON.stringify(body)}`);
  return text;
}

/** A fresh stand-in GitHub API for each test of the file, stopped after it. */
export function useFakeGitHub(): () => FakeGitHub {
  let github: FakeGitHub | undefined;
  beforeEach(async () => {
    github = await FakeGitHub.start();
  });
  afterEach(async () => {
    await github?.stop();
    github = undefined;
  });
  return () => {
    if (github === undefined) throw new Error('useFakeGitHub: the server runs only inside a test');
    return github;
  };
}

/**
 * The variables the runner sets for a `pull_request` event on pull request `number` whose
 * head is `headSha`, with the GitHub API at `github`. The event file lives in a temp dir.
 */
export async function pullRequestEnv(
  github: FakeGitHub,
  number: number,
  headSha: string,
): Promise<Record<string, string>> {
  const eventPath = path.join(await tempDir('event'), 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: { number, head: { sha: headSha } },
    }),
  );
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_API_URL: github.url,
    // The merge commit GitHub checks out for a pull request: not the commit to report.
    GITHUB_SHA: 'e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0',
    GITHUB_REF: `refs/pull/${number}/merge`,
  };
}

/** The variables for a push to main: no pull request in the event. */
export async function pushEnv(github: FakeGitHub, sha: string): Promise<Record<string, string>> {
  const eventPath = path.join(await tempDir('event'), 'event.json');
  await writeFile(eventPath, JSON.stringify({ ref: 'refs/heads/main', after: sha }));
  return {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_API_URL: github.url,
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
  };
}
