// keep-versions: after a release, delete the oldest published versions beyond the newest N,
// never one that an alias routes to, that has provisioned concurrency, or that this run
// published. Pruning never fails a deploy that released: a problem is a warning.
import type { AliasState, CodeStorage } from '../../aws/lambda-release.js';

import { planChanges, type DeployPlan } from '../../plan/deploy-plan.js';

export interface PruneResult {
  readonly keep: number;
  /** The versions this run deleted, oldest first. */
  readonly removed: readonly string[];
  /** Why pruning removed nothing or stopped short (already warned); undefined when it did all it decided. */
  readonly problem: string | undefined;
  /** The account's code storage after pruning; undefined when it could not be read. */
  readonly storage: CodeStorage | undefined;
}

/**
 * What the plan prunes: keep-versions with a release, in a run that changes something (a
 * run that plans no changes makes only read calls).
 */
export function plannedPrune(plan: DeployPlan): { readonly keep: number } | undefined {
  return plan.prune !== undefined && plan.release.publish !== 'none' && planChanges(plan)
    ? plan.prune
    : undefined;
}

/**
 * The versions to delete, oldest first: those older than the newest `keep` published ones,
 * less every version an alias routes to (primary or weighted), every qualifier with
 * provisioned concurrency and `justPublished`. `$LATEST` and anything not a version number
 * are never candidates.
 */
export function versionsToPrune(
  published: readonly string[],
  aliases: readonly Pick<AliasState, 'version' | 'weights'>[],
  provisioned: readonly string[],
  keep: number,
  justPublished: string | undefined,
): string[] {
  const kept = new Set<string>(provisioned);
  if (justPublished !== undefined) kept.add(justPublished);
  for (const alias of aliases) {
    kept.add(alias.version);
    // A weight of 0 still names the version in the alias's routing: Lambda counts it.
    for (const version of Object.keys(alias.weights)) kept.add(version);
  }
  const newestFirst = [...new Set(published.filter((version) => /^[1-9]\d*$/.test(version)))].sort(
    (a, b) => Number(b) - Number(a),
  );
  return newestFirst
    .slice(Math.max(0, keep))
    .filter((version) => !kept.has(version))
    .reverse();
}

/** "version 3", "versions 2, 3". */
export function versionList(versions: readonly string[]): string {
  return `${versions.length === 1 ? 'version' : 'versions'} ${versions.join(', ')}`;
}
