import path from 'node:path';
import { InputError } from './errors.js';

export type SymlinkPolicy = 'follow' | 'error';

export interface DirectorySource {
  readonly kind: 'directory';
  readonly path: string;
  /** Globs relative to `path`; none means every file. */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly symlinks: SymlinkPolicy;
}

export type PackageSource = DirectorySource | { readonly kind: 'zip-file'; readonly path: string };

export type S3UploadMode = 'auto' | 'always' | 'never';

export interface S3Options {
  readonly bucket: string | undefined;
  readonly keyPrefix: string;
  readonly upload: S3UploadMode;
  /** The account expected to own the bucket; by default the function's own. */
  readonly bucketOwner: string | undefined;
}

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
}

/** delete-alias: true removes a preview and builds nothing. */
export interface CleanupConfig {
  readonly functionName: string;
  readonly region: string;
  readonly alias: string;
  readonly prComment: PullRequestComment | undefined;
}

/** The alias rule of Lambda: letters, digits, '-' and '_', not all digits, 1 to 128. */
const ALIAS = /^(?![0-9]+$)[a-zA-Z0-9_-]{1,128}$/;
const DESCRIPTION_LIMIT = 256;

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

/** Returns the input's value, trimmed, or '' when it is not set. */
export type ReadInput = (name: string) => string;

export type Environment = Readonly<Record<string, string | undefined>>;

export const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;
export const DEFAULT_S3_KEY_PREFIX = 'lambda-deploy/';
/** GitHub ends a job after 6 hours, so longer waits can never finish. */
const MAX_WAIT_TIMEOUT_SECONDS = 21_600;

const FUNCTION_NAME =
  /^(?:arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+):)?(?:\d{12}:)?(?:function:)?(?<name>[a-zA-Z0-9_-]+)(?<qualifier>:[^:]*)?$/;
const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const ACCOUNT = /^\d{12}$/;

/** The function's own name, from a name, partial ARN or ARN. */
export function functionBaseName(functionName: string): string {
  return functionName.slice(functionName.lastIndexOf(':') + 1);
}

export function parseInputs(read: ReadInput, env: Environment): DeployConfig {
  const { functionName, arnRegion } = parseFunctionName(read('function-name'));
  const release = parseRelease(read, env);
  const prComment = parsePullRequestComment(read, env);
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
  };
}

