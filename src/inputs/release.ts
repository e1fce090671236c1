// Versions, aliases, traffic, function URLs and the pull request comment.
import { InputError } from '../errors.js';
import {
  parseBoolean,
  parseChoice,
  parseInteger,
  type Environment,
  type ReadInput,
} from './values.js';

export type FunctionUrlMode = 'none' | 'public' | 'iam';

export interface ReleaseConfig {
  /** True when `publish` is set or an alias is given. */
  readonly publish: boolean;
  readonly alias: string | undefined;
  /** Percent of the alias's traffic for the new version, 1 to 100. */
  readonly traffic: number;
  readonly functionUrl: FunctionUrlMode;
  readonly versionDescription: string;
}

/** Set when the run should create or update the pull request's preview comment. */
export interface PullRequestComment {
  readonly token: string;
}

/** The alias rule of Lambda: letters, digits, '-' and '_', not all digits, 1 to 128. */
const ALIAS = /^(?![0-9]+$)[a-zA-Z0-9_-]{1,128}$/;

const DESCRIPTION_LIMIT = 256;

export function parseRelease(read: ReadInput, env: Environment): ReleaseConfig {
  const alias = parseAlias(read('alias'));
  const traffic = parseInteger('traffic', read('traffic'), {
    min: 1,
    max: 100,
    fallback: 100,
    unit: 'percent',
  });
  if (traffic < 100 && alias === undefined) {
    throw new InputError('traffic', `${traffic} needs an alias: set alias to split its traffic`);
  }
  const description = read('version-description') || defaultVersionDescription(env);
  if (description.length > DESCRIPTION_LIMIT) {
    throw new InputError('version-description', `is over Lambda's ${DESCRIPTION_LIMIT} characters`);
  }
  return {
    publish: parseBoolean('publish', read('publish'), false) || alias !== undefined,
    alias,
    traffic,
    functionUrl: parseChoice(
      'function-url',
      read('function-url'),
      ['none', 'public', 'iam'] as const,
      'none',
    ),
    versionDescription: description,
  };
}

export function parseAlias(value: string): string | undefined {
  if (value === '') return undefined;
  if (!ALIAS.test(value)) {
    throw new InputError(
      'alias',
      `'${value}' is not an alias name: letters, digits, '-' and '_', not all digits, at most 128`,
    );
  }
  return value;
}

export function parsePullRequestComment(
  read: ReadInput,
  env: Environment,
): PullRequestComment | undefined {
  if (!parseBoolean('comment-on-pr', read('comment-on-pr'), false)) return undefined;
  const token = read('github-token') || (env['GITHUB_TOKEN'] ?? '');
  if (token === '') {
    throw new InputError(
      'github-token',
      'is required with comment-on-pr: true (${{ github.token }})',
    );
  }
  return { token };
}

/** "a1b2c3d refs/heads/main, run 123456 attempt 1": which commit and run made the version. */
function defaultVersionDescription(env: Environment): string {
  const sha = (env['GITHUB_SHA'] ?? '').slice(0, 7);
  const ref = env['GITHUB_REF'] ?? '';
  const run = env['GITHUB_RUN_ID'];
  const attempt = env['GITHUB_RUN_ATTEMPT'];
  const parts = [
    sha,
    ref,
    run === undefined ? '' : `run ${run}${attempt ? ` attempt ${attempt}` : ''}`,
  ];
  const text = parts.filter((part) => part !== '').join(' ');
  return (text === '' ? 'Deployed by lambda-deploy' : text).slice(0, DESCRIPTION_LIMIT);
}
