import { routingText } from '../aws/lambda-release.js';
import { formatSeconds } from '../format.js';
import { plannedPrune } from '../deploy/prune-versions.js';
import { NEW_VERSION, planChanges, type DeployPlan, type Routing } from './deploy-plan.js';

/**
 * The plan as the `plan` output gives it: stable keys, documented in the README, so a later
 * step can gate on `fromJSON(steps.deploy.outputs.plan).changes`. Environment values never
 * appear, only variable names.
 */
export interface PlanJson {
  readonly changes: boolean;
  readonly function: { readonly name: string; readonly action: 'create' | 'update' };
  readonly code: {
    readonly action: 'create' | 'update' | 'skip';
    readonly from: string | null;
    readonly to: string;
  };
  readonly configuration: readonly { setting: string; from: string; to: string }[];
  readonly tags: readonly string[];
  readonly layer: {
    readonly name: string;
    readonly action: 'publish' | 'keep';
    readonly layers: readonly string[];
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
  readonly prune: { readonly keep: number } | null;
  /** smoke-test: the new version is invoked before any alias moves. */
  readonly smokeTest: boolean;
  /** Traffic in steps (percentages), how long each holds (seconds), and the alarms watched. */
  readonly traffic: {
    readonly steps: readonly number[];
    readonly interval: number;
    readonly alarms: readonly { readonly name: string; readonly state: string }[];
  } | null;
}

export function planJson(plan: DeployPlan): PlanJson {
  const { release } = plan;
  const publish = release.publish;
  const prune = plannedPrune(plan);
  return {
    changes: planChanges(plan),
    function: { name: plan.function.name, action: plan.function.action },
    code: { action: plan.code.action, from: plan.code.from ?? null, to: plan.code.to },
    configuration: [
      ...plan.configuration.changes,
      ...(plan.code.architecture === undefined ? [] : [plan.code.architecture]),
    ].map(({ setting, from, to }) => ({ setting, from, to })),
    tags: Object.keys(plan.tags).sort(),
    layer:
      plan.layer === undefined
        ? null
        : {
            name: plan.layer.name,
            action: plan.layer.publish ? 'publish' : 'keep',
            layers: plan.layer.layers,
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
    prune: prune === undefined ? null : { keep: prune.keep },
    smokeTest: release.smokeTest,
    traffic:
      release.rollout === undefined
        ? null
        : {
            steps: release.rollout.steps,
            interval: release.rollout.intervalSeconds,
            alarms: release.rollout.alarms.map(([name, state]) => ({ name, state })),
          },
  };
}

/** The plan in lines for the log, each one thing the run will do (or leave). */
export function planLines(json: PlanJson): string[] {
  const lines = [
    `Function ${json.function.name}: ${json.function.action === 'create' ? 'create' : 'update'}`,
    `Code: ${json.code.action === 'skip' ? `unchanged (${json.code.to})` : `${json.code.action} ${json.code.from ?? '(none)'} -> ${json.code.to}`}`,
    ...json.configuration.map(
      (change) => `Setting ${change.setting}: ${change.from || '(none)'} -> ${change.to}`,
    ),
    ...(json.tags.length === 0 ? [] : [`Tags to set: ${json.tags.join(', ')}`]),
    ...(json.layer === null
      ? []
      : [
          `Layer ${json.layer.name}: ${json.layer.action === 'publish' ? 'publish a new version' : 'keep its newest version'}`,
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
    ...(json.functionUrl === null
      ? []
      : [`Function URL (${json.functionUrl.auth}): ${json.functionUrl.action}`]),
    ...(json.smokeTest ? ['Smoke test: invoke the new version before any traffic reaches it'] : []),
    ...(json.traffic === null
      ? []
      : [
          `Traffic: ${json.traffic.steps.map((step) => `${step} %`).join(' -> ')}` +
            (json.traffic.steps.length > 1
              ? `, each step but the last held ${formatSeconds(json.traffic.interval)}`
              : '') +
            (json.traffic.alarms.length === 0
              ? ''
              : `; alarms watched: ${json.traffic.alarms.map((alarm) => `${alarm.name} (${alarm.state})`).join(', ')}`),
        ]),
    ...(json.prune === null
      ? []
      : [
          `Versions: keep the newest ${json.prune.keep} versions; delete older ones unless an alias routes to them or they have provisioned concurrency`,
        ]),
  ];
  return json.changes ? lines : [...lines, 'No changes: the function is as these inputs describe.'];
}

/** "3", "1 (90 %) / new (10 %)". */
function routingOf(routing: Routing): string {
  return routingText({ name: '', arn: '', revisionId: undefined, ...routing });
}
