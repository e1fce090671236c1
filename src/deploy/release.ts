import type { FunctionState } from '../aws/lambda-function.js';
import {
  AliasChangedError,
  routingText,
  type AliasState,
  type LambdaRelease,
  type PublishedVersion,
} from '../aws/lambda-release.js';
import { DeployError, InputError, isOutcomeUnknownFailure, withState } from '../errors.js';
import type { FunctionSettings } from '../inputs.js';
import type { Logger } from '../logger.js';

export interface ReleaseOptions {
  readonly publish: boolean;
  readonly alias: string | undefined;
  /** Percent of the alias's traffic for the new version, 1 to 100. */
  readonly traffic: number;
  readonly versionDescription: string;
}

export interface ReleaseResult {
  readonly version: PublishedVersion | undefined;
  /** The alias's primary version before this release. */
  readonly previousVersion: string | undefined;
  readonly alias: AliasState | undefined;
}

/**
 * Publishes the deployed code as a version, then moves the alias to it: all of the
 * traffic, or `traffic` percent beside the version the alias keeps as its primary.
 */
export async function release(
  lambda: LambdaRelease,
  deployed: FunctionState,
  options: ReleaseOptions,
  log: Logger,
): Promise<ReleaseResult> {
  const { alias, traffic } = options;
  if (!options.publish && alias === undefined) {
    return { version: undefined, previousVersion: undefined, alias: undefined };
  }
  let before: AliasState | undefined;
  let version: PublishedVersion;
  try {
    before = alias === undefined ? undefined : await lambda.getAlias(alias);
    if (alias !== undefined && before === undefined && traffic < 100) {
      throw new DeployError(
        `Alias '${alias}' does not exist yet, so traffic ${traffic} has nothing to split with: ` +
          'deploy it once with traffic 100 (the default), then send a share to the next version',
      );
    }
    version = await lambda.publishVersion(
      deployed.codeSha256,
      deployed.revisionId,
      options.versionDescription,
    );
  } catch (error) {
    throw withState(
      error,
      isOutcomeUnknownFailure(error)
        ? 'The new code is on $LATEST; whether a version was published is unknown, and no alias moved.'
        : 'The new code is on $LATEST only: no version was published and no alias moved.',
    );
  }
  log.info(`Published version ${version.version} (${version.arn})`);
  if (alias === undefined) return { version, previousVersion: undefined, alias: undefined };

  let moved: AliasState;
  try {
    if (before === undefined) {
      moved = await lambda.createAlias(alias, version.version);
    } else if (traffic === 100 || before.version === version.version) {
      moved = await lambda.updateAlias(before, version.version, {});
    } else {
      moved = await lambda.updateAlias(before, before.version, {
        [version.version]: traffic / 100,
      });
    }
  } catch (error) {
    const published = `Version ${version.version} was published with the new code`;
    if (error instanceof AliasChangedError) throw withState(error, `${published}.`);
    throw withState(error, `${published}; ${await aliasNow(lambda, alias, error)}.`);
  }
  log.info(`Alias ${moved.arn}: ${describeRouting(moved)}`);
  return { version, previousVersion: before?.version, alias: moved };
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

/**
 * Lambda routes a weighted alias only between versions with one execution role, so a canary
 * cannot go with a change of role; refused before anything changes.
 */
export function checkCanaryRole(
  found: FunctionState | undefined,
  settings: Pick<FunctionSettings, 'role'>,
  options: Pick<ReleaseOptions, 'traffic'>,
): void {
  if (found === undefined || options.traffic === 100 || settings.role === undefined) return;
  const current = found.configuration.Role;
  if (current !== undefined && current !== settings.role) {
    throw new InputError(
      'role',
      `changes the execution role (from ${current}), but traffic ${options.traffic} would route ` +
        "between versions with different roles, which Lambda refuses for an alias's weights: " +
        'deploy the role change with traffic 100, or keep the role for the canary',
    );
  }
}

/** "live: 7 (90 %) / 8 (10 %)", or "live: 8" when one version has it all. */
export function describeRouting(alias: AliasState): string {
  return `${alias.name}: ${routingText(alias)}`;
}
