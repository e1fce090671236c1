import { ResourceNotFoundException } from '@aws-sdk/client-lambda';
import { NoSuchBucket, NotFound } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { describeAwsError, type AwsCall } from '../../../src/aws/aws-errors.js';
import { DeployError } from '../../../src/errors.js';
import { awsError, connectionError } from '../helpers/lambda.js';

const CALL: AwsCall = {
  action: 'update the function code',
  permission: 'lambda:UpdateFunctionCode',
  resource: "function 'orders-api'",
  region: 'eu-west-1',
  notFoundHint: 'Check function-name and region.',
};

const BUCKET_CALL: AwsCall = {
  action: "use bucket 'artifacts'",
  permission: 's3:ListBucket',
  resource: "bucket 'artifacts'",
  region: 'eu-west-1',
  notFoundHint: 'This action never creates buckets.',
};

describe('describeAwsError', () => {
  it('says a missing function does not exist, naming it, the region and what to check', () => {
    const cause = new ResourceNotFoundException({ message: 'Function not found', $metadata: {} });
    const error = describeAwsError(cause, CALL);
    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toBe(
      "Could not update the function code: function 'orders-api' does not exist in eu-west-1. " +
        'Check function-name and region. AWS said: Function not found',
    );
    expect(error.cause).toBe(cause);
  });

  it.each([
    {
      said: 'One or more LayerVersion does not exist arn:aws:lambda:eu-west-1:123456789012:layer:deps:99',
      names:
        "layer version 'arn:aws:lambda:eu-west-1:123456789012:layer:deps:99' does not exist in eu-west-1. Check layers.",
    },
    {
      said: 'Layer version arn:aws:lambda:eu-west-1:123456789012:layer:deps:99 does not exist.',
      names: "layer version 'arn:aws:lambda:eu-west-1:123456789012:layer:deps:99' does not exist",
    },
    {
      said: 'Function not found: arn:aws:lambda:eu-west-1:123456789012:function:orders-api:7',
      names: "version 7 of function 'orders-api' does not exist in eu-west-1",
    },
    {
      said: 'Cannot find alias arn: arn:aws:lambda:eu-west-1:123456789012:function:orders-api:live',
      names: "alias 'live' of function 'orders-api' does not exist in eu-west-1. Check alias.",
    },
  ])('names what is missing from what Lambda said, and keeps it: $said', ({ said, names }) => {
    const cause = new ResourceNotFoundException({ message: said, $metadata: {} });
    const { message } = describeAwsError(cause, CALL);
    expect(message).toContain(names);
    expect(message).toContain(`AWS said: ${said}`);
    expect(message).not.toContain(": function 'orders-api' does not exist");
  });

  it.each([
    ['NotFound (HeadBucket)', new NotFound({ message: 'UnknownError', $metadata: {} })],
    [
      'NoSuchBucket',
      new NoSuchBucket({ message: 'The specified bucket does not exist', $metadata: {} }),
    ],
  ])('says a missing bucket does not exist for %s, with the hint', (_what, cause) => {
    expect(describeAwsError(cause, BUCKET_CALL).message).toBe(
      "Could not use bucket 'artifacts': bucket 'artifacts' does not exist in eu-west-1. " +
        'This action never creates buckets.' +
        (cause.message === 'UnknownError' ? '' : ` AWS said: ${cause.message}`),
    );
  });

  it.each(['AccessDeniedException', 'AccessDenied', 'Forbidden'])(
    'names the IAM permission and the resource for %s, and keeps what AWS said',
    (name) => {
      const error = describeAwsError(
        awsError(name, 'User: arn:aws:sts::1:x is not authorized'),
        CALL,
      );
      expect(error.message).toBe(
        'Could not update the function code: access denied. The credentials need the IAM ' +
          "permission lambda:UpdateFunctionCode on function 'orders-api'. " +
          'AWS said: User: arn:aws:sts::1:x is not authorized',
      );
    },
  );

  it.each([
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'ExpiredTokenException',
    'InvalidClientTokenId',
  ])('points a %s at the credentials step', (name) => {
    const error = describeAwsError(awsError(name, 'The security token is invalid'), CALL);
    expect(error.message).toContain('did not accept the credentials');
    expect(error.message).toContain(name);
    expect(error.message).toContain('configure-aws-credentials');
  });

  it.each(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE'])(
    'says the connection failed (%s) and after how many attempts',
    (code) => {
      expect(describeAwsError(connectionError(code, 6), CALL).message).toBe(
        `Could not update the function code (function 'orders-api'): the connection to AWS failed (${code}) after 6 attempts.`,
      );
    },
  );

  it('leaves the attempts out of a connection failure when the SDK gives none', () => {
    const error = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(describeAwsError(error, CALL).message).toBe(
      "Could not update the function code (function 'orders-api'): the connection to AWS failed (ECONNRESET).",
    );
  });

  it('says no credentials were found', () => {
    const missing = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });
    const error = describeAwsError(missing, CALL);
    expect(error.message).toContain('no AWS credentials were found');
    expect(error.message).toContain('configure-aws-credentials');
  });

  it('keeps the name and message of any other error, naming the resource', () => {
    const error = describeAwsError(awsError('ServiceException', 'Internal failure'), CALL);
    expect(error.message).toBe(
      "Could not update the function code (function 'orders-api'): ServiceException: Internal failure",
    );
  });

  it('describes a thrown value that is not an Error', () => {
    expect(describeAwsError('socket hang up', CALL).message).toBe(
      "Could not update the function code (function 'orders-api'): socket hang up",
    );
  });
});
