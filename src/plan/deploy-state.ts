import type { AlarmDefinition, CloudWatchAlarms } from '../aws/cloudwatch-alarms.js';
import type { FunctionState } from '../aws/function-state.js';
import type { LambdaFunction } from '../aws/lambda-function.js';
import type { LambdaLayer, LayerVersion } from '../aws/lambda-layer.js';
import type { AliasState, FunctionUrlState } from '../aws/lambda-release-shapes.js';
import type { LambdaRelease } from '../aws/lambda-release.js';
import type { DeployConfig } from '../inputs.js';
import type { EcrImages, ImageFacts } from '../aws/ecr-images.js';
import type { LambdaExtras } from '../aws/lambda-extras.js';
import { readConcurrency, type ConcurrencyState } from '../resources/concurrency/plan.js';
import { runsImage } from '../resources/code/plan.js';
import type { LambdaTriggers, TriggersRead } from '../aws/lambda-triggers.js';
import { needsTriggerCheck } from './trigger-check.js';
import { type VersionState, toVersionState } from '../resources/versions/plan.js';
import type { LambdaAsyncRuntime } from '../aws/lambda-async-runtime.js';
import type { CodeBucketState, S3CodeBucket } from '../aws/s3-code-bucket.js';
import { readAsyncInvoke, type AsyncInvokeState } from '../resources/async-invoke/plan.js';
import {
  readRuntimeSettings,
  type RuntimeSettingsState,
} from '../resources/runtime-settings/plan.js';
import { readDurableOnAlias, type DurableOnVersion } from '../resources/durable/read.js';
import {
  LATEST_PUBLISHED,
  onCapacityProvider,
  readScaling,
  type ScalingRead,
} from '../resources/managed-instances/plan.js';
import type { CodeDeploy } from '../aws/codedeploy.js';
import { readCodeDeploy, type CodeDeployRead } from '../resources/codedeploy/plan.js';

/** Everything a plan is decided from: what the run found, read with read-only calls. */
export interface DeployState {
  /** Undefined when the function does not exist (and create-if-missing is set). */
  readonly function: FunctionState | undefined;
  /** The layer's newest version, when the run publishes a layer. */
  readonly layerNewest: LayerVersion | undefined;
  readonly alias: AliasState | undefined;
  /**
   * Versions that may already hold this run's code: the alias's (primary and weighted); with
   * no alias, or one still to be created, the newest version.
   */
  readonly versions: readonly VersionState[];
  /** The function URL on the alias (or the function), with its auth type. */
  readonly url: FunctionUrlState | undefined;
  /** Statement IDs of the resource policy where the URL is. */
  readonly statementIds: ReadonlySet<string>;
  /** Each alarm a rollout watches: its state and metrics; reading them refuses a missing one. */
  readonly alarms: ReadonlyMap<string, AlarmDefinition>;
  /**
   * The function's event source mappings and resource policy, read when the release has a
   * canary, steps or a smoke test (trigger-check.ts); undefined when unread.
   */
  readonly triggers?: TriggersRead | undefined;
  /** Reserved and provisioned concurrency, read only when set (resources/concurrency/plan.ts). */
  readonly concurrency?: ConcurrencyState | undefined;
  /** The code signing config's ARN ('' for none), read only when code-signing-config-arn is set. */
  readonly codeSigningConfigArn?: string | undefined;
  /** image-uri's manifest as ECR has it (resources/code/image-check.ts); undefined when unread. */
  readonly image?: ImageFacts | undefined;
  /** async-invoke-config's qualifier as read; undefined when the input is not set. */
  readonly asyncInvoke?: AsyncInvokeState | undefined;
  /** recursive-loop and runtime-update as read, only when set. */
  readonly runtimeSettings?: RuntimeSettingsState | undefined;
  /** s3-bucket's versioning and lifecycle rules, read for code-storage reference. */
  readonly codeBucket?: CodeBucketState | undefined;
  /** A durable function's durable executions still going on the alias's version, when read. */
  readonly durableOnAlias?: DurableOnVersion | undefined;
  /** scaling-config as read on the versions the release may route (Managed Instances). */
  readonly scaling?: ScalingRead | undefined;
  /** A Managed Instances function released without a numbered version: $LATEST.PUBLISHED. */
  readonly latestPublished?: VersionState | 'none' | undefined;
  /** rollout-engine: codedeploy: the application, group and config as read. */
  readonly codedeploy?: CodeDeployRead | undefined;
}

export interface StateReaders {
  readonly lambda: LambdaFunction;
  readonly releaser: LambdaRelease;
  readonly layer: LambdaLayer | undefined;
  readonly alarms: CloudWatchAlarms | undefined;
  /** Concurrency and code signing calls; only needed when those inputs are set. */
  readonly extras?: LambdaExtras | undefined;
  /** ECR, to read image-uri's manifest before the deploy. */
  readonly images?: EcrImages | undefined;
  /** Event source mappings and the resource policy, for the trigger check. */
  readonly triggers?: LambdaTriggers | undefined;
  /** Reads each layer version named, failing on one that does not exist. */
  readonly layerVersions?: ((arns: readonly string[]) => Promise<void>) | undefined;
  /** Asynchronous invocation, recursion and runtime management calls. */
  readonly asyncRuntime?: LambdaAsyncRuntime | undefined;
  /** s3-bucket's reads and deletes, for code-storage reference. */
  readonly codeBucket?: S3CodeBucket | undefined;
  /** CodeDeploy, with rollout-engine: codedeploy. */
  readonly codedeploy?: CodeDeploy | undefined;
}