function parseRelease(read: ReadInput, env: Environment): ReleaseConfig {
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

function parseAlias(value: string): string | undefined {
  if (value === '') return undefined;
  if (!ALIAS.test(value)) {
    throw new InputError(
      'alias',
      `'${value}' is not an alias name: letters, digits, '-' and '_', not all digits, at most 128`,
    );
  }
  return value;
}

function parsePullRequestComment(
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

function parseFunctionName(value: string): { functionName: string; arnRegion: string | undefined } {
  const accepted =
    'a function name (letters, digits, - and _; at most 64), a partial ARN or an ARN';
  if (value === '') throw new InputError('function-name', `is required: ${accepted}`);
  const match = FUNCTION_NAME.exec(value);
  const name = match?.groups?.['name'];
  if (!match || name === undefined || name.length > 64 || value.length > 140) {
    throw new InputError('function-name', `'${value}' is not ${accepted}`);
  }
  if (match.groups?.['qualifier'] !== undefined) {
    throw new InputError(
      'function-name',
      `'${value}' names a version or alias; give the function without a qualifier`,
    );
  }
  return { functionName: value, arnRegion: match.groups?.['region'] };
}

function parseRegion(value: string, arnRegion: string | undefined, env: Environment): string {
  if (value !== '' && !REGION.test(value)) {
    throw new InputError('region', `'${value}' is not an AWS region name such as eu-west-1`);
  }
  if (value !== '' && arnRegion !== undefined && value !== arnRegion) {
    throw new InputError(
      'region',
      `'${value}' differs from the region in function-name's ARN (${arnRegion})`,
    );
  }
  if (arnRegion !== undefined) return arnRegion;
  if (value !== '') return value;
  for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const fromEnv = nonEmpty(env[variable]);
    if (fromEnv === undefined) continue;
    if (!REGION.test(fromEnv)) {
      throw new InputError(
        'region',
        `not set, and ${variable} is '${fromEnv}', not an AWS region name such as eu-west-1`,
      );
    }
    return fromEnv;
  }
  throw new InputError(
    'region',
    'no region given: set this input, or AWS_REGION (configure-aws-credentials sets it)',
  );
}

function parsePackageSource(read: ReadInput, workspace: string): PackageSource {
  const source = read('source');
  const zipFile = read('zip-file');
  if (source !== '' && zipFile !== '') {
    throw new InputError(
      'source',
      "set only one of 'source' (a directory) and 'zip-file' (a .zip)",
    );
  }
  const include = parsePatterns('include', read('include'));
  const exclude = parsePatterns('exclude', read('exclude'));
  const symlinks = parseChoice(
    'symlinks',
    read('symlinks'),
    ['follow', 'error'] as const,
    'follow',
  );
  if (source !== '') {
    return { kind: 'directory', path: path.resolve(workspace, source), include, exclude, symlinks };
  }
  for (const [name, patterns] of [
    ['include', include],
    ['exclude', exclude],
  ] as const) {
    if (zipFile !== '' && patterns.length > 0) {
      throw new InputError(name, "applies to 'source' only; a zip-file is deployed as it is");
    }
  }
  if (zipFile !== '') return { kind: 'zip-file', path: path.resolve(workspace, zipFile) };
  throw new InputError('source', "is required: set 'source' (a directory) or 'zip-file' (a .zip)");
}

function parseS3Options(read: ReadInput): S3Options {
  const bucket = nonEmpty(read('s3-bucket'));
  if (bucket !== undefined && (!BUCKET.test(bucket) || bucket.includes('..'))) {
    throw new InputError(
      's3-bucket',
      `'${bucket}' is not a bucket name (3 to 63 lower-case letters, digits, '.' and '-')`,
    );
  }
  const upload = parseChoice(
    's3-upload',
    read('s3-upload'),
    ['auto', 'always', 'never'] as const,
    'auto',
  );
  if (upload === 'always' && bucket === undefined) {
    throw new InputError('s3-bucket', "is required when s3-upload is 'always'");
  }
  const keyPrefix = read('s3-key-prefix') === '' ? DEFAULT_S3_KEY_PREFIX : read('s3-key-prefix');
  if (keyPrefix.startsWith('/') || keyPrefix.length > 512) {
    throw new InputError(
      's3-key-prefix',
      `'${keyPrefix}' must not start with '/' and may be 512 characters at most`,
    );
  }
  const bucketOwner = nonEmpty(read('s3-bucket-owner'));
  if (bucketOwner !== undefined && !ACCOUNT.test(bucketOwner)) {
    throw new InputError('s3-bucket-owner', `'${bucketOwner}' is not a 12-digit AWS account ID`);
  }
  return { bucket, keyPrefix, upload, bucketOwner };
}

/** One glob a line; blank lines and lines starting with '#' are skipped. */
function parsePatterns(input: string, value: string): string[] {
  const patterns = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      throw new InputError(
        input,
        `'${pattern}': negated patterns are not supported; use 'exclude'`,
      );
    }
    if (pattern.split('/').includes('..')) {
      throw new InputError(input, `'${pattern}' reaches outside the source directory with '..'`);
    }
  }
  return patterns;
}

export function parseChoice<T extends string>(
  input: string,
  value: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === '') return fallback;
  const choice = choices.find((candidate) => candidate === value);
  if (choice === undefined) {
    throw new InputError(input, `'${value}' is not one of ${choices.join(', ')}`);
  }
  return choice;
}

export function parseBoolean(input: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  // The YAML 1.2 core schema's spellings, as @actions/core's getBooleanInput accepts.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(input, `'${value}' is not true or false`);
}

interface IntegerRange {
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
  readonly unit: string;
}

export function parseInteger(input: string, value: string, range: IntegerRange): number {
  if (value === '') return range.fallback;
  const accepted = `a whole number of ${range.unit} from ${range.min} to ${range.max}`;
  if (!/^\d+$/.test(value)) throw new InputError(input, `'${value}' is not ${accepted}`);
  const number = Number(value);
  if (number < range.min || number > range.max) {
    throw new InputError(input, `${value} is out of range: give ${accepted}`);
  }
  return number;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
