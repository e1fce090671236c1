import { DeployError, errorMessage } from '../errors.js';
import { attemptsOf, deadlineReason, httpStatusOf, isUnreadableAnswer } from './error-kinds.js';

export interface AwsCall {
  /** What we were doing, as the end of "Could not ...". */
  readonly action: string;
  /** The IAM action the call needs, e.g. lambda:UpdateFunctionCode. */
  readonly permission: string;
  /** What the call was on, as a phrase: "function 'orders-api'", "bucket 'artifacts'". */
  readonly resource: string;
  readonly region: string;
  /** Said after "... does not exist in <region>.": which inputs to check. */
  readonly notFoundHint: string;
}

const NOT_FOUND = new Set(['ResourceNotFoundException', 'NotFound', 'NoSuchBucket']);
const ACCESS_DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'Forbidden']);
const CONNECTION_FAILED = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'ENOTFOUND',
]);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'ExpiredTokenException',
  'InvalidClientTokenId',
]);

export type FailureDescriber = (error: unknown, action: string, permission: string) => DeployError;

/** describeAwsError for calls on one resource: it, its region and what to check when it is missing. */
export function failureDescriber(
  resource: string,
  region: string,
  notFoundHint: string,
): FailureDescriber {
  return (error, action, permission) =>
    describeAwsError(error, { action, permission, resource, region, notFoundHint });
}

/** Turns an SDK error into one that says what failed, on what, and what to do about it. */
export function describeAwsError(error: unknown, call: AwsCall): DeployError {
  const name = errorName(error);
  const said = errorMessage(error);
  const failure = (message: string): DeployError => new DeployError(message, { cause: error });
  if (error instanceof DeployError) {
    return failure(`Could not ${call.action} (${call.resource}): ${said}`);
  }
  const deadline = deadlineReason(error);
  if (deadline !== undefined) {
    return failure(
      `Could not ${call.action} (${call.resource}): ${deadline}${afterAttempts(error)}.`,
    );
  }
  if (isUnreadableAnswer(error)) {
    return failure(
      `Could not ${call.action} (${call.resource}): ${serviceOf(call)} sent an answer that could ` +
        `not be read (HTTP ${httpStatusOf(error) ?? 'status unknown'}).`,
    );
  }
  if (NOT_FOUND.has(name)) {
    const missing = missingResource(said);
    const awsSaid =
      said === '' || said === name || said === 'UnknownError' ? '' : ` AWS said: ${said}`;
    if (missing !== undefined && missing.what !== call.resource) {
      return failure(
        `Could not ${call.action} (${call.resource}): ${missing.what} does not exist in ` +
          `${call.region}. ${missing.hint}${awsSaid}`,
      );
    }
    return failure(
      `Could not ${call.action}: ${call.resource} does not exist in ${call.region}. ` +
        `${call.notFoundHint}${awsSaid}`,
    );
  }
  if (ACCESS_DENIED.has(name)) {
    return failure(
      `Could not ${call.action}: access denied. The credentials need the IAM permission ` +
        `${call.permission} on ${call.resource}. AWS said: ${said}`,
    );
  }
  if (BAD_CREDENTIALS.has(name)) {
    return failure(
      `Could not ${call.action}: AWS did not accept the credentials (${name}). ` +
        `Check the aws-actions/configure-aws-credentials step. AWS said: ${said}`,
    );
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && CONNECTION_FAILED.has(code)) {
    return failure(
      `Could not ${call.action} (${call.resource}): the connection to AWS failed (${code})${afterAttempts(error)}.`,
    );
  }
  if (name === 'CredentialsProviderError') {
    return failure(
      `Could not ${call.action}: no AWS credentials were found. ` +
        'Add aws-actions/configure-aws-credentials before this step.',
    );
  }
  const status = httpStatusOf(error);
  if (name === 'Unknown' && status !== undefined) {
    // No body, so no error code: the status is all AWS said.
    const slowDown = status === 503 ? ' (slow down: too many requests)' : '';
    return failure(
      `Could not ${call.action} (${call.resource}): AWS answered HTTP ${status}${slowDown}${afterAttempts(error)}, with no details.`,
    );
  }
  return failure(`Could not ${call.action} (${call.resource}): ${name ? `${name}: ` : ''}${said}`);
}

/**
 * What a not-found answer says is missing, from Lambda's own words: a layer version, an
 * alias, a version, or the function itself (which the call's resource already names).
 */
export function missingResource(said: string): { what: string; hint: string } | undefined {
  const layer = /(arn:[\w-]+:lambda:[\w-]+:\d{12}:layer:[\w-]+:\d+)/.exec(said)?.[1];
  if (layer !== undefined && /layer/i.test(said)) {
    return { what: `layer version '${layer}'`, hint: 'Check layers.' };
  }
  const arn = /(arn:[\w-]+:lambda:[\w-]+:\d{12}:function:[\w-]+)(?::([\w$-]+))?/.exec(said);
  if (arn === null) return undefined;
  const [, functionArn = '', qualifier] = arn;
  const functionName = functionArn.split(':')[6] ?? '';
  if (qualifier === undefined) {
    return {
      what: `function '${functionName}'`,
      hint: 'Check function-name and region.',
    };
  }
  if (/^\d+$/.test(qualifier)) {
    return {
      what: `version ${qualifier} of function '${functionName}'`,
      hint: 'Check the version number (deleted, or never published).',
    };
  }
  return {
    what: `alias '${qualifier}' of function '${functionName}'`,
    hint: 'Check alias.',
  };
}

/** " after 6 attempts", as the SDK counted them; '' when it did not say (or tried once). */
function afterAttempts(error: unknown): string {
  const attempts = attemptsOf(error);
  return attempts === undefined || attempts < 2 ? '' : ` after ${attempts} attempts`;
}

/** "Lambda" or "S3", from the IAM action the call needs. */
function serviceOf(call: AwsCall): string {
  return call.permission.startsWith('s3:') ? 'S3' : 'Lambda';
}

/**
 * The error's name; an answer without a body (S3 answers HEAD requests so) reaches the SDK
 * as 'Unknown', and its status then says what it was.
 */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return '';
  if (error.name !== 'Unknown') return error.name;
  const status = httpStatusOf(error);
  if (status === 403) return 'AccessDenied';
  if (status === 404) return 'NotFound';
  return error.name;
}

/** A short reason for a log line or a message part: "no answer within 60 s (request-timeout)". */
export function briefReason(error: unknown): string {
  const deadline = deadlineReason(error);
  if (deadline !== undefined) return deadline;
  if (isUnreadableAnswer(error)) {
    return `an answer that could not be read (HTTP ${httpStatusOf(error) ?? 'status unknown'})`;
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && CONNECTION_FAILED.has(code)) {
    return `the connection failed (${code})`;
  }
  const firstLine = errorMessage(error).split('\n')[0] ?? '';
  const name = errorName(error);
  const status = httpStatusOf(error);
  if (name === 'Unknown' && status !== undefined) return `HTTP ${status}`;
  return name === '' || name === 'Error' || name === 'DeployError'
    ? firstLine
    : `${name}: ${firstLine}`;
}