/** Reads what the plan needs; only Get, List and Head calls. */
export async function readDeployState(
  readers: StateReaders,
  config: DeployConfig,
  /** Told of the function as soon as it is read, before the rest is. */
  onFunction: (found: FunctionState | undefined) => void = () => undefined,
): Promise<DeployState> {
  const { lambda, releaser } = readers;
  const { alias, functionUrl, publish } = config.release;
  const found = config.createIfMissing ? await lambda.find() : await lambda.read();
  onFunction(found);
  const layerNewest = readers.layer === undefined ? undefined : await readers.layer.newest();
  const alarms =
    readers.alarms === undefined
      ? new Map<string, AlarmDefinition>()
      : await readers.alarms.definitions();
  // Not for a Zip function (the plan refuses it) nor an image the function runs already.
  const image =
    config.code.kind === 'image' &&
    readers.images !== undefined &&
    (found === undefined || (found.packageType === 'Image' && !runsImage(found, config.code.uri)))
      ? await readers.images.inspect(config.code.uri)
      : undefined;
  if (found === undefined) {
    return {
      function: undefined,
      layerNewest,
      alias: undefined,
      versions: [],
      url: undefined,
      statementIds: new Set(),
      alarms,
      image,
      codeBucket: await readCodeBucket(readers, config),
    };
  }
  const aliasState = alias === undefined ? undefined : await releaser.getAlias(alias);
  const candidates =
    aliasState !== undefined
      ? [aliasState.version, ...Object.keys(aliasState.weights)]
      : publish
        ? [await releaser.newestVersion()].flatMap((version) => version ?? [])
        : [];
  const versions = await Promise.all(
    candidates
      .filter((version) => version !== '$LATEST')
      .map(async (version) => toVersionState(await lambda.readVersion(version))),
  );
  const urlWanted = functionUrl !== 'none';
  const { extras } = readers;
  const { settings } = config;
  return {
    function: found,
    layerNewest,
    alias: aliasState,
    versions,
    url: urlWanted ? await releaser.getFunctionUrl(alias) : undefined,
    statementIds: urlWanted ? await releaser.statementIds(alias) : new Set(),
    alarms,
    image,
    concurrency:
      extras === undefined ? undefined : await readConcurrency(extras, settings, aliasState),
    codeSigningConfigArn:
      extras === undefined || settings.codeSigningConfigArn === undefined
        ? undefined
        : await extras.codeSigningConfig(),
    codedeploy:
      readers.codedeploy === undefined || config.release.codedeploy === undefined
        ? undefined
        : await readCodeDeploy(readers.codedeploy, config.release.codedeploy),
    triggers:
      readers.triggers === undefined || !needsTriggerCheck(config.release)
        ? undefined
        : await readers.triggers.read(found.arn),
    ...(await readUrlAsyncRuntime(
      readers,
      config,
      aliasState !== undefined || alias === undefined,
    )),
    durableOnAlias: await readDurableOnAlias(releaser, found, aliasState),
    scaling:
      extras === undefined
        ? undefined
        : await readScaling(extras, found, settings, [
            ...versions.map((version) => version.version),
            ...(publish ? [] : [LATEST_PUBLISHED]),
          ]),
    latestPublished:
      publish || !onCapacityProvider(found, settings)
        ? undefined
        : await lambda
            .findVersion(LATEST_PUBLISHED)
            .then((version) => (version === undefined ? 'none' : toVersionState(version))),
  };
}

/** async-invoke-config's, recursive-loop's, runtime-update's and code-storage's reads. */
async function readUrlAsyncRuntime(
  readers: StateReaders,
  config: DeployConfig,
  qualifierExists: boolean,
): Promise<Pick<DeployState, 'asyncInvoke' | 'runtimeSettings' | 'codeBucket'>> {
  const api = readers.asyncRuntime;
  const { extras } = config;
  return {
    asyncInvoke:
      api === undefined || extras.asyncInvoke === undefined
        ? undefined
        : await readAsyncInvoke(api, config.release.alias, qualifierExists),
    runtimeSettings: api === undefined ? undefined : await readRuntimeSettings(api, extras),
    codeBucket: await readCodeBucket(readers, config),
  };
}

async function readCodeBucket(
  readers: StateReaders,
  config: DeployConfig,
): Promise<CodeBucketState | undefined> {
  const bucket = config.s3.bucket;
  if (config.extras.codeStorage !== 'reference' || readers.codeBucket === undefined)
    return undefined;
  return bucket === undefined ? undefined : readers.codeBucket.read(bucket);
}

/** The clients a run reads and writes with: the same the plan's reads were made with. */
export type Apis = StateReaders;
