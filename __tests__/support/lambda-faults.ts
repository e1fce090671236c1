import type { CannedResponse, FaultRule, ProxiedRequest, RequestMatcher } from './fault-proxy.js';
import { ACCOUNT_ID, REGION } from './moto-account.js';

const FUNCTIONS = '/2015-03-31/functions';
/** Function URL calls live under a later API version. */
const URL_FUNCTIONS = '/2021-10-31/functions';

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

/** UpdateFunctionConfiguration: PUT /2015-03-31/functions/{name}/configuration. */
export function updateFunctionConfiguration(name: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'PUT' && path === `/2015-03-31/functions/${encodeURIComponent(name)}/configuration`;
}

/** TagResource on the function: POST /2017-03-31/tags/{arn}. */
export function tagResource(name: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'POST' &&
    decodeURIComponent(path).startsWith('/2017-03-31/tags/arn:') &&
    decodeURIComponent(path).endsWith(`:function:${name}`);
}

/** Any request about the function `name`. */
export function anyRequestFor(name: string): RequestMatcher {
  return ({ path }) => path === functionPath(name) || path.startsWith(`${functionPath(name)}/`);
}

/** PublishVersion: POST /2015-03-31/functions/{name}/versions. */
export function publishVersion(name: string): RequestMatcher {
  return ({ method, path }) => method === 'POST' && path === `${functionPath(name)}/versions`;
}

/** CreateAlias: POST /2015-03-31/functions/{name}/aliases. */
export function createAlias(name: string): RequestMatcher {
  return ({ method, path }) => method === 'POST' && path === `${functionPath(name)}/aliases`;
}

/** UpdateAlias: PUT /2015-03-31/functions/{name}/aliases/{alias}. */
export function updateAlias(name: string, alias: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'PUT' && path === `${functionPath(name)}/aliases/${encodeURIComponent(alias)}`;
}

/** CreateFunctionUrlConfig: POST /2021-10-31/functions/{name}/url. */
export function createFunctionUrl(name: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'POST' && path === `${URL_FUNCTIONS}/${encodeURIComponent(name)}/url`;
}

/** AddPermission: POST /2015-03-31/functions/{name}/policy. */
export function addPermission(name: string): RequestMatcher {
  return ({ method, path }) => method === 'POST' && path === `${functionPath(name)}/policy`;
}

/** RemovePermission: DELETE /2015-03-31/functions/{name}/policy/{sid}. */
export function removePermission(name: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'DELETE' && path.startsWith(`${functionPath(name)}/policy/`);
}

/** DeleteFunction, with or without a Qualifier: DELETE /2015-03-31/functions/{name}. */
export function deleteFunction(name: string): RequestMatcher {
  return ({ method, path }) => method === 'DELETE' && path === functionPath(name);
}

/** GetAlias: GET /2015-03-31/functions/{name}/aliases/{alias}. */
export function getAlias(name: string, alias: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'GET' && path === `${functionPath(name)}/aliases/${encodeURIComponent(alias)}`;
}

/** ListAliases: GET /2015-03-31/functions/{name}/aliases. */
export function listAliases(name: string): RequestMatcher {
  return ({ method, path }) => method === 'GET' && path === `${functionPath(name)}/aliases`;
}

/** ListVersionsByFunction: GET /2015-03-31/functions/{name}/versions. */
export function listVersions(name: string): RequestMatcher {
  return ({ method, path }) => method === 'GET' && path === `${functionPath(name)}/versions`;
}

/** GetFunctionUrlConfig: GET /2021-10-31/functions/{name}/url. */
export function getFunctionUrl(name: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'GET' && path === `${URL_FUNCTIONS}/${encodeURIComponent(name)}/url`;
}

/** GetPolicy: GET /2015-03-31/functions/{name}/policy. */
export function getPolicy(name: string): RequestMatcher {
  return ({ method, path }) => method === 'GET' && path === `${functionPath(name)}/policy`;
}

/** CreateFunction of `name`: POST /2015-03-31/functions with FunctionName in the body. */
export function createFunction(name: string): RequestMatcher {
  return ({ method, path, body }) =>
    method === 'POST' &&
    path === FUNCTIONS &&
    // A body too large to record (a zip inline) is taken to be the one.
    (body === undefined || body.includes(`"FunctionName":${JSON.stringify(name)}`));
}

const LAYERS = '/2018-10-31/layers';

/** PublishLayerVersion: POST /2018-10-31/layers/{layer}/versions. */
export function publishLayerVersion(layer: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'POST' && path === `${LAYERS}/${encodeURIComponent(layer)}/versions`;
}

/** ListLayerVersions: GET /2018-10-31/layers/{layer}/versions. */
export function listLayerVersions(layer: string): RequestMatcher {
  return ({ method, path }) =>
    method === 'GET' && path === `${LAYERS}/${encodeURIComponent(layer)}/versions`;
}

/** Requests any of `matchers` picks. */
export function anyOf(...matchers: RequestMatcher[]): RequestMatcher {
  return (request) => matchers.some((match) => match(request));
}

/** The Qualifier query parameter a request carried, or undefined without one. */
export function qualifierOf(request: ProxiedRequest): string | undefined {
  return new URLSearchParams(request.query).get('Qualifier') ?? undefined;
}

/**
 * Every PublishVersion answers as Lambda does when $LATEST no longer has the RevisionId
 * (or CodeSha256) the request names: 412 PreconditionFailedException. moto ignores both.
 */
