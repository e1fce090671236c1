import { DeployError } from '../errors.js';
import type { UpdateFunctionConfigurationRequest } from '@aws-sdk/client-lambda';
import type { FunctionState, S3ObjectRef } from '../aws/function-state.js';
import {
  accountOf,
  checkCode,
  planCode,
  type CodePlan,
  type DeployableCode,
} from '../resources/code/plan.js';
import { createdSettings, planConfiguration } from '../resources/configuration/plan.js';
import type { SettingChange } from '../resources/configuration/compare.js';
import { attachedLayers, decideLayer, type LayerPlan } from '../resources/layer/plan.js';
import { planFunctionUrl } from '../resources/function-url/plan.js';
import type { DeployConfig } from '../inputs.js';
import type { SettingSource } from '../inputs/config-file.js';
import type { DeploymentPackage } from '../package/package-contents.js';
import type { LayerVersion } from '../aws/lambda-layer.js';
import {
  configurationSignature,
  NEW_VERSION,
  type PublishPlan,
  type VersionState,
} from '../resources/versions/plan.js';
import type { DeployState } from './deploy-state.js';
import { planCodeSigning, type CodeSigningPlan } from '../resources/code-signing/plan.js';
import {
  planProvisionedConcurrency,
  planReservedConcurrency,
  type ProvisionedConcurrencyPlan,
  type ReservedConcurrencyPlan,
} from '../resources/concurrency/plan.js';
import { planRollout, planTriggers, type RolloutPlan } from './release-guards.js';
import type { TriggerCheck } from './trigger-check.js';
import { type AliasPlan, planAlias, checkCanaryRole } from '../resources/alias/plan.js';
import type { UrlPlan } from '../resources/function-url/plan.js';
import { planAsyncInvoke, type AsyncInvokePlan } from '../resources/async-invoke/plan.js';
import {
  planRuntimeSettings,
  type RuntimeSettingsPlan,
} from '../resources/runtime-settings/plan.js';
import {
  planCodeStorage,
  planCopyBack,
  type CodeStoragePlan,
} from '../resources/code-storage/plan.js';
import { checkTenancy } from '../resources/tenancy/plan.js';
import type { DurableOnVersion } from '../resources/durable/read.js';
import {
  planManagedInstances,
  type ManagedInstancesPlan,
} from '../resources/managed-instances/plan.js';
import { planCodeDeploy, type CodeDeployPlan } from '../resources/codedeploy/plan.js';

/** Everything a deploy will do, decided once from the inputs and what was read. */
export interface DeployPlan {
  readonly function: {
    readonly name: string;
    readonly action: 'create' | 'update';
    /** As read: apply carries its RevisionId and CodeSha256 as preconditions. */
    readonly found: FunctionState | undefined;
  };
  readonly code: CodePlan;
  /** What UpdateFunctionConfiguration sends (only what differs), and the changes it makes. */
  readonly configuration: {
    readonly update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>;
    readonly changes: readonly SettingChange[];
  };
  readonly tags: Readonly<Record<string, string>>;
  readonly layer: (LayerPlan & { readonly name: string }) | undefined;
  readonly release: {
    readonly publish: PublishPlan;
    readonly alias: AliasPlan | undefined;
    readonly url: UrlPlan | undefined;
    /** The new version is invoked with smoke-test before any alias moves. */
    readonly smokeTest: boolean;
    /** Traffic in steps, or a canary or alias watched by alarms. */
    readonly rollout: RolloutPlan | undefined;
    /** rollout-engine: codedeploy: a CodeDeploy deployment shifts the alias. */
    readonly codedeploy?: CodeDeployPlan | undefined;
  };
  /** keep-versions: after the release, delete older versions beyond the newest `keep`. */
  readonly prune?: { readonly keep: number; readonly durable?: boolean } | undefined;
  /** tags-mode replace: tag keys to remove (never aws: ones). */
  readonly untag?: readonly string[] | undefined;
  /** reserved-concurrency to set or remove (PutFunctionConcurrency / DeleteFunctionConcurrency). */
  readonly reservedConcurrency?: ReservedConcurrencyPlan | undefined;
  /** code-signing-config-arn to set or remove, before the code. */
  readonly codeSigning?: CodeSigningPlan | undefined;
  /** provisioned-concurrency on the alias's new version, READY before the alias moves. */
  readonly provisionedConcurrency?: ProvisionedConcurrencyPlan | undefined;
  /** Where each setting input came from (the input, or config-file), for the plan's output. */
  readonly settingSources?: Readonly<Record<string, SettingSource>> | undefined;
  /** An alias another run left mid-rollout, and what this run did about it before planning. */
  readonly interrupted?: InterruptedRollout | undefined;
  /** async-invoke-config to put on the alias (or $LATEST), once the release is done. */
  readonly asyncInvoke?: AsyncInvokePlan | undefined;
  /** recursive-loop and runtime-update to put, before the code. */
  readonly runtimeSettings?: RuntimeSettingsPlan | undefined;
  /** code-storage reference: where the function's package stays, checked before any write. */
  readonly codeStorage?: CodeStoragePlan | undefined;
  /** code-storage copy for a function that points at this object: Lambda takes a copy again. */
  readonly copyBack?: S3ObjectRef | undefined;
  /**
   * Event source mappings and service permissions that reach the function outside the alias
   * released; undefined when the release has no canary, steps or smoke test, or releases nothing.
   */
  readonly triggers?: TriggerCheck | undefined;
  /** The alias moves off a durable version with executions still going on it: how many. */
  readonly durableLeft?: DurableOnVersion | undefined;
  /** A function on a capacity provider: $LATEST.PUBLISHED republished, scaling-config put. */
  readonly managedInstances?: ManagedInstancesPlan | undefined;
}

