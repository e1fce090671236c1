// file-systems: an EFS or S3 Files access point and where it mounts, or none.
import { InputError } from '../../errors.js';
import { NONE, REGION_PART } from './arn-or-none.js';

export interface FileSystemSetting {
  readonly arn: string;
  readonly localMountPath: string;
}

const ACCESS_POINT = new RegExp(
  `^arn:aws[a-zA-Z-]*:elasticfilesystem:${REGION_PART}:\\d{12}:access-point/fsap-[a-f0-9]{17}$`,
);
/** Lambda's pattern for an S3 Files access point (FileSystemConfig.Arn, at most 256 characters). */
const S3_FILES_ACCESS_POINT =
  /^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system\/fs-[0-9a-f]{17,40}\/access-point\/fsap-[0-9a-f]{17,40}$/;
const ARN_MAX = 256;

/** Whether `arn` is an S3 Files access point (S3FilesConfig applies only to those). */
export function isS3FilesAccessPoint(arn: string): boolean {
  return S3_FILES_ACCESS_POINT.test(arn);
}
/** Lambda's pattern for LocalMountPath. */
const MOUNT_PATH = /^\/mnt\/[a-zA-Z0-9-_.]+$/;
const MOUNT_PATH_MAX = 160;
/** Lambda takes one file system configuration per function. */
export const MAX_FILE_SYSTEMS = 1;

/** `<access-point-arn>=<mount-path>` lines, or none (no file system). */
export function parseFileSystems(value: string): FileSystemSetting[] {
  if (value === NONE) return [];
  const systems: FileSystemSetting[] = [];
  for (const [index, line] of value.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const at = line.indexOf('=');
    const arn = at === -1 ? '' : line.slice(0, at).trim();
    const localMountPath = line.slice(at + 1).trim();
    if (!(ACCESS_POINT.test(arn) || isS3FilesAccessPoint(arn)) || arn.length > ARN_MAX) {
      throw new InputError(
        'file-systems',
        `line ${index + 1} is not <access-point-arn>=<mount-path> with an EFS access point ARN ` +
          '(arn:aws:elasticfilesystem:<region>:<account>:access-point/fsap-…) or an S3 Files one ' +
          '(arn:aws:s3files:<region>:<account>:file-system/fs-…/access-point/fsap-…)',
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

/** DirectS3Read applies only to an S3 Files mount (Lambda refuses S3FilesConfig on EFS). */
export function checkDirectS3Read(
  directS3Read: string | undefined,
  fileSystems: readonly FileSystemSetting[] | undefined,
): void {
  if (directS3Read === undefined || fileSystems === undefined) return;
  if (fileSystems.length === 0) {
    throw new InputError(
      'file-system-direct-s3-read',
      'applies to an S3 Files mount, and file-systems is none',
    );
  }
  const efs = fileSystems.find((system) => !isS3FilesAccessPoint(system.arn));
  if (efs !== undefined) {
    throw new InputError(
      'file-system-direct-s3-read',
      `applies only to an S3 Files access point; file-systems mounts the EFS access point ${efs.arn}`,
    );
  }
}
