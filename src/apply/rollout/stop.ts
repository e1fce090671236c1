// One rule for every stop of a rollout: each alias the run moved goes back to its routing
// before the run, without the new version's share (carrying the RevisionId it was last left
// with), and the message says where each one routes as read back afterwards. An alias
// another run moved meanwhile is left alone and named with what it routes now.
import {
  AliasChangedError,
  routingText,
  type AliasState,
} from '../../aws/lambda-release-shapes.js';
import { type LambdaRelease } from '../../aws/lambda-release.js';
import { DeployError, errorMessage } from '../../errors.js';
import { readDescription, type Routing } from '../../resources/alias/record.js';
import { CANCEL_BUDGET_MS } from './guard.js';
import type { LaneState, RolloutContext, RolloutLane } from './lane.js';

/** Why the rollout stopped, in words, and the error behind it when there was one. */
export interface StopCause {
  readonly text: string;
  readonly error?: unknown;
  /** The lane whose failure stopped the rollout, when it was one lane's. */
  readonly lane?: RolloutLane;
}

/**
 * The rollout stopped; `aliases` says, per lane in order, where each alias was left, and
 * `labels` which lane each is (its function and region, or its alias).
 */
export class RolloutStopped extends DeployError {
  readonly outputs: Readonly<Record<string, string>> = { 'rolled-back': 'false' };

  constructor(
    message: string,
    readonly aliases: readonly string[],
    options?: ErrorOptions & {
      readonly labels?: readonly string[];
      readonly failedLabel?: string | undefined;
    },
  ) {
    super(message, options);
    this.labels = options?.labels ?? [];
    this.failedLabel = options?.failedLabel;
  }

  readonly labels: readonly string[];
  /** The lane whose failure stopped the rollout (its label), when it was one lane's. */
  readonly failedLabel: string | undefined;
}

/** Every alias the run moved is off the new version again; `rolled-back` says so. */
export class RolledBack extends RolloutStopped {
  override readonly outputs = { 'rolled-back': 'true' };
}

/** The routing an alias goes back to: as before the run, without `version`'s share. */
export function putBackRouting(before: Routing, version: string): Routing {
  if (before.version === version) return before;
  const weights = Object.fromEntries(
    Object.entries(before.weights).filter(([other]) => other !== version),
  );
  return { version: before.version, weights };
}

/** What happened to one alias. */
interface PutBack {
  readonly outcome: 'back' | 'left' | 'failed' | 'unmoved';
  /** "put back to 7", "NOT put back: …": for the fleet's results. */
  readonly state: string;
  /** The sentence for the message. */
  readonly sentence: string;
  readonly error?: unknown;
}

/**
 * Puts back every lane's alias (in parallel: a fleet's aliases within a cancelled job's
 * grace time), then fails with RolledBack, or RolloutStopped when any could not be.
 */
export async function stopRollout(
  lanes: readonly LaneState[],
  cause: StopCause,
  context: RolloutContext,
  save: () => void,
): Promise<never> {
  // After a signal the runner kills the step about 10 s later: every call has to fit.
  const signal =
    context.signal?.aborted === true ? AbortSignal.timeout(CANCEL_BUDGET_MS) : undefined;
  const results = await Promise.all(lanes.map((state) => putBack(state, context, signal)));
  save();
  const failed = results.filter((result) => result.outcome === 'failed');
  if (failed.length === 0) context.save({ run: context.run, open: false, aliases: [] });
  const aliases = results.map((result) => result.state);
  const options = {
    cause: failed[0]?.error ?? cause.error,
    labels: lanes.map(({ lane }) => lane.label ?? lane.alias),
    failedLabel: cause.lane === undefined ? undefined : (cause.lane.label ?? cause.lane.alias),
  };
  const versions = [...new Set(lanes.map(({ lane }) => lane.version))];
  const stays = `${versions.length === 1 ? 'Version' : 'Versions'} ${versions.join(', ')} ${
    versions.length === 1 ? 'stays' : 'stay'
  } published`;
  if (lanes.length === 1) {
    const [result] = results as [PutBack];
    const message = `${cause.text}: ${result.sentence}.`;
    if (failed.length > 0) {
      throw new RolloutStopped(
        `${message} Move it back by hand, or with rollback-to.`,
        aliases,
        options,
      );
    }
    throw new RolledBack(`${message} ${stays}, with no traffic from this run.`, aliases, options);
  }
  const each = lanes
    .map(({ lane }, at) => `${lane.label ?? lane.alias}: ${results[at]?.sentence ?? ''}`)
    .join('; ');
  if (failed.length === 0) {
    throw new RolledBack(
      `${cause.text}: every alias was put back (${each}). ${stays}, with no traffic from this run.`,
      aliases,
      options,
    );
  }
  throw new RolloutStopped(
    `${cause.text}, and putting ${failed.length} of ${lanes.length} aliases back failed (${each}). ` +
      'Move those back by hand, or with rollback-to.',
    aliases,
    options,
  );
}

