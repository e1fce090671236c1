// rollout-engine: codedeploy. Each alias is shifted by a CodeDeploy deployment (Lambda
// compute platform) that runs in AWS: started together, then either handed over
// (wait-for-rollout: false) or followed to their end, reading the deployment, the alias, the
// alarms and the hooks, and saying what each read found. When one fails, or the job is
// cancelled, or rollout-timeout passes, every deployment still running is stopped with
// rollback, and the step says where each alias routes as read back.
import type { CloudWatchAlarms } from '../../aws/cloudwatch-alarms.js';
import {
  deploymentLink,
  FINISHED,
  type CodeDeploy,
  type DeploymentState,
} from '../../aws/codedeploy.js';
import { routingText, type AliasState } from '../../aws/lambda-release-shapes.js';
import type { LambdaRelease } from '../../aws/lambda-release.js';
import { formatSeconds } from '../../format.js';
import { shiftSeconds } from '../../inputs/codedeploy-config.js';
import type { Logger } from '../../logger.js';
import type { CodeDeployPlan } from '../../resources/codedeploy/plan.js';
import { CANCEL_BUDGET_MS, pause, untilAborted } from './guard.js';
import { sentence } from './rollout.js';
import { RolledBack, RolloutStopped } from './stop.js';

/** One alias a deployment shifts. */
export interface DeploymentLane {
  /** "orders-api in us-east-1" when many go together. */
  readonly label: string | undefined;
  readonly codedeploy: CodeDeploy;
  readonly plan: CodeDeployPlan;
  readonly releaser: LambdaRelease;
  readonly functionName: string;
  readonly alias: string;
  readonly before: AliasState;
  readonly version: string;
  readonly alarms: CloudWatchAlarms | undefined;
  readonly waitTimeoutSeconds: number;
  readonly description: string;
}

export interface DeploymentOutcome {
  readonly deploymentId: string;
  readonly link: string;
  /** The alias as read at the end (or once the deployment was accepted). */
  readonly alias: AliasState | undefined;
  readonly watched: boolean;
}

export interface WatchOptions {
  readonly log: Logger;
  /** Aborts when the job is cancelled; undefined with wait-for-rollout: false. */
  readonly signal: AbortSignal | undefined;
  /** Clock and pauses, for tests. */
  readonly now?: () => number;
}

/** Reads are at most this far apart while a deployment runs; sooner after a change. */
const MAX_POLL_MS = 15_000;
const FIRST_POLL_MS = 1_000;

interface Running {
  readonly lane: DeploymentLane;
  readonly id: string;
  state: DeploymentState | undefined;
  seen: { alias: string; alarms: string; events: string };
}

/** Starts a deployment for each lane; on a failure, stops those started with rollback. */
export async function startDeployments(
  lanes: readonly DeploymentLane[],
  log: Logger,
): Promise<string[]> {
  const ids: string[] = [];
  for (const lane of lanes) {
    try {
      const id = await lane.codedeploy.createDeployment(
        lane.plan.application.name,
        lane.plan.group.name,
        lane.plan.config.name,
        {
          functionName: lane.functionName,
          alias: lane.alias,
          currentVersion: lane.before.version,
          targetVersion: lane.version,
          beforeAllowTraffic: lane.plan.hooks.beforeAllowTraffic,
          afterAllowTraffic: lane.plan.hooks.afterAllowTraffic,
        },
        lane.description,
      );
      ids.push(id);
      log.info(
        `CodeDeploy deployment ${id} started: ${aliasName(lane)} from version ${lane.before.version} to ${lane.version} with ${lane.plan.config.name}; ${deploymentLink(lane.codedeploy.region, id)}`,
      );
    } catch (error) {
      if (ids.length === 0) throw error;
      const started = lanes
        .slice(0, ids.length)
        .map((one, at) => ({ lane: one, id: ids[at] ?? '' }));
      await Promise.all(started.map(({ lane: one, id }) => stopQuietly(one, id, log)));
      throw withDeploymentIds(
        new RolloutStopped(
          `${sentence(error)}; the deployments already started were stopped with rollback (${started.map(({ id }) => id).join(', ')})`,
          [],
          { cause: error },
        ),
        { 'codedeploy-deployment-id': ids.join(',') },
      );
    }
  }
  return ids;
}

/**
 * Follows every deployment to its end; the aliases as read back. Throws RolledBack (or
 * RolloutStopped when an alias could not be read back off the new version) otherwise.
 */
