// github-deployment and deployment-environment: recording the deploy as a GitHub deployment.
import { InputError } from '../errors.js';
import { parseBoolean, type Environment, type ReadInput } from './values.js';

/** Set when the run should record a GitHub deployment of the commit it deploys. */
export interface GitHubDeploymentConfig {
  readonly token: string;
  /** The GitHub environment the deployment is for: deployment-environment, the alias or `lambda`. */
  readonly environment: string;
}

/** GitHub's own limit on an environment's name. */
const ENVIRONMENT_LIMIT = 255;

/** The environment of a run without an alias, so that every deployment has one. */
export const DEFAULT_DEPLOYMENT_ENVIRONMENT = 'lambda';

export function parseGitHubDeployment(
  read: ReadInput,
  env: Environment,
  alias: string | undefined,
): GitHubDeploymentConfig | undefined {
  const enabled = parseBoolean('github-deployment', read('github-deployment'), false);
  const named = read('deployment-environment');
  if (!enabled) {
    if (named !== '') {
      throw new InputError(
        'deployment-environment',
        'applies only with github-deployment: true (the environment to record the deployment in)',
      );
    }
    return undefined;
  }
  const token = read('github-token') || (env['GITHUB_TOKEN'] ?? '');
  if (token === '') {
    throw new InputError(
      'github-token',
      'is required with github-deployment: true (${{ github.token }}, with deployments: write)',
    );
  }
  return {
    token,
    environment: parseEnvironmentName(named) ?? alias ?? DEFAULT_DEPLOYMENT_ENVIRONMENT,
  };
}

function parseEnvironmentName(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > ENVIRONMENT_LIMIT || /\p{Cc}/u.test(value)) {
    throw new InputError(
      'deployment-environment',
      `is not an environment name: one line of at most ${ENVIRONMENT_LIMIT} characters`,
    );
  }
  return value;
}
