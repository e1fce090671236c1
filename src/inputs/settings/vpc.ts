// subnet-ids, security-group-ids and ipv6-dual-stack: the function's VPC, or none to detach it.
import { InputError } from '../../errors.js';
import type { InputName } from '../schema.js';
import { parseBoolean, type ReadInput } from '../values.js';
import { NONE } from './arn-or-none.js';

export interface VpcSettings {
  readonly subnetIds: readonly string[];
  readonly securityGroupIds: readonly string[];
  readonly ipv6DualStack: boolean | undefined;
}

const SUBNET = /^subnet-[0-9a-f]{8,17}$/;
const SECURITY_GROUP = /^sg-[0-9a-f]{8,17}$/;

/** Lambda's limits on a function's VPC configuration. */
export const MAX_SUBNETS = 16;
export const MAX_SECURITY_GROUPS = 5;

/** Items one per line or comma-separated, trimmed, blank ones skipped, repeats dropped. */
function listOf(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[\r\n,]+/)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

function parseIds(
  input: InputName,
  value: string,
  pattern: RegExp,
  what: string,
  max: number,
): string[] {
  const ids = listOf(value);
  if (ids.length === 0) {
    throw new InputError(
      input,
      `lists no ${what}: list them, or none (with none for the other) to detach the VPC`,
    );
  }
  for (const id of ids) {
    if (!pattern.test(id)) throw new InputError(input, `'${id}' is not ${what}`);
  }
  if (ids.length > max) {
    throw new InputError(input, `lists ${ids.length}; Lambda takes at most ${max}`);
  }
  return ids;
}

export function parseVpc(read: ReadInput): VpcSettings | undefined {
  const subnets = read('subnet-ids');
  const groups = read('security-group-ids');
  const dualStack = read('ipv6-dual-stack');
  const ipv6DualStack =
    dualStack === '' ? undefined : parseBoolean('ipv6-dual-stack', dualStack, false);
  if (subnets === '' && groups === '') {
    if (ipv6DualStack !== undefined) {
      throw new InputError(
        'ipv6-dual-stack',
        'needs subnet-ids and security-group-ids: it is part of the VPC configuration',
      );
    }
    return undefined;
  }
  if (subnets === '' || groups === '') {
    const [missing, given]: [InputName, InputName] =
      subnets === '' ? ['subnet-ids', 'security-group-ids'] : ['security-group-ids', 'subnet-ids'];
    throw new InputError(
      missing,
      `is required with ${given}: a VPC configuration needs both (none and none detach the VPC)`,
    );
  }
  if (subnets === NONE || groups === NONE) {
    if (subnets !== groups) {
      const [detached, other]: [InputName, InputName] =
        subnets === NONE
          ? ['subnet-ids', 'security-group-ids']
          : ['security-group-ids', 'subnet-ids'];
      throw new InputError(
        detached,
        `is none but ${other} is not: set both to none to detach the VPC, or list both`,
      );
    }
    if (ipv6DualStack !== undefined) {
      throw new InputError('ipv6-dual-stack', 'does not apply when the VPC is detached (none)');
    }
    return { subnetIds: [], securityGroupIds: [], ipv6DualStack: undefined };
  }
  return {
    subnetIds: parseIds('subnet-ids', subnets, SUBNET, 'a subnet ID (subnet-…)', MAX_SUBNETS),
    securityGroupIds: parseIds(
      'security-group-ids',
      groups,
      SECURITY_GROUP,
      'a security group ID (sg-…)',
      MAX_SECURITY_GROUPS,
    ),
    ipv6DualStack,
  };
}
