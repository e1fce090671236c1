import type { FunctionState } from '../aws/function-state.js';
import type { StagedPackage } from '../aws/s3-package-store.js';
import type { SettingChange } from '../resources/configuration/compare.js';

import type { LayerResult } from '../resources/layer/apply.js';
import { type PruneResult } from '../resources/versions/plan.js';
import type { CleanupResult } from '../apply/preview-cleanup.js';
import type { RollbackResult } from '../apply/rollback.js';
import { type ReleaseResult } from '../resources/alias/apply.js';
import { type PublishedVersion } from '../aws/lambda-release-shapes.js';

import type { DeploymentPackage } from '../package/package-contents.js';

export interface DeployOutcome {
  readonly function: FunctionState;
  /** The zip deployed; undefined for an image. */
  readonly package: DeploymentPackage | undefined;
  /** The image deployed, as given in image-uri. */
  readonly imageUri: string | undefined;
  readonly layer: LayerResult | undefined;
  readonly deployed: boolean;
  /** True when this run created the function (create-if-missing). */
  readonly created?: boolean;
  readonly staged: StagedPackage | undefined;
  readonly release: ReleaseResult & {
    readonly functionUrl: string | undefined;
    /** 'passed' when a smoke test ran (a failed one fails the run). */
    readonly smokeTest?: 'passed' | undefined;
    /** rollout-engine: codedeploy: the deployment that shifted the alias. */
    readonly codedeploy?: {
      readonly deploymentId: string;
      readonly link: string;
      /** False when the step handed the deployment over (wait-for-rollout: false). */
      readonly watched: boolean;
    };
  };
  readonly configurationChanges: readonly SettingChange[];
  /** keep-versions: what pruning removed after the release; undefined when it did not run. */
  readonly pruned?: PruneResult | undefined;
}

/** Outputs known once the code update is done; the package's are set as soon as it is built. */
export function deployOutputs(outcome: DeployOutcome): Record<string, string> {
  return {
    'function-arn': outcome.function.arn,
    'function-name': outcome.function.name,
    deployed: String(outcome.deployed),
    // An image's digest is known only once Lambda has resolved it.
    ...(outcome.imageUri === undefined ? {} : { 'code-sha256': outcome.function.codeSha256 }),
    ...(outcome.staged === undefined ? {} : { 's3-uri': outcome.staged.uri }),
    ...(outcome.layer === undefined ? {} : { 'layer-version-arn': outcome.layer.version.arn }),
    ...releaseOutputs(outcome.release),
  };
}

/** Only what this run produced: nothing is set for a version or alias it did not touch. */
function releaseOutputs(release: DeployOutcome['release']): Record<string, string> {
  const outputs: Record<string, string> = versionOutputs(release.version);
  if (release.previousVersion !== undefined) outputs['previous-version'] = release.previousVersion;
  if (release.alias !== undefined) outputs['alias-arn'] = release.alias.arn;
  if (release.functionUrl !== undefined) outputs['function-url'] = release.functionUrl;
  if (release.smokeTest !== undefined) outputs['smoke-test'] = release.smokeTest;
  if (release.codedeploy !== undefined) {
    outputs['codedeploy-deployment-id'] = release.codedeploy.deploymentId;
    outputs['codedeploy-deployment-url'] = release.codedeploy.link;
  }
  return outputs;
}

/** The version a run published: set on success, and on a failure after it was published. */
export function versionOutputs(version: PublishedVersion | undefined): Record<string, string> {
  return version === undefined ? {} : { version: version.version, 'version-arn': version.arn };
}

/** github-deployment: the deployment this run created. */
export function deploymentOutputs(deploymentId: number): Record<string, string> {
  return { 'deployment-id': String(deploymentId) };
}

export function cleanupOutputs(result: CleanupResult): Record<string, string> {
  return {
    'alias-deleted': String(result.aliasDeleted),
    ...(result.version === undefined ? {} : { 'previous-version': result.version }),
  };
}

/** rollback-to: the version the alias now routes to, the one before, and whether it moved. */
export function rollbackOutputs(result: RollbackResult): Record<string, string> {
  return {
    'function-arn': result.functionArn,
    'function-name': result.functionName,
    version: result.plan.to.version,
    'version-arn': result.plan.to.arn,
    'previous-version': result.plan.from,
    'alias-arn': result.alias.arn,
    'rolled-back': String(result.rolledBack),
  };
}

/** The pull request comment for a deployed preview: URL, version and commit. */
export function previewCommentBody(outcome: DeployOutcome, alias: string, commit: string): string {
  const { release } = outcome;
  const lines = [`**Preview deployed**: \`${outcome.function.name}\` alias \`${alias}\``, ''];
  if (release.functionUrl !== undefined) lines.push(`- URL: ${release.functionUrl}`);
  if (release.version !== undefined) lines.push(`- Version: ${release.version.version}`);
  lines.push(`- Commit: ${commit}`);
  return lines.join('\n');
}
