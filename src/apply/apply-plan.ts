import { routingText, type PublishedVersion } from '../aws/lambda-release-shapes.js';

import type { Logger } from '../logger.js';

import type { DeployPlan } from '../plan/deploy-plan.js';

import { versionOutputs, type DeployOutcome } from '../report/outputs.js';
import { accountOf } from '../resources/code/plan.js';
import { deployCode, type CodeUpdateResult } from '../resources/code/apply.js';
import { recordFingerprint } from '../resources/code/record.js';
import { applyConfiguration, type ConfigurationResult } from '../resources/configuration/apply.js';
import { createFunction } from '../resources/function/apply.js';
import { attachedLayers } from '../resources/layer/plan.js';
import { publishLayer, type LayerResult } from '../resources/layer/apply.js';
import { plannedPrune } from '../plan/deploy-plan.js';
import { pruneVersions } from '../resources/versions/apply.js';
import { publishPlanned } from '../resources/versions/apply.js';
import { NEW_VERSION } from '../resources/versions/plan.js';
import { releaseAll } from './release-all.js';

import { runSmokeTest } from './smoke-test.js';
import type { LambdaExtras } from '../aws/lambda-extras.js';
import { DeployError, withOutputs, withState } from '../errors.js';
import { applyCodeSigning } from '../resources/code-signing/apply.js';
import {
  applyReservedConcurrency,
  provisionVersion,
  releaseOldAllocation,
} from '../resources/concurrency/apply.js';

import { type Apis } from '../plan/deploy-state.js';
import { applyRuntimeSettings } from '../resources/runtime-settings/apply.js';
import { putAsyncInvoke, pruneWithObjects } from './apply-url-async-runtime.js';
import { applyScaling, publishLatestPublished } from '../resources/managed-instances/apply.js';
import { type PlannedRun, type Prepared } from './planned-run.js';

/**
 * Carries out the plan and nothing else, in order: the layer, the settings, the code, then
 * the release. Each step says, when it fails, what the steps before it left.
 */
export async function applyPlan(run: PlannedRun): Promise<DeployOutcome> {
  const prepared = await prepare(run);
  try {
    const [released] = await releaseAll([prepared], {
      phases: run.phases,
      log: run.log,
      guard: run.guard,
      save: run.save ?? (() => undefined),
      labelled: false,
    });
    if (released === undefined) throw new DeployError('The release gave no result');
    return await settle(prepared, released);
  } catch (error) {
    throw withOutputs(error, versionOutputs(prepared.version));
  }
}

/**
 * Everything before traffic moves: the layer, the settings and code, the version published,
 * Active, smoke-tested and provisioned. Many functions switched together are all prepared
 * first; no alias moves if any of them fails.
 */
export async function prepare(run: PlannedRun): Promise<Prepared> {
  const layer = await applyLayer(run);
  const changed = await applyFunction(run, layer).catch((error: unknown) => {
    throw withState(
      error,
      run.plan.function.found === undefined
        ? 'No version was published and no alias moved.'
        : "No version was published and no alias moved: $LATEST may hold part of this run's changes, " +
            'which the next deploy replaces.',
    );
  });
  const { version, smokeTest } = await readyRelease(run, changed.code.function);
  return { run, layer, changed, version, smokeTest };
}

/**
 * The end of a release, once the alias is where it stays: the old version's provisioned
 * concurrency freed, versions pruned; the run's outcome.
 */
export async function settle(
  prepared: Prepared,
  moved: DeployOutcome['release'],
): Promise<DeployOutcome> {
  const { run, layer, changed } = prepared;
  const released = await freeOldAllocation(run, moved);
  await putAsyncInvoke(run, released);
  const prune = plannedPrune(run.plan);
  const pruned =
    prune === undefined
      ? undefined
      : await run.phases.run('Prune versions', () =>
          pruneWithObjects(run, (api) =>
            pruneVersions(api, prune.keep, released.version?.version, run.log),
          ),
        );
  return {
    pruned,
    ...changed.code,
    created: run.plan.function.found === undefined,
    package: run.built.deployable.kind === 'zip' ? run.built.deployable.package : undefined,
    imageUri: run.built.deployable.kind === 'image' ? run.built.deployable.uri : undefined,
    layer,
    release: released,
    configurationChanges: [
      ...(changed.configured?.changes ?? []),
      ...(changed.code.architectureChange === undefined ? [] : [changed.code.architectureChange]),
    ],
  };
}

