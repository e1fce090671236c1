// Traffic in steps behind alarms. A rollout window opens before an alias first moves to a
// routing that is not its last, and closes once every alias is at its last step and checked.
// Whatever stops it inside (an alarm, a move that cannot be made, alarms that cannot be read,
// a cancelled job, a smoke test after traffic), every alias it moved is put back
// (stop.ts).
import type { CloudWatchAlarms } from '../../aws/cloudwatch-alarms.js';
import { routingText, type AliasState } from '../../aws/lambda-release-shapes.js';
import { errorMessage } from '../../errors.js';
import { formatSeconds } from '../../format.js';
import { describeAlias, type AliasRecord, type Routing } from '../../resources/alias/record.js';
import { pause, untilAborted } from './guard.js';
import type { LaneState, RolloutContext, RolloutLane } from './lane.js';
import { stopRollout, type StopCause } from './stop.js';

export { RolledBack, RolloutStopped } from './stop.js';
export type { LaneState, RolloutContext, RolloutLane } from './lane.js';

/** Alarms are read at least this often while a step holds. */
const ALARM_POLL_MS = 15_000;

/** The routing at a step: `percent` to `version` beside the alias's primary before. */
export function stepRouting(
  before: Routing | undefined,
  version: string,
  percent: number,
): Routing {
  return percent === 100 || before === undefined
    ? { version, weights: {} }
    : { version: before.version, weights: { [version]: percent / 100 } };
}

/**
 * The aliases of one release, from their first moves to the end of their steps: moves with
 * the record each needs, holds while the alarms are watched, and a stop that puts them back.
 */
export class RolloutWindow {
  readonly lanes: LaneState[] = [];

  constructor(readonly context: RolloutContext) {}

  /**
   * The record an alias gets with a move to `routing` at step `index` (0-based): a marker of
   * the rollout under way, or a move done at its last step (or for an alias without steps).
   */
  record(
    lane: Pick<RolloutLane, 'before' | 'version' | 'steps'>,
    routing: Routing,
    index: number,
  ): AliasRecord {
    const { steps, intervalSeconds } = this.context.rollout;
    const last = !lane.steps || index >= steps.length - 1;
    if (last || lane.before === undefined) {
      return {
        kind: 'moved',
        version: routing.version,
        weights: routing.weights,
        previous: lane.before,
        label: this.context.label,
      };
    }
    const now = this.context.now?.() ?? Date.now();
    return {
      kind: 'rollout',
      target: lane.version,
      step: index + 1,
      steps,
      until: Math.ceil(now / 1000) + intervalSeconds,
      before: lane.before,
      run: this.context.run,
    };
  }

  /** A lane about to make its first move: saved first, so the post step knows of it. */
  pending(lane: RolloutLane): LaneState {
    const state: LaneState = { lane, current: undefined };
    this.lanes.push(state);
    this.save();
    return state;
  }

  /** The lane's first move was made: its alias as Lambda answered it. */
  moved(state: LaneState, alias: AliasState): void {
    state.current = alias;
    this.save();
  }

  /**
   * Takes the stepping lanes through the rest of the steps, from the one at 1-based `from`
   * (held again first) on; every lane's alias after.
   */
  async steps(from = 1): Promise<AliasState[]> {
    const { steps, intervalSeconds } = this.context.rollout;
    for (let index = from - 1; index < steps.length; index++) {
      const step = stepName(index, steps);
      if (index >= from) await this.moveAll(index, step);
      await this.hold(step, index < steps.length - 1 ? intervalSeconds : 0);
    }
    return this.lanes.flatMap((state) => state.current ?? []);
  }

  /** Puts every alias this run moved back, then fails saying where each is, as read. */
  stop(cause: StopCause): Promise<never> {
    return stopRollout(this.lanes, cause, this.context, () => {
      this.save();
    });
  }

  /** The window is over: nothing for the post step to put back. */
  close(): void {
    this.context.save({ run: this.context.run, open: false, aliases: [] });
  }

  private save(): void {
    this.context.save({
      run: this.context.run,
      open: true,
      aliases: this.lanes.map(({ lane, current }) => ({
        function: lane.releaser.name,
        region: lane.releaser.region,
        alias: lane.alias,
        version: lane.version,
        before:
          lane.before === undefined
            ? null
            : {
                version: lane.before.version,
                weights: lane.before.weights,
                description: lane.before.description ?? '',
              },
        revisionId: current?.revisionId ?? null,
      })),
    });
  }

