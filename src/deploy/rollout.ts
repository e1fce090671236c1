import type { CloudWatchAlarms } from '../aws/cloudwatch-alarms.js';
import { routingText, type AliasState, type LambdaRelease } from '../aws/lambda-release.js';
import { DeployError, errorMessage } from '../errors.js';
import { formatSeconds } from '../format.js';
import type { Rollout } from '../inputs.js';
import type { Logger } from '../logger.js';
import type { Routing } from '../plan/deploy-plan.js';
import type { DescribeAlias } from './release.js';

/** Alarms are read at least this often while a step holds. */
const ALARM_POLL_MS = 15_000;

/** The steps stopped; `aliases` says, per lane in order, where each alias was left. */
export class RolloutStopped extends DeployError {
  constructor(
    message: string,
    readonly aliases: readonly string[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** An alarm fired (or a step failed) and every alias was put back; `rolled-back` says so. */
export class RolledBack extends RolloutStopped {
  readonly outputs = { 'rolled-back': 'true' };
}

/** One alias taken through the steps. Many lanes step together: a fleet's aliases. */
export interface RolloutLane {
  /** Names the function in the log and in messages when lanes go together. */
  readonly label?: string;
  readonly releaser: LambdaRelease;
  readonly alarms: CloudWatchAlarms | undefined;
  /** The alias as it was before the run: a rollback puts it back to exactly this routing. */
  readonly before: AliasState;
  /** The alias after the first step. */
  readonly moved: AliasState;
  /** The version the steps send traffic to. */
  readonly version: string;
  readonly describeAlias: DescribeAlias;
}

export interface RolloutRun extends RolloutLane {
  readonly rollout: Rollout;
  readonly log: Logger;
}

/** The routing at a step: `percent` to `version` beside the alias's primary before. */
export function stepRouting(before: AliasState, version: string, percent: number): Routing {
  return percent === 100
    ? { version, weights: {} }
    : { version: before.version, weights: { [version]: percent / 100 } };
}

/**
 * Takes the alias through the rest of the steps, holding each for the interval while the
 * alarms are watched; an alarm in ALARM at any time from the first step to the end puts
 * the alias back as it was before the run.
 */
export async function runRollout(run: RolloutRun): Promise<AliasState> {
  const [after] = await runRolloutTogether([run], run.rollout, run.log);
  return after ?? run.moved;
}

interface Together {
  readonly lanes: readonly RolloutLane[];
  /** Each lane's alias as last moved. */
  readonly current: AliasState[];
  readonly log: Logger;
}

/**
 * Takes every lane through the steps together: each step moves all the aliases, then holds
 * while all their alarms are watched. An alarm of any lane, or a lane's failed move, puts
 * every alias back to its routing before the run.
 */
export async function runRolloutTogether(
  lanes: readonly RolloutLane[],
  rollout: Rollout,
  log: Logger,
): Promise<AliasState[]> {
  const { steps, intervalSeconds } = rollout;
  const together: Together = { lanes, current: lanes.map((lane) => lane.moved), log };
  for (let index = 0; index < steps.length; index++) {
    const percent = steps[index] ?? 100;
    const step = `step ${index + 1} of ${steps.length} (${percent} %)`;
    if (index > 0) await moveAll(together, step, percent);
    const holds = index < steps.length - 1 ? intervalSeconds : 0;
    await hold(together, step, holds);
  }
  return together.current;
}

async function moveAll(together: Together, step: string, percent: number): Promise<void> {
  const { lanes, current, log } = together;
  for (const [at, lane] of lanes.entries()) {
    const routing = stepRouting(lane.before, lane.version, percent);
    let moved: AliasState;
    try {
      moved = await lane.releaser.updateAlias(
        current[at] ?? lane.moved,
        routing.version,
        routing.weights,
        lane.describeAlias(routing.version, lane.before.version),
      );
    } catch (error) {
      if (lanes.length === 1) throw error;
      const alias = aliasOf(lane, lane.moved.name);
      return rollBack(together, `Moving ${alias} to ${step} failed: ${errorMessage(error)}`);
    }
    current[at] = moved;
    log.info(`Traffic ${step}: ${aliasOf(lane, moved.name)} routes ${routingText(moved)}`);
  }
}

/** Holds a step for `seconds`, reading the alarms at its start and at least every 15 s. */
async function hold(together: Together, step: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  const every = Math.max(1_000, Math.min(ALARM_POLL_MS, (seconds * 1000) / 2));
  for (;;) {
    await watch(together, step, deadline).catch((error: unknown) => {
      if (error instanceof RolloutStopped) throw error;
      const aliases = together.lanes.map((lane, at) => {
        const now = together.current[at] ?? lane.moved;
        return `${aliasOf(lane, now.name)} routes ${routingText(now)}`;
      });
      throw new RolloutStopped(
        `${errorMessage(error).replace(/[.\s]*$/, '.')} The steps stopped at ${step}: ${aliases.join('; ')}.`,
        aliases,
        { cause: error },
      );
    });
    const left = deadline - Date.now();
    if (left <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(every, left)));
  }
}

async function watch(together: Together, step: string, deadline: number): Promise<void> {
  const watched = distinctAlarms(together.lanes);
  const next = () => {
    const left = Math.max(0, deadline - Date.now()) / 1000;
    return left > 0 ? `next step in ${formatSeconds(left)}` : '';
  };
  if (watched.length === 0) {
    const after = next();
    if (after !== '') together.log.info(`Traffic ${step}: ${after}`);
    return;
  }
  const read: { where: string; states: ReadonlyMap<string, string> }[] = [];
  for (const alarms of watched) {
    read.push({
      where: watched.length === 1 ? '' : ` (${alarms.region})`,
      states: await alarms.states(),
    });
  }
  const firing = read.flatMap(({ where, states }) =>
    [...states].filter(([, state]) => state === 'ALARM').map(([name]) => `'${name}'${where}`),
  );
  const seen = read
    .map(({ where, states }) =>
      [...states].map(([name, state]) => `${name}${where} ${state}`).join(', '),
    )
    .join(', ');
  const after = next();
  together.log.info(`Traffic ${step}: ${seen}${after === '' ? '' : `; ${after}`}`);
  if (firing.length > 0) {
    const verb = firing.length === 1 ? 'is' : 'are';
    await rollBack(together, `Alarm ${firing.join(', ')} ${verb} in ALARM during ${step}`);
  }
}

/** The lanes' alarm readers, one for each region and list of names. */
function distinctAlarms(lanes: readonly RolloutLane[]): CloudWatchAlarms[] {
  const byKey = new Map<string, CloudWatchAlarms>();
  for (const { alarms } of lanes) {
    if (alarms !== undefined) byKey.set(`${alarms.region}\n${alarms.names.join('\n')}`, alarms);
  }
  return [...byKey.values()];
}

/** Puts every alias back to its routing before the run, then fails saying where each is. */
async function rollBack(together: Together, cause: string): Promise<never> {
  const { lanes, current, log } = together;
  const failures: { lane: RolloutLane; error: unknown }[] = [];
  const aliases: string[] = [];
  for (const [at, lane] of lanes.entries()) {
    const from = current[at] ?? lane.moved;
    const { before } = lane;
    try {
      const back = await lane.releaser.updateAlias(
        from,
        before.version,
        before.weights,
        lane.describeAlias(before.version, from.version),
      );
      current[at] = back;
      aliases.push(`alias '${back.name}' put back to ${routingText(back)}`);
      log.warning(`${cause}: ${aliasOf(lane, back.name)} put back to ${routingText(back)}`);
    } catch (error) {
      failures.push({ lane, error });
      aliases.push(`alias '${from.name}' NOT put back: it still routes ${routingText(from)}`);
    }
  }
  if (lanes.length === 1) {
    const [lane] = lanes as [RolloutLane];
    const [failure] = failures;
    if (failure === undefined) {
      // Lambda's answer to the move back, not the routing asked for.
      const back = current[0] ?? lane.before;
      throw new RolledBack(
        `${cause}: alias '${back.name}' was put back to ${routingText(back)}, as before this run. ` +
          `Version ${lane.version} stays published, with no traffic.`,
        aliases,
      );
    }
    const still = current[0] ?? lane.moved;
    throw new RolloutStopped(
      `${cause}, and putting alias '${still.name}' back failed: ${errorMessage(failure.error)}. ` +
        `It still routes ${routingText(still)}: move it back by hand, or with rollback-to.`,
      aliases,
      { cause: failure.error },
    );
  }
  const each = lanes.map((lane, at) => `${lane.label ?? ''}: ${aliases[at] ?? ''}`).join('; ');
  if (failures.length === 0) {
    throw new RolledBack(
      `${cause}: every alias was put back to its routing before this run (${each}). ` +
        'The new versions stay published, with no traffic.',
      aliases,
    );
  }
  throw new RolloutStopped(
    `${cause}, and putting ${failures.length} of ${lanes.length} aliases back failed (${each}; ` +
      `${failures.map(({ lane, error }) => `${lane.label ?? ''}: ${errorMessage(error)}`).join('; ')}). ` +
      'Move those back by hand, or with rollback-to.',
    aliases,
    { cause: failures[0]?.error },
  );
}

/** "alias live", or "alias live of orders-api in us-east-1" when lanes go together. */
function aliasOf(lane: RolloutLane, name: string): string {
  return lane.label === undefined ? `alias ${name}` : `alias ${name} of ${lane.label}`;
}
