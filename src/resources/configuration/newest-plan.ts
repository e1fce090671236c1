// The settings Lambda added in 2026: RuntimeConfig, AcceleratorConfig, and S3FilesConfig with
// the file systems it belongs to. Each is compared with what Lambda read back and sent only
// when it differs; what Lambda would refuse is refused here, before any change.
import type {
  AcceleratorMemoryGB,
  DirectS3Read,
  FunctionConfiguration,
  UpdateFunctionConfigurationRequest,
} from '@aws-sdk/client-lambda';
import { DeployError } from '../../errors.js';
import {
  isS3FilesAccessPoint,
  type FileSystemSetting,
  type FunctionSettings,
} from '../../inputs.js';
import { acceleratorOf, fileSystemsOf, runtimeConfigOf, type FileSystemShape } from './shapes.js';

type Update = Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>;
type Change = (setting: string, from: string, to: string) => void;

/** Lambda's default for an S3 Files mount that names no DirectS3Read. */
const DEFAULT_DIRECT_S3_READ = 'AUTO';

export function planNewestSettings(
  settings: FunctionSettings,
  now: FunctionConfiguration,
  update: Update,
  change: Change,
): void {
  const { runtimeConfig, acceleratorMemorySize } = settings;
  if (runtimeConfig !== undefined) {
    const runtime = settings.runtime ?? now.Runtime;
    if (runtime !== 'custom') {
      throw new DeployError(
        `runtime-config needs the function's runtime to be custom; it is ${runtime ?? 'not set'}` +
          (settings.runtime === undefined ? ' (set runtime: custom)' : ''),
      );
    }
    const wanted = `${runtimeConfig.runtimeArn} (${runtimeConfig.runtimeAlias})`;
    if (wanted !== runtimeConfigOf(now)) {
      change('runtime-config', runtimeConfigOf(now), wanted);
      update.RuntimeConfig = {
        RuntimeArn: runtimeConfig.runtimeArn,
        RuntimeAlias: runtimeConfig.runtimeAlias,
      };
    }
  }
  if (acceleratorMemorySize !== undefined) {
    const architecture = settings.architecture ?? now.Architectures?.[0] ?? 'x86_64';
    if (architecture !== 'x86_64') {
      throw new DeployError(
        `accelerator-memory-size needs an x86_64 function; '${now.FunctionName ?? 'the function'}' would be ${architecture}`,
      );
    }
    const before = acceleratorOf(now);
    if (acceleratorMemorySize !== before) {
      change(
        'accelerator-memory-size',
        before === undefined ? '' : String(before),
        String(acceleratorMemorySize),
      );
      update.AcceleratorConfig = {
        // The SDK types the size as an enum of numbers; the input accepted only those numbers.
        AcceleratorMemorySize: acceleratorMemorySize as unknown as AcceleratorMemoryGB,
      };
    }
  }
}

/**
 * The mounts compared with Lambda's: ARN, path and, for S3 Files, DirectS3Read (AUTO when
 * Lambda reports none). file-system-direct-s3-read alone changes the mount the function has.
 */
export function planFileSystems(
  settings: Pick<FunctionSettings, 'fileSystems' | 'directS3Read'>,
  now: FunctionConfiguration,
  update: Update,
  change: Change,
): void {
  const before = fileSystemsOf(now);
  const given = settings.fileSystems;
  if (given === undefined && settings.directS3Read === undefined) return;
  const mounts = given ?? before;
  if (given === undefined) {
    const efs = mounts.find((mount) => !isS3FilesAccessPoint(mount.arn));
    if (mounts.length === 0 || efs !== undefined) {
      throw new DeployError(
        `file-system-direct-s3-read applies only to an S3 Files mount; '${now.FunctionName ?? 'the function'}' mounts ${efs?.arn ?? 'no file system'}`,
      );
    }
  }
  const wanted: FileSystemShape[] = mounts.map((mount: FileSystemSetting | FileSystemShape) => ({
    arn: mount.arn,
    localMountPath: mount.localMountPath,
    directS3Read: isS3FilesAccessPoint(mount.arn)
      ? (settings.directS3Read ??
        before.find((old) => old.arn === mount.arn)?.directS3Read ??
        DEFAULT_DIRECT_S3_READ)
      : undefined,
  }));
  const shown = (systems: readonly FileSystemShape[]) =>
    systems.map(
      (system) =>
        `${system.arn}=${system.localMountPath}` +
        (isS3FilesAccessPoint(system.arn)
          ? ` (DirectS3Read ${system.directS3Read ?? DEFAULT_DIRECT_S3_READ})`
          : ''),
    );
  const from = shown(before);
  const to = shown(wanted);
  if (from.join('\n') === to.join('\n')) return;
  change('file-systems', from.join(', '), to.length === 0 ? 'none' : to.join(', '));
  update.FileSystemConfigs = wanted.map((system) => ({
    Arn: system.arn,
    LocalMountPath: system.localMountPath,
    ...(system.directS3Read === undefined
      ? {}
      : { S3FilesConfig: { DirectS3Read: system.directS3Read as DirectS3Read } }),
  }));
}
