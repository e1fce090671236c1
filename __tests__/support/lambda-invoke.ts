import type { CannedResponse, FaultRule, ProxiedRequest, RequestMatcher } from './fault-proxy.js';
import { qualifierOf } from './lambda-faults.js';

// Invoke, which moto cannot run here: it runs functions in Docker, and there is no Docker
// engine. moto 5.2.1 then answers every Invoke with status 200, X-Amz-Function-Error: Handled,
// an empty X-Amz-Log-Result and the text "error running docker: ..." as the payload, so a
// smoke test straight against moto fails. A run that invokes goes through the proxy, and a
// rule here answers its Invoke as Lambda would (a test says it relies on that):
// - invokeEcho: a handler that returns its event (what moto's Docker-less Lambda answers);
// - invokeAnswer: a handler that returns a given value;
// - functionError: a handler that throws, with its log tail.
//
// Why moto is not switched to Lambda without Docker (POST /moto-api/config
// {"lambda": {"use_docker": false}}): moto then serves Lambda from a second backend
// (awslambda_simple: Invoke echoes the payload, or the next answer queued through
// /moto-api/static/lambda-simple/response; no log tail, no function error, nothing checked),
// but LambdaFunction._get_layers_data still looks layers up in the first one, so attaching a
// layer published in the run fails (UnknownLayerVersionException, a 404): 11 tests of the
// layers and configuration suites fail with the switch on.

/** Invoke: POST /2015-03-31/functions/{name}/invocations, of `qualifier` when given. */
export function invoke(name: string, qualifier?: string): RequestMatcher {
  const path = `/2015-03-31/functions/${encodeURIComponent(name)}/invocations`;
  return (request: ProxiedRequest) =>
    request.method === 'POST' &&
    request.path === path &&
    (qualifier === undefined || qualifierOf(request) === qualifier);
}

/** The payload an Invoke request carried, as text ('' without one). */
export function invokePayload(request: ProxiedRequest): string {
  return request.body ?? '';
}

export interface FunctionErrorOptions {
  /** The error the handler threw: the answer's errorMessage. */
  readonly errorMessage: string;
  /** The last lines the function logged: X-Amz-Log-Result, base64 as Lambda sends it. */
  readonly logTail: string;
  /** The answer's errorType; 'Error' by default. */
  readonly errorType?: string;
}

/** Lambda's answer to an Invoke whose handler threw (Node.js's runtime shape). */
export function functionErrorResponse(
  options: FunctionErrorOptions,
  executedVersion = '$LATEST',
): CannedResponse {
  return {
    status: 200,
    headers: {
      'content-type': 'application/json',
      'x-amz-function-error': 'Unhandled',
      'x-amz-log-result': Buffer.from(options.logTail, 'utf8').toString('base64'),
      'x-amz-executed-version': executedVersion,
      'x-amzn-requestid': '00000000-0000-4000-8000-00000000f000',
    },
    body: JSON.stringify({
      errorType: options.errorType ?? 'Error',
      errorMessage: options.errorMessage,
      trace: [],
    }),
  };
}

/**
 * Every Invoke of `name` (of `qualifier` only, when given) answers as Lambda does when the
 * handler throws: status 200, X-Amz-Function-Error: Unhandled, the log tail in
 * X-Amz-Log-Result, and { errorMessage, errorType, trace } as the payload. Emulated: see
 * above.
 */
export function functionError(
  name: string,
  qualifier: string | undefined,
  options: FunctionErrorOptions,
): FaultRule {
  return {
    match: invoke(name, qualifier),
    behaviour: {
      kind: 'respond',
      response: (request) => functionErrorResponse(options, qualifierOf(request)),
    },
  };
}

/**
 * Every Invoke of `name` answers status 200 with its own payload, as a handler
 * `async (event) => event` would (and as moto's Lambda without Docker does), with a
 * START/END/REPORT log tail. Emulated: see above.
 */
export function invokeEcho(name: string): FaultRule {
  return {
    match: invoke(name),
    behaviour: {
      kind: 'respond',
      response: (request) =>
        successResponse(invokePayload(request) || 'null', reportTail(), request),
    },
  };
}

/** A successful Invoke's answer: the payload, the log tail base64 in X-Amz-Log-Result. */
function successResponse(body: string, logTail: string, request: ProxiedRequest): CannedResponse {
  return {
    status: 200,
    headers: {
      'content-type': 'application/json',
      'x-amz-log-result': Buffer.from(logTail, 'utf8').toString('base64'),
      'x-amz-executed-version': qualifierOf(request) ?? '$LATEST',
      'x-amzn-requestid': '00000000-0000-4000-8000-00000000f200',
    },
    body,
  };
}

/**
 * Every Invoke of `name` answers status 200 with `body` (JSON-encoded unless a string), as
 * a handler that returned it, with `logTail` (default: a START/END/REPORT tail) in
 * X-Amz-Log-Result. Emulated: see above.
 */
export function invokeAnswer(
  name: string,
  body: unknown,
  options: { readonly logTail?: string; readonly qualifier?: string } = {},
): FaultRule {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    match: invoke(name, options.qualifier),
    behaviour: {
      kind: 'respond',
      response: (request) => successResponse(text, options.logTail ?? reportTail(), request),
    },
  };
}

/** The lines Lambda logs around any invocation. */
function reportTail(): string {
  const id = '00000000-0000-4000-8000-00000000f200';
  return (
    `START RequestId: ${id} Version: $LATEST\n` +
    `END RequestId: ${id}\n` +
    `REPORT RequestId: ${id}\tDuration: 1.00 ms\tBilled Duration: 1 ms\t` +
    'Memory Size: 128 MB\tMax Memory Used: 60 MB\n'
  );
}
