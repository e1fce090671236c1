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
