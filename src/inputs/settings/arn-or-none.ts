// none, which removes a setting, and what the settings that take an ARN or none share.
import { InputError } from '../../errors.js';
import type { InputName } from '../schema.js';

/** The value that removes a setting, or detaches the VPC: GitHub gives '' for an unset input. */
export const NONE = 'none';

export const REGION_PART = '[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\\d+';

/** An ARN matching `pattern`, `none` ('' here: remove), or undefined when unset. */
export function parseArnOrNone(
  input: InputName,
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
