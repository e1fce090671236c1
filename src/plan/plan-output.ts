import { routingText } from '../aws/lambda-release-shapes.js';
import {
  codeDeployJson,
  codeDeployLines,
  type CodeDeployJson,
} from '../resources/codedeploy/plan.js';
import { formatSeconds } from '../format.js';
import { plannedPrune } from './deploy-plan.js';
import type { SettingSource } from '../inputs/config-file.js';
import { alarmWarnings, type AlarmWatch } from './alarm-check.js';
import { NEW_VERSION } from '../resources/versions/plan.js';
import { lambda2025Json, lambda2025Lines, type Lambda2025Json } from './lambda-2025-output.js';
import { planChanges, type DeployPlan, type InterruptedRollout } from './deploy-plan.js';
import { type Routing } from '../resources/alias/plan.js';
import { briefly, triggerWarnings, type TriggerFinding } from './trigger-check.js';
import {
  urlAsyncRuntimeJson,
  urlAsyncRuntimeLines,
  type UrlAsyncRuntimeJson,
} from './url-async-runtime-output.js';

/**
 * The plan as the `plan` output gives it: stable keys, documented in the README, so a later
 * step can gate on `fromJSON(steps.deploy.outputs.plan).changes`. Environment values never
 * appear, only variable names.
 */
export interface PlanJson extends UrlAsyncRuntimeJson, Lambda2025Json {
  readonly changes: boolean;
  /** rollout-engine: codedeploy: the deployment that shifts the alias. */
  readonly codedeploy?: CodeDeployJson;
  readonly function: { readonly name: string; readonly action: 'create' | 'update' };
  readonly code: {
    readonly action: 'create' | 'update' | 'skip';
    readonly from: string | null;
    readonly to: string;
    /** Skipped without building the package: its tree's fingerprint is the recorded one. */
    readonly byFingerprint?: true;
  };
  /** source: whether the input or config-file set it. */
  readonly configuration: readonly {
    setting: string;
    from: string;
    to: string;
    source: SettingSource;
  }[];
  readonly tags: readonly string[];
  readonly layer: {
    readonly name: string;
    readonly action: 'publish' | 'keep';
    readonly layers: readonly string[];
    /** Kept without building the tree: the version its fingerprint is recorded with. */
    readonly byFingerprint?: string;
  } | null;
  readonly version: {
    readonly action: 'publish' | 'reuse' | 'none';
    readonly version: string | null;
  };
  readonly alias: {
    readonly name: string;
    readonly action: 'create' | 'update' | 'keep';
    readonly before: string | null;
    readonly after: string;
  } | null;
  readonly functionUrl: {
    readonly action: 'create' | 'update' | 'keep';
    readonly auth: 'NONE' | 'AWS_IAM';
  } | null;
  /** keep-versions: which versions go is known only after the release. */
  readonly prune: { readonly keep: number; readonly durable?: true } | null;
  /** smoke-test: the new version is invoked before any alias moves. */
  readonly smokeTest: boolean;
  /**
   * Traffic in steps (percentages), how long each holds (seconds), and the alarms watched:
   * each with its state when the run planned, what its metric covers of this release, and
   * why when that is `unknown` or `not this release`.
   */
  readonly traffic: {
    readonly steps: readonly number[];
    readonly interval: number;
    readonly alarms: readonly {
      readonly name: string;
      readonly state: string;
      readonly watches: AlarmWatch;
      readonly reason?: string;
    }[];
  } | null;
  /**
   * Present only when their inputs are given (a missing key reads as null in a workflow
   * expression): tags-mode replace's keys to remove; reserved-concurrency, code-signing-config-arn
   * and provisioned-concurrency changes (null to is none).
   */
  readonly tagsRemoved?: readonly string[];
  /** An alias another run left mid-rollout, handled before planning (on-interrupted). */
  readonly interrupted?: Omit<InterruptedRollout, 'after'> & { readonly after: string | null };
  readonly reservedConcurrency?: { readonly from: number | null; readonly to: number | null };
  readonly codeSigningConfig?: { readonly from: string | null; readonly to: string | null };
  readonly provisionedConcurrency?: {
    readonly action: 'put' | 'keep';
    readonly executions: number;
    /** The version it goes on; null for the version this run publishes. */
    readonly version: string | null;
    /** The alias's previous version, whose allocation is removed once the alias moved. */
    readonly removeFrom: string | null;
  };
  /**
   * Present when the release has a canary, steps or a smoke test: the event source mappings
   * and service permissions that reach the function outside the alias released.
   */
  readonly triggers?: readonly TriggerFinding[];
  /**
   * Present when part of the trigger check could not be made: the IAM actions denied
   * (lambda:ListEventSourceMappings, lambda:GetPolicy), whose findings are unknown.
   */
  readonly triggersNotChecked?: readonly string[];
}

