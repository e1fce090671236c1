import { describe, expect, it } from 'vitest';
import { DeployError, InputError, errorMessage } from '../../src/errors.js';

describe('InputError', () => {
  it('names the input in its message and keeps it', () => {
    const error = new InputError('wait-timeout', "'abc' is not a whole number");
    expect(error.message).toBe("Input 'wait-timeout': 'abc' is not a whole number");
    expect(error.input).toBe('wait-timeout');
    expect(error.name).toBe('InputError');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('DeployError', () => {
  it('is an Error named DeployError that keeps its cause', () => {
    const cause = new Error('socket hang up');
    const error = new DeployError('Could not read the function', { cause });
    expect(error.name).toBe('DeployError');
    expect(error.cause).toBe(cause);
  });
});

describe('errorMessage', () => {
  it("gives an Error's message and any other value as text", () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(42)).toBe('42');
  });
});
