// The function to deploy to and its region.
import { InputError } from '../errors.js';
import { nonEmpty, type Environment } from './values.js';

/** A name; a partial ARN (account:function:name); or a whole ARN, with account and function:. */
const FUNCTION_NAME =
  /^(?:arn:aws[a-zA-Z-]*:lambda:(?<region>[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+):\d{12}:function:|(?:\d{12}:)?(?:function:)?)(?<name>[a-zA-Z0-9_-]+)(?<qualifier>:[^:]*)?$/;

const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+$/;

/** The function's own name, from a name, partial ARN or ARN. */
export function functionBaseName(functionName: string): string {
  return functionName.slice(functionName.lastIndexOf(':') + 1);
}

export function parseFunctionName(value: string): {
  functionName: string;
  arnRegion: string | undefined;
} {
  const accepted =
    'a function name (letters, digits, - and _; at most 64), a partial ARN or an ARN';
  if (value === '') throw new InputError('function-name', `is required: ${accepted}`);
  const match = FUNCTION_NAME.exec(value);
  const name = match?.groups?.['name'];
  if (!match || name === undefined || name.length > 64 || value.length > 140) {
    throw new InputError('function-name', `'${value}' is not ${accepted}`);
  }
  if (match.groups?.['qualifier'] !== undefined) {
    throw new InputError(
      'function-name',
      `'${value}' names a version or alias; give the function without a qualifier`,
    );
  }
  return { functionName: value, arnRegion: match.groups?.['region'] };
}

export function parseRegion(
  value: string,
  arnRegion: string | undefined,
  env: Environment,
): string {
  if (value !== '' && !REGION.test(value)) {
    throw new InputError('region', `'${value}' is not an AWS region name such as eu-west-1`);
  }
  if (value !== '' && arnRegion !== undefined && value !== arnRegion) {
    throw new InputError(
      'region',
      `'${value}' differs from the region in function-name's ARN (${arnRegion})`,
    );
  }
  if (arnRegion !== undefined) return arnRegion;
  if (value !== '') return value;
  for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const fromEnv = nonEmpty(env[variable]);
    if (fromEnv === undefined) continue;
    if (!REGION.test(fromEnv)) {
      throw new InputError(
        'region',
        `not set, and ${variable} is '${fromEnv}', not an AWS region name such as eu-west-1`,
      );
    }
    return fromEnv;
  }
  throw new InputError(
    'region',
    'no region given: set this input, or AWS_REGION (configure-aws-credentials sets it)',
  );
}
