import type { LambdaLayer, LayerVersion } from '../../aws/lambda-layer.js';
import type { StagedPackage } from '../../aws/s3-package-store.js';
import { DeployError } from '../../errors.js';
import { type LayerConfig } from '../../inputs.js';
import type { Logger } from '../../logger.js';
import type { DeploymentPackage } from '../../package/package-contents.js';
import { deliverPackage } from '../code/apply.js';
import { type UploadRoute } from '../code/plan.js';
import { type LayerPlan, layersWith, planLayer } from './plan.js';

export interface LayerResult {
  readonly version: LayerVersion;
  /** False when the newest version already held this package and nothing was published. */
  readonly published: boolean;
  readonly staged: StagedPackage | undefined;
  /** The function's layers with this version in place of any older one of the same layer. */
  readonly layers: readonly string[];
}

export interface LayerPublishing {
  readonly config: LayerConfig;
  readonly package: DeploymentPackage;
  readonly upload: UploadRoute;
  /** The layers the function is to have besides this one: the `layers` input, or its current ones. */
  readonly attached: readonly string[];
  readonly description: string;
  /** The account expected to own the S3 bucket, when the package goes through S3. */
  readonly account: string | undefined;
  /** The version the function's record names, when the tree was not built (byFingerprint). */
  readonly recorded?: LayerVersion | undefined;
}

/**
 * Publishes the layer's package as a new version, unless its newest version already holds
 * the same bytes (and compatibility), and returns the function's layer list with it.
 */
export async function publishLayer(
  layer: LambdaLayer,
  publishing: LayerPublishing,
  log: Logger,
  /** What the run's plan decided; read and decided here when not given. */
  planned?: LayerPlan,
): Promise<LayerResult> {
  const { config, package: pkg } = publishing;
  const plan =
    planned ??
    (await planLayer(
      layer,
      config,
      pkg,
      publishing.attached,
      publishing.account,
      publishing.recorded,
    ));
  if (plan.byFingerprint !== undefined) {
    log.info(
      `Layer ${config.name} version ${plan.byFingerprint.version} holds the zip of this tree (by fingerprint): nothing built or published`,
    );
    return {
      version: plan.byFingerprint,
      published: false,
      staged: undefined,
      layers: plan.layers,
    };
  }
  if (!plan.publish && plan.newest !== undefined) {
    log.info(
      `Layer ${config.name} version ${plan.newest.version} already holds this package: not published again`,
    );
    return { version: plan.newest, published: false, staged: undefined, layers: plan.layers };
  }
  const { code, staged } = await deliverPackage(
    publishing.upload,
    pkg,
    publishing.account,
    layer.region,
    log,
  );
  log.info(`Publishing layer ${config.name} (${pkg.size} bytes, SHA-256 ${pkg.sha256})`);
  const published = await layer.publish(code, config, publishing.description, {
    codeSha256: pkg.sha256,
    newerThan: plan.newest?.version ?? 0,
  });
  if (published.codeSha256 !== pkg.sha256) {
    throw new DeployError(
      `Lambda computed CodeSha256 ${published.codeSha256} for layer version ${published.arn}, but the package's is ${pkg.sha256}`,
    );
  }
  log.info(`Published ${published.arn}`);
  return {
    version: published,
    published: true,
    staged,
    layers: layersWith(publishing.attached, published.arn),
  };
}