export function planJson(plan: DeployPlan): PlanJson {
  const { release } = plan;
  const publish = release.publish;
  const prune = plannedPrune(plan);
  return {
    changes: planChanges(plan),
    function: { name: plan.function.name, action: plan.function.action },
    code: {
      action: plan.code.action,
      from: plan.code.from ?? null,
      to: plan.code.to,
      ...(plan.code.byFingerprint === true ? { byFingerprint: true } : {}),
    },
    configuration: [
      ...plan.configuration.changes,
      ...(plan.code.architecture === undefined ? [] : [plan.code.architecture]),
    ].map(({ setting, from, to }) => ({
      setting,
      from,
      to,
      source: plan.settingSources?.[setting] ?? 'input',
    })),
    tags: Object.keys(plan.tags).sort(),
    layer:
      plan.layer === undefined
        ? null
        : {
            name: plan.layer.name,
            action: plan.layer.publish ? 'publish' : 'keep',
            layers: plan.layer.layers,
            ...(plan.layer.byFingerprint === undefined
              ? {}
              : { byFingerprint: plan.layer.byFingerprint.arn }),
          },
    version:
      publish === 'none'
        ? { action: 'none', version: null }
        : publish === NEW_VERSION
          ? { action: 'publish', version: null }
          : { action: 'reuse', version: publish.version },
    alias:
      release.alias === undefined
        ? null
        : {
            name: release.alias.name,
            action: release.alias.action,
            before: release.alias.before === undefined ? null : routingText(release.alias.before),
            after: routingOf(release.alias.after),
          },
    functionUrl:
      release.url === undefined ? null : { action: release.url.action, auth: release.url.authType },
    prune:
      prune === undefined
        ? null
        : { keep: prune.keep, ...(prune.durable === true ? { durable: true as const } : {}) },
    smokeTest: release.smokeTest,
    traffic:
      release.rollout === undefined
        ? null
        : {
            steps: release.rollout.steps,
            interval: release.rollout.intervalSeconds,
            alarms: release.rollout.alarms.map(({ name, state, watches, reason }) => ({
              name,
              state,
              watches,
              ...(reason === undefined ? {} : { reason }),
            })),
          },
    ...separateSettingsJson(plan),
    ...urlAsyncRuntimeJson(plan),
    ...lambda2025Json(plan),
    ...(release.codedeploy === undefined ? {} : { codedeploy: codeDeployJson(release.codedeploy) }),
    ...(plan.triggers === undefined ? {} : { triggers: plan.triggers.findings }),
    ...(plan.triggers === undefined || plan.triggers.denied.length === 0
      ? {}
      : { triggersNotChecked: plan.triggers.denied }),
    ...(plan.interrupted === undefined
      ? {}
      : { interrupted: { ...plan.interrupted, after: plan.interrupted.after ?? null } }),
  };
}

/** The plan's settings Lambda keeps apart from the configuration, and tags to remove. */
function separateSettingsJson(plan: DeployPlan): Partial<PlanJson> {
  const { reservedConcurrency: reserved, codeSigning, provisionedConcurrency: provisioned } = plan;
  const orNull = <T>(value: T | 'none' | ''): T | null =>
    value === 'none' || value === '' ? null : value;
  return {
    ...(plan.untag === undefined || plan.untag.length === 0 ? {} : { tagsRemoved: plan.untag }),
    ...(reserved === undefined
      ? {}
      : { reservedConcurrency: { from: orNull(reserved.from), to: orNull(reserved.to) } }),
    ...(codeSigning === undefined
      ? {}
      : { codeSigningConfig: { from: orNull(codeSigning.from), to: orNull(codeSigning.to) } }),
    ...(provisioned === undefined
      ? {}
      : {
          provisionedConcurrency: {
            action: provisioned.action,
            executions: provisioned.executions,
            version: provisioned.version === NEW_VERSION ? null : provisioned.version,
            removeFrom: provisioned.removeFrom ?? null,
          },
        }),
  };
}

