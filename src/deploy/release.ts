import type { FunctionState } from '../aws/lambda-function.js';
import type { AliasState, LambdaRelease, PublishedVersion } from '../aws/lambda-release.js';
import { DeployError, withState } from '../errors.js';
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
      'The new code is on $LATEST only: no version was published and no alias moved.',
    );
  }
  log.info(`Published version ${version.version} (${version.arn})`);
  if (alias === undefined) return { version, previousVersion: undefined, alias: undefined };

  let moved: AliasState;
  try {
    if (before === undefined) {
      moved = await lambda.createAlias(alias, version.version);
    } else if (traffic === 100 || before.version === version.version) {
      moved = await lambda.updateAlias(alias, version.version, {});
    } else {
      moved = await lambda.updateAlias(alias, before.version, {
        [version.version]: traffic / 100,
      });
    }
  } catch (error) {
    const routing =
      before === undefined
        ? 'was not created'
        : `still points to version ${before.version}` +
          (Object.keys(before.weights).length > 0 ? ` (${describeRouting(before)})` : '');
    throw withState(
      error,
      `Version ${version.version} was published with the new code, but alias '${alias}' ${routing}.`,
    );
  }
  log.info(`Alias ${moved.arn}: ${describeRouting(moved)}`);
  return { version, previousVersion: before?.version, alias: moved };
}

/** "live: 7 (90 %) / 8 (10 %)", or "live: 8" when one version has it all. */
export function describeRouting(alias: AliasState): string {
  const weights = Object.entries(alias.weights);
  if (weights.length === 0) return `${alias.name}: ${alias.version}`;
  const others = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;
  const parts = [
    `${alias.version} (${percent(1 - others)})`,
    ...weights.map(([version, weight]) => `${version} (${percent(weight)})`),
  ];
  return `${alias.name}: ${parts.join(' / ')}`;
}
