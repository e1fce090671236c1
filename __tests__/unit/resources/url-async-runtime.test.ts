// The pure decisions of code-storage reference (which lifecycle rules harm the package), the
// function URL's invoke mode and CORS, async-invoke-config, recursive-loop and runtime-update.
import type { LifecycleRule } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { FunctionUrlState } from '../../../src/aws/lambda-release-shapes.js';
import { planAsyncInvoke } from '../../../src/resources/async-invoke/plan.js';
import { harmTo } from '../../../src/resources/code-storage/plan.js';
import { planFunctionUrl } from '../../../src/resources/function-url/plan.js';
import { planRuntimeSettings } from '../../../src/resources/runtime-settings/plan.js';

const KEY = 'lambda-deploy/orders-api/3f2a.zip';
const SIZE = 5_000_000;

function rule(extra: Partial<LifecycleRule>): LifecycleRule {
  return { ID: 'r', Status: 'Enabled', Filter: { Prefix: '' }, ...extra };
}

describe('harmTo: a lifecycle rule against the package key', () => {
  it('names expiry, noncurrent expiry and archiving to a Glacier class', () => {
    expect(harmTo(rule({ Expiration: { Days: 30 } }), KEY, SIZE)).toBe('expire it after 30 days');
    expect(
      harmTo(rule({ Expiration: { Date: new Date('2027-01-31T00:00:00Z') } }), KEY, SIZE),
    ).toBe('expire it on 2027-01-31');
    expect(harmTo(rule({ NoncurrentVersionExpiration: { NoncurrentDays: 7 } }), KEY, SIZE)).toBe(
      'expire the pinned version once it is noncurrent (NoncurrentVersionExpiration)',
    );
    expect(
      harmTo(rule({ Transitions: [{ Days: 90, StorageClass: 'DEEP_ARCHIVE' }] }), KEY, SIZE),
    ).toMatch(/^archive it to DEEP_ARCHIVE/);
    expect(
      harmTo(
        rule({ NoncurrentVersionTransitions: [{ NoncurrentDays: 1, StorageClass: 'GLACIER' }] }),
        KEY,
        SIZE,
      ),
    ).toMatch(/^archive the pinned version once it is noncurrent to GLACIER/);
  });

  it('lets through rules that are off, for other keys, tagged objects or other sizes, or only cheaper', () => {
    const expires = { Expiration: { Days: 1 } };
    expect(harmTo(rule({ ...expires, Status: 'Disabled' }), KEY, SIZE)).toBeUndefined();
    expect(harmTo(rule({ ...expires, Filter: { Prefix: 'logs/' } }), KEY, SIZE)).toBeUndefined();
    expect(
      harmTo(rule({ ...expires, Filter: { Tag: { Key: 'tmp', Value: '1' } } }), KEY, SIZE),
    ).toBeUndefined();
    expect(
      harmTo(
        rule({
          ...expires,
          Filter: { And: { Prefix: 'lambda-deploy/', ObjectSizeLessThan: 1000 } },
        }),
        KEY,
        SIZE,
      ),
    ).toBeUndefined();
    expect(
      harmTo(rule({ Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] }), KEY, SIZE),
    ).toBeUndefined();
    expect(
      harmTo(rule({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }), KEY, SIZE),
    ).toBeUndefined();
  });

  it("applies a rule's And prefix and size bounds, and a rule written before Filter", () => {
    expect(
      harmTo(
        rule({
          Expiration: { Days: 3 },
          Filter: { And: { Prefix: 'lambda-deploy/', ObjectSizeGreaterThan: 1000 } },
        }),
        KEY,
        SIZE,
      ),
    ).toBe('expire it after 3 days');
    expect(
      harmTo(
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- the old form is still served
        { ID: 'old', Status: 'Enabled', Prefix: 'lambda-deploy/', Expiration: { Days: 9 } },
        KEY,
        SIZE,
      ),
    ).toBe('expire it after 9 days');
  });
});

