import { DeployError, errorMessage } from '../errors.js';

export interface AwsCall {
  /** What we were doing, as the end of "Could not ...". */
  readonly action: string;
  /** The IAM action the call needs, e.g. lambda:UpdateFunctionCode. */
  readonly permission: string;
  readonly functionName: string;
  readonly region: string;
}

const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied']);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'InvalidClientTokenId',
]);

/** Turns an SDK error into one that says what failed, on what, and what to do about it. */
export function describeAwsError(error: unknown, call: AwsCall): DeployError {
  const name = error instanceof Error ? error.name : '';
  const said = errorMessage(error);
  const failure = (message: string): DeployError => new DeployError(message, { cause: error });
  if (name === 'ResourceNotFoundException') {
    return failure(
      `Could not ${call.action}: function '${call.functionName}' does not exist in ${call.region}. ` +
        'Check function-name and region.',
    );
  }
  if (ACCESS_DENIED.has(name)) {
    return failure(
      `Could not ${call.action}: access denied. The credentials need the IAM permission ` +
        `${call.permission} on function '${call.functionName}'. AWS said: ${said}`,
    );
  }
  if (BAD_CREDENTIALS.has(name)) {
    return failure(
      `Could not ${call.action}: AWS did not accept the credentials (${name}). ` +
        `Check the aws-actions/configure-aws-credentials step. AWS said: ${said}`,
    );
  }
  if (name === 'CredentialsProviderError') {
    return failure(
      `Could not ${call.action}: no AWS credentials were found. ` +
        'Add aws-actions/configure-aws-credentials before this step.',
    );
  }
  return failure(
    `Could not ${call.action} (${call.functionName}): ${name ? `${name}: ` : ''}${said}`,
  );
}
