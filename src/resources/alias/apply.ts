import type { FunctionState } from '../../aws/function-state.js';
import {
  AliasChangedError,
  routingText,
  type AliasState,
  type PublishedVersion,
} from '../../aws/lambda-release-shapes.js';
import { type LambdaRelease } from '../../aws/lambda-release.js';
import { isOutcomeUnknownFailure, withState } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { publishPlanned } from '../versions/apply.js';
import { resolveRouting, type AliasPlan, type Routing } from './plan.js';
import type { PublishPlan } from '../versions/plan.js';

export interface ReleaseResult {
  readonly version: PublishedVersion | undefined;
  /** The alias's primary version before this release. */
  readonly previousVersion: string | undefined;
  readonly alias: AliasState | undefined;
}

/**
 * The alias's description for a move to `after`, from its description now (undefined for an
 * alias still to be created): the user's text and this action's record (resources/alias/record.ts).
 */
export type DescribeAlias = (after: Routing, current: string | undefined) => string;

/**
 * Carries out the plan's release: publishes the deployed code as a version (or takes the
 * one the plan found holding it), then moves the alias as planned, only if it is still as
 * it was read (its RevisionId).
 */
export async function release(
  lambda: LambdaRelease,
  deployed: FunctionState,
  planned: { readonly publish: PublishPlan; readonly alias: AliasPlan | undefined },
  versionDescription: string,
  log: Logger,
  describeAlias?: DescribeAlias,
): Promise<ReleaseResult> {
  const version = await publishPlanned(lambda, deployed, planned.publish, versionDescription, log);
  if (version === undefined || planned.alias === undefined) {
    return { version, previousVersion: undefined, alias: undefined };
  }
  return moveAlias(lambda, planned.alias, version, log, describeAlias);
}

/** Moves the alias to its planned routing, with `version` for the version the run publishes. */
export async function moveAlias(
  lambda: LambdaRelease,
  alias: AliasPlan,
  version: PublishedVersion,
  log: Logger,
  describeAlias?: DescribeAlias,
  signal?: AbortSignal,
): Promise<ReleaseResult> {
  const after = resolveRouting(alias.after, version.version);
  let moved: AliasState;
  try {
    const description = describeAlias?.(after, alias.before?.description);
    if (alias.before === undefined) {
      moved = await lambda.createAlias(alias.name, after.version, description);
    } else if (alias.action === 'keep') {
      moved = alias.before;
    } else {
      moved = await lambda.updateAlias(
        alias.before,
        after.version,
        after.weights,
        description,
        signal,
      );
    }
  } catch (error) {
    const published = `Version ${version.version} was published with the new code`;
    if (error instanceof AliasChangedError) throw withState(error, `${published}.`);
    throw withState(error, `${published}; ${await aliasNow(lambda, alias.name, error)}.`);
  }
  log.info(
    alias.action === 'keep'
      ? `Alias ${moved.arn} already routes ${routingText(moved)}: not moved`
      : `Alias ${moved.arn} now routes ${routingText(moved)}`,
  );
  return { version, previousVersion: alias.before?.version, alias: moved };
}

/** The alias's state after a failed move, read again rather than assumed. */
async function aliasNow(lambda: LambdaRelease, alias: string, error: unknown): Promise<string> {
  if (isOutcomeUnknownFailure(error)) return `whether alias '${alias}' moved to it is unknown`;
  try {
    const now = await lambda.getAlias(alias);
    return now === undefined
      ? `alias '${alias}' does not exist`
      : `alias '${alias}' routes ${routingText(now)}`;
  } catch {
    return `alias '${alias}' could not be read back, so where it points is unknown`;
  }
}

/** A sentence on where the release left things, for a failure in a step after it. */
export function releasedState(released: ReleaseResult): string {
  if (released.alias !== undefined) {
    return `Version ${released.version?.version ?? '?'} was published and alias '${released.alias.name}' routes ${routingText(released.alias)}.`;
  }
  if (released.version !== undefined) return `Version ${released.version.version} was published.`;
  return 'No version was published.';
}

/** "live: 7 (90 %) / 8 (10 %)", or "live: 8" when one version has it all. */
export function describeRouting(alias: AliasState): string {
  return `${alias.name}: ${routingText(alias)}`;
}
