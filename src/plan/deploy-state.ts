import type { AlarmDefinition, CloudWatchAlarms } from '../aws/cloudwatch-alarms.js';
import type { FunctionState } from '../aws/function-state.js';
import type { LambdaFunction } from '../aws/lambda-function.js';
import type { LambdaLayer, LayerVersion } from '../aws/lambda-layer.js';
import type { AliasState } from '../aws/lambda-release-shapes.js';
import type { LambdaRelease } from '../aws/lambda-release.js';
import type { DeployConfig } from '../inputs.js';
import type { EcrImages, ImageFacts } from '../aws/ecr-images.js';
import type { LambdaExtras } from '../aws/lambda-extras.js';
import { readConcurrency, type ConcurrencyState } from '../resources/concurrency/plan.js';
import { runsImage } from '../resources/code/plan.js';
import type { LambdaTriggers, TriggersRead } from '../aws/lambda-triggers.js';
import { needsTriggerCheck } from './trigger-check.js';
import { type VersionState, toVersionState } from '../resources/versions/plan.js';
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
  readonly url: { readonly url: string; readonly authType: string } | undefined;
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
  /** CodeDeploy, with rollout-engine: codedeploy. */
  readonly codedeploy?: CodeDeploy | undefined;
}

/** Reads what the plan needs; only Get, List and Head calls. */
export async function readDeployState(
  readers: StateReaders,
  config: DeployConfig,
): Promise<DeployState> {
  const { lambda, releaser } = readers;
  const { alias, functionUrl, publish } = config.release;
  const found = config.createIfMissing ? await lambda.find() : await lambda.read();
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
  };
}

/** The clients a run reads and writes with: the same the plan's reads were made with. */
export type Apis = StateReaders;
