// durable-config, capacity-provider-config, scaling-config and tenant-isolation: JSON in the
// API's own shapes (DurableConfig, CapacityProviderConfig, FunctionScalingConfig), checked
// here field by field with Lambda's ranges, so that a typo fails before any AWS call.
import { InputError } from '../../errors.js';
import type { InputName } from '../schema.js';
import { parseJsonText } from '../json-text.js';
import { optionalChoice, type ReadInput } from '../values.js';
import { REGION_PART } from './arn-or-none.js';

/** DurableConfig as the API takes it; only the fields given. */
export interface DurableSetting {
  readonly ExecutionTimeout?: number;
  readonly RetentionPeriodInDays?: number;
  readonly KMSKeyArn?: string;
}

/** CapacityProviderConfig as the API takes it. */
export interface CapacityProviderSetting {
  readonly LambdaManagedInstancesCapacityProviderConfig: {
    readonly CapacityProviderArn: string;
    readonly PerExecutionEnvironmentMaxConcurrency?: number;
    readonly ExecutionEnvironmentMemoryGiBPerVCpu?: number;
  };
}

/** FunctionScalingConfig as the API takes it. */
export interface ScalingSetting {
  readonly MinExecutionEnvironments?: number;
  readonly MaxExecutionEnvironments?: number;
}

export type TenantIsolation = 'per-tenant' | 'none';

export interface Lambda2025Settings {
  readonly durableConfig: DurableSetting | undefined;
  readonly capacityProvider: CapacityProviderSetting | undefined;
  readonly scaling: ScalingSetting | undefined;
  readonly tenantIsolation: TenantIsolation | undefined;
}

/** Lambda's range for DurableConfig.ExecutionTimeout: one 366-day year, in seconds. */
export const MAX_DURABLE_TIMEOUT = 31_622_400;
export const MAX_RETENTION_DAYS = 90;

const KMS_KEY = new RegExp(
  `^arn:aws[a-zA-Z-]*:kms:${REGION_PART}:\\d{12}:key/[a-zA-Z0-9-]{1,128}$`,
);
const CAPACITY_PROVIDER = new RegExp(
  `^arn:aws[a-zA-Z-]*:lambda:${REGION_PART}:\\d{12}:capacity-provider:[a-zA-Z0-9_-]{1,140}$`,
);

export function parseLambda2025(read: ReadInput): Lambda2025Settings {
  const scaling = parseScaling(read('scaling-config'));
  const capacityProvider = parseCapacityProvider(read('capacity-provider-config'));
  return {
    durableConfig: parseDurable(read('durable-config')),
    capacityProvider,
    scaling,
    tenantIsolation: optionalChoice('tenant-isolation', read('tenant-isolation'), [
      'per-tenant',
      'none',
    ] as const),
  };
}

function parseDurable(value: string): DurableSetting | undefined {
  if (value === '') return undefined;
  const input = 'durable-config';
  const object = jsonObject(input, value, [
    'ExecutionTimeout',
    'RetentionPeriodInDays',
    'KMSKeyArn',
  ]);
  const timeout = whole(input, object, 'ExecutionTimeout', 1, MAX_DURABLE_TIMEOUT);
  const retention = whole(input, object, 'RetentionPeriodInDays', 1, MAX_RETENTION_DAYS);
  const key = object['KMSKeyArn'];
  if (key !== undefined && (typeof key !== 'string' || !KMS_KEY.test(key))) {
    throw new InputError(
      input,
      `KMSKeyArn ${JSON.stringify(key)} is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key-id>)`,
    );
  }
  return {
    ...(timeout === undefined ? {} : { ExecutionTimeout: timeout }),
    ...(retention === undefined ? {} : { RetentionPeriodInDays: retention }),
    ...(typeof key === 'string' ? { KMSKeyArn: key } : {}),
  };
}

