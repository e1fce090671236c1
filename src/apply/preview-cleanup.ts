import type { LambdaRelease } from '../aws/lambda-release.js';
import type { Logger } from '../logger.js';
import { removeFunctionUrl } from '../resources/function-url/apply.js';
import { spareBusyVersions, type SparedVersion } from '../resources/durable/plan.js';

export interface CleanupResult {
  /** False when there was no such alias: the pull request may never have deployed. */
  readonly aliasDeleted: boolean;
  readonly version: string | undefined;
  readonly versionDeleted: boolean;
  /** The version kept for its durable executions still going, and why. */
  readonly spared?: readonly SparedVersion[];
}

/**
 * Removes a pull request's preview: the alias's function URL and its permissions, the
 * alias, and the version it pointed to unless another alias still routes to it.
 */
export async function deletePreview(
  lambda: LambdaRelease,
  alias: string,
  log: Logger,
): Promise<CleanupResult> {
  // Listing, unlike GetAlias, fails when the function itself is missing (a wrong name or region).
  const aliases = await lambda.listAliases();
  const state = aliases.find((candidate) => candidate.name === alias);
  if (state === undefined) {
    log.info(`Alias '${alias}' does not exist: nothing to remove`);
    return { aliasDeleted: false, version: undefined, versionDeleted: false };
  }
  if (await removeFunctionUrl(lambda, alias)) log.info(`Deleted the function URL of '${alias}'`);
  await lambda.deleteAlias(alias);
  log.info(`Deleted alias '${alias}' (it pointed to version ${state.version})`);

  if (state.version === '$LATEST') {
    return { aliasDeleted: true, version: state.version, versionDeleted: false };
  }
  const stillUsed = aliases.filter(
    (other) =>
      other.name !== alias && (other.version === state.version || state.version in other.weights),
  );
  if (stillUsed.length > 0) {
    const names = stillUsed.map((other) => other.name).join(', ');
    log.info(`Version ${state.version} is kept: alias ${names} still routes to it`);
    return { aliasDeleted: true, version: state.version, versionDeleted: false };
  }
  if (await lambda.isDurable(state.version)) {
    const { spared } = await spareBusyVersions(lambda, [state.version]);
    if (spared.length > 0) {
      log.info(`Version ${state.version} is kept: ${spared.map((one) => one.reason).join('')}`);
      return { aliasDeleted: true, version: state.version, versionDeleted: false, spared };
    }
  }
  await lambda.deleteVersion(state.version);
  log.info(`Deleted version ${state.version}`);
  return { aliasDeleted: true, version: state.version, versionDeleted: true };
}