/** The plan in lines for the log, each one thing the run will do (or leave). */
export function planLines(json: PlanJson): string[] {
  const lines = [
    ...(json.interrupted === undefined ? [] : [interruptedLine(json.interrupted)]),
    `Function ${json.function.name}: ${json.function.action === 'create' ? 'create' : 'update'}`,
    `Code: ${json.code.action === 'skip' ? `unchanged ${json.code.byFingerprint === true ? '(by fingerprint) ' : ''}(${json.code.to})` : `${json.code.action} ${json.code.from ?? '(none)'} -> ${json.code.to}`}`,
    ...json.configuration.map(
      (change) =>
        `Setting ${change.setting}: ${change.from || '(none)'} -> ${change.to}` +
        (change.source === 'config-file' ? ' (config-file)' : ''),
    ),
    ...(json.tags.length === 0 ? [] : [`Tags to set: ${json.tags.join(', ')}`]),
    ...(json.tagsRemoved === undefined
      ? []
      : [`Tags to remove (tags-mode replace): ${json.tagsRemoved.join(', ')}`]),
    ...(json.codeSigningConfig === undefined
      ? []
      : [
          `Code signing config: ${json.codeSigningConfig.from ?? '(none)'} -> ${json.codeSigningConfig.to ?? '(none)'}`,
        ]),
    ...(json.reservedConcurrency === undefined
      ? []
      : [
          `Reserved concurrency: ${json.reservedConcurrency.from ?? '(none)'} -> ${json.reservedConcurrency.to ?? '(none)'}`,
        ]),
    ...(json.layer === null
      ? []
      : [
          `Layer ${json.layer.name}: ${json.layer.action === 'publish' ? 'publish a new version' : json.layer.byFingerprint !== undefined ? `unchanged (by fingerprint) (${json.layer.byFingerprint})` : 'keep its newest version'}`,
        ]),
    ...(json.version.action === 'none'
      ? []
      : [
          json.version.action === 'publish'
            ? 'Version: publish a new one'
            : `Version: ${json.version.version ?? ''} already holds this code and these settings`,
        ]),
    ...(json.alias === null
      ? []
      : [
          `Alias ${json.alias.name}: ${json.alias.action === 'keep' ? `keep ${json.alias.after}` : `${json.alias.before ?? '(new)'} -> ${json.alias.after}`}`,
        ]),
    ...lambda2025Lines(json),
    ...(json.functionUrl === null
      ? []
      : [`Function URL (${json.functionUrl.auth}): ${json.functionUrl.action}`]),
    ...urlAsyncRuntimeLines(json),
    ...(json.provisionedConcurrency === undefined
      ? []
      : [provisionedLine(json.provisionedConcurrency)]),
    ...(json.smokeTest ? ['Smoke test: invoke the new version before any traffic reaches it'] : []),
    ...(json.codedeploy !== undefined
      ? codeDeployLines(json.codedeploy)
      : json.traffic === null
        ? []
        : [
            `Traffic: ${json.traffic.steps.map((step) => `${step} %`).join(' -> ')}` +
              (json.traffic.steps.length > 1
                ? `, each step but the last held ${formatSeconds(json.traffic.interval)}`
                : '') +
              (json.traffic.alarms.length === 0
                ? ''
                : `; alarms watched: ${json.traffic.alarms.map((alarm) => `${alarm.name} (${alarm.state}, ${watchText(alarm.watches)})`).join(', ')}`),
          ]),
    ...(json.triggers === undefined
      ? []
      : [
          `Triggers that bypass the release: ${json.triggers.length === 0 ? 'none' : json.triggers.map(briefly).join('; ')}` +
            (json.triggersNotChecked === undefined
              ? ''
              : ` (not checked, denied: ${json.triggersNotChecked.join(', ')})`),
        ]),
    ...(json.prune === null
      ? []
      : [
          `Versions: keep the newest ${json.prune.keep} versions; delete older ones unless an alias routes to them${json.prune.durable === true ? ', durable executions still run or are paused on them' : ''} or they have provisioned concurrency`,
        ]),
  ];
  return json.changes ? lines : [...lines, 'No changes: the function is as these inputs describe.'];
}

function interruptedLine(interrupted: NonNullable<PlanJson['interrupted']>): string {
  const { alias, run, target, step, steps, action, found, after } = interrupted;
  const left = `Interrupted rollout on alias ${alias} (run ${run}: version ${target} at step ${step} of ${steps.join(',')}, routing ${found})`;
  const done = action === 'revert' ? 'put back' : 'its steps carried on';
  return after === null
    ? `${left}: on-interrupted ${action} would do it first (dry run)`
    : `${left}: ${done} first (on-interrupted ${action}); it routes ${after}`;
}

/** What the log says of an alarm's metric: "watches the alias", "cannot be judged". */
function watchText(watches: AlarmWatch): string {
  if (watches === 'unknown') return 'cannot be judged';
  return watches === 'not this release' ? watches : `watches the ${watches}`;
}

/**
 * The plan's warnings, for the log: alarms that guard nothing now or not this release (when
 * the steps run), and triggers that bypass the release.
 */
export function planWarnings(plan: DeployPlan): string[] {
  const { rollout } = plan.release;
  return [
    ...(rollout?.moves === true ? alarmWarnings(rollout.alarms) : []),
    ...(plan.triggers === undefined ? [] : triggerWarnings(plan.triggers)),
  ];
}

/** "3", "1 (90 %) / new (10 %)". */
function routingOf(routing: Routing): string {
  return routingText({ name: '', arn: '', revisionId: undefined, ...routing });
}

function provisionedLine(provisioned: NonNullable<PlanJson['provisionedConcurrency']>): string {
  const version = provisioned.version ?? 'the new version';
  if (provisioned.action === 'keep') {
    return `Provisioned concurrency: ${provisioned.executions} on version ${version}, unchanged`;
  }
  return (
    `Provisioned concurrency: ${provisioned.executions} on ${provisioned.version === null ? version : `version ${version}`}, READY before the alias moves` +
    (provisioned.removeFrom === null ? '' : `; then removed from version ${provisioned.removeFrom}`)
  );
}
