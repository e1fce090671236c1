import type { FunctionState } from '../../aws/function-state.js';
import type { CodeStorage, PublishedVersion } from '../../aws/lambda-release-shapes.js';
import type { LambdaRelease } from '../../aws/lambda-release.js';
import { isOutcomeUnknownFailure, withState, errorMessage } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { aliasesReferencing } from '../../aws/error-kinds.js';
import { spareBusyVersions, sparedText } from '../durable/plan.js';
import {
  NEW_VERSION,
  versionList,
  versionsToPrune,
  type PruneResult,
  type PublishPlan,
} from './plan.js';

/** Publishes $LATEST as planned, or takes the version the plan found holding it. */
export async function publishPlanned(
  lambda: LambdaRelease,
  deployed: FunctionState,
  publish: PublishPlan,
  versionDescription: string,
  log: Logger,
): Promise<PublishedVersion | undefined> {
  if (publish === 'none') return undefined;
  if (publish !== NEW_VERSION) {
    log.info(
      `Version ${publish.version} already holds this code and these settings: none published`,
    );
    return { version: publish.version, arn: publish.arn };
  }
  try {
    const version = await lambda.publishVersion(
      deployed.codeSha256,
      deployed.revisionId,
      versionDescription,
    );
    log.info(`Published version ${version.version} (${version.arn})`);
    return version;
  } catch (error) {
    throw withState(
      error,
      isOutcomeUnknownFailure(error)
        ? 'The new code is on $LATEST; whether a version was published is unknown, and no alias moved.'
        : 'The new code is on $LATEST only: no version was published and no alias moved.',
    );
  }
}

/** The calls pruning makes. */
export type PruneApi = Pick<
  LambdaRelease,
  | 'versionDurability'
  | 'listAliases'
  | 'provisionedConcurrency'
  | 'deleteVersion'
  | 'accountSettings'
  | 'activeDurableExecutions'
>;

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
): Promise<Pick<PruneResult, 'removed' | 'problem' | 'spared'>> {
  const nothing = (problem: string) => {
    log.warning(`keep-versions: no version was removed: ${problem}`);
    return { removed: [], problem: `no version was removed: ${problem}` };
  };
  let doomed: string[];
  const durable = new Set<string>();
  try {
    const [listed, aliases] = await Promise.all([api.versionDurability(), api.listAliases()]);
    const published = listed.map((one) => one.version);
    for (const one of listed) if (one.durable) durable.add(one.version);
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
  // Only a durable version's executions are listed: no call for other functions.
  const { deletable, spared } = await spareBusyVersions(
    api,
    doomed.filter((version) => durable.has(version)),
  );
  if (spared.length > 0) log.info(`keep-versions: ${sparedText(spared)}`);
  const free = new Set(deletable);
  const result = await deleteVersions(
    api,
    doomed.filter((version) => !durable.has(version) || free.has(version)),
    keep,
    log,
  );
  return spared.length === 0 ? result : { ...result, spared };
}

async function deleteVersions(
  api: PruneApi,
  doomed: readonly string[],
  keep: number,
  log: Logger,
): Promise<Pick<PruneResult, 'removed' | 'problem'>> {
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