/** An alias left mid-rollout by another run (its marker), and on-interrupted's action. */
export interface InterruptedRollout {
  readonly alias: string;
  /** The run that left it: GITHUB_RUN_ID.GITHUB_RUN_ATTEMPT. */
  readonly run: string;
  readonly target: string;
  readonly step: number;
  readonly steps: readonly number[];
  readonly action: 'revert' | 'resume' | 'fail';
  /** The routing as found. */
  readonly found: string;
  /** The routing after it was handled, as read back; undefined in a dry run. */
  readonly after: string | undefined;
}

/** What the run built: the function's code, and the layer's package when there is one. */
export interface BuiltCode {
  readonly code: DeployableCode;
  readonly layer: DeploymentPackage | undefined;
  /** The version the function's record names for the layer's tree, when it was not built. */
  readonly layerRecorded?: LayerVersion | undefined;
}

/**
 * The plan: a function of the inputs, what was built and what was read, with no I/O. A
 * dry run shows it; a real run shows it, then applies exactly it.
 */
export function planDeploy(config: DeployConfig, state: DeployState, built: BuiltCode): DeployPlan {
  const found = state.function;
  const { code } = built;
  checkCode(found, code, config.settings.architecture, state.image);
  checkCanaryRole(found, config.settings, config.release);
  checkTenancy(found, config.settings, config.release.smokeTest);

  const layer =
    config.layer === undefined || built.layer === undefined
      ? undefined
      : {
          name: config.layer.name,
          ...decideLayer(
            config.layer,
            built.layer,
            config.settings.layers ?? attachedLayers(found),
            accountOf(found?.arn ?? config.settings.role),
            state.layerNewest,
            built.layerRecorded,
          ),
        };
  const settings =
    layer === undefined ? config.settings : { ...config.settings, layers: layer.layers };
  const configuration =
    found === undefined
      ? { update: {}, changes: createdSettings(settings, config.functionName), tags: {} }
      : planConfiguration(settings, found);
  const codeStorage = planCodeStorage(code, state.codeBucket, found);
  const copyBack = planCopyBack(code, found);
  const codePlan = switchStorage(
    planCode(found, code, settings.architecture, config.skipUnchanged),
    codeStorage?.switching === true || copyBack !== undefined,
  );
  const codeAction = codePlan.action;

  // Nothing about $LATEST changes: a version that already holds it needs no twin.
  const latestUnchanged =
    codeAction === 'skip' && configuration.changes.length === 0 && layer?.publish !== true;
  const publish = !config.release.publish
    ? 'none'
    : (latestUnchanged && found !== undefined && holdingVersion(state, found)) || NEW_VERSION;
  const target = publish === 'none' || publish === NEW_VERSION ? NEW_VERSION : publish.version;
  const alias = planAlias(config, state.alias, target);
  const rollout = planRollout(config, state, {
    before: alias?.before,
    version: target === NEW_VERSION ? undefined : target,
  });
  // A version the alias already routes to, unchanged, has been serving: nothing to try.
  const smokeTest =
    config.release.smokeTest !== undefined &&
    publish !== 'none' &&
    (publish === NEW_VERSION || alias?.action !== 'keep');
  const triggers = planTriggers(config, state, {
    released: publish === NEW_VERSION || (alias !== undefined && alias.action !== 'keep'),
    smokeTest,
  });

  return {
    function: {
      name: found?.name ?? config.functionName,
      action: found === undefined ? 'create' : 'update',
      found,
    },
    code: codePlan,
    configuration: { update: configuration.update, changes: configuration.changes },
    tags: configuration.tags,
    layer,
    release: {
      publish,
      alias,
      url: planUrl(config, state),
      smokeTest,
      rollout,
      codedeploy: codeDeployOf(config, state),
    },
    prune:
      config.release.keepVersions === undefined || publish === 'none'
        ? undefined
        : {
            keep: config.release.keepVersions,
            // Its versions' durable executions are listed before any is deleted.
            durable:
              config.settings.durableConfig !== undefined ||
              found?.configuration.DurableConfig !== undefined,
          },
    ...(configuration.untag === undefined ? {} : { untag: configuration.untag }),
    reservedConcurrency: planReservedConcurrency(
      config.settings.reservedConcurrency,
      state.concurrency?.reserved,
    ),
    codeSigning: planCodeSigning(config.settings.codeSigningConfigArn, state.codeSigningConfigArn),
    provisionedConcurrency: planProvisionedConcurrency(
      config.settings.provisionedConcurrency,
      state.concurrency?.provisioned,
      target,
    ),
    settingSources: config.settingSources,
    triggers,
    asyncInvoke: planAsyncInvoke(
      config.extras.asyncInvoke,
      config.release.alias,
      state.asyncInvoke,
    ),
    runtimeSettings: planRuntimeSettings(config.extras, found && state.runtimeSettings),
    codeStorage,
    copyBack,
    durableLeft: leftBehind(state, alias),
    managedInstances: planManagedInstances({
      settings: config.settings,
      found,
      publishes: config.release.publish,
      target,
      changes:
        found === undefined ||
        codeAction !== 'skip' ||
        configuration.changes.length > 0 ||
        layer?.publish === true ||
        !holdsLatest(state.latestPublished, found),
      read: state.scaling,
    }),
  };
}

