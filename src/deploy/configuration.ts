import type {
  ApplicationLogLevel,
  FunctionConfiguration,
  LogFormat,
  SystemLogLevel,
  UpdateFunctionConfigurationRequest,
} from '@aws-sdk/client-lambda';
import type { FunctionState, LambdaFunction } from '../aws/lambda-function.js';
import { DeployError } from '../errors.js';
import {
  checkEnvironmentSize,
  type FileSystemSetting,
  type FunctionSettings,
  type ImageConfigSettings,
  type LoggingSettings,
} from '../inputs.js';
import type { Logger } from '../logger.js';
import { attachedLayers } from './layer.js';
import {
  asSet,
  deadLetterOf,
  fileSystemsOf,
  imageConfigOf,
  kmsKeyOf,
  loggingOf,
  sameList,
  sameSet,
  snapStartOf,
  tracingOf,
  vpcOf,
} from './setting-shapes.js';

/** One setting that differs; environment values are never shown, only names. */
export interface SettingChange {
  readonly setting: string;
  readonly from: string;
  readonly to: string;
}

export interface ConfigurationPlan {
  /** What UpdateFunctionConfiguration would send: only settings that differ. */
  readonly update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>;
  readonly changes: readonly SettingChange[];
  /** Tags whose value differs or that are missing; other tags are left alone. */
  readonly tags: Readonly<Record<string, string>>;
  /** tags-mode replace: the function's tag keys not listed, to remove (never aws: ones). */
  readonly untag?: readonly string[] | undefined;
}

/** Compares what the user set with the function as it is; what the user did not set is left out. */
export function planConfiguration(
  settings: FunctionSettings,
  current: FunctionState,
): ConfigurationPlan {
  const now = current.configuration;
  const update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'> = {};
  const changes: SettingChange[] = [];
  const compare = <T>(
    setting: string,
    wanted: T | undefined,
    actual: T | undefined,
    apply: (value: T) => void,
  ) => {
    if (wanted === undefined || same(wanted, actual)) return;
    changes.push({ setting, from: show(actual), to: show(wanted) });
    apply(wanted);
  };
  compare('handler', settings.handler, now.Handler, (v) => (update.Handler = v));
  compare(
    'runtime',
    settings.runtime,
    now.Runtime,
    (v) => (update.Runtime = v as UpdateFunctionConfigurationRequest['Runtime']),
  );
  compare('memory-size', settings.memorySize, now.MemorySize, (v) => (update.MemorySize = v));
  compare('timeout', settings.timeout, now.Timeout, (v) => (update.Timeout = v));
  compare(
    'description',
    settings.description,
    now.Description ?? '',
    (v) => (update.Description = v),
  );
  compare('role', settings.role, now.Role, (v) => (update.Role = v));
  compare(
    'ephemeral-storage',
    settings.ephemeralStorage,
    now.EphemeralStorage?.Size,
    (v) => (update.EphemeralStorage = { Size: v }),
  );
  compare('layers', settings.layers, attachedLayers(current), (v) => (update.Layers = [...v]));
  planLambdaSettings(settings, now, update, changes);

  if (settings.environment !== undefined) {
    const unreadable = now.Environment?.Error;
    if (unreadable !== undefined && settings.environmentMode === 'merge') {
      // Merging into nothing would send only the variables given, deleting all the others.
      throw new DeployError(
        `Could not read the function's environment variables (${unreadable.Message ?? unreadable.ErrorCode ?? 'no reason given'}), ` +
          "so they cannot be merged. Grant the key's kms:Decrypt, or set environment-mode: replace.",
      );
    }
    const before = now.Environment?.Variables ?? {};
    const after =
      settings.environmentMode === 'replace'
        ? { ...settings.environment }
        : { ...before, ...settings.environment };
    if (!same(after, before)) {
      checkEnvironmentSize(after, 'environment');
      changes.push({
        setting: 'environment',
        from: Object.keys(before).sort().join(', '),
        to: describeVariables(before, after),
      });
      update.Environment = { Variables: after };
    }
  }
  checkRequestSize(update);
  const tags = Object.fromEntries(
    Object.entries(settings.tags ?? {}).filter(([key, value]) => current.tags[key] !== value),
  );
  const untag = tagsToRemove(settings, current.tags);
  return { update, changes, tags, ...(untag.length === 0 ? {} : { untag }) };
}

