import type { FaultRule, RequestMatcher } from './fault-proxy.js';
import { ACCOUNT_ID, REGION } from './moto-account.js';

const FUNCTIONS = '/2015-03-31/functions';

function functionPath(name: string): string {
  return `${FUNCTIONS}/${encodeURIComponent(name)}`;
}

/** GetFunction, which the deploy and the SDK's waiter poll. */
export function getFunction(name: string): RequestMatcher {
  return ({ method, path }) => method === 'GET' && path === functionPath(name);
}

/** UpdateFunctionCode: PUT /2015-03-31/functions/{name}/code. */
export function updateFunctionCode(name: string): RequestMatcher {
  return ({ method, path }) => method === 'PUT' && path === `${functionPath(name)}/code`;
}

/** Any request about the function `name`. */
export function anyRequestFor(name: string): RequestMatcher {
  return ({ path }) => path === functionPath(name) || path.startsWith(`${functionPath(name)}/`);
}

interface Sequencing {
  /** Act only after moto has accepted a request matching this (say, an UpdateFunctionCode). */
  readonly after?: RequestMatcher;
}

/** GetFunction reports LastUpdateStatus InProgress for the next `polls` calls. */
export function updateInProgress(name: string, polls: number, options: Sequencing = {}): FaultRule {
  return {
    match: getFunction(name),
    times: polls,
    ...options,
    behaviour: {
      kind: 'rewrite-json',
      rewrite: withConfiguration({ LastUpdateStatus: 'InProgress' }),
    },
  };
}

/**
 * Once moto has accepted an UpdateFunctionCode, GetFunction reports that the
 * update failed, with `reason`, from then on, as Lambda does.
 */
export function updateFailed(
  name: string,
  reason: string,
  reasonCode = 'InvalidRuntime',
): FaultRule {
  return {
    match: getFunction(name),
    after: updateFunctionCode(name),
    behaviour: {
      kind: 'rewrite-json',
      rewrite: withConfiguration({
        LastUpdateStatus: 'Failed',
        LastUpdateStatusReason: reason,
        LastUpdateStatusReasonCode: reasonCode,
      }),
    },
  };
}

/** The next `times` UpdateFunctionCode calls get Lambda's 409 ResourceConflictException. */
export function updateConflict(name: string, times: number): FaultRule {
  const arn = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}`;
  return {
    match: updateFunctionCode(name),
    times,
    behaviour: {
      kind: 'respond',
      response: {
        status: 409,
        headers: {
          'content-type': 'application/json',
          'x-amzn-ErrorType': 'ResourceConflictException',
          'x-amzn-RequestId': '00000000-0000-4000-8000-000000000409',
        },
        body: JSON.stringify({
          Type: 'User',
          message: `The operation cannot be performed at this time. An update is in progress for resource: ${arn}`,
        }),
      },
    },
  };
}

/** Sets `fields` in a GetFunction answer's Configuration. */
function withConfiguration(fields: Readonly<Record<string, string>>): (body: unknown) => unknown {
  return (body) => {
    if (!isObject(body) || !isObject(body['Configuration'])) {
      throw new Error(
        `expected a GetFunction answer with a Configuration, got ${JSON.stringify(body)}`,
      );
    }
    return { ...body, Configuration: { ...body['Configuration'], ...fields } };
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
