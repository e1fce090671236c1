// The function's settings: only what the user set, never a default.
import { InputError } from '../errors.js';
import {
  atMost,
  inputLines,
  nonEmpty,
  parseBoolean,
  parseChoice,
  parseInteger,
  type ReadInput,
} from './values.js';

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
  /** Reserved concurrency (PutFunctionConcurrency); 'none' removes it. */
  readonly reservedConcurrency: number | 'none' | undefined;
  /** Provisioned concurrency on the alias's version; needs alias, refused with a weighted alias. */
  readonly provisionedConcurrency: number | undefined;
  /** A code signing config ARN; '' (from `none`) removes the function's. */
  readonly codeSigningConfigArn: string | undefined;
  /** merge keeps the function's other tags; replace removes those not listed (never aws: ones). */
  readonly tagsMode: 'merge' | 'replace';
  /** subnet-ids, security-group-ids, ipv6-dual-stack; empty lists (`none`) detach the VPC. */
  readonly vpc: VpcSettings | undefined;
  /** An SQS queue or SNS topic ARN; '' (`none`) removes the dead-letter target. */
  readonly deadLetterTargetArn: string | undefined;
  readonly tracing: 'Active' | 'PassThrough' | undefined;
  /** Only the parts set: log-format, log-group, application-log-level, system-log-level. */
  readonly logging: LoggingSettings | undefined;
  readonly snapStart: 'PublishedVersions' | 'None' | undefined;
  /** EFS access points and where they mount; [] (`none`) removes them. */
  readonly fileSystems: readonly FileSystemSetting[] | undefined;
  /** The key for the environment variables at rest; '' (`none`) is Lambda's own key. */
  readonly kmsKeyArn: string | undefined;
  /** Overrides of the image's CMD, ENTRYPOINT and WORKDIR (Image functions only). */
  readonly imageConfig: ImageConfigSettings | undefined;
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
    ([key, value]) => key !== 'environmentMode' && key !== 'tagsMode' && value !== undefined,
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
    vpc: parseVpc(read),
    deadLetterTargetArn: parseArnOrNone(
      'dead-letter-target-arn',
      read('dead-letter-target-arn'),
      DEAD_LETTER_TARGET,
      'an SQS queue or SNS topic ARN (arn:aws:sqs:<region>:<account>:<queue>)',
    ),
    tracing: optionalChoice('tracing', read('tracing'), ['Active', 'PassThrough'] as const),
    logging: parseLogging(read),
    snapStart: optionalChoice('snap-start', read('snap-start'), [
      'PublishedVersions',
      'None',
    ] as const),
    fileSystems: read('file-systems') === '' ? undefined : parseFileSystems(read('file-systems')),
    kmsKeyArn: parseArnOrNone(
      'kms-key-arn',
      read('kms-key-arn'),
      KMS_KEY,
      'a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)',
    ),
    imageConfig: parseImageConfig(read),
    reservedConcurrency: parseReservedConcurrency(read('reserved-concurrency')),
    provisionedConcurrency: number('provisioned-concurrency', 1, 10_000, 'instances'),
    codeSigningConfigArn: parseCodeSigningConfigArn(read('code-signing-config-arn')),
    tagsMode: parseChoice('tags-mode', read('tags-mode'), ['merge', 'replace'] as const, 'merge'),
  };
}

/** reserved-concurrency: a whole number from 0 (the function never runs) to 1000, or none. */
function parseReservedConcurrency(value: string): number | 'none' | undefined {
  if (value === '') return undefined;
  if (value === 'none') return 'none';
  if (!/^\d+$/.test(value)) {
    throw new InputError(
      'reserved-concurrency',
      `'${value}' is not a whole number from 0 to 1000, or none (to remove it)`,
    );
  }
  return parseInteger('reserved-concurrency', value, {
    min: 0,
    max: 1000,
    fallback: 0,
    unit: 'concurrent executions',
  });
}

