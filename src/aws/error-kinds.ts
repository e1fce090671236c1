// What an error from an AWS call says about whether the call was applied.

type WithMetadata =
  | {
      code?: unknown;
      $metadata?: { httpStatusCode?: number; attempts?: number };
      $response?: { statusCode?: number };
      requestTimeoutSeconds?: number;
    }
  | undefined;

/** Network failures: the request may or may not have reached AWS. */
const CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED']);

/** Lambda says "already exists", "Function already exist" and "FunctionUrlConfig exists". */
export function isAlreadyExists(error: unknown): boolean {
  return (
    error instanceof Error &&
    /conflict/i.test(error.name) &&
    /\b(already exists?|exists for)\b/i.test(error.message)
  );
}

/** Another update of the function is under way: waiting and sending again is right. */
export function isBusy(error: unknown): boolean {
  return (
    error instanceof Error && error.name === 'ResourceConflictException' && !isAlreadyExists(error)
  );
}

/** A RevisionId (or CodeSha256) precondition that no longer held. */
export function isPreconditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'PreconditionFailedException';
}

export function isThrottled(error: unknown): boolean {
  return (
    error instanceof Error &&
    (/Throttl|TooManyRequests|SlowDown/.test(error.name) || httpStatusOf(error) === 429)
  );
}

/** No answer within request-timeout: the seconds, as the client tagged the error. */
export function timedOutAfter(error: unknown): number | undefined {
  return (error as WithMetadata)?.requestTimeoutSeconds;
}

/** An answer came, but not one the SDK could read (not JSON, cut short). */
export function isUnreadableAnswer(error: unknown): boolean {
  return error instanceof Error && /Deserialization error/.test(error.message);
}

/**
 * The request may have been applied though no answer said so: it timed out, the connection
 * broke, AWS failed inside (5xx), or its answer could not be read.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as WithMetadata)?.code;
  const status = httpStatusOf(error);
  return (
    timedOutAfter(error) !== undefined ||
    error.name === 'TimeoutError' ||
    (typeof code === 'string' && CONNECTION_CODES.has(code)) ||
    (status !== undefined && status >= 500) ||
    isUnreadableAnswer(error)
  );
}

export function httpStatusOf(error: unknown): number | undefined {
  const withMetadata = error as WithMetadata;
  return withMetadata?.$metadata?.httpStatusCode ?? withMetadata?.$response?.statusCode;
}

/** How many attempts the SDK made, when it said. */
export function attemptsOf(error: unknown): number | undefined {
  return (error as WithMetadata)?.$metadata?.attempts;
}
