import { ResourceNotFoundException } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { describeAwsError, type AwsCall } from '../../../src/aws/aws-errors.js';
import { DeployError } from '../../../src/errors.js';
import { awsError } from '../helpers/lambda.js';

const CALL: AwsCall = {
  action: 'update the function code',
  permission: 'lambda:UpdateFunctionCode',
  functionName: 'orders-api',
  region: 'eu-west-1',
};

describe('describeAwsError', () => {
  it('says a missing function does not exist, naming it and the region', () => {
    const cause = new ResourceNotFoundException({ message: 'Function not found', $metadata: {} });
    const error = describeAwsError(cause, CALL);
    expect(error).toBeInstanceOf(DeployError);
    expect(error.message).toBe(
      "Could not update the function code: function 'orders-api' does not exist in eu-west-1. " +
        'Check function-name and region.',
    );
    expect(error.cause).toBe(cause);
  });

  it.each(['AccessDeniedException', 'AccessDenied'])(
    'names the IAM permission for %s and keeps what AWS said',
    (name) => {
      const error = describeAwsError(
        awsError(name, 'User: arn:aws:sts::1:x is not authorized'),
        CALL,
      );
      expect(error.message).toContain('access denied');
      expect(error.message).toContain('lambda:UpdateFunctionCode');
      expect(error.message).toContain("'orders-api'");
      expect(error.message).toContain('is not authorized');
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

  it('says no credentials were found', () => {
    const missing = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });
    const error = describeAwsError(missing, CALL);
    expect(error.message).toContain('no AWS credentials were found');
    expect(error.message).toContain('configure-aws-credentials');
  });

  it('keeps the name and message of any other error', () => {
    const error = describeAwsError(awsError('ServiceException', 'Internal failure'), CALL);
    expect(error.message).toBe(
      'Could not update the function code (orders-api): ServiceException: Internal failure',
    );
  });

  it('describes a thrown value that is not an Error', () => {
    expect(describeAwsError('socket hang up', CALL).message).toBe(
      'Could not update the function code (orders-api): socket hang up',
    );
  });
});
