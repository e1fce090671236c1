// code-storage, function-url-invoke-mode, function-url-cors, async-invoke-config,
// recursive-loop, runtime-update and runtime-version-arn: parsed and checked before any AWS call.
// The JSON ones take the API's own shapes (Cors, FunctionEventInvokeConfig).
import { InputError } from '../../errors.js';
import { JsonSyntaxError, parseJsonText } from '../json-text.js';
import type { InputName } from '../schema.js';
import { optionalChoice, parseChoice, type ReadInput } from '../values.js';

export type InvokeMode = 'BUFFERED' | 'RESPONSE_STREAM';

/** Lambda's Cors shape for a function URL. */
export interface UrlCors {
  readonly AllowCredentials?: boolean;
  readonly AllowHeaders?: readonly string[];
  readonly AllowMethods?: readonly string[];
  readonly AllowOrigins?: readonly string[];
  readonly ExposeHeaders?: readonly string[];
  readonly MaxAge?: number;
}

/** PutFunctionEventInvokeConfig's body, less the function and qualifier. */
export interface AsyncInvokeSetting {
  readonly MaximumRetryAttempts?: number;
  readonly MaximumEventAgeInSeconds?: number;
  readonly DestinationConfig?: {
    readonly OnSuccess?: { readonly Destination: string };
    readonly OnFailure?: { readonly Destination: string };
  };
}

export type UpdateRuntimeOn = 'Auto' | 'FunctionUpdate' | 'Manual';

export interface RuntimeManagementSetting {
  readonly updateRuntimeOn: UpdateRuntimeOn;
  /** Only with Manual, which requires it. */
  readonly runtimeVersionArn: string | undefined;
}

/** What these inputs ask for; undefined is left as Lambda has it. */
export interface UrlAsyncRuntimeSettings {
  /** 'reference': the function points at the package's object version in s3-bucket. */
  readonly codeStorage: 'copy' | 'reference';
  readonly urlInvokeMode: InvokeMode | undefined;
  readonly urlCors: UrlCors | undefined;
  readonly asyncInvoke: AsyncInvokeSetting | undefined;
  readonly recursiveLoop: 'Allow' | 'Terminate' | undefined;
  readonly runtimeManagement: RuntimeManagementSetting | undefined;
}

/** What the checks need of the other inputs. */
export interface OtherInputs {
  readonly image: boolean;
  readonly functionUrl: boolean;
}

const CORS_LISTS = ['AllowHeaders', 'AllowMethods', 'AllowOrigins', 'ExposeHeaders'] as const;
/** Lambda's limits on each Cors list: items, and characters an item. */
const CORS_ITEM_CHARS: Record<(typeof CORS_LISTS)[number], number> = {
  AllowHeaders: 1024,
  AllowMethods: 6,
  AllowOrigins: 253,
  ExposeHeaders: 1024,
};
const CORS_MAX_ITEMS = 100;
const MAX_AGE_SECONDS = 86_400;
const RUNTIME_VERSION_ARN =
  /^arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1}::runtime:.+$/;
/** What Lambda sends asynchronous results to: SQS, SNS, Lambda, EventBridge, or S3 (failures). */
const DESTINATION = /^arn:aws[a-zA-Z-]*:(sqs|sns|lambda|events|s3):/;

export function parseUrlAsyncRuntime(read: ReadInput, other: OtherInputs): UrlAsyncRuntimeSettings {
  const codeStorage = parseChoice(
    'code-storage',
    read('code-storage'),
    ['copy', 'reference'] as const,
    'copy',
  );
  if (codeStorage === 'reference') checkReference(read, other);
  const urlInvokeMode = optionalChoice(
    'function-url-invoke-mode',
    read('function-url-invoke-mode'),
    ['BUFFERED', 'RESPONSE_STREAM'] as const,
  );
  const corsText = read('function-url-cors').trim();
  const urlCors = corsText === '' ? undefined : parseCors(corsText);
  for (const [input, given] of [
    ['function-url-invoke-mode', urlInvokeMode !== undefined],
    ['function-url-cors', urlCors !== undefined],
  ] as const) {
    if (given && !other.functionUrl) {
      throw new InputError(input, 'applies to a function URL: set function-url to public or iam');
    }
  }
  const asyncText = read('async-invoke-config').trim();
  const recursive = optionalChoice('recursive-loop', read('recursive-loop'), [
    'terminate',
    'allow',
  ] as const);
  return {
    codeStorage,
    urlInvokeMode,
    urlCors,
    asyncInvoke: asyncText === '' ? undefined : parseAsyncInvoke(asyncText),
    recursiveLoop:
      recursive === undefined ? undefined : recursive === 'allow' ? 'Allow' : 'Terminate',
    runtimeManagement: parseRuntimeManagement(read),
  };
}

function checkReference(read: ReadInput, other: OtherInputs): void {
  if (other.image) {
    throw new InputError(
      'code-storage',
      "'reference' applies to a zip package: an image is pulled from ECR, never stored by Lambda",
    );
  }
  if (read('s3-bucket').trim() === '') {
    throw new InputError(
      'code-storage',
      "'reference' needs s3-bucket: the function points at the package's object there",
    );
  }
  if (read('s3-upload') === 'never') {
    throw new InputError(
      'code-storage',
      "'reference' needs the package in S3, but s3-upload is 'never'",
    );
  }
}

