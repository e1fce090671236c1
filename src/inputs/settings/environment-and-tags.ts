// environment and tags: KEY=VALUE lines (or, for environment, a JSON object), checked as Lambda
// would check them.
import { InputError } from '../../errors.js';
import type { InputName } from '../schema.js';

/** Lambda's limit on all environment variables together. */
export const ENVIRONMENT_LIMIT_BYTES = 4096;

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

/** KEY=VALUE lines (the value may hold '=' and ','), or a JSON object of strings. */
export function parseEnvironment(value: string): Record<string, string> {
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
  input: InputName,
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

function parsePairs(input: InputName, value: string, key: KeyRule): Record<string, string> {
  const pairs = Object.create(null) as Record<string, string>;
  for (const [index, line] of value.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const at = line.indexOf('=');
    const name = at === -1 ? '' : line.slice(0, at).trim();
    if (at === -1 || !key.pattern.test(name)) {
      // The line is named by its number only: it may hold a secret, not yet masked.
      const multiLine =
        input === 'environment' && index > 0
          ? '; a value that spans several lines (a PEM key, say) cannot be written as KEY=VALUE ' +
            'lines: give environment as a JSON object instead, {"KEY": "first line\\nsecond line"}'
          : '';
      throw new InputError(
        input,
        `line ${index + 1} is not KEY=VALUE with a valid key (${key.says})${multiLine}`,
      );
    }
    pairs[name] = line.slice(at + 1);
  }
  return pairs;
}

/**
 * The action's fingerprint records (resources/code/fingerprint-record.ts and
 * resources/layer/fingerprint-record.ts), kept here as inputs import no resource.
 */
export const ACTION_TAGS: readonly string[] = [
  'lambda-deploy:code-fingerprint',
  'lambda-deploy:layer-fingerprint',
];

/** Lambda's limits on a tag's value; keys starting with aws: are AWS's own. */
const TAG_VALUE_MAX = 256;

export function parseTags(value: string): Record<string, string> {
  const tags = parsePairs('tags', value, TAG_KEY);
  for (const [key, tagValue] of Object.entries(tags)) {
    if (key.toLowerCase().startsWith('aws:')) {
      throw new InputError('tags', `'${key}': keys starting with 'aws:' are reserved for AWS`);
    }
    if (ACTION_TAGS.includes(key)) {
      throw new InputError(
        'tags',
        `'${key}' is the action's own record of the ${key.endsWith('layer-fingerprint') ? "layer's" : "function's"} code (docs/speed.md); use another key`,
      );
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