/** tags-mode replace: keys the function has that tags does not list; aws: keys are AWS's own. */
export function tagsToRemove(
  settings: Pick<FunctionSettings, 'tags' | 'tagsMode'>,
  current: Readonly<Record<string, string>>,
): string[] {
  const wanted = settings.tags;
  if (settings.tagsMode !== 'replace' || wanted === undefined) return [];
  return Object.keys(current)
    .filter((key) => !Object.hasOwn(wanted, key) && !key.toLowerCase().startsWith('aws:'))
    .sort();
}

export interface ConfigurationResult {
  readonly changes: readonly SettingChange[];
  /** The function once the settings are applied, so the code update need not read it again. */
  readonly function: FunctionState;
}

/**
 * Applies the planned settings before the code, so a version published afterwards holds
 * both, and waits for Lambda to finish; a Failed update fails with Lambda's reason.
 */
export async function applyConfiguration(
  lambda: LambdaFunction,
  planned: ConfigurationPlan,
  waitTimeoutSeconds: number,
  log: Logger,
  current: FunctionState,
): Promise<ConfigurationResult> {
  let after = current;
  if (planned.changes.length > 0) {
    if (current.lastUpdateStatus === 'InProgress') {
      after = await lambda.waitUntilSettled(waitTimeoutSeconds);
    }
    for (const change of planned.changes)
      log.info(`${change.setting}: ${change.from || '(none)'} -> ${change.to}`);
    await lambda.updateConfiguration(planned.update);
    const settled = await lambda.waitUntilSettled(waitTimeoutSeconds);
    after = settled;
    if (settled.lastUpdateStatus === 'Failed') {
      throw new DeployError(
        `Lambda could not apply the new configuration to '${lambda.name}': ${settled.lastUpdateStatusReason ?? 'no reason given'}`,
      );
    }
  } else {
    log.info('The configuration already matches: no UpdateFunctionConfiguration');
  }
  if (Object.keys(planned.tags).length > 0) {
    await lambda.tag(current.arn, planned.tags);
    log.info(`Tagged: ${Object.keys(planned.tags).join(', ')}`);
  }
  if (planned.untag !== undefined && planned.untag.length > 0) {
    await lambda.untag(current.arn, planned.untag);
    log.info(`Tags removed (tags-mode replace): ${planned.untag.join(', ')}`);
  }
  return { changes: planned.changes, function: after };
}

