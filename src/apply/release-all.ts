// The traffic part of a release, for one function or many switched together: every alias
// moves (at once, or to its first step), the URLs are set up, the aliases with steps go
// through them together behind their alarms, and a smoke test may try each alias at 100 %.
// From the first move that is not an alias's last to the end, any stop puts every alias the
// run moved back (rollout/rollout.ts, rollout/stop.ts).
import type { AliasState } from '../aws/lambda-release-shapes.js';
import { DeployError, withState } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Phases } from '../phases.js';
import type { DeployOutcome } from '../report/outputs.js';
import { describeAlias, type Routing } from '../resources/alias/record.js';
import type { Prepared } from './planned-run.js';
import { applyStatements } from '../resources/function-url/apply.js';
import { moveAlias, releasedState, type ReleaseResult } from '../resources/alias/apply.js';
import type { RolloutLane, SaveRollout } from './rollout/lane.js';
import type { RolloutGuard } from './rollout/guard.js';
import { aliasOf, RolloutStopped, RolloutWindow, sentence, stopCause } from './rollout/rollout.js';
import { runSmokeTest } from './smoke-test.js';
import { releaseByCodeDeploy } from './codedeploy-release.js';

export type Released = DeployOutcome['release'];

export interface ReleaseOptions {
  readonly phases: Phases;
  readonly log: Logger;
  /** Opens the rollout window, so that a cancelled job puts the aliases back. */
  readonly guard: Pick<RolloutGuard, 'open' | 'close'> | undefined;
  /** Told of every move in the window, for the post step. */
  readonly save: SaveRollout;
  /** Many functions: each lane is named by its function and region. */
  readonly labelled: boolean;
}

/** A run with nothing to release shows no Release phase. */
const NOTHING_RELEASED: Released = {
  version: undefined,
  previousVersion: undefined,
  alias: undefined,
  functionUrl: undefined,
};

/** "orders-api in us-east-1". */
export function labelOf(prepared: Prepared): string {
  return `${prepared.run.config.functionName} in ${prepared.run.config.region}`;
}

/**
 * The alias a prepared run moves, and whether it goes through the steps: only an alias that
 * existed and routed to another version has a share to step.
 */
export function laneOf(prepared: Prepared, labelled: boolean): RolloutLane | undefined {
  const { run, version } = prepared;
  const alias = run.plan.release.alias;
  if (alias === undefined || version === undefined || alias.action === 'keep') return undefined;
  const { rollout } = run.config.release;
  const before = alias.before;
  const steps =
    (rollout.steps.length > 1 || rollout.alarms.length > 0) &&
    before !== undefined &&
    before.version !== version.version;
  return {
    ...(labelled ? { label: labelOf(prepared) } : {}),
    releaser: run.apis.releaser,
    alarms: run.apis.alarms,
    alias: alias.name,
    before,
    version: version.version,
    steps,
  };
}

/** Moves the traffic of every prepared run as planned; each one's release, in order. */
export async function releaseAll(
  prepared: readonly Prepared[],
  options: ReleaseOptions,
): Promise<Released[]> {
  const lanes = prepared.map((one) => laneOf(one, options.labelled));
  const moving = lanes.filter((lane) => lane !== undefined);
  const smokeAfter = prepared.some(wantsSmokeAfter);
  if (moving.length === 0) return Promise.all(prepared.map((one) => releaseAtOnce(one)));
  await alarmsQuiet(moving);
  if (prepared.some((one) => one.run.plan.release.codedeploy !== undefined)) {
    return releaseByCodeDeploy(prepared, {
      ...options,
      setUpUrl,
      atOnce: releaseAtOnce,
      laneOf,
      labelOf,
    });
  }
  if (!moving.some((lane) => lane.steps) && moving.length === 1 && !smokeAfter) {
    return Promise.all(prepared.map((one) => releaseAtOnce(one)));
  }
  const first = prepared.find((_, at) => lanes[at]?.steps === true) ?? prepared[0];
  if (first === undefined) return [];
  const { config } = first.run;
  const signal = options.guard?.open();
  const window = new RolloutWindow({
    rollout: config.release.rollout,
    label: config.release.runLabel,
    run: config.release.runId,
    log: options.log,
    signal,
    save: options.save,
  });
  try {
    const released: Released[] = [];
    for (const [at, one] of prepared.entries()) {
      released.push(await releaseInWindow(one, lanes[at], window));
    }
    if (window.lanes.some((state) => state.lane.steps)) {
      await options.phases.run('Traffic in steps', () => window.steps());
    }
    await smokeTestsAfter(prepared, window, options);
    window.close();
    return released.map((one, at) => {
      const state = window.lanes.find((candidate) => candidate.lane === lanes[at]);
      return state?.current === undefined ? one : { ...one, alias: state.current };
    });
  } catch (error) {
    if (error instanceof RolloutStopped) throw error;
    return await window.stop(
      stopCause(window.context.signal, error, 'during the release', () => sentence(error)),
    );
  } finally {
    options.guard?.close();
  }
}

function wantsSmokeAfter(prepared: Prepared): boolean {
  const { release } = prepared.run.config;
  return (
    release.smokeTestAfter && release.smokeTest !== undefined && prepared.version !== undefined
  );
}