export async function followDeployments(
  lanes: readonly DeploymentLane[],
  ids: readonly string[],
  options: WatchOptions,
): Promise<AliasState[]> {
  const { log, signal } = options;
  const now = options.now ?? Date.now;
  const running: Running[] = lanes.map((lane, at) => ({
    lane,
    id: ids[at] ?? '',
    state: undefined,
    seen: { alias: '', alarms: '', events: '' },
  }));
  const timeout = Math.max(...lanes.map(timeoutSeconds));
  const deadline = now() + timeout * 1000;
  let wait = FIRST_POLL_MS;
  try {
    for (;;) {
      let changed = false;
      for (const one of running) {
        if (one.state !== undefined && FINISHED.has(one.state.status)) continue;
        changed = (await untilAborted(signal, readOnce(one, log, signal))) || changed;
      }
      const failed = running.find(
        (one) => one.state?.status === 'Failed' || one.state?.status === 'Stopped',
      );
      if (failed !== undefined) {
        return await stopAll(running, failedCause(failed), log, false);
      }
      if (running.every((one) => one.state?.status === 'Succeeded')) {
        return await Promise.all(running.map((one) => readAlias(one.lane, undefined)));
      }
      const left = deadline - now();
      if (left <= 0) {
        return await stopAll(
          running,
          `The CodeDeploy ${running.length === 1 ? 'deployment' : 'deployments'} had not ended after ${formatSeconds(timeout)} (rollout-timeout)`,
          log,
          false,
        );
      }
      wait = changed ? FIRST_POLL_MS : Math.min(MAX_POLL_MS, wait * 2);
      await pause(Math.min(wait, left), signal);
    }
  } catch (error) {
    if (error instanceof RolloutStopped) throw error;
    if (signal?.aborted === true) {
      return await stopAll(
        running,
        `${sentence(signal.reason)} while CodeDeploy shifted the traffic`,
        log,
        true,
      );
    }
    // Blind: no deployment goes on unwatched after the step fails.
    return await stopAll(
      running,
      `${sentence(error)}: the deployment could not be followed`,
      log,
      false,
    );
  }
}

/** The deployment, the alias, the alarms and the hooks, read once; true when any changed. */
async function readOnce(
  one: Running,
  log: Logger,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  const { lane } = one;
  const state = await lane.codedeploy.deployment(one.id, signal);
  const statusChanged = state.status !== one.state?.status;
  one.state = state;
  const name = aliasName(lane);
  if (statusChanged)
    log.info(
      `CodeDeploy ${one.id}: ${state.status}${state.error === undefined ? '' : ` (${state.error.code}: ${state.error.message})`}`,
    );
  const alias = await lane.releaser.getAlias(lane.alias, signal);
  const routing = alias === undefined ? 'does not exist' : `routes ${routingText(alias)}`;
  const target = await lane.codedeploy.target(one.id, lane.functionName, signal);
  const events = (target?.events ?? [])
    .filter((event) => event.status !== 'Pending')
    .map((event) => `${event.name} ${event.status}`)
    .join(', ');
  let alarms = '';
  if (lane.alarms !== undefined) {
    const states = await lane.alarms.states();
    alarms = [...states].map(([alarm, value]) => `${alarm} ${value}`).join(', ');
  }
  const changed =
    routing !== one.seen.alias || alarms !== one.seen.alarms || events !== one.seen.events;
  if (routing !== one.seen.alias)
    log.info(`Traffic (CodeDeploy ${one.id}): ${name} ${routing} (read)`);
  if (events !== one.seen.events && events !== '')
    log.info(`Hooks and traffic events (${one.id}): ${events}`);
  if (alarms !== one.seen.alarms) log.info(`Alarms (${one.id}): ${alarms}`);
  one.seen = { alias: routing, alarms, events };
  return changed || statusChanged;
}

/**
 * Stops every deployment still running with rollback, waits (bounded) for each alias to be
 * off the new version, then fails saying where each routes, as read back.
 */
