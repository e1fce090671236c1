import type { S3Client } from '@aws-sdk/client-s3';
import type { FunctionState } from '../../aws/function-state.js';

import { DeployError } from '../../errors.js';
import type { Architecture } from '../../inputs.js';

import type { DeploymentPackage } from '../../package/package-contents.js';
import type { SettingChange } from '../configuration/compare.js';
import type { UploadPlan } from './upload-route.js';
import type { ImageFacts } from '../../aws/ecr-images.js';
import type { StagedPackage } from '../../aws/s3-package-store.js';
import { checkImage } from './image-check.js';

/**
 * Uploads shared by many functions (a fleet), by region, bucket and key: the first to need
 * an object stages it and the others wait for it, so the same bytes go up once.
 */
export type SharedUploads = Map<string, Promise<StagedPackage>>;

/** The upload plan, with a client for S3 when it goes through S3. */
export type UploadRoute =
  | Extract<UploadPlan, { kind: 'direct' }>
  | (Extract<UploadPlan, { kind: 's3' }> & {
      readonly client: S3Client;
      readonly shared?: SharedUploads;
    });

/** What the function is to run: a zip package and its way to Lambda, or an image. */
export type DeployableCode =
  | { readonly kind: 'zip'; readonly package: DeploymentPackage; readonly upload: UploadRoute }
  | { readonly kind: 'image'; readonly uri: string };

/** A zip goes only to a Zip function and an image only to an Image function. */
export function checkPackageType(
  current: FunctionState,
  name: string,
  wanted: 'Zip' | 'Image',
): void {
  if (current.packageType === wanted) return;
  const instead =
    wanted === 'Zip'
      ? 'a zip can only be deployed to a Zip function; deploy its image with image-uri'
      : "image-uri can only be deployed to an Image function; deploy a zip with 'source' or 'zip-file'";
  throw new DeployError(`Function '${name}' has package type ${current.packageType}: ${instead}`);
}

/** After a Failed update the function may report the new hash without running it. */
export function runsPackage(current: FunctionState, pkg: DeploymentPackage): boolean {
  return current.codeSha256 === pkg.sha256 && current.lastUpdateStatus !== 'Failed';
}

/**
 * Only an image named by digest can be known to be unchanged; a tag may have moved since,
 * so an image named by tag is always deployed.
 */
export function runsImage(current: FunctionState, imageUri: string): boolean {
  const digest = /@sha256:([a-f0-9]{64})$/.exec(imageUri)?.[1];
  if (digest === undefined || current.lastUpdateStatus === 'Failed') return false;
  return (
    current.codeSha256 === digest ||
    (current.resolvedImageUri?.endsWith(`@sha256:${digest}`) ?? false)
  );
}

/** The architecture to send with the code: the one wanted, when the function has another. */
export function architectureToSet(
  wanted: Architecture | undefined,
  current: FunctionState,
): Architecture | undefined {
  return wanted !== undefined && wanted !== architectureOf(current) ? wanted : undefined;
}

/** The summary's row for an architecture sent with the code. */
export function architectureChange(current: FunctionState, to: Architecture): SettingChange {
  return { setting: 'architectures', from: architectureOf(current), to };
}

/** Lambda leaves Architectures out for functions created before arm64 existed. */
function architectureOf(current: FunctionState): string {
  return current.configuration.Architectures?.[0] ?? 'x86_64';
}

/** The account in an ARN: arn:aws:lambda:<region>:<account>:function:<name>, or a role's. */
export function accountOf(arn: string | undefined): string | undefined {
  return arn?.split(':')[4];
}

/** The code's part of the plan: create, update or skip, and the architecture it changes. */
export interface CodePlan {
  readonly action: 'create' | 'update' | 'skip';
  readonly from: string | undefined;
  /** The package's SHA-256, or the image URI. */
  readonly to: string;
  readonly architecture: SettingChange | undefined;
  /** Skipped without building: the tree's fingerprint is the one the function records. */
  readonly byFingerprint?: true;
}

/** Refuses code the function cannot take: another package type, an image it cannot run. */
export function checkCode(
  found: FunctionState | undefined,
  code: DeployableCode,
  architecture: Architecture | undefined,
  image: ImageFacts | undefined,
): void {
  if (found !== undefined) {
    checkPackageType(found, found.name, code.kind === 'zip' ? 'Zip' : 'Image');
  }
  if (code.kind === 'image') {
    checkImage(
      code.uri,
      image,
      architecture ?? found?.configuration.Architectures?.[0] ?? 'x86_64',
    );
  }
}

/**
 * Created with the function, skipped when the function runs this code already (and its
 * architecture stays), or updated.
 */
export function planCode(
  found: FunctionState | undefined,
  code: DeployableCode,
  architecture: Architecture | undefined,
  skipUnchanged: boolean,
): CodePlan {
  const to = code.kind === 'zip' ? code.package.sha256 : code.uri;
  if (found === undefined)
    return { action: 'create', from: undefined, to, architecture: undefined };
  const changed = architectureToSet(architecture, found);
  const unchanged =
    code.kind === 'zip' ? runsPackage(found, code.package) : runsImage(found, code.uri);
  const action = skipUnchanged && unchanged && changed === undefined ? 'skip' : 'update';
  const byFingerprint = code.kind === 'zip' && code.package.byFingerprint === true;
  if (byFingerprint && action !== 'skip') {
    // recordedPackage() checks what this does: a package not built is never sent.
    throw new DeployError(
      `Function '${found.name}' no longer runs the code its record names; run the deploy again`,
    );
  }
  return {
    action,
    from: found.resolvedImageUri ?? found.codeSha256,
    to,
    architecture: changed === undefined ? undefined : architectureChange(found, changed),
    ...(byFingerprint ? { byFingerprint: true } : {}),
  };
}
