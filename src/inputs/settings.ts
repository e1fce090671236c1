// The function's settings: only what the user set, never a default.
import { InputError } from '../errors.js';
import { nonEmpty, parseChoice, parseInteger, type ReadInput } from './values.js';

export type Architecture = 'x86_64' | 'arm64';

/** Function settings the user set; undefined ones are never sent. */
export interface FunctionSettings {
  readonly handler: string | undefined;
  readonly runtime: string | undefined;
  readonly memorySize: number | undefined;
  readonly timeout: number | undefined;
  readonly description: string | undefined;
  readonly role: string | undefined;
  readonly architecture: Architecture | undefined;
  readonly environment: Readonly<Record<string, string>> | undefined;
  /** merge keeps the function's other variables; replace sets exactly these. */
  readonly environmentMode: 'merge' | 'replace';
  readonly layers: readonly string[] | undefined;
  readonly ephemeralStorage: number | undefined;
  readonly tags: Readonly<Record<string, string>> | undefined;
}

/**
 * CreateFunction needs a role, and for a zip a runtime and handler (an image brings its own);
 * checked before any AWS call rather than after the package is built.
 */
export function checkCreatable(settings: FunctionSettings, packageType: 'Zip' | 'Image'): void {
  const required: [string, string | undefined][] = [['role', settings.role]];
  if (packageType === 'Zip') {
    required.push(['runtime', settings.runtime], ['handler', settings.handler]);
  }
  for (const [input, value] of required) {
    if (value === undefined) {
      throw new InputError(
        input,
        `is required with create-if-missing: true, to create ${packageType === 'Zip' ? 'a zip' : 'an image'} function`,
      );
    }
  }
}

/** True when the user set any function setting, so the configuration is compared at all. */
export function hasSettings(settings: FunctionSettings): boolean {
  return Object.entries(settings).some(
    ([key, value]) => key !== 'environmentMode' && value !== undefined,
  );
}

/** Lambda's limit on all environment variables together. */
export const ENVIRONMENT_LIMIT_BYTES = 4096;

/** Lambda's limit on the layers of one function. */
export const MAX_LAYERS = 5;

const ENV_KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** Set by Lambda in every environment; UpdateFunctionConfiguration refuses them. */
const RESERVED_VARIABLES = new Set([
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
]);

const ROLE = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

const RUNTIME = /^[a-z][a-z0-9.]*$/;

const LAYER =
  /^arn:aws[a-zA-Z-]*:lambda:[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+:\d{12}:layer:[a-zA-Z0-9_-]+:\d+$/;

export function parseSettings(read: ReadInput): FunctionSettings {
  const text = (input: string, max: number): string | undefined => {
    const value = nonEmpty(read(input));
    if (value !== undefined && value.length > max) {
      throw new InputError(input, `is ${value.length} characters, over Lambda's ${max}`);
    }
    return value;
  };
  const number = (input: string, min: number, max: number, unit: string): number | undefined =>
    read(input) === ''
      ? undefined
      : parseInteger(input, read(input), { min, max, fallback: min, unit });
  const runtime = nonEmpty(read('runtime'));
  if (runtime !== undefined) checkRuntime('runtime', runtime);
  const role = nonEmpty(read('role'));
  if (role !== undefined && !ROLE.test(role)) {
    throw new InputError(
      'role',
      `'${role}' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)`,
    );
  }
  const architecture = nonEmpty(read('architectures'));
  const layers = read('layers') === '' ? undefined : parseLayers(read('layers'));
  return {
    handler: text('handler', 128),
    runtime,
    memorySize: number('memory-size', 128, 10_240, 'MB'),
    timeout: number('timeout', 1, 900, 'seconds'),
    description: text('description', 256),
    role,
    architecture:
      architecture === undefined
        ? undefined
        : parseChoice('architectures', architecture, ['x86_64', 'arm64'] as const, 'x86_64'),
    environment: read('environment') === '' ? undefined : parseEnvironment(read('environment')),
    environmentMode: parseChoice(
      'environment-mode',
      read('environment-mode'),
      ['merge', 'replace'] as const,
      'merge',
    ),
    layers,
    ephemeralStorage: number('ephemeral-storage', 512, 10_240, 'MB'),
    tags: read('tags') === '' ? undefined : parseTags(read('tags')),
  };
}

export function checkRuntime(input: string, runtime: string): void {
  if (!RUNTIME.test(runtime)) {
    throw new InputError(
      input,
      `'${runtime}' is not a Lambda runtime identifier such as nodejs22.x`,
    );
  }
}

/** KEY=VALUE lines (the value may hold '=' and ','), or a JSON object of strings. */
function parseEnvironment(value: string): Record<string, string> {
  let variables: Record<string, string>;
  if (value.trimStart().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new InputError('environment', 'starts with { but is not valid JSON');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new InputError('environment', 'must be a JSON object of names to strings');
    }
    // No prototype, so that a key such as __proto__ is a key like any other, and checked.
    variables = Object.create(null) as Record<string, string>;
    for (const [key, entry] of Object.entries(parsed)) {
      if (typeof entry !== 'string') {
        throw new InputError('environment', `the value of ${key} is not a string`);
      }
      variables[key] = entry;
    }
  } else {
    variables = parsePairs('environment', value, VARIABLE_NAME);
  }
  for (const key of Object.keys(variables)) {
    if (!ENV_KEY.test(key)) {
      throw new InputError(
        'environment',
        `'${key}' is not a variable name (a letter, then letters, digits and _)`,
      );
    }
    if (RESERVED_VARIABLES.has(key)) {
      throw new InputError('environment', `'${key}' is reserved: Lambda sets it itself`);
    }
  }
  checkEnvironmentSize(variables, 'environment');
  return variables;
}