/** A function running this very package from the other storage mode gets it again, in the mode asked. */
function switchStorage(code: CodePlan, switching: boolean): CodePlan {
  return code.action === 'skip' && switching ? { ...code, action: 'update' } : code;
}

/** The durable executions still going on the version the alias moves its primary off. */
function leftBehind(
  state: DeployState,
  alias: AliasPlan | undefined,
): DurableOnVersion | undefined {
  const on = state.durableOnAlias;
  if (on === undefined || alias === undefined || alias.action === 'keep') return undefined;
  return alias.after.version === on.version ? undefined : on;
}

/** False when $LATEST.PUBLISHED (read for Managed Instances) is missing or behind $LATEST. */
function holdsLatest(published: DeployState['latestPublished'], found: FunctionState): boolean {
  if (published === undefined) return true;
  return (
    published !== 'none' &&
    published.codeSha256 === found.codeSha256 &&
    published.signature === configurationSignature(found)
  );
}

function codeDeployOf(config: DeployConfig, state: DeployState): CodeDeployPlan | undefined {
  const wanted = config.release.codedeploy;
  if (wanted === undefined || state.function === undefined) return undefined;
  if (state.codedeploy === undefined) {
    throw new DeployError('rollout-engine: codedeploy, but CodeDeploy was not read');
  }
  return planCodeDeploy(wanted, state.codedeploy, config.release.rollout.alarms, state.alias);
}

/** The alias's version (or weighted one) that holds $LATEST's code and settings already. */
function holdingVersion(state: DeployState, found: FunctionState): VersionState | undefined {
  const signature = configurationSignature(found);
  return state.versions.find(
    (version) => version.codeSha256 === found.codeSha256 && version.signature === signature,
  );
}

function planUrl(config: DeployConfig, state: DeployState): UrlPlan | undefined {
  const mode = config.release.functionUrl;
  if (mode === 'none') return undefined;
  return planFunctionUrl(mode, config.release.alias, config.extras, state.url, state.statementIds);
}

/** True when applying the plan would change anything at all. */
export function planChanges(plan: DeployPlan): boolean {
  const { release } = plan;
  return (
    plan.function.action === 'create' ||
    plan.code.action !== 'skip' ||
    plan.configuration.changes.length > 0 ||
    Object.keys(plan.tags).length > 0 ||
    (plan.untag ?? []).length > 0 ||
    plan.reservedConcurrency !== undefined ||
    plan.codeSigning !== undefined ||
    plan.provisionedConcurrency?.action === 'put' ||
    plan.asyncInvoke !== undefined ||
    plan.runtimeSettings !== undefined ||
    plan.managedInstances?.publishLatest === true ||
    plan.managedInstances?.scaling !== undefined ||
    plan.layer?.publish === true ||
    release.publish === NEW_VERSION ||
    (release.alias !== undefined && release.alias.action !== 'keep') ||
    (release.url !== undefined &&
      (release.url.action !== 'keep' ||
        release.url.statements.add.length + release.url.statements.remove.length > 0))
  );
}

/**
 * What the plan prunes: keep-versions with a release, in a run that changes something (a
 * run that plans no changes makes only read calls).
 */
export function plannedPrune(plan: DeployPlan): DeployPlan['prune'] {
  return plan.prune !== undefined && plan.release.publish !== 'none' && planChanges(plan)
    ? plan.prune
    : undefined;
}
