// code-storage reference: the function points at its package's object version in s3-bucket
// (S3ObjectStorageMode REFERENCE), so the object must outlive every version that runs it.
// Before any write the bucket must be versioned, and no lifecycle rule may expire or archive
// the package's key; both are read (s3-code-bucket.ts) and judged here, purely.
import type { LifecycleRule } from '@aws-sdk/client-s3';
import type { FunctionState, S3ObjectRef } from '../../aws/function-state.js';
import type { CodeBucketState } from '../../aws/s3-code-bucket.js';
import { DeployError } from '../../errors.js';
import type { DeployableCode } from '../code/plan.js';

/** S3's Glacier classes, which Lambda cannot read a package from: moving there archives it. */
const ARCHIVE_CLASSES = new Set(['GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR']);

export interface CodeStoragePlan {
  readonly bucket: string;
  readonly key: string;
  /** Versioning and lifecycle as read: the reason the plan let it through. */
  readonly versioning: string;
  /** The function runs its package from Lambda's copy now, and will point at the object. */
  readonly switching: boolean;
}

/**
 * The reference storage plan, or a refusal: an unversioned bucket, or a lifecycle rule that
 * applies to the package's key and would expire or archive it (named with its ID).
 */
export function planCodeStorage(
  code: DeployableCode,
  bucket: CodeBucketState | undefined,
  found: FunctionState | undefined,
): CodeStoragePlan | undefined {
  if (code.kind !== 'zip' || code.upload.kind !== 's3' || code.upload.reference !== true) {
    return undefined;
  }
  const { key } = code.upload;
  if (bucket === undefined) {
    throw new DeployError(`code-storage 'reference': bucket '${code.upload.bucket}' was not read`);
  }
  if (bucket.versioning !== 'Enabled') {
    throw new DeployError(
      `code-storage 'reference' needs a versioned bucket, but versioning of bucket '${bucket.bucket}' is ` +
        `${bucket.versioning ?? 'not enabled'} (GetBucketVersioning): Lambda points the function at one ` +
        'version of the object. Enable versioning on the bucket, or use code-storage copy. Nothing was changed.',
    );
  }
  for (const rule of bucket.rules) {
    const harm = harmTo(rule, key, code.package.size);
    if (harm !== undefined) {
      throw new DeployError(
        `code-storage 'reference': lifecycle rule '${rule.ID ?? '(no ID)'}' of bucket '${bucket.bucket}' ` +
          `applies to s3://${bucket.bucket}/${key} and would ${harm}, and the function would lose ` +
          'the code it points at. Exclude the key prefix from that rule, or use code-storage copy. ' +
          'Nothing was changed.',
      );
    }
  }
  return {
    bucket: bucket.bucket,
    key,
    versioning: bucket.versioning,
    switching: found !== undefined && found.referencedObject === undefined,
  };
}

/**
 * code-storage copy (the default) for a function that points at an object: the object it
 * points at, as Lambda is to take a copy again (even of the same package); else undefined.
 */
export function planCopyBack(
  code: DeployableCode,
  found: FunctionState | undefined,
): S3ObjectRef | undefined {
  if (code.kind !== 'zip' || (code.upload.kind === 's3' && code.upload.reference === true)) {
    return undefined;
  }
  return found?.referencedObject;
}

/** What the rule would do to the key (an object of `size` bytes, with no tags); undefined: nothing. */
export function harmTo(rule: LifecycleRule, key: string, size: number): string | undefined {
  if (rule.Status !== 'Enabled' || !ruleApplies(rule, key, size)) return undefined;
  const expiration = rule.Expiration;
  if (expiration?.Days !== undefined) return `expire it after ${expiration.Days} days`;
  if (expiration?.Date !== undefined) {
    return `expire it on ${new Date(expiration.Date).toISOString().slice(0, 10)}`;
  }
  const noncurrent = rule.NoncurrentVersionExpiration;
  if (
    noncurrent?.NoncurrentDays !== undefined ||
    noncurrent?.NewerNoncurrentVersions !== undefined
  ) {
    return `expire the pinned version once it is noncurrent (NoncurrentVersionExpiration)`;
  }
  const archived = [
    ...(rule.Transitions ?? []).map((t) => ({ ...t, what: 'it' })),
    ...(rule.NoncurrentVersionTransitions ?? []).map((t) => ({
      ...t,
      what: 'the pinned version once it is noncurrent',
    })),
  ].find((transition) => ARCHIVE_CLASSES.has(transition.StorageClass ?? ''));
  return archived === undefined
    ? undefined
    : `archive ${archived.what} to ${archived.StorageClass ?? ''}, which Lambda cannot read code from`;
}

/** A rule applies to the key when its prefix, tags and sizes all match (tags: the object has none). */
function ruleApplies(rule: LifecycleRule, key: string, size: number): boolean {
  const filter = rule.Filter;
  const and = filter?.And;
  // A rule written before Filter existed still carries its top-level Prefix.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const prefix = and?.Prefix ?? filter?.Prefix ?? rule.Prefix ?? '';
  if (!key.startsWith(prefix)) return false;
  if (filter?.Tag !== undefined || (and?.Tags ?? []).length > 0) return false;
  const greater = and?.ObjectSizeGreaterThan ?? filter?.ObjectSizeGreaterThan;
  const less = and?.ObjectSizeLessThan ?? filter?.ObjectSizeLessThan;
  return (greater === undefined || size > greater) && (less === undefined || size < less);
}
