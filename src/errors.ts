import type { InputName } from './inputs/schema.js';

/**
 * A problem with what the workflow author wrote; always raised before any AWS call. It names an
 * input the schema declares, so a message cannot name one the action does not have.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly input: InputName,
    detail: string,
  ) {
    super(`Input '${input}': ${detail}`);
  }
}

/** A deploy step that could not be completed; the message says what and why. */
export class DeployError extends Error {
  override readonly name = 'DeployError';
}

/**
 * A change whose answer never came and whose effect could not be read back either: the
 * message must not claim it was or was not applied.
 */
export class OutcomeUnknownError extends DeployError {}

/** True when `error`, or an error it wraps, is an OutcomeUnknownError. */
export function isOutcomeUnknownFailure(error: unknown): boolean {
  for (let at: unknown = error; at instanceof Error; at = at.cause) {
    if (at instanceof OutcomeUnknownError) return true;
  }
  return false;
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

/**
 * Outputs a failure still sets (`smoke-test: failed`, `rolled-back: true`): those of the
 * error and of every error it wraps.
 */
export function failureOutputs(error: unknown): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (let at: unknown = error; at instanceof Error; at = at.cause) {
    const own = (at as { outputs?: unknown }).outputs;
    if (typeof own === 'object' && own !== null) Object.assign(outputs, own);
  }
  return outputs;
}

/** A failure that still sets outputs (the version a run published before it failed, say). */
class FailureWithOutputs extends DeployError {
  constructor(
    cause: unknown,
    readonly outputs: Readonly<Record<string, string>>,
  ) {
    super(errorMessage(cause), { cause });
  }
}

/** `error`, unchanged in its message, with `outputs` set by the step's failure as well. */
export function withOutputs(error: unknown, outputs: Readonly<Record<string, string>>): unknown {
  return Object.keys(outputs).length === 0 ? error : new FailureWithOutputs(error, outputs);
}

const SUMMARIZED = Symbol('summarized');

/** Marks a failure whose job summary is written: the step writes no other. */
export function summarized(error: unknown): unknown {
  if (error instanceof Error) Object.defineProperty(error, SUMMARIZED, { value: true });
  return error;
}

export function isSummarized(error: unknown): boolean {
  return error instanceof Error && (error as { [SUMMARIZED]?: boolean })[SUMMARIZED] === true;
}
