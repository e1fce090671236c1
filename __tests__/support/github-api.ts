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

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatus {
  readonly id: number;
  readonly state: DeploymentState;
  readonly description: string | undefined;
  readonly environmentUrl: string | undefined;
  readonly logUrl: string | undefined;
}

/** A deployment as the fake keeps it: what was asked for, and its statuses oldest first. */
export interface Deployment {
  readonly id: number;
  readonly ref: string;
  readonly environment: string;
  readonly transientEnvironment: boolean;
  readonly productionEnvironment: boolean;
  readonly description: string | undefined;
  readonly payload: unknown;
  readonly statuses: DeploymentStatus[];
}

const LIST_OR_CREATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const UPDATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;
const DEPLOYMENTS = /^\/repos\/([^/]+)\/([^/]+)\/deployments$/;
const STATUSES = /^\/repos\/([^/]+)\/([^/]+)\/deployments\/(\d+)\/statuses$/;
const STATES: readonly DeploymentState[] = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
];

/**
 * A stand-in for the GitHub REST API on 127.0.0.1, for one repository: it keeps issue
 * comments and serves list (GET /repos/{owner}/{repo}/issues/{n}/comments), create
 * (POST on the same path) and update (PATCH /repos/{owner}/{repo}/issues/comments/{id});
 * it keeps deployments and serves create and list (POST and GET
 * /repos/{owner}/{repo}/deployments, the list newest first and filtered by `environment`,
 * `ref` and `sha`), and their statuses, create and list (POST and GET
 * .../deployments/{id}/statuses, the list newest first). Anything else is answered 404, as
 * GitHub does. Every request is recorded.
 */
export class FakeGitHub {
  private readonly seen: GitHubRequest[] = [];
  private readonly stored = new Map<number, IssueComment>();
  private readonly deploymentsById = new Map<number, Deployment>();
  private nextId = 1001;
  private writesDenied = false;
  private held = false;

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

  /** Every deployment, oldest first. */
  get deployments(): Deployment[] {
    return [...this.deploymentsById.values()];
  }

  /** Answers every write 403 from now on, as for a fork's read-only token. */
  denyWrites(): void {
    this.writesDenied = true;
  }

  /** Records every request from now on and never answers it, as a GitHub that hangs. */
  holdRequests(): void {
    this.held = true;
  }

  /** Forgets every request, comment and deployment, and answers again, as a fresh fake. */
  reset(): void {
    this.seen.length = 0;
    this.stored.clear();
    this.deploymentsById.clear();
    this.writesDenied = false;
    this.held = false;
  }

