import { DeployError } from '../errors.js';
import type { UpdateFunctionConfigurationRequest } from '@aws-sdk/client-lambda';
import type { FunctionState } from '../aws/function-state.js';
import {
  accountOf,
  checkCode,
  planCode,
  type CodePlan,
  type DeployableCode,
} from '../resources/code/plan.js';
import { planConfiguration } from '../resources/configuration/plan.js';
import type { SettingChange } from '../resources/configuration/compare.js';
import { attachedLayers, decideLayer, type LayerPlan } from '../resources/layer/plan.js';
import { urlStatementsToChange } from '../resources/function-url/plan.js';
import type { DeployConfig } from '../inputs.js';
import type { SettingSource } from '../inputs/config-file.js';
import type { DeploymentPackage } from '../package/package-contents.js';
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
  readonly prune?: { readonly keep: number } | undefined;
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
  /**
   * Event source mappings and service permissions that reach the function outside the alias
   * released; undefined when the release has no canary, steps or smoke test, or releases nothing.
   */
  readonly triggers?: TriggerCheck | undefined;
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
          ),
        };
  const settings =
    layer === undefined ? config.settings : { ...config.settings, layers: layer.layers };
  const configuration =
    found === undefined
      ? { update: {}, changes: [], tags: {} }
      : planConfiguration(settings, found);
  const codePlan = planCode(found, code, settings.architecture, config.skipUnchanged);
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
        : { keep: config.release.keepVersions },
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
  };
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
  const authType = mode === 'public' ? 'NONE' : 'AWS_IAM';
  const existing = state.url;
  return {
    qualifier: config.release.alias,
    authType,
    action: existing === undefined ? 'create' : existing.authType === authType ? 'keep' : 'update',
    url: existing?.url,
    statements: urlStatementsToChange(mode, state.statementIds),
  };
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
export function plannedPrune(plan: DeployPlan): { readonly keep: number } | undefined {
  return plan.prune !== undefined && plan.release.publish !== 'none' && planChanges(plan)
    ? plan.prune
    : undefined;
}