  private async moveAll(index: number, step: string): Promise<void> {
    const { log, signal, rollout } = this.context;
    for (const state of this.lanes) {
      const { lane, current } = state;
      if (!lane.steps || current === undefined) continue;
      const routing = stepRouting(lane.before, lane.version, rollout.steps[index] ?? 100);
      let moved: AliasState;
      try {
        if (signal?.aborted === true) throw signal.reason;
        moved = await lane.releaser.updateAlias(
          current,
          routing.version,
          routing.weights,
          describeAlias(current.description, this.record(lane, routing, index)),
          signal,
        );
      } catch (error) {
        const cause = stopCause(
          signal,
          error,
          `during ${step}`,
          () => `Moving ${aliasOf(lane)} to ${step} failed: ${sentence(error)}`,
        );
        return this.stop({ ...cause, lane });
      }
      state.current = moved;
      this.save();
      log.info(`Traffic ${step}: ${aliasOf(lane)} routes ${routingText(moved)}`);
    }
  }

  /** Holds a step for `seconds`, reading the alarms at its start and at least every 15 s. */
  private async hold(step: string, seconds: number): Promise<void> {
    const { signal } = this.context;
    const deadline = Date.now() + seconds * 1000;
    const every = Math.max(1_000, Math.min(ALARM_POLL_MS, (seconds * 1000) / 2));
    for (;;) {
      await this.watch(step, deadline);
      const left = deadline - Date.now();
      if (left <= 0) return;
      await pause(Math.min(every, left), signal).catch((reason: unknown) =>
        this.stop(stopCause(signal, reason, `during ${step}`, () => sentence(reason))),
      );
    }
  }

  private async watch(step: string, deadline: number): Promise<void> {
    const { log, signal } = this.context;
    const watched = distinctAlarms(this.lanes.map((state) => state.lane));
    const left = Math.max(0, deadline - Date.now()) / 1000;
    const next = left > 0 ? `next step in ${formatSeconds(left)}` : '';
    if (watched.length === 0) {
      if (next !== '') log.info(`Traffic ${step}: ${next}`);
      return;
    }
    const read: { where: string; states: ReadonlyMap<string, string> }[] = [];
    try {
      for (const alarms of watched) {
        read.push({
          where: watched.length === 1 ? '' : ` (${alarms.region})`,
          states: await untilAborted(signal, alarms.states()),
        });
      }
    } catch (error) {
      // Blind: no step may hold behind alarms that cannot be read.
      await this.stop(
        stopCause(
          signal,
          error,
          `during ${step}`,
          () => `${sentence(error)}: the alarms could not be read during ${step}`,
        ),
      );
    }
    const firing = read.flatMap(({ where, states }) =>
      [...states].filter(([, state]) => state === 'ALARM').map(([name]) => `'${name}'${where}`),
    );
    const seen = read
      .map(({ where, states }) =>
        [...states].map(([name, state]) => `${name}${where} ${state}`).join(', '),
      )
      .join(', ');
    log.info(`Traffic ${step}: ${seen}${next === '' ? '' : `; ${next}`}`);
    if (firing.length > 0) {
      const verb = firing.length === 1 ? 'is' : 'are';
      await this.stop({ text: `Alarm ${firing.join(', ')} ${verb} in ALARM during ${step}` });
    }
  }
}

/** An error's message without its closing full stop, to go inside a sentence. */
export function sentence(error: unknown): string {
  return errorMessage(error).replace(/[.\s]*$/, '');
}

/**
 * Why the rollout stops: the cancel, when the job was cancelled (whatever the call in flight
 * then said), or what `failed` says.
 */
export function stopCause(
  signal: AbortSignal | undefined,
  error: unknown,
  during: string,
  failed: () => string,
): StopCause {
  if (signal?.aborted === true) {
    const reason = signal.reason as unknown;
    return { text: `${sentence(reason)} ${during}`, error: reason };
  }
  return { text: failed(), error };
}

/** "step 2 of 3 (50 %)". */
export function stepName(index: number, steps: readonly number[]): string {
  return `step ${index + 1} of ${steps.length} (${steps[index] ?? 100} %)`;
}

/** The lanes' alarm readers, one for each region and list of names. */
function distinctAlarms(lanes: readonly RolloutLane[]): CloudWatchAlarms[] {
  const byKey = new Map<string, CloudWatchAlarms>();
  for (const { alarms } of lanes) {
    if (alarms !== undefined) byKey.set(`${alarms.region}\n${alarms.names.join('\n')}`, alarms);
  }
  return [...byKey.values()];
}

/** "alias live", or "alias live of orders-api in us-east-1" when lanes go together. */
export function aliasOf(lane: Pick<RolloutLane, 'label' | 'alias'>): string {
  return lane.label === undefined ? `alias ${lane.alias}` : `alias ${lane.alias} of ${lane.label}`;
}
