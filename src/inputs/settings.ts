// The function's settings: only what the user set, never a default. The groups with rules of
// their own are parsed in settings/: environment and tags, VPC, logging, file systems, image.
import { InputError } from '../errors.js';
import type { InputName } from './schema.js';
import { NONE, parseArnOrNone, REGION_PART } from './settings/arn-or-none.js';
import { parseEnvironment, parseTags } from './settings/environment-and-tags.js';
import {
  checkDirectS3Read,
  parseFileSystems,
  type FileSystemSetting,
} from './settings/file-systems.js';
import { parseImageConfig, type ImageConfigSettings } from './settings/image-config.js';
import { parseLogging, type LoggingSettings } from './settings/logging.js';
import {
  checkEphemeralStorage,
  EPHEMERAL_STORAGE_MAX,
  EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR,
  parseNewestSettings,
  type NewestSettings,
} from './settings/newest.js';
import { parseLambda2025, type Lambda2025Settings } from './settings/lambda-2025.js';
import { parseVpc, type VpcSettings } from './settings/vpc.js';
import {
  atMost,
  inputLines,
  nonEmpty,
  optionalChoice,
  parseChoice,
  parseInteger,
  type ReadInput,
} from './values.js';

export { checkEnvironmentSize, ENVIRONMENT_LIMIT_BYTES } from './settings/environment-and-tags.js';
export {
  isS3FilesAccessPoint,
  MAX_FILE_SYSTEMS,
  type FileSystemSetting,
} from './settings/file-systems.js';
export type { ImageConfigSettings } from './settings/image-config.js';
export type { LogFormat, LoggingSettings } from './settings/logging.js';
export type {
  CapacityProviderSetting,
  DurableSetting,
  ScalingSetting,
  TenantIsolation,
} from './settings/lambda-2025.js';
export { MAX_SECURITY_GROUPS, MAX_SUBNETS, type VpcSettings } from './settings/vpc.js';
export type { DirectS3Read, NewestSettings, RuntimeConfigSetting } from './settings/newest.js';

export type Architecture = 'x86_64' | 'arm64';

/** Function settings the user set; undefined ones are never sent. */
/** Durable, capacity provider, scaling and tenancy settings are Lambda2025Settings' fields. */
export interface FunctionSettings extends NewestSettings, Lambda2025Settings {
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
  /** [] (`none`) detaches every layer. */
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
  /** EFS or S3 Files access points and where they mount; [] (`none`) removes them. */
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
  const required: [InputName, string | undefined][] = [['role', settings.role]];
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

/** Lambda's limit on the layers of one function. */
export const MAX_LAYERS = 5;

const ROLE = /^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

const RUNTIME = /^[a-z][a-z0-9.]*$/;

const LAYER =
  /^arn:aws[a-zA-Z-]*:lambda:[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+:\d{12}:layer:[a-zA-Z0-9_-]+:\d+$/;

const DEAD_LETTER_TARGET = new RegExp(
  `^arn:aws[a-zA-Z-]*:(?:sqs|sns):${REGION_PART}:\\d{12}:[a-zA-Z0-9_-]{1,256}(?:\\.fifo)?$`,
);
const KMS_KEY = new RegExp(
  `^arn:aws[a-zA-Z-]*:kms:${REGION_PART}:\\d{12}:key/[a-zA-Z0-9-]{1,128}$`,
);

export function parseSettings(read: ReadInput): FunctionSettings {
  const text = (input: InputName, max: number): string | undefined => {
    const value = nonEmpty(read(input));
    if (value !== undefined && value.length > max) {
      throw new InputError(input, `is ${value.length} characters, over Lambda's ${max}`);
    }
    return value;
  };
  const number = (input: InputName, min: number, max: number, unit: string): number | undefined =>
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
  const newest = parseNewestSettings(read);
  const fileSystems =
    read('file-systems') === '' ? undefined : parseFileSystems(read('file-systems'));
  checkDirectS3Read(newest.directS3Read, fileSystems);
  if (newest.runtimeConfig !== undefined && runtime !== undefined && runtime !== 'custom') {
    throw new InputError(
      'runtime-config',
      `needs runtime custom (a customer-managed runtime), and runtime is ${runtime}`,
    );
  }
  if (newest.acceleratorMemorySize !== undefined && architecture === 'arm64') {
    throw new InputError(
      'accelerator-memory-size',
      'needs an x86_64 function (Lambda has accelerators only for x86_64), and architectures is arm64',
    );
  }
  const storage = read('ephemeral-storage');
  if (/^\d+$/.test(storage) && Number(storage) <= EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR) {
    checkEphemeralStorage(Number(storage), newest.acceleratorMemorySize);
  }
  return {
    ...newest,
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
    ephemeralStorage: number(
      'ephemeral-storage',
      512,
      newest.acceleratorMemorySize === undefined
        ? EPHEMERAL_STORAGE_MAX
        : EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR,
      'MB',
    ),
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
    fileSystems,
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
    ...parseLambda2025(read),
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

export function checkRuntime(input: InputName, runtime: string): void {
  if (!RUNTIME.test(runtime)) {
    throw new InputError(
      input,
      `'${runtime}' is not a Lambda runtime identifier such as nodejs22.x`,
    );
  }
}

function parseLayers(value: string): string[] {
  if (value === NONE) return [];
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
