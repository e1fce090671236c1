// keep-versions: after a release, delete the oldest published versions beyond the newest N,
// never one that an alias routes to, that has provisioned concurrency, or that this run
// published. Pruning never fails a deploy that released: a problem is a warning.
import type { AliasState, CodeStorage, LambdaRelease } from '../aws/lambda-release.js';
import { aliasesReferencing } from '../aws/error-kinds.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { planChanges, type DeployPlan } from '../plan/deploy-plan.js';

/** The calls pruning makes. */
export type PruneApi = Pick<
  LambdaRelease,
  'versionNumbers' | 'listAliases' | 'provisionedConcurrency' | 'deleteVersion' | 'accountSettings'
>;

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

/**
 * Reads the versions, aliases and provisioned concurrency, deletes what versionsToPrune
 * decides, then reads the account's code storage. Never throws: when which versions have
 * provisioned concurrency is unknown, nothing is deleted.
 */
export async function pruneVersions(
  api: PruneApi,
  keep: number,
  justPublished: string | undefined,
  log: Logger,
): Promise<PruneResult> {
  const pruned = await deleteOldVersions(api, keep, justPublished, log);
  return { keep, ...pruned, storage: await codeStorage(api, log) };
}

async function deleteOldVersions(
  api: PruneApi,
  keep: number,
  justPublished: string | undefined,
  log: Logger,
): Promise<Pick<PruneResult, 'removed' | 'problem'>> {
  const nothing = (problem: string) => {
    log.warning(`keep-versions: no version was removed: ${problem}`);
    return { removed: [], problem: `no version was removed: ${problem}` };
  };
  let doomed: string[];
  try {
    const [published, aliases] = await Promise.all([api.versionNumbers(), api.listAliases()]);
    let provisioned: string[];
    try {
      provisioned = await api.provisionedConcurrency();
    } catch (error) {
      return nothing(
        'which versions have provisioned concurrency is unknown, and none that might is ' +
          `deleted. ${errorMessage(error)}`,
      );
    }
    doomed = versionsToPrune(published, aliases, provisioned, keep, justPublished);
  } catch (error) {
    return nothing(errorMessage(error));
  }
  if (doomed.length === 0) {
    log.info(`keep-versions: nothing to remove beyond the newest ${keep}`);
    return { removed: [], problem: undefined };
  }
  const removed: string[] = [];
  const skipped: string[] = [];
  for (const version of doomed) {
    try {
      await api.deleteVersion(version);
    } catch (error) {
      // An alias moved onto it since the aliases were read: keep it, and go on.
      const aliases = aliasesReferencing(error);
      if (aliases !== undefined) {
        skipped.push(version);
        log.info(`keep-versions: kept version ${version}: alias ${aliases} now routes to it`);
        continue;
      }
      const left = doomed.slice(removed.length + skipped.length);
      const problem =
        `${removed.length === 0 ? 'no version was removed' : `removed ${versionList(removed)}`}; ` +
        `${versionList(left)} ${left.length === 1 ? 'was' : 'were'} not removed: ${errorMessage(error)}`;
      log.warning(`keep-versions: ${problem}`);
      return { removed, problem };
    }
    removed.push(version);
    log.info(`keep-versions: deleted version ${version}`);
  }
  const kept =
    skipped.length === 0 ? '' : `; kept ${versionList(skipped)}, which an alias routes to`;
  log.info(
    removed.length === 0
      ? `keep-versions: no version was removed${kept}`
      : `keep-versions: removed ${versionList(removed)}, keeping the newest ${keep}${kept}`,
  );
  return { removed, problem: undefined };
}

async function codeStorage(api: PruneApi, log: Logger): Promise<CodeStorage | undefined> {
  try {
    return await api.accountSettings();
  } catch (error) {
    log.info(`Code storage not shown: ${errorMessage(error)}`);
    return undefined;
  }
}

/** "version 3", "versions 2, 3". */
export function versionList(versions: readonly string[]): string {
  return `${versions.length === 1 ? 'version' : 'versions'} ${versions.join(', ')}`;
}