export function checkEnvironmentSize(
  variables: Readonly<Record<string, string>>,
  input: string,
): void {
  const size = Buffer.byteLength(JSON.stringify(variables));
  if (size > ENVIRONMENT_LIMIT_BYTES) {
    throw new InputError(
      input,
      `the variables come to ${size} bytes, over Lambda's limit of ${ENVIRONMENT_LIMIT_BYTES}`,
    );
  }
}

interface KeyRule {
  readonly pattern: RegExp;
  /** How the rule reads in an error message. */
  readonly says: string;
}

const VARIABLE_NAME: KeyRule = { pattern: ENV_KEY, says: 'a letter, then letters, digits and _' };
const TAG_KEY: KeyRule = { pattern: /^.{1,128}$/, says: '1 to 128 characters' };

function parsePairs(input: string, value: string, key: KeyRule): Record<string, string> {
  const pairs = Object.create(null) as Record<string, string>;
  for (const [index, line] of value.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const at = line.indexOf('=');
    const name = at === -1 ? '' : line.slice(0, at).trim();
    if (at === -1 || !key.pattern.test(name)) {
      // The line is named by its number only: it may hold a secret, not yet masked.
      throw new InputError(
        input,
        `line ${index + 1} is not KEY=VALUE with a valid key (${key.says})`,
      );
    }
    pairs[name] = line.slice(at + 1);
  }
  return pairs;
}

/** Lambda's limits on a tag's value; keys starting with aws: are AWS's own. */
const TAG_VALUE_MAX = 256;

function parseTags(value: string): Record<string, string> {
  const tags = parsePairs('tags', value, TAG_KEY);
  for (const [key, tagValue] of Object.entries(tags)) {
    if (key.toLowerCase().startsWith('aws:')) {
      throw new InputError('tags', `'${key}': keys starting with 'aws:' are reserved for AWS`);
    }
    if (tagValue.length > TAG_VALUE_MAX) {
      throw new InputError(
        'tags',
        `the value of '${key}' is ${tagValue.length} characters, over Lambda's ${TAG_VALUE_MAX}`,
      );
    }
  }
  return tags;
}

function parseLayers(value: string): string[] {
  const layers = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (layers.length > MAX_LAYERS) {
    throw new InputError(
      'layers',
      `lists ${layers.length} layers; a function takes at most ${MAX_LAYERS}`,
    );
  }
  for (const layer of layers) {
    if (!LAYER.test(layer)) {
      throw new InputError(
        'layers',
        `'${layer}' is not a layer version ARN (arn:aws:lambda:<region>:<account>:layer:<name>:<version>)`,
      );
    }
  }
  return layers;
}
