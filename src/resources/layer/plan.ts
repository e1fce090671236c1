import type { FunctionState } from '../../aws/function-state.js';
import type { LambdaLayer, LayerVersion } from '../../aws/lambda-layer.js';

import { DeployError } from '../../errors.js';
import { layerNameOf, MAX_LAYERS, otherLayers, type LayerConfig } from '../../inputs.js';

import type { DeploymentPackage } from '../../package/package-contents.js';
import { accountOf } from '../code/plan.js';

export interface LayerPlan {
  /** The newest version there is, if any. */
  readonly newest: LayerVersion | undefined;
  /** False when the newest version already holds this package (and compatibility). */
  readonly publish: boolean;
  /** The function's layers afterwards; a version yet to be published shows as ':(new)'. */
  readonly layers: readonly string[];
  /**
   * The version the function's record names for this tree (fingerprint-record.ts), taken
   * as it is: the tree was not built (the package is `byFingerprint`).
   */
  readonly byFingerprint?: LayerVersion;
}

/** What publishing would do, from read calls only: the dry run's answer and the deploy's first step. */
export async function planLayer(
  layer: LambdaLayer,
  config: LayerConfig,
  pkg: DeploymentPackage,
  attached: readonly string[],
  /** The function's account, where the layer is published. */
  account: string | undefined,
  /** The version the record names, read and checked, when the tree was not built. */
  recorded?: LayerVersion,
): Promise<LayerPlan> {
  // Refused before any call: a version that could never be attached is not worth a read.
  checkRoom(attached, config.name);
  return decideLayer(config, pkg, attached, account, await layer.newest(), recorded);
}

/** Whether the layer's newest version already holds the package, and the function's layers after. */
export function decideLayer(
  config: LayerConfig,
  pkg: DeploymentPackage,
  attached: readonly string[],
  account: string | undefined,
  newest: LayerVersion | undefined,
  recorded?: LayerVersion,
): LayerPlan {
  checkRoom(attached, config.name);
  if (pkg.byFingerprint === true) {
    // recordedLayer() checked it: an unbuilt package can only be a version that holds it.
    if (recorded === undefined || !holds(recorded, pkg, config)) {
      throw new DeployError(
        `Layer ${config.name}'s tree was not built, but no version holding it was read; run the deploy again`,
      );
    }
    return {
      newest,
      publish: false,
      layers: layersWith(attached, recorded.arn),
      byFingerprint: recorded,
    };
  }
  if (newest !== undefined && holds(newest, pkg, config)) {
    return { newest, publish: false, layers: layersWith(attached, newest.arn) };
  }
  // With no version listed, an attached one (since deleted) still names the layer's ARN.
  const sameLayer =
    newest?.arn ??
    attached.find(
      (arn) =>
        account !== undefined && accountOf(arn) === account && layerNameOf(arn) === config.name,
    );
  const unpublished = `${sameLayer === undefined ? `layer:${config.name}` : withoutVersion(sameLayer)}:(new)`;
  return { newest, publish: true, layers: layersWith(attached, unpublished) };
}

/** The layer version ARNs the function has now, in order. */
export function attachedLayers(current: FunctionState | undefined): string[] {
  return (current?.configuration.Layers ?? []).flatMap((layer) => layer.Arn ?? []);
}

/** `versionArn` in place of any version of the same layer, else added last. */
export function layersWith(layers: readonly string[], versionArn: string): string[] {
  const layerArn = withoutVersion(versionArn);
  const result = layers.filter((arn) => withoutVersion(arn) !== layerArn);
  const at = layers.findIndex((arn) => withoutVersion(arn) === layerArn);
  result.splice(at === -1 ? result.length : at, 0, versionArn);
  if (result.length > MAX_LAYERS) {
    throw new DeployError(
      `The function would have ${result.length} layers (${result.join(', ')}); Lambda allows ${MAX_LAYERS}. ` +
        "List the ones to keep in 'layers'.",
    );
  }
  return result;
}

/** Checked before publishing, so a version that could never be attached is not published. */
function checkRoom(attached: readonly string[], name: string): void {
  const others = otherLayers(attached, name);
  if (others.length >= MAX_LAYERS) {
    throw new DeployError(
      `The function already has ${others.length} other layers (${others.join(', ')}); Lambda allows ${MAX_LAYERS}, ` +
        `so layer ${name} cannot be attached. List the ones to keep in 'layers'.`,
    );
  }
}

export function holds(
  version: LayerVersion,
  pkg: Pick<DeploymentPackage, 'sha256'>,
  config: Pick<LayerConfig, 'compatibleRuntimes' | 'compatibleArchitectures'>,
): boolean {
  const sameSet = (wanted: readonly string[], actual: readonly string[]) =>
    wanted.length === 0 ||
    (wanted.length === actual.length && wanted.every((item) => actual.includes(item)));
  return (
    version.codeSha256 === pkg.sha256 &&
    sameSet(config.compatibleRuntimes, version.compatibleRuntimes) &&
    sameSet(config.compatibleArchitectures, version.compatibleArchitectures)
  );
}

/** arn:aws:lambda:<region>:<account>:layer:<name>:<version> without :<version> */
function withoutVersion(versionArn: string): string {
  return versionArn.slice(0, versionArn.lastIndexOf(':'));
}