/** The settings, then the code: updated as planned, or the function created with both. */
async function applyFunction(
  { plan, apis, built, config, phases, log }: PlannedRun,
  layer: LayerResult | undefined,
): Promise<{ configured: ConfigurationResult | undefined; code: CodeUpdateResult }> {
  const found = plan.function.found;
  const planned = plan.configuration;
  // The plan names a layer version still to be published as ':(new)'; now it has its ARN.
  const update =
    layer === undefined || planned.update.Layers === undefined
      ? planned.update
      : { ...planned.update, Layers: [...layer.layers] };
  const settings =
    layer === undefined ? config.settings : { ...config.settings, layers: layer.layers };
  const { waitTimeoutSeconds } = config;
  // Before the code: Lambda checks a code update against the code signing config.
  if (found !== undefined) await applySeparateSettings({ plan, apis, phases, log });
  const untag = plan.untag ?? [];
  const configured =
    found === undefined ||
    (planned.changes.length === 0 && Object.keys(plan.tags).length === 0 && untag.length === 0)
      ? undefined
      : await phases.run('Configuration', () =>
          applyConfiguration(
            apis.lambda,
            { update, changes: planned.changes, tags: plan.tags, untag },
            waitTimeoutSeconds,
            log,
            found,
          ),
        );
  const current = configured?.function ?? found;
  if (current === undefined) {
    const created = await phases.run('Create function', () =>
      createFunction(apis.lambda, built.deployable, settings, waitTimeoutSeconds, log),
    );
    // CreateFunction took the code signing config; reserved concurrency needs the function.
    await applySeparateSettings({ plan: { ...plan, codeSigning: undefined }, apis, phases, log });
    await recordFingerprint(apis.lambda, built, layer, created.function, log);
    return { configured, code: created };
  }
  if (plan.code.action === 'skip') {
    await recordFingerprint(apis.lambda, built, layer, current, log);
    return { configured, code: skipped(current, log, plan.code.byFingerprint === true) };
  }
  const code = await phases.run('Update code', () =>
    deployCode(
      apis.lambda,
      built.deployable,
      { skipUnchanged: false, waitTimeoutSeconds, architecture: settings.architecture },
      log,
      current,
    ),
  );
  await recordFingerprint(apis.lambda, built, layer, code.function, log);
  return { configured, code };
}

function skipped(
  current: NonNullable<DeployPlan['function']['found']>,
  log: Logger,
  byFingerprint: boolean,
): CodeUpdateResult {
  log.info(
    byFingerprint
      ? 'The function already runs the zip of this tree (by fingerprint): nothing built, code update skipped (skip-unchanged)'
      : 'The function already runs this package: code update skipped (skip-unchanged)',
  );
  return { function: current, deployed: false, staged: undefined };
}

async function applyLayer(run: PlannedRun): Promise<LayerResult | undefined> {
  const { plan, apis, built, config, phases, log } = run;
  const { layer: layerPlan } = plan;
  const { layerPackage } = built;
  if (layerPlan === undefined || config.layer === undefined || layerPackage === undefined) {
    return undefined;
  }
  if (apis.layer === undefined) return undefined;
  const layerApi = apis.layer;
  const layerConfig = config.layer;
  const found = plan.function.found;
  return phases.run(`Layer ${layerPlan.name}`, () =>
    publishLayer(
      layerApi,
      {
        config: layerConfig,
        package: layerPackage.pkg,
        upload: layerPackage.upload,
        attached: config.settings.layers ?? attachedLayers(found),
        description: config.release.versionDescription,
        account: accountOf(found?.arn ?? config.settings.role),
        recorded: layerPackage.recorded,
      },
      log,
      layerPlan,
    ).catch((error: unknown) => {
      throw withState(error, 'The function was not changed.');
    }),
  );
}

/**
 * Code signing, reserved concurrency, recursion and runtime management: Lambda keeps them apart
 * from the configuration.
 */
async function applySeparateSettings({
  plan,
  apis,
  phases,
  log,
}: Pick<PlannedRun, 'plan' | 'apis' | 'phases' | 'log'>): Promise<void> {
  const { codeSigning, reservedConcurrency, runtimeSettings } = plan;
  if (codeSigning !== undefined || reservedConcurrency !== undefined) {
    const extras = needExtras(apis);
    await phases.run('Code signing and concurrency', async () => {
      if (codeSigning !== undefined) await applyCodeSigning(extras, codeSigning, log);
      if (reservedConcurrency !== undefined)
        await applyReservedConcurrency(extras, reservedConcurrency, log);
    });
  }
  const api = apis.asyncRuntime;
  if (runtimeSettings !== undefined && api !== undefined) {
    await phases.run('Recursion and runtime updates', () =>
      applyRuntimeSettings(api, runtimeSettings, log),
    );
  }
}

