// Where a package too large for the request goes: the S3 inputs.
import { InputError } from '../errors.js';
import { nonEmpty, parseChoice, type ReadInput } from './values.js';

export type S3UploadMode = 'auto' | 'always' | 'never';

export interface S3Options {
  readonly bucket: string | undefined;
  readonly keyPrefix: string;
  readonly upload: S3UploadMode;
  /** The account expected to own the bucket; by default the function's own. */
  readonly bucketOwner: string | undefined;
}

export const DEFAULT_S3_KEY_PREFIX = 'lambda-deploy/';

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

const ACCOUNT = /^\d{12}$/;

/** S3 refuses bucket names formatted as an IP address. */
const IP_ADDRESS = /^\d+\.\d+\.\d+\.\d+$/;

export function parseS3Options(read: ReadInput): S3Options {
  const bucket = nonEmpty(read('s3-bucket'));
  if (
    bucket !== undefined &&
    (!BUCKET.test(bucket) || bucket.includes('..') || IP_ADDRESS.test(bucket))
  ) {
    throw new InputError(
      's3-bucket',
      `'${bucket}' is not a bucket name (3 to 63 lower-case letters, digits, '.' and '-')`,
    );
  }
  const upload = parseChoice(
    's3-upload',
    read('s3-upload'),
    ['auto', 'always', 'never'] as const,
    'auto',
  );
  if (upload === 'always' && bucket === undefined) {
    throw new InputError('s3-bucket', "is required when s3-upload is 'always'");
  }
  const keyPrefix = read('s3-key-prefix') === '' ? DEFAULT_S3_KEY_PREFIX : read('s3-key-prefix');
  if (keyPrefix.startsWith('/') || keyPrefix.length > 512) {
    throw new InputError(
      's3-key-prefix',
      `'${keyPrefix}' must not start with '/' and may be 512 characters at most`,
    );
  }
  const bucketOwner = nonEmpty(read('s3-bucket-owner'));
  if (bucketOwner !== undefined && !ACCOUNT.test(bucketOwner)) {
    throw new InputError('s3-bucket-owner', `'${bucketOwner}' is not a 12-digit AWS account ID`);
  }
  return { bucket, keyPrefix, upload, bucketOwner };
}
