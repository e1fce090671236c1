// file-systems: an EFS access point and where it mounts, or none.
import { InputError } from '../../errors.js';
import { NONE, REGION_PART } from './arn-or-none.js';

export interface FileSystemSetting {
  readonly arn: string;
  readonly localMountPath: string;
}

const ACCESS_POINT = new RegExp(
  `^arn:aws[a-zA-Z-]*:elasticfilesystem:${REGION_PART}:\\d{12}:access-point/fsap-[a-f0-9]{17}$`,
);
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
