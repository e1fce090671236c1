import type {
  ApplicationLogLevel,
  FunctionConfiguration,
  LogFormat,
  SystemLogLevel,
  UpdateFunctionConfigurationRequest,
} from '@aws-sdk/client-lambda';

import {
  type FunctionSettings,
  type ImageConfigSettings,
  type LoggingSettings,
} from '../../inputs.js';

import {
  asSet,
  deadLetterOf,
  imageConfigOf,
  kmsKeyOf,
  loggingOf,
  sameList,
  sameSet,
  snapStartOf,
  tracingOf,
  vpcOf,
} from './shapes.js';
import { type SettingChange } from './compare.js';
import { planFileSystems, planNewestSettings } from './newest-plan.js';

/**
 * VPC, dead-letter target, tracing, logging, SnapStart, file systems, KMS key and image
 * config: each compared in the shape shapes.ts gives what Lambda read back, so the
 * same settings deployed twice plan nothing. One SettingChange per input that differs.
 */
export function planLambdaSettings(
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

  if (settings.logging !== undefined) planLogging(settings.logging, { now, update, change });

  if (settings.snapStart !== undefined && settings.snapStart !== snapStartOf(now)) {
    change('snap-start', snapStartOf(now), settings.snapStart);
    update.SnapStart = { ApplyOn: settings.snapStart };
  }

  planFileSystems(settings, now, update, change);
  planNewestSettings(settings, now, update, change);

  if (settings.kmsKeyArn !== undefined && settings.kmsKeyArn !== kmsKeyOf(now)) {
    change('kms-key-arn', kmsKeyOf(now), settings.kmsKeyArn || NONE);
    update.KMSKeyArn = settings.kmsKeyArn;
  }

  if (settings.imageConfig !== undefined)
    planImageConfig(settings.imageConfig, { now, update, change });
}

const NONE = 'none';

function listOrNone(items: readonly string[]): string {
  return items.length === 0 ? NONE : items.join(', ');
}

type Change = (setting: string, from: string, to: string) => void;

/** What a settings group is compared with, what it adds to the update, and how it says so. */
interface Comparing {
  readonly now: FunctionConfiguration;
  readonly update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>;
  readonly change: Change;
}

/**
 * Only the parts the user set are compared, against Lambda's defaults where it left one out;
 * the whole LoggingConfig is sent, the parts not set kept as they are.
 */
function planLogging(wanted: LoggingSettings, { now, update, change }: Comparing): void {
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
function planImageConfig(wanted: ImageConfigSettings, { now, update, change }: Comparing): void {
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
