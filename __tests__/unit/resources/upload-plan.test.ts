import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DIRECT_UPLOAD_LIMIT_BYTES,
  planUpload,
  routeCertain,
} from '../../../src/resources/code/upload-route.js';
import type { S3Options } from '../../../src/inputs.js';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';
import { asInputError, thrownBy } from '../helpers/errors.js';

const DIGEST = createHash('sha256').update('the package').digest();
const SHA256_HEX = DIGEST.toString('hex');

function pkg(size: number): DeploymentPackage {
  return {
    path: '/runner/temp/orders-api.zip',
    size,
    sha256: DIGEST.toString('base64'),
    contents: { fileCount: 1, unzippedSize: size },
  };
}

/** The S3 options parseInputs gives when only `overrides` are set. */
function s3(overrides: Partial<S3Options> = {}): S3Options {
  return {
    bucket: undefined,
    keyPrefix: 'lambda-deploy/',
    upload: 'auto',
    bucketOwner: undefined,
    ...overrides,
  };
}

const AT_LIMIT = DIRECT_UPLOAD_LIMIT_BYTES;
const UNDER = DIRECT_UPLOAD_LIMIT_BYTES - 1;

describe('planUpload', () => {
  it("uses Lambda's 50 MiB direct limit", () => {
    expect(DIRECT_UPLOAD_LIMIT_BYTES).toBe(52_428_800);
  });

  it('sends a package one byte under the limit in the request', () => {
    expect(planUpload(pkg(UNDER), s3(), 'orders-api')).toEqual({
      kind: 'direct',
    });
  });

  it('sends a small package in the request even when a bucket is set', () => {
    expect(planUpload(pkg(1_000), s3({ bucket: 'artifacts' }), 'orders-api')).toEqual({
      kind: 'direct',
    });
  });

  it('puts a package of exactly the limit in S3 (Lambda: "must be smaller than 52428800 bytes") under <prefix><function>/<sha256-hex>.zip', () => {
    expect(planUpload(pkg(AT_LIMIT), s3({ bucket: 'artifacts' }), 'orders-api')).toEqual({
      kind: 's3',
      bucket: 'artifacts',
      key: `lambda-deploy/orders-api/${SHA256_HEX}.zip`,
      bucketOwner: undefined,
    });
  });

  it('uses the key prefix as given and passes the bucket owner on', () => {
    const plan = planUpload(
      pkg(AT_LIMIT),
      s3({ bucket: 'artifacts', keyPrefix: 'builds/prod/', bucketOwner: '210987654321' }),
      'orders-api',
    );
    expect(plan).toEqual({
      kind: 's3',
      bucket: 'artifacts',
      key: `builds/prod/orders-api/${SHA256_HEX}.zip`,
      bucketOwner: '210987654321',
    });
  });

  it('gives different code different keys and the same bytes the same key', () => {
    const other = {
      ...pkg(AT_LIMIT),
      sha256: createHash('sha256').update('other').digest('base64'),
    };
    const options = s3({ bucket: 'artifacts' });
    const key = (p: DeploymentPackage) => {
      const plan = planUpload(p, options, 'orders-api');
      return plan.kind === 's3' ? plan.key : 'direct';
    };
    expect(key(pkg(AT_LIMIT))).toBe(key(pkg(AT_LIMIT)));
    expect(key(other)).not.toBe(key(pkg(AT_LIMIT)));
  });

  it("puts even a tiny package in S3 with s3-upload 'always'", () => {
    const plan = planUpload(pkg(10), s3({ bucket: 'artifacts', upload: 'always' }), 'orders-api');
    expect(plan.kind).toBe('s3');
  });

  it("refuses exactly the limit without s3-bucket, naming 's3-bucket', the size and the limit", () => {
    const error = asInputError(thrownBy(() => planUpload(pkg(AT_LIMIT), s3(), 'orders-api')));
    expect(error.input).toBe('s3-bucket');
    expect(error.message).toContain("Input 's3-bucket'");
    expect(error.message).toContain('52,428,800 bytes,');
    expect(error.message).toContain('52,428,800 bytes');
  });

  it("sends one byte under the limit in the request with s3-upload 'never'", () => {
    const plan = planUpload(pkg(UNDER), s3({ bucket: 'artifacts', upload: 'never' }), 'orders-api');
    expect(plan).toEqual({ kind: 'direct' });
  });

  it("refuses exactly the limit with s3-upload 'never', naming 's3-upload', the size and the limit", () => {
    const error = asInputError(
      thrownBy(() =>
        planUpload(pkg(AT_LIMIT), s3({ bucket: 'artifacts', upload: 'never' }), 'orders-api'),
      ),
    );
    expect(error.input).toBe('s3-upload');
    expect(error.message).toContain("'never'");
    expect(error.message).toContain('52,428,800 bytes,');
    expect(error.message).toContain('52,428,800 bytes');
  });
});

describe('routeCertain', () => {
  it('is true exactly when planUpload cannot refuse a package of at most that size', () => {
    const cases: [number, Partial<S3Options>][] = [
      [UNDER, {}],
      [AT_LIMIT, {}],
      [AT_LIMIT, { bucket: 'artifacts' }],
      [AT_LIMIT, { bucket: 'artifacts', upload: 'never' }],
      [UNDER, { upload: 'never' }],
      [UNDER, { bucket: 'artifacts', upload: 'always' }],
    ];
    for (const [largest, options] of cases) {
      const refused = (size: number) => {
        try {
          planUpload(pkg(size), s3(options), 'orders-api');
          return false;
        } catch {
          return true;
        }
      };
      const anyRefused = [1, Math.floor(largest / 2), largest].some(refused);
      expect(routeCertain(largest, s3(options)), `${largest} ${JSON.stringify(options)}`).toBe(
        !anyRefused,
      );
    }
  });
});
