// How input values are read: booleans, whole numbers in a range, one of a set of words.
import { InputError } from '../errors.js';
import type { InputName } from './schema.js';

/** Returns the input's value, trimmed, or '' when it is not set; only a declared input is read. */
export type ReadInput = (name: InputName) => string;

export type Environment = Readonly<Record<string, string | undefined>>;

export function parseChoice<T extends string>(
  input: InputName,
  value: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === '') return fallback;
  const choice = choices.find((candidate) => candidate === value);
  if (choice === undefined) {
    throw new InputError(input, `'${value}' is not one of ${choices.join(', ')}`);
  }
  return choice;
}

/** One of `choices`, or undefined when the input is not set. */
export function optionalChoice<T extends string>(
  input: InputName,
  value: string,
  choices: readonly T[],
): T | undefined {
  return value === '' ? undefined : parseChoice(input, value, choices, value as T);
}

export function parseBoolean(input: InputName, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  // The YAML 1.2 core schema's spellings, as @actions/core's getBooleanInput accepts.
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(input, `'${value}' is not true or false`);
}

interface IntegerRange {
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
  readonly unit: string;
}

export function parseInteger(input: InputName, value: string, range: IntegerRange): number {
  if (value === '') return range.fallback;
  const accepted = `a whole number of ${range.unit} from ${range.min} to ${range.max}`;
  if (!/^\d+$/.test(value)) throw new InputError(input, `'${value}' is not ${accepted}`);
  const number = Number(value);
  if (number < range.min || number > range.max) {
    throw new InputError(input, `${value} is out of range: give ${accepted}`);
  }
  return number;
}

export function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The non-blank lines of a list input, trimmed. */
export function inputLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** `items`, refused naming `input` when there are more than `max`: "lists 6 layers; a function takes at most 5". */
export function atMost<T>(
  input: InputName,
  items: T[],
  max: number,
  limit: { readonly noun: string; readonly holder: string },
): T[] {
  if (items.length > max) {
    throw new InputError(
      input,
      `lists ${items.length} ${limit.noun}; ${limit.holder} takes at most ${max}`,
    );
  }
  return items;
}