/** "A, B (changed), C (added), D (removed)": names only, values stay secret. */
function describeVariables(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): string {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names
    .map((name) => {
      if (!(name in after)) return `${name} (removed)`;
      if (!(name in before)) return `${name} (added)`;
      return before[name] === after[name] ? name : `${name} (changed)`;
    })
    .join(', ');
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

/** Objects compared regardless of key order; arrays (layer order matters) as they are. */
function normalize(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * VPC, dead-letter target, tracing, logging, SnapStart, file systems, KMS key and image
 * config: each compared in the shape setting-shapes.ts gives what Lambda read back, so the
 * same settings deployed twice plan nothing. One SettingChange per input that differs.
 */
function planLambdaSettings(
  settings: FunctionSettings,
  now: FunctionConfiguration,
  update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>,
  changes: SettingChange[],
): void {
  const change = (setting: string, from: string, to: string) => changes.push({ setting, from, to });

  const vpc = settings.vpc;
  if (vpc !== undefined) {
    const before = vpcOf(now);
    const detach = vpc.subnetIds.length === 0;
    let differs = false;
    if (!sameSet(vpc.subnetIds, before.subnetIds)) {
      change('subnet-ids', before.subnetIds.join(', '), listOrNone(asSet(vpc.subnetIds)));
      differs = true;
    }
    if (!sameSet(vpc.securityGroupIds, before.securityGroupIds)) {
      change(
        'security-group-ids',
        before.securityGroupIds.join(', '),
        listOrNone(asSet(vpc.securityGroupIds)),
      );
      differs = true;
    }
    if (vpc.ipv6DualStack !== undefined && vpc.ipv6DualStack !== before.ipv6DualStack) {
      change('ipv6-dual-stack', String(before.ipv6DualStack), String(vpc.ipv6DualStack));
      differs = true;
    }
    if (differs) {
      // The whole VpcConfig is sent; dual stack the user left unset stays as it is.
      const ipv6 = detach ? undefined : (vpc.ipv6DualStack ?? (before.ipv6DualStack || undefined));
      update.VpcConfig = {
        SubnetIds: [...vpc.subnetIds],
        SecurityGroupIds: [...vpc.securityGroupIds],
        ...(ipv6 === undefined ? {} : { Ipv6AllowedForDualStack: ipv6 }),
      };
    }
  }

  if (settings.deadLetterTargetArn !== undefined) {
    const before = deadLetterOf(now);
    if (settings.deadLetterTargetArn !== before) {
      change('dead-letter-target-arn', before, settings.deadLetterTargetArn || NONE);
      update.DeadLetterConfig = { TargetArn: settings.deadLetterTargetArn };
    }
  }

  if (settings.tracing !== undefined && settings.tracing !== tracingOf(now)) {
    change('tracing', tracingOf(now), settings.tracing);
    update.TracingConfig = { Mode: settings.tracing };
  }

  if (settings.logging !== undefined) planLogging(settings.logging, now, update, change);

  if (settings.snapStart !== undefined && settings.snapStart !== snapStartOf(now)) {
    change('snap-start', snapStartOf(now), settings.snapStart);
    update.SnapStart = { ApplyOn: settings.snapStart };
  }

  if (settings.fileSystems !== undefined) {
    const before = fileSystemsOf(now);
    const shown = (systems: readonly FileSystemSetting[]) =>
      systems.map((system) => `${system.arn}=${system.localMountPath}`);
    if (!sameList(shown(settings.fileSystems), shown(before))) {
      change('file-systems', shown(before).join(', '), listOrNone(shown(settings.fileSystems)));
      update.FileSystemConfigs = settings.fileSystems.map((system) => ({
        Arn: system.arn,
        LocalMountPath: system.localMountPath,
      }));
    }
  }

  if (settings.kmsKeyArn !== undefined && settings.kmsKeyArn !== kmsKeyOf(now)) {
    change('kms-key-arn', kmsKeyOf(now), settings.kmsKeyArn || NONE);
    update.KMSKeyArn = settings.kmsKeyArn;
  }

  if (settings.imageConfig !== undefined)
    planImageConfig(settings.imageConfig, now, update, change);
}

const NONE = 'none';

function listOrNone(items: readonly string[]): string {
  return items.length === 0 ? NONE : items.join(', ');
}

type Change = (setting: string, from: string, to: string) => void;

/**
 * Only the parts the user set are compared, against Lambda's defaults where it left one out;
 * the whole LoggingConfig is sent, the parts not set kept as they are.
 */
function planLogging(
  wanted: LoggingSettings,
  now: FunctionConfiguration,
  update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>,
  change: Change,
): void {
  const before = loggingOf(now);
  const parts: [string, string | undefined, string | undefined][] = [
    ['log-format', wanted.format, before.format],
    ['log-group', wanted.logGroup, before.logGroup],
    ['application-log-level', wanted.applicationLogLevel, before.applicationLogLevel],
    ['system-log-level', wanted.systemLogLevel, before.systemLogLevel],
  ];
  let differs = false;
  for (const [setting, to, from] of parts) {
    if (to !== undefined && to !== from) {
      change(setting, from ?? '', to);
      differs = true;
    }
  }
  if (!differs) return;
  const format = wanted.format ?? before.format;
  const read = now.LoggingConfig;
  // Lambda takes levels only with JSON; switching to Text drops them.
  const applicationLogLevel =
    format === 'JSON' ? (wanted.applicationLogLevel ?? read?.ApplicationLogLevel) : undefined;
  const systemLogLevel =
    format === 'JSON' ? (wanted.systemLogLevel ?? read?.SystemLogLevel) : undefined;
  const logGroup = wanted.logGroup ?? read?.LogGroup;
  update.LoggingConfig = {
    LogFormat: format as LogFormat,
    ...(logGroup === undefined ? {} : { LogGroup: logGroup }),
    ...(applicationLogLevel === undefined
      ? {}
      : { ApplicationLogLevel: applicationLogLevel as ApplicationLogLevel }),
    ...(systemLogLevel === undefined ? {} : { SystemLogLevel: systemLogLevel as SystemLogLevel }),
  };
}

/** Command and entry point compared in order; the parts not set are kept as they are. */
function planImageConfig(
  wanted: ImageConfigSettings,
  now: FunctionConfiguration,
  update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>,
  change: Change,
): void {
  const before = imageConfigOf(now);
  let differs = false;
  if (wanted.command !== undefined && !sameList(wanted.command, before.command)) {
    change('image-command', before.command.join(' '), wanted.command.join(' '));
    differs = true;
  }
  if (wanted.entryPoint !== undefined && !sameList(wanted.entryPoint, before.entryPoint)) {
    change('image-entrypoint', before.entryPoint.join(' '), wanted.entryPoint.join(' '));
    differs = true;
  }
  if (
    wanted.workingDirectory !== undefined &&
    wanted.workingDirectory !== before.workingDirectory
  ) {
    change('image-working-directory', before.workingDirectory, wanted.workingDirectory);
    differs = true;
  }
  if (!differs) return;
  const command = wanted.command ?? before.command;
  const entryPoint = wanted.entryPoint ?? before.entryPoint;
  const workingDirectory = wanted.workingDirectory ?? before.workingDirectory;
  update.ImageConfig = {
    ...(command.length === 0 ? {} : { Command: [...command] }),
    ...(entryPoint.length === 0 ? {} : { EntryPoint: [...entryPoint] }),
    ...(workingDirectory === '' ? {} : { WorkingDirectory: workingDirectory }),
  };
}

/**
 * Lambda refuses an UpdateFunctionConfiguration body over 5,120 bytes with
 * RequestEntityTooLargeException ("Request must be smaller than 5120 bytes for the
 * UpdateFunctionConfiguration operation"), even with the variables under their own 4 KB.
 */
export const UPDATE_REQUEST_LIMIT_BYTES = 5120;

/** The input behind each field of the request, to name in the message. */
const FIELD_INPUTS: Readonly<Record<string, string>> = {
  Environment: 'environment',
  Layers: 'layers',
  Description: 'description',
  Handler: 'handler',
  Role: 'role',
  VpcConfig: 'subnet-ids and security-group-ids',
  FileSystemConfigs: 'file-systems',
  ImageConfig: 'image-command, image-entrypoint and image-working-directory',
  LoggingConfig: 'log-group',
  DeadLetterConfig: 'dead-letter-target-arn',
  KMSKeyArn: 'kms-key-arn',
};

/** Fails, before anything is sent, when the request body would be over Lambda's limit. */
export function checkRequestSize(
  update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>,
): void {
  const size = Buffer.byteLength(JSON.stringify(update));
  if (size <= UPDATE_REQUEST_LIMIT_BYTES) return;
  const parts = Object.entries(update)
    .map(([field, value]) => ({
      name: FIELD_INPUTS[field] ?? field,
      bytes: Buffer.byteLength(JSON.stringify({ [field]: value })),
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
  throw new DeployError(
    `The configuration update would be ${size} bytes, over Lambda's limit of ` +
      `${UPDATE_REQUEST_LIMIT_BYTES} for one UpdateFunctionConfiguration request; the largest ` +
      `parts: ${parts.map((part) => `${part.name} ${part.bytes} bytes`).join(', ')}. ` +
      'Shorten them (with environment-mode: merge, the variables sent include the ones the ' +
      'function already has).',
  );
}
