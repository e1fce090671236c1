/** A problem with what the workflow author wrote; always raised before any AWS call. */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly input: string,
    detail: string,
  ) {
    super(`Input '${input}': ${detail}`);
  }
}

/** A deploy step that could not be completed; the message says what and why. */
export class DeployError extends Error {
  override readonly name = 'DeployError';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The error with a sentence on what state it left things in, unless it already says;
 * an InputError comes before any AWS call and is left as it is.
 */
export function withState(error: unknown, state: string): unknown {
  const message = errorMessage(error).trimEnd();
  if (error instanceof InputError || message.includes('no alias moved')) return error;
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return new DeployError(`${sentence} ${state}`, { cause: error });
}
