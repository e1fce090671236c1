// runtime-config, accelerator-memory-size and file-system-direct-s3-read: the settings Lambda
// added in 2026 (RuntimeConfig, AcceleratorConfig, FileSystemConfigs[].S3FilesConfig).
import { InputError } from '../../errors.js';
import { JsonSyntaxError, parseJsonText } from '../json-text.js';
import type { ReadInput } from '../values.js';

export interface RuntimeConfigSetting {
  readonly runtimeArn: string;
  readonly runtimeAlias: string;
}

export type DirectS3Read = 'AUTO' | 'ENABLED' | 'DISABLED';

export interface NewestSettings {
  /** A customer-managed runtime and its alias (RuntimeConfig); needs runtime custom. */
  readonly runtimeConfig: RuntimeConfigSetting | undefined;
  /** AcceleratorConfig.AcceleratorMemorySize, in GB. */
  readonly acceleratorMemorySize: number | undefined;
  /** S3FilesConfig.DirectS3Read of the S3 Files mount. */
  readonly directS3Read: DirectS3Read | undefined;
}

/** Lambda's AcceleratorMemoryGB values. */
export const ACCELERATOR_MEMORY_SIZES = [3, 6, 12, 16, 24, 48] as const;

/** /tmp's limit without an accelerator, and with one. */
export const EPHEMERAL_STORAGE_MAX = 10_240;
export const EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR = 32_768;

/** FunctionRuntimeConfig's patterns and lengths, from Lambda's API reference. */
const RUNTIME_ARN = /^arn:[a-z-]+:lambda:[a-z0-9-]+:\d{12}:runtime\/.+$/;
const RUNTIME_ARN_LENGTH = { min: 48, max: 2048 };
const RUNTIME_ALIAS = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,126}[A-Za-z0-9_])?$/;

const DIRECT_S3_READ = ['AUTO', 'ENABLED', 'DISABLED'] as const;

export function parseNewestSettings(read: ReadInput): NewestSettings {
  return {
    runtimeConfig: parseRuntimeConfig(read('runtime-config')),
    acceleratorMemorySize: parseAcceleratorMemorySize(read('accelerator-memory-size')),
    directS3Read: parseDirectS3Read(read('file-system-direct-s3-read')),
  };
}

function parseRuntimeConfig(value: string): RuntimeConfigSetting | undefined {
  if (value === '') return undefined;
  const shape =
    'a JSON object {"RuntimeArn": "arn:aws:lambda:<region>:<account>:runtime/<name>", "RuntimeAlias": "<alias>"}';
  let parsed: unknown;
  try {
    parsed = parseJsonText(value);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new InputError('runtime-config', `${error.message}; give ${shape}`);
    }
    throw error;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError('runtime-config', `is not ${shape}`);
  }
  const object = parsed as Readonly<Record<string, unknown>>;
  const unknown = Object.keys(object).filter(
    (key) => key !== 'RuntimeArn' && key !== 'RuntimeAlias',
  );
  if (unknown.length > 0) {
    throw new InputError(
      'runtime-config',
      `has ${unknown.map((key) => `'${key}'`).join(', ')}, which RuntimeConfig does not: it takes RuntimeArn and RuntimeAlias`,
    );
  }
  const runtimeArn = object['RuntimeArn'];
  const runtimeAlias = object['RuntimeAlias'];
  if (typeof runtimeArn !== 'string' || typeof runtimeAlias !== 'string') {
    throw new InputError('runtime-config', `needs both RuntimeArn and RuntimeAlias, as strings`);
  }
  if (
    !RUNTIME_ARN.test(runtimeArn) ||
    runtimeArn.length < RUNTIME_ARN_LENGTH.min ||
    runtimeArn.length > RUNTIME_ARN_LENGTH.max
  ) {
    throw new InputError(
      'runtime-config',
      `RuntimeArn '${runtimeArn}' is not a runtime ARN (arn:aws:lambda:<region>:<account>:runtime/<name>, ${RUNTIME_ARN_LENGTH.min} to ${RUNTIME_ARN_LENGTH.max} characters)`,
    );
  }
  if (!RUNTIME_ALIAS.test(runtimeAlias)) {
    throw new InputError(
      'runtime-config',
      `RuntimeAlias '${runtimeAlias}' is not a runtime alias name: 1 to 128 letters, digits, _ . -, starting and ending with a letter, digit or _`,
    );
  }
  return { runtimeArn, runtimeAlias };
}

function parseAcceleratorMemorySize(value: string): number | undefined {
  if (value === '') return undefined;
  const size = ACCELERATOR_MEMORY_SIZES.find((candidate) => String(candidate) === value);
  if (size === undefined) {
    throw new InputError(
      'accelerator-memory-size',
      `'${value}' is not one of Lambda's accelerator memory sizes in GB: ${ACCELERATOR_MEMORY_SIZES.join(', ')}`,
    );
  }
  return size;
}

function parseDirectS3Read(value: string): DirectS3Read | undefined {
  if (value === '') return undefined;
  const choice = DIRECT_S3_READ.find((candidate) => candidate === value.toUpperCase());
  if (choice === undefined) {
    throw new InputError(
      'file-system-direct-s3-read',
      `'${value}' is not one of ${DIRECT_S3_READ.join(', ')}`,
    );
  }
  return choice;
}

/** Over 10240 MB of /tmp only with an accelerator, and never over 32768. */
export function checkEphemeralStorage(
  size: number | undefined,
  acceleratorMemorySize: number | undefined,
): void {
  if (size === undefined || size <= EPHEMERAL_STORAGE_MAX) return;
  if (acceleratorMemorySize === undefined) {
    throw new InputError(
      'ephemeral-storage',
      `${size} is out of range: give a whole number of MB from 512 to ${EPHEMERAL_STORAGE_MAX}; ` +
        `Lambda allows up to ${EPHEMERAL_STORAGE_MAX_WITH_ACCELERATOR} only with an accelerator (accelerator-memory-size)`,
    );
  }
}
