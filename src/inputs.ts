// Every input, parsed and checked in one place, before any AWS call.
import { InputError } from './errors.js';
import { parseFunctionName, parseRegion } from './inputs/function-target.js';
import { parsePackageSource, type PackageSource } from './inputs/package-source.js';
import {
  parseAlias,
  parsePullRequestComment,
  parseRelease,
  type PullRequestComment,
  type ReleaseConfig,
} from './inputs/release.js';
import { parseS3Options, type S3Options } from './inputs/s3.js';
import { checkCreatable, parseSettings, type FunctionSettings } from './inputs/settings.js';
import { parseBoolean, parseInteger, type Environment, type ReadInput } from './inputs/values.js';

export * from './inputs/values.js';
export * from './inputs/function-target.js';
export * from './inputs/package-source.js';
export * from './inputs/s3.js';
export * from './inputs/release.js';
export * from './inputs/settings.js';

export interface DeployConfig {
  /** As the user gave it: a name, a partial ARN or an ARN; Lambda accepts each. */
  readonly functionName: string;
  readonly region: string;
  readonly packageSource: PackageSource;
  readonly s3: S3Options;
  readonly skipUnchanged: boolean;
  readonly waitTimeoutSeconds: number;
  readonly release: ReleaseConfig;
  readonly prComment: PullRequestComment | undefined;
  readonly settings: FunctionSettings;
  /** Create the function when it does not exist (role, runtime and handler are then required). */
  readonly createIfMissing: boolean;
  /** Build and read, print the plan, change nothing. */
  readonly dryRun: boolean;
}

/** delete-alias: true removes a preview and builds nothing. */
export interface CleanupConfig {
  readonly functionName: string;
  readonly region: string;
  readonly alias: string;
  readonly prComment: PullRequestComment | undefined;
}

/** True when the step removes a preview (delete-alias) rather than deploys. */
export function isCleanup(read: ReadInput): boolean {
  return parseBoolean('delete-alias', read('delete-alias'), false);
}

export function parseCleanupInputs(read: ReadInput, env: Environment): CleanupConfig {
  const { functionName, arnRegion } = parseFunctionName(read('function-name'));
  const alias = parseAlias(read('alias'));
  if (alias === undefined) {
    throw new InputError('alias', 'is required with delete-alias: true (the alias to remove)');
  }
  return {
    functionName,
    region: parseRegion(read('region'), arnRegion, env),
    alias,
    prComment: parsePullRequestComment(read, env),
  };
}

export const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;

/** GitHub ends a job after 6 hours, so longer waits can never finish. */
const MAX_WAIT_TIMEOUT_SECONDS = 21_600;

export function parseInputs(read: ReadInput, env: Environment): DeployConfig {
  const { functionName, arnRegion } = parseFunctionName(read('function-name'));
  const release = parseRelease(read, env);
  const prComment = parsePullRequestComment(read, env);
  const settings = parseSettings(read);
  const createIfMissing = parseBoolean('create-if-missing', read('create-if-missing'), false);
  if (createIfMissing) checkCreatable(settings);
  if (prComment !== undefined && release.alias === undefined) {
    throw new InputError(
      'alias',
      'is required with comment-on-pr: true (the preview to comment on)',
    );
  }
  return {
    functionName,
    region: parseRegion(read('region'), arnRegion, env),
    packageSource: parsePackageSource(read, env['GITHUB_WORKSPACE'] ?? process.cwd()),
    s3: parseS3Options(read),
    skipUnchanged: parseBoolean('skip-unchanged', read('skip-unchanged'), true),
    waitTimeoutSeconds: parseInteger('wait-timeout', read('wait-timeout'), {
      min: 1,
      max: MAX_WAIT_TIMEOUT_SECONDS,
      fallback: DEFAULT_WAIT_TIMEOUT_SECONDS,
      unit: 'seconds',
    }),
    release,
    prComment,
    settings,
    createIfMissing,
    dryRun: parseBoolean('dry-run', read('dry-run'), false),
  };
}