const CODE_SIGNING_CONFIG =
  /^arn:aws[a-zA-Z-]*:lambda:[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+:\d{12}:code-signing-config:csc-[a-z0-9]{17}$/;

/** code-signing-config-arn: an ARN, or none ('') to remove the function's. */
function parseCodeSigningConfigArn(value: string): string | undefined {
  if (value === '') return undefined;
  if (value === 'none') return '';
  if (!CODE_SIGNING_CONFIG.test(value)) {
    throw new InputError(
      'code-signing-config-arn',
      `'${value}' is not a code signing config ARN (arn:aws:lambda:<region>:<account>:code-signing-config:csc-<id>) or none`,
    );
  }
  return value;
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
  const layers = atMost('layers', inputLines(value), MAX_LAYERS, {
    noun: 'layers',
    holder: 'a function',
  });
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

// VPC, dead-letter target, tracing, logging, SnapStart, file systems, KMS key, image config.

export interface VpcSettings {
  readonly subnetIds: readonly string[];
  readonly securityGroupIds: readonly string[];
  readonly ipv6DualStack: boolean | undefined;
}

export type LogFormat = 'Text' | 'JSON';

export interface LoggingSettings {
  readonly format?: LogFormat;
  readonly logGroup?: string;
  readonly applicationLogLevel?: string;
  readonly systemLogLevel?: string;
}

export interface FileSystemSetting {
  readonly arn: string;
  readonly localMountPath: string;
}

export interface ImageConfigSettings {
  readonly command?: readonly string[];
  readonly entryPoint?: readonly string[];
  readonly workingDirectory?: string;
}

/** The value that removes a setting, or detaches the VPC: GitHub gives '' for an unset input. */
const NONE = 'none';

const REGION_PART = '[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d+';
const DEAD_LETTER_TARGET = new RegExp(
  `^arn:aws[a-zA-Z-]*:(?:sqs|sns):${REGION_PART}:\\d{12}:[a-zA-Z0-9_-]{1,256}(?:\\.fifo)?$`,
);
const KMS_KEY = new RegExp(
  `^arn:aws[a-zA-Z-]*:kms:${REGION_PART}:\\d{12}:key/[a-zA-Z0-9-]{1,128}$`,
);
const ACCESS_POINT = new RegExp(
  `^arn:aws[a-zA-Z-]*:elasticfilesystem:${REGION_PART}:\\d{12}:access-point/fsap-[a-f0-9]{17}$`,
);
const SUBNET = /^subnet-[0-9a-f]{8,17}$/;
const SECURITY_GROUP = /^sg-[0-9a-f]{8,17}$/;
/** Lambda's pattern for LocalMountPath. */
const MOUNT_PATH = /^\/mnt\/[a-zA-Z0-9-_.]+$/;
const MOUNT_PATH_MAX = 160;
/** CloudWatch Logs' rule for a log group name. */
const LOG_GROUP = /^[.\-_/#A-Za-z0-9]{1,512}$/;

/** Lambda's limits on a function's VPC configuration. */
export const MAX_SUBNETS = 16;
export const MAX_SECURITY_GROUPS = 5;
/** Lambda takes one file system configuration per function. */
export const MAX_FILE_SYSTEMS = 1;

function optionalChoice<T extends string>(
  input: string,
  value: string,
  choices: readonly T[],
): T | undefined {
  return value === '' ? undefined : parseChoice(input, value, choices, value as T);
}

/** An ARN matching `pattern`, `none` ('' here: remove), or undefined when unset. */
function parseArnOrNone(
  input: string,
  value: string,
  pattern: RegExp,
  says: string,
): string | undefined {
  if (value === '') return undefined;
  if (value === NONE) return '';
  if (!pattern.test(value)) {
    throw new InputError(input, `'${value}' is not ${says}, or none to remove it`);
  }
  return value;
}

/** Items one per line or comma-separated, trimmed, blank ones skipped, repeats dropped. */
function listOf(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[\r\n,]+/)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

function parseIds(
  input: string,
  value: string,
  pattern: RegExp,
  what: string,
  max: number,
): string[] {
  const ids = listOf(value);
  if (ids.length === 0) {
    throw new InputError(
      input,
      `lists no ${what}: list them, or none (with none for the other) to detach the VPC`,
    );
  }
  for (const id of ids) {
    if (!pattern.test(id)) throw new InputError(input, `'${id}' is not ${what}`);
  }
  if (ids.length > max) {
    throw new InputError(input, `lists ${ids.length}; Lambda takes at most ${max}`);
  }
  return ids;
}

function parseVpc(read: ReadInput): VpcSettings | undefined {
  const subnets = read('subnet-ids');
  const groups = read('security-group-ids');
  const dualStack = read('ipv6-dual-stack');
  const ipv6DualStack =
    dualStack === '' ? undefined : parseBoolean('ipv6-dual-stack', dualStack, false);
  if (subnets === '' && groups === '') {
    if (ipv6DualStack !== undefined) {
      throw new InputError(
        'ipv6-dual-stack',
        'needs subnet-ids and security-group-ids: it is part of the VPC configuration',
      );
    }
    return undefined;
  }
  if (subnets === '' || groups === '') {
    const [missing, given] =
      subnets === '' ? ['subnet-ids', 'security-group-ids'] : ['security-group-ids', 'subnet-ids'];
    throw new InputError(
      missing,
      `is required with ${given}: a VPC configuration needs both (none and none detach the VPC)`,
    );
  }
  if (subnets === NONE || groups === NONE) {
    if (subnets !== groups) {
      const [detached, other] =
        subnets === NONE
          ? ['subnet-ids', 'security-group-ids']
          : ['security-group-ids', 'subnet-ids'];
      throw new InputError(
        detached,
        `is none but ${other} is not: set both to none to detach the VPC, or list both`,
      );
    }
    if (ipv6DualStack !== undefined) {
      throw new InputError('ipv6-dual-stack', 'does not apply when the VPC is detached (none)');
    }
    return { subnetIds: [], securityGroupIds: [], ipv6DualStack: undefined };
  }
  return {
    subnetIds: parseIds('subnet-ids', subnets, SUBNET, 'a subnet ID (subnet-…)', MAX_SUBNETS),
    securityGroupIds: parseIds(
      'security-group-ids',
      groups,
      SECURITY_GROUP,
      'a security group ID (sg-…)',
      MAX_SECURITY_GROUPS,
    ),
    ipv6DualStack,
  };
}

const APPLICATION_LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;
const SYSTEM_LOG_LEVELS = ['DEBUG', 'INFO', 'WARN'] as const;

function parseLogging(read: ReadInput): LoggingSettings | undefined {
  const format = optionalChoice('log-format', read('log-format'), ['Text', 'JSON'] as const);
  const logGroup = nonEmpty(read('log-group'));
  if (logGroup !== undefined && !LOG_GROUP.test(logGroup)) {
    throw new InputError(
      'log-group',
      `'${logGroup}' is not a log group name (1 to 512 of letters, digits, _ - / . #)`,
    );
  }
  const applicationLogLevel = optionalChoice(
    'application-log-level',
    read('application-log-level'),
    APPLICATION_LOG_LEVELS,
  );
  const systemLogLevel = optionalChoice(
    'system-log-level',
    read('system-log-level'),
    SYSTEM_LOG_LEVELS,
  );
  for (const [input, level] of [
    ['application-log-level', applicationLogLevel],
    ['system-log-level', systemLogLevel],
  ] as const) {
    if (level !== undefined && format !== 'JSON') {
      throw new InputError(
        input,
        'needs log-format: JSON (Lambda takes log levels only with JSON logs)',
      );
    }
  }
  const logging: LoggingSettings = {
    ...(format === undefined ? {} : { format }),
    ...(logGroup === undefined ? {} : { logGroup }),
    ...(applicationLogLevel === undefined ? {} : { applicationLogLevel }),
    ...(systemLogLevel === undefined ? {} : { systemLogLevel }),
  };
  return Object.keys(logging).length === 0 ? undefined : logging;
}

/** `<access-point-arn>=<mount-path>` lines, or none (no file system). */
function parseFileSystems(value: string): FileSystemSetting[] {
  if (value === NONE) return [];
  const systems: FileSystemSetting[] = [];
  for (const [index, line] of value.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const at = line.indexOf('=');
    const arn = at === -1 ? '' : line.slice(0, at).trim();
    const localMountPath = line.slice(at + 1).trim();
    if (!ACCESS_POINT.test(arn)) {
      throw new InputError(
        'file-systems',
        `line ${index + 1} is not <access-point-arn>=<mount-path> with an EFS access point ARN ` +
          '(arn:aws:elasticfilesystem:<region>:<account>:access-point/fsap-…)',
      );
    }
    if (!MOUNT_PATH.test(localMountPath) || localMountPath.length > MOUNT_PATH_MAX) {
      throw new InputError(
        'file-systems',
        `'${localMountPath}' is not a mount path: /mnt/ then one name of letters, digits, - _ .`,
      );
    }
    systems.push({ arn, localMountPath });
  }
  if (systems.length === 0) {
    throw new InputError('file-systems', 'lists no file system: give one line, or none to remove');
  }
  if (systems.length > MAX_FILE_SYSTEMS) {
    throw new InputError(
      'file-systems',
      `lists ${systems.length}; Lambda takes at most ${MAX_FILE_SYSTEMS} file system per function`,
    );
  }
  return systems;
}

/** Lambda's limits on an image configuration. */
const IMAGE_LIST_MAX = 1500;
const WORKING_DIRECTORY_MAX = 1000;

function parseImageConfig(read: ReadInput): ImageConfigSettings | undefined {
  const lines = (input: string): string[] | undefined => {
    const value = read(input);
    if (value === '') return undefined;
    return atMost(input, inputLines(value), IMAGE_LIST_MAX, { noun: 'items', holder: 'Lambda' });
  };
  const command = lines('image-command');
  const entryPoint = lines('image-entrypoint');
  const workingDirectory = nonEmpty(read('image-working-directory'));
  if (workingDirectory !== undefined && workingDirectory.length > WORKING_DIRECTORY_MAX) {
    throw new InputError(
      'image-working-directory',
      `is ${workingDirectory.length} characters, over Lambda's ${WORKING_DIRECTORY_MAX}`,
    );
  }
  if (workingDirectory !== undefined && !workingDirectory.startsWith('/')) {
    throw new InputError(
      'image-working-directory',
      `'${workingDirectory}' is not an absolute path (it starts with /)`,
    );
  }
  if (command === undefined && entryPoint === undefined && workingDirectory === undefined) {
    return undefined;
  }
  return {
    ...(command === undefined ? {} : { command }),
    ...(entryPoint === undefined ? {} : { entryPoint }),
    ...(workingDirectory === undefined ? {} : { workingDirectory }),
  };
}