  /** Adds a deployment as if an earlier run had made it, with these statuses; returns it. */
  seedDeployment(
    environment: string,
    states: readonly DeploymentState[],
    payload: unknown = {},
  ): Deployment {
    const deployment = this.addDeployment({ ref: 'main', environment, payload });
    for (const state of states) this.addStatus(deployment, { state });
    return deployment;
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
    if (this.held) return;
    const [status, answer] = this.answer(recorded);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(answer));
  }

  private answer(request: GitHubRequest): [number, unknown] {
    const { method, path: at, body } = request;
    if (this.writesDenied && method !== 'GET') {
      return [403, { message: 'Resource not accessible by integration' }];
    }
    const deployments = this.answerDeployments(request);
    if (deployments !== undefined) return deployments;
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

  private answerDeployments({
    method,
    path: at,
    query,
    body,
  }: GitHubRequest): [number, unknown] | undefined {
    const ours = (match: RegExpExecArray | null) =>
      match !== null && `${match[1]}/${match[2]}` === this.repository;
    const statuses = STATUSES.exec(at);
    if (ours(statuses)) {
      const deployment = this.deploymentsById.get(Number(statuses?.[3]));
      if (deployment === undefined) return undefined;
      if (method === 'GET') {
        const perPage = Number(new URLSearchParams(query).get('per_page') ?? '30');
        const newestFirst = [...deployment.statuses].reverse().slice(0, perPage);
        return [200, newestFirst.map((status) => this.statusJson(deployment, status))];
      }
      if (method === 'POST') {
        const fields = (body ?? {}) as Record<string, unknown>;
        if (!STATES.includes(fields['state'] as DeploymentState)) {
          return [422, { message: 'Validation Failed', errors: [{ field: 'state' }] }];
        }
        const status = this.addStatus(deployment, {
          state: fields['state'] as DeploymentState,
          description: optionalText(fields['description']),
          environmentUrl: optionalText(fields['environment_url']),
          logUrl: optionalText(fields['log_url']),
        });
        return [201, this.statusJson(deployment, status)];
      }
    }
    if (!ours(DEPLOYMENTS.exec(at))) return undefined;
    if (method === 'GET') {
      const filters = new URLSearchParams(query);
      const matches = (deployment: Deployment): boolean =>
        (!filters.has('environment') || deployment.environment === filters.get('environment')) &&
        (!filters.has('ref') || deployment.ref === filters.get('ref')) &&
        (!filters.has('sha') || deployment.ref === filters.get('sha'));
      const newestFirst = this.deployments.filter(matches).reverse();
      return [200, newestFirst.map((deployment) => this.deploymentJson(deployment))];
    }
    if (method === 'POST') {
      const fields = (body ?? {}) as Record<string, unknown>;
      if (typeof fields['ref'] !== 'string') {
        return [422, { message: 'Invalid request.\n\n"ref" wasn\'t supplied.' }];
      }
      const environment = optionalText(fields['environment']) ?? 'production';
      const deployment = this.addDeployment({
        ref: fields['ref'],
        environment,
        payload: fields['payload'] ?? {},
        description: optionalText(fields['description']),
        transientEnvironment: fields['transient_environment'] === true,
        productionEnvironment:
          typeof fields['production_environment'] === 'boolean'
            ? fields['production_environment']
            : environment === 'production',
      });
      return [201, this.deploymentJson(deployment)];
    }
    return undefined;
  }

  private addDeployment(fields: {
    ref: string;
    environment: string;
    payload: unknown;
    description?: string | undefined;
    transientEnvironment?: boolean;
    productionEnvironment?: boolean;
  }): Deployment {
    const deployment: Deployment = {
      id: this.nextId++,
      ref: fields.ref,
      environment: fields.environment,
      transientEnvironment: fields.transientEnvironment ?? false,
      productionEnvironment: fields.productionEnvironment ?? false,
      description: fields.description,
      payload: fields.payload,
      statuses: [],
    };
    this.deploymentsById.set(deployment.id, deployment);
    return deployment;
  }

  private addStatus(
    deployment: Deployment,
    fields: Partial<DeploymentStatus> & { state: DeploymentState },
  ): DeploymentStatus {
    const status: DeploymentStatus = {
      id: this.nextId++,
      state: fields.state,
      description: fields.description,
      environmentUrl: fields.environmentUrl,
      logUrl: fields.logUrl,
    };
    deployment.statuses.push(status);
    return status;
  }

  private deploymentJson(deployment: Deployment): Record<string, unknown> {
    return {
      id: deployment.id,
      node_id: `DE_${deployment.id}`,
      url: `${this.url}/repos/${this.repository}/deployments/${deployment.id}`,
      sha: deployment.ref,
      ref: deployment.ref,
      task: 'deploy',
      payload: deployment.payload,
      environment: deployment.environment,
      original_environment: deployment.environment,
      description: deployment.description ?? null,
      transient_environment: deployment.transientEnvironment,
      production_environment: deployment.productionEnvironment,
      creator: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      statuses_url: `${this.url}/repos/${this.repository}/deployments/${deployment.id}/statuses`,
      repository_url: `${this.url}/repos/${this.repository}`,
    };
  }

  private statusJson(deployment: Deployment, status: DeploymentStatus): Record<string, unknown> {
    return {
      id: status.id,
      node_id: `DES_${status.id}`,
      url: `${this.url}/repos/${this.repository}/deployments/${deployment.id}/statuses/${status.id}`,
      state: status.state,
      description: status.description ?? '',
      environment: deployment.environment,
      environment_url: status.environmentUrl ?? '',
      log_url: status.logUrl ?? '',
      target_url: status.logUrl ?? '',
      creator: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      deployment_url: `${this.url}/repos/${this.repository}/deployments/${deployment.id}`,
      repository_url: `${this.url}/repos/${this.repository}`,
    };
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

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
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
