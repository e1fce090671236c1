// Every input, parsed and checked in one place, before any AWS call.
import { InputError } from './errors.js';
import { parseFunctionName, parseRegion } from './inputs/function-target.js';
import { parseGitHubDeployment, type GitHubDeploymentConfig } from './inputs/github.js';
import { otherLayers, parseLayer, type LayerConfig } from './inputs/layer.js';
import { parseCodeSource, parseSymlinks, type CodeSource } from './inputs/package-source.js';
import {
  parseAlias,
  parsePullRequestComment,
  parseRelease,
  runLabel,
  type PullRequestComment,
  type ReleaseConfig,
} from './inputs/release.js';
import { parseS3Options, type S3Options } from './inputs/s3.js';
import {
  checkCreatable,
  MAX_LAYERS,
  parseSettings,
  type FunctionSettings,
} from './inputs/settings.js';
import { withConfigFile, type SettingSource } from './inputs/config-file.js';
import { parseRollbackTarget } from './inputs/safe-release.js';
import { parseBoolean, parseInteger, type Environment, type ReadInput } from './inputs/values.js';
import type { InputName } from './inputs/schema.js';
import {
  parseUrlAsyncRuntime,
  type UrlAsyncRuntimeSettings,
} from './inputs/settings/url-async-runtime.js';

export * from './inputs/values.js';
export * from './inputs/function-target.js';
export * from './inputs/package-source.js';
export * from './inputs/layer.js';
export * from './inputs/s3.js';
export * from './inputs/release.js';
export * from './inputs/safe-release.js';
export * from './inputs/codedeploy.js';
export * from './inputs/github.js';
export * from './inputs/settings.js';
export type * from './inputs/settings/url-async-runtime.js';

export interface DeployConfig {
  /** As the user gave it: a name, a partial ARN or an ARN; Lambda accepts each. */
  readonly functionName: string;
  readonly region: string;
  /** A directory or zip to deploy as a zip package, or a container image. */
  readonly code: CodeSource;
  readonly s3: S3Options;
  readonly skipUnchanged: boolean;
  readonly waitTimeoutSeconds: number;
  /** How long a request may go without an answer, or without a byte moving, before it is retried. */
  readonly requestTimeoutSeconds: number;
  readonly release: ReleaseConfig;
  readonly prComment: PullRequestComment | undefined;
  /** github-deployment: record the deploy as a GitHub deployment of the commit. */
  readonly githubDeployment: GitHubDeploymentConfig | undefined;
  readonly settings: FunctionSettings;
  /** code-storage, the URL's invoke mode and CORS, async-invoke-config, recursion, runtime updates. */
  readonly extras: UrlAsyncRuntimeSettings;
  /** A layer to publish from a directory and attach (layer-name, layer-source). */
  readonly layer: LayerConfig | undefined;
  /** Create the function when it does not exist (role, runtime and handler are then required). */
  readonly createIfMissing: boolean;
  /** Build and read, print the plan, change nothing. */
  readonly dryRun: boolean;
  /** For each setting input given, whether the input or config-file gave it. */
  readonly settingSources: Readonly<Record<string, SettingSource>>;
  /** Said once in the log before anything runs: config-file's ignored keys. */
  readonly notices: readonly string[];
}

/** delete-alias: true removes a preview and builds nothing. */
export interface CleanupConfig {
  readonly functionName: string;
  readonly region: string;
  readonly alias: string;
  readonly prComment: PullRequestComment | undefined;
  /** github-deployment: mark the environment's deployments inactive. */
  readonly githubDeployment?: GitHubDeploymentConfig | undefined;
  readonly requestTimeoutSeconds: number;
}

/** rollback-to: moves the alias back to an earlier version and builds nothing. */
export interface RollbackConfig {
  readonly functionName: string;
  readonly region: string;
  readonly alias: string;
  /** 'previous' (the version the alias routed to before this action last moved it) or a version. */
  readonly target: string;
  /** "1a2b3c4 run 42": recorded in the alias's description with the move. */
  readonly runLabel: string;
  readonly requestTimeoutSeconds: number;
  /** Read and plan the move, and stop there. */
  readonly dryRun: boolean;
}

/** True when the step rolls an alias back (rollback-to) rather than deploys. */
export function isRollback(read: ReadInput): boolean {
  return read('rollback-to') !== '';
}

export function parseRollbackInputs(read: ReadInput, env: Environment): RollbackConfig {
  const { functionName, arnRegion } = parseFunctionName(read('function-name'));
  const target = parseRollbackTarget(read('rollback-to'));
  const alias = parseAlias(read('alias'));
  if (alias === undefined) {
    throw new InputError('alias', 'is required with rollback-to (the alias to move back)');
  }
  if (isCleanup(read)) {
    throw new InputError('rollback-to', 'and delete-alias: true cannot be used together');
  }
  return {
    functionName,
    region: parseRegion(read('region'), arnRegion, env),
    alias,
    target,
    runLabel: runLabel(env),
    requestTimeoutSeconds: parseRequestTimeout(read),
    dryRun: parseBoolean('dry-run', read('dry-run'), false),
  };
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
    githubDeployment: parseGitHubDeployment(read, env, alias),
    requestTimeoutSeconds: parseRequestTimeout(read),
  };
}

export const DEFAULT_WAIT_TIMEOUT_SECONDS = 600;

/** GitHub ends a job after 6 hours, so longer waits can never finish. */
const MAX_WAIT_TIMEOUT_SECONDS = 21_600;

export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;

