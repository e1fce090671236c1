import { InputError } from '../../errors.js';
import { formatCount } from '../../format.js';
import type { S3Options } from '../../inputs.js';
import type { DeploymentPackage } from '../../package/package-contents.js';

/**
 * Lambda takes a zip in the request only when it is smaller than this ("Zipped size must be
 * smaller than 52428800 bytes"); one of this size or more goes through S3.
 */
export const DIRECT_UPLOAD_LIMIT_BYTES = 52_428_800;

export type UploadPlan =
  | { readonly kind: 'direct' }
  | {
      readonly kind: 's3';
      readonly bucket: string;
      readonly key: string;
      /** As configured; undefined means the function's own account, known once it is read. */
      readonly bucketOwner: string | undefined;
      /** code-storage reference: the function points at the object version. */
      readonly reference?: boolean | undefined;
    };

/**
 * True when a package of at most `largestBytes` has a way to Lambda whatever its exact size,
 * so planUpload cannot refuse it.
 */
export function routeCertain(largestBytes: number, s3: S3Options): boolean {
  const viaS3 = s3.upload !== 'never' && s3.bucket !== undefined;
  // code-storage reference always goes through S3; its inputs were checked with the others.
  return viaS3 || (s3.upload !== 'always' && largestBytes < DIRECT_UPLOAD_LIMIT_BYTES);
}

/**
 * How the package reaches Lambda: in the request, or through S3 under a key made of its
 * SHA-256, so the same bytes always get the same key and different code never shares one.
 * Decided before any AWS call, so a package that cannot go anywhere fails first.
 */
export function planUpload(
  pkg: DeploymentPackage,
  s3: S3Options,
  functionName: string,
  storage: 'copy' | 'reference' = 'copy',
): UploadPlan {
  const tooLarge = pkg.size >= DIRECT_UPLOAD_LIMIT_BYTES;
  const viaS3 =
    storage === 'reference' || s3.upload === 'always' || (s3.upload === 'auto' && tooLarge);
  if (!viaS3 && tooLarge) {
    throw new InputError(
      's3-upload',
      `is 'never', but the package is ${formatCount(pkg.size)} bytes, and Lambda takes a zip directly only when it is ` +
        `smaller than ${formatCount(DIRECT_UPLOAD_LIMIT_BYTES)} bytes; set s3-bucket and allow S3`,
    );
  }
  if (!viaS3) return { kind: 'direct' };
  if (s3.bucket === undefined) {
    throw new InputError(
      's3-bucket',
      `is needed: the package is ${formatCount(pkg.size)} bytes, and Lambda takes a zip directly only when it is ` +
        `smaller than ${formatCount(DIRECT_UPLOAD_LIMIT_BYTES)} bytes, so it must go ` +
        "through an S3 bucket in the function's region",
    );
  }
  const sha256Hex = Buffer.from(pkg.sha256, 'base64').toString('hex');
  return {
    kind: 's3',
    bucket: s3.bucket,
    key: `${s3.keyPrefix}${functionName}/${sha256Hex}.zip`,
    bucketOwner: s3.bucketOwner,
    ...(storage === 'reference' ? { reference: true } : {}),
  };
}