export function publishPreconditionFailed(name: string): FaultRule {
  return {
    match: publishVersion(name),
    behaviour: {
      kind: 'respond',
      response: lambdaError(
        412,
        'PreconditionFailedException',
        'The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id',
      ),
    },
  };
}

/**
 * Every PublishVersion answers as Lambda does when the CodeSha256 the request names is not
 * $LATEST's: 400 InvalidParameterValueException.
 */
export function publishCodeShaMismatch(name: string): FaultRule {
  return {
    match: publishVersion(name),
    behaviour: {
      kind: 'respond',
      response: lambdaError(
        400,
        'InvalidParameterValueException',
        'CodeSHA256 (abc) is different from current CodeSHA256 in $LATEST (def). Please try again with the CodeSHA256 in $LATEST.',
      ),
    },
  };
}

/** An error answer as Lambda sends it: the type in a header, the message in the body. */
export function lambdaError(status: number, type: string, message: string): CannedResponse {
  return {
    status,
    headers: {
      'content-type': 'application/json',
      'x-amzn-ErrorType': type,
      'x-amzn-RequestId': `00000000-0000-4000-8000-000000000${status}`,
    },
    body: JSON.stringify({ Type: 'User', message }),
  };
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

/**
 * GetFunction reports `revisionId` as the function's RevisionId, as Lambda does (moto's
 * configuration has none), so a test can see which RevisionId a later call sends.
 */
export function reportsRevisionId(name: string, revisionId: string): FaultRule {
  return {
    match: getFunction(name),
    behaviour: { kind: 'rewrite-json', rewrite: withConfiguration({ RevisionId: revisionId }) },
  };
}

/** The next `times` UpdateFunctionCode calls get Lambda's 409 ResourceConflictException. */
export function updateConflict(name: string, times: number): FaultRule {
  return conflictOn(name, updateFunctionCode(name), times);
}

/** Lambda's 409 for a function busy with another update, on the next `times` requests `match` picks. */
export function conflictOn(name: string, match: RequestMatcher, times: number): FaultRule {
  const arn = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}`;
  return {
    match,
    times,
    behaviour: {
      kind: 'respond',
      response: lambdaError(
        409,
        'ResourceConflictException',
        `The operation cannot be performed at this time. An update is in progress for resource: ${arn}`,
      ),
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

// Lambda's own texts for creating what exists already (409 ResourceConflictException), as
// AWS users have quoted them; where moto's differ, a test can answer with these.

function functionArn(name: string, qualifier?: string): string {
  const arn = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}`;
  return qualifier === undefined ? arn : `${arn}:${qualifier}`;
}

/** CreateFunction of a function that exists (moto's text is the same). */
export function functionAlreadyExists(name: string): CannedResponse {
  return lambdaError(409, 'ResourceConflictException', `Function already exist: ${name}`);
}

/** CreateAlias of an alias that exists (moto answers ConflictException). */
export function aliasAlreadyExists(name: string, alias: string): CannedResponse {
  return lambdaError(
    409,
    'ResourceConflictException',
    `Alias already exists: ${functionArn(name, alias)}`,
  );
}

/** The StatementId an AddPermission request carried ('' when none). */
export function statementIdOf(request: ProxiedRequest): string {
  try {
    const body = JSON.parse(request.body ?? '{}') as { StatementId?: unknown };
    return typeof body.StatementId === 'string' ? body.StatementId : '';
  } catch {
    return '';
  }
}

/** AddPermission with a statement id the policy has (moto accepts it and keeps both). */
export function statementAlreadyExists(sid: string): CannedResponse {
  return lambdaError(
    409,
    'ResourceConflictException',
    `The statement id (${sid}) provided already exists. Please provide a new statement id, ` +
      'or remove the existing statement.',
  );
}

/** CreateFunctionUrlConfig where there is a URL (moto replaces it). Two spaces after "message:", as Lambda writes it. */
export function functionUrlConfigExists(name: string, qualifier?: string): CannedResponse {
  return lambdaError(
    409,
    'ResourceConflictException',
    `Failed to create function url config for [functionArn = ${functionArn(name, qualifier)}]. ` +
      'Error message:  FunctionUrlConfig exists for this Lambda function',
  );
}

/** The requests `match` picks get no answer at all (the first `times` of them, or all). */
export function held(match: RequestMatcher, times?: number): FaultRule {
  return { match, behaviour: { kind: 'hold' }, ...(times === undefined ? {} : { times }) };
}

/** moto applies the requests `match` picks, and their answers are lost (`times` of them, or all). */
export function answerLost(match: RequestMatcher, times?: number): FaultRule {
  return { match, behaviour: { kind: 'drop-answer' }, ...(times === undefined ? {} : { times }) };
}

/** moto applies the requests `match` picks, and each answer is status 200 with a body that is not JSON. */
export function answerGarbled(match: RequestMatcher): FaultRule {
  return { match, behaviour: { kind: 'garble' } };
}

/**
 * The first request `match` picks is applied and its answer lost; the second (the retry)
 * gets `answer` without reaching moto: Lambda's sign that the first one was applied.
 */
export function lostThenAnswered(
  match: RequestMatcher,
  answer: CannedResponse | ((request: ProxiedRequest) => CannedResponse),
): FaultRule[] {
  return [
    answerLost(match, 1),
    { match, times: 1, behaviour: { kind: 'respond', response: answer } },
  ];
}