function parseRequestTimeout(read: ReadInput): number {
  return parseInteger('request-timeout', read('request-timeout'), {
    min: 1,
    max: 3_600,
    fallback: DEFAULT_REQUEST_TIMEOUT_SECONDS,
    unit: 'seconds',
  });
}

export function parseInputs(read: ReadInput, env: Environment): DeployConfig {
  const { functionName, arnRegion } = parseFunctionName(read('function-name'));
  const workspace = env['GITHUB_WORKSPACE'] ?? process.cwd();
  const code = parseCodeSource(read, workspace);
  const release = parseRelease(read, env);
  const prComment = parsePullRequestComment(read, env);
  const githubDeployment = parseGitHubDeployment(read, env, release.alias);
  // config-file lies under the setting inputs; its values pass the same checks, named by key.
  const fromFile = withConfigFile(read, workspace);
  const settings = fromFile.explain(() => parseSettings(fromFile.read));
  const layer = parseLayer(read, workspace, parseSymlinks(read));
  // Before the S3 inputs, which would otherwise ask for a bucket an image never uses.
  fromFile.explain(() => {
    checkImageInputs(read, settings, layer, code.kind === 'image');
  });
  const s3 = parseS3Options(read);
  fromFile.explain(() => {
    checkLayerCount(settings, layer);
  });
  const createIfMissing = parseBoolean('create-if-missing', read('create-if-missing'), false);
  checkProvisionedConcurrency(settings, release);
  if (createIfMissing) checkCreatable(settings, code.kind === 'image' ? 'Image' : 'Zip');
  if (prComment !== undefined && release.alias === undefined) {
    throw new InputError(
      'alias',
      'is required with comment-on-pr: true (the preview to comment on)',
    );
  }
  return {
    functionName,
    region: parseRegion(read('region'), arnRegion, env),
    code,
    s3,
    skipUnchanged: parseBoolean('skip-unchanged', read('skip-unchanged'), true),
    waitTimeoutSeconds: parseInteger('wait-timeout', read('wait-timeout'), {
      min: 1,
      max: MAX_WAIT_TIMEOUT_SECONDS,
      fallback: DEFAULT_WAIT_TIMEOUT_SECONDS,
      unit: 'seconds',
    }),
    requestTimeoutSeconds: parseRequestTimeout(read),
    release,
    prComment,
    githubDeployment,
    settings,
    extras: parseUrlAsyncRuntime(read, {
      image: code.kind === 'image',
      functionUrl: release.functionUrl !== 'none',
    }),
    layer,
    createIfMissing,
    dryRun: parseBoolean('dry-run', read('dry-run'), false),
    settingSources: fromFile.sources,
    notices: fromFile.notice === undefined ? [] : [fromFile.notice],
  };
}

/**
 * An image brings its own runtime and handler, cannot have layers and never goes through S3;
 * the image's command, entry point and working directory apply to an image only.
 */
function checkImageInputs(
  read: ReadInput,
  settings: FunctionSettings,
  layer: LayerConfig | undefined,
  image: boolean,
): void {
  if (!image) {
    const imageOnly: [InputName, boolean][] = [
      ['image-command', settings.imageConfig?.command !== undefined],
      ['image-entrypoint', settings.imageConfig?.entryPoint !== undefined],
      ['image-working-directory', settings.imageConfig?.workingDirectory !== undefined],
    ];
    for (const [input, given] of imageOnly) {
      if (given) {
        throw new InputError(
          input,
          "applies only with image-uri: it overrides the container image's settings, and a zip has none",
        );
      }
    }
    return;
  }
  const zipOnly: [InputName, boolean, string][] = [
    ['runtime', settings.runtime !== undefined, 'the image brings its own runtime'],
    ['handler', settings.handler !== undefined, 'the image sets its own entry point'],
    ['layers', settings.layers !== undefined, 'Lambda does not attach layers to image functions'],
    ['layer-name', layer !== undefined, 'Lambda does not attach layers to image functions'],
    ['s3-bucket', read('s3-bucket') !== '', 'an image is not uploaded; Lambda pulls it from ECR'],
    [
      's3-upload',
      read('s3-upload') === 'always',
      'an image is not uploaded; Lambda pulls it from ECR',
    ],
  ];
  for (const [input, given, why] of zipOnly) {
    if (given) throw new InputError(input, `does not apply with image-uri: ${why}`);
  }
}

/** With an explicit layers list, the published layer must still fit in Lambda's five. */
function checkLayerCount(settings: FunctionSettings, layer: LayerConfig | undefined): void {
  if (layer === undefined || settings.layers === undefined) return;
  const others = otherLayers(settings.layers, layer.name);
  if (others.length >= MAX_LAYERS) {
    throw new InputError(
      'layers',
      `lists ${others.length} other layers, and layer-name adds one more; a function takes at most ${MAX_LAYERS}`,
    );
  }
}

/**
 * Provisioned concurrency is set on the version an alias routes to; Lambda refuses it on an
 * alias with weights, so a canary or traffic in steps cannot have it.
 */
function checkProvisionedConcurrency(settings: FunctionSettings, release: ReleaseConfig): void {
  if (settings.provisionedConcurrency === undefined) return;
  if (release.alias === undefined) {
    throw new InputError(
      'provisioned-concurrency',
      'is set on the version an alias routes to: set alias too',
    );
  }
  if (release.traffic < 100 || release.rollout.steps.length > 1) {
    throw new InputError(
      'provisioned-concurrency',
      `cannot go with traffic '${release.rollout.steps.join(',')}': Lambda refuses provisioned ` +
        'concurrency on an alias that routes to two versions; deploy with traffic 100 (the default)',
    );
  }
}
