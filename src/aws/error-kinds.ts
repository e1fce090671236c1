// What an error from an AWS call says about whether the call was applied.

type WithMetadata =
  | {
      code?: unknown;
      $metadata?: { httpStatusCode?: number; attempts?: number };
      $response?: { statusCode?: number };
      requestTimeoutSeconds?: number;
      wholeSeconds?: number;
      answerTooSlow?: boolean;
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
    error instanceof Error &&
    error.name === 'ResourceConflictException' &&
    !isAlreadyExists(error) &&
    aliasesReferencing(error) === undefined
  );
}

/**
 * DeleteFunction on a version an alias routes to: Lambda's 409 "Unable to delete version
 * because the following aliases reference it: [live]". The aliases, as Lambda listed them
 * ('live'), for that error or one it wraps; undefined for any other. Waiting does not help.
 */
export function aliasesReferencing(error: unknown): string | undefined {
  for (let at: unknown = error; at instanceof Error; at = at.cause) {
    const listed = /aliases reference it:?\s*\[?([^\]]*)\]?/i.exec(at.message);
    if (at.name === 'ResourceConflictException' && listed !== null) return listed[1]?.trim() ?? '';
  }
  return undefined;
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

/**
 * Which deadline passed, in words: "no answer within 5 s (request-timeout)", or for an answer
 * that came too slowly, "AWS answered too slowly: not all of the answer arrived within 5 s
 * (request-timeout)";
 * undefined when no deadline of the client's passed.
 */
export function deadlineReason(error: unknown): string | undefined {
  const tagged = error as WithMetadata;
  const seconds = tagged?.requestTimeoutSeconds;
  if (seconds === undefined) return undefined;
  const whole = Math.round((tagged?.wholeSeconds ?? seconds) * 10) / 10;
  const limit =
    whole > seconds
      ? `${whole} s (request-timeout ${seconds} s, plus 1 s for each 64 KiB of the request's body)`
      : `${seconds} s (request-timeout)`;
  return tagged?.answerTooSlow === true
    ? `AWS answered too slowly: not all of the answer arrived within ${limit}`
    : `no answer within ${limit}`;
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