function jsonObject(input: InputName, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseJsonText(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new InputError(input, error.message);
    throw error;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(input, 'must be a JSON object');
  }
  return value as Record<string, unknown>;
}

function onlyKeys(input: InputName, value: Record<string, unknown>, known: readonly string[]) {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new InputError(input, `has no key '${key}'; its keys are ${known.join(', ')}`);
    }
  }
}

function wholeNumber(
  input: InputName,
  key: string,
  value: unknown,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InputError(input, `${key} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

export function parseCors(text: string): UrlCors {
  const input = 'function-url-cors';
  const value = jsonObject(input, text);
  onlyKeys(input, value, ['AllowCredentials', ...CORS_LISTS, 'MaxAge']);
  const cors: Record<string, unknown> = {};
  for (const key of CORS_LISTS) {
    const list = value[key];
    if (list === undefined) continue;
    const chars = CORS_ITEM_CHARS[key];
    if (
      !Array.isArray(list) ||
      list.length > CORS_MAX_ITEMS ||
      !list.every((item) => typeof item === 'string' && item !== '' && item.length <= chars)
    ) {
      throw new InputError(
        input,
        `${key} must be a list of at most ${CORS_MAX_ITEMS} texts of 1 to ${chars} characters`,
      );
    }
    cors[key] = list;
  }
  if (value['AllowCredentials'] !== undefined) {
    if (typeof value['AllowCredentials'] !== 'boolean') {
      throw new InputError(input, 'AllowCredentials must be true or false');
    }
    cors['AllowCredentials'] = value['AllowCredentials'];
  }
  const maxAge = wholeNumber(input, 'MaxAge', value['MaxAge'], 0, MAX_AGE_SECONDS);
  if (maxAge !== undefined) cors['MaxAge'] = maxAge;
  return cors;
}

export function parseAsyncInvoke(text: string): AsyncInvokeSetting {
  const input = 'async-invoke-config';
  const value = jsonObject(input, text);
  onlyKeys(input, value, ['MaximumRetryAttempts', 'MaximumEventAgeInSeconds', 'DestinationConfig']);
  const retries = wholeNumber(input, 'MaximumRetryAttempts', value['MaximumRetryAttempts'], 0, 2);
  const age = wholeNumber(
    input,
    'MaximumEventAgeInSeconds',
    value['MaximumEventAgeInSeconds'],
    60,
    21_600,
  );
  const destinations = value['DestinationConfig'];
  let destinationConfig: AsyncInvokeSetting['DestinationConfig'];
  if (destinations !== undefined) {
    if (typeof destinations !== 'object' || destinations === null || Array.isArray(destinations)) {
      throw new InputError(input, 'DestinationConfig must be an object with OnSuccess, OnFailure');
    }
    const given = destinations as Record<string, unknown>;
    onlyKeys(input, given, ['OnSuccess', 'OnFailure']);
    const config: Record<string, { Destination: string }> = {};
    for (const key of ['OnSuccess', 'OnFailure'] as const) {
      const destination = given[key];
      if (destination === undefined) continue;
      const arn =
        typeof destination === 'object' && destination !== null
          ? (destination as Record<string, unknown>)['Destination']
          : undefined;
      if (typeof arn !== 'string' || !DESTINATION.test(arn)) {
        throw new InputError(
          input,
          `DestinationConfig.${key} must be {"Destination": "<arn>"} with the ARN of an SQS queue, SNS topic, Lambda function or EventBridge bus`,
        );
      }
      if (arn.split(':')[2] === 's3' && key === 'OnSuccess') {
        throw new InputError(input, 'an S3 bucket can only be the OnFailure destination');
      }
      config[key] = { Destination: arn };
    }
    destinationConfig = config;
  }
  return {
    ...(retries === undefined ? {} : { MaximumRetryAttempts: retries }),
    ...(age === undefined ? {} : { MaximumEventAgeInSeconds: age }),
    ...(destinationConfig === undefined ? {} : { DestinationConfig: destinationConfig }),
  };
}

function parseRuntimeManagement(read: ReadInput): RuntimeManagementSetting | undefined {
  const mode = optionalChoice('runtime-update', read('runtime-update'), [
    'auto',
    'function-update',
    'manual',
  ] as const);
  const arn = read('runtime-version-arn').trim();
  if (arn !== '' && mode !== 'manual') {
    throw new InputError(
      'runtime-version-arn',
      'applies only with runtime-update: manual (Lambda pins a runtime version only in Manual mode)',
    );
  }
  if (mode === undefined) return undefined;
  if (mode !== 'manual') {
    return {
      updateRuntimeOn: mode === 'auto' ? 'Auto' : 'FunctionUpdate',
      runtimeVersionArn: undefined,
    };
  }
  if (arn === '') {
    throw new InputError(
      'runtime-update',
      "'manual' needs runtime-version-arn: the runtime version to pin",
    );
  }
  if (!RUNTIME_VERSION_ARN.test(arn) || arn.length > 2048) {
    throw new InputError(
      'runtime-version-arn',
      `'${arn}' is not a runtime version ARN (arn:aws:lambda:<region>::runtime:<id>)`,
    );
  }
  return { updateRuntimeOn: 'Manual', runtimeVersionArn: arn };
}
