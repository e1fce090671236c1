import type { FunctionState } from '../../aws/function-state.js';
import type { LambdaFunction } from '../../aws/lambda-function.js';
import type { LayerVersion } from '../../aws/lambda-layer.js';
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { DeploymentPackage } from '../../package/package-contents.js';
import { LAYER_FINGERPRINT_TAG, layerRecordToWrite } from '../layer/fingerprint-record.js';
import type { DeployableCode } from './plan.js';
import { FINGERPRINT_TAG, fingerprintRecordToWrite } from './fingerprint-record.js';

/** What the run built: the function's code, and the layer's package when there is one. */
export interface RecordedBuild {
  readonly deployable: DeployableCode;
  readonly layerPackage?: { readonly pkg: DeploymentPackage } | undefined;
}

/**
 * Records, once the function runs the package, the tree's fingerprint with the package's
 * CodeSha256 (fingerprint-record.ts), and the layer tree's with the version that holds its
 * zip (layer/fingerprint-record.ts), in one TagResource, so that the next run of the same
 * trees need not build them. Only an optimisation: a record that cannot be written is a
 * warning, and the next run builds as it always did.
 */
export async function recordFingerprint(
  lambda: LambdaFunction,
  built: RecordedBuild,
  layer: { readonly version: LayerVersion } | undefined,
  now: FunctionState,
  log: Logger,
): Promise<void> {
  const code = built.deployable;
  const layerPackage = built.layerPackage?.pkg;
  const tags = {
    ...(code.kind === 'zip' ? fingerprintRecordToWrite(now, code.package) : undefined),
    ...(layer === undefined || layerPackage === undefined
      ? undefined
      : layerRecordToWrite(now, layerPackage, layer.version)),
  };
  const keys = Object.keys(tags);
  if (keys.length === 0) return;
  const what = keys
    .map((key) => (key === FINGERPRINT_TAG ? "the source tree's" : "the layer tree's"))
    .join(' and ');
  try {
    await lambda.tag(now.arn, tags);
    log.info(`Recorded ${what} fingerprint, in ${tagNames(keys)}`);
  } catch (error) {
    log.warning(
      `${capitalized(what)} fingerprint could not be recorded (${errorMessage(error)}); ` +
        'the next deploy builds the package even if the tree is unchanged',
    );
  }
}

function tagNames(keys: readonly string[]): string {
  return keys.length === 1
    ? `tag ${keys[0] ?? ''}`
    : `tags ${FINGERPRINT_TAG} and ${LAYER_FINGERPRINT_TAG}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