function needExtras(apis: Apis): LambdaExtras {
  if (apis.extras === undefined) {
    throw new DeployError('The plan sets concurrency or code signing, but no client was given');
  }
  return apis.extras;
}

/** Publishes as planned, then readies the version: Active, smoke-tested, provisioned. */
async function readyRelease(
  run: PlannedRun,
  deployed: DeployOutcome['function'],
): Promise<Pick<Prepared, 'version' | 'smokeTest'>> {
  const { plan, apis, config, phases, log } = run;
  const { smokeTest } = config.release;
  const managed = plan.managedInstances;
  if (plan.release.publish === 'none') {
    if (managed !== undefined && (managed.publishLatest || managed.scaling !== undefined)) {
      await phases.run('Publish', () =>
        publishLatestPublished(
          apis,
          managed,
          deployed,
          {
            description: config.release.versionDescription,
            waitTimeoutSeconds: config.waitTimeoutSeconds,
          },
          log,
        ),
      );
    }
    return { version: undefined, smokeTest: undefined };
  }
  // A version that already holds this code is only read: no group for it.
  const version =
    plan.release.publish === NEW_VERSION
      ? await phases.run('Publish', () => publishReady(run, deployed))
      : await publishReady(run, deployed);
  if (version === undefined) return { version, smokeTest: undefined };
  const unrouted = (error: unknown) => {
    throw withOutputs(
      withState(
        error,
        `Version ${version.version} was published and left unrouted: ${aliasSentence(plan.release.alias)}.`,
      ),
      versionOutputs(version),
    );
  };
  if (managed?.scaling !== undefined) {
    await phases
      .run('Scaling config', () => applyScaling(apis, managed, version.version, log))
      .catch(unrouted);
  }
  if (smokeTest !== undefined && plan.release.smokeTest) {
    await phases
      .run('Smoke test', () => runSmokeTest(apis.lambda, version.version, smokeTest, log))
      .catch(unrouted);
  }
  const provisioned = plan.provisionedConcurrency;
  if (provisioned?.action === 'put') {
    await phases
      .run('Provisioned concurrency', () =>
        provisionVersion(
          needExtras(apis),
          version.version,
          provisioned.executions,
          config.waitTimeoutSeconds,
          log,
        ),
      )
      .catch(unrouted);
  }
  return { version, smokeTest: plan.release.smokeTest ? 'passed' : undefined };
}

/**
 * Once the alias has moved off the version it routed to, that version's provisioned
 * concurrency (planned removeFrom) is removed; not when a rollout put the alias back on it.
 */
async function freeOldAllocation(
  { plan, apis, phases, log }: PlannedRun,
  released: DeployOutcome['release'],
): Promise<DeployOutcome['release']> {
  const old = plan.provisionedConcurrency?.removeFrom;
  const alias = released.alias;
  if (old === undefined || alias === undefined) return released;
  if (alias.version === old || (alias.weights[old] ?? 0) > 0) return released;
  await phases
    .run('Free old provisioned concurrency', () => releaseOldAllocation(needExtras(apis), old, log))
    .catch((error: unknown) => {
      throw withState(
        error,
        `Alias '${alias.name}' routes ${routingText(alias)}; version ${old} still has its provisioned concurrency (billed): remove it with DeleteProvisionedConcurrencyConfig.`,
      );
    });
  return released;
}

/** Publishes as planned, then waits until the version is Active, before any traffic or test. */
async function publishReady(
  { plan, apis, config, log }: PlannedRun,
  deployed: DeployOutcome['function'],
): Promise<PublishedVersion | undefined> {
  const version = await publishPlanned(
    apis.releaser,
    deployed,
    plan.release.publish,
    config.release.versionDescription,
    log,
  );
  if (version === undefined) return undefined;
  await apis.lambda
    .waitUntilVersionActive(version.version, config.waitTimeoutSeconds)
    .catch((error: unknown) => {
      throw withOutputs(
        withState(
          error,
          `Version ${version.version} was published; no alias moved: ${aliasSentence(plan.release.alias)}.`,
        ),
        versionOutputs(version),
      );
    });
  return version;
}

/** "alias 'live' still routes 1 (90 %) / 2 (10 %)", as read when the run planned. */
function aliasSentence(alias: DeployPlan['release']['alias']): string {
  if (alias === undefined) return 'there is no alias';
  return alias.before === undefined
    ? `alias '${alias.name}' was not created`
    : `alias '${alias.name}' still routes ${routingText(alias.before)}`;
}
