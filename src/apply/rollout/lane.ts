// The shapes a rollout works with: its lanes (one alias each), what every move records, and
// what the post step is told of each move.
import type { CloudWatchAlarms } from '../../aws/cloudwatch-alarms.js';
import type { AliasState } from '../../aws/lambda-release-shapes.js';
import type { LambdaRelease } from '../../aws/lambda-release.js';
import type { Rollout } from '../../inputs.js';
import type { Logger } from '../../logger.js';

/** One alias this run moves. Many lanes go together: a fleet's aliases. */
export interface RolloutLane {
  /** Names the function in the log and in messages when lanes go together. */
  readonly label?: string;
  readonly releaser: LambdaRelease;
  readonly alarms: CloudWatchAlarms | undefined;
  readonly alias: string;
  /** The alias before the run; undefined when this run creates it (putting it back deletes it). */
  readonly before: AliasState | undefined;
  /** The version the run sends traffic to. */
  readonly version: string;
  /** True when the alias goes through the steps; false when it moved at once. */
  readonly steps: boolean;
}

/** A lane and its alias as last moved (undefined until its first move is known). */
export interface LaneState {
  readonly lane: RolloutLane;
  current: AliasState | undefined;
}

/**
 * What the post step needs to put the aliases back when the main step was killed: the
 * state the main step saves (saveState, runner/commands.ts) after every move.
 */
export interface SavedRollout {
  readonly run: string;
  /** True while a rollout window is open. */
  readonly open: boolean;
  readonly aliases: readonly SavedAlias[];
}

export interface SavedAlias {
  /** The function's name (or ARN), as the step's calls named it. */
  readonly function: string;
  readonly region: string;
  readonly alias: string;
  /** The version the run sends traffic to. */
  readonly version: string;
  /** The alias before the run; null when the run created it. */
  readonly before: {
    readonly version: string;
    readonly weights: Readonly<Record<string, number>>;
    readonly description: string;
  } | null;
  /** The RevisionId the run last left the alias with; null before its first move answered. */
  readonly revisionId: string | null;
}

export type SaveRollout = (state: SavedRollout) => void;

/** What every move of the rollout records and how it may be stopped. */
export interface RolloutContext {
  readonly rollout: Rollout;
  /** "1a2b3c4 run 42": recorded with a finished move. */
  readonly label: string;
  /** GITHUB_RUN_ID.GITHUB_RUN_ATTEMPT: recorded with each step. */
  readonly run: string;
  readonly log: Logger;
  /** Aborts when the job is cancelled (guard.ts). */
  readonly signal: AbortSignal | undefined;
  /** Told of every move, for the post step. */
  readonly save: SaveRollout;
  /** The clock, in ms since the epoch. */
  readonly now?: () => number;
}
