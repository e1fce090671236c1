// Versions, aliases, traffic, function URLs and the pull request comment.
import { InputError } from '../errors.js';
import { parseCodeDeploy, type CodeDeployRollout } from './codedeploy.js';
import {
  parseKeepVersions,
  parseRollout,
  parseSmokeTest,
  type Rollout,
  type SmokeTest,
} from './safe-release.js';
import { parseBoolean, parseChoice, type Environment, type ReadInput } from './values.js';

export type FunctionUrlMode = 'none' | 'public' | 'iam';

export type OnInterrupted = 'revert' | 'resume' | 'fail';

export interface ReleaseConfig {
  /** True when `publish` is set or an alias is given. */
  readonly publish: boolean;
  readonly alias: string | undefined;
  /** Percent of the alias's traffic for the new version at the first step, 1 to 100. */
  readonly traffic: number;
  /** All the steps, with how long each holds and the alarms watched meanwhile. */
  readonly rollout: Rollout;
  /** Invoked on the new version before any alias moves. */
  readonly smokeTest: SmokeTest | undefined;
  /** Keep this many of the newest versions after a release; undefined keeps all. */
  readonly keepVersions: number | undefined;
  /** "1a2b3c4 run 42": recorded with each alias move. */
  readonly runLabel: string;
  /** "42.1" (GITHUB_RUN_ID.GITHUB_RUN_ATTEMPT): recorded with each step of a rollout. */
  readonly runId: string;
  /** smoke-test-after: invoke the alias with the smoke test once it is at 100 %. */
  readonly smokeTestAfter: boolean;
  /** on-interrupted: what to do first about an alias left mid-rollout by another run. */
  readonly onInterrupted: OnInterrupted;
  readonly functionUrl: FunctionUrlMode;
  readonly versionDescription: string;
  /**
   * trigger-check: what a trigger that bypasses the release (an event source mapping or a
   * service permission outside the alias) does: a warning, or a refusal before any change.
   */
  readonly triggerCheck: TriggerCheckMode;
  /** rollout-engine: codedeploy: the CodeDeploy deployment that shifts the alias. */
  readonly codedeploy?: CodeDeployRollout | undefined;
}

export type TriggerCheckMode = 'warn' | 'fail';

/** Set when the run should create or update the pull request's preview comment. */
export interface PullRequestComment {
  readonly token: string;
}

/** The alias rule of Lambda: letters, digits, '-' and '_', not all digits, 1 to 128. */
const ALIAS = /^(?![0-9]+$)[a-zA-Z0-9_-]{1,128}$/;

const DESCRIPTION_LIMIT = 256;

export function parseRelease(read: ReadInput, env: Environment): ReleaseConfig {
  const alias = parseAlias(read('alias'));
  const rollout = parseRollout(read, alias);
  const smokeTest = parseSmokeTest(read, env['GITHUB_WORKSPACE'] ?? process.cwd());
  const keepVersions = parseKeepVersions(read);
  const description = read('version-description') || defaultVersionDescription(env);
  if (description.length > DESCRIPTION_LIMIT) {
    throw new InputError('version-description', `is over Lambda's ${DESCRIPTION_LIMIT} characters`);
  }
  const publish = parseBoolean('publish', read('publish'), false) || alias !== undefined;
  if (smokeTest !== undefined && !publish) {
    throw new InputError('smoke-test', 'needs a version to invoke: set alias or publish: true');
  }
  if (keepVersions !== undefined && !publish) {
    throw new InputError('keep-versions', 'prunes after a release: set alias or publish: true');
  }
  const smokeTestAfter = parseBoolean('smoke-test-after', read('smoke-test-after'), false);
  if (smokeTestAfter && alias === undefined) {
    throw new InputError('smoke-test-after', 'invokes the alias once it is at 100 %: set alias');
  }
  if (smokeTestAfter && smokeTest === undefined) {
    throw new InputError('smoke-test-after', 'needs smoke-test: the payload to invoke with');
  }
  const codedeploy = parseCodeDeploy(read, alias, rollout);
  return {
    publish,
    alias,
    codedeploy,
    traffic: rollout.steps[0] ?? 100,
    rollout,
    smokeTest,
    keepVersions,
    runLabel: runLabel(env),
    runId: runId(env),
    smokeTestAfter,
    onInterrupted: parseChoice(
      'on-interrupted',
      read('on-interrupted'),
      ['revert', 'resume', 'fail'] as const,
      'revert',
    ),
    functionUrl: parseChoice(
      'function-url',
      read('function-url'),
      ['none', 'public', 'iam'] as const,
      'none',
    ),
    versionDescription: description,
    triggerCheck: parseChoice(
      'trigger-check',
      read('trigger-check'),
      ['warn', 'fail'] as const,
      'warn',
    ),
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

/** "1a2b3c4 run 42": the commit and run, as the runner's variables give them. */
export function runLabel(env: Readonly<Record<string, string | undefined>>): string {
  const sha = (env['GITHUB_SHA'] ?? '').slice(0, 7);
  const run = env['GITHUB_RUN_ID'];
  return [sha, run === undefined ? '' : `run ${run}`].filter((part) => part !== '').join(' ');
}

/** "42.1": the run and its attempt, which tell this run's marks on an alias from another's. */
export function runId(env: Readonly<Record<string, string | undefined>>): string {
  const run = env['GITHUB_RUN_ID'];
  return run === undefined || run === '' ? 'local' : `${run}.${env['GITHUB_RUN_ATTEMPT'] || '1'}`;
}