async function stopAll(
  running: readonly Running[],
  cause: string,
  log: Logger,
  cancelled: boolean,
): Promise<never> {
  const budget = cancelled
    ? CANCEL_BUDGET_MS
    : Math.max(...running.map((one) => one.lane.waitTimeoutSeconds)) * 1000;
  const signal = AbortSignal.timeout(budget);
  await Promise.all(
    running
      .filter((one) => one.state === undefined || !FINISHED.has(one.state.status))
      .map(async (one) => {
        try {
          const said = await one.lane.codedeploy.stop(one.id, true, signal);
          log.info(`CodeDeploy ${one.id}: stopped with rollback (${said})`);
        } catch (error) {
          log.warning(`CodeDeploy ${one.id}: could not be stopped: ${sentence(error)}`);
        }
      }),
  );
  const after = await Promise.all(running.map((one) => aliasBack(one.lane, signal)));
  const back = after.every((alias, at) => alias !== undefined && isBack(alias, running[at]?.lane));
  const each = running.map((one, at) => {
    const alias = after[at];
    return `${aliasName(one.lane)} routes ${alias === undefined ? '(could not be read)' : routingText(alias)} (read back; deployment ${one.id})`;
  });
  const labels = running.map((one) => one.lane.label ?? one.lane.alias);
  const ids = { 'codedeploy-deployment-id': running.map((one) => one.id).join(',') };
  const text = `${cause}: ${back ? 'rolled back' : 'NOT all rolled back'}; ${each.join('; ')}.`;
  const aliases = after.map((alias) =>
    alias === undefined ? 'unknown' : `routes ${routingText(alias)} (read back)`,
  );
  const stopped = back
    ? new RolledBack(
        `${text} Version ${[...new Set(running.map((one) => one.lane.version))].join(', ')} stays published, with no traffic.`,
        aliases,
        { labels },
      )
    : new RolloutStopped(`${text} Move it back with rollback-to, or in CodeDeploy.`, aliases, {
        labels,
      });
  throw withDeploymentIds(stopped, ids);
}

/** The stop, still a RolloutStopped, with the deployments' ids among its outputs. */
function withDeploymentIds(
  stopped: RolloutStopped,
  ids: Readonly<Record<string, string>>,
): RolloutStopped {
  Object.defineProperty(stopped, 'outputs', { value: { ...stopped.outputs, ...ids } });
  return stopped;
}

/** The alias once its rollback is done, read until it is off the new version (bounded). */
async function aliasBack(
  lane: DeploymentLane,
  signal: AbortSignal,
): Promise<AliasState | undefined> {
  let alias: AliasState | undefined;
  for (let read = 0; read < 600; read++) {
    try {
      alias = await lane.releaser.getAlias(lane.alias, signal);
    } catch {
      return alias;
    }
    if (alias === undefined || isBack(alias, lane) || signal.aborted) return alias;
    await pause(500, signal).catch(() => undefined);
  }
  return alias;
}

function isBack(alias: AliasState, lane: DeploymentLane | undefined): boolean {
  return (
    lane !== undefined && alias.version !== lane.version && (alias.weights[lane.version] ?? 0) === 0
  );
}

async function readAlias(
  lane: DeploymentLane,
  signal: AbortSignal | undefined,
): Promise<AliasState> {
  const alias = await lane.releaser.getAlias(lane.alias, signal);
  if (alias === undefined)
    throw new Error(`${aliasName(lane)} does not exist after the deployment`);
  return alias;
}

function failedCause(one: Running): string {
  const { state } = one;
  const why =
    state?.error === undefined
      ? ''
      : ` (${state.error.code}: ${state.error.message.replace(/[.\s]*$/, '')})`;
  return `CodeDeploy deployment ${one.id} of ${aliasName(one.lane)} ${state?.status === 'Stopped' ? 'was stopped' : 'failed'}${why}`;
}

async function stopQuietly(lane: DeploymentLane, id: string, log: Logger): Promise<void> {
  try {
    await lane.codedeploy.stop(id, true, AbortSignal.timeout(CANCEL_BUDGET_MS));
  } catch (error) {
    log.warning(`CodeDeploy ${id}: could not be stopped: ${sentence(error)}`);
  }
}

/** rollout-timeout, or the config's whole shift plus wait-timeout. */
export function timeoutSeconds(lane: DeploymentLane): number {
  const { plan } = lane;
  if (plan.timeoutSeconds !== undefined) return plan.timeoutSeconds;
  return (
    (plan.config.routing === undefined ? 0 : shiftSeconds(plan.config.routing)) +
    lane.waitTimeoutSeconds
  );
}

function aliasName(lane: Pick<DeploymentLane, 'label' | 'alias'>): string {
  return lane.label === undefined ? `alias ${lane.alias}` : `alias ${lane.alias} of ${lane.label}`;
}

/** The outcome of a deployment the step hands over once CodeDeploy accepted it. */
export async function handedOver(
  lane: DeploymentLane,
  id: string,
  log: Logger,
): Promise<DeploymentOutcome> {
  const link = deploymentLink(lane.codedeploy.region, id);
  const alias = await lane.releaser.getAlias(lane.alias);
  log.info(
    `CodeDeploy deployment ${id} accepted; the step does not follow it (wait-for-rollout: false). ${aliasName(lane)} routes ${alias === undefined ? '(none)' : routingText(alias)} now; watch it at ${link}`,
  );
  return { deploymentId: id, link, alias, watched: false };
}
