// github-deployment: the deploy recorded as a GitHub deployment of the commit, with statuses.
import { context } from '@actions/github';
import type { GitHubDeploymentConfig } from '../inputs/github.js';
import type { Environment } from '../inputs/values.js';
import type { Logger } from '../logger.js';
import { keepSecret, redact } from '../secrets.js';
import { currentPullRequest, deployedCommit } from './pull-request.js';
import {
  allGitHubPages,
  githubClient,
  githubFailure,
  type GitHubClient,
  type RepoRef,
} from './request.js';

/** What one deployment records. */
export interface DeploymentSubject {
  /** The commit deployed. */
  readonly sha: string;
  readonly functionName: string;
  readonly alias: string | undefined;
  readonly environment: string;
  /** A pull request's preview (an alias on a pull_request event): gone when the PR closes. */
  readonly preview: boolean;
}

/** The body of POST /repos/{owner}/{repo}/deployments. */
export interface DeploymentRequest {
  readonly ref: string;
  readonly environment: string;
  readonly auto_merge: false;
  /** None: the workflow that runs the deploy has already decided the commit may go out. */
  readonly required_contexts: string[];
  readonly transient_environment: boolean;
  readonly production_environment?: false;
  readonly description: string;
  readonly payload: { readonly function_name: string; readonly alias?: string };
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive';

/** The body of POST /repos/{owner}/{repo}/deployments/{id}/statuses. */
export interface StatusRequest {
  readonly state: DeploymentState;
  readonly description: string;
  readonly log_url?: string;
  readonly environment_url?: string;
}

/** Where a status points: the run's log and, on success, what was deployed. */
export interface StatusLinks {
  readonly logUrl?: string | undefined;
  readonly environmentUrl?: string | undefined;
}

/** GitHub's limit on a deployment's and a status's description. */
const DESCRIPTION_LIMIT = 140;

/** The permission the github-token needs for every call here. */
const PERMISSION = 'deployments: write';

export function deploymentRequest(subject: DeploymentSubject): DeploymentRequest {
  const { functionName, alias } = subject;
  const what = alias === undefined ? functionName : `${functionName} alias ${alias}`;
  return {
    ref: subject.sha,
    environment: subject.environment,
    auto_merge: false,
    required_contexts: [],
    transient_environment: subject.preview,
    ...(subject.preview ? { production_environment: false as const } : {}),
    description: limit(`Lambda ${what}`),
    payload:
      alias === undefined
        ? { function_name: functionName }
        : { function_name: functionName, alias },
  };
}

const STATUS_DESCRIPTIONS: Readonly<Record<DeploymentState, string>> = {
  in_progress: 'Deploying',
  success: 'Deployed',
  failure: 'The deploy failed; the run says why',
  inactive: 'The preview was removed',
};

export function statusRequest(state: DeploymentState, links: StatusLinks): StatusRequest {
  return {
    state,
    description: STATUS_DESCRIPTIONS[state],
    ...(links.logUrl === undefined ? {} : { log_url: links.logUrl }),
    ...(links.environmentUrl === undefined ? {} : { environment_url: links.environmentUrl }),
  };
}

/** The run's page, from the variables the runner sets; undefined outside a runner. */
export function runUrl(env: Environment): string | undefined {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const run = env['GITHUB_RUN_ID'];
  if (!server || !repository || !run) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${run}`;
}

/** The deployment calls of the REST API, for one repository. */
export class GitHubDeployments {
  constructor(
    private readonly octokit: GitHubClient,
    private readonly repository: RepoRef,
  ) {}

  /** Creates the deployment; returns its id. */
  async create(request: DeploymentRequest): Promise<number> {
    const { data } = await this.octokit.rest.repos.createDeployment({
      ...this.repo(),
      ...request,
      required_contexts: [...request.required_contexts],
    });
    // A 202 answer (a merge instead of a deployment) cannot come with auto_merge false.
    if (!('id' in data)) throw new Error(`GitHub created no deployment: ${data.message ?? ''}`);
    return data.id;
  }

  async setStatus(deploymentId: number, request: StatusRequest): Promise<void> {
    await this.octokit.rest.repos.createDeploymentStatus({
      ...this.repo(),
      deployment_id: deploymentId,
      ...request,
    });
  }

  /**
   * Marks the deployments of `environment` inactive, except those already inactive and those
   * another function's deploys made; returns the ids marked.
   */
  async deactivate(
    environment: string,
    functionName: string,
    links: StatusLinks,
  ): Promise<number[]> {
    const deployments = await allGitHubPages(
      'listDeployments',
      this.octokit.paginate.iterator(this.octokit.rest.repos.listDeployments, {
        ...this.repo(),
        environment,
        per_page: 100,
      }),
    );
    const marked: number[] = [];
    for (const deployment of deployments) {
      if (!isOf(deployment.payload, functionName)) continue;
      const { data: statuses } = await this.octokit.rest.repos.listDeploymentStatuses({
        ...this.repo(),
        deployment_id: deployment.id,
        per_page: 1,
      });
      // Newest first.
      if (statuses[0]?.state === 'inactive') continue;
      await this.setStatus(deployment.id, statusRequest('inactive', links));
      marked.push(deployment.id);
    }
    return marked;
  }

  private repo(): { owner: string; repo: string } {
    return { owner: this.repository.owner, repo: this.repository.repo };
  }
}

function limit(text: string): string {
  return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}

/** True unless the payload names another function (one this action recorded for it). */
function isOf(payload: unknown, functionName: string): boolean {
  const named = (payload as { function_name?: unknown } | null | undefined)?.function_name;
  return typeof named !== 'string' || named === functionName;
}

/**
 * One deploy's deployment, best effort: a GitHub failure is a warning, never the deploy's
 * failure, and a deployment that could not be created gets no statuses.
 */
export class DeploymentRecord {
  private id: number | undefined;

  constructor(
    private readonly api: () => GitHubDeployments,
    private readonly subject: () => DeploymentSubject,
    private readonly links: StatusLinks,
    private readonly timeoutSeconds: number,
    private readonly log: Logger,
  ) {}

  /** Creates the deployment and sets it in progress; returns its id, undefined when it failed. */
  async start(): Promise<number | undefined> {
    let subject: DeploymentSubject | undefined;
    try {
      subject = this.subject();
      const api = this.api();
      this.id = await api.create(deploymentRequest(subject));
      this.log.info(
        `GitHub deployment ${this.id}: ${subject.sha} to environment ${subject.environment}`,
      );
      await api.setStatus(this.id, statusRequest('in_progress', this.links));
    } catch (error) {
      this.warn(
        this.id === undefined
          ? `Could not create a GitHub deployment${subject === undefined ? '' : ` in environment ${subject.environment}`}`
          : `Could not set GitHub deployment ${this.id} in progress`,
        error,
      );
    }
    return this.id;
  }

  /** The deploy is done: success, pointing at `environmentUrl` when there is one. */
  async succeeded(environmentUrl: string | undefined): Promise<void> {
    await this.finish('success', environmentUrl);
  }

  /** The deploy failed; its own error is what fails the step. */
  async failed(): Promise<void> {
    await this.finish('failure', undefined);
  }

  private async finish(
    state: 'success' | 'failure',
    environmentUrl: string | undefined,
  ): Promise<void> {
    if (this.id === undefined) return;
    try {
      await this.api().setStatus(this.id, statusRequest(state, { ...this.links, environmentUrl }));
      this.log.info(`GitHub deployment ${this.id}: ${state}`);
    } catch (error) {
      this.warn(`Could not set GitHub deployment ${this.id} to ${state}`, error);
    }
  }

  private warn(what: string, error: unknown): void {
    this.log.warning(`${what}: ${redact(githubFailure(error, this.timeoutSeconds, PERMISSION))}.`);
  }
}

/** What the action knows of the run, read once where a deployment is made. */
export interface RunFacts {
  readonly env: Environment;
  readonly timeoutSeconds: number;
  readonly log: Logger;
}

/**
 * With github-deployment, the deployment of this run's commit for `functionName` (and `alias`);
 * nothing is sent until it starts.
 */
export function recordDeployment(
  config: GitHubDeploymentConfig | undefined,
  target: { readonly functionName: string; readonly alias: string | undefined },
  facts: RunFacts,
): DeploymentRecord | undefined {
  if (config === undefined) return undefined;
  keepSecret(config.token);
  let api: GitHubDeployments | undefined;
  return new DeploymentRecord(
    // context.repo throws outside a runner (no GITHUB_REPOSITORY): a warning, in start().
    () =>
      (api ??= new GitHubDeployments(
        githubClient(config.token, facts.timeoutSeconds),
        context.repo,
      )),
    () => ({
      sha: deployedCommit(),
      ...target,
      environment: config.environment,
      preview: target.alias !== undefined && currentPullRequest() !== undefined,
    }),
    { logUrl: runUrl(facts.env) },
    facts.timeoutSeconds,
    facts.log,
  );
}

/** delete-alias: marks the environment's deployments of `functionName` inactive, best effort. */
export async function retireEnvironment(
  config: GitHubDeploymentConfig,
  functionName: string,
  facts: RunFacts,
): Promise<void> {
  keepSecret(config.token);
  try {
    const api = new GitHubDeployments(
      githubClient(config.token, facts.timeoutSeconds),
      context.repo,
    );
    const marked = await api.deactivate(config.environment, functionName, {
      logUrl: runUrl(facts.env),
    });
    facts.log.info(
      marked.length === 0
        ? `GitHub environment ${config.environment}: no active deployment to mark inactive`
        : `GitHub environment ${config.environment}: deployments ${marked.join(', ')} marked inactive`,
    );
  } catch (error) {
    facts.log.warning(
      `Could not mark the deployments of GitHub environment ${config.environment} inactive: ` +
        `${redact(githubFailure(error, facts.timeoutSeconds, PERMISSION))}.`,
    );
  }
}