async function putBack(
  state: LaneState,
  context: RolloutContext,
  signal: AbortSignal | undefined,
): Promise<PutBack> {
  const { lane } = state;
  const name = `alias '${lane.alias}'`;
  let current = state.current;
  try {
    // A first move whose answer never came: it is this run's if the alias carries its record.
    current ??= await ownRecord(lane, context, signal);
    if (current === undefined) {
      return {
        outcome: 'unmoved',
        state: `not moved: ${name} ${await readBack(lane, signal)}`,
        sentence: `${name} had not moved; it ${await readBack(lane, signal)}`,
      };
    }
    if (lane.before === undefined) {
      await lane.releaser.deleteAlias(lane.alias, signal);
      state.current = undefined;
      return {
        outcome: 'back',
        state: `put back: ${name} deleted, as it did not exist before`,
        sentence: `${name} was deleted, as it did not exist before this run`,
      };
    }
    const back = await moveBack(lane, lane.before, current, context, signal);
    if (back === 'left') {
      const now = await readBack(lane, signal);
      return {
        outcome: 'left',
        state: `left alone: ${name} was moved by another run; it ${now}`,
        sentence: `${name} was moved by another run meanwhile and is left alone: it ${now}`,
      };
    }
    state.current = back;
    const routing = putBackRouting(lane.before, lane.version);
    const now = await readBack(lane, signal);
    const dropped =
      routing === lane.before
        ? ` (version ${lane.version} was its primary before this run, so it keeps it)`
        : lane.version in lane.before.weights
          ? ` (its routing before this run, without version ${lane.version}'s share)`
          : ' (its routing before this run)';
    return {
      outcome: 'back',
      state: `put back: ${name} ${now}`,
      sentence: `${name} was put back${dropped}: it ${now}`,
    };
  } catch (error) {
    const now = await readBack(lane, signal);
    return {
      outcome: 'failed',
      state: `NOT put back: ${name} ${now} (${errorMessage(error)})`,
      sentence: `putting ${name} back failed (${errorMessage(error)}): it ${now}`,
      error,
    };
  }
}

/**
 * UpdateAlias to the routing before, with the RevisionId the run last left; when that no
 * longer holds and the alias carries this run's record, once more with the one read.
 */
async function moveBack(
  lane: RolloutLane,
  before: AliasState,
  current: AliasState,
  context: RolloutContext,
  signal: AbortSignal | undefined,
): Promise<AliasState | 'left'> {
  const routing = putBackRouting(before, lane.version);
  const send = (from: AliasState) =>
    lane.releaser.updateAlias(
      from,
      routing.version,
      routing.weights,
      before.description ?? '',
      signal,
    );
  try {
    return await send(current);
  } catch (error) {
    if (!(error instanceof AliasChangedError)) throw error;
    const found = error.found;
    if (found === undefined || !carriesOwnRecord(found, context)) return 'left';
    return send(found);
  }
}

/** The alias, when it carries this run's record: a move this run made. */
async function ownRecord(
  lane: RolloutLane,
  context: RolloutContext,
  signal: AbortSignal | undefined,
): Promise<AliasState | undefined> {
  const alias = await lane.releaser.getAlias(lane.alias, signal);
  return alias !== undefined && carriesOwnRecord(alias, context) ? alias : undefined;
}

export function carriesOwnRecord(
  alias: Pick<AliasState, 'description'>,
  own: Pick<RolloutContext, 'run' | 'label'>,
): boolean {
  const { record } = readDescription(alias.description);
  if (record === undefined) return false;
  return record.kind === 'rollout'
    ? record.run === own.run
    : record.label === own.label && own.label !== '';
}

/** "routes 7 (read back)", or what kept it from being read. */
async function readBack(
  lane: { readonly releaser: LambdaRelease; readonly alias: string },
  signal: AbortSignal | undefined,
): Promise<string> {
  try {
    const now = await lane.releaser.getAlias(lane.alias, signal);
    return now === undefined
      ? 'no longer exists (read back)'
      : `routes ${routingText(now)} (read back)`;
  } catch (error) {
    return `could not be read back (${errorMessage(error)}), so where it routes is unknown`;
  }
}
