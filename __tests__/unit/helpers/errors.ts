import { DeployError, InputError } from '../../../src/errors.js';

/** The error `promise` rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`expected an Error, got ${String(error)}`);
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** The error `work` throws; fails the test when it returns. */
export function thrownBy(work: () => unknown): Error {
  try {
    work();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`expected an Error, got ${String(error)}`);
  }
  throw new Error('expected an error, but the call returned');
}

export function asInputError(error: Error): InputError {
  if (error instanceof InputError) return error;
  throw new Error(`expected an InputError, got ${error.name}: ${error.message}`);
}

export async function inputErrorOf(promise: Promise<unknown>): Promise<InputError> {
  return asInputError(await rejectionOf(promise));
}

export async function deployErrorOf(promise: Promise<unknown>): Promise<DeployError> {
  const error = await rejectionOf(promise);
  if (error instanceof DeployError) return error;
  throw new Error(`expected a DeployError, got ${error.name}: ${error.message}`);
}