/** No alias moves while an alarm it is watched by is in ALARM already. */
async function alarmsQuiet(lanes: readonly RolloutLane[]): Promise<void> {
  const readers = new Map(
    lanes.flatMap(({ alarms }) =>
      alarms === undefined ? [] : [[`${alarms.region}\n${alarms.names.join('\n')}`, alarms]],
    ),
  );
  for (const alarms of readers.values()) {
    const firing = [...(await alarms.states())].filter(([, state]) => state === 'ALARM');
    if (firing.length > 0) {
      const names = firing.map(([name]) => `'${name}'`).join(', ');
      throw new DeployError(
        `${firing.length === 1 ? 'Alarm' : 'Alarms'} ${names} ${firing.length === 1 ? 'is' : 'are'} ` +
          'in ALARM before any traffic moved, so the rollout was not started: no alias moved.',
      );
    }
  }
}

/** A release with no rollout window: the alias moved as planned, then the URL. */
async function releaseAtOnce(prepared: Prepared): Promise<Released> {
  const { run, version, smokeTest } = prepared;
  const { plan } = run;
  if (plan.release.publish === 'none' && plan.release.url === undefined) return NOTHING_RELEASED;
  const work = async () => {
    const result = await moveFirst(prepared, (after, current) =>
      describeAlias(current, {
        kind: 'moved',
        version: after.version,
        weights: after.weights,
        previous: run.plan.release.alias?.before,
        label: run.config.release.runLabel,
      }),
    );
    return { ...result, functionUrl: await setUpUrl(prepared, result) };
  };
  // An alias and URL already as planned are only read: no group for them.
  const released = releaseWrites(plan) ? await run.phases.run('Release', work) : await work();
  return { ...released, version, smokeTest };
}

/** The first move of a lane in the window, recorded as this run's, then its URL. */
async function releaseInWindow(
  prepared: Prepared,
  lane: RolloutLane | undefined,
  window: RolloutWindow,
): Promise<Released> {
  const { run, version, smokeTest } = prepared;
  if (lane === undefined) return releaseAtOnce(prepared);
  const { signal } = window.context;
  if (signal?.aborted === true) throw signal.reason;
  const state = window.pending(lane);
  const released = await run.phases.run('Release', async () => {
    const result = await moveFirst(
      prepared,
      (after, current) => describeAlias(current, window.record(lane, after, 0)),
      signal,
    ).catch((error: unknown) => moveFailed(window, lane, error));
    if (result.alias !== undefined) window.moved(state, result.alias);
    return { ...result, functionUrl: await setUpUrl(prepared, result) };
  });
  return { ...released, version, smokeTest };
}

function moveFailed(window: RolloutWindow, lane: RolloutLane, error: unknown): Promise<never> {
  const cause = stopCause(
    window.context.signal,
    error,
    `while ${aliasOf(lane)} moved`,
    () => `Moving ${aliasOf(lane)} failed: ${sentence(error)}`,
  );
  return window.stop({ ...cause, lane });
}

/** The alias moved as planned (created, kept, or to its first routing). */
async function moveFirst(
  prepared: Prepared,
  describe: (after: Routing, current: string | undefined) => string,
  signal?: AbortSignal,
): Promise<ReleaseResult> {
  const { run, version } = prepared;
  const alias = run.plan.release.alias;
  if (version === undefined || alias === undefined) {
    return { version, previousVersion: undefined, alias: undefined };
  }
  return moveAlias(run.apis.releaser, alias, version, run.log, describe, signal);
}

async function setUpUrl(prepared: Prepared, result: ReleaseResult): Promise<string | undefined> {
  const { plan, apis, log } = prepared.run;
  const { url } = plan.release;
  if (url === undefined) return undefined;
  try {
    const address =
      url.action === 'keep' && url.url !== undefined
        ? url.url
        : await apis.releaser.putFunctionUrl(url.qualifier, url.authType, url.options);
    await applyStatements(apis.releaser, url.qualifier, url.statements);
    log.info(`Function URL (${url.authType}): ${address}`);
    return address;
  } catch (error) {
    throw withState(error, `${releasedState(result)} The function URL was not set up.`);
  }
}

/** smoke-test-after: each alias at 100 % invoked with the smoke test; a failure stops all. */
async function smokeTestsAfter(
  prepared: readonly Prepared[],
  window: RolloutWindow,
  options: ReleaseOptions,
): Promise<void> {
  for (const one of prepared) {
    const test = one.run.config.release.smokeTest;
    const alias = window.lanes.find((state) => state.lane.releaser === one.run.apis.releaser);
    if (!wantsSmokeAfter(one) || test === undefined || alias?.current === undefined) continue;
    if (!atFull(alias.current, alias.lane.version)) {
      options.log.info(
        `smoke-test-after: ${aliasOf(alias.lane)} does not send all its traffic to version ${alias.lane.version}; not invoked`,
      );
      continue;
    }
    const name = alias.lane.alias;
    await options.phases.run('Smoke test after traffic', () =>
      runSmokeTest(one.run.apis.lambda, name, test, options.log, `alias '${name}'`),
    );
  }
}

function atFull(alias: AliasState, version: string): boolean {
  return alias.version === version && Object.values(alias.weights).every((weight) => weight === 0);
}

/** True when the release moves or creates the alias, or changes the function URL. */
function releaseWrites(plan: Prepared['run']['plan']): boolean {
  const { alias, url } = plan.release;
  const urlChanges =
    url !== undefined &&
    (url.action !== 'keep' || url.statements.add.length + url.statements.remove.length > 0);
  return (alias !== undefined && alias.action !== 'keep') || urlChanges;
}