describe('planFunctionUrl: invoke mode and CORS', () => {
  const CORS = { AllowOrigins: ['https://a.example'], AllowMethods: ['GET', 'POST'] };
  const streaming: FunctionUrlState = {
    url: 'https://abc.lambda-url.us-east-1.on.aws/',
    authType: 'NONE',
    invokeMode: 'RESPONSE_STREAM',
    cors: CORS,
  };

  it('keeps a URL that has what is asked, whatever the order of CORS lists', () => {
    const plan = planFunctionUrl(
      'public',
      'live',
      { urlInvokeMode: 'RESPONSE_STREAM', urlCors: { ...CORS, AllowMethods: ['POST', 'GET'] } },
      streaming,
      new Set(),
    );
    expect(plan.action).toBe('keep');
    expect(plan.changes).toEqual([]);
  });

  it('carries the streaming mode and CORS read into an update of the auth type alone', () => {
    const plan = planFunctionUrl(
      'iam',
      'live',
      { urlInvokeMode: undefined, urlCors: undefined },
      streaming,
      new Set(),
    );
    expect(plan).toMatchObject({
      action: 'update',
      authType: 'AWS_IAM',
      options: { invokeMode: 'RESPONSE_STREAM', cors: CORS },
      changes: [],
    });
  });

  it('names each option that changes', () => {
    const plan = planFunctionUrl(
      'public',
      'live',
      { urlInvokeMode: 'BUFFERED', urlCors: { ...CORS, MaxAge: 60 } },
      streaming,
      new Set(),
    );
    expect(plan.action).toBe('update');
    expect(plan.changes).toEqual([
      'InvokeMode RESPONSE_STREAM -> BUFFERED',
      expect.stringMatching(/^Cors .* -> .*60\]$/),
    ]);
  });

  it('creates a URL with only what was asked', () => {
    const plan = planFunctionUrl(
      'public',
      undefined,
      { urlInvokeMode: 'RESPONSE_STREAM', urlCors: undefined },
      undefined,
      new Set(),
    );
    expect(plan).toMatchObject({ action: 'create', options: { invokeMode: 'RESPONSE_STREAM' } });
    expect(plan.options?.cors).toBeUndefined();
  });
});

describe('planAsyncInvoke', () => {
  const wanted = {
    MaximumRetryAttempts: 0,
    DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:1:q' } },
  };

  it('puts nothing when the qualifier has exactly it, and the whole config when a field differs', () => {
    expect(planAsyncInvoke(wanted, 'live', { qualifier: 'live', config: wanted })).toBeUndefined();
    const more = { ...wanted, MaximumEventAgeInSeconds: 60 };
    expect(planAsyncInvoke(wanted, 'live', { qualifier: 'live', config: more })).toEqual({
      qualifier: 'live',
      from: more,
      to: wanted,
    });
  });

  it("puts it when the config read is another qualifier's, or none", () => {
    expect(planAsyncInvoke(wanted, 'live', { qualifier: undefined, config: wanted })).toEqual({
      qualifier: 'live',
      from: undefined,
      to: wanted,
    });
    expect(planAsyncInvoke(wanted, undefined, undefined)?.from).toBeUndefined();
    expect(planAsyncInvoke(undefined, 'live', undefined)).toBeUndefined();
  });
});

describe('planRuntimeSettings', () => {
  const ARN = 'arn:aws:lambda:us-east-1::runtime:abc';

  it("compares with what was read, or with a new function's defaults", () => {
    const manual = { updateRuntimeOn: 'Manual' as const, runtimeVersionArn: ARN };
    expect(
      planRuntimeSettings(
        { recursiveLoop: 'Allow', runtimeManagement: manual },
        { recursiveLoop: 'Allow', runtimeManagement: manual },
      ),
    ).toBeUndefined();
    expect(
      planRuntimeSettings({ recursiveLoop: 'Allow', runtimeManagement: manual }, undefined),
    ).toEqual({
      recursiveLoop: { from: 'Terminate', to: 'Allow' },
      runtimeManagement: {
        from: { updateRuntimeOn: 'Auto', runtimeVersionArn: undefined },
        to: manual,
      },
    });
    expect(
      planRuntimeSettings({ recursiveLoop: 'Terminate', runtimeManagement: undefined }, undefined),
    ).toBeUndefined();
  });

  it('changes a pinned version alone', () => {
    const plan = planRuntimeSettings(
      {
        recursiveLoop: undefined,
        runtimeManagement: { updateRuntimeOn: 'Manual', runtimeVersionArn: `${ARN}2` },
      },
      {
        recursiveLoop: undefined,
        runtimeManagement: { updateRuntimeOn: 'Manual', runtimeVersionArn: ARN },
      },
    );
    expect(plan?.runtimeManagement?.to.runtimeVersionArn).toBe(`${ARN}2`);
    expect(plan?.recursiveLoop).toBeUndefined();
  });
});
