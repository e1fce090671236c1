// The record that lets an unchanged layer tree skip its build and its publish: a second tag
// on the function, next to the code's (code/fingerprint-record.ts), holding the layer tree's
// fingerprint, the layer version its zip was published as, and that zip's CodeSha256. On the
// function rather than on the layer, because a layer version has no tags and its description
// is fixed once published; and the function's GetFunction is read anyway. The value fits
// Lambda's 256 characters: 44 + 1 + at most 140 (a layer version ARN) + 1 + 44 = 230.
import type { FunctionState } from '../../aws/function-state.js';
import type { LambdaLayer, LayerVersion } from '../../aws/lambda-layer.js';
import type { LayerConfig } from '../../inputs.js';
import type { DeploymentPackage, RecordedPackage } from '../../package/package-contents.js';
import { holds } from './plan.js';

/** The action's own tag key; the tags input may not set it. */
export const LAYER_FINGERPRINT_TAG = 'lambda-deploy:layer-fingerprint';

/** Lambda's limit on a tag's value. */
const TAG_VALUE_MAX = 256;

/** A layer tree's record, once read and checked against the version it names. */
export interface RecordedLayer extends RecordedPackage {
  /** The version the record names, as read now: it exists and holds exactly that zip. */
  readonly version: LayerVersion;
}

/** "<fingerprint> <layer version ARN> <CodeSha256>". */
export function layerTagValue(fingerprint: string, versionArn: string, sha256: string): string {
  return `${fingerprint} ${versionArn} ${sha256}`;
}

/** The record's parts, when the function's tag names a version of this layer for `fingerprint`. */
export function parseLayerRecord(
  found: FunctionState | undefined,
  fingerprint: string,
  layerName: string,
): { readonly versionArn: string; readonly sha256: string } | undefined {
  const value = found?.tags[LAYER_FINGERPRINT_TAG];
  if (value === undefined) return undefined;
  const [recordedFingerprint, versionArn, sha256, ...rest] = value.split(' ');
  if (rest.length > 0 || recordedFingerprint !== fingerprint) return undefined;
  if (versionArn === undefined || sha256 === undefined || sha256 === '') return undefined;
  // arn:<partition>:lambda:<region>:<account>:layer:<name>:<version>, of this very layer.
  const parts = versionArn.split(':');
  if (parts.length !== 8 || parts[5] !== 'layer' || parts[6] !== layerName) return undefined;
  if (!/^[1-9][0-9]*$/.test(parts[7] ?? '')) return undefined;
  return { versionArn, sha256 };
}

/**
 * The zip the function's record says a layer tree of `fingerprint` makes, when the version
 * the record names still exists, holds that very zip (its CodeSha256 is the recorded one)
 * and has the compatibility `config` asks for. Anything else, a version deleted or a read
 * that failed included, is undefined: the tree is built and published as always.
 */
export async function recordedLayer(
  found: FunctionState | undefined,
  fingerprint: string,
  config: LayerConfig,
  layer: Pick<LambdaLayer, 'version'> | undefined,
): Promise<RecordedLayer | undefined> {
  const record = parseLayerRecord(found, fingerprint, config.name);
  if (record === undefined || layer === undefined) return undefined;
  const version = await layer.version(record.versionArn).catch(() => undefined);
  return matchesRecord(version, record.sha256, config);
}

/** `version` as the record's, when it holds the recorded zip with the wanted compatibility. */
export function matchesRecord(
  version: LayerVersion | undefined,
  sha256: string,
  config: Pick<LayerConfig, 'compatibleRuntimes' | 'compatibleArchitectures'>,
): RecordedLayer | undefined {
  if (version?.codeSize === undefined || version.codeSha256 !== sha256) return undefined;
  if (!holds(version, { sha256 }, config)) return undefined;
  return { sha256, size: version.codeSize, version };
}

/**
 * The tag to write once the layer's version is known: its record, unless the function has
 * that record already (a second identical run writes nothing) or the package has no
 * fingerprint (a ready zip) or is not what the version holds.
 */
export function layerRecordToWrite(
  now: FunctionState,
  pkg: DeploymentPackage,
  version: LayerVersion,
): Record<string, string> | undefined {
  if (pkg.fingerprint === undefined || version.codeSha256 !== pkg.sha256) return undefined;
  const value = layerTagValue(pkg.fingerprint, version.arn, version.codeSha256);
  // Lambda caps a version ARN at 140 characters, so this cannot happen; if it did, no record.
  if (value.length > TAG_VALUE_MAX) return undefined;
  return now.tags[LAYER_FINGERPRINT_TAG] === value ? undefined : { [LAYER_FINGERPRINT_TAG]: value };
}
