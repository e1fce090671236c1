// Lambda reads some settings back in another shape than it takes them: extra fields (VpcId,
// OptimizationStatus), defaults filled in (LogFormat Text, the /aws/lambda/<name> log group),
// an empty value left out (no DLQ, no KMS key, no VPC). Each function here turns what
// GetFunction said into one plain shape, so a setting deployed twice compares equal.
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';

/** A VPC as compared: the lists sorted (they are sets), no VPC as empty lists. */
export interface VpcShape {
  readonly subnetIds: readonly string[];
  readonly securityGroupIds: readonly string[];
  readonly ipv6DualStack: boolean;
}

export function vpcOf(c: FunctionConfiguration): VpcShape {
  return {
    subnetIds: asSet(c.VpcConfig?.SubnetIds ?? []),
    securityGroupIds: asSet(c.VpcConfig?.SecurityGroupIds ?? []),
    ipv6DualStack: c.VpcConfig?.Ipv6AllowedForDualStack ?? false,
  };
}

/** The dead-letter target; '' when there is none (absent, or TargetArn ''). */
export function deadLetterOf(c: FunctionConfiguration): string {
  return c.DeadLetterConfig?.TargetArn ?? '';
}

/** Lambda's default mode is PassThrough. */
export function tracingOf(c: FunctionConfiguration): string {
  return c.TracingConfig?.Mode ?? 'PassThrough';
}

/** Lambda uses this log group when none is set, and reads it back as set. */
export function defaultLogGroup(functionName: string | undefined): string {
  return `/aws/lambda/${functionName ?? ''}`;
}

/** The log levels Lambda applies to JSON logs when none is set. */
export const DEFAULT_LOG_LEVEL = 'INFO';

export interface LoggingShape {
  readonly format: string;
  readonly logGroup: string;
  /** Only with JSON logs: Lambda has no levels for Text. */
  readonly applicationLogLevel: string | undefined;
  readonly systemLogLevel: string | undefined;
}

/** Lambda's defaults filled in where it left a field out: Text, /aws/lambda/<name>, INFO. */
export function loggingOf(c: FunctionConfiguration): LoggingShape {
  const logging = c.LoggingConfig;
  const format = logging?.LogFormat ?? 'Text';
  const json = format === 'JSON';
  return {
    format,
    logGroup: logging?.LogGroup ?? defaultLogGroup(c.FunctionName),
    applicationLogLevel: json ? (logging?.ApplicationLogLevel ?? DEFAULT_LOG_LEVEL) : undefined,
    systemLogLevel: json ? (logging?.SystemLogLevel ?? DEFAULT_LOG_LEVEL) : undefined,
  };
}

/** ApplyOn alone (OptimizationStatus is Lambda's, not a setting); absent is None. */
export function snapStartOf(c: FunctionConfiguration): string {
  return c.SnapStart?.ApplyOn ?? 'None';
}

export interface FileSystemShape {
  readonly arn: string;
  readonly localMountPath: string;
  /** S3FilesConfig.DirectS3Read; undefined when Lambda reports none. */
  readonly directS3Read: string | undefined;
}

export function fileSystemsOf(c: FunctionConfiguration): FileSystemShape[] {
  return (c.FileSystemConfigs ?? []).map((system) => ({
    arn: system.Arn ?? '',
    localMountPath: system.LocalMountPath ?? '',
    directS3Read: system.S3FilesConfig?.DirectS3Read,
  }));
}

/** RuntimeConfig as 'arn (alias)'; '' when the function uses a Lambda-managed runtime. */
export function runtimeConfigOf(c: FunctionConfiguration): string {
  const config = c.RuntimeConfig;
  return config?.RuntimeArn === undefined
    ? ''
    : `${config.RuntimeArn} (${config.RuntimeAlias ?? ''})`;
}

/** AcceleratorConfig.AcceleratorMemorySize in GB; undefined without an accelerator. */
export function acceleratorOf(c: FunctionConfiguration): number | undefined {
  return c.AcceleratorConfig?.AcceleratorMemorySize;
}

/** '' is Lambda's own key, as absent is. */
export function kmsKeyOf(c: FunctionConfiguration): string {
  return c.KMSKeyArn ?? '';
}

export interface ImageConfigShape {
  readonly command: readonly string[];
  readonly entryPoint: readonly string[];
  readonly workingDirectory: string;
}

/** GetFunction nests it as ImageConfigResponse.ImageConfig; what is left out is the image's own. */
export function imageConfigOf(c: FunctionConfiguration): ImageConfigShape {
  const image = c.ImageConfigResponse?.ImageConfig;
  return {
    command: image?.Command ?? [],
    entryPoint: image?.EntryPoint ?? [],
    workingDirectory: image?.WorkingDirectory ?? '',
  };
}

/** The settings above in their compared shapes, for the signature of a version. */
export function settingShapes(c: FunctionConfiguration): unknown[] {
  return [
    vpcOf(c),
    deadLetterOf(c),
    tracingOf(c),
    loggingOf(c),
    snapStartOf(c),
    fileSystemsOf(c),
    kmsKeyOf(c),
    imageConfigOf(c),
    runtimeConfigOf(c),
    acceleratorOf(c),
  ];
}

/** A list compared as a set: repeats dropped, sorted. */
export function asSet(items: readonly string[]): string[] {
  return [...new Set(items)].sort();
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return asSet(a).join('\n') === asSet(b).join('\n');
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
