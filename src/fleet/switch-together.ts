import { routingText } from '../aws/lambda-release.js';
import { releaseFirst, rolloutLane, settle, type Prepared } from '../deploy/apply-plan.js';
import { aliasRecord } from '../deploy/alias-record.js';
import { RolledBack, RolloutStopped, runRolloutTogether } from '../deploy/rollout.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Phases } from '../phases.js';
import { packageOutputs } from '../package/package-outputs.js';
import { deployOutputs, versionOutputs, type DeployOutcome } from '../report.js';
import { FleetFailed, type FleetResult } from './fleet-result.js';

/** A prepared function whose alias has made its first move. */
interface Released {
  readonly prepared: Prepared;
  readonly release: DeployOutcome['release'];
}

/**
 * Moves each alias in turn (at once, or to its first step), takes those with steps through
 * the rest together, then settles each: what a single deploy does, across the fleet.
 */
export async function switchTogether(
  prepared: readonly Prepared[],
  phases: Phases,
  log: Logger,
): Promise<FleetResult[]> {
  const released = await moveEach(prepared, log);
  const settled = await stepTogether(released, phases, log);
  return settleEach(settled);
}

/** Moves each alias in turn; on a failure, puts back the ones moved before it. */
async function moveEach(prepared: readonly Prepared[], log: Logger): Promise<Released[]> {
  const released: Released[] = [];
  for (const one of prepared) {
    try {
      released.push({ prepared: one, release: await releaseFirst(one) });
    } catch (error) {
      const states = await putBackAll(released, log);
      const rest = prepared
        .slice(released.length + 1)
        .map((other) => resultOf(other, 'ready, not moved: another alias move failed'));
      throw new FleetFailed(
        `Moving the alias of ${labelOf(one)} failed: ${errorMessage(error)}. ` +
          (released.length === 0
            ? 'No other alias had moved.'
            : putBackSentence('The aliases moved before it', released, states)),
        [
          ...released.map((done, at) => resultOf(done.prepared, states[at] ?? 'unknown')),
          { ...resultOf(one, `failed: ${errorMessage(error)}`), error: errorMessage(error) },
          ...rest,
        ],
      );
    }
  }
  return released;
}

/**
 * The aliases with steps go through them together, behind all their alarms. When they are
 * rolled back, the aliases outside the steps (created by this run) are put back too.
 */
async function stepTogether(
  released: readonly Released[],
  phases: Phases,
  log: Logger,
): Promise<readonly Released[]> {
  const lanes = released.map((one) =>
    rolloutLane(one.prepared, one.release, labelOf(one.prepared)),
  );
  const stepping = lanes.flatMap((lane, at) => (lane === undefined ? [] : [{ lane, at }]));
  // checkFleet made every function's steps and interval the same: any one's will do.
  const rollout = released[stepping[0]?.at ?? -1]?.prepared.run.config.release.rollout;
  if (rollout === undefined) return released;
  try {
    const after = await phases.run('Traffic in steps', () =>
      runRolloutTogether(
        stepping.map(({ lane }) => lane),
        rollout,
        log,
      ),
    );
    return released.map((one, at) => {
      const alias = after[stepping.findIndex((lane) => lane.at === at)];
      return alias === undefined ? one : { ...one, release: { ...one.release, alias } };
    });
  } catch (error) {
    const rolledBack = error instanceof RolledBack;
    const others = rolledBack ? released.filter((_, at) => lanes[at] === undefined) : [];
    const othersBack = await putBackAll(others, log);
    const results = released.map((one, at) => {
      const lane = stepping.findIndex((stepped) => stepped.at === at);
      const other = others.indexOf(one);
      const state =
        lane >= 0
          ? error instanceof RolloutStopped
            ? (error.aliases[lane] ?? 'unknown')
            : `unknown: ${errorMessage(error)}`
          : other >= 0
            ? (othersBack[other] ?? 'unknown')
            : 'released';
      return resultOf(one.prepared, state, rolledBack ? { 'rolled-back': 'true' } : {});
    });
    throw new FleetFailed(
      errorMessage(error) +
        (others.length === 0
          ? ''
          : ` ${putBackSentence('The aliases outside the steps', others, othersBack)}`),
      results,
      { cause: error },
    );
  }
}

/** Frees old allocations and prunes, each function in turn; the aliases stay where they are. */
async function settleEach(released: readonly Released[]): Promise<FleetResult[]> {
  const results: FleetResult[] = [];
  const failed: string[] = [];
  for (const { prepared, release } of released) {
    try {
      const outcome = await settle(prepared, release);
      const { deployable } = prepared.run.built;
      results.push(
        resultOf(prepared, 'released', {
          ...(deployable.kind === 'zip' ? packageOutputs(deployable.package) : {}),
          ...deployOutputs(outcome),
        }),
      );
    } catch (error) {
      failed.push(`${labelOf(prepared)}: ${errorMessage(error)}`);
      results.push({
        ...resultOf(prepared, `released, then failed: ${errorMessage(error)}`),
        error: errorMessage(error),
      });
    }
  }
  if (failed.length > 0) {
    throw new FleetFailed(
      `Every alias was switched, but ${failed.length} of ${released.length} functions failed after: ${failed.join('; ')}`,
      results,
    );
  }
  return results;
}

/** Each moved alias back to its routing before the run (a created one deleted): its state. */
async function putBackAll(released: readonly Released[], log: Logger): Promise<string[]> {
  const states: string[] = [];
  for (const { prepared, release } of released) {
    const { releaser } = prepared.run.apis;
    const before = prepared.run.plan.release.alias?.before;
    const after = release.alias;
    try {
      if (after === undefined) {
        states.push(`released: no alias to put back`);
      } else if (before === undefined) {
        await releaser.deleteAlias(after.name);
        states.push(`put back: alias '${after.name}' deleted, as it did not exist before`);
      } else {
        const back = await releaser.updateAlias(
          after,
          before.version,
          before.weights,
          aliasRecord(before.version, after.version, prepared.run.config.release.runLabel),
        );
        states.push(`put back: alias '${back.name}' routes ${routingText(back)}`);
      }
    } catch (error) {
      states.push(
        `NOT put back: alias '${after?.name ?? ''}' still routes ${after === undefined ? '?' : routingText(after)} (${errorMessage(error)})`,
      );
    }
    log.info(`${labelOf(prepared)}: ${states.at(-1) ?? ''}`);
  }
  return states;
}

/** "<what> were put back: …", or, when some were not, how many and which. */
function putBackSentence(
  what: string,
  released: readonly Released[],
  states: readonly string[],
): string {
  const failed = states.filter((state) => state.startsWith('NOT put back')).length;
  return failed === 0
    ? `${what} were put back: ${listed(released, states)}.`
    : `${what}: ${failed} of ${released.length} could NOT be put back: ${listed(released, states)}.`;
}

function listed(released: readonly Released[], states: readonly string[]): string {
  return released
    .map((one, at) => `${labelOf(one.prepared)} (${states[at] ?? 'unknown'})`)
    .join('; ');
}

function resultOf(
  prepared: Prepared,
  state: string,
  outputs: Readonly<Record<string, string>> = {},
): FleetResult {
  return {
    label: labelOf(prepared),
    'function-name': prepared.run.config.functionName,
    region: prepared.run.config.region,
    state,
    // The version exists whatever happened to the alias after.
    outputs: { ...versionOutputs(prepared.version), ...outputs },
  };
}

function labelOf(prepared: Prepared): string {
  return `${prepared.run.config.functionName} in ${prepared.run.config.region}`;
}