function parseCapacityProvider(value: string): CapacityProviderSetting | undefined {
  if (value === '') return undefined;
  const input = 'capacity-provider-config';
  const outer = jsonObject(input, value, ['LambdaManagedInstancesCapacityProviderConfig']);
  const inner = outer['LambdaManagedInstancesCapacityProviderConfig'];
  if (!isObject(inner)) {
    throw new InputError(
      input,
      'needs LambdaManagedInstancesCapacityProviderConfig: an object with CapacityProviderArn',
    );
  }
  const fields = [
    'CapacityProviderArn',
    'PerExecutionEnvironmentMaxConcurrency',
    'ExecutionEnvironmentMemoryGiBPerVCpu',
  ];
  checkKeys(input, inner, fields, 'LambdaManagedInstancesCapacityProviderConfig.');
  const arn = inner['CapacityProviderArn'];
  if (typeof arn !== 'string' || !CAPACITY_PROVIDER.test(arn)) {
    throw new InputError(
      input,
      `CapacityProviderArn ${arn === undefined ? 'is missing' : `${JSON.stringify(arn)} is not a capacity provider ARN`} (arn:aws:lambda:<region>:<account>:capacity-provider:<name>)`,
    );
  }
  const concurrency = whole(input, inner, 'PerExecutionEnvironmentMaxConcurrency', 1, 1_000_000);
  const memory = inner['ExecutionEnvironmentMemoryGiBPerVCpu'];
  if (memory !== undefined && (typeof memory !== 'number' || !(memory > 0))) {
    throw new InputError(
      input,
      `ExecutionEnvironmentMemoryGiBPerVCpu ${JSON.stringify(memory)} is not a positive number of GiB`,
    );
  }
  return {
    LambdaManagedInstancesCapacityProviderConfig: {
      CapacityProviderArn: arn,
      ...(concurrency === undefined ? {} : { PerExecutionEnvironmentMaxConcurrency: concurrency }),
      ...(typeof memory === 'number' ? { ExecutionEnvironmentMemoryGiBPerVCpu: memory } : {}),
    },
  };
}

function parseScaling(value: string): ScalingSetting | undefined {
  if (value === '') return undefined;
  const input = 'scaling-config';
  const object = jsonObject(input, value, ['MinExecutionEnvironments', 'MaxExecutionEnvironments']);
  const min = whole(input, object, 'MinExecutionEnvironments', 0, 1_000_000);
  const max = whole(input, object, 'MaxExecutionEnvironments', 0, 1_000_000);
  if (min === undefined && max === undefined) {
    throw new InputError(
      input,
      'sets neither MinExecutionEnvironments nor MaxExecutionEnvironments',
    );
  }
  if (min !== undefined && max !== undefined && min > max) {
    throw new InputError(
      input,
      `MinExecutionEnvironments ${min} is over MaxExecutionEnvironments ${max}`,
    );
  }
  return {
    ...(min === undefined ? {} : { MinExecutionEnvironments: min }),
    ...(max === undefined ? {} : { MaxExecutionEnvironments: max }),
  };
}

type Json = Readonly<Record<string, unknown>>;

function jsonObject(input: InputName, value: string, keys: readonly string[]): Json {
  let parsed: unknown;
  try {
    parsed = parseJsonText(value);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(input, `is not valid JSON: ${detail}`);
  }
  if (!isObject(parsed)) throw new InputError(input, 'must be a JSON object');
  checkKeys(input, parsed, keys, '');
  return parsed;
}

/** Refuses a key the API's shape does not have, naming the nearest one it does. */
function checkKeys(input: InputName, object: Json, keys: readonly string[], prefix: string): void {
  for (const key of Object.keys(object)) {
    if (keys.includes(key)) continue;
    const nearest = [...keys].sort((a, b) => distance(key, a) - distance(key, b))[0] ?? '';
    throw new InputError(
      input,
      `has no key ${prefix}${key} in the API's shape (did you mean ${nearest}?); it takes ${keys.join(', ')}`,
    );
  }
}

function whole(
  input: InputName,
  object: Json,
  key: string,
  min: number,
  max: number,
): number | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InputError(
      input,
      `${key} ${JSON.stringify(value)} is not a whole number from ${min} to ${max}`,
    );
  }
  return value;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Edit distance, case-insensitive: to name the key a typo meant. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[y.length] ?? 0;
}
